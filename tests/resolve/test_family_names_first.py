"""One person, one node (session 32, Reuters dev entities: "Xi" apart from "Xi Jinping" in the
same article): a family name said first, as Chinese, Korean and Vietnamese names have it,
joins the full name of its article. Made-up sentences, real parses."""

from __future__ import annotations

import pytest

from graphbuilder.resolve.coref import _family_name_first


def test_a_family_name_said_first_is_the_full_name() -> None:
    assert _family_name_first(["xi"], ["xi", "jinping"])
    assert _family_name_first(["moon"], ["moon", "jae-in"])


def test_a_western_first_name_alone_is_not_joined() -> None:
    assert not _family_name_first(["donald"], ["donald", "trump"])
    assert not _family_name_first(["xi"], ["xi"])


@pytest.mark.parametrize(
    "text",
    [
        "South Korean President Park Min-ho met the delegation on Monday. Park told reporters that "
        "trade would grow.",
        "Vietnamese Prime Minister Nguyen Van Hung met the envoy in Hanoi. Nguyen said ties were strong.",
    ],
)
def test_the_family_name_joins_the_full_name_in_the_article(resolve_text, text: str) -> None:
    graph = resolve_text(text)
    persons = {e.name for e in graph.entities if e.type == "Person"}
    assert persons & {"Park", "Nguyen"} == set()
    assert persons & {"Park Min-ho", "Nguyen Van Hung"}


def test_two_people_of_one_family_name_leave_it_alone(resolve_text) -> None:
    graph = resolve_text(
        "South Korean President Park Min-ho met Foreign Minister Park Ji-woo on Monday. Park told "
        "reporters that trade would grow."
    )
    assert "Park" in {e.name for e in graph.entities}
