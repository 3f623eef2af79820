"""Statements the judges found partly right or wrong for a general reason of English: an aim
carried through "help" and "start", a "she said" set off inside the clause it reports, a
finite clause after "told", a title the writer gives inside someone's reported words, a
relative "that" deep inside an object, a "who" after a description's place, a "-ever" free
relative as a subject, a "with" beside a copula's complement, the bare noun of "take place", a
figure after "put ... at". All sentences are made up."""

from __future__ import annotations

from graphbuilder.extract.modality import modality_of


def _triples(cands):
    return {(c.subject.text, c.predicate, c.object.text if c.object is not None else None) for c in cands}


# --- an aim or plan carried through a verb of helping or beginning ------------------------


def test_an_aim_to_help_end_something_is_no_ending(candidates, find) -> None:
    cands = candidates("The charity aims to help end hunger by training farmers.")
    assert modality_of(find(cands, "The charity", "ended", "hunger")) == "intended"


def test_a_plan_to_start_building_is_no_building(candidates, find) -> None:
    cands = candidates("The council plans to start building homes next year.")
    assert modality_of(find(cands, "The council", "built", "homes")) == "intended"


def test_a_plan_to_help_others_act_is_no_act(candidates, find) -> None:
    cands = candidates("The group aims to help farmers grow more rice.")
    assert modality_of(find(cands, "farmers", "grew", "more rice")) == "intended"


def test_helping_end_something_ended_it(candidates, find) -> None:
    cands = candidates("The agency helped end the strike.")
    assert modality_of(find(cands, "The agency", "ended", "the strike")) == "asserted"


def test_forced_to_help_is_a_deed(candidates, find) -> None:
    cands = candidates("The firm was forced to help repay the loans.")
    assert modality_of(find(cands, "The firm", "repaid", "the loans")) == "asserted"


# --- a verb of saying set off inside the clause it reports --------------------------------


def test_she_said_between_commas_speaks_the_whole_clause(candidates, find) -> None:
    cand = find(
        candidates("During the inquiry that followed, she said, two officers were suspended without pay."),
        "two officers",
        "was_suspended_without",
        "pay",
    )
    assert cand.speaker is not None and cand.speaker.text == "she"
    assert modality_of(cand) == "reported"


def test_officials_said_after_the_subject_speak_the_clause(candidates, find) -> None:
    cand = find(
        candidates("The new bridge, officials said, will open in May."), "The new bridge", "opened_in", "May"
    )
    assert cand.speaker is not None and cand.speaker.text == "officials"


def test_a_saying_with_more_than_its_subject_is_no_parenthesis(candidates, find) -> None:
    cand = find(candidates("The plan, she said of the scheme, was a mistake."), "The plan", "is", "a mistake")
    assert cand.speaker is None


# --- a finite clause after a verb of telling is what was said, no act directed ------------


def test_told_a_finite_clause_is_reported(candidates, find) -> None:
    cand = find(candidates("He told reporters the attack had killed twelve people."), "the attack", "killed")
    assert modality_of(cand) == "reported"


def test_told_that_the_army_had_withdrawn_is_reported(candidates, find) -> None:
    cands = candidates("The minister told parliament that the army had withdrawn from the town.")
    assert modality_of(find(cands, "the army", "withdrew_from", "the town")) == "reported"


def test_told_to_leave_is_still_an_instruction(candidates, find) -> None:
    cand = find(
        candidates("The mayor told residents to leave their homes."), "residents", "left", "their homes"
    )
    assert modality_of(cand) == "intended"


# --- a title or apposition outside quotes is the writer's, not the speaker's ---------------


def test_a_title_in_a_reported_clause_is_the_writers(candidates, find) -> None:
    cand = find(candidates("The minister said opposition leader Jo Roe had lost the vote."), "Jo Roe", "is")
    assert cand.speaker is None and modality_of(cand) == "asserted"


def test_an_apposition_in_a_reported_clause_is_the_writers(candidates, find) -> None:
    cands = candidates("The minister said Jo Roe, the opposition leader, had lost the vote.")
    assert find(cands, "Jo Roe", "is", "the opposition leader").speaker is None


def test_a_title_inside_a_quote_is_the_speakers(candidates, find) -> None:
    cand = find(candidates('"Opposition leader Jo Roe is wrong," the minister said.'), "Jo Roe", "is")
    assert cand.speaker is not None and cand.speaker.text == "the minister"


# --- a relative "that" inside the object is no relative object ----------------------------


