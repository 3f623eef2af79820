"""The column attribute ruler and lemmatizer (graphbuilder.nlp.rules) against spaCy's own.

Every test compares with the stock components of the same model on the same input: the
column versions must give each token the same TAG, POS, MORPH, LEMMA and DEP, never a
close guess.
"""

from __future__ import annotations

import itertools
import string
import warnings

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from graphbuilder.nlp import assemble_pipeline
from graphbuilder.nlp.rules import ColumnAttributeRuler, ColumnLemmatizer, WordIndex

ATTRS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]

# Made-up sentences: each template filled with each choice gives a few hundred texts that hit
# the model's one-token TAG and LOWER+TAG rules, its two-token LOWER rules ("gonna", "gotta",
# "let's", "c'mon", "y'all", "ain't"), the DEP-conditioned ones ("I" / "you" / "it" as
# subject or object, "but" as advmod, "there is", "do" / "have" as main verbs, "that" as a
# pronoun) and white space tokens.
TEMPLATES = [
    "{subj} {verb} the {noun} in {place} on Tuesday.",
    "{subj} said {subj2} ain't {ving} the {noun}s any more.",
    "We're gonna {verb0} {obj}, and they gotta {verb0} {obj} too.",
    "Let's {verb0} the {noun}; c'mon, y'all know {subj2} {verb} nothin' about it.",
    "There {be} {count} {noun}s near {place}, but {subj2} didn't {verb0} {obj}.",
    "{subj} {have} a {adj} {noun}, but {subj2} did not.  {subj} {verb} that.",
    "Did {subj2} {verb0} {obj}?\n\nYes, {subj2} {have}, and that {be} what {subj2} got.",
    "The {adj}er {noun} of {place} {verb} {obj} while {subj2} gets {ving} worse.",
    "It {be} {adj}: {subj} {verb} it, they {verb} me, and you {verb} them.",
    "I {verb} you, you {verb} me; it's {adj} but I'm {ving} home, whether or not it {be}.",
]
FILLERS = {
    "subj": ["The minister", "Rebels", "Putin", "She", "The Kursk council"],
    "subj2": ["he", "they", "it", "you", "I"],
    "verb": ["attacked", "staged", "hoped", "gets", "got", "does", "has"],
    "verb0": ["attack", "stage", "do", "have", "be"],
    "ving": ["fighting", "raging", "doing", "having"],
    "noun": ["rally", "wolf", "index", "crisis", "tax"],
    "obj": ["it", "me", "you", "them", "the border"],
    "place": ["Moscow", "the north", "Kyiv"],
    "be": ["is", "are", "was", "were", "'s"],
    "have": ["have", "has", "had", "'ve"],
    "count": ["two", "many", "no", "some"],
    "adj": ["big", "strong", "early", "good"],
}


def _texts(per_template: int = 30) -> list[str]:
    """``per_template`` fillings of each template, spread over its combinations."""
    texts = []
    for template in TEMPLATES:
        names = list(dict.fromkeys(n for _, n, _, _ in string.Formatter().parse(template) if n))
        choices = itertools.product(*(FILLERS[n] for n in names))
        for values in itertools.islice(choices, 0, 7 * per_template, 7):
            texts.append(template.format(**dict(zip(names, values, strict=True))))
    return texts


@pytest.fixture(scope="module")
def stock():
    """The same pipeline with spaCy's own attribute ruler and lemmatizer."""
    return assemble_pipeline(None, column_rules=False)


def _same(a: Doc, b: Doc) -> bool:
    return bool((a.to_array(ATTRS) == b.to_array(ATTRS)).all()) and [t.lemma_ for t in a] == [
        t.lemma_ for t in b
    ]


