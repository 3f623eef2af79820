"""What a condition only supposes is no threat, demand or request of anyone's
(events/assertion.py, _in_condition): the frame's verb inside an "if"/"unless" clause, or in a
clause below one. The consequence a threat states stays typed. Made-up sentences through the
real extractor and classifier."""

from __future__ import annotations

from spacy.language import Language

from tests.events.typed_frames import typed


def test_an_act_only_supposed_by_a_condition_is_no_event(nlp: Language) -> None:
    assert typed(nlp, "The talks would resume if Russia agreed to stop shelling the city.") == []


def test_the_threatened_consequence_keeps_its_type(nlp: Language) -> None:
    found = typed(nlp, "The rebels threatened to kill the hostages unless France withdrew its troops.")
    assert [(s, t) for s, _, _, t in found] == [("The rebels", "THREATEN")]


def test_an_act_named_in_a_condition_was_done(nlp: Language) -> None:
    """ "if Britain's proposal were adopted": the proposal was made; its adoption is supposed."""
    found = typed(nlp, "If Britain's proposal for a debt fund were adopted, the target could be met earlier.")
    assert [(s, t) for s, _, _, t in found] == [("Britain", "REQUEST")]
