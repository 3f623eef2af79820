"""A participle clause set off by a comma after an infinitive taken in as an argument tells
what the whole act did, no part of what was ordered or agreed (made-up sentences)."""

from __future__ import annotations


def test_the_participle_leaves_the_infinitive(candidates) -> None:
    cands = candidates("The council agreed to fund the new stadium, angering local taxpayers.")
    agreed = [c.object.text for c in cands if c.predicate == "agreed" and c.object is not None]
    assert agreed and all("angering" not in o for o in agreed), agreed
