"""The one warned and the warning make one object, as for a verb of telling (issue 9: the
hearer or the content dropped): "warned [Ruritania that its debts must be paid]" (made-up
sentences)."""

from __future__ import annotations

from tests.extract.triples import triples_of


def test_the_one_warned_takes_in_the_warning(candidates) -> None:
    triples = triples_of(candidates("The League warned Ruritania that its debts must be paid in full."))
    assert ("The League", "warned", "Ruritania that its debts must be paid in full") in triples
    assert ("The League", "warned", "Ruritania") not in triples
    assert ("The League", "warned", "its debts must be paid in full") not in triples


def test_a_time_between_the_one_warned_and_the_warning_pads_nothing(candidates) -> None:
    # the argument is one span of the text: "Tallor on Monday that ..." would pad the object
    triples = triples_of(candidates("The minister warned Tallor on Monday that the talks would fail."))
    assert ("The minister", "warned", "the talks would fail") in triples
    assert not any(o is not None and "on Monday" in o for _, _, o in triples)


def test_a_place_and_time_between_the_hearer_and_what_was_told(candidates) -> None:
    text = "The senator told reporters in Varnton on Tuesday that the bill would pass."
    triples = triples_of(candidates(text))
    assert ("The senator", "told", "the bill would pass") in triples
    assert not any(o is not None and o.startswith("reporters in") for _, _, o in triples)


def test_assured_and_informed_with_a_time_between(candidates) -> None:
    assured = triples_of(candidates("The general assured the villagers last week that the army would stay."))
    assert ("The general", "assured", "the army would stay") in assured
    assert not any(o is not None and "last week" in o for _, _, o in assured)
    text = "The envoy informed the council on Friday that the truce had collapsed."
    informed = triples_of(candidates(text))
    assert ("The envoy", "informed", "the truce had collapsed") in informed
    assert not any(o is not None and "on Friday" in o for _, _, o in informed)


def test_nothing_between_keeps_the_hearer_with_what_was_told(candidates) -> None:
    triples = triples_of(candidates("The senator told reporters that the bill would pass."))
    assert ("The senator", "told", "reporters that the bill would pass") in triples


def test_a_name_beside_the_hearer_or_words_after_the_that_keep_one_object(candidates) -> None:
    # no time or place between: the report's clause is not cut short ("told [We will not leave]")
    named = triples_of(candidates('The envoy told local radio the Varnton Voice: "We will not leave."'))
    assert ("The envoy", "told", 'local radio the Varnton Voice: "We will not leave') in named
    text = "The commander told the station that after the bridge is rebuilt the troops will advance."
    after = triples_of(candidates(text))
    whole = "the station that after the bridge is rebuilt the troops will advance"
    assert ("The commander", "told", whole) in after


def test_a_named_hearer_keeps_its_statement_beside_what_it_was_told(candidates) -> None:
    # a time between: the named one warned stays the object of a statement of its own (the
    # event's target), and what it was told is another; neither is padded with the time
    triples = triples_of(candidates("Ruritania warned Varnia on Monday that it would retaliate."))
    assert ("Ruritania", "warned", "Varnia") in triples
    assert ("Ruritania", "warned", "it would retaliate") in triples
    assert not any(o is not None and "on Monday" in o for _, _, o in triples)
    told = triples_of(candidates("The envoy told Jo Tallor last week that the truce had collapsed."))
    assert ("The envoy", "told", "Jo Tallor") in told
    assert ("The envoy", "told", "the truce had collapsed") in told


def test_a_hearer_that_is_no_name_still_makes_no_statement_alone(candidates) -> None:
    text = "The senator told reporters in Varnton on Tuesday that the bill would pass."
    assert ("The senator", "told", "reporters") not in triples_of(candidates(text))
