"""A typed statement is a real event between the actors it names, with the right type.

Made-up sentences in the image of the faults a hand judgement of typed statements found on
unseen news (accidents and measures typed, stances and intents typed as acts, killings typed
as battles, victims of agentless passives made actors), run through the real extractor and
classifier.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphbuilder.events import classify_all
from graphbuilder.extract import extract_candidates


def typed(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    """(subject, predicate, PLOVER type) of every typed frame of ``text``."""
    cands = list(extract_candidates(nlp(text)))
    return [
        (c.subject.text, c.predicate, t[0])
        for c, t in zip(cands, classify_all(cands), strict=True)
        if t[0] is not None
    ]


def types(nlp: Language, text: str) -> set[str]:
    return {t for _, _, t in typed(nlp, text)}


NO_EVENT = [
    # no actor acts: an accident, an event noun without its actors, a mountain, a first person
    # no one named speaks for
    "The explosion set fire to about fifty acres of forest, a fire officer said.",
    "According to the army statement, clashes are continuing in the border area.",
    "The institute said new measurements showed that Mount Kenya, in central Kenya, stands at 17,057 feet.",
    "During my recent tour, I met with the Emir of Kuwait.",
    # not stated as done: a recommendation, a possibility, an inverted condition, a stance
    "The union recommends that workers and popular movements support the candidates "
    "committed to our efforts.",
    "The gunman may have intended to kill the governor instead of the mayor.",
    "Should parliament reject the treaty, the country would end up withdrawing from the alliance.",
    "The Senate, as one of the branches of the state, is willing to respect the rulings of any court.",
    # the victim of an agentless passive is no actor, and what follows is no target
    "The last king was murdered on the orders of the rebel general.",
    "In 1865, four people were hanged in Richmond after being convicted of conspiring with "
    "John Brown in the assassination of Governor Henry Wise.",
    # ... nor with a circumstance: the victim, where, why (the predicate says what happened)
    "The opposition leader was arrested on suspicion of fraud.",
    "Three policemen were killed in a bomb attack in the capital.",
    # a legislative act on a bill, attending church with someone
    "The governor signed a bill prohibiting the storage of nuclear waste in the state.",
    "The senator, who attended church with the ambassador in the 1960s, retired in May.",
    # assent to a claim, an act that waits for a future, protecting a thing, an act only sought
    "To tackle overcapacity, the ministry will agree that farms can be closed in areas "
    "where owners give their consent.",
    "The company said the buyer will pay 400m euros once the government approves the deal.",
    "The federal agency protects the pension funds of private sector workers.",
    "The prime minister sought to reassure the rebel backbenchers.",
    "The justice minister is considering allowing cameras into the courts.",
    # support of one's own cause, carrying out a study
    "The party leader defended his party's plans to raise income tax.",
    "The former civil servant undertook a major government review of health spending.",
    # a stance in a reported clause, declining to be drawn
    "The chief justice said he was determined his veto on whether a judge should chair an "
    "inquiry should continue.",
    "Gazprom's Mr Miller declined to be drawn on his firm's reported interest in the company.",
    # being able to reject is no rejection
    "Mr Clarke told MPs the UK would still be able to reject proposals on asylum it did not like.",
    # private life; an act only needed
    "The convict had been out to see his fiancee Mary Holt, whom he met when she was a nurse.",
    "The ministry has confirmed French troops are on standby in case they need to help evacuate "
    "several hundred French citizens from Chad.",
    # a request still to be made, announced by no one
    "Next month, the ministry will present revised proposals to cut the deficit.",
    # a meeting only scheduled, an act only asked about
    "The French exchange's chief Jean Dupont is scheduled to meet his German counterpart "
    "Hans Weber on Friday.",
    "A US court will decide whether to block the auction of the oil company's main unit.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_type_without_a_real_event_between_actors(nlp: Language, text: str) -> None:
    assert typed(nlp, text) == []


KEPT = [
    ("France is ready to send troops to the peacekeeping force in Liberia.", "AGREE"),  # towards actors
    ('"We met the president twice last week," the foreign minister said.', "CONSULT"),  # a named speaker
    ("The minister attended the summit in Brussels.", "CONSULT"),
    ("Heavy fighting between troops and rebels continued in the border area.", "FIGHT"),
    ('"If they attack us, we will bomb their bases," the rebel commander said.', "THREATEN"),  # a threat
    ("The rebel leader broke the ceasefire with the government.", "FIGHT"),  # violating it
    ("The two leaders called for urgent action to fight world poverty.", "REQUEST"),  # not against anyone
    ("Palestinians and Israelis failed to reach agreement on the offices.", "REJECT"),  # failing to agree
    ("The senator said he will ask the administration to justify the spending.", "REQUEST"),  # announced
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_real_events_keep_their_type(nlp: Language, text: str, expected: str) -> None:
    assert expected in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nightclub owner John Carter shot and mortally wounded Peter Oakes.",  # a person shoots
        "The prisoner said he had decided to kill Senator Alan Dwight in 1975.",  # a person is killed
    ],
)
def test_a_person_killing_a_person_is_assault_not_fight(nlp: Language, text: str) -> None:
    found = types(nlp, text)
    assert "ASSAULT" in found
    assert "FIGHT" not in found


def test_violent_repression_is_assault(nlp: Language) -> None:
    found = typed(nlp, "A demonstration in the northern district was violently repressed by the police.")
    assert [(s, t) for s, _, t in found] == [("the police", "ASSAULT")]


def test_repression_without_violence_stays_coercion(nlp: Language) -> None:
    assert types(nlp, "A demonstration in the northern district was repressed by the police.") == {"COERCE"}


def test_media_and_companies_use_no_force() -> None:
    from graphbuilder.events import by_actor

    assert by_actor("FIGHT", "190", "MED") == (None, None)  # "it launched operations", it = an agency
    assert by_actor("FIGHT", "190", "MNCUSA") == (None, None)
    assert by_actor("FIGHT", "190", "RUSMIL") == ("FIGHT", "190")


def test_a_date_is_no_target(nlp: Language) -> None:
    text = "The detainees are held under laws introduced after the US terror attacks on 11 September 2001."
    assert "FIGHT" not in types(nlp, text)
