"""Speakers of reported speech and quotes; reporters of news sources."""

from __future__ import annotations

import pytest

from graphbuilder.extract.confidence import CONSTRUCT_CONFIDENCE

# (text, subject, predicate, speaker text or None, reporter text or None)
CASES = [
    ('"We have reviewed the appeal from Mr. Trump," Putin emphasized.', "We", "reviewed", "Putin", None),
    (
        "The ministry said that Ukraine would never accept the terms.",
        "Ukraine",
        "accepted",
        "The ministry",
        None,
    ),
    (
        '"The situation is difficult. Our army has stopped the offensive," '
        "Zelensky said, as quoted by Strana.",
        "Our army",
        "stopped",
        "Zelensky",
        "Strana",
    ),
    ("Russian troops captured the village, TASS reports.", "Russian troops", "captured", None, "TASS"),
    ("According to TASS, Russian troops captured the village.", "Russian troops", "captured", None, "TASS"),
    ("According to Peskov, the Kremlin rejected the plan.", "the Kremlin", "rejected", "Peskov", None),
    (
        'Putin said: "We will defend our land. The West has ignored our warnings."',
        "The West",
        "ignored",
        "Putin",
        None,
    ),
    ("Reuters reported that the army had seized the airport.", "the army", "seized", None, "Reuters"),
    ("The Kremlin announced new sanctions.", "The Kremlin", "announced", None, None),
    ("Putin proposed that the government issue a decree, TASS reports.", "Putin", "proposed", None, "TASS"),
    (
        "Putin proposed that the government issue a decree, TASS reports.",
        "the government",
        "issued",
        "Putin",
        "TASS",
    ),
    # one list of reporting verbs: "revealed" names a speaker as "said" and "tweeted" do
    ("The minister revealed that the army had seized Kherson.", "the army", "seized", "The minister", None),
    ('"The army has seized the airport," the minister revealed.', "The army", "seized", "the minister", None),
    ("The minister tweeted that the army had seized Kherson.", "the army", "seized", "The minister", None),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "speaker", "reporter"), CASES)
def test_attribution(candidates, find, text, subject, predicate, speaker, reporter) -> None:
    cand = find(candidates(text), subject, predicate)
    assert (cand.speaker.text if cand.speaker is not None else None) == speaker
    assert (cand.reporter.text if cand.reporter is not None else None) == reporter


def test_a_quote_carried_over_paragraphs_keeps_its_speaker(candidates, find) -> None:
    text = (
        'Ms Hewitt said: "We have doubled maternity pay.\n\n'
        '"We will extend the pay to nine months by 2007."\n\n'
        '"Critics attacked the plan," the Guardian wrote.'
    )
    cands = candidates(text)
    extend = find(cands, "We", "extended")
    assert extend.speaker is not None and extend.speaker.text == "Ms Hewitt"
    attacked = find(cands, "Critics", "attacked")  # a new quote with its own source
    assert attacked.speaker is not None and attacked.speaker.text == "the Guardian"


def test_paragraphs_flattened_into_one_line_keep_the_speaker(candidates, find) -> None:
    text = 'Mr Davey said: "We will win more seats. "I think we will gain the best results."'
    cand = find(candidates(text), "we", "gained")
    assert cand.speaker is not None and cand.speaker.text == "Mr Davey"


def test_hard_wrapped_lines_do_not_end_a_quote(candidates, find) -> None:
    text = 'Putin said: "The West has ignored our\nwarnings. We will defend our land."'
    cand = find(candidates(text), "We", "defended")
    assert cand.speaker is not None and cand.speaker.text == "Putin"


def test_verbs_of_saying_make_a_statement_of_their_own(candidates, find) -> None:
    cands = candidates('"Our army has stopped the offensive," Zelensky said.')
    assert {c.predicate for c in cands} == {"stopped", "said"}
    said, stopped = find(cands, "Zelensky", "said"), find(cands, "Our army", "stopped")
    assert said.object is not None and said.object.text == "Our army has stopped the offensive"
    assert said.speaker is None and stopped.speaker is not None
    # a named speaker's saying is as certain as its construct ("report", see confidence.py)
    assert said.confidence == CONSTRUCT_CONFIDENCE["report"]


def test_quote_speaker_reaches_every_quoted_sentence(candidates, find) -> None:
    text = (
        '"The situation is very difficult. I thank our soldiers. It has achieved its goal," '
        "Zelensky said, as quoted by Strana. Later the army shelled the bridge."
    )
    cands = candidates(text)
    assert find(cands, "I", "thanked").speaker.text == "Zelensky"
    assert find(cands, "It", "achieved").reporter.text == "Strana"
    later = find(cands, "the army", "shelled")
    assert later.speaker is None and later.reporter is None


# --- a quotation that names no speaker goes on quoting the last one ----------------------


def test_a_quote_after_he_said_keeps_the_speaker(candidates, find) -> None:
    text = (
        '"Costs were rising everywhere," Mr Sullivan said. "We needed to cut expenses." '
        "The judge adjourned the trial."
    )
    cands = candidates(text)
    assert find(cands, "We", "cut").speaker.text == "Mr Sullivan"
    assert find(cands, "The judge", "adjourned").speaker is None


def test_a_quote_after_a_reported_sentence_is_its_speakers(candidates, find) -> None:
    text = (
        "After the meeting, Mr Fox said the closures did not work. "
        '"The owners can ignore the orders."\n\nThe police want new powers.'
    )
    cands = candidates(text)
    assert find(cands, "The owners", "ignored").speaker.text == "Mr Fox"
    assert find(cands, "The police", "wanted").speaker is None


