"""Violence by who uses it: FIGHT (conventional force) or ASSAULT (unconventional violence).

The verb tables give "killed", "shot", "attacked" the CAMEO code of conventional military
force (19, FIGHT). PLOVER keeps FIGHT for armed forces fighting (troops, aircraft, a state
against armed opponents) and calls the rest ASSAULT (CAMEO 18): gunmen, militants and
criminals killing, a bomb going off, a mob, rebels turning on civilians.

    >>> assault_code("kill"), assault_code("bomb"), assault_code("shoot")
    ('1823', '183', '180')
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphbuilder.events.actors import (
    CIVILIAN_SECTORS,
    IRREGULAR_SECTORS,
    REBEL_SECTORS,
    REGULAR_FORCE_SECTORS,
    core,
    head_of,
    sector,
)
from graphbuilder.events.rules import MILITARY_TARGET_NOUNS
from graphbuilder.events.taxonomy import root
from graphbuilder.extract.candidate import Candidate
from graphbuilder.nlp.lemmas import lemma as lemma_of

#: CAMEO root of conventional military force.
FIGHT_ROOT = "19"
#: Codes that stay FIGHT whoever acts: blockade (191), occupying territory (192) and
#: violating a ceasefire (196) are about armed parties to a conflict, not single acts.
MILITARY_ONLY = frozenset({"191", "192", "196"})
#: Verbs of killing: an unconventional killing is CAMEO 1823 (kill by physical assault).
KILL_LEMMAS = frozenset({"kill", "murder", "behead", "execute", "lynch", "slay", "slaughter", "massacre"})
#: Verbs of bombing: an unconventional bombing is CAMEO 183.
BOMB_LEMMAS = frozenset({"bomb", "explode", "detonate", "blow"})
#: CAMEO roots of unconventional and mass violence (ASSAULT).
ASSAULT_ROOTS = frozenset({"18", "20"})
#: Sectors of armed forces proper (not police): their killing is conventional force.
ARMED_FORCE_SECTORS = frozenset({"MIL", "ARM"})
#: Verbs of conventional force ("killed", "shelled"), as opposed to abduction or torture.
CONVENTIONAL_LEMMAS = KILL_LEMMAS - {"behead", "lynch", "execute"} | frozenset(
    {"shoot", "shell", "bomb", "attack", "fire", "wound", "injure", "strike", "hit"}
)
CONVENTIONAL_FORCE = "190"
KILL_BY_ASSAULT, BOMBING, SUICIDE_BOMBING, UNCONVENTIONAL = "1823", "183", "1831", "180"


def assault_code(verb_lemma: str) -> str:
    """The CAMEO 18 code for an unconventional act of violence named by ``verb_lemma``."""
    if verb_lemma in KILL_LEMMAS:
        return KILL_BY_ASSAULT
    if verb_lemma in BOMB_LEMMAS:
        return BOMBING
    return UNCONVENTIONAL


def by_perpetrator(candidate: Candidate, code: str) -> str:
    """``code`` (a FIGHT code) as ASSAULT when the perpetrator says so; killing, shooting or
    bombing by armed forces (troops, aircraft) as FIGHT whoever the victims."""
    if root(code) == COERCE_ROOT and _violently(candidate):
        return VIOLENT_REPRESSION
    if code == OCCUPY and sector(candidate.subject) == "COP" and _one_person(candidate.object):
        return ARREST  # "a passing officer captured Gonzalez": police take a person, no territory
    if root(code) in ASSAULT_ROOTS and _party_attack(candidate):
        return CRITICISE  # "Republicans attacked Special Counsel Robert Mueller"
    if root(code) in ASSAULT_ROOTS:
        return _armed_force(candidate, code)
    if root(code) != FIGHT_ROOT or code in MILITARY_ONLY:
        return code
    if verbal_attack(candidate):
        return CRITICISE
    return _fight_by_source(candidate, code)


def _fight_by_source(candidate: Candidate, code: str) -> str:
    """A FIGHT code by who fights and whom: regular forces fight, a bomb bombs, irregulars and
    rebels attacking civilians, or one person killing another, assault."""
    source = sector(candidate.subject)
    if source in REGULAR_FORCE_SECTORS or source == "ARM":
        return code
    if source == "BOMB":
        return BOMBING
    if any(t.lower_ == "suicide" for t in core(head_of(candidate.subject))):
        return SUICIDE_BOMBING
    target = sector(candidate.object) if candidate.object is not None else None
    irregular = source in IRREGULAR_SECTORS or source in CIVILIAN_SECTORS
    if irregular or (source in REBEL_SECTORS and target in CIVILIAN_SECTORS):
        return assault_code(lemma_of(candidate.verb))
    act, victim = _act(candidate)
    personal = lemma_of(act) in PERSONAL_VIOLENCE_LEMMAS and _one_person(candidate.subject)
    if personal or (target not in ARMED_TARGET_SECTORS and _one_person(victim)):
        # "Ruby shot Oswald", "he decided to kill Lennon": a person kills, or one person is
        # killed, not in battle between forces (FIGHT)
        return assault_code(lemma_of(act))
    return code


#: CAMEO 192 (occupy territory: "captured the town") and 173 (arrest, detain).
OCCUPY, ARREST = "192", "173"
#: CAMEO root of coercion; 175: violent repression (ASSAULT in PLOVER).
COERCE_ROOT, VIOLENT_REPRESSION = "17", "175"
#: Adverbs that make coercion violent ("violently repressed", "brutally dispersed").
VIOLENT_ADVERBS = frozenset({"violently", "brutally", "bloodily", "savagely", "forcefully"})
#: Pronouns of one person.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "me"})


#: Verbs of one person's violence against another: a person doing them is no armed force.
PERSONAL_VIOLENCE_LEMMAS = KILL_LEMMAS | frozenset(
    {"shoot", "stab", "strangle", "hang", "beat", "wound", "injure", "poison", "assassinate"}
)


def _act(candidate: Candidate) -> tuple[Token, Span | Token | None]:
    """The violent verb and its victim: the frame's own, or those of the clause it governs
    ("decided *to kill John Lennon*")."""
    obj = candidate.object
    if obj is None or obj.root.pos_ != "VERB":
        return candidate.verb, obj
    inner = obj.root
    for _ in range(3):  # "said he had decided to kill": through the clauses it governs
        if lemma_of(inner) in PERSONAL_VIOLENCE_LEMMAS:
            break
        clause = next((c for c in inner.children if c.dep_ in ("xcomp", "ccomp")), None)
        if clause is None:
            break
        inner = clause
    return inner, next((c for c in inner.children if c.dep_ in ("dobj", "obj")), None)


def _violently(candidate: Candidate) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in VIOLENT_ADVERBS for c in candidate.verb.children)


def _one_person(span: Span | Token | None) -> bool:
    """The argument is one person: a person's name or "he"/"she" (not a state, force or group)."""
    if span is None:
        return False
    head = head_of(span) if isinstance(span, Span) else span
    if any(c.dep_ == "conj" for c in head.children):
        return False
    return head.lower_ in PERSON_PRONOUNS or (head.ent_type_ == "PERSON" and head.tag_ != "NNPS")


