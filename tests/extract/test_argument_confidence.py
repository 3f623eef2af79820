"""Confidence lowered for what a candidate's arguments show about its parse (made-up
sentences, real parses): each signal compared with the same frame without it."""

from __future__ import annotations

from graphbuilder.extract import confidence
from graphbuilder.extract.confidence import (
    CONJUNCT_SUBJECT_FACTOR,
    EXPLETIVE_SUBJECT_FACTOR,
    FAR_SUBJECT_FACTOR,
    HEARER_LEFT_OUT_FACTOR,
    HEARER_OBJECT_FACTOR,
    LONG_DESCRIPTION_FACTOR,
    SUBJECT_CONJUNCT_LEFT_OUT_FACTOR,
    THING_PRONOUN_OBJECT_FACTOR,
    TRUSTED_CONFIDENCE,
)


def test_the_hearer_of_told_is_no_core_object(candidates, find) -> None:
    cands = candidates("Li Deshui told Reuters that growth was strong.")
    hearer = find(cands, "Li Deshui", "told", "Reuters that growth was strong")  # the hearer is its root
    met = find(candidates("Li Deshui met Reuters in Beijing."), "Li Deshui", "met", "Reuters")
    assert hearer.confidence == round(met.confidence * HEARER_OBJECT_FACTOR, 3)
    # (session 27) the clause's own statement goes: the hearer's statement holds what was told
    assert not [c for c in cands if c.object is not None and c.object.text == "growth was strong"]
    told = find(
        candidates('"Growth was strong," Li Deshui told Reuters.'), "Li Deshui", "told", "Growth was strong"
    )
    said = find(candidates('"Growth was strong," Li Deshui said.'), "Li Deshui", "said", "Growth was strong")
    # what was told before the teller, with the hearer left out of the statement: judged partly
    # right (addressee dropped) nearly every time, so below the threshold too
    assert told.confidence == round(said.confidence * HEARER_LEFT_OUT_FACTOR, 3)
    assert max(hearer.confidence, told.confidence) < TRUSTED_CONFIDENCE <= said.confidence


def test_a_pronoun_for_a_thing_as_object(candidates, find) -> None:
    vague = find(candidates("Frederick Forsyth puts it beautifully."), "Frederick Forsyth", "put", "it")
    plain = find(candidates("Frederick Forsyth puts the case beautifully."), "Frederick Forsyth", "put")
    assert vague.confidence == round(plain.confidence * THING_PRONOUN_OBJECT_FACTOR, 3)
    assert vague.confidence < TRUSTED_CONFIDENCE


def test_a_placeholder_it_as_subject(candidates, find) -> None:
    placeholder = find(candidates("It makes sense to cut costs now."), "It", "made", "sense to cut costs now")
    referring = find(
        candidates("This makes sense to cut costs now."), "This", "made", "sense to cut costs now"
    )
    assert placeholder.confidence == round(referring.confidence * EXPLETIVE_SUBJECT_FACTOR, 3)


def test_a_second_complement_joins_the_direct_object(candidates, find) -> None:
    # (session 27: the object and what it is called make one argument, no statement of the
    # second complement alone; before, "called [a very mild decline]" had a lowered confidence)
    cands = candidates("Minister Wolfgang Clement called the dip a very mild decline.")
    find(cands, "Minister Wolfgang Clement", "called", "the dip a very mild decline")
    assert not [c for c in cands if c.object is not None and c.object.text == "a very mild decline"]


def test_a_clause_after_the_hearer_of_a_warning_is_not_skipping_anything(candidates, find) -> None:
    # the one warned and the warning make one object (71ad300), no less sure than a bare clause
    clause = "the economy was weak"
    cands = candidates(f"Mr Brown warned MPs that {clause}.")
    warned = find(cands, "Mr Brown", "warned", f"MPs that {clause}")
    hoped = find(candidates(f"Mr Brown hoped that {clause}."), "Mr Brown", "hoped", clause)
    assert warned.confidence >= hoped.confidence


def test_one_conjunct_of_a_coordinated_object(candidates, find) -> None:
    cands = candidates("Mr Brown met Mr Blair and Mr Prescott.")
    first = find(cands, "Mr Brown", "met", "Mr Blair")
    second = find(cands, "Mr Brown", "met", "Mr Prescott")
    assert second.confidence == round(first.confidence * CONJUNCT_SUBJECT_FACTOR, 3)


def test_a_subject_far_from_its_verb(candidates, find) -> None:
    far = find(
        candidates("The UK, France, Germany, Austria, the Netherlands and Sweden want lower payments."),
        "The UK",
        "wanted",
    )
    near = find(candidates("The UK wants lower payments."), "The UK", "wanted")
    # the first of six conjuncts: also the factor for the conjuncts left out
    assert far.confidence == round(
        near.confidence * (FAR_SUBJECT_FACTOR * SUBJECT_CONJUNCT_LEFT_OUT_FACTOR), 3
    )


def test_a_long_description_as_subject(candidates, find) -> None:
    long = find(candidates("The decline in oil prices hurt the firm."), "The decline in oil prices", "hurt")
    short = find(candidates("The decline hurt the firm."), "The decline", "hurt")
    assert long.confidence == round(short.confidence * LONG_DESCRIPTION_FACTOR, 3)


def test_a_named_speaker_of_a_main_clause_report_is_trusted(candidates, find) -> None:
    named = find(candidates("Tony Blair said the economy was strong."), "Tony Blair", "said")
    pronoun = find(candidates("He said the economy was strong."), "He", "said")
    assert named.confidence >= TRUSTED_CONFIDENCE > pronoun.confidence
    assert confidence.CONSTRUCT_CONFIDENCE["report"] >= TRUSTED_CONFIDENCE
