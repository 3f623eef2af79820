"""The garbage collector during a build (graphbuilder.engine.collector): what lives long is
frozen while the build runs, outputs included, and handed back afterwards; what the calling
program froze itself stays frozen."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graphbuilder.engine.collector import is_set_aside, long_lived_set_aside


@pytest.fixture(autouse=True)
def nothing_frozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_the_block_freezes_then_hands_back() -> None:
    kept = [[object()] for _ in range(100)]  # containers alive when the block starts
    with long_lived_set_aside():
        assert gc.get_freeze_count() >= len(kept) and is_set_aside()
    assert gc.get_freeze_count() == 0 and not is_set_aside()  # everything handed back


def test_an_inner_block_leaves_the_outer_one_in_charge() -> None:
    with long_lived_set_aside():
        with long_lived_set_aside():
            pass
        # the inner block ended: still frozen, the outer block owns the state
        assert gc.get_freeze_count() > 0 and is_set_aside()
    assert gc.get_freeze_count() == 0


def test_the_state_is_restored_when_the_block_raises() -> None:
    with pytest.raises(RuntimeError), long_lived_set_aside():
        raise RuntimeError("a failed build")
    assert gc.get_freeze_count() == 0 and not is_set_aside()


def _collected(objects: list[Any]) -> int:
    """How many of these objects the collector walks (a frozen object is in no generation)."""
    walked = {id(o) for o in gc.get_objects()}
    return sum(id(o) in walked for o in objects)


def test_what_the_calling_program_froze_stays_frozen() -> None:
    kept = [[object()] for _ in range(100)]
    gc.freeze()
    assert _collected(kept) == 0
    with long_lived_set_aside():
        assert not is_set_aside()  # the collector is left alone
    # the program's own objects are still frozen (the global count may fall as unrelated
    # frozen objects are freed, so it is no measure of this)
    assert _collected(kept) == 0 and gc.get_freeze_count() > 0
    gc.unfreeze()
    assert _collected(kept) == len(kept)  # the measure sees an unfrozen object


def test_a_paused_batch_generator_leaves_the_next_build_in_charge(tmp_path: Path) -> None:
    """run_batches enters no block of its own: a generator left paused after its first batch
    does not stop the next block from handing everything back."""
    from graphbuilder.engine.local import run_batches
    from graphbuilder.model import Article
    from graphbuilder.pipeline import Pipeline

    articles = [Article(f"a{i}", "Vladimir Putin met Viktor Orban in Budapest on Monday.") for i in range(3)]
    paused = run_batches(Pipeline(batch_size=1), articles, 1)
    next(paused)
    assert not is_set_aside()
    with long_lived_set_aside():
        assert is_set_aside()
    assert gc.get_freeze_count() == 0
    paused.close()


def test_a_build_holds_the_freeze_while_it_writes_the_outputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import graphbuilder.buildfolder as buildfolder

    seen: list[int] = []
    write_outputs = buildfolder.write_outputs

    def recording(*args: Any, **kwargs: Any) -> list[str]:
        seen.append(gc.get_freeze_count())
        return write_outputs(*args, **kwargs)

    monkeypatch.setattr(buildfolder, "write_outputs", recording)
    result = buildfolder.build(["Vladimir Putin met Viktor Orban in Budapest on Monday."], tmp_path / "out",
                               store=False)
    assert result.built == 1
    assert seen and all(count > 0 for count in seen), seen
    assert gc.get_freeze_count() == 0 and not is_set_aside()
