"""The parser's and the entity recognizer's decoding stepped with Python's lock held
(graphbuilder.nlp.transitions) against spaCy's own C loop: the same Docs, byte for byte."""

from __future__ import annotations

import pytest
from spacy.pipeline import DependencyParser, EntityRecognizer

from graphbuilder.nlp import assemble_pipeline, load_model, load_pipeline, transitions
from graphbuilder.nlp.transitions import HeldLockDecoder

# Made-up texts of different lengths (the sub-batches are sorted by length), with names,
# dates, money and quotes for the entity recognizer, an empty text and white space only.
TEXTS = [
    "The mayor of Eastbrook, Dana Whitfield, said on Monday that the city would borrow $40 million.",
    "",
    "Rebels attacked a convoy near Norvale.",
    "   ",
    "Ministers from Kestria and Lothar met in Geneva on 3 March. \"We agreed nothing,\" one said.\n\n"
    "The talks, which the United Nations called for in January, will resume next week, officials said.",
    "Shares in Brightwater Energy fell 4% after the company cut its forecast for 2019.",
    "He resigned.",
    "Prime Minister Jonas Ferrell urged the central bank to hold rates, while the opposition leader, "
    "Mira Castell, accused him of meddling; the bank's governor declined to comment on Friday.",
]


@pytest.fixture(scope="module")
def stock_decoding():
    """The pipeline as graphbuilder loads it, but with spaCy's own decoding."""
    return assemble_pipeline(held_lock=False)


def test_the_pipeline_decodes_with_the_lock_held_and_the_stock_model_keeps_spacys_components() -> None:
    nlp = load_pipeline()
    assert isinstance(nlp.get_pipe("parser"), HeldLockDecoder)
    assert isinstance(nlp.get_pipe("ner"), HeldLockDecoder)
    assert isinstance(nlp.get_pipe("parser").stock, DependencyParser)
    assert isinstance(nlp.get_pipe("ner").stock, EntityRecognizer)
    assert nlp.get_pipe("ner").labels == nlp.get_pipe("ner").stock.labels  # the rest is the stock one's
    stock = load_model()
    assert type(stock.get_pipe("parser")) is DependencyParser
    assert type(stock.get_pipe("ner")) is EntityRecognizer


@pytest.mark.parametrize("batch_size", [1, 3, 32])
def test_the_docs_are_those_of_spacys_decoding(stock_decoding, batch_size: int) -> None:
    nlp = load_pipeline()
    ours = [doc.to_bytes() for doc in nlp.pipe(TEXTS, batch_size=batch_size)]
    theirs = [doc.to_bytes() for doc in stock_decoding.pipe(TEXTS, batch_size=batch_size)]
    assert ours == theirs
    assert [nlp(text).to_bytes() for text in TEXTS] == [stock_decoding(text).to_bytes() for text in TEXTS]


@pytest.fixture()
def stepped(monkeypatch) -> list[str]:
    """The names of the components whose batches are stepped from Python, as they come."""
    names: list[str] = []
    decode = transitions.greedy_decode

    def counted(parser, docs):
        names.append(parser.name)
        return decode(parser, docs)

    monkeypatch.setattr(transitions, "greedy_decode", counted)
    return names


def test_the_decoding_is_stepped_from_python(stepped) -> None:
    list(load_pipeline().pipe(TEXTS[:1]))
    assert stepped == ["parser", "ner"]


def test_what_the_steps_would_compute_otherwise_is_left_to_spacy(monkeypatch) -> None:
    ours, theirs = assemble_pipeline(), assemble_pipeline(held_lock=False)  # settings changed here

    def refuse(parser, docs):
        raise AssertionError("stepped from Python")

    monkeypatch.setattr(transitions, "greedy_decode", refuse)
    for nlp in (ours, theirs):
        parser, ner = nlp.get_pipe("parser"), nlp.get_pipe("ner")
        parser.cfg["beam_width"] = 2  # beam search
        ner.model.attrs["unseen_classes"] = {0}  # the C loop gives unseen classes the lowest score
    assert not transitions._steps_as_loop_does(ours.get_pipe("parser").stock)
    assert not transitions._steps_as_loop_does(ours.get_pipe("ner").stock)
    assert ([doc.to_bytes() for doc in ours.pipe(TEXTS)]
            == [doc.to_bytes() for doc in theirs.pipe(TEXTS)])


def test_an_error_in_the_steps_goes_to_the_components_error_handler(monkeypatch) -> None:
    # (spaCy's default handler raises it; spaCy 3.8's parser takes no other handler: its
    # ``set_error_handler`` fails on the stock component too)
    def fail(parser, docs):
        raise ValueError("broken step")

    monkeypatch.setattr(transitions, "greedy_decode", fail)
    nlp = load_pipeline()
    with pytest.raises(ValueError, match="broken step"):
        list(nlp.pipe(TEXTS[:2]))
    with pytest.raises(ValueError, match="broken step"):
        nlp(TEXTS[0])


def test_labels_an_entity_ruler_brings_are_decoded_by_spacy(stepped) -> None:
    # a label the model lacks makes the recognizer add a class it marks unseen: the C loop
    # scores it apart, so the steps must leave such a batch to spaCy
    ours, theirs = assemble_pipeline(), assemble_pipeline(held_lock=False)
    for nlp in (ours, theirs):
        nlp.add_pipe("entity_ruler", before="ner").add_patterns(
            [{"label": "FOOTHING", "pattern": "Norvale"}])
    assert ([doc.to_bytes() for doc in ours.pipe(TEXTS)]
            == [doc.to_bytes() for doc in theirs.pipe(TEXTS)])
    assert "ner" not in stepped and "parser" in stepped


def test_another_release_keeps_spacys_decoding(monkeypatch) -> None:
    monkeypatch.setitem(transitions.CHECKED_RELEASES, "spacy", "9.9.")
    nlp = assemble_pipeline()
    assert isinstance(nlp.get_pipe("parser"), DependencyParser)
    assert isinstance(nlp.get_pipe("ner"), EntityRecognizer)
