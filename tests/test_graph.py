"""KnowledgeGraph merge semantics, identity and the build-folder snapshot."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from graphbuilder.graph import KnowledgeGraph
from graphbuilder.model import (
    Argument,
    Article,
    Entity,
    Evidence,
    Mention,
    Sentence,
    Statement,
    entity_id,
    normalise_literal,
    slugify,
    statement_id,
)
from graphbuilder.sinks.snapshot import read_graph, write_graph

TRUMP = Entity("donald-trump", "Donald Trump", "Person", ("Trump",), "USAGOV", "USA")
PUTIN = Entity("vladimir-putin", "Vladimir Putin", "Person", ("Putin",), "RUSGOV", "RUS")


def article_graph(article_id: str, text: str, negated: bool = False) -> tuple:
    """A one-sentence article 'Trump appealed to Putin.' with one statement."""
    article = Article(article_id, text)
    s_start = text.index("Trump")
    sentence = Sentence(article_id, 0, 0, len(text), text)
    subj = Argument("Trump", s_start, s_start + 5, TRUMP.id, TRUMP.name, "Person")
    o_start = text.index("Putin")
    obj = Argument("Putin", o_start, o_start + 5, PUTIN.id, PUTIN.name, "Person")
    r_start = text.index("appealed")
    ev = Evidence(
        article_id, sentence, subj, "appealed to", r_start, r_start + 11, obj, negated=negated, confidence=0.6
    )
    st = Statement(TRUMP.id, "appealed_to", PUTIN.id, negated=negated, event_type="REQUEST", evidence=(ev,))
    mentions = (
        Mention(article_id, 0, subj.start, subj.end, "Trump", TRUMP.id),
        Mention(article_id, 0, obj.start, obj.end, "Putin", PUTIN.id),
    )
    return article, (sentence,), (TRUMP, PUTIN), mentions, (st,)


def test_statement_key_is_subject_predicate_object_polarity() -> None:
    a = Statement("a", "met", "b")
    assert a.id == Statement("a", "met", "b", event_type="CONSULT").id
    assert a.id != Statement("a", "met", "b", negated=True).id
    assert a.id != Statement("b", "met", "a").id
    lit = Statement("a", "proposed", object_literal="a ceasefire")
    assert lit.key[2] == "literal:a ceasefire"
    assert a.id == statement_id("a", "met", "b", False)


def test_identity_helpers() -> None:
    assert slugify("Vladimir Putin") == "vladimir-putin"
    assert slugify("Orbán, Viktor") == "orban-viktor"
    assert entity_id("Putin", gazetteer_id="VLADIMIR_PUTIN") == "vladimir-putin"
    assert normalise_literal("The  Surrender.") == "surrender"


def test_rebuilding_the_same_article_changes_nothing() -> None:
    kg = KnowledgeGraph()
    kg.add_article(*article_graph("a1", "Trump appealed to Putin."))
    before = (kg.summary(), list(kg.records()))
    kg.add_article(*article_graph("a1", "Trump appealed to Putin."))
    assert (kg.summary(), list(kg.records())) == before


def test_second_article_adds_evidence_not_statements() -> None:
    kg = KnowledgeGraph()
    kg.add_article(*article_graph("a1", "Trump appealed to Putin."))
    kg.add_article(*article_graph("a2", "Earlier, Trump appealed to Putin."))
    assert kg.summary()["statements"] == 1
    (st,) = kg.statements.values()
    assert [e.article_id for e in st.evidence] == ["a1", "a2"]
    assert st.confidence == round(1 - 0.4 * 0.4, 4)
    assert len(kg.entities) == 2


def test_negated_claim_is_a_separate_statement() -> None:
    kg = KnowledgeGraph()
    kg.add_article(*article_graph("a1", "Trump appealed to Putin."))
    kg.add_article(*article_graph("a2", "Trump never appealed to Putin.", negated=True))
    assert sorted(s.negated for s in kg.statements.values()) == [False, True]


def test_rebuilt_article_replaces_its_contribution() -> None:
    kg = KnowledgeGraph()
    kg.add_article(*article_graph("a1", "Trump appealed to Putin."))
    kg.add_article(*article_graph("a2", "Earlier, Trump appealed to Putin."))
    article, sentences, entities, mentions, statements = article_graph("a1", "Trump appealed to Putin.")
    kg.add_article(replace(article, text="Nothing happened."), (), (), (), ())
    (st,) = kg.statements.values()
    assert [e.article_id for e in st.evidence] == ["a2"]
    assert all(m.article_id == "a2" for m in kg.mentions.values())


def test_rebuilt_article_drops_entities_only_it_named() -> None:
    kg = KnowledgeGraph()
    kg.add_article(*article_graph("a1", "Trump appealed to Putin."))
    kg.add_article(*article_graph("a2", "Earlier, Trump appealed to Putin."))
    orban = Entity("viktor-orban", "Viktor Orban", "Person")
    text = "Orban met Trump."
    a3 = Article("a3", text)
    mention = Mention("a3", 0, 0, 5, "Orban", orban.id)
    kg.add_article(a3, (Sentence("a3", 0, 0, len(text), text),), (orban, TRUMP), (mention,), ())
    assert "viktor-orban" in kg.entities
    kg.add_article(replace(a3, text="Nothing happened."), (), (), (), ())
    assert sorted(kg.entities) == ["donald-trump", "vladimir-putin"]


def test_entities_merge_aliases_across_articles() -> None:
    kg = KnowledgeGraph()
    kg.add_entity(Entity("vladimir-putin", "Vladimir Putin", "Person", ("Putin",)))
    kg.add_entity(
        Entity("vladimir-putin", "Vladimir Putin", "Person", ("the Russian leader",), "RUSGOV", "RUS")
    )
    e = kg.entities["vladimir-putin"]
    assert e.aliases == ("Putin", "the Russian leader") and e.actor_code == "RUSGOV"
    assert kg.find_entities("the russian leader") == [e]


def test_merge_of_two_graphs_equals_building_together() -> None:
    together = KnowledgeGraph()
    together.add_article(*article_graph("a1", "Trump appealed to Putin."))
    together.add_article(*article_graph("a2", "Earlier, Trump appealed to Putin."))
    g1, g2 = KnowledgeGraph(), KnowledgeGraph()
    g1.add_article(*article_graph("a1", "Trump appealed to Putin."))
    g2.add_article(*article_graph("a2", "Earlier, Trump appealed to Putin."))
    assert list(g1.merge(g2).records()) == list(together.records())


def test_records_follow_the_public_statement_format() -> None:
    kg = KnowledgeGraph()
    kg.add_article(*article_graph("a1", "Trump appealed to Putin."))
    (record,) = kg.records()
    assert set(record) >= {
        "article_id",
        "statement_id",
        "sentence",
        "subject",
        "predicate",
        "relation_text",
        "object",
        "event_type",
        "negated",
        "modality",
        "attributed_to",
        "reported_by",
        "date",
        "confidence",
    }
    assert set(record["sentence"]) == {"index", "start", "end", "text"}
    assert set(record["subject"]) >= {"text", "start", "end", "entity_id", "name", "type"}
    assert record["predicate"] == "appealed_to" and record["relation_text"] == "appealed to"
    assert record["object"]["entity_id"] == "vladimir-putin"


def test_snapshot_round_trip(tmp_path: Path) -> None:
    kg = KnowledgeGraph()
    kg.add_article(*article_graph("a1", "Trump appealed to Putin."))
    kg.add_article(*article_graph("a2", "Trump never appealed to Putin.", negated=True))
    write_graph(kg, tmp_path)
    again = read_graph(tmp_path)
    assert list(again.records()) == list(kg.records())
    assert again.entities == kg.entities and again.mentions == kg.mentions
    assert again.articles == kg.articles


def test_networkx_view() -> None:
    kg = KnowledgeGraph()
    kg.add_article(*article_graph("a1", "Trump appealed to Putin."))
    g = kg.to_networkx()
    (edge,) = g.edges(data=True)
    assert edge[:2] == ("donald-trump", "vladimir-putin")
    assert edge[2]["predicate"] == "appealed_to" and edge[2]["evidence_count"] == 1
    assert g.nodes["vladimir-putin"]["actor_code"] == "RUSGOV"


def test_snapshot_records_are_the_dataclass_fields(tmp_path: Path) -> None:
    """graph.jsonl's records, built field by field for speed, are exactly ``asdict``'s."""
    from dataclasses import asdict

    from graphbuilder.model import EntityRef
    from graphbuilder.sinks.snapshot import _records

    kg = KnowledgeGraph()
    article, sentences, entities, mentions, (st,) = article_graph("a1", "Trump appealed to Putin.")
    ev = replace(st.evidence[0], attributed_to=EntityRef(PUTIN.id, PUTIN.name), modality="could",
                 date="2025-03-01")
    kg.add_article(replace(article, title="T", url="https://x.example/a1", published="2025-03-02"),
                   sentences, entities, mentions, (replace(st, evidence=(ev,)),))
    kg.add_article(*article_graph("a2", "Trump never appealed to Putin.", negated=True))
    kinds = {"Article": "article", "Sentence": "sentence", "Entity": "entity", "Mention": "mention",
             "Statement": "statement"}
    expected = [{"kind": "format", "version": 1}] + [
        {"kind": kinds[type(obj).__name__], **asdict(obj)}
        for obj in [
            *sorted(kg.articles.values(), key=lambda a: a.id),
            *sorted(kg.sentences.values(), key=lambda s: (s.article_id, s.index)),
            *sorted(kg.entities.values(), key=lambda e: e.id),
            *sorted(kg.mentions.values(), key=lambda m: (m.article_id, m.start, m.end)),
            *sorted(kg.statements.values(), key=lambda s: s.id),
        ]
    ]
    def lines(records: list) -> list[str]:  # as write_graph writes them (tuples and lists alike)
        return [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records]

    assert lines(list(_records(kg))) == lines(expected)


def test_reading_a_snapshot_shares_sentence_objects(tmp_path: Path) -> None:
    kg = KnowledgeGraph()
    kg.add_article(*article_graph("a1", "Trump appealed to Putin."))
    write_graph(kg, tmp_path)
    again = read_graph(tmp_path)
    (st,) = again.statements.values()
    assert st.evidence[0].sentence is again.sentences["a1#s0"]
