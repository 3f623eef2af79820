"""The day a thing was said is no argument of the saying (made-up sentences): "said on Friday"
alone states nothing, and "said on Monday it would cut jobs" reports the clause without the day."""

from __future__ import annotations

from tests.extract.conftest import find_candidate


def _triples(cands) -> list[tuple[str, str, str | None]]:
    return [(c.subject.text, c.predicate, c.object.text if c.object is not None else None) for c in cands]


def test_said_on_a_day_is_no_statement(candidates) -> None:
    cands = candidates("The ceasefire, the envoy said on Friday, had collapsed.")
    assert not any(p.startswith("said_on") for _, p, _ in _triples(cands)), _triples(cands)
    cands = candidates("The party insisted during the debate.")
    assert not any(p.startswith("insisted_during") for _, p, _ in _triples(cands)), _triples(cands)


def test_an_aspectual_verb_keeps_its_time(candidates) -> None:
    find_candidate(candidates("The strike continued until the spring."), "The strike", "continued_until")


def test_day_after_said_leaves_the_reported_clause(candidates) -> None:
    cands = candidates("The bakery chain said on Monday it would close 40 shops.")
    find_candidate(cands, "The bakery chain", "said", "it would close 40 shops")
    cands = candidates("The union said in March its members would strike.")
    find_candidate(cands, "The union", "said", "its members would strike")


def test_that_keeps_the_day_inside_the_clause(candidates) -> None:
    cands = candidates("The mayor said that on Monday the bridge would reopen.")
    find_candidate(cands, "The mayor", "said", "on Monday the bridge would reopen")


def test_quoted_words_keep_their_time(candidates) -> None:
    cands = candidates('He added: "Over the last year we have seen many delays."')
    assert any(
        o is not None and o.startswith("Over the last year") for _, p, o in _triples(cands) if p == "added"
    )


def test_during_or_over_the_weekend_after_said_is_the_saying_time(candidates) -> None:
    cands = candidates("The company said during the weekend it would cut 500 jobs.")
    find_candidate(cands, "The company", "said", "it would cut 500 jobs")
    cands = candidates("The minister said over the weekend the talks had failed.")
    find_candidate(cands, "The minister", "said", "the talks had failed")
