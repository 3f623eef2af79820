"""PLOVER quad classes: each event category as verbal/material cooperation or conflict.

The classes follow the CAMEO roots the project's own table (``data/events/cameo_plover.tsv``)
maps to each category: roots 01-05 verbal cooperation, 06-08 material cooperation, 09-13
verbal conflict, 14-20 material conflict (``tests/view/test_quad.py`` checks the two agree).
ACCUSE has no CAMEO code in that table; it is verbal conflict (CAMEO 112, "accuse").
"""

from __future__ import annotations

VERBAL_COOPERATION = "verbal cooperation"
MATERIAL_COOPERATION = "material cooperation"
VERBAL_CONFLICT = "verbal conflict"
MATERIAL_CONFLICT = "material conflict"
QUAD_CLASSES = (VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT)

#: PLOVER category -> quad class.
QUAD_CLASS: dict[str, str] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "REQUEST"), VERBAL_COOPERATION),
    **dict.fromkeys(("CONCEDE", "COOPERATE", "AID", "RETREAT"), MATERIAL_COOPERATION),
    **dict.fromkeys(("DEMAND", "INVESTIGATE", "ACCUSE", "DISAPPROVE", "REJECT", "THREATEN"), VERBAL_CONFLICT),
    **dict.fromkeys(("PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT"), MATERIAL_CONFLICT),
}

#: Edge and bar colours: greens and blues for cooperation, oranges and reds for conflict.
EVENT_COLORS: dict[str, str] = {
    "AGREE": "#1b9e77", "CONSULT": "#66c2a5", "SUPPORT": "#2ca25f", "REQUEST": "#99d8c9",
    "CONCEDE": "#3182bd", "COOPERATE": "#6baed6", "AID": "#08519c", "RETREAT": "#9ecae1",
    "DEMAND": "#fdae6b", "INVESTIGATE": "#fdd0a2", "ACCUSE": "#e6550d", "DISAPPROVE": "#fd8d3c",
    "REJECT": "#d94801", "THREATEN": "#a63603",
    "PROTEST": "#fb6a4a", "MOBILIZE": "#fc9272", "SANCTION": "#cb181d", "COERCE": "#a50f15",
    "ASSAULT": "#67000d", "FIGHT": "#ef3b2c",
}
#: Colour of statements that carry no PLOVER type.
UNTYPED = "(no event type)"
UNTYPED_COLOR = "#b0b0b0"


def quad_class(event_type: str | None) -> str | None:
    """The quad class of a PLOVER category, None for no (or an unknown) category."""
    return QUAD_CLASS.get(event_type) if event_type else None


def is_cooperative(event_type: str | None) -> bool | None:
    """True for cooperation, False for conflict, None when the statement has no event type."""
    q = quad_class(event_type)
    return None if q is None else q.endswith("cooperation")


def event_color(event_type: str | None) -> str:
    return EVENT_COLORS.get(event_type or "", UNTYPED_COLOR)
