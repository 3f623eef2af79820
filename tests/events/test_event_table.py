"""The derived verb table: parsing the CAMEO dictionary formats and the shipped look-ups."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuilder.events import PLOVER_CATEGORIES, plover_category
from graphbuilder.events.lexicon import noun_code, verb_code
from tools.build_event_tables import DictionaryError, read_plover_mapping, read_verb_dictionary

VERB_DICTIONARY = """\
# CAMEO VERB PATTERN DICTIONARY (a hand-made miniature in the PETRARCH format)
####### SYNONYM SETS #######

&WEAPON
+GUN
+RIFLE

####### VERB PATTERNS #######

---  APPEAL   [020]  ---
APPEAL
BEG {BEGS BEGGED BEGGING }
+CALL_ON {+CALLED_ON +CALLING_ON} [020]
- * (FOR AID)                                         [023]         # APPEAL
- * &WEAPON                                           [0232]        # BEG

---  STAGE   [---]  ---
STAGE
- * ATTACK                                            [190]         # STAGE
- * {MOCK ATTACK}                                     [062]         # STAGE

---  VISIT   [042:043]  ---
VISIT
TOUR [042]

######## TRANSFORMATIONS ##########
"""

PLOVER_MAPPING = """\
# CAMEO to PLOVER conversion table (miniature)
03: AGREE
036: AGREE,  , diplomatic # Express intent to meet or negotiate
04: CONSULT
042: CONSULT, visit,   # Make a visit
10: REQUEST
100: REQUEST,  ,  # REQUEST
163: COERCE, restrict,   diplomatic # Impose embargo, boycott, or sanctions
19: ASSAULT
193: ASSAULT, firearms, military # Fight with small arms and light weapons
"""


@pytest.fixture
def dictionary(tmp_path: Path) -> Path:
    path = tmp_path / "CAMEO.mini.txt"
    path.write_text(VERB_DICTIONARY, encoding="utf-8")
    return path


def test_verb_lines_take_the_block_code_or_their_own(dictionary: Path) -> None:
    table = read_verb_dictionary(dictionary)
    assert table["appeal"] == "020"
    assert table["beg"] == "020"
    assert table["call_on"] == "020"
    assert table["visit"] == "042"  # "[042:043]": the source-side code
    assert table["tour"] == "042"
    assert "stage" not in table  # a [---] block gives its verbs no code of their own


def test_patterns_key_prepositions_objects_and_synonym_sets(dictionary: Path) -> None:
    table = read_verb_dictionary(dictionary)
    assert table["appeal_for"] == "023"
    assert table["appeal_for aid"] == "023"
    assert table["stage attack"] == "190"  # not the compound {MOCK ATTACK}
    assert table["beg gun"] == "0232" and table["beg rifle"] == "0232"


def test_plover_mapping_uses_the_gold_standard_taxonomy(tmp_path: Path) -> None:
    path = tmp_path / "CAMEO2PLOVER.mini.txt"
    path.write_text(PLOVER_MAPPING, encoding="utf-8")
    mapping = read_plover_mapping(path)
    assert mapping["036"][0] == "AGREE"
    assert mapping["042"] == ("CONSULT", "visit")
    assert mapping["100"][0] == "DEMAND"  # CAMEO 10 is DEMAND in the gold records
    assert mapping["193"][0] == "FIGHT"  # CAMEO 19 is FIGHT there
    assert mapping["163"][0] == "SANCTION"


def test_malformed_mapping_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("03: AGREE\nthis line has no code\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"bad.txt:2:"):
        read_plover_mapping(path)


def test_missing_dictionary_is_one_clean_error(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="cannot read the CAMEO verb dictionary"):
        read_verb_dictionary(tmp_path / "absent.txt")


@pytest.mark.parametrize(
    ("lemma", "particle", "obj", "code"),
    [
        ("appeal", "to", None, "020"),
        ("urge", None, None, "020"),
        ("demand", None, None, "100"),
        ("threaten", None, None, "130"),
        ("condemn", None, None, "111"),
        ("impose", None, "sanction", "163"),
        ("stage", None, "rally", "141"),
        ("hold", None, "talk", "046"),
        ("shell", None, None, "194"),
        ("deport", None, None, "174"),
        ("say", None, None, None),  # marked as no event by hand
        ("leave", None, None, None),
        # a description is no event, but a description as a fault is disapproval (CAMEO 110/111):
        # the hand "describe_as -" must not hide the derived keys with an object
        ("describe", "as", None, None),
        ("describe", "as", "disaster", "110"),
        ("describe", "as", "mistake", "110"),
        ("describe", "as", "lawless", "111"),
    ],
)
def test_shipped_verb_table(lemma: str, particle: str | None, obj: str | None, code: str | None) -> None:
    assert verb_code(lemma, particle, obj) == code


@pytest.mark.parametrize(
    ("noun", "modifier", "of_object", "code"),
    [
        ("appeal", None, None, "020"),
        ("offensive", None, None, "190"),
        ("sanction", None, None, "163"),
        ("attack", "bomb", None, "183"),
        ("state", None, "siege", "1724"),
        ("weather", None, None, None),
    ],
)
def test_shipped_event_nouns(
    noun: str, modifier: str | None, of_object: str | None, code: str | None
) -> None:
    assert noun_code(noun, modifier, of_object) == code


@pytest.mark.parametrize(
    ("code", "category"),
    [
        ("020", "REQUEST"),
        ("0231", "REQUEST"),
        ("036", "AGREE"),
        ("042", "CONSULT"),
        ("090", "INVESTIGATE"),
        ("100", "DEMAND"),
        ("111", "DISAPPROVE"),
        ("120", "REJECT"),
        ("138", "THREATEN"),
        ("141", "PROTEST"),
        ("163", "SANCTION"),
        ("173", "COERCE"),
        ("183", "ASSAULT"),
        ("193", "FIGHT"),
        ("0873", "RETREAT"),
        ("010", None),
        (None, None),
    ],
)
def test_cameo_codes_map_to_plover(code: str | None, category: str | None) -> None:
    assert plover_category(code) == category


def test_category_list_covers_manual_and_gold_categories() -> None:
    for category in (
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
        "DEMAND",
        "DISAPPROVE",
        "FIGHT",
        "INVESTIGATE",
    ):
        assert category in PLOVER_CATEGORIES
    assert len(set(PLOVER_CATEGORIES)) == len(PLOVER_CATEGORIES)


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("ATTACKS_", "attack"),
        ("RALLIES", "rally"),
        ("HOSTILITIES", "hostility"),
        ("CLASHES", "clash"),
        ("MASSES", "mass"),
        ("TIES", "tie"),
        ("SERIES", "series"),
        ("PROCESS", "process"),
        ("CRISIS", "crisis"),
    ],
)
def test_dictionary_nouns_become_spacy_lemmas(word: str, lemma: str) -> None:
    from tools.build_event_tables import _word

    assert _word(word) == lemma


DICTIONARIES = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "dictionaries"


@pytest.mark.skipif(not DICTIONARIES.is_dir(), reason="../shared/data/dictionaries is absent")
def test_shipped_tables_are_what_the_build_script_makes(tmp_path: Path) -> None:
    from tools.build_event_tables import DATA_DIR, write_tables

    verbs = read_verb_dictionary(DICTIONARIES / "CAMEO.2.0.txt")
    plover = read_plover_mapping(DICTIONARIES / "CAMEO2PLOVER-2021.txt")
    write_tables(verbs, plover, tmp_path)
    for name in ("cameo_verbs.tsv", "cameo_plover.tsv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (DATA_DIR / name).read_text(encoding="utf-8")
    assert verbs["stage rally"] == "141" and verbs["end hostility"] == "0871"


@pytest.mark.parametrize(("code", "category"), [("013", "SUPPORT"), ("015", "AGREE"), ("018", "SUPPORT")])
def test_public_statements_that_are_verbal_events_have_a_category(code: str, category: str) -> None:
    assert plover_category(code) == category


@pytest.mark.parametrize("code", ["010", "011", "012", "014", "016", "017", "019"])
def test_other_public_statements_stay_no_event(code: str) -> None:
    assert plover_category(code) is None
