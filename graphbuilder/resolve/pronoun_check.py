"""How likely a pronoun's antecedent is right: a check learned from blind judges' verdicts.

The resolver (:mod:`coref`, :mod:`pronouns`) picks an antecedent by agreement, a short window
and salience. Its picks are not equally sure: a "he" whose antecedent is the subject of the
sentence before, with no one else named between, is nearly always right; an "it" given to a
person, or a "he" three sentences after its antecedent with two other men named between, is
often wrong. This module weighs what the resolver had when it decided -- the pronoun's kind,
the antecedent's type and how it was known, the distance to its nearest mention, who else was
named between -- with a logistic model into the probability that the pick is right::

    p = 1 / (1 + exp(-(bias + sum(weight[f] * f(pronoun, antecedent)))))

and the resolver leaves the pronoun unresolved when ``p`` is below the shipped threshold
(precision over recall: an open pronoun is better than one pinned on the wrong actor). A
possessive that follows a pronoun of its own sentence with the same antecedent ("it said it
had broken *its* word") goes with that pronoun and is not weighed again (:func:`passed_by`).
The threshold was chosen on the fitted judges alone (each left out in turn): the highest at
which no more than half of the picks it leaves open were right.

The weights (``data/pronoun_check.json``) were fitted by ``tools/fit_pronoun_check.py`` on
judges' verdicts on resolved pronouns of unread news; the file records what it was fitted on
and how it did on judges held out of the fit. Features use no words of any article: only
closed lists of pronouns and the resolver's own mention records.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from graphbuilder.lexicon import NEUTER_PRONOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS

if TYPE_CHECKING:
    from graphbuilder.nlp.tables import DocTables
    from graphbuilder.resolve.coref import Cluster
    from graphbuilder.resolve.mentions import MentionSpan

CHECK_PATH = Path(__file__).resolve().parents[1] / "data" / "pronoun_check.json"
POSSESSIVES = frozenset({"his", "her", "its", "their", "hers", "theirs"})
OBJECTS = frozenset({"him", "them"})
#: Cluster types of things and bodies rather than people.
_PLACE_TYPES = frozenset({"Place", "Country", "GPE", "Location", "LOC"})
_BODY_TYPES = frozenset({"Organization", "Group", "ORG", "NORP"})
#: Set by tools/fit_pronoun_check.py: each checked resolution's features are appended here
#: (with the pronoun's token offsets), and every resolution is kept.
RECORD: list[dict[str, object]] | None = None

#: The signals :func:`features` gives, in order (the fit reads these from its records).
SIGNALS = (
    "he_she",
    "it",
    "they",
    "possessive",
    "object",
    "subject",
    "pronoun_speaker",
    "quoted",
    "antecedent_place",
    "antecedent_body",
    "antecedent_named",
    "antecedent_known",
    "same_sentence",
    "sentences_back",
    "tokens_back",
    "near_subject",
    "near_root_subject",
    "near_speaker",
    "near_pronoun",
    "near_object",
    "mentions_before",
    "rivals_between",
    "rivals_in_window",
    "he_she_to_unnamed",
    "agreeing_nouns_between",
    "other_nouns_between",
)
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})

Seen = Sequence[tuple["MentionSpan", "Cluster"]]


def _kind(c: Cluster) -> str:
    t = c.type
    if t == "Person":
        return "person"
    if t in _PLACE_TYPES:
        return "place"
    if t in _BODY_TYPES:
        return "body"
    return "other"


def _rival(p: str, c: Cluster, found: Cluster) -> bool:
    """Another cluster the pronoun could as well mean: a person of a fitting gender for
    he/she, a non-person for it, anything but a lone person for they."""
    if c is found:
        return False
    if p in PERSON_PRONOUNS:
        if c.type != "Person":
            return False
        g = c.gender()
        return g is None or g == ("m" if p in {"he", "him", "his", "himself"} else "f")
    if p in NEUTER_PRONOUNS:
        return c.type != "Person"
    return True


def features(
    m: MentionSpan, found: Cluster, seen: Seen, quoted: bool, tables: DocTables | None = None
) -> dict[str, float]:
    """The signals of one resolution, by name: ``seen`` is every mention resolved before the
    pronoun (text order) with its cluster; ``tables``, the article's tokens."""
    p = m.pronoun or ""
    kind = _kind(found)
    named = any(x.kind == "name" for x in found.mentions)
    own = [pm for pm, c in seen if c is found and pm.start < m.start]
    return {
        "he_she": float(p in PERSON_PRONOUNS),
        "it": float(p in NEUTER_PRONOUNS),
        "they": float(p in PLURAL_PRONOUNS),
        "possessive": float(p in POSSESSIVES),
        "object": float(p in OBJECTS or p == "her" and not m.subject),
        "subject": float(m.subject),
        "pronoun_speaker": float(m.speaker),
        "quoted": float(quoted),
        "antecedent_place": float(kind == "place"),
        "antecedent_body": float(kind == "body"),
        "antecedent_named": float(named),
        "antecedent_known": float(found.actor is not None),
        **_distance(m, found, seen, own),
        **_nouns_between(m, seen, own, tables),
        "he_she_to_unnamed": float(p in PERSON_PRONOUNS and not named),
    }


