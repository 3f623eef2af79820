"""Argument spans: the contiguous noun phrase or clause a head token stands for.

Conjuncts, relative clauses and appositions are cut from a noun phrase, because each is
a statement (or argument) of its own; so is an adverbial clause with a subordinator or a
participle hung anywhere inside it ("the bourses, while X runs ..."). A clause drops its
complementizer ("that"), and on request the adverbial clause of time or contrast that
follows it ("invest $1bn, while Y will spend ..."). An alternative set against a phrase
("greed rather than the interests of voters") is no conjunct of it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from spacy.tokens import Span, Token

from graphbuilder.extract.labels import (
    ADVCL_DEPS,
    ANY_SUBJ_DEPS,
    AUX_DEPS,
    CLAUSE_CUT_DEPS,
    CONJ_DEPS,
    DEMONSTRATIVES,
    DET_DEPS,
    FINITE_TAGS,
    MARK_DEPS,
    NEG_DEPS,
    NP_CUT_DEPS,
    NP_INNER_CUT_DEPS,
    WH_TAGS,
)
from graphbuilder.ingest.wire import STATE_ABBREVIATIONS
from graphbuilder.lexicon import PERSON_NOUNS
from graphbuilder.nlp.tables import DocTables, doc_tables, tables_of

#: Subordinators of a clause of time, contrast or cause that is no part of an argument
#: clause before it: "plans to invest $1.9bn, *while* Codelco will spend $1bn".
ADJUNCT_CLAUSE_MARKS = frozenset(
    "while whereas as after before since until although though because once".split()
)
#: Subordinators of an adverbial clause cut from inside a noun phrase (not "for": "an
#: agreement calling *for* Healthcare to pay").
_INNER_MARKS = ADJUNCT_CLAUSE_MARKS | {"if", "unless", "when"}
#: Word pairs that set an alternative against a phrase: "X rather than Y", "X instead of Y",
#: "X but not Y", "X, not Y" -- Y is no conjunct sharing X's role.
_ALTERNATIVE_BEFORE = (("rather", "than"), ("instead", "of"))


def _kept_tokens(head: Token, cut: frozenset[str], inner_cut: frozenset[str]) -> set[int]:
    t = tables_of(head)
    dep, kids = t.dep, t.kids
    kept: set[int] = {head.i}
    joint = _joint_name(t, head.i)
    if joint:
        cut = cut - {"conj", "cc"}  # "the London, Midland and Scottish Railway Company": one name
    stack = [
        c
        for c in kids[head.i]
        if (
            (dep[c] not in cut and (not _set_off(t, c) or (joint and dep[c] in CONJ_DEPS)))
            or (dep[c] == "appos" and _is_place_qualifier(t, c))  # (its own first test, before the call)
        )
        and not (dep[c] in NEG_DEPS and c > head.i)  # "private utterances -- *not* litigation papers"
        and not (c > head.i and _day_of_act(t, c))
    ]
    while stack:
        tok = stack.pop()
        kept.add(tok)
        stack.extend(
            c
            for c in kids[tok]
            if dep[c] not in inner_cut
            # (the label tests first: most words are neither, and no call is made for them)
            and not (dep[c] in ADVCL_DEPS and _inner_adverbial(t, c))
            and not (dep[c] == "appos" and _inner_apposition(t, c))
        )
    return kept


#: Entity labels of a day an act took place ("on Friday", "on Nov. 16").
_DAY_ENTS = frozenset({"DATE", "TIME"})


def _day_of_act(t: DocTables, i: int) -> bool:
    """An "on"-phrase of a day hung on a noun ("promoted the plan *on Friday* with a forecast",
    "extended the invitation *earlier on Thursday*"): in news it tells when the act was done,
    no part of the thing acted on; the phrase ends there."""
    if t.lower[i] != "on" or t.dep[i] != "prep":
        return False
    objects = [o for o in t.kids[i] if t.dep[o] == "pobj"]
    if not objects or t.ent_type[objects[0]] not in _DAY_ENTS or t.pos[objects[0]] != "PROPN":
        return False
    # what the noun governs after the day stays with it ("approved legislation on Thursday *to
    # fund the agencies*", "told the show on Monday *that ...*"), but for a manner ("*with* a
    # sharp rebuke") and punctuation
    later = [c for c in t.kids[t.heads[i]] if c > i and not t.is_punct[c]]
    return all(t.lower[c] == "with" for c in later)


def _inner_apposition(t: DocTables, i: int) -> bool:
    """An apposition set off by a comma inside a noun phrase, which is a statement of its own:
    "president of the Lakeside Association*, a non-profit group*"."""
    if t.dep[i] != "appos" or t.text[t.left_edge(i) - 1] != "," or _is_place_qualifier(t, i):
        return False
    kind = t.ent_type[i]
    return not (kind and kind == t.ent_type[t.heads[i]])  # "in June, August and May": a list


def _inner_adverbial(t: DocTables, i: int) -> bool:
    """An adverbial clause hung inside a noun phrase that belongs to a verb outside it: one
    with a subordinator on a noun ("the bourses, while Deutsche Boerse runs ...") or a
    participle of its own ("suggestions that his seat had been in doubt *saying* it was
    safe"); a purpose infinitive stays ("plans to introduce orders to keep suspects at
    home"), and so does a clause of a verb inside the phrase ("officers killed while
    serving")."""
    if t.dep[i] not in ADVCL_DEPS:
        return False
    marks = [m for m in t.kids[i] if t.dep[m] in MARK_DEPS]
    if not marks:
        return t.tag[i] == "VBG"
    on_noun = t.pos[t.heads[i]] in ("NOUN", "PROPN")  # "killed *while* serving" stays with "killed"
    return on_noun and any(t.lower[m] in _INNER_MARKS for m in marks)


def is_place_qualifier(child: Token) -> bool:
    """True for the state or country after a place name: "Montgomery County, Pennsylvania"."""
    return _is_place_qualifier(tables_of(child), child.i)


def _is_place_qualifier(t: DocTables, i: int) -> bool:
    if t.dep[i] != "appos":
        return False
    head = t.heads[i]
    if t.text[i].rstrip(".") in STATE_ABBREVIATIONS and t.pos[head] == "PROPN":
        return True  # "Gary, Ind."
    return t.ent_type[i] == "GPE" and t.ent_type[head] == "GPE"


def _set_off(t: DocTables, i: int) -> bool:
    """True for a parenthetical modifier: "(born 1952)", ", led by Trump,"."""
    head = t.heads[i]
    if i < head:
        return False
    before = t.left_edge(i) - 1
    return before > head and t.text[before] in ("(", ",", "[", "—", "–")


def _drop_run_in_subjects(t: DocTables, head: Token, kept: set[int]) -> None:
    """Out of ``kept`` (in place): a conjunct that is the next clause's subject, with its
    coordinator ("denied meddling in the election *and Trump* has denied ...")."""
    run_in = [k for k in kept if t.dep[k] in CONJ_DEPS and k != head.i and run_in_subject_of(t, k)]
    for k in run_in:
        kept.difference_update(range(t.left_edge(k), t.right_edge(k) + 1))
        kept.difference_update(c for c in t.kids[t.heads[k]] if t.dep[c] == "cc" and c < k)


def _run_around(head: Token, kept: set[int]) -> Span:
    doc = head.doc
    t = doc_tables(doc)
    _drop_run_in_subjects(t, head, kept)
    start = end = head.i
    while start - 1 in kept:
        start -= 1
    while end + 1 in kept:
        end += 1
    last = max(kept)
    while end < last:  # a parenthesis cut from inside the phrase: the phrase goes on after it
        after = _parenthesis_end(t, end + 1, kept)
        if after is None:
            break
        end = after
        while end + 1 in kept:
            end += 1
    # edge punctuation (but not "%", a noun in "8 %"), spaces and dangling coordinators never
    # belong to an argument (the tests written out: they run for every phrase)
    is_punct, pos, is_space, dep = t.is_punct, t.pos, t.is_space, t.dep
    while (
        start < end
        and (
            (is_punct[start] and pos[start] == "PUNCT")
            or is_space[start]
            or dep[start] in ("cc", "mark", "case")
        )
        and not _opens_condition(t, start, head.i)
    ):
        start += 1
    while end > start and (
        (is_punct[end] and pos[end] == "PUNCT") or is_space[end] or dep[end] in ("cc", "case", "prep")
    ):
        end -= 1
    end = _quote_closed_end(t, start, end + 1) - 1  # 'called it a "dumb deal"': the quote closes in it
    span = Span(doc, start, end + 1)  # doc[start : end + 1] without its slice check
    texts = t.text[start : end + 1]
    for opening, closing in (("(", ")"), ("[", "]")):
        if texts.count(opening) > texts.count(closing):
            cut = start + len(texts) - 1 - texts[::-1].index(opening)
            if cut > head.i:
                span = Span(doc, start, cut)
                texts = texts[: cut - start]
    return span


def with_closing_quote(span: Span) -> Span:
    """``span`` with the quote mark right after it when a quote opened inside it is not closed:
    'called [the deal a "disaster"]', not 'called [the deal a "disaster]'."""
    end = _quote_closed_end(doc_tables(span.doc), span.start, span.end)
    return span if end == span.end else Span(span.doc, span.start, end)


def _quote_closed_end(t: DocTables, start: int, end: int) -> int:
    """The end (exclusive) of the words ``start:end`` with the quote mark right after them when
    it closes a quote opened among them, else ``end``."""
    if end < len(t.text) and t.text[end] in ('"', "”") and _quote_open(t.text[start:end]):
        return end + 1
    return end


def _quote_open(texts: Sequence[str]) -> bool:
    """A quote opened among the words and not closed: an odd number of straight quote marks,
    or more curly opening than closing ones."""
    return texts.count('"') % 2 == 1 or texts.count("“") > texts.count("”")


def _parenthesis_end(t: DocTables, k: int, kept: set[int]) -> int | None:
    """Where the phrase resumes after a relative clause set off by commas that starts at ``k``
    (or after a comma at ``k``) and was cut from a word inside the phrase
    ("fears that businesses*, which had not modernised,* would lose out"): the index of the
    closing comma, or None when the tokens from ``k`` are no such parenthesis or nothing kept
    follows it. Without it the run around the head would end inside the clause ("fears that
    businesses")."""
    first = k + 1 if t.text[k] == "," else k
    if first >= len(t.text) or first in kept:
        return None
    r = first
    while t.heads[r] != r and t.heads[r] not in kept:
        r = t.heads[r]
    if t.dep[r] != "relcl" or t.heads[r] not in kept or t.left_edge(r) != first:
        return None
    close = t.right_edge(r) + 1
    if t.text[first - 1] != "," or close + 1 >= len(t.text) or t.text[close] != ",":
        return None
    return close if close + 1 in kept else None


def noun_phrase(head: Token) -> Span:
    """The noun phrase headed by ``head`` without conjuncts, relative clauses or appositions.

    Made once per head and Doc (the frames of one article ask for the same ones many times).
    """
    made = tables_of(head).phrases
    span = made.get(head.i)
    if span is None:
        span = made[head.i] = _run_around(head, _kept_tokens(head, NP_CUT_DEPS, NP_INNER_CUT_DEPS))
    return span


def clause(head: Token, cut_first: frozenset[str] = CLAUSE_CUT_DEPS, *, cut_adjunct: bool = False) -> Span:
    """The clause headed by ``head`` (its whole subtree) without its complementizer.

    ``cut_adjunct``: also without an adverbial clause of time, contrast or cause that
    follows the head (:data:`ADJUNCT_CLAUSE_MARKS`): what a verb's argument clause says
    ends before it.
    """
    t = tables_of(head)
    h, dep = head.i, t.dep
    kept = set(t.descendants(h))
    if cut_adjunct:
        _drop_trailing_adjuncts(t, h, kept)
    # the complementizer, punctuation and "to" only where the clause starts: one inside it
    # ('found a "chain of events" linked ...', "expected half of it *to* come") stays, or
    # the run around the head would end there and lose the clause's subject
    leading = {
        c
        for c in t.kids[h]
        if c < h
        and (dep[c] in cut_first or (dep[c] == "aux" and t.lower[c] == "to"))
        and t.lower[c] != "whether"
    }
    # what stands before a comma ahead of the clause's subject is an adverbial of the
    # clause ("In three months, we should rebuild"; "If they do not confess - they will not -
    # they get life")
    subjects = [c for c in t.kids[h] if dep[c] in ANY_SUBJ_DEPS]
    first = min(subjects, default=h)
    commas = [
        c for c in t.kids[h] if c < first and t.text[c] in (",", ";", "-", "–", "—") and not _glued(t, c)
    ]
    if commas and not _condition_before(t, h, max(commas)):
        kept.difference_update(range(t.left_edge(h), max(commas) + 1))
    for i in sorted(kept):
        if i not in leading and not (t.is_punct[i] or t.is_space[i]):
            break
        kept.discard(i)
    return _run_around(head, kept) if kept else Span(head.doc, h, h + 1)


def _drop_trailing_adjuncts(t: DocTables, h: int, kept: set[int]) -> None:
    """Out of ``kept`` (in place): an adverbial clause of time, contrast or cause after the head,
    and after an infinitive a participle clause set off by a comma."""
    infinitive = any(t.lower[c] == "to" and t.dep[c] == "aux" for c in t.kids[h])
    for c in t.kids[h]:
        if c > h and (is_adjunct_clause(t, c) or (infinitive and _trailing_participle(t, c))):
            kept.difference_update(t.descendants(c))


#: Subordinators of a concession, kept when they open a phrase: "*While* encouraging research is
#: important, a failure to fund treatment condemns ..." says something else without it.
_CONCESSIVE_MARKS = frozenset({"while", "although", "though", "whereas"})
#: Subordinators of a condition, which stays with the clause it limits.
_CONDITION_MARKS = frozenset({"if", "unless", "provided", "providing"})


def _opens_condition(t: DocTables, i: int, head: int) -> bool:
    """ "*If* you think they are racist, I think ...": the subordinator of a condition or a
    concession inside the phrase (not the phrase's own "if", which the clause drops)."""
    if t.lower[i] == "whether":
        return True  # "divided about *whether* it would bid": an embedded question stays one
    return (t.lower[i] in _CONDITION_MARKS or t.lower[i] in _CONCESSIVE_MARKS) and t.heads[i] != head


def _condition_before(t: DocTables, h: int, comma: int) -> bool:
    """A condition before the comma ahead of the clause's subject: "*If you think they are
    racist*, I think you are wrong" -- without it the clause says something else."""
    return any(
        t.dep[c] in ADVCL_DEPS and c < comma and any(t.lower[m] in _CONDITION_MARKS for m in t.kids[c])
        for c in t.kids[h]
    )


def _inside_word(t: DocTables, i: int) -> bool:
    """A boundary at token ``i`` falls inside a word: letters or digits on both sides, no space."""
    if i <= 0 or i >= len(t.text) or t.space_after[i - 1]:
        return False
    return t.text[i - 1][-1:].isalnum() and t.text[i][:1].isalnum()


def _glued(t: DocTables, i: int) -> bool:
    """A hyphen inside a word ("co-ordinate"), no dash between clauses."""
    return t.text[i] == "-" and i > 0 and not t.space_after[i - 1] and not t.space_after[i]


def is_adjunct_clause(t: DocTables, i: int) -> bool:
    """True for an adverbial clause opened by a subordinator of time, contrast or cause."""
    return t.dep[i] in ADVCL_DEPS and any(
        t.dep[m] in MARK_DEPS and t.lower[m] in ADJUNCT_CLAUSE_MARKS for m in t.kids[i]
    )


def _trailing_participle(t: DocTables, i: int) -> bool:
    """A participle clause set off by a comma at the end of an infinitive taken in as an
    argument ("ordered the agency to deny the grants*, undermining the crackdown*";
    "agreed to fund the army*, angering the hawks*"): it tells what the whole act did or
    meant, no part of what was ordered or agreed."""
    return (
        t.dep[i] in ADVCL_DEPS
        and t.tag[i] == "VBG"
        and t.left_edge(i) == i
        and i > 0
        and t.text[i - 1] == ","
        and not any(t.dep[m] in MARK_DEPS for m in t.kids[i])
    )


#: Entity labels of a name that a description before it stands for ("His sister, Mary Fisher").
NAMED_APPOSITION_ENTS = frozenset({"PERSON", "ORG"})


def named_apposition(t: DocTables, i: int) -> int:
    """The name set off after a description ("The head of the service, *Dr Russell Strong*,";
    "Higgins' sister, *Mary Fisher*,"; "chief accountant *Donald Nicolaisen*"): who the
    description stands for; else ``i`` itself. A name stays itself; a capitalised role goes on
    ("Director of Public Prosecutions, Ken Macdonald"); a noun that names no role nor
    organisation has no name ("the birth of their fourth child, Leo,": no birth is Leo)."""
    lemma = t.lemma_lower[i]
    if t.pos[i] == "PROPN" and lemma not in PERSON_NOUNS:
        return i
    if t.pos[i] not in ("NOUN", "PROPN") or t.ent_type[i] in NAMED_APPOSITION_ENTS:
        return i
    if lemma in PERSON_NOUNS:
        misplaced = _name_on_of_object(t, i)
        if misplaced is not None:
            return misplaced
    if t.pos[i] == "NOUN" and not names_a_role(lemma) and lemma not in ORGANISATION_DESCRIPTIONS:
        return i
    for a in t.kids[i]:
        if a > i and t.dep[a] == "appos" and t.pos[a] == "PROPN" and t.ent_type[a] in NAMED_APPOSITION_ENTS:
            opener = t.text[t.left_edge(a) - 1]
            adjacent = t.left_edge(a) == i + 1 and t.ent_type[a] == "PERSON"
            if opener in (",", "(") or lemma in PERSON_NOUNS or adjacent:
                return a
    return i


def _name_on_of_object(t: DocTables, i: int) -> int | None:
    """ "the chairman of the Front, Mohamed Issa,": the parser hangs the name on the Front."""
    for p in t.kids[i]:
        if t.dep[p] != "prep" or t.lower[p] != "of":
            continue
        for o in t.kids[p]:
            for a in t.kids[o]:
                if t.dep[a] == "appos" and t.ent_type[a] == "PERSON" and t.text[t.left_edge(a) - 1] == ",":
                    return a
    return None


#: Nouns that describe an organisation, never a person ("a non-profit group", "a daily newspaper").
ORGANISATION_DESCRIPTIONS = frozenset(
    "company firm carrier airline bank retailer maker lender insurer operator broadcaster supermarket "
    "conglomerate giant manufacturer producer chain group party agency organisation organization union "
    "association federation council ministry department newspaper paper daily weekly magazine network "
    "station channel brand business corporation exporter importer supplier developer charity "
    "foundation institute committee subcommittee commission authority body club team university "
    "school hospital movement alliance coalition".split()
)


def organisation_anchor(t: DocTables, head: int, app: int) -> int | None:
    """What an apposition describing an organisation (``app``) hung on a person (``head``)
    describes: the name right before it ("Jeff Shia, president of the Kiangsu Chekiang
    Association, *a non-profit group*": the association), or None. ``head`` itself when it is
    no person or ``app`` no organisation."""
    if t.ent_type[head] != "PERSON" or t.lemma_lower[app] not in ORGANISATION_DESCRIPTIONS:
        return head
    near = t.left_edge(app) - 1
    while near > head and t.is_punct[near]:
        near -= 1
    if near > head and t.ent_type[near] in ("ORG", "NORP") and t.pos[near] == "PROPN":
        return near
    if near > head:
        return None  # no organisation to describe: not the person either
    return head  # "Air Shamrock, an airline": a firm the tagger took for a person


#: Endings of nouns that name a person by what they do ("manager", "editor", "economist").
_AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian", "eer", "ess", "man", "woman", "ee", "tect")


def names_a_role(lemma: str) -> bool:
    """A noun that can name a person: one of :data:`PERSON_NOUNS`, "head", or an agent noun."""
    return lemma in PERSON_NOUNS or lemma == "head" or lemma.endswith(_AGENT_ENDINGS)


def is_description_before_name(t: DocTables, i: int, subjects: list[int]) -> bool:
    """A description the parser made a second subject beside the name set off after it, whose
    closing comma is missing ("The charity's head of HIV/Aids in Britain, *Simon Wright* said"):
    the name is the subject, the description his."""
    if t.pos[i] != "NOUN" or t.ent_type[i]:
        return False
    for s in subjects:
        if s <= i or t.ent_type[s] != "PERSON" or t.pos[s] != "PROPN":
            continue
        between = range(t.right_edge(i) + 1, t.left_edge(s))
        if any(t.text[k] == "," for k in between) and not any(t.dep[k] == "cc" for k in between):
            return True
    return False


#: Determiners of a noun phrase that no name run on after it renames.
_INDEFINITE_DETS = frozenset({"a", "an", "another"})


def indefinite_name_run_on(t: DocTables, head: int, app: int) -> bool:
    """A name the parser hung on an indefinite noun phrase before it, nothing setting it off:
    "won a lifetime achievement *Grammy*" (one name of a thing, cut in two), "Another offer
    *Varnbank* made its savers ..." (the subject of a relative clause on the noun). A
    description before its name is definite: "the state oil firm Rosneft", "his brother Mukesh"."""
    edge = t.left_edge(app)
    if edge != head + 1 or t.is_punct[edge]:
        return False  # the name right after the noun, nothing between
    return any(t.dep[c] in DET_DEPS and t.lower[c] in _INDEFINITE_DETS for c in t.kids[head])


def is_split_title(t: DocTables, i: int, subjects: list[int]) -> bool:
    """A proper-noun subject right before another subject of the same verb (``subjects``), only a
    full stop, an abbreviated title or nothing between them: the title of the name after it, cut
    off by the full stop ("Coast Guard *Lt* . Steve Hardy said"; "Fire *Department* Capt. Hugh
    Madlock said")."""
    later = [s for s in subjects if s > i]
    if not later or t.pos[i] != "PROPN":
        return False
    between = range(t.right_edge(i) + 1, t.left_edge(min(later)))
    return all(t.text[k] == "." or (t.pos[k] == "PROPN" and t.text[k].endswith(".")) for k in between)


def argument(head: Token) -> Span:
    """A noun phrase, or the clause of a gerund or verb ("charged with reviewing the plans")."""
    return clause(head) if tables_of(head).pos[head.i] in ("VERB", "AUX") else noun_phrase(head)


#: Last words of a body's name after a list of places ("the London, Midland and Scottish
#: *Railway Company*", "The Prahran and Malvern Tramways *Trust*").
_BODY_NAME_WORDS = frozenset(
    "company railway railways tramways trust bank corporation society association university council "
    "board commission authority institute railroad airways union federation".split()
)


def _conjunct_chain(t: DocTables, head: int) -> list[int]:
    out: list[int] = []
    stack = [c for c in t.kids[head] if t.dep[c] in CONJ_DEPS]
    while stack:
        i = stack.pop(0)
        out.append(i)
        stack.extend(c for c in t.kids[i] if t.dep[c] in CONJ_DEPS)
    return out


def _alternatives(t: DocTables, head: int, chain: list[int]) -> bool:
    """ "fled to Canada *or* some other sanctuary": alternatives are one argument, since neither
    alone is what was said (nouns only: verbs joined by "or" keep their own frames)."""
    if t.pos[head] not in ("NOUN", "PROPN", "PRON", "NUM") or min(chain) < head:
        return False
    return any(t.dep[c] == "cc" and t.lower[c] == "or" for k in (head, *chain) for c in t.kids[k])


def is_alternatives(span: Span) -> bool:
    """The phrase is a list of alternatives ("Canada or some other sanctuary")."""
    t = doc_tables(span.doc)
    root = t.span_root(span.start, span.end)  # span.root.i
    dep = t.dep
    for c in t.kids[root]:
        if dep[c] in CONJ_DEPS:
            break
    else:
        return False  # no conjunct at all (most phrases)
    chain = _conjunct_chain(t, root)
    return bool(chain) and _alternatives(t, root, chain) and max(chain) < span.end


def _titles_before_name(t: DocTables, head: int) -> bool:
    """A bare role noun coordinated with a phrase that ends in a person's name: "writer and
    political philosopher *Henrik Larsen*" -- one person under two titles, not a list. A plural
    is a list ("hired analysts and John Smith")."""
    if t.tag[head] != "NN" or not names_a_role(t.lemma_lower[head]):
        return False
    if any(t.dep[c] in ("det", "poss") for c in t.kids[head]):
        return False
    chain = _conjunct_chain(t, head)
    if len(chain) != 1 or chain[0] < head:
        return False
    last = chain[0]
    return t.ent_type[last] == "PERSON" and t.pos[last] == "PROPN"


def is_joint_name(head: Token) -> bool:
    """The coordination on ``head`` is one phrase: alternatives (:func:`_alternatives`), or bare
    place names run into a body's name ("the London, Midland and Scottish Railway Company"); the
    tagger's entities are no guide ("Kharkiv and Odesa" is often one ORG to it)."""
    return _joint_name(tables_of(head), head.i)


def _joint_name(t: DocTables, head: int) -> bool:
    chain = _conjunct_chain(t, head)
    if chain and _alternatives(t, head, chain):
        return True
    if t.pos[head] != "PROPN":
        return False
    if not chain or min(chain) < head:
        return False
    last = max(chain)
    if (
        t.pos[last] != "PROPN"
        or t.lower[last] not in _BODY_NAME_WORDS
        or any(t.dep[k] == "det" for k in t.kids[last])
    ):
        return False  # "Barclays and *the* Royal Bank": two bodies
    bare = (head, *(c for c in chain if c != last))
    return all(
        t.pos[c] == "PROPN"
        and t.ent_type[c] in ("GPE", "LOC", "NORP", "")
        and not any(t.dep[k] == "compound" for k in t.kids[c])
        for c in bare
    )


def conjuncts(head: Token) -> Iterator[Token]:
    """``head`` and every token coordinated with it ("Jordan and Britain" -> both); a
    coordination that is one name (:func:`is_joint_name`) is no list."""
    t = tables_of(head)
    if _titles_before_name(t, head.i):
        # "named after writer and political philosopher Henrik Larsen": the titles are his
        yield from (t.tokens[c] for c in _conjunct_chain(t, head.i))
        return
    yield head
    if _joint_name(t, head.i):
        return
    dep, kids = t.dep, t.kids
    stack = [c for c in kids[head.i] if dep[c] in CONJ_DEPS and not _is_alternative(t, c)]
    while stack:
        i = stack.pop(0)
        if _verb_on_noun(t, head.i, i) or run_in_subject_of(t, i) is not None:
            continue  # "financing half of all purchases and *dealing* in bonds": no second object
        yield t.tokens[i]
        stack.extend(c for c in kids[i] if dep[c] in CONJ_DEPS and not _is_alternative(t, c))


def _verb_on_noun(t: DocTables, head: int, conjunct: int) -> bool:
    """A verb conjoined to a noun: the parser's slip for a verb conjoined to the verb above."""
    return t.pos[head] in ("NOUN", "PROPN", "PRON", "NUM") and t.pos[conjunct] in ("VERB", "AUX")


def is_alternative(conjunct: Token) -> bool:
    """True for a conjunct set against the one before it: "greed *rather than* the
    interests of voters", "to announce a decision rather than *to do* an examination",
    "instead of"; for a noun also "but not", ", not" (a verb keeps its own negation)."""
    return _is_alternative(tables_of(conjunct), conjunct.i)


def _is_alternative(t: DocTables, i: int) -> bool:
    start = t.left_edge(i)
    before = [t.lower[k] for k in range(max(0, start - 2), start)]
    if t.pos[i] not in ("VERB", "AUX"):  # a verb carries its own "not" (polarity)
        if "not" in t.lower[start:i] or (before and before[-1] == "not"):  # "but not Y", ", not Y"
            return True
    return len(before) == 2 and tuple(before) in _ALTERNATIVE_BEFORE


def is_junk_argument(span: Span) -> bool:
    """True for empty spans, bare wh-words, bare articles and expletive "there", for spans
    that begin or end inside a hyphenated word (a misparse of "co-ordinate"), and for spans that
    close a bracket they did not open."""
    t = doc_tables(span.doc)
    is_punct = t.is_punct
    words: list[int] = []  # the first two words are all that is read
    for i in range(span.start, span.end):
        if not is_punct[i]:
            words.append(i)
            if len(words) == 2:
                break
    if not words:
        return True

    if (span.start > 0 and _glued(t, span.start - 1)) or (span.end < len(t.text) and _glued(t, span.end)):
        return True  # a span that cuts a hyphenated word: "will co" | "ordinate a drive"
    if _inside_word(t, span.start) or _inside_word(t, span.end):
        return True  # "$850" | "m": a span that cuts "$850m"
    if t.pos[words[0]] == "ADP" and len(words) > 1 and t.tag[words[1]] in WH_TAGS:
        return True  # "of which fewer than 1%": a relative quantifier, no phrase of its own
    if len(words) == 1:
        i = words[0]
        if t.tag[i] in WH_TAGS or t.tag[i] == "EX" or (t.lower[i] == "that" and t.tag[i] == "IN"):
            return True  # a wh-word, "there", or the complementizer "that"
        if t.pos[i] == "DET" and t.lower[i] not in DEMONSTRATIVES:
            return True
        if _ticker(t, i):
            return True  # "Acme Corp (ACME.N)": a stock symbol, no party to anything
    return _closes_unopened_bracket(t.text, span.start, span.end)


#: A stock exchange symbol as news wires give it after a firm's name: "ACME.N", "7203.T".
_TICKER = re.compile(r"[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?\.[A-Z]{1,2}")


def _ticker(t: DocTables, i: int) -> bool:
    """A stock symbol in brackets after a name ("Facebook Inc (FB.O)")."""
    return (
        0 < i < len(t.text) - 1
        and t.text[i - 1] == "("
        and t.text[i + 1] == ")"
        and _TICKER.fullmatch(t.text[i]) is not None
    )


def _closes_unopened_bracket(text: Sequence[str], start: int, end: int) -> bool:
    """The span closes a bracket it did not open after a word: the parser joined a word inside
    a bracket to the noun after it ("known as [the Lions) group]", "[IVF) technique]"). A
    bracketed date or number before a name ("(14.03.2017) Trump said") is no such word: the
    name after it is still the argument."""
    depth = 0
    for i in range(start, end):
        word = text[i]
        if word == "(":
            depth += 1
        elif word == ")":
            if depth == 0:
                return any(w.isalpha() for w in text[start:i])
            depth -= 1
    return False


def ents_within(sent: Span, ents: Sequence[Span]) -> list[Span]:
    """``sent.ents`` from the Doc's entities read once (``doc.ents`` rebuilds them each call),
    which are in text order: the first one in the sentence is found by bisection."""
    out: list[Span] = []
    for k in range(bisect_left(ents, sent.start, key=_start), len(ents)):
        ent = ents[k]
        if ent.end <= sent.end:
            out.append(ent)
        else:
            break
    return out


def _start(span: Span) -> int:
    return span.start


_RUN_IN_COORDINATORS = frozenset({"and", "but"})


def run_in_subject_of(t: DocTables, i: int) -> int | None:
    """The verb whose subject the conjunct noun at ``i`` really is, when the parser joined the
    subject of a second clause to a noun of the first ("Moscow has denied meddling in the vote
    *and Kyiv* has denied any role": Kyiv is no second thing denied, it denies); else None.

    The noun follows "and" or "but", a finite verb or auxiliary comes right after it, and that
    verb is conjoined to a verb the noun hangs under and has no subject of its own.
    """
    if t.dep[i] not in CONJ_DEPS or t.pos[i] not in ("NOUN", "PROPN", "PRON"):
        return None
    j = t.right_edge(i) + 1
    if j >= len(t.text) or t.tag[j] not in FINITE_TAGS or t.pos[j] not in ("VERB", "AUX"):
        return None
    w = t.heads[j] if t.dep[j] in AUX_DEPS else j
    if w < j or t.dep[w] not in CONJ_DEPS or t.pos[w] not in ("VERB", "AUX"):
        return None
    if any(t.dep[c] in ANY_SUBJ_DEPS for c in t.kids[w]):
        return None
    ccs = [c for c in t.kids[t.heads[i]] if t.dep[c] == "cc" and c < i]
    if not ccs or t.lower[max(ccs)] not in _RUN_IN_COORDINATORS or max(ccs) != t.left_edge(i) - 1:
        return None
    if not _agrees(t, i, j):
        return None  # "awarded Acme and Bolt *separate* contracts": no verb of "Bolt"
    first = t.heads[w]
    if not any(t.dep[c] in ANY_SUBJ_DEPS and c < i for c in t.kids[first]):
        return None  # the clause before has a subject of its own
    k = i
    while t.heads[k] != k and k != first:  # the noun hangs under the verb the clause joins
        k = t.heads[k]
    return w if k == first else None


_PLURAL_PRONOUNS = frozenset({"we", "they", "you", "i"})


def _agrees(t: DocTables, noun: int, verb: int) -> bool:
    """The noun can be the subject of the finite verb or auxiliary: "has" and "says" after a
    singular noun, "have" and "say" after a plural one (a past tense or a modal after either)."""
    plural = t.tag[noun] in ("NNS", "NNPS") or t.lower[noun] in _PLURAL_PRONOUNS
    if t.tag[verb] == "VBZ":
        return not plural
    if t.tag[verb] == "VBP":
        return plural
    if t.lower[verb] in ("was", "were"):
        return plural == (t.lower[verb] == "were") or t.lower[noun] == "you"
    return True


def run_in_subject_before(t: DocTables, v: int) -> int | None:
    """The subject the parser joined to a noun of the clause before the conjoined verb ``v``
    (:func:`run_in_subject_of`), or None."""
    if t.dep[v] not in CONJ_DEPS:
        return None
    start = v
    while start - 1 >= 0 and t.heads[start - 1] == v and t.dep[start - 1] in AUX_DEPS | NEG_DEPS:
        start -= 1
    r = start - 1
    while r >= 0 and t.right_edge(r) == start - 1:
        if run_in_subject_of(t, r) == v:
            return r
        if t.heads[r] == r:
            break
        r = t.heads[r]
    return None
