"""Headings run into the next sentence without a full stop: a paragraph break at the boundary,
the heading kept as its own sentence (session 29). Since session 31 the ingest pipeline drops a
heading so split off when it follows a sentence's end and reads as a headline
(graphbuilder.ingest.trailer.strip_paragraph_captions); the sentences around it stay whole. All
texts are made up."""

from __future__ import annotations

import pytest

import graphbuilder
from graphbuilder.ingest.headings import heading_boundaries, split_run_in_headings
from graphbuilder.ingest.wire import strip_wire_furniture


@pytest.mark.parametrize(
    ("text", "split"),
    [
        # a subheading before an article, a pronoun, a preposition of time, a sentence adverb
        ("The convoy left. A long road The volunteers reached the port.",
         "The convoy left. A long road\n\nThe volunteers reached the port."),
        ("Talks failed. Bridge plan shelved He said the council had voted.",
         "Talks failed. Bridge plan shelved\n\nHe said the council had voted."),
        ("The truce held. Hopes for peace On Monday, the general left.",
         "The truce held. Hopes for peace\n\nOn Monday, the general left."),
        ("Rates rose. Slim hopes However, Ruritania kept its plan.",
         "Rates rose. Slim hopes\n\nHowever, Ruritania kept its plan."),
        ("Prices fell. Farm exports slump According to the ministry, sales fell.",
         "Prices fell. Farm exports slump\n\nAccording to the ministry, sales fell."),
        # a caption ending with a name, then a sentence's function word and a lower-case word
        ("Staff writer Jo Roe The minister has resigned.",
         "Staff writer Jo Roe\n\nThe minister has resigned."),
        # a heading that ends with a quotation, or with a dash that stood for a line break
        ("It rained. Roe: 'We will stay' The talks resumed at noon.",
         "It rained. Roe: 'We will stay'\n\nThe talks resumed at noon."),
        ("It rained. Court halts the merger- As a result, the talks stopped.",
         "It rained. Court halts the merger-\n\nAs a result, the talks stopped."),
        # after a capitalised word, a preposition before a determiner
        ("Staff writer Jo Roe During his visit the talks stalled.",
         "Staff writer Jo Roe\n\nDuring his visit the talks stalled."),
        # a quoted sentence after the heading
        ('Talks failed. A brighter future "The strikes will go on," she said.',
         'Talks failed. A brighter future\n\n"The strikes will go on," she said.'),
        # two headings in a row
        ("It rained. A steep climb The plan was to sail at dawn.",
         "It rained. A steep climb\n\nThe plan was to sail at dawn."),
    ],
)
def test_run_in_heading_is_split(text: str, split: str) -> None:
    assert split_run_in_headings(text) == split
    # through the pipeline the sentence after the heading stands whole, as its own paragraph
    assert strip_wire_furniture(text).text.endswith("\n\n" + split.split("\n\n")[-1])


@pytest.mark.parametrize(
    "text",
    [
        "He told The Times the plan had failed.",  # a title's article: a capital follows
        "She lives in The Hague with her family.",  # after a function word
        "The council's The Hague office closed.",  # after a possessive
        "The professor of law, said He, a historian.",  # a name after a verb of saying
        "Soldier A said he fired twice.",  # a letter naming one of a kind
        "The hepatitis A vaccine was given to the pupils.",
        "Officials said Plan A would go ahead.",
        "Her album is called Take This and Go.",  # a title's words
        "I think the deal is good and I will sign it.",  # "I" is capitalised everywhere
        "The film Still Life won a prize.",  # an adverb after a capitalised word: a name's
        "The firm made the Carry On films in the sixties.",  # a title's particle
        "Unions said the workers' The union was closed.",  # a possessive's mark, no quotation
        "The results came out. The minister said so.",  # a full stop ends the sentence
        'The film "The Others" won.',  # a quoted title capitalises its words
        'Protesters held a banner reading "We want peace." Police watched.',  # the quote is the banner's
        'She called the charges "a plot by the press."',  # a quoted noun phrase
        'Roe told reporters, adding "The talks will go on."',  # a verb of saying before its quote
        "She starred in the film In the Heat of the Night in 1967.",  # a title after its noun
        "Labour campaigned under the slogan For the many not the few last year.",
        "The song We are the champions was played at the rally.",
        "A group calling itself The base claimed the attack.",
    ],
)
def test_prose_is_not_split(text: str) -> None:
    assert heading_boundaries(text) == []
    assert split_run_in_headings(text) == text


def test_no_word_is_lost() -> None:
    """The headings module drops nothing; the pipeline then drops the heading after a sentence's
    end (a headline: no past verb, no pronoun first, no comma) and keeps both sentences whole."""
    text = "The road was shut. Rebels vow to hold the port The army said it would attack."
    split = split_run_in_headings(text)
    assert split.split() == text.split()
    assert "the port\n\nThe army" in split
    assert strip_wire_furniture(text).text == "The road was shut.\n\nThe army said it would attack."


def test_heading_no_longer_shares_the_next_sentences_statement() -> None:
    """Without the cut the heading became a conjunct subject: "[Hopes] accused [the rebels]"."""
    text = (
        "The ceasefire held overnight. Hopes for peace In February, the general accused the rebels "
        "of breaking the truce."
    )
    records = graphbuilder.extract(text)
    subjects = {r["subject"]["text"].lower() for r in records if r["predicate"] == "accused"}
    assert subjects
    assert not any("hopes" in s for s in subjects)
