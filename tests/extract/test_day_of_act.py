"""An "on"-phrase of a day hung on a noun tells when the act was done (made-up sentences): no
part of the subject ("The minister on Friday approved ...") or of the thing acted on
("promoted the plan on Friday with a forecast"); what the noun governs after it stays."""

from __future__ import annotations

from tests.extract.conftest import find_candidate


def test_the_day_leaves_the_subject(candidates) -> None:
    cands = candidates("The interior minister on Friday approved the new border checks.")
    find_candidate(cands, "The interior minister", "approved", "the new border checks")


def test_the_day_leaves_the_object(candidates) -> None:
    cands = candidates("The council promoted its housing plan on Friday with a forecast of rapid growth.")
    find_candidate(cands, "The council", "promoted", "its housing plan")


def test_what_the_noun_governs_after_the_day_stays(candidates) -> None:
    cands = candidates("The actress told a radio show on Monday that the producer had threatened her.")
    told = [c for c in cands if c.predicate == "told" and c.object is not None]
    assert any("threatened" in c.object.text for c in told), [c.object.text for c in told]
