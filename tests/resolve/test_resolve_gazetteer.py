"""The actor gazetteer: lookups, codes by date, agents, nationalities, and the shipped file."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuilder.resolve.dictionaries import normalise_words, word_key
from graphbuilder.resolve.gazetteer import (
    GAZETTEER_PATH,
    combine_codes,
    gazetteer_from_lines,
    load_gazetteer,
)

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
DICTIONARIES = SHARED_DATA / "dictionaries"

HAND_ACTORS = """\
FREEDONIA_  [FRD]
+FREEDONIAN_
+FREEDONIANS_
+FREEDON_CITY_
RUFUS_FIREFLY_  # CountryInfo.txt
+FIREFLY_
+PRESIDENT_FIREFLY_
\t[FRDELI 300101-330101]
\t[FRDGOV >330101]
\t[FRDELI]
SYLVANIA_  [SYL]
+SYLVANIAN_
""".splitlines()
HAND_AGENTS = ["SOLDIER [~MIL]", "OFFICIAL [~GOV]", "MILITARY_PERSONNEL {} [~MIL]", "OBSERVERS {} [IGO~]"]


@pytest.fixture(scope="module")
def hand() -> object:
    return gazetteer_from_lines(HAND_ACTORS, HAND_AGENTS)


def test_hand_made_gazetteer_lookup_and_periods(hand) -> None:  # type: ignore[no-untyped-def]
    firefly = hand.actor(["Firefly"])
    assert firefly is not None and firefly.id == "RUFUS_FIREFLY" and firefly.type == "Person"
    assert hand.actor(["President", "Firefly"]) is firefly
    assert firefly.name == "Rufus Firefly"
    assert firefly.code_on("1931-06-01") == "FRDELI"
    assert firefly.code_on("1940-06-01") == "FRDGOV"
    assert firefly.country_on("1940-06-01") == "FRD"
    assert hand.actor(["Groucho"]) is None
    assert hand.country_code("Freedonian") == "FRD"
    assert hand.country_code("Firefly") is None  # a person is no nationality
    place = hand.actor(["Freedonia"])
    assert place is not None and place.type == "Place"


def test_longest_alias_wins(hand) -> None:  # type: ignore[no-untyped-def]
    start, end, actor = hand.longest_actor(["the", "President", "Firefly", "said"])
    assert (start, end, actor.id) == (1, 3, "RUFUS_FIREFLY")
    assert hand.longest_actor(["nobody", "here"]) is None


def test_agents_end_a_phrase(hand) -> None:  # type: ignore[no-untyped-def]
    assert hand.agent_code(["Sylvanian", "soldiers"]) == (1, "~MIL")
    assert hand.agent_code(["military", "personnel"]) == (0, "~MIL")
    assert hand.agent_code(["officials"]) == (0, "~GOV")
    assert hand.agent_code(["weather"]) is None


@pytest.mark.parametrize(
    "country, agent, code",
    [
        ("UKR", "~MIL", "UKRMIL"),
        ("HUN", "~GOV", "HUNGOV"),
        ("RUS", None, "RUS"),
        (None, "~MIL", None),
        ("SYL", "IGO~", "IGOSYL"),
    ],
)
def test_combine_codes(country: str | None, agent: str | None, code: str | None) -> None:
    assert combine_codes(country, agent) == code


# --- the shipped gazetteer ------------------------------------------------------------


def test_shipped_gazetteer_is_compact_and_cached() -> None:
    assert GAZETTEER_PATH.is_file()
    assert GAZETTEER_PATH.stat().st_size < 5_000_000
    assert load_gazetteer() is load_gazetteer()


@pytest.mark.parametrize(
    "words, actor_id, date, code",
    [
        (["Putin"], "VLADIMIR_PUTIN", "2025-03-14", "RUSGOV"),
        (["Vladimir", "Vladimirovich", "Putin"], "VLADIMIR_PUTIN", "2005-01-01", "RUSGOV"),
        (["Putin"], "VLADIMIR_PUTIN", "1995-01-01", "RUSELI"),
        (["Donald", "Trump"], "DONALD_TRUMP", "2025-03-14", "USAGOV"),
        (["Trump"], "DONALD_TRUMP", "2023-01-01", "USAELI"),
        (["Zelensky"], "VOLODYMYR_ZELENSKY", "2025-03-14", "UKRGOV"),
        (["Viktor", "Orban"], "VIKTOR_ORBAN", "2025-03-20", "HUNGOV"),
        (["United", "Nations"], "UNITED_NATIONS", None, "IGOUNO"),
        (["Hamas"], "HAMAS", "2020-01-01", "PSEREBHMS"),
        (["Taliban"], "TALIBAN", "2020-01-01", "AFGREB"),
        (["Hezbollah"], "HEZBOLLAH", "2020-01-01", "LBNREB"),
        (["NATO"], "NATO", None, "IGOWSTNAT"),
    ],
)
def test_shipped_actor_codes(words: list[str], actor_id: str, date: str | None, code: str) -> None:
    actor = load_gazetteer().actor(words)
    assert actor is not None and actor.id == actor_id
    assert actor.code_on(date) == code


@pytest.mark.parametrize(
    ("words", "entity_type"),
    [
        (["Islamic", "State"], "Organization"),  # dated codes, yet a group
        (["Hamas"], "Organization"),
        (["Putin"], "Person"),
        (["Hungary"], "Place"),
    ],
)
def test_shipped_entity_types(words: list[str], entity_type: str) -> None:
    actor = load_gazetteer().actor(words)
    assert actor is not None and actor.type == entity_type


@pytest.mark.parametrize(
    "word, code",
    [
        ("Russian", "RUS"),
        ("Ukrainian", "UKR"),
        ("American", "USA"),
        ("US", "USA"),
        ("U.S.", "USA"),
        ("Hungarian", "HUN"),
        ("German", "DEU"),
        ("Vladimir", "RUS"),
    ],
)
def test_shipped_nationalities(word: str, code: str) -> None:
    assert load_gazetteer().country_code(word) == code


def test_shipped_agents() -> None:
    g = load_gazetteer()
    assert g.agent_code(["soldiers"]) == (0, "~MIL")
    assert g.agent_code(["officials"]) == (0, "~GOV")
    assert g.agent_code(["armed", "forces"]) == (0, "~MIL")
    assert g.agent_code(["authorities"]) == (0, "~GOV")


@pytest.mark.skipif(not DICTIONARIES.is_dir(), reason="../shared/data/dictionaries is absent")
def test_shipped_file_is_what_the_build_script_makes(tmp_path: Path) -> None:
    from tools.build_gazetteer import main

    out = tmp_path / "phoenix.json.gz"
    assert main([str(DICTIONARIES), str(out)]) == 0
    assert out.read_bytes() == GAZETTEER_PATH.read_bytes()


def test_agent_phrases_are_known_by_their_last_word() -> None:
    # detect_mentions skips a noun no agent phrase can end with; agent_code would find none
    g = load_gazetteer()
    assert g.ends_agent_phrase("soldiers") and g.agent_code(["Ukrainian", "soldiers"]) == (1, "~MIL")
    assert not g.ends_agent_phrase("deal") and g.agent_code(["the", "trade", "deal"]) is None


def test_word_keys_make_the_phrase_key() -> None:
    assert word_key("Pro-Russian") == ("pro", "russian")
    assert word_key("-") == ()
    assert normalise_words(["U.S.", "-", "Pro-Russian", "'quoted'"]) == ("us", "pro", "russian", "quoted")
