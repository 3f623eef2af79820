"""Event typing of candidates built over real parses: sentence -> (PLOVER type, CAMEO root)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from graphbuilder.events import classify
from graphbuilder.extract.candidate import Candidate


def _phrase(token: Token) -> Span:
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def candidate_for(doc: Doc, head: str, *, negated: bool = False, modality: str | None = None) -> Candidate:
    """A candidate whose head token is the first token with text ``head``, as an extractor
    would build it: subject and object phrases from the parse, particles in the relation."""
    verb = next(t for t in doc if t.text == head)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or [
        c for c in verb.children if c.dep_ == "poss"
    ]
    if not subjects and verb.dep_ == "conj":  # "expelled the monitors and forced ...": shared
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    subject = _phrase(subjects[0]) if subjects else doc[0:1]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "pobj")]
    preps = [c for c in verb.children if c.dep_ in ("prep", "prt")]
    if not objects and preps:
        objects = [c for c in preps[0].children if c.dep_ == "pobj"]
    relation = (verb, *preps[:1])
    predicate = "_".join(t.lower_ for t in relation)
    construct = "nominal" if verb.pos_ in ("NOUN", "PROPN") else "svo"
    obj = _phrase(objects[0]) if objects else None
    return Candidate(verb.sent, subject, relation, predicate, obj, verb, construct, negated, modality)


CASES = [
    ("Trump appealed to Putin to spare the Ukrainian soldiers.", "appealed", "REQUEST"),
    ("Putin proposed that Ukraine order a surrender.", "proposed", "REQUEST"),
    ("Washington urged Moscow to withdraw its forces.", "urged", "REQUEST"),
    ("Iran threatened to cut off electricity to Nakhichevan.", "threatened", "THREATEN"),
    ("The ministers condemned the attack on the embassy.", "condemned", "DISAPPROVE"),
    ("Amnesty International accused the government of torture.", "accused", "DISAPPROVE"),
    ("Hamas rejected the Egyptian proposal.", "rejected", "REJECT"),
    ("The European Union imposed sanctions on Russia.", "imposed", "SANCTION"),
    ("Rebels shelled the capital on Sunday.", "shelled", "FIGHT"),
    ("Gunmen assassinated the governor.", "assassinated", "ASSAULT"),
    ("Thousands of students staged a rally in the capital.", "staged", "PROTEST"),
    ("The two leaders held talks in Geneva.", "held", "CONSULT"),
    ("The Kurds demanded independence from Iraq.", "demanded", "DEMAND"),
    ("The commission investigated the killings.", "investigated", "INVESTIGATE"),
    ("The foreign minister praised the agreement.", "praised", "SUPPORT"),
    ("Jordan and Britain agreed to hold joint military exercises.", "agreed", "AGREE"),
    ("Jordan and Britain agreed to hold joint military exercises.", "hold", "AGREE"),
    ("Syria is willing to withdraw its troops from Lebanon.", "withdraw", "AGREE"),
    ("Pakistan refused to allow the inspectors into the country.", "refused", "REJECT"),
    ("Ghanaian authorities deported 168 Liberians.", "deported", "COERCE"),
    ("The army lifted the blockade on the city.", "lifted", "RETREAT"),
    ("The president visited Russia today.", "visited", "CONSULT"),
    ("The president will visit Albania in June.", "visit", "AGREE"),
    ("NATO would tighten the naval blockade of Serbia.", "tighten", "THREATEN"),
    ("Iraq said it would allow the return of the inspectors.", "said", "AGREE"),
    ("Guerrillas wounded two soldiers in a bomb attack.", "wounded", "ASSAULT"),
    ("Trump's appeal to Putin went unanswered.", "appeal", "REQUEST"),
    ("The offensive began at dawn.", "offensive", "FIGHT"),
    ("Heavy fighting between troops and rebels raged in the northern districts.", "raged", "FIGHT"),
    ("Norway suspended its development aid to the junta.", "suspended", "SANCTION"),
    ("The envoys ended their mediation efforts in Beirut.", "ended", "SANCTION"),
    ("The government expelled the monitors and forced the agency out.", "forced", "SANCTION"),
    ("The army lifted the siege of the town.", "lifted", "RETREAT"),
    ("The militia was guilty of violating the truce.", "was", "FIGHT"),
    ("The opposition leader said the cabinet must resign.", "said", "DEMAND"),
    ("The navy launched two weeks of joint exercises with Egypt.", "launched", "COOPERATE"),
]


@pytest.mark.parametrize(("text", "head", "expected"), CASES)
def test_event_types(nlp: Language, text: str, head: str, expected: str) -> None:
    event_type, code = classify(candidate_for(nlp(text), head))
    assert event_type == expected, (text, head, code)
    assert code is not None and code.isdigit()


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The minister said the weather was fine.", "said"),
        ("The report has three chapters.", "has"),
        ("Police said guerrillas wounded two soldiers.", "said"),  # the event is not the speaker's
    ],
)
def test_non_events(nlp: Language, text: str, head: str) -> None:
    assert classify(candidate_for(nlp(text), head)) == (None, None)


def test_negation_turns_cooperation_into_rejection_and_cancels_conflict(nlp: Language) -> None:
    agreed = classify(candidate_for(nlp("Israel did not agree to the ceasefire."), "agree", negated=True))
    attacked = classify(candidate_for(nlp("The army did not attack the village."), "attack", negated=True))
    assert agreed[0] == "REJECT"
    assert attacked == (None, None)


def test_future_modality_from_the_candidate(nlp: Language) -> None:
    doc = nlp("Palestinian leaders boycott all official contact with the United States.")
    assert classify(candidate_for(doc, "boycott"))[0] == "PROTEST"
    assert classify(candidate_for(doc, "boycott", modality="would"))[0] == "THREATEN"


@pytest.mark.parametrize(
    ("cameo", "actor_code", "expected"),
    [
        ("144", "RUSMIL", ("COERCE", "191")),  # troops blocking: a blockade
        ("1441", "PSEREBHMS", ("COERCE", "191")),
        ("144", "USACVL", ("PROTEST", "144")),  # civilians blocking a road: a protest
        ("144", None, ("PROTEST", "144")),
        ("190", "RUSMIL", ("FIGHT", "190")),  # other codes are untouched
    ],
)
def test_armed_actors_blockade_rather_than_protest(cameo: str, actor_code: str | None, expected) -> None:
    from graphbuilder.events import by_actor, plover_category

    assert by_actor(plover_category(cameo), cameo, actor_code) == expected


def test_resolved_military_subject_blockades(nlp: Language) -> None:
    from graphbuilder.ingest import article_from_text
    from graphbuilder.pipeline import Pipeline

    article = article_from_text("Russian forces blocked the road to the town.")
    doc = nlp(article.text)
    graph = Pipeline().process(article, doc)
    st = next(s for s in graph.statements if s.predicate == "blocked")
    assert (st.event_type, st.cameo_code) == ("COERCE", "191")


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("Israel launched airstrikes on Gaza on Monday.", {("struck", "Gaza", "FIGHT")}),
        ("The EU imposed new sanctions on Russia.", {("sanctioned", "Russia", "SANCTION")}),
    ],
)
def test_the_type_goes_to_the_frame_naming_the_target(nlp: Language, text: str, typed: set) -> None:
    from graphbuilder.events import classify_all
    from graphbuilder.extract import extract_candidates

    cands = list(extract_candidates(nlp(text)))
    found = {
        (c.predicate, c.object.text if c.object is not None else None, t[0])
        for c, t in zip(cands, classify_all(cands), strict=True)
        if t[0] is not None
    }
    assert found == typed
