"""Session 32: true prose the furniture rules must keep: a last sentence without its full stop, a
name's initial, an adjunct before a quotation, a print feature's dialogue and first sentence (made-up
text)."""

from __future__ import annotations

import pytest

from graphbuilder.ingest import article_from_text


def test_a_name_with_an_initial_is_no_headline_at_the_end() -> None:
    text = 'The council voted.\n\n"Statement from Mayor Jo R. Roe on #NorthtownDay"'
    assert article_from_text(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        # a story's last sentence that lost its full stop: a determiner, a noun and a verb in the present
        "The court heard the first witness on Monday. The hearing continues",
        "Divers searched the lake all day. The search goes on",
        # an adjunct that opens the sentence before a quotation is no heading
        "The admiral described the chain of command.  As head of the fleet “I advise the minister, and "
        "he decides,” he said.",
    ],
)
def test_prose_stays(text: str) -> None:
    assert article_from_text(text).text == text


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # a caption or a headline the paragraph ends with still goes
        ("Divers searched the lake. The leaders of both towns", "Divers searched the lake."),
        ("Divers searched the lake. Mayor's arrest sends message to rivals", "Divers searched the lake."),
    ],
)
def test_headlines_at_the_end_still_go(text: str, clean: str) -> None:
    assert article_from_text(text).text == clean


def test_a_print_features_dialogue_opened_by_dashes_stays_and_its_captions_go() -> None:
    text = (
        "The old fisherman sat down by the stove.\n- Are you coming with us? she asked.\n- I never go out "
        "in winter, he said.\n- A boat lies on the frozen shore.\nThey left at dawn. (Northtown Weekly "
        "01/06/2017 page7)"
    )
    kept = article_from_text(text).text
    assert "- Are you coming with us? she asked." in kept and "- I never go out in winter" in kept
    assert "A boat lies" not in kept and "They left at dawn." in kept


@pytest.mark.parametrize(
    "text",
    [
        "Protests spread across the northern region of the country when Jo Roe was arrested on Monday.",
        "The old mill closed its doors to workers last year because Northtown Mills had lost its contracts.",
    ],
)
def test_a_print_features_first_sentence_is_not_split_after_a_subordinator(text: str) -> None:
    from graphbuilder.ingest.deck import split_deck

    assert split_deck(text) == text
