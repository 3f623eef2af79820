"""Predicate names: the verb in its past-tense form, plus particle and preposition, snake case.

"appeals to", "appealed to" and "has appealed to" all give ``appealed_to``; "lay down"
gives ``laid_down``. Regular verbs are inflected by rule; irregular ones come from
:data:`IRREGULAR_PAST`. Nominal events ("Trump's appeal to Putin") map through
:data:`NOMINAL_EVENTS` to the verb they stand for.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Irregular past tenses of verbs that occur in news text.
IRREGULAR_PAST: dict[str, str] = {
    "be": "was",
    "become": "became",
    "begin": "began",
    "bring": "brought",
    "build": "built",
    "buy": "bought",
    "catch": "caught",
    "choose": "chose",
    "come": "came",
    "cut": "cut",
    "deal": "dealt",
    "do": "did",
    "draw": "drew",
    "drive": "drove",
    "eat": "ate",
    "fall": "fell",
    "feel": "felt",
    "fight": "fought",
    "find": "found",
    "flee": "fled",
    "fly": "flew",
    "forbid": "forbade",
    "forget": "forgot",
    "forgive": "forgave",
    "freeze": "froze",
    "get": "got",
    "give": "gave",
    "go": "went",
    "grow": "grew",
    "hang": "hung",
    "have": "had",
    "hear": "heard",
    "hide": "hid",
    "hit": "hit",
    "hold": "held",
    "hurt": "hurt",
    "keep": "kept",
    "know": "knew",
    "lay": "laid",
    "lead": "led",
    "leave": "left",
    "lend": "lent",
    "let": "let",
    "lie": "lay",
    "lose": "lost",
    "make": "made",
    "mean": "meant",
    "meet": "met",
    "pay": "paid",
    "put": "put",
    "quit": "quit",
    "read": "read",
    "ride": "rode",
    "ring": "rang",
    "rise": "rose",
    "run": "ran",
    "say": "said",
    "see": "saw",
    "seek": "sought",
    "sell": "sold",
    "send": "sent",
    "set": "set",
    "shake": "shook",
    "shoot": "shot",
    "show": "showed",
    "shut": "shut",
    "sing": "sang",
    "sink": "sank",
    "sit": "sat",
    "sleep": "slept",
    "speak": "spoke",
    "spend": "spent",
    "split": "split",
    "spread": "spread",
    "stand": "stood",
    "steal": "stole",
    "stick": "stuck",
    "strike": "struck",
    "swear": "swore",
    "sweep": "swept",
    "take": "took",
    "teach": "taught",
    "tell": "told",
    "think": "thought",
    "throw": "threw",
    "understand": "understood",
    "undertake": "undertook",
    "upset": "upset",
    "wake": "woke",
    "wear": "wore",
    "win": "won",
    "withdraw": "withdrew",
    "write": "wrote",
    "overcome": "overcame",
    "overtake": "overtook",
    "withhold": "withheld",
    "uphold": "upheld",
    "arise": "arose",
    "bear": "bore",
    "beat": "beat",
    "bend": "bent",
    "bet": "bet",
    "bid": "bid",
    "bind": "bound",
    "bite": "bit",
    "blow": "blew",
    "break": "broke",
    "breed": "bred",
    "broadcast": "broadcast",
    "burst": "burst",
    "cast": "cast",
    "cling": "clung",
    "cost": "cost",
    "creep": "crept",
    "dig": "dug",
    "feed": "fed",
    "forecast": "forecast",
    "foresee": "foresaw",
    "light": "lit",
    "mislead": "misled",
    "offset": "offset",
    "outrun": "outran",
    "overrun": "overran",
    "overthrow": "overthrew",
    "oversee": "oversaw",
    "rebuild": "rebuilt",
    "reset": "reset",
    "retake": "retook",
    "rethink": "rethought",
    "seek_out": "sought_out",
    "shed": "shed",
    "shrink": "shrank",
    "slay": "slew",
    "spin": "spun",
    "spit": "spat",
    "stride": "strode",
    "swing": "swung",
    "tear": "tore",
    "thrust": "thrust",
    "tread": "trod",
    "weep": "wept",
    "wind": "wound",
    "wring": "wrung",
    "can": "could",
    "will": "would",
    "shall": "should",
    "may": "might",
    "sting": "stung",
    "sling": "slung",
    "slink": "slunk",
    "spring": "sprang",
    "stink": "stank",
    "strive": "strove",
    "swim": "swam",
    "weave": "wove",
    "string": "strung",
    "fling": "flung",
    "grind": "ground",
    "kneel": "knelt",
    "rid": "rid",
    "shine": "shone",
    "slide": "slid",
    "speed": "sped",
}

#: Nominal events: event noun -> (past-tense verb, {preposition: predicate for that object}).
NOMINAL_EVENTS: dict[str, tuple[str, dict[str, str]]] = {
    "appeal": ("appealed", {"to": "appealed_to", "for": "appealed_for"}),
    "plea": ("pleaded", {"to": "pleaded_with", "for": "pleaded_for"}),
    "request": ("requested", {"to": "requested_from", "for": "requested"}),
    "demand": ("demanded", {"for": "demanded"}),
    "call": ("called", {"for": "called_for", "on": "called_on"}),
    "proposal": ("proposed", {"to": "proposed_to", "for": "proposed"}),
    "offer": ("offered", {"to": "offered_to", "of": "offered"}),
    "visit": ("visited", {"to": "visited"}),
    "trip": ("travelled", {"to": "travelled_to"}),
    "meeting": ("met", {"with": "met"}),
    "talks": ("talked", {"with": "talked_with"}),
    "attack": ("attacked", {"on": "attacked", "against": "attacked"}),
    "offensive": ("attacked", {"on": "attacked", "against": "attacked", "in": "attacked"}),
    "invasion": ("invaded", {"of": "invaded"}),
    "incursion": ("invaded", {"into": "invaded", "in": "invaded"}),
    "strike": ("struck", {"on": "struck", "against": "struck"}),
    "sanctions": ("sanctioned", {"on": "sanctioned", "against": "sanctioned"}),
    "sanction": ("sanctioned", {"on": "sanctioned", "against": "sanctioned"}),
    "criticism": ("criticized", {"of": "criticized"}),
    "support": ("supported", {"for": "supported"}),
    "threat": ("threatened", {"to": "threatened", "against": "threatened"}),
    "warning": ("warned", {"to": "warned"}),
    "agreement": ("agreed", {"with": "agreed_with", "on": "agreed_on"}),
    "deal": ("agreed", {"with": "agreed_with", "on": "agreed_on"}),
    "accusation": ("accused", {"against": "accused"}),
    "rejection": ("rejected", {"of": "rejected"}),
    "withdrawal": ("withdrew", {"from": "withdrew_from"}),
    "arrest": ("arrested", {"of": "arrested"}),
    "election": ("elected", {"of": "elected"}),
    "resignation": ("resigned", {"from": "resigned_from"}),
    "aid": ("aided", {"to": "aided"}),
    "assistance": ("assisted", {"to": "assisted"}),
    "condemnation": ("condemned", {"of": "condemned"}),
    "recognition": ("recognized", {"of": "recognized"}),
    "decision": ("decided", {"on": "decided_on"}),
    "announcement": ("announced", {"of": "announced"}),
    "protest": ("protested", {"against": "protested_against"}),
    "investigation": ("investigated", {"into": "investigated"}),
    "blockade": ("blockaded", {"of": "blockaded"}),
    "ban": ("banned", {"on": "banned"}),
    "rally": ("rallied", {"against": "rallied_against", "for": "rallied_for"}),
    "demonstration": ("demonstrated", {"against": "demonstrated_against", "for": "demonstrated_for"}),
    "campaign": ("campaigned", {"against": "campaigned_against", "for": "campaigned_for"}),
    "boycott": ("boycotted", {"of": "boycotted"}),
    "embargo": ("embargoed", {"on": "embargoed", "against": "embargoed"}),
    "raid": ("raided", {"on": "raided", "against": "raided"}),
    "assault": ("assaulted", {"on": "assaulted", "against": "assaulted"}),
    "negotiations": ("negotiated", {"with": "negotiated_with"}),
    "war": ("waged_war", {"on": "waged_war_on", "against": "waged_war_on"}),
    "airstrike": ("struck", {"on": "struck", "against": "struck"}),
    "bombing": ("bombed", {"of": "bombed"}),
    "shelling": ("shelled", {"of": "shelled"}),
    "crackdown": ("cracked_down", {"on": "cracked_down_on"}),
}

#: Verbs of two or more syllables stressed on the last one, which double the final consonant.
DOUBLING_VERBS = frozenset(
    "admit commit submit permit omit emit transmit acquit refer prefer confer defer infer deter "
    "occur recur incur concur control patrol compel expel propel rebel regret equip "
    "forget upset abet fulfil distil instil enrol extol refit outfit outwit".split()
)

#: Prefixes of verbs made on an irregular verb ("under-write", "with-draw", "over-take").
IRREGULAR_PREFIXES = ("under", "over", "with", "fore", "up", "out", "mis", "re")
#: Verbs that only look made of a prefix and an irregular verb: "relay" -> "relayed", not "relaid".
NOT_PREFIXED = frozenset({"relay"})
#: Irregular verbs of two letters: a prefix before them still makes a verb ("undergo", "redo").
SHORT_IRREGULAR = frozenset({"do", "go"})

_DOUBLE_FINAL = re.compile(r"^(?:[^aeiou]*[aeiou])[bdgmnprt]$")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def past_tense(lemma: str) -> str:
    """The simple past of a verb lemma: ``appeal`` -> ``appealed``, ``meet`` -> ``met``."""
    verb = lemma.lower().strip()
    if not verb:
        return verb
    if verb in IRREGULAR_PAST:
        return IRREGULAR_PAST[verb]
    for prefix in IRREGULAR_PREFIXES:  # "underwrite" -> "underwrote", "withdraw" -> "withdrew"
        base = verb[len(prefix) :]
        if verb in NOT_PREFIXED or not verb.startswith(prefix) or base not in IRREGULAR_PAST:
            continue
        if len(base) > 2 or base in SHORT_IRREGULAR:
            return prefix + IRREGULAR_PAST[base]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    if verb in DOUBLING_VERBS:
        return verb + verb[-1] + "ed"
    if verb.endswith("c"):
        return verb + "ked"
    if _DOUBLE_FINAL.match(verb) and not verb.endswith(("w", "x", "y")):
        # one-syllable consonant-vowel-consonant verbs double the final consonant: ban -> banned
        return verb + verb[-1] + "ed"
    return verb + "ed"


@lru_cache(maxsize=8192)
def predicate_name(*parts: str) -> str:
    """Snake case from predicate parts: ("appealed", "to") -> ``appealed_to`` (remembered: the
    frames of a build ask for the same few thousand names over and over)."""
    words = [_NON_WORD.sub("_", p.lower()).strip("_") for p in parts if p]
    return "_".join(w for w in words if w)


@lru_cache(maxsize=8192)
def verb_predicate(lemma: str, *particles: str) -> str:
    """Predicate of a verb frame: the past tense plus particles/prepositions, snake case."""
    return predicate_name(past_tense(lemma), *particles)


def nominal_predicate(noun_lemma: str, preposition: str | None) -> str | None:
    """Predicate a nominal event stands for, or None when ``noun_lemma`` is no event noun."""
    entry = NOMINAL_EVENTS.get(noun_lemma.lower())
    if entry is None:
        return None
    verb, by_prep = entry
    if preposition is None:
        return verb
    return by_prep.get(preposition.lower(), predicate_name(verb, preposition))
