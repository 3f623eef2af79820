"""An "it" is never a person: a cluster that holds a person's full name is no antecedent of an
"it", whatever its other names (issue 9, class 2: "Disney ... did not reveal that it ...", where
the company's "Disney" had joined "Roy Disney")."""

from __future__ import annotations

from graphbuilder.resolve.coref import Cluster, _names_a_person
from graphbuilder.resolve.mentions import MentionSpan


def _name(start: int, words: tuple[str, ...], label: str) -> MentionSpan:
    return MentionSpan(start, start + len(words), start + len(words) - 1, "name", 0, words, label=label)


def test_a_cluster_with_a_persons_full_name_names_a_person() -> None:
    c = Cluster(0, [_name(0, ("Disney",), "Organization"), _name(5, ("Roy", "Disney"), "Person")])
    assert _names_a_person(c)


def test_a_business_named_after_a_person_or_a_word_is_no_person() -> None:
    assert not _names_a_person(Cluster(0, [_name(0, ("Walt", "Disney", "Co"), "Organization")]))
    assert not _names_a_person(Cluster(0, [_name(0, ("Christian", "Aid"), "Organization")]))
    assert not _names_a_person(Cluster(0, [_name(0, ("Disney",), "Person")]))  # one word tells nothing