def _distance(m: MentionSpan, found: Cluster, seen: Seen, own: list[MentionSpan]) -> dict[str, float]:
    """How far back the antecedent's nearest mention (the last of ``own``, its mentions before
    the pronoun) is, what it was, and who else fitting was named since (or in the window)."""
    p = m.pronoun or ""
    near = own[-1] if own else None
    if near is None:
        gap, tokens, between = 9, 5.0, set()
    else:
        gap, tokens = m.sentence - near.sentence, math.log1p(max(m.start - near.end, 0))
        between = {id(c) for pm, c in seen if pm.start > near.start and _rival(p, c, found)}
    window = {id(c) for pm, c in seen if m.sentence - pm.sentence <= 2 and _rival(p, c, found)}
    return {
        "same_sentence": float(gap == 0),
        "sentences_back": float(min(gap, 4)),
        "tokens_back": tokens,
        "near_subject": float(near is not None and near.subject),
        "near_root_subject": float(near is not None and near.root_subject),
        "near_speaker": float(near is not None and near.speaker),
        "near_pronoun": float(near is not None and near.kind == "pronoun"),
        "near_object": float(near is not None and not near.subject and near.kind != "pronoun"),
        "mentions_before": math.log1p(len(own)),
        "rivals_between": float(min(len(between), 3)),
        "rivals_in_window": float(min(len(window), 3)),
    }


def _nouns_between(
    m: MentionSpan, seen: Seen, own: list[MentionSpan], tables: DocTables | None
) -> dict[str, float]:
    """Common nouns heading a subject, object or complement between the antecedent's nearest
    mention (the last of ``own``) and the pronoun, outside any mention: a thing ("the bill")
    or things ("the images") an "it" or "they" may as well mean."""
    if tables is None:
        return {"nouns_between": 0.0, "plural_nouns_between": 0.0}
    taken = {i for pm, _ in seen for i in range(pm.start, pm.end)}
    lo = own[-1].end if own else tables.sent_start[m.start]
    heads = [
        i
        for i in range(lo, m.start)
        if i not in taken and tables.dep[i] in _ARGUMENT_DEPS and tables.pos[i] == "NOUN"
    ]
    plural = sum(1 for i in heads if tables.tag[i] in {"NNS", "NNPS"})
    return {
        "nouns_between": float(min(len(heads) - plural, 3)),
        "plural_nouns_between": float(min(plural, 3)),
    }


def signals(recorded: Mapping[str, float]) -> dict[str, float]:
    """The model's inputs from :func:`features`: common nouns between counted as agreeing in
    number with the pronoun (singular for he/she/it, plural for they) or not."""
    x = {k: v for k, v in recorded.items() if k in SIGNALS}
    singular, plural = recorded["nouns_between"], recorded["plural_nouns_between"]
    they = recorded["they"] > 0
    x["agreeing_nouns_between"] = plural if they else singular
    x["other_nouns_between"] = singular if they else plural
    return x


def passed_by(recorded: Mapping[str, float]) -> bool:
    """A possessive whose antecedent's nearest mention is a pronoun of its own sentence ("it
    said it had broken *its* word"): it goes with that pronoun, which was weighed, and is not
    weighed again."""
    return recorded["possessive"] > 0 and recorded["same_sentence"] > 0 and recorded["near_pronoun"] > 0


@dataclass(frozen=True)
class PronounCheck:
    """A logistic model: bias, one weight per signal, and the threshold below which a
    resolution is undone."""

    bias: float
    weights: Mapping[str, float]
    threshold: float

    def probability(self, x: Mapping[str, float]) -> float:
        z = self.bias + sum(w * x[name] for name, w in self.weights.items())
        return 1.0 / (1.0 + math.exp(-z))

    def keep(
        self, m: MentionSpan, found: Cluster, seen: Seen, quoted: bool, tables: DocTables | None = None
    ) -> bool:
        """Is the resolver's pick for pronoun ``m`` likely enough right to keep?"""
        x = features(m, found, seen, quoted, tables)
        if RECORD is not None:
            at = (
                (tables.idx[m.start], tables.idx[m.end - 1] + len(tables.text[m.end - 1]))
                if tables
                else (0, 0)
            )
            RECORD.append({"start": at[0], "end": at[1], "features": x})
            return True
        return passed_by(x) or self.probability(signals(x)) >= self.threshold


@lru_cache(maxsize=1)
def default_check() -> PronounCheck:
    """The shipped model (``data/pronoun_check.json``)."""
    data = json.loads(CHECK_PATH.read_text(encoding="utf-8"))
    return PronounCheck(
        bias=float(data["bias"]),
        weights={k: float(v) for k, v in data["weights"].items()},
        threshold=float(data["threshold"]),
    )