def test_a_quote_after_a_plain_sentence_has_no_speaker(candidates, find) -> None:
    text = 'Mr Fox visited the town. "The owners can ignore the orders."'
    assert find(candidates(text), "The owners", "ignored").speaker is None


def test_a_quote_in_a_new_paragraph_is_not_carried(candidates, find) -> None:
    text = '"Costs rose," Mr Sullivan said.\n\nMr Ebbers left the court. "The owners ignored the orders."'
    assert find(candidates(text), "The owners", "ignored").speaker is None


def test_a_directive_inside_a_proposal_keeps_the_outer_speaker(candidates, find) -> None:
    """The outermost speaker wins: the troops laying down arms is Putin's proposal."""
    cands = candidates("Putin proposed that Kyiv order its troops to lay down their arms.")
    assert find(cands, "its troops", "laid_down").speaker.text == "Putin"


def test_a_quote_after_a_stated_belief_is_the_believers(candidates, find) -> None:
    text = 'Mr MacDonald believes that detainees should be tried. "We need a return to trial by jury."'
    assert find(candidates(text), "We", "needed").speaker.text == "Mr MacDonald"


def test_a_participle_of_saying_speaks_for_the_subject_it_hangs_on(candidates, find) -> None:
    cands = candidates(
        "Children's charities have reacted with alarm, saying the policy amounts to forcible removal."
    )
    assert find(cands, "the policy", "amounted_to").speaker.text == "Children's charities"
    assert find(cands, "Children's charities", "reacted_with").speaker is None


# --- a reporting clause inverted at the end of the sentence ("..., reports X") -------------

INVERTED = [
    # the parser hangs "reported" on the main verb as a conjunct, the agency as its object
    (
        "The president met the rebels in Geneva last week, reported the state news agency.",
        "The president",
        "met",
        None,
        "the state news agency",
    ),
    ("Rebels seized the airport on Monday, reports the BBC.", "Rebels", "seized", None, "the BBC"),
    (
        "Aid trucks crossed the border on Tuesday, said the United Nations.",
        "Aid trucks",
        "crossed",
        "the United Nations",
        None,
    ),
    ('"The army has seized the airport," said the minister.', "The army", "seized", "the minister", None),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "speaker", "reporter"), INVERTED)
def test_an_inverted_reporting_clause_names_the_source(
    candidates, find, text, subject, predicate, speaker, reporter
) -> None:
    cands = candidates(text)
    cand = find(cands, subject, predicate)
    assert (cand.speaker.text if cand.speaker is not None else None) == speaker
    assert (cand.reporter.text if cand.reporter is not None else None) == reporter
    # the subject of the sentence never reports the source
    assert not [c for c in cands if c.predicate in ("reported", "said") and c.subject.text == subject]


def test_an_inverted_report_takes_no_source_the_parse_made_its_subject(nlp) -> None:
    """ "The bridge reopened ..., reports the Red Cross": the parser makes the bridge the
    subject of "reports" and the Red Cross its object; the Red Cross is the source."""
    from graphbuilder.extract.attribution import attribute

    doc = nlp("The bridge reopened on Monday to let aid through, reports the Red Cross.")
    result = attribute(doc)
    reopened = next(t for t in doc if t.lower_ == "reopened")
    assert result.reporter_of(reopened) is not None and result.reporter_of(reopened).text == "the Red Cross"


def test_a_verb_of_saying_followed_by_a_clause_is_no_inverted_source(candidates, find) -> None:
    """ "..., said the minister" inverts; "..., adding that ..." and "said he would" do not."""
    cands = candidates("Rebels captured the town, the army said, adding that the war would go on.")
    assert find(cands, "Rebels", "captured").speaker.text == "the army"
    cands = candidates("The minister resigned on Friday, told the BBC.")
    assert find(cands, "The minister", "resigned_on").speaker is None


# a subject set off by commas before its verb is no inverted clause (review RV-C, F1)
SET_OFF_SUBJECTS = [
    ("Tesco, the UK's biggest retailer, reported record profits.", "Tesco", "reported", "record profits"),
    ("Mr Brown, the Chancellor, announced a review.", "Mr Brown", "announced", "a review"),
    ("The firm, which makes cars, reported a loss.", "The firm", "reported", "a loss"),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), SET_OFF_SUBJECTS)
def test_a_subject_set_off_by_commas_is_not_an_inverted_source(
    candidates, find, text, subject, predicate, obj
) -> None:
    """ "Tesco, the UK's biggest retailer, reported record profits": Tesco reports, the profits
    are what it reports, not its source; the statement stays."""
    cands = candidates(text)
    cand = find(cands, subject, predicate)
    assert cand.object is not None and cand.object.text == obj
    for c in cands:
        for source in (c.speaker, c.reporter):
            assert source is None or source.text != obj


def test_a_source_the_parse_made_the_subject_keeps_its_name(candidates, find) -> None:
    """ "..., said Cochilco vice president Patricio Cartagena": the parser made the name the
    subject; the speaker is the name, not the title before it (review RV-C, F6)."""
    cands = candidates(
        "Strong demand from China has fuelled production, said Cochilco vice president Patricio Cartagena."
    )
    speakers = {c.speaker.text for c in cands if c.speaker is not None}
    assert speakers == {"Patricio Cartagena"}
