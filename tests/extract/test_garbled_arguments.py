"""Arguments a careful reader would not state (issue 9, session 27): shapes of the parse in which
an argument is garbled, and the rule for each. Made-up sentences, one or more per rule.

- "say" with a noun for its object: what was said is a clause; the noun is a part of it;
- a clause opened by "should"/"had"/"were" before its subject is a condition, not a report;
- a clause whose subject holds "of which"/"of whom" is a relative clause, not a report;
- a relative clause set off inside an argument does not end the argument;
- a verb conjoined without any "and"/"but" right after a comma that closes a noun phrase does not
  take the first verb's subject;
- a bare "-ed" form conjoined to a passive ("was invaded and occupied until") is read neither way;
- "to the end of the year" is a time, no object; "raised the tax *to 20 percent*" gives the
  object's new value, no argument of the verb;
- a verb of regarding keeps its "as" phrase with its object ("sees dialogue as the solution"), and
  a verb of calling or making its second complement ("called the deal a disaster");
- a quote opened inside an argument closes inside it;
- "X, a source told [AFP]": the hearer alone, with the report before the teller, is no statement;
- "shot dead six rebels": the adjective before the object goes with the verb ("shot_dead"); a bare
  participle with such an adjective and no object ("a man shot dead at the airport") has no doer.
"""

from __future__ import annotations

from collections.abc import Callable

from graphbuilder.extract import Candidate


def _triples(cands: list[Candidate]) -> list[tuple[str, str, str | None]]:
    return [(c.subject.text, c.predicate, c.object.text if c.object is not None else None) for c in cands]


def _said(cands: list[Candidate]) -> list[tuple[str, str, str | None]]:
    return [t for t in _triples(cands) if t[1] == "said"]


# --- "say" with a noun for its object -----------------------------------------------------------


