"""Dependency-label and tag sets of the spaCy English (ClearNLP-style) scheme, named once."""

from __future__ import annotations

SUBJ_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJ_DEPS = frozenset({"nsubjpass", "csubjpass"})
#: Expletive subjects ("*there* are", "*it* is said").
EXPL_DEPS = frozenset({"expl"})
#: Any subject of a clause: active, passive or expletive.
ANY_SUBJ_DEPS = SUBJ_DEPS | PASSIVE_SUBJ_DEPS | EXPL_DEPS
OBJ_DEPS = frozenset({"dobj", "obj"})
DATIVE_DEPS = frozenset({"dative"})
PREP_DEPS = frozenset({"prep"})
POBJ_DEPS = frozenset({"pobj", "pcomp"})
AGENT_DEPS = frozenset({"agent"})
PARTICLE_DEPS = frozenset({"prt"})
CLAUSE_DEPS = frozenset({"ccomp"})
CONTROL_DEPS = frozenset({"xcomp"})
ATTR_DEPS = frozenset({"attr", "acomp", "oprd"})
AUX_DEPS = frozenset({"aux", "auxpass"})
NEG_DEPS = frozenset({"neg"})
CONJ_DEPS = frozenset({"conj"})
RELCL_DEPS = frozenset({"relcl"})
ACL_DEPS = frozenset({"acl"})
ADVCL_DEPS = frozenset({"advcl"})
APPOS_DEPS = frozenset({"appos"})
POSS_DEPS = frozenset({"poss"})
COMPOUND_DEPS = frozenset({"compound"})
MARK_DEPS = frozenset({"mark"})
ACOMP_DEPS = frozenset({"acomp"})
ADVMOD_DEPS = frozenset({"advmod"})
DET_DEPS = frozenset({"det"})
PARATAXIS_DEPS = frozenset({"parataxis"})
#: The auxiliary of tense, mood and "to" (not the passive one).
TENSE_AUX_DEPS = frozenset({"aux"})
#: A noun object of a preposition (``POBJ_DEPS`` also takes a clause, ``pcomp``).
NOUN_POBJ_DEPS = frozenset({"pobj"})
#: A clause or gerund as the object of a preposition ("committed to *opening*").
PCOMP_DEPS = frozenset({"pcomp"})
#: Nominal subjects, active or passive.
NOMINAL_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Words that stand where a direct object would: a passive's subject, a predicate noun.
OBJECT_LIKE_DEPS = frozenset({"nsubjpass", "attr", "oprd"})
#: Modifiers that narrow a noun ("*bomb* attack", "*military* aid").
NOUN_MODIFIER_DEPS = frozenset({"compound", "amod"})

#: Children cut from the head of a noun phrase: separate arguments or separate statements.
NP_CUT_DEPS = frozenset({"conj", "cc", "preconj", "relcl", "appos", "parataxis", "ccomp", "advcl"})
#: Children cut deeper inside a noun phrase ("relations between Moscow and Washington" keeps
#: its inner conjunction, but a relative clause anywhere is a statement of its own).
NP_INNER_CUT_DEPS = frozenset({"relcl", "parataxis"})
#: Children cut from a clause used as an object.
CLAUSE_CUT_DEPS = frozenset({"mark", "punct"})

#: Part-of-speech values that can head a verb frame.
VERB_POS = frozenset({"VERB", "AUX"})
#: Tags of wh-words and relative pronouns.
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
#: Tags of plural and singular nouns (common and proper).
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})
#: Tags of a finite verb or auxiliary: a clause with one of them has (or needs) a subject of its own.
FINITE_TAGS = frozenset({"MD", "VBZ", "VBD", "VBP"})
#: Tags of the passive/perfect participle.
PARTICIPLE_TAGS = frozenset({"VBN"})
#: Determiners that stand alone as pronouns and are kept as subjects.
DEMONSTRATIVES = frozenset({"this", "these", "those"})
#: Quotation mark tokens.
QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''", "„", "«", "»"})