def test_the_pipeline_uses_the_column_components_under_the_stock_names(nlp, stock) -> None:
    assert nlp.pipe_names == stock.pipe_names
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    assert isinstance(ruler, ColumnAttributeRuler) and ruler.rules is not None
    assert len(ruler.rules) == len(stock.get_pipe("attribute_ruler").attrs) > 100
    assert isinstance(lemmatizer, ColumnLemmatizer) and lemmatizer.exact
    # a miss is asked of the stock component's own method, its word lists held as sets
    assert lemmatizer.forms == lemmatizer.stock.lemmatize
    index = lemmatizer.stock.lookups.get_table("lemma_index")
    assert index and all(isinstance(words, WordIndex) for words in index.values())
    # what else is asked of them is the stock component's (evaluate.runners uses this one)
    doc = Doc(nlp.vocab, words=["staged"], pos=["VERB"])
    assert lemmatizer.rule_lemmatize(doc[0]) == stock.get_pipe("lemmatizer").rule_lemmatize(doc[0])
    assert ruler.patterns == stock.get_pipe("attribute_ruler").patterns


def test_made_up_text_gets_the_same_annotations_as_with_the_stock_components(nlp, stock) -> None:
    texts = _texts()
    assert len(texts) >= 250
    differing = [
        text for text, a, b in zip(texts, stock.pipe(texts), nlp.pipe(texts), strict=True) if not _same(a, b)
    ]
    assert differing == []


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("We're gonna win.", "gon", "go"),
        ("We're gonna win.", "na", "to"),
        ("They gotta go.", "ta", "to"),
        ("Let's go.", "'s", "us"),
        ("C'm on, y'all.", "y'", "you"),
        ("He ain't here.", "ai", "be"),
        ("She knows nothin' about it.", "nothin'", "nothing"),
    ],
)
def test_the_two_token_and_regex_rules_fire(nlp, stock, text: str, word: str, lemma: str) -> None:
    """The model's multi-token and REGEX rules are exercised, and give the stock result."""
    ours, theirs = nlp(text), stock(text)
    assert _same(ours, theirs)
    assert next(t for t in ours if t.text.lower() == word).lemma_ == lemma


def test_dep_conditioned_rules_give_the_stock_result(nlp, stock) -> None:
    text = "I saw you and you saw me. It hit it. But there is time, and we did it. That helped."
    ours, theirs = nlp(text), stock(text)
    assert _same(ours, theirs)
    morphs = {(t.text, t.dep_): str(t.morph) for t in ours}
    assert "Case=Nom" in morphs[("I", "nsubj")] and "Case=Acc" in morphs[("you", "dobj")]


# --- a ruler of our own: rule shapes the model does not have -----------------------------


def _docs(vocab) -> list[Doc]:
    """Three Docs, in this order in a batch: the first ends in "gon", the second starts
    with "na" (a pair only across the Doc break)."""
    words = [["win", "gon"], ["na", "it", "  ", "Win"], ["Gon", "na", "win", "it", "now"]]
    tags = [["VB", "VB"], ["DT", "PRP", "_SP", "VB"], ["VB", "DT", "VB", "TO", "RB"]]
    deps = [["ROOT", "dobj"], ["aux", "nsubj", "dep", "ROOT"], ["aux", "aux", "ROOT", "dobj", "advmod"]]
    heads = [[0, 0], [3, 3, 3, 3], [2, 2, 2, 2, 2]]
    return [
        Doc(vocab, words=w, tags=t, deps=d, heads=h)
        for w, t, d, h in zip(words, tags, deps, heads, strict=True)
    ]


OWN_PATTERNS = [
    {"patterns": [[{"TAG": "VB"}]], "attrs": {"POS": "VERB", "MORPH": "VerbForm=Inf", "LEMMA": "vb"}},
    # a later rule wins for the attributes it sets, and only those
    {"patterns": [[{"LOWER": "win", "TAG": {"IN": ["VB", "VBP"]}}]], "attrs": {"POS": "AUX"}},
    # two tokens, the second one set (a negative index)
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to", "TAG": "TO"}, "index": -1},
    {"patterns": [[{"LOWER": {"REGEX": "^g.n$"}}]], "attrs": {"LEMMA": "go"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["ROOT", "aux"]}, "IS_SPACE": False}]], "attrs": {"DEP": "dep2"}},
    {"patterns": [[{"IS_SPACE": True}], [{"TEXT": "now"}]], "attrs": {"POS": "SPACE", "MORPH": "_"}},
    # matched on the Doc as it came in: a TAG the rules set to "TO" does not count here
    {"patterns": [[{"TAG": "TO"}, {}]], "attrs": {"LEMMA": "before"}},
]


