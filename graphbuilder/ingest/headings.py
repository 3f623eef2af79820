"""Headings run into the story: a page's subheadings, link titles, captions and decks printed
without a full stop in texts that lost their line breaks ("... in the port. A long road The
convoy left at dawn ...", "... on Monday. Prison stocks jump According to the report ...").
Read with the next sentence they became its subject ("[A long road] left") or glued a name
onto it.

The sign is general English: a word of a closed class that opens a sentence and is written in
capitals only there -- an article, a pronoun, a conjunction, a preposition or a sentence
adverb ("The", "He", "While", "According", "However") -- standing capitalised in a sentence's
middle, after a word with no punctuation that ends no phrase ("road The", not "of The" or
"Roe's The"). No sentence of prose puts a capitalised "The" or "While" there unless it starts
a title or a name ("told The Times", "the film The Godfather"): so the word after the opener
must be one a sentence goes on with, in lower case ("The convoy left"), a day, a month or a
year after a preposition ("On Monday", "In 2015"), or, after a sentence adverb or a
subordinator, anything ("However, Ruritania ...", "While Jo Roe ..."). After a capitalised
word (a name may end the heading, or go on: "Roe Still", "the Carry On films") only a
determiner, a pronoun or a conjunction is taken, or a preposition before a determiner. The
heading may end with a quotation ("Tusk: 'We already miss you' The split ...") or a dash that
stood for its line break ("... museum merger- As a result"); a quoted sentence may follow it
('A brighter future "The protests will go on," she said').

A few words outside the closed class open sentences only, and are taken after a heading's last
word in lower case when a word in lower case follows: adverbs and quantifiers, question words,
number words and adverbs of time ("Mysterious death Two women were charged", "Ongoing damage
Last year's storm ..."; :data:`LATE_OPENERS`). A heading may also be a pull quote standing
where a sentence starts ("... on Friday. 'Utterly childish' The ministry said ..."), and a
caption may end with a place before a name's "The" ("... the port of Northtown The Foreign
Office said ...").

At such a boundary a paragraph break is put in place of the space: the heading stays, as its
own sentence, at its exact place in the text (a sentence that lost its full stop is split
where it ended, which keeps both); nothing is dropped, so no clause of the story is lost when
the sign misleads.
"""

from __future__ import annotations

import re

from graphbuilder.ingest.links import NUMBER_WORDS
from graphbuilder.lexicon import REPORTING_VERBS

