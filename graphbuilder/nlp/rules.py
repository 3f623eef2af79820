"""The model's attribute ruler and rule lemmatizer, applied to whole columns of a Doc.

spaCy's ``AttributeRuler`` runs a ``Matcher`` over every token and then sets each match's
attributes through Python one token at a time; its rule ``Lemmatizer`` searches a list of
tens of thousands of words for each candidate form of each new word. On 150 BBC articles the
two took 3.3-3.9 s of CPU, more than the tagger and the parser together. The components here
do the same work on the columns of ``Doc.to_array`` with numpy, built at load time from the
stock components' own data (in under 0.1 s), and give every token the same ``TAG``, ``POS``,
``MORPH``, ``LEMMA`` and ``DEP`` as the stock components do:

- :class:`ColumnAttributeRuler` compiles each rule of the ruler (``patterns``, normalised
  ``attrs`` and ``index``) into tests on columns. As in the stock ruler every pattern is
  matched on the Doc as it came in, then the rules are applied in their order, so a later
  rule's value wins. A rule the compiler does not know (operators such as ``OP``, extension
  attributes, predicates other than equality, ``IN``, ``NOT_IN`` and ``REGEX``, attributes
  it does not set token-only) sends every Doc to the stock ruler instead: never a guess.
- :class:`ColumnLemmatizer` keeps the stock lemmatizer's rule: a token whose lemma is
  unset (or every token, with ``overwrite``) gets the first of its candidate lemmas. Those
  depend on the token's text, coarse tag and morphology only (the stock cache is keyed on
  the same three), so the lemma is memoised by their hashes; a miss is asked of the stock
  component's own ``lemmatize``, whose word lists are held as :class:`WordIndex` (a list
  that answers ``in`` from a set).

:func:`use_column_rules` swaps them into a loaded pipeline under the stock names
(``attribute_ruler``, ``lemmatizer``); everything else asked of them goes to the stock
component they were built from (``rule_lemmatize``, ``patterns``, ``lookups`` ...).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, cast

import numpy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.util import minibatch

from graphbuilder.nlp.wrapping import register_wrapper, swap_in

#: Names of the factories of the two components (the pipeline keeps the stock names).
COLUMN_RULER = "graphbuilder_column_attribute_ruler"
COLUMN_LEMMATIZER = "graphbuilder_column_lemmatizer"

#: Attributes a rule may set here: fields of the token alone (``set_token_attrs`` writes
#: lexical fields on the shared lexeme too, and ``NORM`` on the token only: not these).
_SETTABLE = (TAG, POS, MORPH, LEMMA, DEP)
#: Attributes a rule may test here: ``Doc.to_array`` reads them as the Matcher does
#: (``get_token_attr``); string-valued ones may also be tested with ``REGEX``.
_STRING_TESTABLE = frozenset(IDS[n] for n in ("ORTH", "LOWER", "NORM", "SHAPE", "TAG", "POS", "DEP", "LEMMA"))
_FLAG_TESTABLE = frozenset(
    IDS[n]
    for n in ("IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_PUNCT", "IS_SPACE", "IS_TITLE", "IS_UPPER")
)
_NAME_ALIASES = {"TEXT": "ORTH"}
#: Docs per numpy pass in ``pipe``: their columns are joined, so the per-rule Python work
#: is paid once per batch rather than once per Doc.
BATCH_DOCS = 64
#: Regex answers kept per test before the memo is emptied (it is keyed by string hash).
_REGEX_MEMO_LIMIT = 100_000
#: Lemmas kept by (text, POS, morphology) before the memo is emptied, so that memory does
#: not grow with the corpus (about 26,000 keys for the 897 BBC articles and the eval sets).
LEMMA_MEMO_LIMIT = 50_000


class UnsupportedRule(ValueError):
    """A ruler pattern or attribute this module cannot evaluate on columns."""


class _Test:
    """One condition on one column: equality, ``IN``, ``NOT_IN`` or ``REGEX``."""

    __slots__ = ("attr", "key", "kind", "memo", "value")

    def __init__(self, attr: int, kind: str, value: Any) -> None:
        self.attr, self.kind, self.value = attr, kind, value
        self.memo: dict[int, bool] = {}
        # the same test in several rules is evaluated once per batch
        plain = value.pattern if kind == "regex" else value
        self.key = (attr, kind, tuple(plain.tolist()) if isinstance(plain, numpy.ndarray) else plain)

    def holds(self, column: numpy.ndarray, strings: Any) -> numpy.ndarray:
        if self.kind == "eq":
            return column == self.value
        if self.kind in ("in", "not_in"):
            found = numpy.isin(column, self.value)
            return found if self.kind == "in" else ~found
        # REGEX: search the string, as the Matcher's predicate does; memoised by hash
        if len(self.memo) > _REGEX_MEMO_LIMIT:
            self.memo.clear()
        unique, where = numpy.unique(column, return_inverse=True)
        answers = []
        for value in unique.tolist():
            answer = self.memo.get(value)
            if answer is None:
                answer = self.memo[value] = bool(self.value.search(strings[value]))
            answers.append(answer)
        return numpy.array(answers, dtype=bool)[where.reshape(-1)]


def _attr_id(name: Any) -> int:
    if isinstance(name, int):
        return name
    upper = str(name).upper()
    if upper in ("_", "OP") or upper not in IDS and upper not in _NAME_ALIASES:
        raise UnsupportedRule(f"pattern key {name!r}")
    return IDS[_NAME_ALIASES.get(upper, upper)]


def _compile_token(spec: dict, strings: Any) -> list[_Test]:
    """The tests of one token of a Matcher pattern, valued as the Matcher values them."""
    tests = []
    for name, value in spec.items():
        attr = _attr_id(name)
        if attr not in _STRING_TESTABLE and attr not in _FLAG_TESTABLE:
            raise UnsupportedRule(f"attribute {name!r}")
        if isinstance(value, bool):
            tests.append(_Test(attr, "eq", int(value)))
        elif isinstance(value, int):
            tests.append(_Test(attr, "eq", value))
        elif isinstance(value, str):
            tests.append(_Test(attr, "eq", strings.add(value)))
        elif isinstance(value, dict):
            for op, operand in value.items():
                if op in ("IN", "NOT_IN") and isinstance(operand, list):
                    if not all(isinstance(v, (str, int)) for v in operand):
                        raise UnsupportedRule(f"{op} values {operand!r}")
                    ids = numpy.array([get_string_id(v) for v in operand], dtype=numpy.uint64)
                    tests.append(_Test(attr, op.lower(), ids))
                elif op == "REGEX" and isinstance(operand, str) and attr in _STRING_TESTABLE:
                    tests.append(_Test(attr, "regex", re.compile(operand)))
                else:
                    raise UnsupportedRule(f"predicate {op!r} on {name!r}")
        else:
            raise UnsupportedRule(f"value {value!r} of {name!r}")
    return tests


class _Rule:
    """One ruler entry: its patterns (each a list of token tests and the offset of the
    token it sets) and the attributes it sets, as (attribute, value hash)."""

    __slots__ = ("patterns", "sets")

    def __init__(self, patterns: list[tuple[list[list[_Test]], int]], sets: list[tuple[int, int]]) -> None:
        self.patterns, self.sets = patterns, sets


def compile_rules(ruler: Any) -> list[_Rule]:
    """The stock ruler's rules in order, compiled; raises :class:`UnsupportedRule` for any
    rule that cannot be evaluated exactly on columns."""
    strings = ruler.vocab.strings
    rules = []
    for patterns, attrs, index in zip(
        (ruler.matcher.get(str(i))[1] for i in range(len(ruler.attrs))),
        ruler.attrs,
        ruler.indices,
        strict=True,
    ):
        sets = []
        for attr, value in attrs.items():
            if attr not in _SETTABLE or not isinstance(value, int):
                raise UnsupportedRule(f"sets {attr!r}")
            sets.append((attr, value))
        compiled = []
        for pattern in patterns:
            offset = index if index >= 0 else len(pattern) + index
            if not pattern or not 0 <= offset < len(pattern):
                raise UnsupportedRule(f"index {index} of a {len(pattern)}-token pattern")
            compiled.append(([_compile_token(spec, strings) for spec in pattern], offset))
        rules.append(_Rule(compiled, sets))
    return rules


def _joined(docs: list[Doc], attrs: list[int]) -> numpy.ndarray:
    arrays = [doc.to_array(list[int | str](attrs)) for doc in docs]
    return arrays[0] if len(arrays) == 1 else numpy.concatenate(arrays)


class _Batch:
    """The columns of a batch of Docs joined end to end, and the token masks of the tests
    evaluated on them so far (a test shared by several rules is evaluated once)."""

    def __init__(self, docs: list[Doc], read: list[int]) -> None:
        self.docs = docs
        self.lengths = [len(doc) for doc in docs]
        self.n = n = sum(self.lengths)
        joined = _joined(docs, read) if read else numpy.zeros((n, 0), dtype=numpy.uint64)
        self.columns = {attr: numpy.ascontiguousarray(joined[:, j]) for j, attr in enumerate(read)}
        # token i and token i + k are in the same Doc when their Doc numbers are equal
        self.doc_number = numpy.repeat(numpy.arange(len(docs)), self.lengths)
        self.strings = docs[0].vocab.strings
        self.masks: dict[tuple, numpy.ndarray] = {}

    def token_mask(self, tests: list[_Test]) -> numpy.ndarray | None:
        """Tokens passing every test (None: no test, any token)."""
        mask = None
        for test in tests:
            held = self.masks.get(test.key)
            if held is None:
                held = self.masks[test.key] = test.holds(self.columns[test.attr], self.strings)
            mask = held if mask is None else mask & held
        return mask

    def hits(self, rule: _Rule) -> numpy.ndarray | None:
        """The tokens ``rule`` sets: the target token of each match of any of its patterns
        (None when it matches nowhere)."""
        n, hit = self.n, None
        for tokens, offset in rule.patterns:
            width = len(tokens)
            if width > n:
                continue
            starts = numpy.ones(n - width + 1, dtype=bool)
            for k, tests in enumerate(tokens):
                mask = self.token_mask(tests)
                if mask is not None:
                    starts &= mask[k : n - width + 1 + k]
            if width > 1:  # no match across two Docs
                starts &= self.doc_number[: n - width + 1] == self.doc_number[width - 1 :]
            targets = numpy.zeros(n, dtype=bool)
            targets[offset : offset + len(starts)] = starts
            hit = targets if hit is None else hit | targets
        return hit if hit is not None and hit.any() else None

    def write(self, attrs: list[int], values: numpy.ndarray) -> None:
        """Set ``attrs`` of each Doc from its rows of ``values``."""
        start = 0
        for doc, length in zip(self.docs, self.lengths, strict=True):
            doc.from_array(list[int | str](attrs), cast(Any, values[start : start + length]))
            start += length


class ColumnAttributeRuler:
    """The stock attribute ruler's rules applied with numpy (see the module docstring)."""

    def __init__(self, stock: Any) -> None:
        self.stock = stock
        self.name = stock.name
        self._write = list(_SETTABLE)
        self._compile()

    def _signature(self) -> tuple[int, int]:
        # ``add`` appends to the stock ruler's list of rules; ``clear`` (from ``initialize``,
        # ``from_bytes``, ``load_from_*``) makes a new one
        return id(self.stock.attrs), len(self.stock.attrs)

    def _compile(self) -> None:
        try:
            self.rules: list[_Rule] | None = compile_rules(self.stock)
        except UnsupportedRule:
            self.rules = None  # every Doc goes to the stock ruler
        tested = {t.attr for r in self.rules or () for p, _ in r.patterns for spec in p for t in spec}
        self._read = sorted(tested)
        self._compiled_for = self._signature()

    def _current(self) -> list[_Rule] | None:
        """The rules, compiled again when the stock ruler's were changed after load."""
        if self._signature() != self._compiled_for:
            self._compile()
        return self.rules

    def __call__(self, doc: Doc) -> Doc:
        if self._current() is None:
            return self.stock(doc)
        self.apply([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        if self._current() is None:
            yield from self.stock.pipe(docs, batch_size=batch_size)
            return
        for batch in minibatch(docs, BATCH_DOCS):
            self.apply(batch)
            yield from batch

    def apply(self, docs: list[Doc]) -> None:
        """Set the rules' attributes on ``docs`` (matched on the Docs as they are now)."""
        docs = [doc for doc in docs if len(doc)]
        if not docs or self.rules is None:
            return
        batch = _Batch(docs, self._read)
        before = _joined(docs, self._write)
        after = before.copy()
        out = {attr: after[:, j] for j, attr in enumerate(self._write)}
        for rule in self.rules:  # in order: a later rule's value wins
            hit = batch.hits(rule)
            if hit is not None:
                for attr, value in rule.sets:
                    out[attr][hit] = value
        changed = [j for j in range(len(self._write)) if not numpy.array_equal(before[:, j], after[:, j])]
        if changed:
            batch.write([self._write[j] for j in changed], after[:, changed])

    def __getattr__(self, name: str) -> Any:
        # patterns, matcher, vocab, to_bytes ...: the stock ruler's
        if name.startswith("__") or name == "stock":
            raise AttributeError(name)
        return getattr(self.stock, name)


class WordIndex(list):
    """A part of speech's word list from the lemmatizer's ``lemma_index`` table, answering
    ``in`` from a set. The model ships each list as a plain list (57,528 nouns) and the stock
    ``rule_lemmatize`` asks ``form in index`` for every candidate form of every new word;
    held as this, the stock method runs unchanged and its answers stay the same. It is still
    a list, so the lookups serialise as before."""

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self.words = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self.words


def index_words_as_sets(stock: Any) -> None:
    """Hold each word list of ``stock``'s ``lemma_index`` table as a :class:`WordIndex`."""
    table = stock.lookups.get_table("lemma_index", None)
    if table is None:
        return
    for key in list(table.keys()):
        words = table[key]
        if isinstance(words, list) and not isinstance(words, WordIndex):
            table[key] = WordIndex(words)


class ColumnLemmatizer:
    """The stock lemmatizer's lemmas set by column, memoised on (text, POS, morphology)."""

    def __init__(self, stock: Any) -> None:
        self.stock = stock
        self.name = stock.name
        required, _optional = stock.get_lookups_config(stock.mode)
        # the rule and lookup modes are pure functions of the memo key; any other mode, or
        # tables missing (the stock component raises its own error), goes to the stock one
        self.exact = stock.mode in ("rule", "lookup") and all(t in stock.lookups for t in required)
        self.memo: dict[tuple[int, int, int], int] = {}
        if stock.mode == "rule":
            index_words_as_sets(stock)
        self.forms: Callable[[Token], list[str]] = stock.lemmatize

    def __call__(self, doc: Doc) -> Doc:
        if not self.exact:
            return self.stock(doc)
        self.apply(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        if not self.exact:
            yield from self.stock.pipe(docs, batch_size=batch_size)
            return
        for doc in docs:
            self.apply(doc)
            yield doc

    @contextmanager
    def memory_zone(self, mem: object = None) -> Iterator[None]:
        """Part of spaCy's ``nlp.memory_zone``: the memo holds string hashes, which the vocab
        forgets when the zone ends, so the memo is emptied then too."""
        try:
            yield
        finally:
            self.memo.clear()

    def apply(self, doc: Doc) -> None:
        """Set the lemma of each token that has none (each token, with ``overwrite``)."""
        if not len(doc):
            return
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = columns[:, 3].copy()
        todo = range(len(doc)) if self.stock.overwrite else numpy.flatnonzero(lemmas == 0).tolist()
        if not len(todo):
            return
        keys = columns[:, :3].tolist()
        if len(self.memo) > LEMMA_MEMO_LIMIT:
            self.memo.clear()
            self.stock.cache.clear()  # the stock method's own memo, keyed the same way
        memo, forms, strings = self.memo, self.forms, doc.vocab.strings
        for i in todo:
            key = tuple(keys[i])
            lemma = memo.get(key)  # type: ignore[call-overload]
            if lemma is None:
                lemma = strings.add(forms(doc[i])[0])
                if key[1]:  # no POS: the stock component warns each time; so do we
                    memo[key] = lemma  # type: ignore[index]
            lemmas[i] = lemma
        doc.from_array([LEMMA], cast(Any, lemmas))

    def __getattr__(self, name: str) -> Any:
        # rule_lemmatize, lookups, cache, mode ...: the stock lemmatizer's
        if name.startswith("__") or name == "stock":
            raise AttributeError(name)
        return getattr(self.stock, name)


register_wrapper(
    COLUMN_RULER,
    ["token.tag", "token.pos", "token.morph", "token.lemma", "token.dep"],
    ColumnAttributeRuler,
)
register_wrapper(COLUMN_LEMMATIZER, ["token.lemma"], ColumnLemmatizer)


def use_column_rules(nlp: Language) -> None:
    """Replace the pipeline's ``attribute_ruler`` and ``lemmatizer`` (when it has them, and
    they are the stock kinds) by their column versions, under the same names and places."""
    from spacy.pipeline import AttributeRuler

    swap_in(nlp, "attribute_ruler", AttributeRuler, COLUMN_RULER)
    swap_in(nlp, "lemmatizer", Lemmatizer, COLUMN_LEMMATIZER)