def test_a_that_clause_on_the_object_keeps_the_object(candidates, find) -> None:
    cands = candidates(
        "The frigate has made four visits to the coast since 2012, when the navy resumed a custom "
        "that was common in the 1980s."
    )
    find(cands, "the navy", "resumed", "a custom")
    assert ("the navy", "resumed", "2012") not in _triples(cands)


def test_a_fronted_relative_object_still_stands_for_its_noun(candidates, find) -> None:
    find(candidates("The town lost the bridge which the army built."), "the army", "built", "the bridge")


# --- "who" after the place of a person's description --------------------------------------


def test_who_after_a_description_of_a_person_is_the_person(candidates, find) -> None:
    cands = candidates(
        '"The roads are closed," said Sam Lee, a driver from Northtown, who spoke under a false name.'
    )
    find(cands, "Sam Lee", "spoke_under", "a false name")
    assert ("Northtown", "spoke_under", "a false name") not in _triples(cands)


# --- a "-ever" free relative as the subject ------------------------------------------------


def test_whatever_as_a_subject_makes_no_fact(candidates) -> None:
    cands = candidates("Whatever faults exist in the management will be fixed.")
    assert not [c for c in cands if c.subject.text.lower().startswith("whatever")]


def test_whoever_opening_a_subject_clause_keeps_the_outer_statement(candidates, find) -> None:
    # said of whoever it is: no one named, but no fact pinned on a wrong one either
    find(candidates("Whoever wins the vote will face a divided party."), "Whoever wins the vote", "faced")


def test_a_named_subject_beside_whatever_keeps_its_statement(candidates, find) -> None:
    find(
        candidates("Whatever the outcome, the party will survive the vote."),
        "the party",
        "survived",
        "the vote",
    )


# --- "with" beside a copula that has its complement ----------------------------------------


def test_with_after_a_copula_complement_is_no_company(candidates) -> None:
    cands = candidates("The firm is well known, with its big presence in the northern towns.")
    assert not [c for c in cands if c.predicate == "is_with"]


def test_with_on_a_bare_copula_is_company(candidates, find) -> None:
    find(candidates("He was in Paris with his wife."), "He", "is_with", "his wife")


# --- a bare noun that makes one verb with "take" -------------------------------------------


def test_took_place_keeps_where(candidates, find) -> None:
    cands = candidates("The crash took place in the Hollow Lane district.")
    find(cands, "The crash", "took_place_in", "the Hollow Lane district")
    assert ("The crash", "took", "place") not in _triples(cands)


def test_took_part_keeps_what_in(candidates, find) -> None:
    find(candidates("Ten countries took part in the talks."), "Ten countries", "took_part_in", "the talks")


def test_took_aim_keeps_the_target(candidates, find) -> None:
    find(candidates("The senator took aim at the governor."), "The senator", "took_aim_at", "the governor")


def test_a_part_with_words_of_its_own_is_a_thing_taken(candidates, find) -> None:
    find(
        candidates("The firm took a leading part in the talks."),
        "The firm",
        "took",
        "a leading part in the talks",
    )


def test_took_part_with_nothing_after_keeps_its_statement(candidates, find) -> None:
    find(candidates("Other agencies also took part."), "Other agencies", "took", "part")


# --- "at" a figure after the object of a verb of valuing ----------------------------------


def test_put_the_toll_at_a_figure_keeps_the_figure(candidates, find) -> None:
    cands = candidates(
        "The Varnian Red Crescent put the casualty figure at 41, noting that 17 people were hurt."
    )
    find(cands, "The Varnian Red Crescent", "put", "the casualty figure at 41")


def test_valued_at_an_amount_keeps_the_amount(candidates, find) -> None:
    find(
        candidates("Reports put the value of the painting at two million euros."),
        "Reports",
        "put",
        "the value of the painting at two million euros",
    )


def test_met_at_a_time_keeps_the_object_alone(candidates, find) -> None:
    find(candidates("The minister met the envoy at 10 am."), "The minister", "met", "the envoy")


def test_a_told_clause_carries_no_instruction_into_its_infinitive(candidates, find) -> None:
    cands = candidates("The mayor told the Northtown Herald that the thief managed to scratch a car door.")
    assert modality_of(find(cands, "the thief", "scratched", "a car door")) == "reported"


def test_a_claim_to_control_stays_a_claim(candidates, find) -> None:
    cands = candidates('"Roe claims to run half of the valley," a retired diplomat said.')
    assert modality_of(find(cands, "Roe", "ran", "half of the valley")) == "reported"