def test_said_name_is_no_statement(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates(
        "Police said Dunmore, 61, who had a string of old debts, but none to the bank, had used a "
        "number of false names."
    )
    assert ("Police", "said", "Dunmore") not in _triples(cands)


def test_said_keeps_its_clause(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates("The county police said the driver had used several false names.")
    assert ("The county police", "said", "the driver had used several false names") in _triples(cands)


# --- a condition opened by an auxiliary -------------------------------------------------------


def test_inverted_condition_is_not_what_was_said(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates(
        "The board said should the harvest fail again this autumn the farmers will be paid in full."
    )
    said = _said(cands)
    assert all(not (obj or "").startswith("should") for _, _, obj in said), said


# --- a relative clause the parser made a reported clause -----------------------------------------


def test_of_which_clause_is_not_reported(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates(
        '"The bridge will reopen soon," Ortega said in a radio address, a transcript of which was '
        "posted online on Tuesday."
    )
    said = _said(cands)
    assert all("transcript" not in (obj or "") for _, _, obj in said), said


# --- a parenthesis inside an argument ----------------------------------------------------------


def test_relative_clause_inside_keeps_the_rest(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates(
        "The mayor replied to the council's warning that local farmers, who had not been consulted, "
        "would lose their land to the new road."
    )
    objects = [obj for subj, pred, obj in _triples(cands) if subj == "The mayor"]
    assert any((obj or "").endswith("would lose their land to the new road") for obj in objects), objects
    assert "the council's warning that local farmers" not in objects


# --- a verb conjoined without a conjunction -----------------------------------------------------


def test_verb_after_set_off_name_not_first_subject(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates(
        "More money was needed to finish the dam on time, Okafor, the head of the water board, told "
        "the regional assembly on Thursday."
    )
    told = [t for t in _triples(cands) if t[1] == "told"]
    assert all(subj != "More money" for subj, _, _ in told), told


def test_listed_verbs_share_their_subject(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates("The minister visited the port, met the dock workers and flew back to the capital.")
    assert ("The minister", "met", "the dock workers") in _triples(cands)


# --- a bare "-ed" form after a passive ----------------------------------------------------------


def test_bare_past_after_passive_is_not_active(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates("The town was shelled by the rebels in March and occupied until the spring.")
    assert not [t for t in _triples(cands) if t[1].startswith("occupied")], _triples(cands)
    assert ("the rebels", "shelled", "The town") in _triples(cands)


def test_verb_with_no_passive_after_passive_stays_active(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates("The soldier was wounded in the attack and died in hospital on Friday.")
    assert ("The soldier", "died_in", "hospital") in _triples(cands)


def test_past_with_object_after_passive_stays_active(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates("The senator was born in Ohio and raised three sons in Dayton.")
    assert ("The senator", "raised", "three sons") in _triples(cands)


# --- a point of time and an object's old or new value ---------------------------------------------


def test_end_of_a_year_is_no_object(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates("The new law funds two hundred rural clinics to the end of the current year.")
    triples = _triples(cands)
    assert ("The new law", "funded", "two hundred rural clinics") in triples
    assert not [t for t in triples if t[1] == "funded_to"], triples


def test_value_of_the_object_is_no_object(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates("The government raised the tax on tobacco to 20 percent.")
    triples = _triples(cands)
    assert ("The government", "raised", "the tax on tobacco") in triples
    assert not [t for t in triples if t[1] == "raised_to"], triples


def test_amounts_of_an_intransitive_verb_stay(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates("Prices rose from 5% to 7%.")
    assert [t for t in _triples(cands) if t[1] == "rose_from"], _triples(cands)


# --- what the object is taken for -----------------------------------------------------------------


def test_object_keeps_what_it_is_taken_for(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates("The opposition leader described the new tax as a betrayal of working families.")
    triples = _triples(cands)
    assert ("The opposition leader", "described", "the new tax as a betrayal of working families") in triples
    assert ("The opposition leader", "described", "the new tax") not in triples


def test_role_of_the_subject_is_not_taken_in(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates("She joined the bank as a junior clerk in 1990.")
    assert ("She", "joined", "the bank") in _triples(cands)


def test_one_of_a_group_is_no_amount(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates("The report links the ministry to one of the largest bribery cases in the country.")
    assert [t for t in _triples(cands) if t[1] == "linked_to"], _triples(cands)


# --- what the object is called or made -----------------------------------------------------------


def test_object_keeps_what_it_is_called(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates("The senator called the ruling an attack on democracy.")
    triples = _triples(cands)
    assert ("The senator", "called", "the ruling an attack on democracy") in triples
    assert ("The senator", "called", "an attack on democracy") not in triples


def test_second_object_joins_the_first(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates("The opposition leader branded the minister a liar.")
    triples = _triples(cands)
    assert ("The opposition leader", "branded", "the minister a liar") in triples
    assert ("The opposition leader", "branded", "a liar") not in triples


def test_called_with_one_object_stays(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates("The prime minister called the election for June.")
    assert ("The prime minister", "called", "the election") in _triples(cands)


def test_quote_closed_inside_the_argument(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates('The mayor called the plan a "costly mistake".')
    assert ("The mayor", "called", 'the plan a "costly mistake"') in _triples(cands)


# --- the hearer of a report told before its verb -------------------------------------------------


def test_hearer_alone_after_the_report_is_no_statement(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates(
        "Rebels have seized two towns in the north, a senior army officer told the AFP news agency."
    )
    told = [t for t in _triples(cands) if t[1] == "told"]
    assert ("a senior army officer", "told", "the AFP news agency") not in told, told
    assert ("a senior army officer", "told", "Rebels have seized two towns in the north") in told, told


def test_hearer_with_the_report_after_it_stays(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates("The minister told reporters that the talks would resume.")
    assert ("The minister", "told", "reporters that the talks would resume") in _triples(cands)


# --- an adjective between the verb and its object ------------------------------------------------


def test_resultative_before_the_object_joins_the_verb(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates("Government troops have shot dead six suspected rebels in a clash in the north.")
    triples = _triples(cands)
    assert ("Government troops", "shot_dead", "six suspected rebels") in triples, triples
    assert ("Government troops", "shot", "dead") not in triples


def test_participle_with_a_result_alone_has_no_doer(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates(
        "A man shot dead at the station after attacking a guard was drunk, the autopsy showed."
    )
    assert not [t for t in _triples(cands) if t[1].startswith("shot")], _triples(cands)


def test_prefix_of_a_hyphenated_word_is_no_result(candidates: Callable[..., list[Candidate]]) -> None:
    cands = candidates("Analysts say a high turnout may have benefited pro-EU and liberal parties.")
    assert not [t for t in _triples(cands) if t[1].startswith("benefited_")], _triples(cands)


def test_a_stock_symbol_is_no_argument(candidates) -> None:
    # made-up: a wire's stock symbol in brackets after a firm's name renames nothing
    cands = candidates("Shares of Acme Corp (ACME.N) and Bolt Inc (BOLT.O) rose on Monday.")
    assert not any(
        c.object is not None and c.object.text in ("ACME.N", "BOLT.O") for c in cands
    ), [(c.subject.text, c.predicate, c.object.text if c.object is not None else None) for c in cands]