def _armed_force(candidate: Candidate, code: str) -> str:
    lemma = lemma_of(candidate.verb)
    if lemma not in CONVENTIONAL_LEMMAS:
        return code  # abducting, torturing, beating stay ASSAULT whoever does it
    source = sector(candidate.subject)
    return CONVENTIONAL_FORCE if source in ARMED_FORCE_SECTORS else code


#: Verbs of attacking that a politician uses in words ("he attacked the government's failure").
VERBAL_ATTACK_LEMMAS = frozenset({"attack", "hit", "blast", "assail", "lash", "savage", "slam", "bombard"})
#: Nouns of people who speak, not fight: politicians, officials, commentators.
SPEAKER_NOUNS = frozenset(
    "minister leader president chancellor spokesman spokeswoman spokesperson senator mp "
    "secretary premier candidate critic chairman chairwoman commentator official".split()
)
#: Parties and lawmakers, who attack in words only ("Republicans attacked the FBI's
#: integrity", "Democrats attacked the special counsel"): a party's name used of its members,
#: and the nouns of legislators.
PARTY_SPEAKER_NOUNS = frozenset(
    "republican republicans democrat democrats tory tories conservatives liberals socialists "
    "lawmaker lawmakers legislator legislators senators congressman congressmen congresswoman "
    "mps critics opponents".split()
)
#: 111: criticize or denounce (DISAPPROVE).
CRITICISE = "111"
#: Targets attacked with force, not in words: forces, gunmen, rebels, military platforms.
ARMED_TARGET_SECTORS = REGULAR_FORCE_SECTORS | IRREGULAR_SECTORS | REBEL_SECTORS | {"ARM"}


