"""A small hand-built KnowledgeGraph whose content is known exactly, no NLP involved.

It is the reference graph for the query library (each ``queries/*.cypher`` has known
results on it), and it carries the hostile text a loader must store verbatim: quotes,
backticks, braces, ``//``, ``*/`` and Cypher keywords in names, sentences and predicates.
Three articles by "Example Wire"; Putin, Trump, Zelensky, Ukraine, the outlet Strana, and
an entity whose name is an injection attempt.
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

#: A name and a sentence that would break any query they were spliced into.
HOSTILE_NAME = 'Robert\'); MATCH (n) DETACH DELETE n; // `x` {y: 1} */ "RETURN"'
HOSTILE_PREDICATE = "match (n) delete n //"

PUTIN = Entity(
    "vladimir-putin",
    "Vladimir Putin",
    "Person",
    ("Putin", "the Russian leader"),
    "RUSGOV",
    "RUS",
    "VLADIMIR_PUTIN",
)
TRUMP = Entity("donald-trump", "Donald Trump", "Person", ("Trump",), "USAGOV", "USA", "DONALD_TRUMP")
ZELENSKY = Entity("volodymyr-zelensky", "Volodymyr Zelensky", "Person", ("Zelensky",), "UKRGOV", "UKR")
UKRAINE = Entity("ukraine", "Ukraine", "Place", (), "UKR", "UKR")
STRANA = Entity("strana", "Strana", "Organization", (), None, "UKR")
HOSTILE = Entity(
    "hostile",
    HOSTILE_NAME,
    "Person",
    ("*/ MERGE (x) //", "\\u0027}) RETURN 1 //", "ends \\", "$rows; :param x => 1"),
)

# (article id, url, date, sentences); statements refer to sentences by (article, index).
_ARTICLES = [
    (
        "a1",
        "https://news.example.org/2025/03/14/appeal",
        "2025-03-14",
        [
            "Trump appealed to Putin to spare the soldiers.",
            "Putin will not meet Trump, the Kremlin said.",
        ],
    ),
    (
        "a2",
        "https://news.example.org/2025/03/20/threat",
        "2025-03-20",
        [
            "Putin threatened Zelensky.",
            "Trump again appealed to Putin on Thursday.",
            "Zelensky demanded a ceasefire, as quoted by Strana.",
        ],
    ),
    (
        "a3",
        "https://news.example.org/2025/03/25/talks",
        "2025-03-25",
        [
            "Putin met Trump in Riyadh.",
            HOSTILE_NAME + " criticized Putin in a post about Ukraine: {`*/ //}.",
        ],
    ),
]


def _sentences() -> dict[tuple[str, int], Sentence]:
    out = {}
    for article_id, _, _, texts in _ARTICLES:
        offset = 0
        for i, text in enumerate(texts):
            out[(article_id, i)] = Sentence(article_id, i, offset, offset + len(text), text)
            offset += len(text) + 1
    return out


def _arg(sentence: Sentence, surface: str, entity: Entity | None) -> Argument:
    start = sentence.start + sentence.text.index(surface)
    if entity is None:
        return Argument(surface, start, start + len(surface))
    return Argument(
        surface,
        start,
        start + len(surface),
        entity.id,
        entity.name,
        entity.type,
        entity.actor_code,
        entity.country,
    )


def _evidence(
    sentence: Sentence,
    subject: tuple[str, Entity],
    relation: str,
    obj: tuple[str, Entity | None],
    **extra: object,
) -> Evidence:
    rel_start = sentence.start + sentence.text.index(relation)
    return Evidence(
        sentence.article_id,
        sentence,
        _arg(sentence, *subject),
        relation,
        rel_start,
        rel_start + len(relation),
        _arg(sentence, *obj),
        **extra,  # type: ignore[arg-type]
    )


def sample_graph() -> KnowledgeGraph:
    """The reference graph: 3 articles, 7 sentences, 6 entities, 7 statements (8 evidence)."""
    s = _sentences()
    statements = [
        Statement(
            TRUMP.id,
            "appeal_to",
            PUTIN.id,
            event_type="REQUEST",
            cameo_code="020",
            evidence=(
                _evidence(s["a1", 0], ("Trump", TRUMP), "appealed to", ("Putin", PUTIN), confidence=0.8),
                _evidence(s["a2", 1], ("Trump", TRUMP), "appealed to", ("Putin", PUTIN), confidence=0.5),
            ),
        ),
        Statement(
            PUTIN.id,
            "meet",
            TRUMP.id,
            negated=True,
            event_type="CONSULT",
            cameo_code="036",
            evidence=(
                _evidence(
                    s["a1", 1],
                    ("Putin", PUTIN),
                    "meet",
                    ("Trump", TRUMP),
                    negated=True,
                    modality="will",
                    confidence=0.6,
                ),
            ),
        ),
        Statement(
            PUTIN.id,
            "meet",
            TRUMP.id,
            event_type="CONSULT",
            cameo_code="040",
            evidence=(
                _evidence(
                    s["a3", 0], ("Putin", PUTIN), "met", ("Trump", TRUMP), date="2025-03-24", confidence=0.9
                ),
            ),
        ),
        Statement(
            PUTIN.id,
            "threaten",
            ZELENSKY.id,
            event_type="THREATEN",
            cameo_code="130",
            evidence=(
                _evidence(s["a2", 0], ("Putin", PUTIN), "threatened", ("Zelensky", ZELENSKY), confidence=0.7),
            ),
        ),
        Statement(
            ZELENSKY.id,
            "demand",
            object_literal="ceasefire",
            event_type="DEMAND",
            cameo_code="100",
            evidence=(
                _evidence(
                    s["a2", 2],
                    ("Zelensky", ZELENSKY),
                    "demanded",
                    ("a ceasefire", None),
                    attributed_to=EntityRef(ZELENSKY.id, ZELENSKY.name),
                    reported_by=EntityRef(STRANA.id, STRANA.name),
                    confidence=0.6,
                ),
            ),
        ),
        Statement(
            HOSTILE.id,
            "criticize",
            PUTIN.id,
            event_type="DISAPPROVE",
            cameo_code="111",
            evidence=(
                _evidence(
                    s["a3", 1], (HOSTILE_NAME, HOSTILE), "criticized", ("Putin", PUTIN), confidence=0.5
                ),
            ),
        ),
        Statement(
            HOSTILE.id,
            HOSTILE_PREDICATE,
            UKRAINE.id,
            evidence=(
                _evidence(s["a3", 1], (HOSTILE_NAME, HOSTILE), "post", ("Ukraine", UKRAINE), confidence=0.3),
            ),
        ),
    ]
    kg = KnowledgeGraph()
    entities = [PUTIN, TRUMP, ZELENSKY, UKRAINE, STRANA, HOSTILE]
    by_name = {
        "Putin": PUTIN,
        "Ukraine": UKRAINE,
        "Trump": TRUMP,
        "Zelensky": ZELENSKY,
        "Strana": STRANA,
        HOSTILE_NAME: HOSTILE,
    }
    for article_id, url, date, texts in _ARTICLES:
        sentences = [s[article_id, i] for i in range(len(texts))]
        text = " ".join(texts)
        mentions = [
            Mention(
                article_id,
                sent.index,
                sent.start + sent.text.index(name),
                sent.start + sent.text.index(name) + len(name),
                name,
                entity.id,
            )
            for sent in sentences
            for name, entity in by_name.items()
            if name in sent.text
        ]
        kg.add_article(
            Article(
                article_id,
                text,
                title=f"Example {article_id}",
                url=url,
                published=date,
                publisher="Example Wire",
            ),
            sentences,
            entities,
            mentions,
            [st for st in statements if any(ev.article_id == article_id for ev in st.evidence)],
        )
    return kg