#: Closed-class words that open a sentence: articles and determiners, pronouns, prepositions,
#: conjunctions and sentence adverbs. Not "I" (capitalised everywhere) nor number words ("BBC
#: One") nor words that are often names' or titles' words ("May", "Will", "Just", "Who").
OPENERS = frozenset(
    """The A An This That These Those There Many Some Several Most Each Both Another Such Every
    He She It They We You His Her Its Their Our My Your
    In On At By For From With After Before During Since Until Under Over Among Amid
    According Despite Although Though While When Where If As But And Or Yet So
    However Meanwhile Moreover Furthermore Nevertheless Nonetheless Instead Indeed Because
    Whereas Whether Unlike To""".split()
)
#: Words that open a sentence and stand capitalised nowhere else after a lower-case word: adverbs
#: and quantifiers ("Even the rule ...", "More than 3,000 ...", "Also on the agenda ..."), the
#: participle of a speech's setting ("Speaking at a briefing, ..."), question words of a heading
#: that asks ("Who were the victims?"), "Today" and "Now", and the number words ("Two women were
#: charged"). Each is taken only after a heading's last word in lower case and before a word in
#: lower case (:func:`_goes_on`): after a capital it may be a name's or a title's word ("Air Force
#: One", "Channel Seven", "Doctor Who"), and so may it be before one ("the All Blacks").
LATE_OPENERS = NUMBER_WORDS | frozenset("Even More Much Also All Today Now Speaking What Who Why How".split())
#: Number words name one of a series after these nouns, in lower case too: "phase Two of the plan".
_NUMBERED = frozenset(
    """part phase stage step level tier round day week year act chapter book volume season episode
    series number channel group division league class grade category option plan area zone gate
    hall room block unit wing terminal platform""".split()
)
#: Adverbs of time that open a sentence, capitalised only there: "Earlier this week, ...", "Later
#: that day ...", "Last year, ..." ("Last" only before a time: "the Last Post").
_TIME_OPENERS = frozenset("Last Earlier Later".split())
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_TIMES = _WEEKDAYS | frozenset(
    """year year's years week week's month month's night weekend time summer winter spring autumn
    fall""".split()
)
#: Openers after which a sentence may go on with a capitalised word: sentence adverbs and
#: subordinators ("However, Ruritania ...", "While Jo Roe was away").
_ANY_NEXT = frozenset(
    """According Despite Although Though While When Whereas Because However Meanwhile Moreover
    Furthermore Nevertheless Nonetheless Instead Indeed Unlike""".split()
)
#: Prepositions that open a sentence with a time: "On Monday", "In February", "Since 2015".
_TIME_PREPOSITIONS = frozenset("In On At By From After Before During Since Until".split())
_TIME_WORDS = _WEEKDAYS | frozenset(
    "January February March April May June July August September October November December".split()
)
#: Words after which no heading ends: function words that need a word after them, verbs of
#: saying, which a name follows ("said He, a professor"), and nouns a title follows ("the film
#: In the Heat of the Night", "a group calling itself The Base").
_NO_HEADING_END = frozenset(
    """the a an of to in on at by for from with and or but nor that which who whose whom as than
    its his her their our my your this these those is are was were be been being has have had
    will would can could may might should must not no into onto over under about after before
    against between during without within via per including like such said says told asked
    wrote added according called named titled entitled dubbed itself themselves
    film movie novel song album slogan motto hashtag""".split()
)
#: Prepositions: after a capitalised word a title's particle as often ("Carry On"), unless a
#: determiner follows ("During his visit").
_PREPOSITIONS = frozenset("In On At For From With After Before During Since Under".split())
_DETERMINER_WORDS = frozenset("the a an his her its their our this that these those".split())
#: Determiners and pronouns, which a title's words may be ("Take This and Go").
_DETERMINERS = frozenset("The A An This That These Those His Her Its Their Our My".split())
#: Words that link a title's parts, not a sentence's second word: "Take This and Go".
_LINKING = frozenset("and or nor of to in on at by for from with but as than".split())
#: A word and the space after it.
_TOKEN = re.compile(r"\S+")
#: A word that ends with sentence or clause punctuation, a quotation mark, a bracket or a dash.
_PUNCTUATED = re.compile(r"[^\w%]$")
_POSSESSIVE = re.compile(r"['’]s?$")
#: The letter "B" standing alone: the text names things by letters ("Plan A ... Plan B").
_LETTER_B = re.compile(r"(?<![\w.'’\-])B(?![\w.'’\-])")
_OPENER_SHAPE = re.compile(r"(?P<word>[A-Z][a-z]*)(?P<comma>,?)")


def split_run_in_headings(text: str) -> str:
    """``text`` with a paragraph break at each boundary of a heading run into the next sentence
    (see the module docstring); everything else as it was."""
    if not text:
        return text
    cuts = list(heading_boundaries(text))
    if not cuts:
        return text
    pieces, at = [], 0
    for space_start, word_start in cuts:
        pieces.append(text[at:space_start])
        pieces.append("\n\n")
        at = word_start
    pieces.append(text[at:])
    return "".join(pieces)


def heading_boundaries(text: str) -> list[tuple[int, int]]:
    """(end of the heading's last word, start of the next sentence's first word) for each run-in
    heading of ``text``."""
    tokens = list(_TOKEN.finditer(text))
    lettered = _LETTER_B.search(text) is not None  # "language A ... language B": "A" is a letter
    found = []
    for i, (before, word, after) in enumerate(zip(tokens, tokens[1:], tokens[2:], strict=False)):
        if "\n" in text[before.end() : word.start()] or (lettered and word.group() == "A"):
            continue
        last = _heading_word(before.group(), [t.group() for t in tokens[max(0, i - QUOTE_WORDS) : i]])
        quoted = _quote_after_heading(text, last, word.start()) and not _adjunct_before(text, word.start())
        if is_boundary(last, word.group(), after.group()) or quoted:
            found.append((before.end(), word.start()))
    quotes = (m for m in _PULL_QUOTE.finditer(text) if _sentence_case(m.group("quote")))
    found.extend((m.end("quote"), m.end()) for m in quotes)
    if ":" in text:
        labels = (m for m in _CAPS_LABEL.finditer(text) if m.group("next") in _CLAUSE_OPENERS)
        found.extend((m.end("label"), m.end()) for m in labels)
        for m in _DATE_LABEL.finditer(text):
            if m.group("gap"):  # after a sentence's end on the same line
                found.append((m.start("gap"), m.start("label")))
            found.append((m.end("label"), m.end()))
    return sorted(set(found))


