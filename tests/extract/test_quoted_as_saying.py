"""Words credited with "quoted ... as saying" or "cited ... as saying" are the quoted one's
(made-up sentences): the paper that quotes is the channel, the one quoted the speaker, and
what is said is reported, not the writer's fact."""

from __future__ import annotations

from graphbuilder.extract.modality import modality_of
from tests.extract.conftest import find_candidate


def test_the_one_quoted_speaks_the_clause(candidates) -> None:
    cands = candidates("The Gazette quoted Senator Ann Hale as saying that the governor had misled voters.")
    misled = find_candidate(cands, "the governor", "misled", "voters")
    assert misled.speaker is not None and misled.speaker.text == "Senator Ann Hale"
    assert modality_of(misled) == "reported"


def test_cited_and_passive_quoted(candidates) -> None:
    cands = candidates("The radio station cited two officials as saying the rebels had seized the airport.")
    seized = find_candidate(cands, "the rebels", "seized", "the airport")
    assert seized.speaker is not None and seized.speaker.text == "two officials"
    cands = candidates("Hale was quoted as saying the rebels had seized the airport.")
    seized = find_candidate(cands, "the rebels", "seized", "the airport")
    assert seized.speaker is not None and seized.speaker.text == "Hale"


def test_a_quote_before_quoted_as_saying(candidates) -> None:
    cands = candidates("“The envoy will visit the region in May,” the agency quoted the embassy as saying.")
    visit = find_candidate(cands, "The envoy", "visited", "the region")
    assert visit.speaker is not None and visit.speaker.text == "the embassy"
