"""What political news says people will say, have denied, would have done or were asked to do
is no event of theirs (session 23, a hand judgement of 214 typed statements in 150 BBC politics
articles). Made-up sentences through the real extractor and classifier; every NO_EVENT frame
was typed before its rule, and the event senses beside them keep their type."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphbuilder.events import classify_all
from graphbuilder.events.rules import directed
from graphbuilder.extract import extract_candidates


def typed(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    """(predicate, PLOVER type) of every frame of ``text``."""
    cands = list(extract_candidates(nlp(text)))
    return [(c.predicate, t[0]) for c, t in zip(cands, classify_all(cands), strict=True)]


def untyped(nlp: Language, text: str, predicate: str) -> bool:
    found = typed(nlp, text)
    return (predicate, None) in found and not [f for f in found if f[0] == predicate and f[1]]


# --- announcing or promising words is no intent and no threat -------------------------------


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # an attack in words announced: was THREATEN (the future of a FIGHT code)
        (
            "Tory leader Michael Howard will speak in Leeds. He will attack Labour's record in government.",
            "attacked",
        ),
        ("Senator John Kerry will also attack the Republicans for wanting to close the mines.", "attacked"),
        # praise announced: was AGREE (the future of SUPPORT)
        ("President Jacques Chirac will praise the Kenyan government for its reforms.", "praised"),
        ("Mr Chirac would warmly welcome the Kenyan leader.", "welcomed"),
        # words promised: was AGREE (a promise of SUPPORT)
        ("Prime Minister Tony Blair promised to hail the Irish government's record on peace.", "hailed"),
        ("President Bush has promised to praise the Iraqi army for its courage.", "praised"),
    ],
)
def test_words_announced_are_no_intent(nlp, text: str, predicate: str) -> None:
    assert untyped(nlp, text, predicate), typed(nlp, text)


@pytest.mark.parametrize(
    ("text", "predicate", "event"),
    [
        ("Russia will attack the rebels in Chechnya.", "attacked", "THREATEN"),
        ("The rebel commander vowed to attack the army's bases in the north.", "attacked", "THREATEN"),
    ],
)
def test_acts_announced_stay_intents_and_threats(nlp, text: str, predicate: str, event: str) -> None:
    assert (predicate, event) in typed(nlp, text)


# --- denying what was said is no refusal ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Senator Smith also denied them, saying he had never met the lobbyists.", "denied"),
        ("The Tories deny breaking rules.", "denied"),  # the gerund parsed as an adjective of "rules"
        ("Chancellor Gordon Brown has long rejected the label.", "rejected"),
        (
            "Prime Minister Tony Blair shrugged off claims from Conservative leader Michael Howard "
            "that he led a corrupt government.",
            "shrugged_off",
        ),
        ("The Lib Dem leader Charles Kennedy dismissed the Conservatives as a fading force.", "dismissed"),
    ],
)
def test_what_was_said_denied_is_no_refusal(nlp, text: str, predicate: str) -> None:
    assert untyped(nlp, text, predicate), typed(nlp, text)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Israel denied them entry at the border.", "denied"),
        ("Iran dismissed the European proposal as unacceptable.", "dismissed"),
    ],
)
def test_refusals_stay(nlp, text: str, predicate: str) -> None:
    assert (predicate, "REJECT") in typed(nlp, text)


# --- an appeal that asks nothing of an actor; a question asked ---------------------------------


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The Conservatives and the BNP appeal to the same voting instincts, Labour said.", "appealed_to"),
        ("The Labour Party has appealed to the patriotism of older voters.", "appealed_to"),
        (
            'Tory leader David McLetchie asked: "Would it not be ironic if the smokers became criminals?"',
            "asked",
        ),
    ],
)
def test_no_request(nlp, text: str, predicate: str) -> None:
    assert untyped(nlp, text, predicate), typed(nlp, text)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Ukraine appealed to the United Nations.", "appealed_to"),
        (
            "The Lib Dems appealed to Kent County Council to allow Kent families to choose schools.",
            "appealed_to",
        ),
    ],
)
def test_requests_stay(nlp, text: str, predicate: str) -> None:
    assert (predicate, "REQUEST") in typed(nlp, text)


# --- what would have happened; what an addressee is asked to do --------------------------------


def test_what_would_have_happened_is_no_event(nlp) -> None:
    text = "The Scottish Executive would have provided funding to the Borders councils."
    assert untyped(nlp, text, "provided"), typed(nlp, text)


def test_what_will_happen_stays_an_intent(nlp) -> None:
    text = "The Scottish Executive will provide funding to the Borders councils."
    assert ("provided", "AGREE") in typed(nlp, text)


def test_an_appeal_to_act_parsed_as_a_purpose_is_directed(nlp) -> None:
    """spaCy reads the infinitive after "appeal to X" as a purpose (advcl) here: still what X
    is asked to do, not the speaker's own act."""
    doc = nlp(
        "We appeal to Ceredigion Health Board to allow Ceredigion people to choose Shrewsbury for care."
    )
    allow = next(t for t in doc if t.lemma_ == "allow")
    assert allow.dep_ == "advcl" and directed(allow)


def test_a_purpose_of_ones_own_is_not_directed(nlp) -> None:
    doc = nlp("Britain sent troops to Kosovo to keep the peace.")
    keep = next(t for t in doc if t.lemma_ == "keep")
    assert not directed(keep)


# --- opinions: sharing a value, taking someone at their word, agreeing with a policy ------------


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Tory leader Michael Howard said he accepted Mr Kennedy's word.", "said"),  # was CONCEDE
        (
            "The Conservatives share the same values as Britain's ethnic minorities, Mr Howard will say.",
            "shared",
        ),  # was COOPERATE
        (
            "Most Labour voters do not agree with the Prime Minister's policies on Iraq.",
            "agreed_with",
        ),  # REJECT
        ("Most Labour MPs agree with the policy of the Tory leader Michael Howard.", "agreed_with"),  # AGREE
    ],
)
def test_opinions_are_no_events(nlp, text: str, predicate: str) -> None:
    assert untyped(nlp, text, predicate), typed(nlp, text)


@pytest.mark.parametrize(
    ("text", "predicate", "event"),
    [
        ("Israel and Egypt share intelligence on the smuggling tunnels.", "shared", "COOPERATE"),
        ("Syria did not agree with the United States.", "agreed_with", "REJECT"),
        ("Israel has agreed with Egypt on a new border force.", "agreed_with", "AGREE"),
        ("Iran accepted the European proposal.", "accepted", "CONCEDE"),
    ],
)
def test_acts_between_actors_stay(nlp, text: str, predicate: str, event: str) -> None:
    assert (predicate, event) in typed(nlp, text)
