"""Whole arguments in a statement (issue 9): one predicate for a catenative verb and its
infinitive, and no place phrase as the object beside a phrase the verb governs (made-up
sentences)."""

from __future__ import annotations

import pytest

from graphbuilder.extract import Candidate
from graphbuilder.extract.modality import modality_of
from tests.extract.triples import triples_of


@pytest.mark.parametrize(
    ("text", "subject", "split", "act"),
    [
        ("The rangers had to carry the injured hiker for nine kilometres.", "The rangers", "had", "carried"),
        ("Volunteers scrambled to rescue the stranded ponies.", "Volunteers", "scrambled", "rescued"),
        ("The shire needs to repair the old bridge.", "The shire", "needed", "repaired"),
    ],
)
def test_catenative_verb_and_infinitive_make_one_predicate(candidates, text, subject, split, act) -> None:
    cands = candidates(text)
    triples = triples_of(cands)
    assert not [t for t in triples if t[:2] == (subject, split)], triples  # no "had [carry ...]"
    assert [t for t in triples if t[:2] == (subject, act)], triples  # "carried" (relation "had to carry")


def test_a_place_is_no_object_beside_a_governed_phrase(candidates) -> None:
    triples = triples_of(candidates("Ms Varga asked for more money at the meeting."))
    assert ("Ms Varga", "asked_for", "more money") in triples
    assert not [t for t in triples if t[1] == "asked_at"], triples
    triples = triples_of(candidates("The engineer applied for citizenship in Portugal."))
    assert ("The engineer", "applied_for", "citizenship") in triples
    assert not [t for t in triples if t[1] == "applied_in"], triples


def test_where_one_arrived_stays_beside_why(candidates) -> None:
    triples = triples_of(candidates("The trade envoy arrived in Lisbon for talks."))
    assert ("The trade envoy", "arrived_in", "Lisbon") in triples  # a verb of arriving: its place
    triples = triples_of(candidates("The sultan arrived in Perth on a private visit."))
    assert ("The sultan", "arrived_in", "Perth") in triples  # "on a visit" governs nothing


def test_a_role_governs_no_place_away(candidates) -> None:
    triples = triples_of(candidates("Ms Okafor works at the museum as a restorer."))
    assert ("Ms Okafor", "worked_at", "the museum") in triples  # "as" a role: the place stays


def test_a_place_alone_stays_the_object(candidates) -> None:
    triples = triples_of(candidates("The party executive met in Darwin."))
    assert ("The party executive", "met_in", "Darwin") in triples


def test_an_object_takes_in_the_phrase_its_verb_governs_after_it(candidates) -> None:
    triples = triples_of(candidates("The ferry company put a new offer to the crew."))
    assert ("The ferry company", "put", "a new offer to the crew") in triples
    assert ("The ferry company", "put_to", "the crew") in triples  # the phrase's own statement stays
    triples = triples_of(candidates("The mayor expressed regret to the families yesterday."))
    assert ("The mayor", "expressed", "regret to the families") in triples


def test_the_phrase_keeps_its_own_statement(candidates) -> None:
    # a named party: its own statement, the object stays as it was (an amount is no word of a predicate)
    triples = triples_of(candidates("The charity dinner raised $9,000 for Oxfam."))
    assert ("The charity dinner", "raised", "$9,000") in triples
    assert ("The charity dinner", "raised_for", "Oxfam") in triples
    triples = triples_of(candidates("The club lent Ivanova to Northbank."))
    assert ("The club", "lent", "Ivanova") in triples  # a named object before a named party stays a node
    assert ("The club", "lent_to", "Northbank") in triples


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj"),
    [
        ("The climber lowered himself from the ledge.", "The climber", "lowered", "himself"),  # a pronoun
        ("The council sold the depot in March.", "The council", "sold", "the depot"),  # a time
        ("The police stopped the convoy near the border.", "The police", "stopped", "the convoy"),  # a place
        ("The rebels held the town for six weeks.", "The rebels", "held", "the town"),  # a stretch of time
    ],
)
def test_no_phrase_taken_in_that_is_no_argument(candidates, text, subject, predicate, obj) -> None:
    assert (subject, predicate, obj) in triples_of(candidates(text))


def test_an_object_takes_in_the_infinitive_it_is_to_carry_out(candidates) -> None:
    triples = triples_of(candidates("The clinic urged the parents to vaccinate their children."))
    assert ("The clinic", "urged", "the parents to vaccinate their children") in triples
    triples = triples_of(candidates("The council hired surveyors to check the levee."))
    assert ("The council", "hired", "surveyors to check the levee") in triples


def _find(cands: list[Candidate], subject: str, predicate: str) -> Candidate:
    hits = [c for c in cands if c.subject.text == subject and c.predicate == predicate]
    assert hits, triples_of(cands)
    return hits[0]


def test_a_but_clause_that_goes_on_with_the_report_is_part_of_it(candidates) -> None:
    cands = candidates("Ms Karlsson said she had not sought a pardon, but an appeal was likely.")
    said = _find(cands, "Ms Karlsson", "said")
    assert said.object is not None
    assert said.object.text == "she had not sought a pardon, but an appeal was likely"
    speaker = _find(cands, "an appeal", "is").speaker  # her word, not the writer's
    assert speaker is not None and speaker.text == "Ms Karlsson"


def test_a_second_act_of_the_speaker_is_a_statement_of_its_own(candidates) -> None:
    cands = candidates("The bank said profits would rise, but warned that costs would climb.")
    said = _find(cands, "The bank", "said")
    assert said.object is not None and said.object.text == "profits would rise"
    assert _find(cands, "The bank", "warned").object is not None


def test_the_writers_present_after_a_past_report_is_no_part_of_it(candidates) -> None:
    cands = candidates("The mayor said the claims were false, but critics are demanding an inquiry.")
    said = _find(cands, "The mayor", "said")
    assert said.object is not None and said.object.text == "the claims were false"


def test_a_conjunct_with_there_shares_no_subject(candidates) -> None:
    triples = triples_of(candidates("The mayor opened the bridge and there was applause."))
    assert ("The mayor", "opened", "the bridge") in triples
    assert not [t for t in triples if t[:2] == ("The mayor", "is")], triples  # no "the mayor is applause"


def test_a_resolution_is_no_deed(candidates) -> None:
    cands = candidates("The skipper resolved to beat the record.")
    beat = [c for c in cands if c.predicate == "beat"]
    assert beat and modality_of(beat[0]) == "intended", triples_of(cands)


def test_what_is_to_be_proved_is_not_established(candidates) -> None:
    cands = candidates("The council hired auditors to prove the accounts were false.")
    false = [c for c in cands if c.subject.text == "the accounts" and c.predicate == "is"]
    assert false and modality_of(false[0]) == "intended", triples_of(cands)
