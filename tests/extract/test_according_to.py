""""According to" names whose claim the sentence tells (made-up sentences): a person, officials,
a newspaper, a document or a poll is the speaker, and what the sentence says is reported, not
the writer's fact; a wire agency stays the channel (reporter) of the whole report."""

from __future__ import annotations

from graphbuilder.extract.modality import modality_of
from tests.extract.conftest import find_candidate


def test_a_body_after_according_to_is_the_source_of_the_claim(candidates) -> None:
    cands = candidates("Arden paid the consultants $2 million, according to the electoral commission.")
    paid = find_candidate(cands, "Arden", "paid")
    assert paid.speaker is not None and paid.speaker.text == "the electoral commission"
    assert modality_of(paid) == "reported"


def test_documents_and_unnamed_sources_are_sources(candidates) -> None:
    cands = candidates("According to court papers, the mayor met the developer twice in March.")
    met = find_candidate(cands, "the mayor", "met", "the developer")
    assert met.speaker is not None and met.speaker.text == "court papers"
    cands = candidates("The governor will veto the bill, according to a person familiar with the matter.")
    veto = find_candidate(cands, "The governor", "vetoed")
    assert veto.speaker is not None and veto.speaker.text.startswith("a person familiar")


def test_a_wire_agency_stays_the_channel(candidates) -> None:
    cands = candidates("The ministers signed the accord in Minsk, according to Interfax.")
    signed = find_candidate(cands, "The ministers", "signed")
    assert signed.speaker is None
    assert signed.reporter is not None and signed.reporter.text == "Interfax"


def test_the_source_speaks_only_where_its_phrase_stands(candidates) -> None:
    # in a relative clause, the source vouches for that clause only; a clause on the source
    # itself is the writer's
    cands = candidates(
        "Dunmore, who had advised the firm for a year, according to a spokeswoman, was arrested on Friday."
    )
    advised = find_candidate(cands, "Dunmore", "advised", "the firm")
    assert advised.speaker is not None and advised.speaker.text == "a spokeswoman"
    cands = candidates("Prices rose by 4 percent, according to a study by Ms Hale, who ran the central bank.")
    ran = find_candidate(cands, "Ms Hale", "ran", "the central bank")
    assert ran.speaker is None


def test_an_agency_reporter_is_a_source(candidates) -> None:
    cands = candidates("The ministers signed the accord in Minsk, according to an Interfax correspondent.")
    signed = find_candidate(cands, "The ministers", "signed")
    assert signed.speaker is not None and signed.speaker.text == "an Interfax correspondent"


def test_a_sentence_with_its_own_speaker_keeps_it(candidates) -> None:
    # the one who says it keeps what is said; the "according to" source tells that it was said
    cands = candidates("Velmora said the rebels had seized the port, according to the ministry's statement.")
    seized = find_candidate(cands, "the rebels", "seized", "the port")
    assert seized.speaker is not None and seized.speaker.text == "Velmora"
    said = find_candidate(cands, "Velmora", "said")
    assert said.speaker is not None and said.speaker.text == "the ministry's statement"
    cands = candidates("The treasurer said exports fell to 3 percent in May, according to official figures.")
    fell = find_candidate(cands, "exports", "fell_to")
    assert fell.speaker is not None and fell.speaker.text == "The treasurer"


def test_an_agency_named_by_its_first_word_is_the_channel(candidates) -> None:
    cands = candidates(
        "According to RIA, the Kremlin spokesman Ivo Marsh said the president had met the envoy."
    )
    met = find_candidate(cands, "the president", "met", "the envoy")
    assert met.speaker is not None and met.speaker.text.endswith("Ivo Marsh")
    assert met.reporter is not None and met.reporter.text == "RIA"


def test_a_forecast_after_according_to_stays_a_consequence(candidates) -> None:
    # "would" of a thing, sourced by "according to": a forecast (conditional), no plan; a
    # "would" in what a speaker says stays the speaker's plan
    cands = candidates("The two levies would cost farmers $40 million a year, according to economists.")
    cost = find_candidate(cands, "The two levies", "cost")
    assert cost.speaker is not None and cost.speaker.text == "economists"
    assert modality_of(cost) == "conditional"
    cands = candidates("According to the ministry, the new tariffs would shrink grain exports.")
    assert modality_of(find_candidate(cands, "the new tariffs", "shrank")) == "conditional"
    cands = candidates("The mayor would veto the budget, her aide said.")
    assert modality_of(find_candidate(cands, "The mayor", "vetoed")) == "intended"
