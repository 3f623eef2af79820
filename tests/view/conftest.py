"""Graphs for the view tests: a small hand-made one with known counts, and the bundled examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuilder.graph import KnowledgeGraph
from graphbuilder.model import Argument, Article, Entity, Evidence, Mention, Sentence, Statement

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "graphbuilder" / "data" / "examples" / "articles.jsonl"

TRUMP = Entity("donald-trump", "Donald Trump", "Person", ("Trump",), "USAGOV", "USA")
PUTIN = Entity("vladimir-putin", "Vladimir Putin", "Person", ("Putin",), "RUSGOV", "RUS")
ZELENSKY = Entity("volodymyr-zelensky", "Volodymyr Zelensky", "Person", ("Zelensky",), "UKRGOV", "UKR")
EU = Entity("european-union", "European Union", "Organization", ("EU",), "IGOEEC", None)

#: (article id, published, sentence, subject, predicate, object or literal, event type, negated, event date)
FACTS = [
    ("a1", "2025-03-03", "Trump appealed to Putin.", TRUMP, "appealed_to", PUTIN, "REQUEST", False, None),
    ("a1", "2025-03-03", "Putin met Trump.", PUTIN, "met", TRUMP, "CONSULT", False, None),
    ("a2", "2025-03-12", "Trump appealed to Putin again.", TRUMP, "appealed_to", PUTIN, "REQUEST", False,
     None),
    ("a2", "2025-03-12", "The EU sanctioned Putin.", EU, "sanctioned", PUTIN, "SANCTION", False, None),
    ("a2", "2025-03-12", "Putin threatened Zelensky.", PUTIN, "threatened", ZELENSKY, "THREATEN", False,
     "2025-02-20"),
    ("a3", "2025-04-02", "Zelensky did not meet Putin.", ZELENSKY, "met", PUTIN, "CONSULT", True, None),
    ("a3", "2025-04-02", "Putin said the plan was dead.", PUTIN, "said", "the plan was dead", None, False,
     None),
    ("a4", None, "Zelensky criticised the EU.", ZELENSKY, "criticised", EU, "DISAPPROVE", False, None),
]


def small_graph() -> KnowledgeGraph:
    """Eight sentences in four articles (one undated), with every count the tests check known."""
    kg = KnowledgeGraph()
    by_article: dict[str, list[tuple]] = {}
    for fact in FACTS:
        by_article.setdefault(fact[0], []).append(fact)
    for article_id, facts in by_article.items():
        text = " ".join(f[2] for f in facts)
        article = Article(article_id, text, title=f"Article {article_id}", published=facts[0][1],
                          url=f"https://news.example.org/{article_id}")
        sentences, mentions, statements, entities = [], [], [], set()
        offset = 0
        for index, (_, _, sentence_text, subj, predicate, obj, event_type, negated, day) in enumerate(facts):
            sentence = Sentence(article_id, index, offset, offset + len(sentence_text), sentence_text)
            subj_text = subj.aliases[0]
            s_start = offset + sentence_text.index(subj_text)
            subject = Argument(subj_text, s_start, s_start + len(subj_text), subj.id, subj.name, subj.type)
            mentions.append(Mention(article_id, index, subject.start, subject.end, subj_text, subj.id))
            entities.add(subj)
            verb = sentence_text.split()[1 if not negated else 3]
            r_start = offset + sentence_text.index(verb)
            if isinstance(obj, Entity):
                o_text = obj.aliases[0]
                o_start = offset + sentence_text.rindex(o_text)
                argument = Argument(o_text, o_start, o_start + len(o_text), obj.id, obj.name, obj.type)
                mentions.append(Mention(article_id, index, o_start, o_start + len(o_text), o_text, obj.id))
                entities.add(obj)
                target: dict = {"object_id": obj.id}
            else:
                o_start = offset + sentence_text.index(obj)
                argument = Argument(obj, o_start, o_start + len(obj))
                target = {"object_literal": obj}
            ev = Evidence(article_id, sentence, subject, verb, r_start, r_start + len(verb), argument,
                          negated=negated, date=day, confidence=0.6)
            statements.append(Statement(subj.id, predicate, negated=negated, event_type=event_type,
                                        evidence=(ev,), **target))
            sentences.append(sentence)
            offset += len(sentence_text) + 1
        kg.add_article(article, sentences, sorted(entities, key=lambda e: e.id), mentions, statements)
    return kg


@pytest.fixture
def small() -> KnowledgeGraph:
    return small_graph()


@pytest.fixture(scope="session")
def example_graph() -> KnowledgeGraph:
    """The bundled example articles, built with the real pipeline."""
    import graphbuilder as gb

    return gb.build([EXAMPLES])


@pytest.fixture(scope="session")
def example_build(tmp_path_factory: pytest.TempPathFactory, example_graph: KnowledgeGraph) -> Path:
    """A build folder of the bundled examples."""
    from graphbuilder.sinks.folder import write_folder

    folder = tmp_path_factory.mktemp("build")
    write_folder(example_graph, folder, rdf=False)
    return folder