#: What can only be attacked in words: plans, policies, records, claims.
SPOKEN_TARGET_NOUNS = frozenset(
    "plan proposal policy decision idea bill law legislation reform scheme strategy approach "
    "stance record handling failure budget claim comment remark manifesto pledge promise speech "
    "report statement remarks comments integrity credibility reputation character competence "
    "judgment judgement leadership probe investigation inquiry agenda rhetoric tweet tweets "
    "views motives".split()
)


def _party_attack(candidate: Candidate) -> bool:
    """A party or lawmakers attacking a person (coded as violence against a civilian): in words."""
    if lemma_of(candidate.verb) not in VERBAL_ATTACK_LEMMAS or candidate.object is None:
        return False
    if head_of(candidate.subject).lower_ not in PARTY_SPEAKER_NOUNS:
        return False
    return sector(candidate.object) not in ARMED_TARGET_SECTORS


def verbal_attack(candidate: Candidate) -> bool:
    """A person (a name, "he", a minister) attacking with no armed actor as the target: in
    words; and anyone attacking a plan, a policy or a record ("other parties attacked Tory
    plans", "the Liberal Democrats attacked the government's record"). Armies, militants and
    mobs attack people and places with force."""
    if lemma_of(candidate.verb) not in VERBAL_ATTACK_LEMMAS:
        return False
    if _through_a_medium(candidate.verb):
        return True  # "Trump attacked Corker on Twitter": in words
    obj = candidate.object
    if obj is not None and obj.root.pos_ == "NOUN" and obj.root.lemma_.lower() in SPOKEN_TARGET_NOUNS:
        return True
    if obj is not None and obj.root.pos_ == "NOUN" and obj.root.lemma_.lower() in MILITARY_TARGET_NOUNS:
        return False  # "he sent jets to blast the compound": no one is attacked in words there
    head = head_of(candidate.subject)
    person = (
        head.ent_type_ == "PERSON"
        or head.lower_ in ("he", "she", "i")
        or head.lemma_.lower() in SPEAKER_NOUNS
        or head.lower_ in PARTY_SPEAKER_NOUNS
    )
    target = sector(candidate.object) if candidate.object is not None else None
    return person and target not in ARMED_TARGET_SECTORS


#: Nouns of a channel one speaks through, and its prepositions ("on Twitter", "in an interview").
MEDIUM_NOUNS = frozenset(
    "twitter facebook instagram youtube tweet tweets post posts blog television tv radio "
    "interview interviews podcast".split()
)
MEDIUM_PREPOSITIONS = frozenset({"on", "in", "via", "through"})


def _through_a_medium(verb: Token) -> bool:
    """An attack said through a channel (Twitter, a television interview) is an attack in words."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in MEDIUM_PREPOSITIONS:
            if any(o.dep_ == "pobj" and o.lower_ in MEDIUM_NOUNS for o in prep.children):
                return True
    return False
