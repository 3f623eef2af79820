"""The setting phrases of a statement's verb (mostly time and place) outside its arguments
(made-up sentences)."""

from __future__ import annotations

from graphbuilder.extract.adjuncts import setting_phrases
from tests.extract.conftest import find_candidate


def _settings(candidates, text: str, subject: str, predicate: str, obj: str) -> list[str]:
    return [p.text for p in setting_phrases(find_candidate(candidates(text), subject, predicate, obj))]


def test_time_and_place_phrases_in_text_order(candidates) -> None:
    text = "In 2019, the council approved the budget at its annual meeting."
    assert _settings(candidates, text, "the council", "approved", "the budget") == [
        "In 2019",
        "at its annual meeting",
    ]


def test_bare_time_phrase(candidates) -> None:
    text = "The minister met the envoy yesterday."
    assert _settings(candidates, text, "The minister", "met", "the envoy") == ["yesterday"]


def test_a_participant_is_no_setting(candidates) -> None:
    # "to investors" is the prepositional statement's object, "on Monday" the setting of both
    text = "The firm sold shares to investors on Monday."
    assert _settings(candidates, text, "The firm", "sold", "shares to investors") == ["on Monday"]
    assert _settings(candidates, text, "The firm", "sold_to", "investors") == ["on Monday"]
    assert _settings(candidates, "He relied on his brother.", "He", "relied_on", "his brother") == []


def test_passive_agent_and_setting(candidates) -> None:
    text = "The talks were hosted by Saudi Arabia in March."
    assert _settings(candidates, text, "Saudi Arabia", "hosted", "The talks") == ["in March"]


def test_a_day_after_said_is_the_sayings_setting(candidates) -> None:
    # the same rule that cuts the day from the reported clause: the saying was on Monday
    text = "The bakery chain said on Monday it would close 40 shops."
    assert _settings(candidates, text, "The bakery chain", "said", "it would close 40 shops") == ["on Monday"]
    assert _settings(candidates, text, "it", "closed", "40 shops") == []
    text = "The union said in March its members would reject the offer."
    assert _settings(candidates, text, "its members", "rejected", "the offer") == []
    reported = "its members would reject the offer"
    assert _settings(candidates, text, "The union", "said", reported) == ["in March"]
    # after "that" the day is the clause's own
    text = "The minister said that on Monday the envoy would visit the city."
    assert _settings(candidates, text, "the envoy", "visited", "the city") == ["on Monday"]


def test_relative_words_and_connectives_are_no_setting(candidates) -> None:
    text = "The firm cut 200 jobs in order to save money."
    assert _settings(candidates, text, "The firm", "cut", "200 jobs") == []
    text = "This is the summit at which the leaders met the envoy."
    assert _settings(candidates, text, "the leaders", "met", "the envoy") == []
    text = "The council built the wall in case the river flooded."
    assert _settings(candidates, text, "The council", "built", "the wall") == []
    text = "In addition to cutting taxes, the government raised spending on schools."
    assert _settings(candidates, text, "the government", "raised", "spending on schools") == []


def test_no_punctuation_at_a_phrase_edge(candidates) -> None:
    text = "At a news conference following talks with Mr Blair, the president criticised the plan."
    assert _settings(candidates, text, "the president", "criticised", "the plan") == [
        "At a news conference following talks with Mr Blair"
    ]
    # a sign that is part of the phrase stays
    text = "Labour led the Conservatives on 19% in the poll."
    assert _settings(candidates, text, "Labour", "led", "the Conservatives") == ["on 19% in the poll"]


def test_a_light_verb_and_its_noun_keep_the_verbs_setting(candidates) -> None:
    # the typed statement "imposed sanctions on | Russia" has the verb "imposed" in its relation
    text = "The government imposed sanctions on Russia on Monday."
    cand = find_candidate(candidates(text), "The government", "sanctioned", "Russia")
    assert cand.construct == "nominal"
    assert [p.text for p in setting_phrases(cand)] == ["on Monday"]
    text = "The minister made a trip to Iraq this week."
    assert _settings(candidates, text, "The minister", "travelled_to", "Iraq") == ["this week"]
