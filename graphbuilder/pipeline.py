"""The whole flow in one place: ingest → nlp → extract → events → resolve → graph.

    articles = reader(inputs)                        ingest: paths, texts, Articles
    doc = nlp(article.text)                          nlp: the pinned spaCy pipeline
    candidates = extractor(doc, article)             extract: statement candidates
    codes = classifier.classify(candidates)          events: PLOVER type + CAMEO code
    graph = resolve_article(article, doc, ...)       resolve: entities, statements, evidence
    graph = classifier.for_subject(...)              events: codes that depend on the resolved subject
    graph = default_model().rescored(graph)          trust: confidence learned from judges' verdicts
    graph = above(graph, min_confidence)             trust: evidence below the floor left out
    kg.add_article(graph)                            graph: merge by key (in ``api``)

Every stage is an object passed to :class:`Pipeline`, with a default, so a different
extractor or event classifier plugs in without editing the package::

    class MyExtractor:
        def __call__(self, doc, article):
            yield TextCandidate(subject=(0, 5), predicate="met", object=(10, 15))

    kg = KnowledgeGraph()
    for article_graph in Pipeline(extractor=MyExtractor()).run(["Putin met Orban."]):
        kg.add(article_graph)

The protocols are small on purpose: an :class:`Extractor` returns spaCy
:class:`~graphbuilder.extract.candidate.Candidate` objects or, if it does not work on
tokens, :class:`~graphbuilder.extract.candidate.TextCandidate` objects (character
offsets), which the pipeline aligns to the parsed Doc. An :class:`EventClassifier` gives
one ``(event_type, cameo_code)`` per candidate and may refine it once the subject's actor
code is known.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Protocol

from graphbuilder.ingest import Input, iter_articles
from graphbuilder.model import Argument, Article
from graphbuilder.report import RunReport

if TYPE_CHECKING:  # the stages load spaCy: imported when they first run, not with this module
    from spacy.tokens import Doc

    from graphbuilder.extract.candidate import Candidate, TextCandidate
    from graphbuilder.resolve import ArticleGraph
    from graphbuilder.resolve.article import EventCode

__all__ = [
    "EventClassifier",
    "Extractor",
    "Pipeline",
    "Reader",
    "RuleEventClassifier",
    "SkippedInputWarning",
    "spacy_extractor",
]

ProgressHook = Callable[[Article], None]


class Extractor(Protocol):
    """Statement candidates of one parsed article."""

    def __call__(self, doc: Doc, article: Article) -> Iterable[Candidate | TextCandidate]: ...


class EventClassifier(Protocol):
    """Event types for the candidates of one article."""

    def classify(self, candidates: Sequence[Candidate]) -> list[EventCode]:
        """One ``(PLOVER event type, CAMEO code)`` per candidate; ``(None, None)``: no event."""
        ...

    def for_subject(self, code: EventCode, subject: Argument, doc: Doc) -> EventCode:
        """The code once the subject is resolved (its ``actor_code``, a pronoun's antecedent);
        return ``code`` to keep it."""
        ...


Reader = Callable[[Iterable[Input], RunReport], Iterator[Article]]


def spacy_extractor(doc: Doc, article: Article) -> Iterator[Candidate]:
    """The default extractor: dependency rules over the spaCy parse (:mod:`graphbuilder.extract`)."""
    from graphbuilder.extract import extract_candidates

    return extract_candidates(doc, reference_date=article.published)


class RuleEventClassifier:
    """The default classifier: CAMEO verb tables and rules (:mod:`graphbuilder.events`)."""

    def classify(self, candidates: Sequence[Candidate]) -> list[EventCode]:
        from graphbuilder import events

        return events.classify_all(candidates)

    def for_subject(self, code: EventCode, subject: Argument, doc: Doc) -> EventCode:
        """Codes some verbs take by who acts, then the political-actor gate on a resolved pronoun."""
        from graphbuilder import events

        by_actor = events.by_actor(code[0], code[1], subject.actor_code)
        return events.by_subject(by_actor[0], by_actor[1], subject, doc)


class SkippedInputWarning(UserWarning):
    """An input was skipped (unreadable, or extraction failed); the run went on."""


@dataclass
class Pipeline:
    """Articles in, one :class:`ArticleGraph` per article out; each stage replaceable."""

    extractor: Extractor = spacy_extractor
    classifier: EventClassifier = field(default_factory=RuleEventClassifier)
    reader: Reader = iter_articles
    model: str | None = None
    batch_size: int = 16
    n_process: int = 1
    #: Evidence below this confidence is left out of the graph. None: the learned model's floor
    #: (:data:`graphbuilder.trust.FLOOR`) for the default extractor, nothing left out for a
    #: plug-in extractor (its confidences mean what it says); 0 keeps everything.
    min_confidence: float | None = None
    #: The event types a model learned from news judges' verdicts finds doubtful
    #: (:mod:`graphbuilder.events.check`) are dropped. None (the default): in quoted speech,
    #: with a pronoun subject or object, a fronted object or a negation (its narrow scope,
    #: where no PLOVER record falls); True: in every typed statement (fewer types, more often
    #: right on news, but it drops intended acts, "will visit", that event codebooks such as
    #: PLOVER count); False: nowhere (the rules' types as they are).
    check_types: bool | None = None

    def run(
        self,
        inputs: Input | Iterable[Input],
        report: RunReport | None = None,
        on_article: ProgressHook | None = None,
    ) -> Iterator[ArticleGraph]:
        """Stream the inputs through every stage; memory stays flat on big corpora.

        Unreadable inputs and articles whose extraction fails are skipped and recorded in
        ``report``; without a report each one is a :class:`SkippedInputWarning`.
        """
        from graphbuilder.nlp import load_pipeline, parsing

        own_report = report is None
        report = RunReport() if report is None else report
        seen = len(report.skipped)
        nlp = load_pipeline(self.model)
        items = [inputs] if isinstance(inputs, (str, Article)) or not isinstance(inputs, Iterable) else inputs
        articles = within_limit(self.reader(items, report), nlp.max_length, report)
        docs = nlp.pipe(
            ((a.text, a) for a in articles),
            as_tuples=True,
            batch_size=self.batch_size,
            n_process=self.n_process,
        )
        for doc, article in parsing(docs):
            try:
                article_graph = self.process(article, doc)
            except Exception as err:  # a defect on one article must not sink the whole run
                report.skip(article.source or article.id, f"extraction failed ({type(err).__name__}: {err})")
            else:
                yield article_graph
                if on_article is not None:
                    on_article(article)
            if own_report:
                seen = _warn_new_skips(report, seen)
        if own_report:
            _warn_new_skips(report, seen)

    def process(self, article: Article, doc: Doc) -> ArticleGraph:
        """Extract, type, resolve: what one parsed article contributes to a graph. The default
        extractor's confidences are then replaced by the learned model's (:mod:`graphbuilder.trust`);
        a plug-in extractor keeps its own. Evidence below ``min_confidence`` is left out."""
        from graphbuilder.events.check import checked
        from graphbuilder.extract.candidate import align
        from graphbuilder.resolve import resolve_article
        from graphbuilder.trust import FLOOR, above, default_model

        candidates = [align(doc, c) for c in self.extractor(doc, article)]
        codes = self.classifier.classify(candidates)
        graph = self._type_by_actor(resolve_article(article, doc, candidates, codes), doc)
        default = self.extractor is spacy_extractor
        if default:  # the learned models know this extractor's and classifier's habits only
            graph = default_model().rescored(graph)
            if self.check_types is not False and isinstance(self.classifier, RuleEventClassifier):
                graph = checked(graph, everywhere=bool(self.check_types))
        floor = self.min_confidence if self.min_confidence is not None else (FLOOR if default else 0.0)
        return above(graph, floor)

    def _type_by_actor(self, graph: ArticleGraph, doc: Doc) -> ArticleGraph:
        statements = []
        for st in graph.statements:
            code = (st.event_type, st.cameo_code)
            refined = self.classifier.for_subject(code, st.evidence[0].subject, doc)
            statements.append(
                st if refined == code else replace(st, event_type=refined[0], cameo_code=refined[1])
            )
        return graph._replace(statements=tuple(statements))


def within_limit(articles: Iterable[Article], max_length: int, report: RunReport) -> Iterator[Article]:
    """Articles the parser can take; a longer one is skipped with one line, the run goes on."""
    for article in articles:
        if len(article.text) > max_length:
            report.articles -= 1
            report.skip(
                article.source or article.id,
                f"text is {len(article.text):,} characters, over the parser's limit of {max_length:,} "
                "for one article; split it into several articles",
            )
            continue
        yield article


def _warn_new_skips(report: RunReport, seen: int) -> int:
    for source, reason in report.skipped[seen:]:
        warnings.warn(f"skipped {source}: {reason}", SkippedInputWarning, stacklevel=4)
    return len(report.skipped)
