"""An "as" phrase keys the verb it hangs on, for any verb: "described / branded / labelled the
plan *as a disaster*" is a fault found (CAMEO 110, DISAPPROVE); a description as anything else
is none. Made-up sentences through the real extractor and classifier."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphbuilder.events import classify_all, standing
from graphbuilder.events.lexicon import as_code
from graphbuilder.extract import extract_candidates
from graphbuilder.model import ENTITY_TYPES


def typed(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None]]:
    cands = list(extract_candidates(nlp(text)))
    return {c.predicate: t for c, t in zip(cands, classify_all(cands), strict=True)}


@pytest.mark.parametrize(
    ("text", "predicate", "code"),
    [
        ("The minister described the plan as a disaster.", "described", "110"),
        # verbs of naming without a code of their own share describing's keys (the tables key
        # only "describe_as"); one of criticism keeps its own code (review RV-C, F2)
        ("Iran branded the decision as a mistake.", "branded", "111"),
        ("Iran labelled the sanctions as a mistake.", "labeled", "110"),
        ("The Tories slammed the budget as a disaster.", "slammed", "111"),
        ("The Tories branded the budget as a mistake.", "branded", "111"),
        # a verb's own "as" key
        ("Police regarded the protest as a crime.", "regarded", "1121"),
    ],
)
def test_an_as_phrase_keys_the_verb(nlp, text: str, predicate: str, code: str) -> None:
    assert typed(nlp, text).get(predicate) == ("DISAPPROVE", code)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The minister described the plan as a good start.", "described"),
        ("The president did not describe the plan as a disaster.", "described"),
    ],
)
def test_a_description_as_no_fault_or_denied_is_no_event(nlp, text: str, predicate: str) -> None:
    assert typed(nlp, text).get(predicate) == (None, None)


def test_only_the_key_with_the_phrase_answers() -> None:
    assert as_code("describe", "disaster") == "110"
    assert as_code("describe", "friend") is None
    assert as_code("condemn", "disaster") is None  # no "condemn_as" key: the verb's own code stands


def test_the_standing_rules_name_entity_types_of_the_model() -> None:
    """The entity types the standing rules compare with are the model's own names."""
    named = {standing._PERSON_TYPE, standing._PLACE_TYPE, standing._ORGANISATION_TYPE, standing._GROUP_TYPE}
    assert named <= set(ENTITY_TYPES)


def test_a_light_verb_takes_no_event_from_a_phrase_of_means_or_place(nlp) -> None:
    """ "announced via press release a review": the press release is how, not what; a "from"
    phrase is where ("England was safe apart from some detentions")."""
    from graphbuilder.events.rules import CIRCUMSTANCE_PREPOSITIONS, VerbUse, light_verb_object
    from graphbuilder.nlp.tables import tables_of

    doc = nlp("The ministry announced a release of prisoners.")
    verb = next(t for t in doc if t.lower_ == "announced")
    release = next(t for t in doc if t.lower_ == "release")
    t = tables_of(verb)
    assert light_verb_object(VerbUse.at(t, verb.i, None, release.i)) is not None  # the dobj: the event
    for prep in ("via", "from", "through"):
        assert prep in CIRCUMSTANCE_PREPOSITIONS
        assert light_verb_object(VerbUse.at(t, verb.i, prep, release.i)) is None
