"""Merge by key, derived from what the articles still present contributed: no stale data on a
rebuild, and the same graph whatever order the articles arrive in (KnowledgeGraph and graph.db)."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

from graphbuilder.buildfolder import write_outputs
from graphbuilder.buildfolder.database import GraphDatabase, add_all
from graphbuilder.buildfolder.rows import article_rows
from graphbuilder.graph import KnowledgeGraph
from graphbuilder.model import Argument, Article, Entity, Evidence, Mention, Sentence, Statement
from graphbuilder.resolve import ArticleGraph


def _article(article_id: str, text: str, entity: Entity, predicate: str = "visited",
             event_type: str | None = None) -> ArticleGraph:
    """'<name> <predicate> London.' with ``entity`` as subject, as a pipeline would give it."""
    london = Entity("london", "London", "Place")
    name = text.split(" ")[0] if not text.startswith("Mr ") else " ".join(text.split(" ")[:2])
    sentence = Sentence(article_id, 0, 0, len(text), text)
    subj = Argument(name, 0, len(name), entity.id, entity.name, entity.type)
    o = text.index("London")
    obj = Argument("London", o, o + 6, london.id, london.name, london.type)
    r = len(name) + 1
    ev = Evidence(article_id, sentence, subj, predicate, r, r + len(predicate), obj, confidence=0.5)
    st = Statement(entity.id, predicate, london.id, event_type=event_type, evidence=(ev,))
    mentions = (Mention(article_id, 0, 0, len(name), name, entity.id),
                Mention(article_id, 0, o, o + 6, "London", london.id))
    return ArticleGraph(Article(article_id, text), (sentence,), (entity, london), mentions, (st,))


EDINBURGH_AS = {
    "a1": Entity("edinburgh", "Edinburgh", "Person"),
    "a2": Entity("edinburgh", "Edinburgh", "Place"),
    "a3": Entity("edinburgh", "Edinburgh", "Place", actor_code="GBR"),
}


def _edinburgh(article_id: str) -> ArticleGraph:
    return _article(article_id, "Edinburgh visited London.", EDINBURGH_AS[article_id],
                    event_type=None if article_id == "a1" else "CONSULT")


def _db_graph(folder: Path, graphs: list[ArticleGraph]) -> tuple[Entity, Statement]:
    folder.mkdir()
    db = GraphDatabase(folder / "graph.db")
    add_all(db, (article_rows(ag) for ag in graphs))
    e, st = db.entity("edinburgh"), next(db.statements())
    db.close()
    assert e is not None
    return e, st


def test_entity_types_and_codes_do_not_depend_on_article_order(tmp_path: Path) -> None:
    seen = set()
    for n, order in enumerate(permutations(["a1", "a2", "a3"])):
        kg = KnowledgeGraph()
        for article_id in order:
            kg.add(_edinburgh(article_id))
        e = kg.entities["edinburgh"]
        (st,) = kg.statements.values()
        db_e, db_st = _db_graph(tmp_path / str(n), [_edinburgh(a) for a in order])
        assert (db_e, db_st.event_type) == (e, st.event_type)
        seen.add((e.type, e.actor_code, st.event_type))
    assert seen == {("Place", "GBR", "CONSULT")}  # two votes for Place against one for Person


def test_a_tie_goes_to_the_earliest_article_whatever_the_order() -> None:
    types = set()
    for order in (["a1", "a2"], ["a2", "a1"]):
        kg = KnowledgeGraph()
        for article_id in order:
            kg.add(_edinburgh(article_id))
        types.add(kg.entities["edinburgh"].type)
    assert types == {"Person"}


MAJOR = Entity("john-major", "John Major", "Person", ("Mr Major",), country="GBR")


def test_rebuilding_an_article_drops_what_only_its_old_text_said(tmp_path: Path) -> None:
    old = _article("a1", "Mr Major visited London.", MAJOR, event_type="CONSULT")
    new = _article("a1", "Major visited London.", Entity("john-major", "John Major", "Person", ("Major",)))
    other = _article("a2", "Major visited London.", Entity("john-major", "John Major", "Other"))

    rebuilt = KnowledgeGraph()
    for ag in (old, other, new):
        rebuilt.add(ag)
    clean = KnowledgeGraph()
    for ag in (new, other):
        clean.add(ag)
    e = rebuilt.entities["john-major"]
    assert "Mr Major" not in e.aliases and e.country is None and e.type == "Person"
    assert rebuilt.entities == clean.entities
    assert [s.event_type for s in rebuilt.statements.values()] == [None]  # the old text's code is gone

    db = GraphDatabase(tmp_path / "graph.db")
    add_all(db, [article_rows(old), article_rows(other)])
    add_all(db, [article_rows(new)])
    assert db.entity("john-major") == e
    assert [s.event_type for s in db.statements()] == [None]
    db.close()


def test_a_rebuild_gives_the_outputs_of_a_clean_build(tmp_path: Path) -> None:
    old = _article("a1", "Mr Major visited London.", MAJOR, predicate="toured")
    new = _article("a1", "Major visited London.", Entity("john-major", "John Major", "Person", ("Major",)))
    other = _article("a2", "Edinburgh visited London.", EDINBURGH_AS["a2"])
    folders = {}
    for name, steps in (("rebuilt", [[old, other], [new]]), ("clean", [[other, new]])):
        folder = tmp_path / name
        folder.mkdir()
        db = GraphDatabase(folder / "graph.db")
        for step in steps:  # each step: a build (its rows, then its outputs)
            add_all(db, (article_rows(ag) for ag in step))
            write_outputs(db, folder)
        db.close()
        folders[name] = folder
    for output in ("statements.jsonl", "graph.trig"):
        assert (folders["rebuilt"] / output).read_bytes() == (folders["clean"] / output).read_bytes()
    trig = (folders["clean"] / "graph.trig").read_text()
    assert "Mr Major" not in trig and "toured" not in trig
