"""Evaluation: running the pipeline on gold data and scoring it (PLOVER, CaRB, CoNLL04).

``gold`` reads the gold files, ``metrics`` holds the pure scoring functions, ``relations``
maps statements onto CoNLL04 relation types, ``runners`` runs the pipeline and writes misses.
"""

from graphbuilder.evaluate.metrics import (
    CarbResult,
    EventResult,
    Scores,
    score_carb,
    score_events,
    score_relations,
)

__all__ = [
    "CarbResult",
    "EventResult",
    "Scores",
    "run_carb",
    "run_conll04",
    "run_plover",
    "score_carb",
    "score_events",
    "score_relations",
]


def __getattr__(name: str):  # type: ignore[no-untyped-def]
    # the runners import the pipeline (spaCy); load them only when asked for
    if name in ("run_plover", "run_carb", "run_conll04"):
        from graphbuilder.evaluate import runners

        return getattr(runners, name)
    raise AttributeError(name)
