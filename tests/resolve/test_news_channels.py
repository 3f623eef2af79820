"""A news outlet named as the channel of a report ("according to the FT", "the BBC reported",
"told Reuters") is no antecedent for a later pronoun unless that pronoun reports too; an
object pronoun is not its own clause's subject; "they" is left unresolved when a plural noun
of its own sentence may be what it means (made-up sentences, real parses)."""

from __future__ import annotations

import pytest

from tests.resolve.test_pronouns_and_surnames import referent


@pytest.mark.parametrize(
    "text",
    [
        "Shares in Acme fell, the BBC reported. It has struggled for months.",
        "Reuters reported that Barclays had made an offer. It plans to raise the bid.",
        "Acme will cut 500 jobs, according to the Financial Times. It said the cuts would come next year.",
    ],
)
def test_an_outlet_reporting_is_not_the_actor_of_the_next_sentence(resolve_text, text: str) -> None:
    assert referent(resolve_text(text), "It") is None


def test_an_outlet_reporting_is_not_the_firm_the_business_named_is(resolve_text) -> None:
    # "the firm" is the one business named before it (Acme, as a possessor), never the BBC
    graph = resolve_text(
        "The chief executive of Acme said in an interview with the BBC that the firm would grow. "
        "It plans to open ten stores."
    )
    assert referent(graph, "It") == "Acme"


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        # the pronoun reports too: the outlet goes on reporting
        ("Barclays made an offer, Reuters reported. It said the offer would rise.", "It", "Reuters"),
        # an outlet that acts is an organisation like any other
        ("The BBC will cut 2,000 jobs. It said the cuts would save money.", "It", "BBC"),
        ("The BBC said it would cut 2,000 jobs.", "it", "BBC"),
    ],
)
def test_an_outlet_that_acts_or_goes_on_reporting_keeps_its_pronoun(
    resolve_text, text: str, pronoun: str, expected: str
) -> None:
    assert referent(resolve_text(text), pronoun) == expected


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("The Tories promised tax cuts. Both parties have now completed their moves.", "their"),
        ("Labour attacked the Tories. Can he persuade voters that they really can cut taxes?", "they"),
        ("The ADB fears that 1 million Indonesians could join them.", "them"),
    ],
)
def test_they_with_a_plural_noun_between_or_its_own_subject_stays_unresolved(
    resolve_text, text: str, pronoun: str
) -> None:
    assert referent(resolve_text(text), pronoun) is None


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        ("The Germans are the big losers but they don't care.", "they", "Germans"),
        ("The Tories said they would cut taxes.", "they", "Tories"),
        ("The Tories are committed to increasing taxes to finance their spending plans.",
         "their", "Tories"),
    ],
)
def test_they_keeps_its_group_past_things_and_predicate_nouns(
    resolve_text, text: str, pronoun: str, expected: str
) -> None:
    assert referent(resolve_text(text), pronoun) == expected


def test_the_company_is_not_the_outlet_that_reported(resolve_text) -> None:
    graph = resolve_text(
        "Shell will cut 500 jobs, the Financial Times reported. The company said the cuts were needed."
    )
    assert referent(graph, "The company") != "Financial Times"
    acting = resolve_text("Reuters cut 3,000 jobs last year. The company said the cuts were needed.")
    assert referent(acting, "The company") == "Reuters"


@pytest.mark.parametrize(
    "text",
    [
        "Shell posted a loss. It emerged on Friday, after weeks of talks with unions, that the bank "
        "would close its plant.",
        "Shell posted a loss. It is understood, after talks with the unions, that the bank will "
        "close its plant.",
    ],
)
def test_a_placeholder_it_before_a_clause_set_off_by_commas_names_nothing(resolve_text, text: str) -> None:
    assert referent(resolve_text(text), "It") is None


def test_it_before_so_that_still_refers(resolve_text) -> None:
    graph = resolve_text("Shell posted a loss. It was fined so that the bank could recover its money.")
    assert referent(graph, "It") == "Shell"
