"""A role nominal is the person it stands in apposition to, and a role second to another (vice,
deputy, assistant) is not the holder of that other role (made-up sentences, real parses)."""

from __future__ import annotations

from tests.resolve.test_pronouns_and_surnames import referent


def test_a_role_in_apposition_is_the_person_named_before_it(resolve_text) -> None:
    graph = resolve_text(
        "Tom Ford, president of the retailer Acme, has resigned. Acme said it would name a successor. "
        "Last week Ann Lee, Acme's vice president of sales, resigned."
    )
    assert referent(graph, "Acme's vice president") == "Ann Lee"


def test_a_vice_president_is_not_the_president_named_before(resolve_text) -> None:
    graph = resolve_text(
        "Tom Ford, president of the retailer Acme, has resigned. Acme said it would name a successor. "
        "Last week Acme's vice president of sales resigned."
    )
    assert referent(graph, "Acme's vice president") != "Tom Ford"


def test_the_president_is_not_a_vice_president_named_before(resolve_text) -> None:
    graph = resolve_text("Vice President Mike Dalton met the governors on Monday. The president was in Ohio.")
    assert referent(graph, "The president") != "Mike Dalton"


def test_the_president_still_joins_the_president_named_before(resolve_text) -> None:
    graph = resolve_text(
        "Tom Ford, president of the retailer Acme, has resigned. Acme said it would name a successor. "
        "The president had led the firm since 2012."
    )
    assert referent(graph, "The president") == "Tom Ford"


def test_a_vice_president_is_no_guess_onto_a_person_named_near(resolve_text) -> None:
    graph = resolve_text(
        "President Tom Hale met the governors on Monday. Ray Dunn, a senator, joined them later. "
        "The vice president was in Ohio."
    )
    assert referent(graph, "The vice president") not in {"Tom Hale", "Ray Dunn"}


def test_a_role_said_of_a_named_person_by_who_was_is_that_person(resolve_text) -> None:
    graph = resolve_text(
        "The group's chairman is Jim Doyle, who was the mayor's deputy chief of staff from 2009 to 2011. "
        "The group backs the plan."
    )
    assert referent(graph, "the mayor's deputy chief") == "Jim Doyle"


def test_a_role_someone_could_have_held_is_not_theirs(resolve_text) -> None:
    graph = resolve_text(
        "Jim Doyle lost the vote in May. Had the count gone differently, Doyle could have been the "
        "party's deputy leader."
    )
    assert referent(graph, "the party's deputy leader") != "Jim Doyle"


def test_a_second_rank_role_named_again_is_the_person_it_was_apposed_to(resolve_text) -> None:
    graph = resolve_text(
        "Ann Lee, the firm's vice president, resigned on Monday. The vice president said she would "
        "start a new company. The president said the firm would miss her."
    )
    assert referent(graph, "The vice president") == "Ann Lee"
    assert referent(graph, "she") == "Ann Lee"
    assert referent(graph, "The president") not in {"Ann Lee", None}  # a node of its own


def test_a_deputy_named_again_is_the_person_it_was_apposed_to(resolve_text) -> None:
    graph = resolve_text(
        "Jo Tallor, the deputy mayor, opened the bridge on Monday. "
        "The deputy mayor said it would cut traffic."
    )
    assert referent(graph, "The deputy mayor") == "Jo Tallor"


def test_an_unresolved_vice_president_is_no_node_of_the_president(resolve_text) -> None:
    graph = resolve_text(
        "The vice president met the mayor of Northtown on Monday. The president was not there. "
        "The vice president said the talks went well."
    )
    vice, president = referent(graph, "The vice president"), referent(graph, "The president")
    assert vice is not None and "vice" in vice and vice != president