def _own_ruler(vocab, patterns) -> AttributeRuler:
    ruler = AttributeRuler(vocab)
    ruler.add_patterns(patterns)
    return ruler


def test_own_rules_one_doc_at_a_time_and_in_a_batch_match_the_stock_ruler(nlp) -> None:
    ruler = _own_ruler(nlp.vocab, OWN_PATTERNS)
    column = ColumnAttributeRuler(ruler)
    assert column.rules is not None
    expected = [ruler(doc) for doc in _docs(nlp.vocab)]
    alone = [column(doc) for doc in _docs(nlp.vocab)]
    batch = list(column.pipe(_docs(nlp.vocab)))
    for want, got_alone, got_batch in zip(expected, alone, batch, strict=True):
        assert _same(want, got_alone) and _same(want, got_batch)
    # the rules did something, and what the test expects of them
    pair, broken, whole = expected
    assert [t.lemma_ for t in pair] == ["vb", "go"] and [t.dep_ for t in pair] == ["ROOT", "dep2"]
    assert (broken[0].tag_, broken[0].lemma_) == ("DT", "")  # no "gon na" across the break
    assert [t.dep_ for t in broken] == ["aux", "dep2", "dep", "ROOT"] and broken[2].pos_ == "SPACE"
    # "na" made TO by the third rule is not matched by the last one; "it", TO as it came, is
    assert [t.lemma_ for t in whole] == ["go", "to", "vb", "before", ""]
    assert [t.tag_ for t in whole] == ["VB", "TO", "VB", "TO", "RB"]
    assert [t.pos_ for t in whole] == ["VERB", "", "AUX", "", "SPACE"]
    assert str(whole[0].morph) == "VerbForm=Inf" and str(whole[4].morph) == ""


