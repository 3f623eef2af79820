"""An object pronoun before a clause or phrase stays in the graph's literal object: "warned
[her that she could be arrested]" is no possessive "her" to drop (made-up sentences, real
parses; REV2, session 28)."""

from __future__ import annotations

from graphbuilder.model import Article, normalise_literal
from graphbuilder.pipeline import Pipeline


def test_the_one_warned_stays_in_the_literal_object() -> None:
    text = "Jo Roe and Ann Doe spoke on Monday. The police warned her that she could be arrested."
    (graph,) = Pipeline().run([Article(id="a1", text=text)])
    literals = {st.object_literal for st in graph.statements if st.predicate == "warned"}
    assert literals and all(lit is not None and lit.startswith("her ") for lit in literals), literals


def test_a_possessive_her_still_goes() -> None:
    assert normalise_literal("Her new plan") == "new plan"
    assert normalise_literal("her with fraud") == "her with fraud"
