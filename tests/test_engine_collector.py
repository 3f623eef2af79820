"""The garbage collector during a build (graphbuilder.engine.collector): what lives long is
frozen while the build runs, and handed back afterwards."""

from __future__ import annotations

import gc

from graphbuilder.engine.collector import long_lived_set_aside


def test_the_block_freezes_then_hands_back() -> None:
    before_thresholds, before_frozen = gc.get_threshold(), gc.get_freeze_count()
    kept = [[object()] for _ in range(100)]  # containers alive when the block starts
    with long_lived_set_aside():
        assert gc.get_freeze_count() >= before_frozen + len(kept)
    assert gc.get_threshold() == before_thresholds
    assert gc.get_freeze_count() == 0  # everything handed back


def test_an_inner_block_leaves_the_outer_one_in_charge() -> None:
    with long_lived_set_aside():
        with long_lived_set_aside():
            pass
        # the inner block ended: still frozen, the outer block owns the state
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_the_state_is_restored_when_the_block_raises() -> None:
    try:
        with long_lived_set_aside():
            raise RuntimeError("a failed build")
    except RuntimeError:
        pass
    assert gc.get_freeze_count() == 0


def test_a_build_hands_the_collector_back_as_it_was(tmp_path) -> None:
    from graphbuilder.buildfolder import build

    before = gc.get_threshold()
    result = build(["Vladimir Putin met Viktor Orban in Budapest on Monday."], tmp_path / "out", store=False)
    assert result.built == 1
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
