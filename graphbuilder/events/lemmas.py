"""Lemmas for event look-ups: see :mod:`graphbuilder.nlp.lemmas` (the pipeline applies the same fix)."""

from graphbuilder.nlp.lemmas import lemma, verb_lemma

__all__ = ["lemma", "verb_lemma"]
