"""The dependency parser's and the entity recognizer's greedy decoding, stepped from Python
with Python's lock held.

spaCy decodes a batch of Docs in a C loop that releases the GIL (``Parser.greedy_parse``
runs ``_parseC`` under ``with nogil``). In the spaCy 3.8 wheels the functions that loop
calls for every state and every move (each transition's ``is_valid``, and the state
accessors it reads) take the GIL and give it back on each call (Cython's
``PyGILState_Ensure`` and ``Release``); with the lock released, every such call is a full
acquire and release of it. On 100 BBC articles the entity recognizer spent more than half
its time there (py-spy: ``TransitionSystem_set_valid`` over ``pthread_mutex_lock``).

:class:`HeldLockDecoder` runs the same loop one step at a time from Python, where the lock
is held, so those calls cost a counter each: per step it asks the component's own step
model for the states' feature ids and hidden vectors (the C function the loop uses,
``sum_state_features``, then the bias and the maxout), multiplies them by the output
layer with the same BLIS ``sgemm`` call the loop makes, adds the bias, and hands the
scores to the component's own ``transition_states`` (the loop's ``c_transition_batch``).
The same functions on the same numbers in the same order: the same parses and entities,
byte for byte (checked: ``Doc.to_bytes`` of 300 BBC articles, and the build's outputs).
Where the loop would compute otherwise (beam search, another backend than thinc's NumPy
ops on the CPU, no maxout, no output layer, classes marked unseen, another model
architecture) the stock component decodes, as it would without this module.

:func:`use_held_lock_decoding` swaps the wrappers into a loaded pipeline under the stock
names (``parser``, ``ner``); everything else asked of them goes to the stock component.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import spacy
import thinc
from blis.py import gemm
from spacy.language import Language
from spacy.ml import tb_framework
from spacy.pipeline.transition_parser import Parser
from spacy.tokens import Doc
from spacy.util import minibatch
from thinc.api import NumpyOps, set_dropout_rate

from graphbuilder.nlp.wrapping import register_wrapper, swap_in

#: Names of the wrappers' factories, by the stock component they wrap (the pipeline keeps the
#: stock names), and what each assigns (as spaCy's ``parser`` and ``ner`` factories say).
HELD_LOCK_FACTORIES = {"parser": "graphbuilder_held_lock_parser", "ner": "graphbuilder_held_lock_ner"}
_ASSIGNS = {
    "parser": ["token.dep", "token.head", "token.is_sent_start", "doc.sents"],
    "ner": ["doc.ents", "token.ent_iob", "token.ent_type"],
}


def _steps_as_loop_does(parser: Any) -> bool:
    """Whether :func:`greedy_decode` computes exactly what the stock C loop does for
    ``parser``: greedy (beam width 1), the transition model of ``spacy.ml.tb_framework``
    with an output layer over maxout hidden units, every class seen, and thinc's NumPy ops
    on the CPU, whose BLAS for the loop is BLIS (``NumpyOps.cblas``)."""
    model = parser.model
    if parser.cfg.get("beam_width", 1) != 1 or getattr(model, "_func", None) is not tb_framework.forward:
        return False
    if not model.attrs.get("has_upper") or model.attrs.get("unseen_classes"):
        return False
    lower = model.get_ref("lower")
    if not lower.has_dim("nP") or lower.get_dim("nP") < 2:
        return False
    return all(isinstance(ops, NumpyOps) and type(ops).cblas is NumpyOps.cblas
               for ops in (model.ops, lower.ops))


def greedy_decode(parser: Any, docs: list[Doc]) -> list[Any]:
    """``parser.greedy_parse(docs)`` computed step by step with the GIL held: the final
    states of ``docs``, for ``parser.set_annotations``. Only for a parser that
    :func:`_steps_as_loop_does` once the Docs' labels are added (:meth:`HeldLockDecoder.predict`
    adds them before it checks)."""
    set_dropout_rate(parser.model, 0.0)
    batch = parser.moves.init_batch(docs)
    step = parser.model.predict(docs)
    try:
        upper = step.vec2scores
        weights, bias = upper.get_param("W"), upper.get_param("b")
        states = [state for state in batch if not state.is_final()]
        while states:
            hidden = step.state2vec.predict(step.get_token_ids(states))  # features, bias, maxout
            scores = gemm(hidden, weights, trans2=True, beta=0.0)  # the loop's sgemm (BLIS)
            scores += bias
            states = parser.transition_states(states, scores)  # valid moves, argmax, do
    finally:
        step.clear_memory()
    return list(batch)


class HeldLockDecoder:
    """A stock ``parser`` or ``ner`` whose greedy decoding runs with the GIL held (see the
    module docstring); batching, annotations and errors as in spaCy's ``Parser``."""

    def __init__(self, stock: Any) -> None:
        self.stock = stock
        self.name = stock.name

    def predict(self, docs: Iterable[Doc] | Doc) -> list[Any]:
        docs = [docs] if isinstance(docs, Doc) else list(docs)
        # labels the Docs bring (an entity ruler's) are added before the check: adding them
        # marks classes unseen, which the steps do not score as the loop does
        self.stock._ensure_labels_are_added(docs)
        if not any(len(doc) for doc in docs) or not _steps_as_loop_does(self.stock):
            return self.stock.predict(docs)  # type: ignore[no-any-return]
        return greedy_decode(self.stock, docs)

    def __call__(self, doc: Doc) -> Doc | None:
        error_handler = self.stock.get_error_handler()
        try:
            self.stock.set_annotations([doc], self.predict([doc]))
            return doc
        except Exception as e:
            error_handler(self.name, self.stock, [doc], e)
            return None

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        """As ``Parser.pipe``: batches of ``batch_size``, decoded shortest Docs first in
        sub-batches of a quarter of it, given back in order."""
        error_handler = self.stock.get_error_handler()
        for batch in minibatch(docs, size=batch_size):
            in_order = list(batch)
            try:
                by_length = sorted(in_order, key=len)
                for sub in minibatch(by_length, size=max(batch_size // 4, 2)):
                    sub = list(sub)
                    self.stock.set_annotations(sub, self.predict(sub))
                yield from in_order
            except Exception as e:
                error_handler(self.name, self.stock, in_order, e)

    def __getattr__(self, name: str) -> Any:
        # model, moves, labels, cfg, to_bytes ...: the stock component's
        if name.startswith("__") or name == "stock":
            raise AttributeError(name)
        return getattr(self.stock, name)


for _name, _factory in HELD_LOCK_FACTORIES.items():
    register_wrapper(_factory, _ASSIGNS[_name], HeldLockDecoder)


#: The spaCy and thinc releases whose decoding loop the steps were checked against (the
#: same Docs byte for byte); with others the stock components decode.
CHECKED_RELEASES = {"spacy": "3.8.", "thinc": "8.3."}


def checked_release() -> bool:
    """Whether the installed spaCy and thinc are releases the steps were checked against."""
    return (spacy.about.__version__.startswith(CHECKED_RELEASES["spacy"])
            and thinc.__version__.startswith(CHECKED_RELEASES["thinc"]))


def use_held_lock_decoding(nlp: Language) -> None:
    """Replace the pipeline's ``parser`` and ``ner`` (when it has them, and they are spaCy's
    transition-based components) by :class:`HeldLockDecoder` wrappers, under the same names
    and places; with a spaCy or thinc release the steps were not checked against, keep them."""
    if not checked_release():
        return
    for name, factory in HELD_LOCK_FACTORIES.items():
        swap_in(nlp, name, Parser, factory)
