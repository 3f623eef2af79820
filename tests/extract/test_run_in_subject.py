"""The subject of a second clause that the parser joined to a noun of the first (made-up
sentences): "Moscow has denied meddling in the vote and Kyiv has denied any role" -- Kyiv is
no second thing denied, it is the one who denies."""

from __future__ import annotations

from tests.extract.conftest import find_candidate


def _triples(cands) -> list[tuple[str, str, str | None]]:
    return [(c.subject.text, c.predicate, c.object.text if c.object is not None else None) for c in cands]


def test_second_clause_subject_is_not_an_object(candidates) -> None:
    cands = candidates("The ministry has denied meddling in the vote and Velmora has denied any wrongdoing.")
    find_candidate(cands, "The ministry", "denied", "meddling in the vote")
    find_candidate(cands, "Velmora", "denied", "any wrongdoing")
    assert ("The ministry", "denied", "any wrongdoing") not in _triples(cands)


def test_second_clause_subject_speaks_its_own_clause(candidates) -> None:
    cands = candidates("Arden denies the allegations and Velmora says it has no role in the raids.")
    find_candidate(cands, "Arden", "denied", "the allegations")
    said = find_candidate(cands, "Velmora", "said", "it has no role in the raids")
    assert said.speaker is None
    held = [c for c in cands if c.subject.text == "it" and c.predicate == "had"]
    assert held and all(c.speaker is not None and c.speaker.text == "Velmora" for c in held)


def test_a_noun_without_agreement_is_no_subject(candidates) -> None:
    # "separate" is no verb of "Bolt Ltd": a plural verb form after a singular name
    cands = candidates("The navy awarded Acme Corp and Bolt Ltd separate contracts last week.")
    assert not any(s == "Bolt Ltd" for s, _, _ in _triples(cands)), _triples(cands)


def test_a_name_after_and_with_its_own_verb_is_that_verb_subject(candidates) -> None:
    # sentences the parser does misread: the second name hung as a second object of "met"
    cands = candidates("Dalton met Ferris and Quill said the talks on fishing went well.")
    triples = _triples(cands)
    assert ("Dalton", "met", "Quill") not in triples, triples
    find_candidate(cands, "Quill", "said")
    cands = candidates("The senator opposed the bill on healthcare and Republicans have vowed to revive it.")
    triples = _triples(cands)
    assert ("The senator", "opposed", "the bill on healthcare") in triples, triples
    assert not any(s == "The senator" and p == "vowed" for s, p, _ in triples), triples