#: A heading that is a quotation, a pull quote, standing where a sentence starts and run into the
#: next one: "... on Friday. 'A total disgrace' The minister said ...", '... left." "We were
#: betrayed" Jo Roe, 45, ...'. Two words or more with no mark of a sentence's end, a clause's or a
#: colon inside, closed before a capitalised word and more words on the same line. No sentence of
#: prose starts with a quotation and goes on after it with a capital: a quoted name or nickname
#: before a name ('"Mad Dog" Mattis') capitalises its words, and the quotation's words must be in
#: sentence case (:func:`_sentence_case`).
_PULL_QUOTE = re.compile(
    r"(?:(?<=[.!?][ ])|(?<=[.!?][\"”’'][ ])|(?<=\n))(?P<quote>['‘\"“][A-Z][^'‘’\"“”\n.!?,;:]{1,80}?\w['’\"”])"
    r"[ ](?=[A-Z][\w'’\-]*[ ,]+[\w\"“'‘])"
)


#: A fact box's label in capitals with a colon, run into the clause it heads: "STOCKS: Shares in
#: Northtown fell ...", "LOCAL TAX (LT): Both chambers had proposed ...". When the clause has its own
#: subject the label is no part of it (read as one sentence it became the subject: "[LOCAL TAX]
#: proposed ..."): a paragraph break goes after the colon. The clause's own subject shows in its first
#: word, a determiner, a quantifier or a preposition (:data:`_CLAUSE_OPENERS`). A clause that opens with
#: a verb or an adverb ("CREDIT: Doubles the credit ...") has the label for its subject, and a
#: transcript's speaker label is followed by speech ("ROE: No. I did not ..."): both stay whole.
_CAPS_LABEL = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ ])|(?<=[.!?][\"”’][ ])|(?<=[ ]{2}))"
    r"(?P<label>[A-Z][A-Z\-&’'.]+(?:[ ][A-Z][A-Z\-&’'.]*){0,6}(?:[ ]\([A-Z][A-Z.\-]*\))?:)[ ]+"
    r"(?=(?P<next>[A-Z][\w.’'\-]*))"
)
#: A date's label in capitals with a colon, run into the entry it heads as a calendar of coming events
#: prints it: "THURSDAY, DEC. 14: The Senate votes ...", "MONDAY, NOV 27, or TUESDAY, NOV 28: ...". Read
#: as one sentence with its entry it made statements of the date's words ("[THURSDAY] is [DEC]"): it
#: ends its own paragraph, and one starts before it after a sentence's end. The weekday in capitals, a
#: month's name or abbreviation, a day's number and the colon must all be there.
_WEEKDAY_CAPS = r"(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
_MONTH_CAPS = (
    r"(?:JAN(?:UARY)?|FEB(?:RUARY)?|MARCH|MAR|APRIL|APR|MAY|JUNE?|JULY|JUL|AUG(?:UST)?|SEPT?(?:EMBER)?"
    r"|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)"
)
_DATE = rf"{_WEEKDAY_CAPS},?[ ]{_MONTH_CAPS}\.?[ ]\d{{1,2}}"
_DATE_LABEL = re.compile(
    r"(?P<gap>(?<=[.!?\"”’])[ ]+|(?<=\n)|^)"
    rf"(?P<label>{_DATE}(?:,?[ ](?:or|and|to|through|-|–)[ ]{_DATE})*:)[ ]+(?=\S)"
)
_CLAUSE_OPENERS = frozenset(
    """The A An Both In On For At After Before Under With From Since By Its Their His Her This These
    Those Some Most Many All Each Several Other Another""".split()
)


def _sentence_case(quote: str) -> bool:
    """Are the words of a quotation after its first one (at least one) in lower case, some of them
    (a sentence's, not a title's or a name's)?"""
    words = quote.strip("'‘’\"“”").split()
    return len(words) >= 2 and any(w[0].islower() for w in words[1:])


#: A quoted sentence: an opener of :data:`OPENERS` and a word in lower case after the quotation
#: mark, closed after a comma or a sentence's mark, no quotation mark between ('"The protests
#: will go on," she said'). A title in quotation marks capitalises its words ('"The Others"',
#: '"A Beautiful Mind"') or closes without a mark ('"This is Daesh" (an acronym ...)').
_QUOTED_SENTENCE = re.compile(r"[\"“](?P<opener>[A-Z][a-z]*|I)[ ][a-z][^\"“”\n]{0,400}?[,.!?][\"”]")
_INDEFINITE = frozenset({"A", "An"})
#: Words that name or introduce the quotation after them: it is theirs, no sentence of its own
#: ("a banner reading "We want peace."", "chanting "We will stay,"").
_QUOTE_NAMERS = frozenset(
    """reading reads read saying says chanting chanted shouting shouted caption captioned headline
    slogan motto mantra message sign banner placard tweet tweeted post posted statement words
    phrase line refrain song title billed means meaning""".split()
)


#: The attribution after a quotation, verb first or after a pronoun: '..." says Roe', '..." she said'.
#: A quotation that opens with a noun or with "I" starts a sentence after a heading only with it
#: ('Village head Jo Roe "People are crying," says Roe.'): without it the quotation may be the
#: object of the words before ('calling the plan "Obamacare lite," warning ...').
_ATTRIBUTION = re.compile(
    r"[ ]+(?:(?:he|she|they|we)[ ]+)?"
    r"(?:said|says|added|adds|told|tells|explained|explains|recalled|recalls)\b"
)


def _quote_after_heading(text: str, last: str, at: int) -> bool:
    """Does a quoted sentence (:data:`_QUOTED_SENTENCE`) start at ``at``, after a heading's last
    word ``last``: "A brighter future "The protests will go on," she said"?"""
    quote = _QUOTED_SENTENCE.match(text, at)
    if quote is None or quote.group("opener") in _INDEFINITE:
        return False  # a quoted noun phrase is a complement: 'called the charges "a conspiracy."'
    if quote.group("opener") not in OPENERS and not _ATTRIBUTION.match(text, quote.end()):
        return False  # 'calling the plan "Obamacare lite," warning ...', 'conceding "I was wrong."'
    return _ends_a_heading(last) and last.lower() not in _QUOTE_NAMERS and not _says(last)


#: Words that open an adjunct, which a main clause must follow: "As head of the agency "I advise the
#: minister," he said" is one sentence, no heading before a quotation.
_ADJUNCT_OPENERS = frozenset("As When If Because Although Though While Unless Whether Once".split())
_CLAUSE_START = re.compile(r"(?:^|\n|[.!?][\"”’']?[ ]+)(?=\S)")


def _adjunct_before(text: str, at: int) -> bool:
    """Do the words before ``at``, from the last sentence's end or the line's start, open with a
    word of :data:`_ADJUNCT_OPENERS`?"""
    start = max((m.end() for m in _CLAUSE_START.finditer(text, 0, at)), default=0)
    first = text[start:at].split(maxsplit=1)
    return bool(first) and first[0] in _ADJUNCT_OPENERS


def _says(word: str) -> bool:
    """Is ``word`` a participle or past of a verb of saying ("adding", "insisted"), whose
    quotation follows? Not a word in "-s": "reports", "claims" are nouns as often."""
    w = word.lower()
    if w.endswith("ing"):
        stems = {w[:-3], w[:-3] + "e", w[:-4]}  # adding, stating, admitting
    elif w.endswith("ed"):
        stems = {w[:-2], w[:-1], w[:-3]}  # insisted, stated, admitted
    else:
        return w in _SAYS_NOW
    return not stems.isdisjoint(REPORTING_VERBS)


_SAYS_NOW = frozenset("says adds tells writes asks insists notes warns".split())


#: A single quotation mark closes a quotation opened at most this many words before.
QUOTE_WORDS = 12
_GLUED_DASH = re.compile(r"(?<=[^\W\d_])-$")
_CLOSING_QUOTE = re.compile(r"(?<=[^\W_])(?P<mark>[\"”'’])$")


def _heading_word(last: str, earlier: list[str]) -> str:
    """The heading's last word as :func:`is_boundary` reads it: without a dash run onto it that
    stood for a line break ("... museum merger- As a result"), and without the quotation mark
    that closes a quotation it holds ("Tusk: 'We already miss you' The split ..."). A single
    mark closes one only when a word before opens it: otherwise it is a plural's possessive
    ("the workers' union"). Anything else as it is."""
    if _GLUED_DASH.search(last):
        return last[:-1]
    mark = _CLOSING_QUOTE.search(last)
    if mark is None:
        return last
    opened = [w for w in [*earlier, last] if w[:1] in "'‘\"“"]
    if mark.group("mark") in "\"”" or opened:
        return last[:-1].lstrip("'‘\"“")
    return last


def is_boundary(last: str, word: str, after: str) -> bool:
    """Does a sentence start at ``word``, after a heading ending with ``last``? ``after`` is the
    word that follows ``word``."""
    shape = _OPENER_SHAPE.fullmatch(word)
    if shape is None:
        return False
    opener = shape.group("word")
    if opener not in OPENERS:
        return _late_opener(last, opener, shape.group("comma"), after)
    if not _ends_a_heading(last) or (opener == "A" and not _article_a(last, after)):
        return False
    if last[0].isupper():  # the end of a name, maybe: "... Jo Roe The minister", not "Roe Still"
        if opener in _PREPOSITIONS:  # "... Jo Roe During his visit", not "the Carry On films"
            return after in _DETERMINER_WORDS
        if opener == "The" and after[:1].isupper() and last not in OPENERS and last.isalpha():
            return _name_after_the(after)  # "... the resort of Northtown The Foreign Office said"
        title = opener in _DETERMINERS and after.rstrip(",;:") in _LINKING  # "Take This and Go"
        plain = after[0].isdigit() or (after[0].islower() and not title)
        return opener in _FUNCTION_OPENERS and plain
    return _goes_on(opener, after)


def _name_after_the(after: str) -> bool:
    """Does a capitalised "The" after a capitalised word open a sentence with a name ("... at
    Northtown The High Court heard ...")? A name in the middle of a sentence is not written "X The
    Y" but for a title in capitals, whose words after "The" are a title's too ("We The People", "In
    The Name Of The Father": after a closed-class word, which the caller excludes). ``after`` must
    be a word, not a letter or an acronym: "The BBC", "The UN" may be a title's words."""
    word = after.rstrip(",;:'’s")
    return len(word) > 1 and word.isalpha() and word[1:].islower()


#: Openers taken after a capitalised word: determiners, pronouns, conjunctions. Not a bare
#: preposition, a title's particle as often: "the Carry On films", "the Get On scheme".
_FUNCTION_OPENERS = frozenset(
    """The A An This That These Those There He She It They We His Her Its Their Our My
    According Despite Although Though While When If As But And""".split()
)


def _ends_a_heading(last: str) -> bool:
    """May ``last`` be a heading's last word: a word (or number) with no punctuation after it,
    no function word, no verb of saying and no possessive (which a name follows)?"""
    if _PUNCTUATED.search(last) or not last[0].isalnum():
        return False
    return last.lower() not in _NO_HEADING_END and not _POSSESSIVE.search(last)


#: Nouns a letter names one of, in lower case ("hepatitis A vaccine", "type A", "witness A").
_LETTERED = frozenset(
    """type grade class group category plan vitamin hepatitis section article part level tier stage
    phase option model series division league schedule annex appendix exhibit block gate room item
    point line team size letter blood list zone area unit wing platform terminal route form test
    prisoner patient subject person witness victim agent source student suspect soldier officer
    company country party player man woman""".split()
)
#: Words that follow a lettered name, not the article "A": a verb or a function word ("Witness A
#: said", "Plan A is").
_AFTER_LETTER = re.compile(
    r"(?:said|says|told|is|was|has|had|will|would|can|could|did|does|and|or|of|to|in|on|at|by|for"
    r"|with|from|as|who|which|that|\w+ed)[,;:.]?$"
)


def _article_a(last: str, after: str) -> bool:
    """Is a capitalised "A" after ``last`` the article opening a sentence, not a letter naming one
    of a kind ("Plan A", "type A flu", "Soldier A said")?"""
    return last[0].islower() and last.lower() not in _LETTERED and not _AFTER_LETTER.match(after)


def _late_opener(last: str, opener: str, comma: str, after: str) -> bool:
    """Does a sentence start at ``opener``, one of :data:`LATE_OPENERS` or :data:`_TIME_OPENERS`,
    after a heading's last word ``last`` in lower case: "Mysterious death Two women were charged",
    "Ongoing damage Last year's storm ...", "Tense talks Earlier, the envoy ..."?"""
    if not last[0].islower() or not _ends_a_heading(last):
        return False
    if opener in _TIME_OPENERS:
        return after.rstrip(",") in _TIMES or (opener != "Last" and (bool(comma) or after[0].islower()))
    if opener in NUMBER_WORDS and last.lower() in _NUMBERED:
        return False  # "phase Two of the plan"
    return opener in LATE_OPENERS and not comma and after[0].islower()


def _goes_on(opener: str, after: str) -> bool:
    """Does the sentence go on plainly after ``opener``: a word in lower case or a number, a
    time after a preposition, anything after a sentence adverb or a subordinator?"""
    if opener in _ANY_NEXT:
        return True
    head = after[0]
    if head.islower() or head.isdigit():
        return True
    return opener in _TIME_PREPOSITIONS and after.rstrip(",") in _TIME_WORDS
