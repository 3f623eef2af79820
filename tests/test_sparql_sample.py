"""A small hand-built KnowledgeGraph whose every fact the SPARQL tests know exactly.

Other SPARQL/RDF test modules load :func:`sample_kg` from this file by path (extraction is
improved concurrently, so exact expected rows need a graph independent of it).
"""

from __future__ import annotations

from graphbuilder.graph import KnowledgeGraph
from graphbuilder.model import (
    Argument,
    Article,
    Entity,
    EntityRef,
    Evidence,
    Mention,
    Sentence,
    Statement,
)

A1_TEXT = (
    "US President Donald Trump appealed to Vladimir Putin to spare the soldiers, TASS reports.\n"
    "Putin proposed a surrender.\n"
    '"We will not attack them," Putin said.\n'
)
A2_TEXT = (
    "Zelensky rejected the proposal, as quoted by Strana.\n"
    "Trump did not appeal to Putin, Zelensky said.\n"
    "Trump appealed to Putin again on Friday.\n"
)

ENTITIES = {
    "donald-trump": Entity(
        "donald-trump",
        "Donald Trump",
        "Person",
        ("Trump", "US President Donald Trump"),
        "USAGOV",
        "USA",
        "DONALD_TRUMP",
    ),
    "vladimir-putin": Entity(
        "vladimir-putin", "Vladimir Putin", "Person", ("Putin",), "RUSGOV", "RUS", "VLADIMIR_PUTIN"
    ),
    "volodymyr-zelensky": Entity(
        "volodymyr-zelensky", "Volodymyr Zelensky", "Person", ("Zelensky",), "UKRGOV", "UKR"
    ),
    "tass": Entity("tass", "TASS", "Organization", (), "RUSMED", "RUS"),
    "strana": Entity("strana", "Strana", "Organization", (), "UKRMED", "UKR"),
    "ukrainian-soldiers": Entity(
        "ukrainian-soldiers", "Ukrainian soldiers", "Group", ("the soldiers",), "UKRMIL", "UKR"
    ),
}


def _find(text: str, phrase: str, start: int = 0) -> tuple[int, int]:
    i = text.index(phrase, start)
    return i, i + len(phrase)


def _sentences(article_id: str, text: str) -> list[Sentence]:
    out, pos = [], 0
    for i, line in enumerate(text.splitlines(keepends=True)):
        body = line.rstrip("\n")
        out.append(Sentence(article_id, i, pos, pos + len(body), body))
        pos += len(line)
    return out


def _arg(text: str, sent: Sentence, phrase: str, entity_id: str | None) -> Argument:
    s, e = _find(text, phrase, sent.start)
    if entity_id is None:
        return Argument(phrase, s, e)
    ent = ENTITIES[entity_id]
    return Argument(phrase, s, e, ent.id, ent.name, ent.type, ent.actor_code, ent.country)


def _ev(
    article_id: str,
    text: str,
    sent: Sentence,
    subj: tuple[str, str | None],
    rel: str,
    obj: tuple[str, str | None],
    **kw: object,
) -> Evidence:
    rs, re_ = _find(text, rel, sent.start)
    return Evidence(article_id, sent, _arg(text, sent, *subj), rel, rs, re_, _arg(text, sent, *obj), **kw)  # type: ignore[arg-type]


def _ref(entity_id: str) -> EntityRef:
    return EntityRef(entity_id, ENTITIES[entity_id].name)


