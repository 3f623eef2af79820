"""graphbuilder's pipeline multiplies matrices through NumPy, with BLAS at one thread while it
parses; the stock model (the benchmark's baseline) and the user's own settings stay as they are."""

from __future__ import annotations

from collections.abc import Iterator

from thinc.api import NumpyOps, get_current_ops, set_current_ops
from threadpoolctl import ThreadpoolController

from graphbuilder.nlp import assemble_pipeline, load_model, load_pipeline, one_blas_thread, parsing

TEXTS = [
    "Prime Minister Theresa May met Angela Merkel in Berlin on Tuesday to discuss Brexit.",
    "The Bank of England raised interest rates to 0.75%, its governor Mark Carney said.",
    "Shares in BP fell 3% after the oil company warned that profits would be lower.",
]


def _layer_ops(nlp, name: str) -> set[tuple[str, bool]]:
    model = nlp.get_pipe(name).model
    return {(type(node.ops).__name__, node.ops.use_blis) for node in model.walk()}


def _parses(nlp) -> list[tuple[str, ...]]:
    return [tuple(f"{t.tag_} {t.dep_} {t.head.i} {t.ent_iob_}{t.ent_type_}" for t in doc)
            for doc in nlp.pipe(TEXTS)]


def test_the_pipeline_layers_use_numpy_ops_without_blis_and_the_stock_model_keeps_blis() -> None:
    before = get_current_ops()
    nlp = load_pipeline()
    assert _layer_ops(nlp, "tok2vec") == {("NumpyOps", False)}
    assert _layer_ops(nlp, "tagger") == {("NumpyOps", False)}
    for name in ("parser", "ner"):  # the layers that embed and map the tokens' vectors
        lower = nlp.get_pipe(name).model.get_ref("lower")
        assert {(type(n.ops).__name__, n.ops.use_blis) for n in lower.walk()} == {("NumpyOps", False)}
    assert get_current_ops() is before  # the backend is changed for the load only
    stock = load_model()
    assert _layer_ops(stock, "tok2vec") == {("NumpyOps", True)}


class _UsersOps(NumpyOps):
    """A CPU backend a user chose (a subclass, as thinc's Apple ops are): kept as it is."""

    name = "users-numpy"


def test_a_backend_the_user_chose_is_kept_and_the_parses_are_the_same_as_with_blis() -> None:
    before = get_current_ops()
    users = _UsersOps(use_blis=True)
    set_current_ops(users)
    try:
        with_blis = assemble_pipeline()
    finally:
        set_current_ops(before)
    assert _layer_ops(with_blis, "tok2vec") == {("_UsersOps", True)}
    assert _parses(load_pipeline()) == _parses(with_blis)


def _blas_threads() -> set[int]:
    return {lib["num_threads"] for lib in ThreadpoolController().info() if lib["user_api"] == "blas"}


def test_blas_runs_one_thread_while_the_next_doc_is_made_and_as_before_otherwise() -> None:
    seen_inside: list[set[int]] = []

    def docs() -> Iterator[int]:
        for n in range(3):
            seen_inside.append(_blas_threads())
            yield n

    controller = ThreadpoolController()
    assert _blas_threads(), "NumPy's BLAS is loaded"
    with controller.limit(limits=2, user_api="blas"):  # as on a machine of two cores or more
        seen_outside = []
        for n in parsing(docs()):
            seen_outside.append((n, _blas_threads()))
        with one_blas_thread():
            assert _blas_threads() == {1}
        assert _blas_threads() == {2}
    assert seen_inside == [{1}, {1}, {1}]
    assert seen_outside == [(0, {2}), (1, {2}), (2, {2})]