def test_a_rule_shape_it_cannot_do_goes_to_the_stock_ruler(nlp) -> None:
    patterns = [
        *OWN_PATTERNS,
        {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na", "OP": "?"}]], "attrs": {"LEMMA": "x"}},
    ]
    ruler = _own_ruler(nlp.vocab, patterns)
    column = ColumnAttributeRuler(ruler)
    assert column.rules is None
    for want, got in zip([ruler(d) for d in _docs(nlp.vocab)], column.pipe(_docs(nlp.vocab)), strict=True):
        assert _same(want, got)


# --- the lemmatizer's rules, word by word ------------------------------------------------


def test_word_lists_held_as_sets_give_the_stock_rule_lemmatize(nlp, stock) -> None:
    """The stock ``rule_lemmatize`` with the word lists held as :class:`WordIndex` (ours)
    against the same method with the model's plain lists (the stock pipeline's): every word
    of the exception tables and a slice of each word index, inflected by each suffix rule,
    under every coarse tag and several morphologies."""
    ours, theirs = nlp.get_pipe("lemmatizer").stock, stock.get_pipe("lemmatizer")
    lookups = theirs.lookups
    plain = lookups.get_table("lemma_index")
    assert not any(isinstance(words, WordIndex) for words in plain.values())
    held = ours.lookups.get_table("lemma_index")
    assert {k: list(v) for k, v in held.items()} == {k: list(v) for k, v in plain.items()}
    assert ours.lookups.to_bytes() == lookups.to_bytes()  # serialised as before
    words = set()
    for table, step in (("lemma_exc", 10), ("lemma_index", 100)):
        for entries in lookups.get_table(table).values():
            words.update(itertools.islice(entries, 0, None, step))
    suffixes = {old for rules in lookups.get_table("lemma_rules").values() for old, _new in rules}
    stems = sorted(words)[::40]
    words.update(stem + suffix for stem in stems for suffix in suffixes)
    words.update(["Putin", "U.S.", "3,000", "e-mails", "staged", "Wolves"])
    morphs = ["", "Number=Sing", "Number=Plur", "VerbForm=Inf", "Tense=Past|VerbForm=Fin"]
    pos_tags = ["NOUN", "VERB", "ADJ", "ADV", "PROPN", "AUX", "PUNCT", "SPACE"]
    checked = 0
    for pos, morph in itertools.product(pos_tags, morphs):
        batch = sorted(words)
        doc = Doc(nlp.vocab, words=batch, pos=[pos] * len(batch), morphs=[morph] * len(batch))
        for token in doc:
            ours.cache.clear()  # both methods compute, not recall
            theirs.cache.clear()
            assert ours.rule_lemmatize(token) == theirs.rule_lemmatize(token), (token.text, pos, morph)
            checked += 1
    assert checked > 50_000


def test_a_token_without_pos_is_asked_of_the_stock_method_each_time(nlp) -> None:
    lemmatizer = ColumnLemmatizer(nlp.get_pipe("lemmatizer").stock)
    doc = Doc(nlp.vocab, words=["Wolves", "wolves"])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        lemmatizer(doc)
        lemmatizer(Doc(nlp.vocab, words=["wolves"]))
    assert [t.lemma_ for t in doc] == ["wolves", "wolves"]
    assert len([w for w in caught if "W108" in str(w.message)]) == 3
    assert lemmatizer.memo == {}


def test_the_lemma_memo_stays_bounded_and_the_lemmas_stay_the_same(nlp, stock, monkeypatch) -> None:
    from graphbuilder.nlp import rules

    lemmatizer = ColumnLemmatizer(nlp.get_pipe("lemmatizer").stock)
    monkeypatch.setattr(rules, "LEMMA_MEMO_LIMIT", 20)
    texts = _texts(per_template=3)
    largest = 0
    for text in texts:
        theirs = stock(text)
        ours = stock.make_doc(text)
        for name, proc in stock.pipeline:
            ours = lemmatizer(ours) if name == "lemmatizer" else proc(ours)
        assert _same(theirs, ours), text
        largest = max(largest, len(lemmatizer.memo))
    assert 20 < largest <= 20 + max(len(stock.make_doc(t)) for t in texts)


# --- uses beyond a build: saving, memory zones, rules added after load -----------------


def test_a_saved_graphbuilder_pipeline_is_refused_in_one_line(tmp_path) -> None:
    import subprocess
    import sys

    from graphbuilder.errors import ModelError
    from graphbuilder.nlp import load_pipeline

    saved = tmp_path / "saved"
    load_pipeline().to_disk(saved)
    with pytest.raises(ModelError, match="saved by graphbuilder"):
        assemble_pipeline(str(saved))
    article = tmp_path / "one.txt"
    article.write_text("The minister resigned on Tuesday.\n", encoding="utf-8")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "graphbuilder",
            "build",
            str(article),
            "--model",
            str(saved),
            "--out",
            str(tmp_path / "out"),
            "-q",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode != 0
    assert "saved by graphbuilder" in run.stderr and "Traceback" not in run.stderr


def test_the_same_text_in_two_memory_zones_gets_the_stock_lemmas(nlp, stock) -> None:
    text = "The zorbles were staged by the wolves."
    want = [t.lemma_ for t in stock(text)]
    for _ in range(2):
        with nlp.memory_zone():
            assert [t.lemma_ for t in nlp(text)] == want


def test_a_rule_added_after_load_applies_as_in_the_stock_ruler() -> None:
    ours, theirs = assemble_pipeline(None), assemble_pipeline(None, column_rules=False)
    for pipeline in (ours, theirs):
        pipeline.get_pipe("attribute_ruler").add([[{"LOWER": "brexit"}]], {"LEMMA": "BREXIT", "POS": "PROPN"})
    got, want = ours("Brexit talks resumed."), theirs("Brexit talks resumed.")
    assert (got[0].lemma_, got[0].pos_) == (want[0].lemma_, want[0].pos_) == ("BREXIT", "PROPN")
    assert _same(want, got)
