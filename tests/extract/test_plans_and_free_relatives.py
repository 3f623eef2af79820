"""Statements the judges found garbled or read as fact (session 30, made-up sentences): a
clause opened by "once" in the present is not yet a fact; an effort ("racing to", "struggled
to") has not reached what it is for; a free relative's verb ("what some call X") has no
object of the sentence."""

from __future__ import annotations

from graphbuilder.extract.modality import modality_of
from tests.extract.conftest import find_candidate
from tests.extract.triples import triples_of


def test_once_in_the_present_is_a_condition(candidates) -> None:
    cands = candidates("Once rescuers reach the valley, the villagers will be moved.")
    assert modality_of(find_candidate(cands, "rescuers", "reached", "the valley")) == "conditional"


def test_once_sets_a_present_main_clause_as_a_condition(candidates) -> None:
    cands = candidates("Once the treaty is signed, trade becomes easier.")
    assert modality_of(find_candidate(cands, "trade", "became", "easier")) == "conditional"


def test_once_in_the_past_stays_a_fact(candidates) -> None:
    cands = candidates("Once the army took the town, the rebels fled.")
    assert modality_of(find_candidate(cands, "the army", "took", "the town")) == "asserted"


def test_racing_to_do_is_no_deed_yet(candidates) -> None:
    cands = candidates("Rival airlines are racing to catch up with the market leader.")
    caught = find_candidate(cands, "Rival airlines", "caught_up_with", "the market leader")
    assert modality_of(caught) != "asserted"


def test_struggled_to_do_is_no_deed(candidates) -> None:
    cands = candidates("The clinics struggled to treat the wounded.")
    assert modality_of(find_candidate(cands, "The clinics", "treated", "the wounded")) != "asserted"


def test_the_verb_of_a_free_relative_makes_no_statement(candidates) -> None:
    triples = triples_of(candidates("The storm hit what some call the poorest province in the land."))
    assert not any(s == "some" for s, _, _ in triples)
    assert ("The storm", "hit", "what some call the poorest province in the land") in triples


def test_a_relative_clause_on_a_noun_keeps_its_statement(candidates) -> None:
    # the relative "that" stands for a noun of the sentence: the statement has its object
    triples = triples_of(candidates("The plan that the council approved cut the budget."))
    assert ("the council", "approved", "The plan") in triples


def test_a_name_hung_on_an_indefinite_noun_is_a_relative_clause_subject(candidates) -> None:
    # "Another key offer [that] Varnbank made its savers": the offer made nothing, and
    # Varnbank is no offer
    triples = triples_of(candidates("Another key offer Varnbank made its savers is a cheaper loan."))
    assert not any(s == "Another key offer" for s, _, _ in triples)
    assert ("Varnbank", "is", "Another key offer") not in triples


def test_one_time_in_two_zones_is_no_apposition(candidates) -> None:
    triples = triples_of(candidates("The rally ended at 18:30 local time (15:30 GMT) on Sunday."))
    assert not any(p == "is" for _, p, _ in triples)
    triples = triples_of(
        candidates(
            "Rescuers said they were sent to reports of a stranded hiker at 10:40 local time (15:40 GMT)."
        )
    )
    assert not any(p == "is" for _, p, _ in triples)


def test_a_name_run_into_an_indefinite_phrase_is_no_apposition(candidates) -> None:
    triples = triples_of(
        candidates("The poet received a lifetime achievement Zephyr in 1995 and was among the first winners.")
    )
    assert ("Zephyr", "is", "a lifetime achievement") not in triples


def test_a_first_name_after_a_title_is_no_part_of_the_title(candidates) -> None:
    # the entity took only the surname: "Mayor Imran" is no title of Khan
    triples = triples_of(candidates('"We will not be cowed," Leeds Mayor Imran Khan told the rally.'))
    assert not any(p == "is" and o is not None and o.endswith("Imran") for _, p, o in triples)


def test_titles_and_set_off_appositions_stay(candidates) -> None:
    triples = triples_of(
        candidates("Senate Majority Leader Mitch McConnell met Ms Lee, a lawyer, on Monday.")
    )
    assert ("Mitch McConnell", "is", "Senate Majority Leader") in triples
    assert ("Ms Lee", "is", "a lawyer") in triples
    assert ("Rosneft", "is", "The state oil firm") in triples_of(
        candidates("The state oil firm Rosneft signed the deal.")
    )


def test_a_run_in_heading_before_the_subject_makes_no_statement(candidates) -> None:
    # a heading run into the sentence: the noun right before the subject did nothing
    triples = triples_of(
        candidates("Rising border tensions Varnian authorities are searching for seven men.")
    )
    assert ("Varnian authorities", "searched_for", "seven men") in triples
    assert ("Rising border tensions", "searched_for", "seven men") not in triples


def test_a_noun_with_a_phrase_before_another_subject_stays(candidates) -> None:
    # the phrase may have cut the name short ("in the journal Varnia"): the study found it
    triples = triples_of(candidates("A 2019 study in the journal Varnia found that the lake was shrinking."))
    assert ("A 2019 study in the journal", "found", "the lake was shrinking") in triples


def test_once_before_a_past_finding_leaves_it_a_fact(candidates) -> None:
    cands = candidates("However, once the bridge opens, the ministry found it would need 40 guards.")
    assert modality_of(find_candidate(cands, "the ministry", "found")) == "asserted"


def test_a_question_opened_by_what_keeps_its_statement(candidates) -> None:
    cands = candidates("What did the council say about the new road?")
    assert modality_of(find_candidate(cands, "the council", "said_about", "the new road")) == "question"


def test_an_abbreviated_title_before_the_name_stays(candidates) -> None:
    text = "Ranking member Rep. Jo Tallor, a Varnian Democrat, said he was confident."
    assert ("Jo Tallor", "is", "Ranking member Rep.") in triples_of(candidates(text))


def test_what_a_free_relative_is_about_stays(candidates) -> None:
    triples = triples_of(
        candidates("The inquiry examined what nurses had been saying about staffing on the wards.")
    )
    assert ("nurses", "said_about", "staffing on the wards") in triples
    heard = triples_of(candidates("Critics seized on what they heard from the envoy."))
    assert ("they", "heard_from", "the envoy") in heard
    described = triples_of(candidates("The army denounced what it described as a provocation by the rebels."))
    assert not any(p.startswith("described") for _, p, _ in described)


def test_a_role_after_a_title_word_is_part_of_the_title(candidates) -> None:
    text = "Asked by Varnia News Chief Anchor Jo Tallor about the ruling, he smiled."
    assert ("Jo Tallor", "is", "Varnia News Chief Anchor") in triples_of(candidates(text))


def test_once_leaves_an_act_under_way_and_a_saying_facts(candidates) -> None:
    cands = candidates(
        "The inspectors are now leading an inquiry into the wreck once divers start recovery of the bodies."
    )
    assert modality_of(find_candidate(cands, "The inspectors", "led")) == "asserted"
    assert modality_of(find_candidate(cands, "divers", "started")) == "conditional"
    said = candidates(
        "But once the holidays are over, the fishermen say they are ready to sail to the islands again."
    )
    assert modality_of(find_candidate(said, "the fishermen", "said")) == "asserted"
