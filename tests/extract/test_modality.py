"""Every statement carries a modality; conditions, hedges, questions, plans and reported
claims are not asserted as facts (issue: hedges, conditionals and negation asserted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuilder.api import build, extract
from graphbuilder.extract.modality import MODALITIES
from graphbuilder.pipeline import Pipeline

#: The rules under test, whatever confidence the statement gets (the floor has its own tests).
EVERY_STATEMENT = Pipeline(min_confidence=0)


def _modalities(text: str) -> dict[tuple[str, str, str], str]:
    return {
        (r["subject"]["text"], r["predicate"], r["object"]["text"]): r["modality"]
        for r in extract([text], pipeline=EVERY_STATEMENT)
    }


@pytest.mark.parametrize(
    ("text", "statement", "modality"),
    [
        ("Putin met Orban in Moscow.", ("Putin", "met", "Orban"), "asserted"),
        ("Iran is not named in the report.", ("Iran", "was_named_in", "the report"), "negated"),
        ("Russia could block the Ukrainian units.", ("Russia", "blocked", "the Ukrainian units"), "possible"),
        ("The strike nearly destroyed the bridge.", ("The strike", "destroyed", "the bridge"), "possible"),
        ("The rebels allegedly seized the town.", ("The rebels", "seized", "the town"), "possible"),
        (
            "If the tariffs take effect, China will retaliate against the US.",
            ("China", "retaliated_against", "the US"),
            "conditional",
        ),
        ("If Iran enriches uranium, Israel will act.", ("Iran", "enriched", "uranium"), "conditional"),
        ("The EU will impose sanctions on Russia.", ("The EU", "imposed", "sanctions"), "intended"),
        ("Trump urged Putin to spare the soldiers.", ("Putin", "spared", "the soldiers"), "intended"),
        (
            "Trump urged Putin to spare the soldiers.",
            ("Trump", "urged", "Putin to spare the soldiers"),
            "asserted",
        ),
        ("Did Russia attack the convoy?", ("Russia", "attacked", "the convoy"), "question"),
        (
            '"We will not attack the city," the general said.',
            ("We", "attacked", "the city"),
            "negated",
        ),
        (
            "Police arrested the protesters, the ministry said.",
            ("Police", "arrested", "the protesters"),
            "reported",
        ),
    ],
)
def test_modality(text: str, statement: tuple[str, str, str], modality: str) -> None:
    found = _modalities(text)
    assert found.get(statement) == modality, found


def test_every_statement_has_one_of_the_modalities() -> None:
    kg = build([Path(__file__).parent.parent.parent / "graphbuilder/data/examples/articles.jsonl"])
    assert {r["modality"] for r in kg.records()} <= set(MODALITIES)


def test_a_statement_is_asserted_when_any_sentence_asserts_it() -> None:
    kg = build(["Russia could attack Ukraine. Later that day Russia attacked Ukraine."])
    (attack,) = [s for s in kg.statements.values() if s.predicate == "attacked"]
    assert [e.modality for e in attack.evidence] == ["possible", "asserted"]
    assert attack.modality == "asserted" and attack.asserted
    hedged = build(["Russia could attack Ukraine."])
    (only,) = [s for s in hedged.statements.values() if s.predicate == "attacked"]
    assert only.modality == "possible" and not only.asserted
    assert hedged.summary()["asserted"] == sum(s.asserted for s in hedged.statements.values())


@pytest.mark.parametrize(
    ("text", "statement", "modality"),
    [
        # a hedging verb the verb is the complement of: not a fact
        (
            "Another shareholder also appeared to back the call.",
            ("Another shareholder", "backed", "the call"),
            "possible",
        ),
        ("The rebels seem to hold the airport.", ("The rebels", "held", "the airport"), "possible"),
        # the subject's own claim
        (
            "The fund claims to represent owners of 5% of the shares.",
            ("The fund", "represented", "owners of 5% of the shares"),
            "reported",
        ),
        # an obligation: not done yet
        (
            "The government would have to rush the bill through Parliament.",
            ("The government", "rushed", "the bill"),
            "intended",
        ),
        # a purpose: aimed at, not done
        (
            "The firm set up a new unit to sell bonds.",
            ("The firm", "sold", "bonds"),
            "intended",
        ),
        # embedded questions
        (
            "Mr Blair was asked if the new plans would reduce net migration.",
            ("the new plans", "reduced", "net migration"),
            "question",
        ),
        (
            "It is unclear whether ministers would issue a declaration.",
            ("ministers", "issued", "a declaration"),
            "question",
        ),
        # "would": a consequence, but a plan in a reported clause; a hedge word wins
        (
            "The plan would benefit the typical household.",
            ("The plan", "benefited", "the typical household"),
            "conditional",
        ),
        ("The Tories announced they would back the plans.", ("they", "backed", "the plans"), "intended"),
        (
            "That would probably create a fall in numbers, he said.",
            ("That", "created", "a fall in numbers"),
            "possible",
        ),
        # obligations are plans; a denied plan or a negative subject denies the act
        (
            "The broadcasters should make the decision.",
            ("The broadcasters", "made", "the decision"),
            "intended",
        ),
        ("No politician should make the mistake.", ("No politician", "made", "the mistake"), "negated"),
        (
            "Mr Clarke said he was not planning to use the powers.",
            ("he", "used", "the powers"),
            "negated",
        ),
        # "is looking to" is a plan; a passive of force says the act happened
        (
            "China is looking to invest in Latin America.",
            ("China", "invested_in", "Latin America"),
            "intended",
        ),
        ("Howard was forced to deny the report.", ("Howard", "denied", "the report"), "asserted"),
        ("We have got to cut the costs.", ("We", "cut", "the costs"), "intended"),
        # hearsay: a passive verb of saying or believing
        (
            "Mr Howard is understood to have criticised his colleagues.",
            ("Mr Howard", "criticised", "his colleagues"),
            "reported",
        ),
        (
            "The talks are believed to involve another country.",
            ("The talks", "involved", "another country"),
            "reported",
        ),
        ("He got to meet the president.", ("He", "met", "the president"), "asserted"),
        # the content of a claim, a fear or a hope is not asserted; a relative clause is
        (
            "Fiat has reiterated its claims that the deal is legally binding.",
            ("the deal", "is", "legally binding"),
            "reported",
        ),
        (
            "The agency held back through fear that the government was delaying reforms.",
            ("the government", "delayed", "reforms"),
            "reported",
        ),
        (
            "The minister backed the proposal that the state sell its stake.",
            ("the state", "sold", "its stake"),
            "intended",
        ),
        (
            "Analysts studied the claims that the firm published.",
            ("the firm", "published", "the claims"),
            "asserted",
        ),
        # the governing verbs themselves stay asserted; plain verbs too
        (
            "The firm set up a new unit to sell bonds.",
            ("The firm", "set_up", "a new unit to sell bonds"),
            "asserted",
        ),
        ("The company has two plants in Wales.", ("The company", "had", "two plants in Wales"), "asserted"),
    ],
)
def test_hedging_governors_and_purposes(text: str, statement: tuple[str, str, str], modality: str) -> None:
    found = _modalities(text)
    assert found.get(statement) == modality, found


# --- an infinitive of purpose is aimed at, not done; a demanded thing's aim is the thing's ---


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        # a bare infinitive conjoined to an infinitive of aim shares its "to"
        (
            "Villagers demanded a police force to guard them and stop the raids.",
            ("a police force", "stopped", "the raids"),
        ),
        # the "to"-infinitive after the object of a verb of using or sending: its purpose
        ("Police used tear gas to disperse the crowd.", ("Police", "dispersed", "the crowd")),
        ("The company hired lawyers to fight the case.", ("lawyers", "fought", "the case")),
    ],
)
def test_an_infinitive_of_purpose_is_intended(text: str, statement: tuple[str, str, str]) -> None:
    found = _modalities(text)
    assert found.get(statement) == "intended", found


def test_what_is_brought_about_or_takes_time_is_no_purpose() -> None:
    """ "took two years to build": it was built; no aim."""
    found = _modalities("It took two years to build the bridge.")
    assert found.get(("It", "built", "the bridge")) == "asserted", found


@pytest.mark.parametrize(
    ("text", "noun", "acts"),
    [
        (
            "Villagers demanded a police force to guard them and stop the raids.",
            "a police force",
            ["guarded", "stopped"],
        ),
        ("Unions called for an inquiry to examine the deaths.", "an inquiry", ["examined"]),
    ],
)
def test_the_aim_of_a_demanded_thing_is_not_the_demanders_act(text: str, noun: str, acts: list[str]) -> None:
    """The subject of "to guard" after "demanded a police force" is the force (never the
    villagers), the act is only sought (intended), and it carries no event type: the event
    is the demand."""
    records = list(extract([text], pipeline=EVERY_STATEMENT))
    demanders = records[0]["subject"]["text"]
    for act in acts:
        rows = [r for r in records if r["predicate"] == act]
        assert rows, records
        assert all(r["subject"]["text"] == noun for r in rows), rows
        assert all(r["modality"] == "intended" and r["event_type"] is None for r in rows), rows
        assert not [r for r in rows if r["subject"]["text"] == demanders]


@pytest.mark.parametrize(
    ("text", "subject", "act"),
    [
        ("The firm sought a loan to pay its debts.", "The firm", "paid"),
        ("LG Card needed further capital to avoid being thrown off the market.", "LG Card", "avoided"),
        ("Artists need a free voice to express themselves.", "Artists", "expressed"),
        ("The company offered shares to raise cash for the takeover.", "The company", "raised"),
    ],
)
def test_what_is_sought_needed_or_offered_does_not_act(text: str, subject: str, act: str) -> None:
    """Seeking, needing and offering are no demands: the infinitive after the thing is the
    subject's own purpose ("sought a loan to pay its debts": the firm pays, not the loan)
    (review RV-C, F5)."""
    rows = [r for r in extract([text], pipeline=EVERY_STATEMENT) if r["predicate"] == act]
    assert rows and all(r["subject"]["text"] == subject for r in rows), rows
    assert all(r["modality"] == "intended" for r in rows), rows
