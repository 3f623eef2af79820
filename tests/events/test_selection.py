"""One typed statement per event and target, on real parses through the real extractor."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphbuilder.events import classify, classify_all
from graphbuilder.extract import extract_candidates
from graphbuilder.nlp.lemmas import verb_lemma


def typed(nlp: Language, text: str) -> list[tuple[str, str, str, str]]:
    """(subject, predicate, object, event type) of every typed candidate of ``text``."""
    out = []
    for c in extract_candidates(nlp(text)):
        event_type, _ = classify(c)
        if event_type and c.object is not None:
            out.append((c.subject.text, c.predicate, c.object.text, event_type))
    return out


def test_one_event_in_several_frames_is_typed_once_on_its_target(nlp: Language) -> None:
    [(subject, _, obj, event)] = typed(nlp, "Iran threatened to cut off electricity to Nakhichevan.")
    assert (subject, obj, event) == ("Iran", "Nakhichevan", "THREATEN")


def test_the_prepositional_frame_naming_the_recipient_keeps_the_type(nlp: Language) -> None:
    [(_, _, obj, event)] = typed(nlp, "Swiss doctors handed over 700 kg of medicine to the Red Crescent.")
    assert (obj, event) == ("the Red Crescent", "AID")


def test_each_actor_of_a_compound_subject_keeps_its_event(nlp: Language) -> None:
    found = typed(nlp, "Jordan and Britain agreed to hold joint military exercises.")
    assert sorted(s for s, *_ in found) == ["Britain", "Jordan"]
    assert {e for *_, e in found} == {"AGREE"}


def test_report_and_its_clause_about_the_speaker_are_one_event(nlp: Language) -> None:
    found = typed(
        nlp, "Palestinian leaders said they would boycott all official contact with the United States."
    )
    assert [(s, e) for s, _, _, e in found] == [("Palestinian leaders", "THREATEN")]


def test_clause_about_someone_else_is_not_the_speakers_event(nlp: Language) -> None:
    found = typed(nlp, "South Korea's defence ministry said North Korea has trained 500 computer hackers.")
    assert [(s, e) for s, _, _, e in found] == [("North Korea", "MOBILIZE")]


def test_a_demanded_action_is_no_event_of_its_subject(nlp: Language) -> None:
    found = typed(nlp, "Washington demanded that Hamas renounce its armed struggle against Israel.")
    assert [(s, e) for s, _, _, e in found] == [("Washington", "DEMAND")]


@pytest.mark.parametrize(
    "text",
    [
        "Unrest there reflected ethnic tensions, not a fight for independence.",  # apposition: "is"
        "Twenty people were killed in nationalist riots.",  # agentless passive: no actor
    ],
)
def test_statements_without_an_acting_subject_carry_no_type(nlp: Language, text: str) -> None:
    assert typed(nlp, text) == []


def test_classify_all_selects_among_the_given_candidates(nlp: Language) -> None:
    cands = [c for c in extract_candidates(nlp("Iran threatened to cut off electricity to Nakhichevan."))]
    results = classify_all(cands)
    assert len(results) == len(cands)
    assert [r[0] for r in results].count("THREATEN") == 1


@pytest.mark.parametrize(
    ("surface", "spacy_lemma", "expected"),
    [
        ("staged", "stag", "stage"),
        ("raged", "rag", "rage"),
        ("waged", "wag", "wage"),
        ("hoped", "hop", "hope"),
        ("raging", "rag", "rage"),
        ("hopped", "hop", "hop"),  # doubled consonant: the stem has no -e
        ("visited", "visit", "visit"),  # two syllables
        ("aimed", "aim", "aim"),  # two vowels
        ("stated", "state", "state"),
    ],
)
def test_verb_lemma_restores_the_e_stem(surface: str, spacy_lemma: str, expected: str) -> None:
    assert verb_lemma(surface, spacy_lemma) == expected


def test_verbs_in_e_are_typed_despite_the_lemmatizer(nlp: Language) -> None:
    assert [e for *_, e in typed(nlp, "The rebels waged war on the government.")] == ["FIGHT"]
    assert [e for *_, e in typed(nlp, "Students staged a rally against the government.")] == ["PROTEST"]
