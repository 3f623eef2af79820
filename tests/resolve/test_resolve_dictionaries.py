"""Reading TABARI-format actor and agent dictionaries: hand-made lines, known answers."""

from __future__ import annotations

import pytest

from graphbuilder.resolve.dictionaries import (
    CodePeriod,
    code_on,
    normalise_words,
    parse_actor_lines,
    parse_agent_lines,
    parse_code,
    parse_date,
    phrase_key,
    plural_of,
)

ACTOR_LINES = """\
# a comment line
ALEXEI_EXAMPLOV_  # CountryInfo.txt
+EXAMPLOV_
+PRESIDENT_EXAMPLOV_
\t[RUSELI 700101-990809]
\t[RUSGOV 990809-080507]
\t[RUSGOV >120507]
\t[RUSELI]
BORIS_SAMPLOV_  # CountryInfo.txt
BORIS_N._SAMPLOV
SAMPLOV
\t[RUSGOV 910710-991231]
\t[RUSELI 991231-070423]
A_NOTE_WITHOUT_CODES_

FREEDONIA_  [FRD]
+FREEDONIAN_
""".splitlines()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("000508", "2000-05-08"),
        ("080507", "2008-05-07"),
        ("300101", "2030-01-01"),
        ("310101", "1931-01-01"),
        ("700101", "1970-01-01"),
        ("19261225", "1926-12-25"),
        ("20111123", "2011-11-23"),
        ("2004017", None),
        ("991399", None),
    ],
)
def test_parse_date_pivots_two_digit_years(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("RUSGOV 000508-080507", CodePeriod("RUSGOV", "2000-05-08", "2008-05-07")),
        ("RUSGOV >080508", CodePeriod("RUSGOV", "2008-05-08", None)),
        ("USAGOV > 130701", CodePeriod("USAGOV", "2013-07-01", None)),
        ("IRQ <20030320", CodePeriod("IRQ", None, "2003-03-20")),
        ("RUSELI", CodePeriod("RUSELI")),
        ("---", None),
        ("", None),
    ],
)
def test_parse_code(body: str, expected: CodePeriod | None) -> None:
    assert parse_code(body) == expected


def test_actor_blocks_aliases_periods_and_synonym_roots() -> None:
    entries = {e.id: e for e in parse_actor_lines(ACTOR_LINES)}
    assert set(entries) == {"ALEXEI_EXAMPLOV", "BORIS_SAMPLOV", "FREEDONIA"}
    ex = entries["ALEXEI_EXAMPLOV"]
    assert ex.aliases == ("EXAMPLOV_", "PRESIDENT_EXAMPLOV_")
    assert ex.periods[0] == CodePeriod("RUSELI", "1970-01-01", "1999-08-09")
    assert "CountryInfo" in ex.comment
    # root lines without codes that follow each other are synonyms of one actor
    assert entries["BORIS_SAMPLOV"].aliases == ("BORIS_N._SAMPLOV", "SAMPLOV")
    assert entries["FREEDONIA"].periods == (CodePeriod("FRD"),)


@pytest.mark.parametrize(
    "date, expected",
    [
        ("1995-06-01", "RUSELI"),  # dated elite period
        ("2005-01-01", "RUSGOV"),  # in office
        ("2010-01-01", "RUSELI"),  # between terms: the undated default
        ("2025-03-14", "RUSGOV"),  # open-ended current term
        ("2025-03-14T10:00:00Z", "RUSGOV"),
        (None, "RUSGOV"),  # no date: the open-ended current period
    ],
)
def test_code_on_resolves_role_periods_by_date(date: str | None, expected: str) -> None:
    ex = next(e for e in parse_actor_lines(ACTOR_LINES) if e.id == "ALEXEI_EXAMPLOV")
    assert code_on(ex.periods, date) == expected


def test_code_on_without_current_period_uses_default_then_latest() -> None:
    periods = [CodePeriod("USAGOV", "2017-01-20", "2021-01-19"), CodePeriod("USAELI")]
    assert code_on(periods, None) == "USAELI"
    assert code_on(periods, "2019-05-05") == "USAGOV"
    assert code_on([CodePeriod("UKRGOV", "1994-07-19", "2005-01-23")], None) == "UKRGOV"
    assert code_on([CodePeriod("UKRGOV", "1994-07-19", "2005-01-23")], "2010-01-01") is None
    assert code_on([], "2010-01-01") is None


def test_agents_with_regular_explicit_and_no_plural() -> None:
    lines = [
        "!PERSON! = MAN, MEN, WOMAN",
        "SOLDIER [~MIL]",
        "POLICE {} [~COP]",
        "CATTLE_THIEF {CATTLE_THIEVES} [~CRM]",
        "SECURITY_FORCE  [~MIL] # comment",
        "MILITARY_SPOKES!PERSON!  [~MIL]",
        "ISLAMIC_EXTREMIST",  # no code: skipped
        "OBSERVERS_IN [IGO~]",
    ]
    got = {(a.phrase, a.code) for a in parse_agent_lines(lines)}
    assert ("SOLDIER", "~MIL") in got and ("SOLDIERS", "~MIL") in got
    assert ("POLICE", "~COP") in got and not any(p == "POLICES" for p, _ in got)
    assert ("CATTLE_THIEVES", "~CRM") in got
    assert ("SECURITY_FORCES", "~MIL") in got
    assert {("MILITARY_SPOKESMAN", "~MIL"), ("MILITARY_SPOKESWOMAN", "~MIL")} <= got
    assert ("OBSERVERS_IN", "IGO~") in got
    assert not any(p.startswith("ISLAMIC") for p, _ in got)


@pytest.mark.parametrize(
    "word, plural",
    [
        ("SOLDIER", "SOLDIERS"),
        ("AUTHORITY", "AUTHORITIES"),
        ("ENVOY", "ENVOYS"),
        ("BOSS", "BOSSES"),
        ("POLICEMAN", "POLICEMEN"),
        ("ARMED_FORCE", "ARMED_FORCES"),
    ],
)
def test_plural_of(word: str, plural: str) -> None:
    assert plural_of(word) == plural


def test_phrase_keys_normalise_like_article_words() -> None:
    assert phrase_key("RUSSIAN_PRESIDENT_VLADIMIR_V._PUTIN") == (
        "russian",
        "president",
        "vladimir",
        "v",
        "putin",
    )
    assert phrase_key("ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_") == ("aden", "abyan", "islamic", "army")
    assert phrase_key("BAN_KI-MOON") == normalise_words(["Ban", "Ki", "-", "moon"])
    assert normalise_words(["U.S."]) == ("us",)