def sample_kg() -> KnowledgeGraph:
    """Two articles, six entities, five statements (one both asserted and denied)."""
    kg = KnowledgeGraph()
    a1 = Article(
        "a1-kursk",
        A1_TEXT,
        "Trump appeals to Putin",
        "https://news.example.org/a1",
        "2025-03-14",
        "Example Wire",
    )
    a2 = Article(
        "a2-reply",
        A2_TEXT,
        "Zelensky rejects proposal",
        "https://news.example.org/a2",
        "2025-03-15",
        "Other Post",
    )
    s1 = _sentences(a1.id, A1_TEXT)
    s2 = _sentences(a2.id, A2_TEXT)
    appeal_1 = _ev(
        a1.id,
        A1_TEXT,
        s1[0],
        ("US President Donald Trump", "donald-trump"),
        "appealed to",
        ("Vladimir Putin", "vladimir-putin"),
        reported_by=_ref("tass"),
        date="2025-03-14",
        confidence=0.8,
    )
    propose = _ev(
        a1.id,
        A1_TEXT,
        s1[1],
        ("Putin", "vladimir-putin"),
        "proposed",
        ("a surrender", None),
        date="2025-03-14",
        confidence=0.7,
    )
    attack = _ev(
        a1.id,
        A1_TEXT,
        s1[2],
        ("We", "vladimir-putin"),
        "attack",
        ("them", "ukrainian-soldiers"),
        negated=True,
        modality="will",
        attributed_to=_ref("vladimir-putin"),
        confidence=0.6,
    )
    reject = _ev(
        a2.id,
        A2_TEXT,
        s2[0],
        ("Zelensky", "volodymyr-zelensky"),
        "rejected",
        ("the proposal", None),
        reported_by=_ref("strana"),
        date="2025-03-15",
        confidence=0.9,
    )
    denial = _ev(
        a2.id,
        A2_TEXT,
        s2[1],
        ("Trump", "donald-trump"),
        "appeal to",
        ("Putin", "vladimir-putin"),
        negated=True,
        attributed_to=_ref("volodymyr-zelensky"),
        confidence=0.5,
    )
    appeal_2 = _ev(
        a2.id,
        A2_TEXT,
        s2[2],
        ("Trump", "donald-trump"),
        "appealed to",
        ("Putin", "vladimir-putin"),
        date="2025-03-14",
        confidence=0.5,
    )

    def mentions(
        article_id: str, text: str, sents: list[Sentence], spans: list[tuple[int, str, str]]
    ) -> list[Mention]:
        out = []
        for idx, phrase, eid in spans:
            s, e = _find(text, phrase, sents[idx].start)
            out.append(Mention(article_id, idx, s, e, phrase, eid))
        return out

    m1 = mentions(
        a1.id,
        A1_TEXT,
        s1,
        [
            (0, "US President Donald Trump", "donald-trump"),
            (0, "Vladimir Putin", "vladimir-putin"),
            (0, "the soldiers", "ukrainian-soldiers"),
            (0, "TASS", "tass"),
            (1, "Putin", "vladimir-putin"),
            (2, "Putin", "vladimir-putin"),
        ],
    )
    m2 = mentions(
        a2.id,
        A2_TEXT,
        s2,
        [
            (0, "Zelensky", "volodymyr-zelensky"),
            (0, "Strana", "strana"),
            (1, "Trump", "donald-trump"),
            (1, "Putin", "vladimir-putin"),
            (1, "Zelensky", "volodymyr-zelensky"),
            (2, "Trump", "donald-trump"),
            (2, "Putin", "vladimir-putin"),
        ],
    )
    kg.add_article(
        a1,
        s1,
        ENTITIES.values(),
        m1,
        [
            Statement(
                "donald-trump",
                "appealed_to",
                "vladimir-putin",
                event_type="REQUEST",
                cameo_code="020",
                evidence=(appeal_1,),
            ),
            Statement(
                "vladimir-putin",
                "proposed",
                object_literal="surrender",
                event_type="AGREE",
                cameo_code="030",
                evidence=(propose,),
            ),
            Statement(
                "vladimir-putin",
                "attack",
                "ukrainian-soldiers",
                negated=True,
                event_type="ASSAULT",
                cameo_code="180",
                evidence=(attack,),
            ),
        ],
    )
    kg.add_article(
        a2,
        s2,
        ENTITIES.values(),
        m2,
        [
            Statement(
                "volodymyr-zelensky",
                "rejected",
                object_literal="proposal",
                event_type="REJECT",
                cameo_code="120",
                evidence=(reject,),
            ),
            Statement(
                "donald-trump",
                "appealed_to",
                "vladimir-putin",
                negated=True,
                event_type="REQUEST",
                cameo_code="020",
                evidence=(denial,),
            ),
            Statement(
                "donald-trump",
                "appealed_to",
                "vladimir-putin",
                event_type="REQUEST",
                cameo_code="020",
                evidence=(appeal_2,),
            ),
        ],
    )
    return kg


def test_sample_graph_is_what_the_sparql_tests_expect() -> None:
    kg = sample_kg()
    assert kg.summary() == {
        "articles": 2,
        "sentences": 6,
        "entities": 6,
        "mentions": 13,
        "statements": 5,
        "asserted": 3,
        "evidence": 6,
    }
    for _, ev in kg.evidence():  # offsets click through to the text
        text = {"a1-kursk": A1_TEXT, "a2-reply": A2_TEXT}[ev.article_id]
        assert text[ev.subject.start : ev.subject.end] == ev.subject.text
        assert text[ev.relation_start : ev.relation_end] == ev.relation_text
        assert text[ev.object.start : ev.object.end] == ev.object.text
        assert text[ev.sentence.start : ev.sentence.end] == ev.sentence.text
