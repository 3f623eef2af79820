"""Senses of event verbs and nouns that are no event in news prose.

The CAMEO tables give a verb its diplomatic sense; news uses many of the same words in an
everyday or economic sense, and then the statement stays untyped (precision first):

* **denying a claim** is no refusal: "denied (that) he was gloating", "denied wanting to be
  leader", "denied the allegations", "rejected claims that ..." (CAMEO codes a denial as a
  public statement, not as REJECT). Refusing someone something stays REJECT: "denied him a
  visa", "denied bail";
* **meeting a need** is no meeting: "met global demand", "met the needs of the country",
  "met its targets". One meets *someone* ("met Putin", "met the delegation") or concedes
  demands ("met the demands of the miners");
* **market demand** is no demand: "demand" as a mass noun without a determiner ("met
  demand") or qualified as the market's ("the country's growing demand for cars"), unlike
  an actor's "demands" or "the demand";
* **market transactions** are no cooperation: agreeing, promising or needing to buy, pay,
  sell, invest or expand is a deal or a business plan ("agreed to buy Chalone for $260m"), as
  is anything done for a price ("ordered 30 planes for $1.8bn") and any stance on a takeover,
  a merger or a deal valued in money with no state or party in it ("MCI rejected a deal worth
  $8bn", "opposed the takeover bid");
* **causes and practices**: blaming a thing ("blamed industrial action for its losses")
  names a cause; condemning a practice in general ("condemned torture") is a stance of
  principle, not criticism of anyone;
* **duties and venues**: "is charged with ensuring order" is a task, not a legal charge;
  hosting an event or a conference is no meeting between actors (hosting talks or a guest is).

* **legal appeals** are no appeal to an actor: "filed an appeal", "appealed against the
  ruling" (one appeals *to* someone or *for* something);
* **questions** are no appeal: "asked whether ...", "asked how ...", "asked about ...";
  nor is a campaign's appeal to voters;
* **what is received** is no act of the receiver: "received a detailed proposal";
* **private and public matters**: criticising one's husband, talking to "as many people as
  possible", requiring unnamed companies or citizens to do something (a regulation);
* **statements, not acts**: declining to comment (CAMEO 011), accepting or admitting a fact
  ("accepts that nicotine is harmful"), confirming or reporting an act of force ("an official
  confirmed the arrests": the confirmer did not arrest anyone);
* **a legislature's routine**: its votes are no support, concession or obstruction between
  actors ("parliament blocked Mr Khatami", "backed a law");
* **news conferences** are no meeting: "hosted a news conference", "held a press conference";
* **verbal clashes**: "clashed with his leaders over tuition fees" is a dispute, not a fight;
  a clash is violence only when an armed actor or a state takes part;
* **warnings of what may happen** are no threat: "warned Labour they were in danger of ...",
  "warned Asian states could stop funding"; a warning with a clause threatens only when the
  warner is the one who will act ("warned Iran it would impose sanctions"); warning someone
  *against* doing something admonishes. A bare warning to an actor ("warned Iran") stays a
  threat.

:func:`sense_reason` returns the reason (a short phrase) or None.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from spacy.tokens import Span, Token

from graphbuilder.events.actors import ACTOR_ENTITY_TYPES, CIVILIAN_SECTORS, REFLEXIVE_PRONOUNS, sector
from graphbuilder.events.business import business_reason
from graphbuilder.events.campaigns import PARTY_NAMES, campaign_reason
from graphbuilder.events.everyday import DECLINING_VERBS, SHARING_VERBS, VIOLENT_ROOTS, everyday_reason
from graphbuilder.events.lexicon import verb_code
from graphbuilder.events.rules import (
    AID_NOUNS,
    ARMED_SECTORS,
    DIRECTIVE_LEMMAS,
    FUTURE_AUX,
    SPOKEN_TARGETS,
    complement_of,
    event_noun_code,
    material_target,
)
from graphbuilder.events.targets import (
    CRITICISM,
    FORCE_SECTORS,
    STATE_ENTITY_TYPES,
    is_actor,
    phrase_names_actor,
    reported_clause,
)
from graphbuilder.events.taxonomy import plover_category
from graphbuilder.events.violence import MEDIUM_NOUNS, MEDIUM_PREPOSITIONS
from graphbuilder.extract.candidate import Candidate
from graphbuilder.extract.labels import (
    CLAUSE_DEPS,
    CONTROL_DEPS,
    DATIVE_DEPS,
    DET_DEPS,
    MARK_DEPS,
    NOMINAL_SUBJ_DEPS,
    OBJ_DEPS,
    POSS_DEPS,
    VERB_POS,
)
from graphbuilder.nlp.lemmas import lemma as lemma_of

#: Verbs of denying: with a clause or a claim as object they deny a claim.
DENYING_VERBS = frozenset({"deny", "refute", "rebut"})
#: Nouns of a denial: "issued a rejection of the claims" denies them.
DENIAL_NOUNS = frozenset({"rejection", "denial", "refutation"})
#: What one denies having had, a fact about oneself, not a request refused ("denied an affair";
#: wrongdoing, involvement and the like are :data:`RESPONSIBILITY_NOUNS`).
DENIED_FACT_NOUNS = frozenset({"affair", "relationship"})
#: Verbs of rejecting: they deny only a claim noun ("rejected the allegations", "shrugged off
#: the claims").
DISMISSING_VERBS = frozenset({"reject", "dismiss", "shrug"})
#: Nouns of what is said or alleged: denying or dismissing one is no refusal. A label or a
#: description is what is said of someone ("has long rejected the label").
CLAIM_NOUNS = frozenset(
    "claim allegation accusation charge suggestion report rumour rumor story speculation "
    "assertion insinuation notion idea criticism quote remark remarks comment comments account "
    "possibility likelihood prospect existence label description characterisation "
    "characterization portrayal".split()
)
#: Pronouns that stand for what was said when they are all a verb of denying takes ("denied
#: them", "denied it"): someone is refused something only with a thing refused ("denied them
#: entry", "denied him a visa").
SAID_PRONOUNS = frozenset({"it", "them", "this", "that", "these", "those"})
#: Nouns of what one is accused of: denying it denies responsibility (CAMEO 016, no PLOVER
#: event), it refuses no one anything ("denied any wrongdoing", "denied involvement").
RESPONSIBILITY_NOUNS = frozenset(
    "wrongdoing involvement responsibility guilt complicity knowledge role part link links "
    "connection connections wrong".split()
)
#: Verbs of meeting someone (CAMEO 04), which mean "satisfy" with a non-actor object.
MEETING_VERBS = frozenset({"meet"})
#: What is met when one concedes: an actor's demands, conditions, terms.
CONCEDED_NOUNS = frozenset({"demand", "condition", "term"})
#: Nouns of demand in the market sense when used as a mass noun ("growing demand").
MARKET_DEMAND_NOUNS = frozenset({"demand"})
#: CAMEO codes of appeals (02), consultations (04) and threats (13).
APPEAL, CONSULT_CODES, THREAT = "02", ("04", "036"), "13"
#: Verbs by which an appeal is lodged in court.
COURT_FILING_VERBS = frozenset({"file", "lodge", "launch", "lose", "win", "hear", "reject", "dismiss"})
#: Nouns of a practice or a trend: a stance on one is a stance of principle.
PRACTICE_NOUNS = frozenset("practice practices cult culture trend phenomenon fashion habit".split())
#: Kin: criticising or supporting one's husband is a private matter.
KIN_NOUNS = frozenset(
    "husband wife son daughter mother father brother sister parent parents child children "
    "family spouse partner grandmother grandfather uncle aunt cousin".split()
)
#: Kin nouns that also name allies, when an actor is named with them ("its NATO partners").
ALLIANCE_KIN_NOUNS = frozenset({"partner"})
#: The general public: talking to it is campaigning, not consulting anyone.
GENERAL_PUBLIC_NOUNS = frozenset(
    "people public voter electorate constituent everyone everybody audience".split()
)
#: Verbs of requiring by rule: "will require all quoted companies to report" regulates.
REGULATING_VERBS = frozenset({"require", "oblige", "compel"})
DEMAND_ROOT = "10"
#: What one refuses (:data:`~graphbuilder.events.everyday.DECLINING_VERBS`) when one declines
#: to comment (CAMEO 011, "decline comment": a statement, no PLOVER event).
COMMENT_VERBS = frozenset(
    "comment speak talk elaborate discuss say answer confirm reveal disclose identify name "
    "draw speculate specify divulge".split()  # "declined to be drawn on"
)
#: Verbs of acknowledging: with a clause they admit a fact ("accepts that nicotine is harmful").
ACKNOWLEDGING_VERBS = frozenset({"accept", "admit", "acknowledge", "concede", "recognise", "recognize"})
#: Legislatures: their votes on domestic matters are routine, not support, concession or
#: obstruction between actors ("parliament blocked Mr Khatami").
#: Courts' rulings stay events (PLOVER codes "the Supreme Court decided to allow X to run").
LEGISLATURE_NOUNS = frozenset(
    "parliament congress senate house lords commons assembly legislature duma knesset majlis".split()
)
#: Courts and judges: their rulings are no support or obstruction between actors.
COURT_NOUNS = frozenset("court judge tribunal magistrate".split())
#: Roots a legislature's act is routine in: supporting (05, "backed a law") and obstructing
#: (14); and yielding (080, 081: "passed the bill"). Rejecting or agreeing to a treaty or a
#: demand stays an event.
ROUTINE_ROOTS = frozenset({"05", "14"})
ROUTINE_CODES = frozenset({"080", "081"})
#: Verbs of asking: a request, or a question.
ASKING_VERBS = frozenset({"ask", "inquire", "enquire", "query", "question"})
#: Words that open an indirect question ("asked *whether* ...", "asked *how* ...").
QUESTION_WORDS = frozenset("whether if how why what when where who which".split())
#: What is asked when one asks a question.
QUESTION_NOUNS = frozenset({"question", "questions"})
#: Those a campaign appeals to.
VOTER_NOUNS = frozenset(
    "voter voters electorate constituency group groups audience supporter supporters".split()
)
#: Verbs by which the subject receives what another does.
RECEIVING_VERBS = frozenset({"receive", "get", "win", "face"})
#: Roots of acts that a price makes a transaction: agreeing, meeting, supporting,
#: cooperating, giving, yielding, demanding ("ordered planes for $1.8bn"); not suing for damages.
PRICED_ROOTS = frozenset({"03", "04", "05", "06", "07", "08", "10"})
#: Objects of business: takeovers, mergers, stakes ("opposed the takeover", "rejected the
#: merger"); "takeover" or "buyout" anywhere in the object ("the takeover bid").
BUSINESS_DEAL_NOUNS = frozenset("takeover merger buyout acquisition stake shareholding flotation".split())
TAKEOVER_WORDS = frozenset({"takeover", "buyout", "merger"})
#: Verbs of blaming: blaming a thing names a cause, not an accused.
BLAMING_VERBS = frozenset({"blame"})
#: Verbs of hosting, and the meetings between actors one hosts (a party conference, an
#: "event" is no meeting between actors).
HOSTING_VERBS = frozenset({"host"})
HOSTED_MEETINGS = frozenset("talks talk summit meeting negotiations visit visitor delegation".split())
#: Courts: asking one to act is a legal motion, not a political appeal.
COURT_NOUNS = frozenset({"court", "judge", "tribunal", "magistrate", "magistrates"})
#: A conference that is a briefing when "news" or "press" qualifies it.
CONFERENCE_NOUNS = frozenset({"conference", "briefing"})
PRESS_WORDS = frozenset({"news", "press"})
#: Verbs of clashing: violence, or a dispute between people.
CLASH_VERBS = frozenset({"clash"})
#: Sectors besides armed forces that clash in the street: protesters, rioters, crowds.
CLASHING_SECTORS = frozenset({"CVL", "PPL", "UAF", "CRM", "REB", "INS"})
#: Verbs of warning.
WARNING_VERBS = frozenset({"warn", "caution"})
#: Pronouns by which a warner speaks of itself ("we will respond").
FIRST_PERSON = frozenset({"i", "we"})
#: Adjectives of demand in the market: "growing demand", "strong consumer demand".
MARKET_MODIFIERS = frozenset(
    "growing rising falling soaring booming slowing strong stronger weak weaker global domestic "
    "world consumer overseas foreign export higher lower increased increasing".split()
)
#: Market transactions and business plans (the hand table marks the bare verbs as no event;
#: here: no intent, promise or need to do them is an event either).
MARKET_VERBS = frozenset(
    "buy purchase acquire sell pay spend invest fund finance borrow lend earn trade export "
    "import merge expand produce manufacture".split()
)


def sense_reason(candidate: Candidate, code: str) -> str | None:
    """Why the verb or noun of ``candidate`` (typed CAMEO ``code``) is used in a sense that
    is no event, or None (see the module docstring). A reporting verb carries its clause's
    event, so the clause's verb is looked at too ("said they had met the demand")."""
    if candidate.subject[-1].pos_ == "ADP":
        return "a garbled subject"  # "the company founded by | assassinated | ..."
    if candidate.subject.root.pos_ in VERB_POS:
        return "a clause as subject"  # "What the government is doing is giving in to ..."
    if candidate.verb.pos_ in VERB_POS and _opinion_shared(candidate):
        return "an opinion shared"  # "I agree with Mr Forsyth"
    category = plover_category(code) or ""
    found = business_reason(candidate, category) or campaign_reason(candidate, category)
    if found is not None:
        return found
    return _circumstance_reason(candidate, code) or _meaning_reason(candidate, code)


def _circumstance_reason(candidate: Candidate, code: str) -> str | None:
    """What the verb stands under: a request of someone else, a circumstance, a date, a
    denial, a condition or a hint."""
    verb = candidate.verb
    if verb.pos_ in VERB_POS and _asked_of_a_passive_subject(verb):
        return "asked of someone"  # "are required to set out donations": not done by them
    if _circumstance(candidate) and not _verb_carries(verb, code):
        return "a circumstance"  # "went back on his pledge *after support* from allies"
    if candidate.construct == "prep" and _a_date(candidate.object):
        return "a date, no target"  # "Cabinet allies intervened in June 2004"
    if verb.pos_ in VERB_POS and _denied_above(verb):
        return "a denied claim"  # "deny conspiring to commit election fraud"
    if verb.pos_ in VERB_POS and _verbless_condition(verb):
        return "a condition"  # "said that, if in government, he would refuse to approve ..."
    if verb.pos_ in VERB_POS and _hinted_or_hearsay(verb):
        return "a hint or hearsay"  # "it was wrong to suggest the chancellor would usurp him"
    return None


def _meaning_reason(candidate: Candidate, code: str) -> str | None:
    """The sense of the noun or verb itself (and of the clause a reporting verb carries)."""
    verb = candidate.verb
    if candidate.construct == "nominal" or verb.pos_ not in VERB_POS:
        obj = candidate.object
        if obj is not None and obj.root.pos_ in VERB_POS and not verb.is_ancestor(obj.root):
            return "a clause that is not the noun's"  # "fled the Nazi threat [to come to the UK]"
        if _asked_for_comment(verb, candidate.object):
            return "a request for comment"  # "did not respond to Reuters' requests for comment"
        return "market demand" if market_demand(verb) else None
    reason = _verb_sense(verb, candidate.object, candidate.subject, code)
    clause = reported_clause(verb, verbal=True)
    if reason is None and clause is not None:
        subject = next((c for c in clause.children if c.dep_ in NOMINAL_SUBJ_DEPS), None)
        reason = _verb_sense(clause, _object_span(clause), _span(subject), code)
    return reason


class VerbInUse(NamedTuple):
    """A verb as the sense checks see it: its lemma, object, subject and CAMEO ``code``."""

    verb: Token
    lemma: str
    obj: Span | None
    subject: Span | None
    code: str


def _verb_sense(verb: Token, obj: Span | None, subject: Span | None, code: str) -> str | None:
    """The first reason, family by family in :data:`SENSE_FAMILIES`, why ``verb`` is no event."""
    use = VerbInUse(verb, lemma_of(verb), obj, subject, code)
    for family in SENSE_FAMILIES:
        reason = family(use)
        if reason is not None:
            return reason
    return None


def _denied_claim_or_need_met(use: VerbInUse) -> str | None:
    """Denying or dismissing a claim ("denied the allegations"); meeting a need ("met demand")."""
    lemma, obj = use.lemma, use.obj
    if lemma in DENYING_VERBS and (_clause_object(use.verb, obj) or _claim(obj) or _said(use.verb, obj)):
        return "a denied claim"
    if lemma in DISMISSING_VERBS and _claim(obj):
        return "a denied claim"
    if obj is not None and obj.root.lemma_.lower() in DENIAL_NOUNS and _claim(obj):
        return "a denied claim"  # "issued a strong rejection of the claims"
    if lemma == "dismiss" and _described_as(use.verb, obj):
        return "a description"  # "dismissed the Conservatives as a fading force": disparaged, not refused
    if lemma in MEETING_VERBS and use.code.startswith("0") and obj is not None and _need_met(obj.root):
        return "a need met"
    return None


def _market_sense(use: VerbInUse) -> str | None:
    """Market demand, business deals and transactions done for a price."""
    verb, obj, code = use.verb, use.obj, use.code
    if obj is not None and market_demand(obj.root):
        return "market demand"
    given = code.startswith(("07", "033"))  # money given or pledged is aid ("will donate $8m to victims")
    if obj is not None and code[:2] in PRICED_ROOTS | {"12"} and not given and _business_object(obj):
        return "a business deal"  # "MCI had rejected a deal worth $8bn", "opposed the takeover"
    invested = obj is not None and obj.root.lemma_.lower() in INVESTMENT_NOUNS
    if code[:2] in PRICED_ROOTS | {APPEAL} and invested:
        return "a market transaction"  # "asked for more investments to meet the demand for water"
    if market_complement(verb) is not None or code[:2] in PRICED_ROOTS and _priced(verb, obj):
        return "a market transaction"  # also "ordered 30 Airbus planes for $1.8bn"
    return None


def _cause_practice_duty_or_venue(use: VerbInUse) -> str | None:
    """A cause blamed, a stance on a practice, a duty, or hosting what is no meeting."""
    lemma, obj = use.lemma, use.obj
    if lemma in BLAMING_VERBS and obj is not None and not _actor_object(obj):
        return "a cause blamed"  # "blamed geological problems and industrial action for its losses"
    stance = use.code.startswith(CRITICISM) or use.code.startswith("12") and use.lemma == "oppose"
    if stance and obj is not None and _practice(obj.root):
        return "a stance on a practice"  # "said it condemned and prohibited torture"
    if lemma == "charge" and _duty(use.verb):
        return "a duty"  # "is charged with ensuring order": no legal charge
    if lemma in HOSTING_VERBS and obj is not None and not _hosted_meeting(obj):
        return "hosting no meeting"  # "Bournemouth hosted the event", "chosen to host the conference"
    return None


def _appeal_to_no_actor(use: VerbInUse) -> str | None:
    """An appeal that is legal, a question, or a campaign's appeal to voters."""
    if not use.code.startswith(APPEAL):
        return None
    if _legal_appeal(use.verb, use.obj):
        return "a legal appeal"
    if use.lemma in ASKING_VERBS and _question(use.verb):
        return "a question"
    if _asked_for_comment(use.verb, use.obj):
        return "a request for comment"
    if use.lemma == "appeal" and _appeal_to_voters(use.verb):
        return "an appeal to voters"
    return None


def _received_or_news_conference(use: VerbInUse) -> str | None:
    """What is received ("received a proposal"); a news conference held or hosted."""
    if _received(use.verb):
        return "an event received"
    if use.code.startswith(CONSULT_CODES) and _news_conference(use.obj):
        return "a news conference"
    return None


def _words_not_force(use: VerbInUse) -> str | None:
    """A verbal clash; a warning of what may happen; a warning against doing something."""
    verb, lemma = use.verb, use.lemma
    if lemma in CLASH_VERBS and not _armed_clash(verb, use.subject):
        return "a verbal clash"
    if lemma in CLASH_VERBS and _clash_over_an_issue(verb, use.subject):
        return "a dispute over an issue"  # "Australia and the UN clashed in Geneva over asylum policy"
    warning = lemma in WARNING_VERBS and use.code.startswith(THREAT)
    if warning and _warning_of_what_may_happen(verb):
        return "a warning of what may happen"
    warned = [c for c in verb.children if c.dep_ in OBJ_DEPS]
    if warning and any(c.lower_ == "against" for t in [verb, *warned] for c in t.children):
        return "an admonition"  # "warned both parties against pandering to prejudice"
    return None


def _private_or_public_matter(use: VerbInUse) -> str | None:
    """One's kin (a private matter), the general public (campaigning), unnamed parties (a regulation)."""
    verb, obj, code = use.verb, use.obj, use.code
    kin = _aimed_at(verb, obj) & KIN_NOUNS
    if kin and not (kin <= ALLIANCE_KIN_NOUNS and _named(obj)):  # "its NATO partners" are states
        return "a private matter"
    if use.lemma in PRIVATE_LIFE_VERBS or _complement_lemma(verb) in PRIVATE_LIFE_VERBS:
        return "a private matter"  # "she agreed to marry him": no agreement between actors
    if use.lemma in SHARING_VERBS and _shared_with_a_confidant(verb, obj):
        return "a private matter"  # "he shared the files with a friend": a leak or a confidence
    if use.lemma in COMMITTING_VERBS and use.code[:2] == INTENT_ROOT and _misdeed(obj):
        return "a misdeed committed"  # "the army committed gang rapes": no commitment (CAMEO 03)
    if use.lemma in PULLING_VERBS and obj is not None and _own_state_taken_out(verb, obj.root):
        return "a state taken out of something"  # "pulled the US out of the trade pact"
    if code.startswith(CONSULT_CODES) and (heads := _aimed_at(verb, obj)) and heads <= GENERAL_PUBLIC_NOUNS:
        return "campaigning"
    if use.lemma in REGULATING_VERBS and code.startswith(DEMAND_ROOT) and not _named(obj):
        return "a regulation"
    if use.lemma in ORDERING_VERBS and code.startswith(DEMAND_ROOT) and _a_thing_ordered(use.verb):
        return "a thing ordered"  # "had ordered wiretaps against him": done, not demanded of anyone
    return None


#: Verbs of one's private life: agreeing or promising to marry someone is no intent to
#: cooperate (CAMEO 03), whoever the two are.
PRIVATE_LIFE_VERBS = frozenset({"marry", "wed", "divorce", "elope"})
#: The private people one shares something with (:data:`~graphbuilder.events.everyday.SHARING_VERBS`):
#: a friend, a lover, a reporter. Sharing with one is no cooperation between actors ("shared
#: sensitive material with a woman"); "shared intelligence with Freedonia" stays.
CONFIDANT_NOUNS = frozenset(
    "friend friends woman man girlfriend boyfriend lover mistress acquaintance biographer "
    "reporter reporters journalist journalists stranger strangers".split()
)


def _shared_with_a_confidant(verb: Token, obj: Span | None) -> bool:
    """Shared *with* a common noun of a private person (on the verb or on its object), unnamed."""
    holders = [verb, obj.root] if obj is not None else [verb]
    withs = (p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with")
    people = [o for p in withs for o in p.children if o.dep_ == "pobj"]
    return bool(people) and all(
        o.lemma_.lower() in CONFIDANT_NOUNS and not o.ent_type_ and not _named(_span(o)) for o in people
    )


#: Verbs of committing, and the misdeeds one commits: committing one is doing it, no
#: commitment or pledge (CAMEO 03: "committed troops to the mission"). A misdeed with a code
#: of its own keeps it ("committed killings" is ASSAULT).
COMMITTING_VERBS, INTENT_ROOT = frozenset({"commit"}), "03"
MISDEED_NOUNS = frozenset(
    "rape rapes atrocity atrocities massacre massacres genocide murder murders homicide homicides "
    "abuse abuses killing killings assault assaults attack attacks act acts suicide treason "
    "sin sins error errors mistake mistakes blunder blunders robbery robberies theft thefts "
    "sabotage terrorism excess excesses outrage outrages crime crimes violation violations".split()
)


def _misdeed(obj: Span | None) -> bool:
    if obj is None or obj.root.pos_ != "NOUN":
        return False
    return bool({obj.root.lemma_.lower(), obj.root.lower_} & MISDEED_NOUNS)


#: Verbs of taking something out: with a state as object and "out (of)" the state leaves
#: an accord or a body ("pulled the US out of the trade pact"); it coerces no one (CAMEO 171
#: is seizing property). "pulled its troops out of" is left to the tables.
PULLING_VERBS = frozenset({"pull", "take"})


def _own_state_taken_out(verb: Token, head: Token) -> bool:
    """The verb's own object is a state (GPE), and the verb has "out" or "out of"."""
    if head.head.i != verb.i or head.ent_type_ != "GPE":
        return False
    return any(c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod") for c in verb.children)


#: Verbs of ordering: with a clause or a person they demand; with a thing they commission it.
ORDERING_VERBS = frozenset({"order"})


def _a_thing_ordered(verb: Token) -> bool:
    """ "Ordered wiretaps", "ordered new equipment": the object is neither an actor told to act
    nor an event noun ("ordered the arrest of", "ordered an inquiry"), and no clause says what
    anyone must do ("ordered troops to withdraw")."""
    if any(c.dep_ in CONTROL_DEPS | CLAUSE_DEPS for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in OBJ_DEPS]
    if not objects or any(c.dep_ in DATIVE_DEPS for c in verb.children):
        return False
    return all(
        o.pos_ == "NOUN"
        and not is_actor(o)
        and o.ent_type_ not in ACTOR_ENTITY_TYPES
        and event_noun_code(o) is None
        for o in objects
    )


def _statement_not_act(use: VerbInUse) -> str | None:
    """Declining to comment; accepting or admitting a fact."""
    if use.lemma in DECLINING_VERBS and _complement_lemma(use.verb) in COMMENT_VERBS:
        return "declined to comment"
    if use.lemma in DECLINING_VERBS and _details_withheld(use.verb):
        return "declined to comment"  # "declined to give details", "refused to provide figures"
    if use.lemma in DECLINING_VERBS and _comment_declined(use.verb):
        return "declined to comment"  # "declined comment", "declined requests for an interview"
    if use.lemma in RETURNING_VERBS and _message_object(use.verb):
        return "a call not returned"  # "did not return a call seeking comment": no reply, no refusal
    if use.lemma in ACKNOWLEDGING_VERBS and any(c.dep_ in CLAUSE_DEPS for c in use.verb.children):
        return "an acknowledged fact"
    if use.lemma in ATTESTING_VERBS and use.code[:2] in ATTESTED_ROOTS:
        return "a report of an act of force"  # "an official confirmed the arrests"
    return None


#: Verbs that tell of an event without doing it: whoever confirms or reports arrests, a raid
#: or killings is no more their author than a reporter ("an official confirmed the arrests").
ATTESTING_VERBS = frozenset({"confirm", "report", "verify", "witness", "document", "record"})
#: Roots of acts of force told of: repression (17: arrests), assault (18), fight (19), mass
#: violence (20). (Sanctions confirmed are mostly the confirmer's own.)
ATTESTED_ROOTS = frozenset({"17", "18", "19", "20"})


#: Nouns of what is held in mind: sharing one is having it in common, no cooperation ("share
#: the same values", "did not share his optimism").
ATTITUDE_NOUNS = frozenset(
    "value view concern belief aim goal vision interest commitment desire opinion optimism "
    "pessimism hope fear doubt outlook".split()
)
#: Verbs of respecting, and nouns of what someone holds or may choose besides ATTITUDE_NOUNS:
#: respecting them is an attitude ("respects people's civic stance"), no support given to
#: anyone; "respected the ceasefire" (keeping to it) stays.
RESPECTING_VERBS = frozenset({"respect"})
HELD_NOUNS = frozenset(
    "stance position right rights wish wishes choice choices feeling feelings privacy".split()
)
#: Nouns of what someone says is so: accepting one is believing it, no concession ("accepted
#: Mr Blunkett's word").
WORD_NOUNS = frozenset("word assurance explanation account version denial".split())


def _opinion_not_act(use: VerbInUse) -> str | None:
    """Sharing a view, taking someone at their word, agreeing with a policy: opinions, no
    cooperation, concession or (negated) refusal between actors."""
    head = use.obj.root.lemma_.lower() if use.obj is not None and use.obj.root.pos_ == "NOUN" else None
    if use.lemma == "share" and head in ATTITUDE_NOUNS:
        return "an opinion shared"
    if use.lemma == "accept" and head in WORD_NOUNS:
        return "a word believed"
    if use.lemma in RESPECTING_VERBS and head in ATTITUDE_NOUNS | HELD_NOUNS:
        return "an opinion respected"  # "the government respects people's views"
    if use.lemma in AGREEING_VERBS and _agreed_with_a_view(use.verb):
        return "an opinion shared"  # "Lib Dem voters do not agree with their policies"
    if use.lemma in AGREEING_VERBS and _agreed_that_so(use.verb):
        return "an opinion shared"  # "both sides agree the vote is a formality"
    return None


#: Verbs of handing over what is known, and the nouns of it: withholding them is declining to
#: comment ("declined to give details", "refused to provide figures"), no rejection of anyone.
GIVING_VERBS = frozenset({"give", "provide", "offer", "release", "share", "reveal", "disclose"})
DETAIL_NOUNS = frozenset(
    "detail details information specifics figure figures breakdown number numbers name names "
    "reason reasons explanation timeline timetable estimate".split()
)


#: What makes a refusal to give details the reporter's formula: "refused to give *further*
#: details" (a refusal of what was asked for, "refused to provide information about his
#: taxes", stays a rejection).
MORE_WORDS = frozenset({"further", "additional", "more", "other"})


def _details_withheld(verb: Token) -> bool:
    """The declined act is giving out what is known: "declined to give details of the talks",
    "refused to give further details"."""
    inner = complement_of(verb)
    if inner is None or lemma_of(inner) not in GIVING_VERBS:
        return False
    for obj in (c for c in inner.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in DETAIL_NOUNS):
        if lemma_of(verb) == "decline" or any(m.lower_ in MORE_WORDS for m in obj.children):
            return True
    return False


#: What a newsmaker is asked for by reporters: declining one is declining to comment (CAMEO
#: 011), no rejection of anyone ("declined comment", "declined requests for an interview").
#: "declined their request for visas" stays REJECT.
PRESS_NOUNS = frozenset({"comment", "comments", "interview", "interviews"})
#: Nouns of a request: declined, it is the press's when it is *for* one of PRESS_NOUNS.
REQUEST_NOUNS = frozenset({"request", "requests", "invitation", "invitations", "call", "calls"})


def _comment_declined(verb: Token) -> bool:
    """The verb's own object is a comment or an interview, or a request for one."""
    for obj in (c for c in verb.children if c.dep_ in OBJ_DEPS):
        head = obj.lemma_.lower()
        if head in PRESS_NOUNS or obj.lower_ in PRESS_NOUNS:
            return True
        if head in REQUEST_NOUNS or obj.lower_ in REQUEST_NOUNS:
            wanted = (o for p in obj.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children)
            if any(o.dep_ == "pobj" and o.lemma_.lower() in PRESS_NOUNS for o in wanted):
                return True
    return False


#: Verbs of returning: with a call or a message as object they reply to it ("did not return
#: calls seeking comment"), no property or person handed back (CAMEO 084) nor, negated, a refusal.
RETURNING_VERBS = frozenset({"return"})
REPLY_NOUNS = frozenset(
    "call calls message messages email emails e-mail e-mails text texts voicemail voicemails "
    "inquiry inquiries enquiry enquiries".split()
)


def _message_object(verb: Token) -> bool:
    """The verb's own object is a call or a message ("a phone call seeking comment")."""
    return any(
        c.dep_ in OBJ_DEPS and (c.lemma_.lower() in REPLY_NOUNS or c.lower_ in REPLY_NOUNS)
        for c in verb.children
    )


def _agreed_that_so(verb: Token) -> bool:
    """Agreeing *that* something is so: the clause is a copula's, in the present or past, with
    no modal ("both sides agree (that) the vote is a formality"): an opinion held in common,
    no agreement on an act ("agreed that the truce would start on Monday" stays)."""
    for clause in (c for c in verb.children if c.dep_ in CLAUSE_DEPS):
        if lemma_of(clause) != "be" or clause.pos_ not in ("AUX", "VERB"):
            continue
        if any(c.dep_ == "aux" for c in clause.children):
            continue  # "agreed the talks will be held in Geneva": an arrangement
        if any(c.dep_ in ("attr", "acomp") for c in clause.children):
            return True
    return False


def _agreed_with_a_view(verb: Token) -> bool:
    """Agreeing *with* what is no actor (a policy, a view, an assessment), with nothing agreed
    on or to ("agreed with Israel on a truce", "agreed with the plan to withdraw" is kept for
    its clause)."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    clause = any(c.dep_ in CONTROL_DEPS | CLAUSE_DEPS for c in verb.children)
    if clause or {p.lower_ for p in preps} & {"on", "to"}:
        return False
    views = [o for p in preps if p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    return bool(views) and not any(is_actor(o) or o.ent_type_ in ACTOR_ENTITY_TYPES for o in views)


def _legislature_routine(use: VerbInUse) -> str | None:
    """A legislature's votes: no support, concession or obstruction between actors. A court's
    rulings likewise: "courts blocked parts of the order", "the court backed the appeal"."""
    routine = use.code[:2] in ROUTINE_ROOTS or use.code in ROUTINE_CODES
    if use.subject is not None and routine and _legislature(use.subject.root):
        return "a legislature's routine"
    if use.subject is not None and use.code[:2] in COURT_ROOTS and _court(use.subject.root):
        return "a court's ruling"  # also "a judge halted the executive order": no sanction
    if use.lemma in SIGNING_VERBS and use.obj is not None and _domestic_instrument(use.obj.root):
        return "a law or an order signed"  # "signed three executive actions": no agreement
    if _stance_on_a_bill(use):
        return "a stance on a bill"  # "three Republicans opposed the bill": a vote to come
    return None


#: Roots of a stance one takes on a bill: support (05), the intent to support (03) and
#: rejection (12). Criticism (11) stays: it is said of the bill's authors.
STANCE_ROOTS = frozenset({"03", "05", "12"})
#: Verbs of a stance, whatever code the tables give them ("opposed the bill" is coded as
#: criticism, 11, as often as a rejection).
STANCE_VERBS = frozenset({"oppose", "support", "back", "endorse", "favor", "favour", "reject"})
#: Verbs whose rejection of a bill is an act of office with its own code: a veto (REJECT).
VETO_VERBS = frozenset({"veto"})


def _stance_on_a_bill(use: VerbInUse) -> bool:
    """Supporting, backing, endorsing, opposing or rejecting a bill, a law or a measure ("the
    senator backed the tax bill", "Democrats oppose the legislation"): a lawmaker's or a
    party's stance on a vote, a step in making a law, no event between actors (PLOVER's
    SUPPORT and REJECT are aimed at an actor or its request). A veto stays a rejection; a
    state's stance on another state's law stays ("China opposed the act")."""
    stance = use.code[:2] in STANCE_ROOTS or use.lemma in STANCE_VERBS
    if not stance or use.lemma in VETO_VERBS or use.obj is None:
        return False
    if use.subject is not None and _a_state(use.subject.root):
        return False  # "China opposed the act"
    if use.subject is not None and use.lemma in STANCE_VERBS and _an_executive(use.subject.root):
        return False  # "the president backs the bill": the executive's support, not a vote
    head = use.obj.root
    if head.lemma_.lower() in VERSION_NOUNS:
        of = (o for p in head.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
        head = next(of, head)
    if any(t.dep_ == "poss" and _a_state(t) for t in head.children):
        return False  # "rejected Ruritania's law": a state's act
    if head.ent_type_ == "LAW":
        return _domestic_instrument(head)
    form = head.lower_  # by form: "the measure" is a bill, "tougher measures" a policy
    return head.pos_ == "NOUN" and (form in LEGISLATION_NOUNS or head.lemma_.lower() in OVERHAUL_NOUNS)


#: Nouns of a bill's text or form: what one backs or opposes is the bill ("the current version
#: of the tax bill").
VERSION_NOUNS = frozenset({"version", "versions", "draft", "drafts", "text"})
#: Nouns of a reform put to a vote ("another Republican healthcare overhaul").
OVERHAUL_NOUNS = frozenset({"overhaul", "overhauls"})


#: Head nouns of a state's executive: its head of state or government, its government, its
#: ministers. Their backing or rejecting a bill is the executive's support or rejection, not a
#: lawmaker's vote ("the president strongly backs the bill"). Not "leaders", said of a party's
#: leaders in a legislature as often.
EXECUTIVE_HEAD_NOUNS = frozenset(
    "president premier chancellor governor minister administration government cabinet".split()
)
#: Named seats of an executive.
EXECUTIVE_SEATS = frozenset({"white house", "kremlin", "elysee", "élysée", "downing street"})


def _an_executive(token: Token) -> bool:
    """The head of a state's executive or its government: a noun of its office ("the
    president", "the administration"), its seat ("the White House"), or a person the gazetteer
    codes as government and not as a legislator (Donald Trump ``USAGOV``, not a senator
    ``USAGOVLEG``)."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in EXECUTIVE_HEAD_NOUNS:
        return True
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is None:
        return False
    words = [t.text for t in ent if not t.is_punct and t.lower_ != "the"]
    if " ".join(w.lower() for w in words) in EXECUTIVE_SEATS:
        return True
    if ent.label_ != "PERSON":
        return False
    from graphbuilder.resolve.gazetteer import load_gazetteer

    actor = load_gazetteer().actor(words)
    code = actor.code_on(None) if actor is not None else None
    return code is not None and "GOV" in code and "LEG" not in code


def _a_state(token: Token) -> bool:
    """A state or a people (GPE, NORP), not a party's name used of its members ("three
    Republicans opposed the measure": lawmakers)."""
    return token.ent_type_ in STATE_ENTITY_TYPES and token.lower_ not in PARTY_NAMES


#: Verbs of signing, and what a government signs on its own: laws, bills, orders, budgets.
#: Signing one is no formal agreement with anyone (CAMEO 057 is an agreement, a treaty, a
#: memorandum between parties); "signed a peace treaty" stays.
SIGNING_VERBS = frozenset({"sign"})
INSTRUMENT_NOUNS = frozenset(
    "law laws bill bills act acts legislation order orders action actions decree decrees "
    "budget budgets measure measures directive directives proclamation proclamations "
    "ordinance ordinances statute statutes regulation regulations amendment amendments".split()
)

#: Nouns of agreements between parties, in a name ("the Paris Agreement", "the Treaty of Rome").
PACT_NOUNS = frozenset("treaty agreement accord pact convention protocol charter memorandum deal".split())


#: Nouns of what is put to a vote: a stance on one is a lawmaker's ("opposed the bill", "will
#: support the measure"). Not an order, an action or measures, which one backs or rejects as an
#: act between actors ("the rebels rejected the government's order to disarm", "the allies
#: backed military action", "the union backed tougher measures against Ruritania").
LEGISLATION_NOUNS = frozenset(
    "law laws bill bills act acts legislation budget budgets amendment amendments statute statutes "
    "ordinance ordinances measure".split()
)


def _domestic_instrument(head: Token) -> bool:
    """A law named as such (entity LAW, "the Affordable Care Act") or a noun of a law, a bill
    or an executive order."""
    if head.ent_type_ == "LAW":  # "the Affordable Care Act", not "the Treaty of Rome"
        name = {t.lemma_.lower() for t in head.subtree if t.ent_type_ == "LAW"}
        return not name & PACT_NOUNS
    names = {head.lemma_.lower(), head.lower_}
    return head.pos_ == "NOUN" and bool(names & INSTRUMENT_NOUNS)


#: Roots a court's ruling looks like: support (05), obstruction (14), and halting or suspending
#: what is ruled on (16: "a court halted the order").
COURT_ROOTS = frozenset({"05", "14", "16"})


def _figure_of_speech(use: VerbInUse) -> str | None:
    """A fight against a thing ("continue the fight against child poverty", "the war on
    drugs"); delivering nothing ("had not delivered cleaner hospitals"); naming someone
    ("called Labour a brilliant machine"); giving oneself something ("gave themselves a
    veto"); a market rallying ("It rallied briefly on Monday")."""
    verb, obj, code = use.verb, use.obj, use.code
    if _fought_a_thing(use):
        return "a fight against a thing"
    if code.startswith(REJECT_ROOT) and use.lemma in UNDELIVERED_VERBS and _nothing_given(verb, obj):
        return "nothing given"
    promised = obj is not None and obj.root.lemma_.lower() in PROMISE_NOUNS
    if code.startswith(REJECT_ROOT) and use.lemma in PROMISING_LIGHT_VERBS and promised:
        if _nothing_given(verb, obj, any_object=True):
            return "no promise to anyone"  # "would not make any tax commitments"
    if use.lemma == "call" and any(c.dep_ == "oprd" for c in verb.children):
        return "naming someone"
    if any(c.dep_ == "dative" and c.lower_ in REFLEXIVE_PRONOUNS for c in verb.children):
        return "an act on oneself"
    if use.lemma in MARKET_MOVES and code.startswith(PROTEST_ROOT) and _market_subject(use.subject):
        return "a market move"
    return None


def _everyday(use: VerbInUse) -> str | None:
    """Showing, advice, endangering things, defending one's own, buildings, shows hosted."""
    return everyday_reason(use.verb, use.obj, use.subject, use.code)


#: Verbs of removing someone from office: with a person or an office-holder as object they
#: fire ("dismissed the director", "dismissed Comey"), no rejection of anything proposed.
REMOVING_VERBS = frozenset({"dismiss"})
#: Nouns of office-holders and staff (one's own appointees are fired, not rejected).
OFFICE_HOLDER_NOUNS = frozenset(
    "director minister official officer diplomat ambassador envoy commander chief general head "
    "adviser advisor aide secretary staff employee worker prosecutor judge governor mayor cabinet "
    "deputy spokesman spokeswoman manager coach member servant civil-servant teacher soldier "
    "policeman policemen clerk".split()
)
#: Nouns of a quantity of people ("thousands of civil servants").
QUANTITY_NOUNS = frozenset("hundred hundreds thousand thousands dozen dozens score scores number".split())
#: Verbs of seeking: with people as object they search for them ("police are seeking two
#: men"), with a thing they ask for it ("sought aid from").
SEEKING_VERBS = frozenset({"seek"})
#: Nouns of people searched for by the police.
SOUGHT_PEOPLE_NOUNS = frozenset(
    "man men woman women person people suspect gunman gunmen attacker assailant killer driver "
    "fugitive perpetrator culprit individual witness survivor body bodies".split()
)
#: What one seeks for oneself, asked of no one: care, work, shelter, a policy of one's own, an
#: office ("patients seeking care", "seeks a coherent policy", "is seeking re-election").
OWN_END_NOUNS = frozenset(
    "care treatment job jobs work employment shelter refuge cover policy strategy approach "
    "re-election reelection nomination office seat".split()
)
#: Verbs of hosting: with displaced people as object they shelter them, no visit is hosted.
HOSTING_VERBS = frozenset({"host"})
SHELTERED_NOUNS = frozenset(
    "refugee refugees migrant migrants asylum-seeker asylum-seekers seeker seekers evacuee "
    "evacuees displaced".split()
)
#: Verbs of going on with something one does ("pressed ahead with its plans"), and the adverbs
#: that make them so.
GOING_ON_VERBS, ONWARD_ADVERBS = frozenset({"press", "push"}), frozenset({"ahead", "forward", "on"})


def _people_or_onward(use: VerbInUse) -> str | None:
    """Removing someone from office; searching for people; going on with one's own plans."""
    verb, obj = use.verb, use.obj
    head = obj.root if obj is not None else None
    if use.lemma in REMOVING_VERBS and head is not None and _office_holder(head):
        return "a removal from office"  # "the president dismissed the intelligence chief"
    if use.lemma in SEEKING_VERBS and head is not None and _people_sought(verb, head):
        return "a search for people"  # "authorities are seeking seven other suspects"
    if use.lemma in SEEKING_VERBS and head is not None and _own_end_sought(verb, head):
        return "an end of one's own"  # "patients seeking care", "seeks a coherent policy"
    if use.lemma in HOSTING_VERBS and head is not None and _people_sheltered(head):
        return "people sheltered"  # "Yemen is hosting 255,000 Somali refugees"
    onward = any(c.dep_ in ("advmod", "prt") and c.lower_ in ONWARD_ADVERBS for c in verb.children)
    if use.lemma in GOING_ON_VERBS and onward and any(c.lower_ == "with" for c in verb.children):
        return "going on with something"  # "pressed forward with his criticism"
    return None


def _office_holder(head: Token) -> bool:
    """A person named, or a noun of an office-holder ("the director of the agency", "thousands
    of civil servants")."""
    if head.lemma_.lower() in QUANTITY_NOUNS or head.pos_ == "NUM":
        of = (o for p in head.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
        head = next(of, head)
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    return head.ent_type_ == "PERSON" or head.lemma_.lower() in OFFICE_HOLDER_NOUNS


def _own_end_sought(verb: Token, head: Token) -> bool:
    """The verb's own object is an end of the seeker's own (OWN_END_NOUNS), and no one it is
    sought from or with ("sought treatment from the clinic" asks the clinic)."""
    if head.dep_ not in ("dobj", "obj") or head.head.i != verb.i or head.lemma_.lower() not in OWN_END_NOUNS:
        return False
    preps = (c for c in (*verb.children, *head.children) if c.dep_ == "prep")
    return not any(c.lower_ in ("from", "with") for c in preps)


def _people_sheltered(head: Token) -> bool:
    """The object is refugees or migrants, counted or not ("more than 255,000 Somali refugees")."""
    if head.lemma_.lower() in QUANTITY_NOUNS or head.pos_ == "NUM":
        of = (o for p in head.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
        head = next(of, head)
    return head.lemma_.lower() in SHELTERED_NOUNS or head.lower_ in SHELTERED_NOUNS


def _people_sought(verb: Token, head: Token) -> bool:
    """The verb's own object is people ("two men", a named person), and no one it is sought
    from ("sought the suspects' extradition from" has a thing)."""
    if head.head.i != verb.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return False
    return head.ent_type_ == "PERSON" or head.lemma_.lower() in SOUGHT_PEOPLE_NOUNS


#: Nouns of a channel one speaks through (:data:`graphbuilder.events.violence.MEDIUM_NOUNS`, and
#: the media, a website): an attack "on Twitter" is aimed at someone else.
CHANNEL_NOUNS = MEDIUM_NOUNS | frozenset({"media", "website"})
#: Prepositions of a channel ("on Twitter", "in an interview", "via Facebook", "over the radio").
CHANNEL_PREPOSITIONS = MEDIUM_PREPOSITIONS | frozenset({"over"})
#: Roots of criticism (11), threats (13), protest (14), coercion (17) and violence (18, 19):
#: verbs aimed at a target, never at the channel they are said through.
AIMED_ROOTS = frozenset({"11", "13", "14", "17", "18", "19"})


def _medium_not_target(use: VerbInUse) -> str | None:
    """The channel of an attack in words is not its target ("the president attacked the
    senator on Twitter": no event with Twitter as its object)."""
    obj = use.obj
    if obj is None or use.code[:2] not in AIMED_ROOTS:
        return None
    root = obj.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in CHANNEL_PREPOSITIONS or prep.head != use.verb:
        return None
    medium = root.lemma_.lower() in CHANNEL_NOUNS or root.lower_ in CHANNEL_NOUNS
    return "the channel of an attack" if medium else None


#: The families of non-event senses, in the order they are tried (the first reason wins).
SENSE_FAMILIES: tuple[Callable[[VerbInUse], str | None], ...] = (
    _denied_claim_or_need_met,
    _market_sense,
    _cause_practice_duty_or_venue,
    _appeal_to_no_actor,
    _received_or_news_conference,
    _words_not_force,
    _medium_not_target,
    _private_or_public_matter,
    _statement_not_act,
    _opinion_not_act,
    _legislature_routine,
    _figure_of_speech,
    _people_or_onward,
    _everyday,
)


#: Roots of violence (18-20) and the words of a fight: against a thing they are a figure of speech.
FIGHT_NOUNS = frozenset(
    "fight battle war struggle crusade assault attack offensive crackdown clampdown".split()
)
#: Nouns of repression (CAMEO 17) that news also aims at practices ("crackdown on corruption").
CRACKDOWN_NOUNS, REPRESSION_ROOT = frozenset({"crackdown", "clampdown"}), "17"
#: Prepositions that name what a fight is against ("against poverty", "on drugs").
AGAINST_PREPOSITIONS = frozenset({"against", "on"})
#: CAMEO root of rejection: a negated giving verb is coded as a refusal.
REJECT_ROOT = "12"
#: Verbs of giving and delivering: "did not deliver policies" refuses no one.
UNDELIVERED_VERBS = frozenset(
    "provide send give supply deliver hand donate grant offer contribute ship extend".split()
)
#: Verbs of protest that also describe prices and markets ("the euro rallied").
MARKET_MOVES = frozenset({"rally"})
PROTEST_ROOT = "14"
#: Subjects of a market move: prices, shares, currencies, indices.
MARKET_NOUNS = frozenset(
    "share shares stock stocks price prices market markets index currency dollar euro pound "
    "yen sterling bond bonds rouble ruble oil gold".split()
)


def _fought_a_thing(use: VerbInUse) -> bool:
    """A fight noun against no actor ("the fight against poverty", "its crackdown on
    corruption"), or someone with no arms fighting what is no actor ("fighting the new law")."""
    obj, code = use.obj, use.code
    fought = [obj.root, *(c for c in obj.root.children if c.dep_ in OBJ_DEPS)] if obj is not None else []
    if code[:2] in VIOLENT_ROOTS | {"13"} and any(_fight_against_a_thing(t) for t in fought):
        return True
    crackdowns = [t for t in fought if t.lemma_.lower() in CRACKDOWN_NOUNS]
    if code[:2] == REPRESSION_ROOT and any(_fight_against_a_thing(t) for t in crackdowns):
        return True  # "stepped up its crackdown on corruption"
    return code[:2] in VIOLENT_ROOTS and _unarmed_fight_on_a_thing(use)


#: Verbs of fighting that also mean opposing something ("fought the new law in court").
FIGHTING_VERBS = frozenset({"fight", "battle", "combat"})
#: Entity labels of what may be fought by force though no actor: places and buildings.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _unarmed_fight_on_a_thing(use: VerbInUse) -> bool:
    """Someone with no arms fights what is no actor nor a place: "opposition parties are
    fighting the new law", "the government is fighting inflation". (Soldiers and police
    fighting "the insurgency" fight people; "fought the army" names an actor.)"""
    obj = use.obj
    if use.lemma not in FIGHTING_VERBS or obj is None or obj.root.pos_ != "NOUN":
        return False
    if use.subject is None or sector(use.subject) in FORCE_SECTORS:
        return False
    return not is_actor(obj.root) and not any(t.ent_type_ in _PLACE_LABELS for t in obj)


def _fight_against_a_thing(head: Token) -> bool:
    """A fight noun whose "against"/"on" object is no actor ("the fight against poverty")."""

    if head.lemma_.lower() not in FIGHT_NOUNS:
        return False
    if _unarmed_fight(head):
        return True
    targets = [
        p
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in AGAINST_PREPOSITIONS
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    named = any(c.ent_type_ in ACTOR_ENTITY_TYPES for t in targets for c in t.subtree)
    material = any(material_target(t.lemma_.lower()) for t in targets) and _armed_fighter(head)
    if head.lemma_.lower() in ASSAULT_NOUNS and _armed_fighter(head):
        # "troops launched attacks on some of the symbols of the regime": the armed attack
        # with force whatever they aim at, but a plan or a policy ("war on drugs" stays)
        return any(t.lemma_.lower() in SPOKEN_TARGETS for t in targets)
    return bool(targets) and not named and not material and not any(is_actor(t) for t in targets)


def _unarmed_fight(head: Token) -> bool:
    """A fight of courts, votes or words: "mounted a legal fight", "a budget battle" (a contest in
    court or in a vote), "fights over revamping the tax code" (a quarrel about doing something),
    not "deadly fights over controlling the crossing"."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in UNARMED_FIGHT_WORDS for c in head.children):
        return True
    if any(c.dep_ == "amod" and c.lower_ in VIOLENT_FIGHT_WORDS for c in head.children):
        return False
    return any(
        p.dep_ == "prep" and p.lower_ == "over" and any(o.dep_ == "pcomp" for o in p.children)
        for p in head.children
    )


#: Words that make a fight one of courts, votes or words ("a legal fight", "a court battle",
#: "the budget battle", "a political fight"); "a proxy war" or "a street battle" stay fights.
UNARMED_FIGHT_WORDS = frozenset(
    "legal court courtroom judicial political legislative budget procedural partisan policy "
    "tax election electoral verbal custody bidding takeover boardroom".split()
)
#: Words that make a fight one of arms ("deadly fights over controlling the crossing").
VIOLENT_FIGHT_WORDS = frozenset("deadly bloody armed fierce heavy violent gun street".split())
#: Nouns of one armed attack (not of a campaign against a thing: "war", "fight", "crusade").
ASSAULT_NOUNS = frozenset({"attack", "assault", "offensive", "raid", "strike"})


def _armed_fighter(noun: Token) -> bool:
    """The subject of the verb whose object the fight noun is bears arms: the armed fighting a
    material target use force ("warplanes launched attacks on the caves")."""
    if noun.dep_ not in OBJ_DEPS:
        return False
    subjects = [c for c in noun.head.children if c.dep_ in NOMINAL_SUBJ_DEPS]
    return any((sector(noun.doc[s.left_edge.i : s.i + 1]) or "") in ARMED_SECTORS for s in subjects)


#: Light verbs of promising and what they make ("made no commitments", "gave no guarantee").
PROMISING_LIGHT_VERBS = frozenset({"make", "give", "offer"})
PROMISE_NOUNS = frozenset({"commitment", "promise", "pledge", "guarantee", "undertaking", "assurance"})


def _nothing_given(verb: Token, obj: Span | None, any_object: bool = False) -> bool:
    """A negated giving verb whose object is no aid (with ``any_object``, whatever it is)
    and which names no recipient."""

    if obj is None or obj.root.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any_object and obj.root.lemma_.lower() in AID_NOUNS:
        return False
    recipients = [c for c in verb.children if c.dep_ == "dative"] + [
        p
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    return not any(r.ent_type_ in ACTOR_ENTITY_TYPES or is_actor(r) for r in recipients)


def _market_subject(subject: Span | None) -> bool:
    """A price, share, currency or index, or a bare "it" ("It rallied briefly")."""
    if subject is None:
        return False
    head = subject.root
    return head.lower_ == "it" or head.lemma_.lower() in MARKET_NOUNS


#: Verbs of hinting and suggesting: neither they nor the clause they carry assert an event.
HINTING_VERBS = frozenset({"suggest", "speculate", "hint", "imply", "insinuate"})
#: Verbs of saying, and the documents whose claims are hearsay ("another report claims ...").
CLAIMING_VERBS = frozenset({"claim", "say", "report", "allege", "suggest"})
DOCUMENT_SPEAKERS = frozenset({"report", "book", "newspaper", "paper", "article", "story", "rumour", "rumor"})


def _hinted_or_hearsay(verb: Token) -> bool:
    """A hint or a suggestion ("hinted the Tories might ...", "wrong to suggest the
    chancellor would usurp ..."), or a clause a report or a book claims."""
    if lemma_of(verb) in HINTING_VERBS:
        return True
    if verb.dep_ not in CLAUSE_DEPS or verb.head.i == verb.i:
        return False
    governor = verb.head
    if lemma_of(governor) in HINTING_VERBS:
        return True
    speaker = next((c for c in governor.children if c.dep_ in NOMINAL_SUBJ_DEPS), None)
    return (
        lemma_of(governor) in CLAIMING_VERBS
        and speaker is not None
        and speaker.lemma_.lower() in DOCUMENT_SPEAKERS
    )


#: Prepositions of time and circumstance: "X did Y after the talks" is no act of X on the talks.
CIRCUMSTANCE_PREPOSITIONS = frozenset(
    {"after", "before", "during", "since", "following", "amid", "amidst", "despite", "until"}
)


#: Verbs of agreeing, and the first person of an opinion shared ("I agree with Mr Forsyth").
AGREEING_VERBS = frozenset({"agree", "disagree", "concur"})


def _opinion_shared(candidate: Candidate) -> bool:
    """Agreeing with someone in the first person singular, with nothing agreed on or to."""
    if lemma_of(candidate.verb) not in AGREEING_VERBS or candidate.subject.root.lower_ != "i":
        return False
    verb = candidate.verb
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    return "with" in preps and not preps & {"on", "to"} and not any(c.dep_ == "xcomp" for c in verb.children)


def _a_date(obj: Span | None) -> bool:
    """The object of a prepositional frame is a date or a time ("in June 2004")."""
    return obj is not None and obj.root.ent_type_ in ("DATE", "TIME")


def _denied_above(verb: Token) -> bool:
    """A verb of denying governs the frame through open complements ("deny [conspiring [to
    commit fraud]]") or a clause ("denied [fathers' groups had forced the changes]"): what is
    denied is a claim, not an act."""
    token = verb
    for _ in range(3):
        if token.dep_ not in CONTROL_DEPS | CLAUSE_DEPS | {"pcomp"} or token.head.i == token.i:
            return False
        token = token.head
        if lemma_of(token) in DENYING_VERBS:
            return True
    return False


def _verbless_condition(verb: Token) -> bool:
    """A condition without a verb on the frame's verb or the verb it complements ("if in
    government, he would refuse"), with a modal of the future."""
    tokens = [verb, verb.head] if verb.dep_ in CONTROL_DEPS else [verb]
    clause = reported_clause(verb, verbal=True)
    tokens += [clause] if clause is not None else []
    for token in tokens:
        marks = {c.lower_ for c in token.children if c.dep_ in MARK_DEPS}
        modal = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in token.children)
        if marks & {"if", "unless"} and modal:
            return True
    return False


def _verb_carries(verb: Token, code: str) -> bool:
    """The verb by itself has the frame's event ("were raped during the genocide"), so the
    circumstance is no source of the type."""

    own = verb_code(lemma_of(verb))
    return own is not None and own[:2] == code[:2]


def _circumstance(candidate: Candidate) -> bool:
    """A frame whose relation ends in a preposition of time or circumstance ("was taken to
    hospital *after* a violent clash")."""
    verb = candidate.verb
    return any(
        t.dep_ == "prep" and t.head.i == verb.i and t.lower_ in CIRCUMSTANCE_PREPOSITIONS
        for t in candidate.relation
    )


def _asked_of_a_passive_subject(verb: Token) -> bool:
    """The frame's verb is what a passive directive asks of its subject ("are required to
    set out donations", "would be asked to go to the polls"): not done by them."""
    from graphbuilder.extract.labels import PASSIVE_SUBJ_DEPS

    token = verb
    if token.dep_ in ("conj",) and token.head.dep_ in CONTROL_DEPS | {"ccomp"}:
        token = token.head
    if token.dep_ not in CONTROL_DEPS | {"ccomp"}:
        return False
    governor = token.head
    passive = any(c.dep_ in PASSIVE_SUBJ_DEPS | {"auxpass"} for c in governor.children)
    if passive and (lemma_of(governor) in DIRECTIVE_LEMMAS or lemma_of(governor) in REGULATING_VERBS):
        return True
    # "obliges countries to accept", "lets people use force": permitted or required, not done
    permitted = lemma_of(governor) in PERMITTING_VERBS | REGULATING_VERBS
    return permitted and (token.dep_ == "ccomp" or any(c.dep_ in OBJ_DEPS for c in governor.children))


#: Verbs of letting and enabling: what the one let does has not (yet) happened.
PERMITTING_VERBS = frozenset({"let", "enable", "permit", "allow", "entitle", "empower"})


def _complement_lemma(verb: Token) -> str | None:

    inner = complement_of(verb)
    return lemma_of(inner) if inner is not None else None


def _legislature(head: Token) -> bool:
    return head.lemma_.lower() in LEGISLATURE_NOUNS or head.lower_ in LEGISLATURE_NOUNS


def _court(head: Token) -> bool:
    return head.lemma_.lower() in COURT_NOUNS


def _aimed_at(verb: Token, obj: Span | None) -> set[str]:
    """Lemmas of the object's head and of the verb's "to"/"with" objects."""
    heads = {obj.root.lemma_.lower()} if obj is not None else set()
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with")):
        heads |= {p.lemma_.lower() for p in prep.children if p.dep_ == "pobj"}
    return heads


def _named(obj: Span | None) -> bool:
    return obj is not None and any(t.ent_type_ in ACTOR_ENTITY_TYPES for t in obj)


def _span(token: Token | None) -> Span | None:
    return None if token is None else token.doc[token.left_edge.i : token.right_edge.i + 1]


def _object_span(verb: Token) -> Span | None:
    return _span(next((c for c in verb.children if c.dep_ in OBJ_DEPS), None))


def _priced(verb: Token, obj: Span | None) -> bool:
    """A price: "for $1.8bn", "for £134m" on the verb or its object."""
    heads = [verb] + ([obj.root] if obj is not None else [])
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"):
            if any(t.ent_type_ == "MONEY" for t in prep.subtree):
                return True
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        deals = [p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in DEAL_NOUNS]
        if any(t.ent_type_ == "MONEY" for d in deals for t in d.subtree):
            return True  # "ordered 30 planes in a $1.8bn deal"
    return False


#: Nouns of investment: asking for, promising or agreeing to them is business.
INVESTMENT_NOUNS = frozenset({"investment", "investments", "investor", "investors"})
#: Nouns of a deal with a price ("in a $1.8bn deal").
DEAL_NOUNS = frozenset({"deal", "contract", "transaction", "agreement", "order"})


def _business_object(obj: Span) -> bool:
    """A takeover, merger or stake, or a thing valued in money ("a deal worth $8bn"), with no
    state or party among its actors ("the IMF's $5bn loan" stays)."""
    if any(t.ent_type_ in ("GPE", "NORP") and t.dep_ not in ("amod", "compound") for t in obj):
        return False  # a state as a party ("the IMF's loan to Russia"), not "German rival X"
    if obj.root.lemma_.lower() in BUSINESS_DEAL_NOUNS or any(t.lemma_.lower() in TAKEOVER_WORDS for t in obj):
        return True
    return any(t.ent_type_ == "MONEY" for t in obj) and not _actor_object(obj)


def _actor_object(obj: Span) -> bool:

    return obj.root.ent_type_ in ACTOR_ENTITY_TYPES or phrase_names_actor(obj.root)


def _practice(head: Token) -> bool:
    """A practice named in general: a bare singular noun without determiner, possessor,
    modifier naming an actor, or argument ("torture", "terrorism"), not "the move"; or a
    noun of a practice itself ("opposed the practice", "criticised the cult of ...")."""
    if head.lemma_.lower() in PRACTICE_NOUNS:
        return True
    if head.tag_ != "NN" or head.ent_type_:
        return False
    return not any(c.dep_ in ("det", "poss", "prep", "compound", "amod", "conj") for c in head.children)


def _duty(verb: Token) -> bool:
    """ "charged with ensuring ...": a task given, a gerund after "with"."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        if any(p.dep_ == "pcomp" or p.tag_ == "VBG" for p in prep.children):
            return True
    return False


def _hosted_meeting(obj: Span) -> bool:
    """What is hosted is a meeting between actors (talks, a summit) or an actor (a guest)."""

    head = obj.root
    return (
        head.lemma_.lower() in HOSTED_MEETINGS
        or head.ent_type_ in ACTOR_ENTITY_TYPES
        or (is_actor(head) and head.lemma_.lower() not in ("event", "conference"))
    )


def _legal_appeal(verb: Token, obj: Span | None) -> bool:
    """ "filed an appeal", "lodged an appeal", "appealed against the ruling", "asked the US
    court to hear the case": a court appeal or motion."""
    if lemma_of(verb) in ASKING_VERBS | {"petition", "urge"} and obj is not None:
        if obj.root.lemma_.lower() in COURT_NOUNS:
            return True
    if lemma_of(verb) == "appeal":
        preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
        return "against" in preps and not ({"to", "for"} & preps)
    head = obj.root if obj is not None else None
    return head is not None and head.lemma_.lower() == "appeal" and lemma_of(verb) in COURT_FILING_VERBS


#: What a reporter asks a newsmaker for: a comment on the story ("requested comment from the
#: ministry", "asked the embassy for comment"). Reporting the story is no appeal to an actor.
COMMENT_NOUNS = frozenset({"comment", "comments"})


def _asked_for_comment(verb: Token, obj: Span | None) -> bool:
    """The thing asked for is a comment: the object ("requested comment") or what is asked
    *for* ("asked the embassy for comment")."""
    if obj is not None and obj.root.lemma_.lower() in COMMENT_NOUNS and obj.root.head.i == verb.i:
        return True
    asked_for = (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children)
    return any(o.dep_ == "pobj" and o.lemma_.lower() in COMMENT_NOUNS for o in asked_for)


def _question(verb: Token) -> bool:
    """ "asked whether ...", "asked how police ...", "asked about his view": a question, not
    an appeal (asking someone *to* act or *for* something is one)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "about":
            return True
        if child.dep_ in ("dobj", "obj", "dative") and child.lemma_.lower() in QUESTION_NOUNS:
            return True  # "asked 2,234 adults the same question"
        asked_to_act = any(c.dep_ == "xcomp" for c in verb.children)
        marks = {c.lower_ for c in child.children if c.dep_ in MARK_DEPS}
        if child.dep_ == "advcl" and child.i > verb.i and marks & {"if", "whether"} and not asked_to_act:
            return True  # "asked 801 adults if they supported the ban", parsed as a condition
        if child.dep_ in CLAUSE_DEPS | {"dobj", "obj"} and child.pos_ in VERB_POS:
            if any(c.lower_ in QUESTION_WORDS for c in child.subtree if c.i < child.i):
                return True
            if _direct_question(verb, child):
                return True
    return False


def _direct_question(verb: Token, clause: Token) -> bool:
    """The reported clause is a question in the speaker's words, with its question mark
    (asked: "Would it not be ironic ...?"): no request."""
    return any(t.text == "?" for t in [*clause.subtree, *verb.children] if t.i > clause.i)


def _appeal_to_voters(verb: Token) -> bool:
    """ "the groups the government needs to appeal to", "appeal to voters": to attract them."""

    preps = [c for c in verb.children if c.dep_ == "prep"]
    objects = [o for p in preps if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    if any(p.lower_ == "to" for p in preps) and not objects:
        described = _described_noun(verb)  # "the groups [the government needs to appeal to]"
        objects = [described] if described is not None else []
    return bool(objects) and all(
        o.lemma_.lower() in VOTER_NOUNS
        or sector(o.doc[o.left_edge.i : o.right_edge.i + 1]) in CIVILIAN_SECTORS
        or (_nothing_asked(verb) and not is_actor(o))
        for o in objects
    )


def _nothing_asked(verb: Token) -> bool:
    """An appeal that asks nothing: no act ("to stand down") and nothing sought ("for calm").
    Made to what is no actor ("appeal to the same voting instincts", "to their sense of
    fairness"), it attracts: no request."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            return False
        infinitive = any(a.tag_ == "TO" for a in child.children)
        if child.dep_ in CONTROL_DEPS or (child.dep_ == "advcl" and infinitive):
            return False  # "appeal to the board to allow ...", the infinitive parsed either way
    return True


def _described_noun(verb: Token) -> Token | None:
    """The noun a relative clause around ``verb`` describes."""
    token = verb
    for _ in range(4):
        if token.dep_ == "relcl":
            return token.head
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _received(verb: Token) -> bool:
    """ "received a detailed proposal", "got a warning": the subject is whom the event is
    aimed at, not its actor."""

    if lemma_of(verb) not in RECEIVING_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ in OBJ_DEPS]
    if any(c.dep_ == "auxpass" for c in verb.children):  # "a proposal was received by Mr Gill"
        objects += [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(o.pos_ == "NOUN" and event_noun_code(o) is not None for o in objects)


def _news_conference(obj: Span | None) -> bool:
    if obj is None or obj.root.lemma_.lower() not in CONFERENCE_NOUNS:
        return False
    return any(c.lower_ in PRESS_WORDS for c in obj.root.children)


def _clashing(verb: Token, subject: Span | None) -> list[Token]:
    """Those who clash: the subject, its conjuncts, the "with"/"against" object."""
    heads = [] if subject is None else [subject.root, *subject.root.conjuncts]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "against")):
        heads += [p for p in prep.children if p.dep_ == "pobj"]
    return heads


def _clash_over_an_issue(verb: Token, subject: Span | None) -> bool:
    """States or officials clashing *over* an issue ("over asylum policy", "over quotas"), with
    no armed people and no crowds among them: a dispute, not a fight. A clash over a place,
    a territory or an actor ("over Kashmir", "over the border") may be fought and stays."""
    issues = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "over" for p in c.children]
    issues = [p for p in issues if p.dep_ == "pobj"]
    if not issues or any(_fought_over(p) for p in issues):
        return False
    return not any(_fights_by_kind(head) for head in _clashing(verb, subject))


#: What a clash "over" may be fought for: land and its lines (besides places and actors).
TERRITORY_NOUNS = frozenset("border borders territory island islands frontier region land waters sea".split())


def _fought_over(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    named = any(t.ent_type_ in ACTOR_ENTITY_TYPES | {"LOC", "FAC"} for t in noun.subtree)
    return named or is_actor(noun) or material_target(lemma) or lemma in TERRITORY_NOUNS


def _armed_clash(verb: Token, subject: Span | None) -> bool:
    """An armed actor or a state among those who clash (subject, conjuncts, "with" object)."""
    clashing = _clashing(verb, subject)
    return any(head.ent_type_ in STATE_ENTITY_TYPES or _fights_by_kind(head) for head in clashing)


def _fights_by_kind(head: Token) -> bool:
    """The phrase of ``head`` names armed people or a crowd (their sector says so)."""
    return sector(head.doc[head.left_edge.i : head.right_edge.i + 1]) in FORCE_SECTORS | CLASHING_SECTORS


def _warning_of_what_may_happen(verb: Token) -> bool:
    """A warning whose clause says what may happen without the warner acting: the clause's
    subject is neither the warner nor a first-person pronoun, and no pronoun with a modal
    of the future ("warned Iran it would ...") leaves the actor open."""
    warner = next((c for c in verb.children if c.dep_ in NOMINAL_SUBJ_DEPS), None)
    warned = next((c for c in verb.children if c.dep_ in OBJ_DEPS), None)
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS]
    if warned is not None:  # "warned the ministers [they were in danger]", parsed as a relative clause
        clauses += [c for c in warned.children if c.dep_ == "relcl" and (_pronoun_subject(c) or _marked(c))]
    for clause in clauses:
        subject = next((c for c in clause.children if c.dep_ in NOMINAL_SUBJ_DEPS), warned)
        if subject is None:  # "warned Asian states [could stop]": the parser's object is the subject
            return False
        if warner is not None and subject.lower_ == warner.lower_ or subject.lower_ in FIRST_PERSON:
            return False
        modal = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in clause.children)
        return not (subject.tag_ == "PRP" and modal)
    return False


def _marked(clause: Token) -> bool:
    """A "relative clause" opened by the conjunction "that" and with a subject of its own is a
    complement the parser hung on the object ("warned the administration [that Flynn misled
    officials]"); a true relative clause has "that" as its subject or object."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and any(
        c.dep_ in NOMINAL_SUBJ_DEPS for c in clause.children
    )


def market_demand(token: Token) -> bool:
    """ "demand" as a mass noun: singular, without determiner or possessor ("global demand")."""
    if token.lemma_.lower() not in MARKET_DEMAND_NOUNS or token.tag_ != "NN":
        return False
    if any(c.dep_ == "amod" and c.lower_ in MARKET_MODIFIERS for c in token.children):
        return True  # "the country's growing demand for cars"
    return not any(c.dep_ in DET_DEPS | POSS_DEPS for c in token.children)


def market_complement(verb: Token) -> Token | None:
    """The market verb ``verb`` governs, directly or through open complements ("agreed
    [to buy]", "need [to expand]"), or ``verb`` itself when it is one under a governor."""

    token: Token | None = verb
    for _ in range(6):
        if token is None:
            return None
        if lemma_of(token) in MARKET_VERBS and (token is not verb or verb.dep_ in CONTROL_DEPS):
            return token
        token = complement_of(token)
    return None


def _pronoun_subject(clause: Token) -> bool:
    return any(c.dep_ in NOMINAL_SUBJ_DEPS and c.tag_ == "PRP" for c in clause.children)


def _clause_object(verb: Token, obj: Span | None) -> bool:
    """The object is a clause or a gerund: "denied (that) he was ...", "denied wanting to"."""
    if any(c.dep_ in CLAUSE_DEPS for c in verb.children):
        return True
    if obj is not None and obj[0].tag_ == "VBG" and obj[0].dep_ == "amod":
        return True  # "denies breaking rules", the gerund parsed as an adjective of "rules"
    return obj is not None and (obj.root.pos_ in VERB_POS or obj.root.tag_ == "VBG")


def _said(verb: Token, obj: Span | None) -> bool:
    """The object is a pronoun for what was said and nothing is refused with it ("Lord X
    denied them, saying ..."; not "denied them entry")."""
    if obj is None or len(obj) != 1 or obj.root.lower_ not in SAID_PRONOUNS:
        return False
    return sum(1 for c in verb.children if c.dep_ in OBJ_DEPS | DATIVE_DEPS) == 1


def _described_as(verb: Token, obj: Span | None) -> bool:
    """ "dismissed X as Y" with an actor as X: X is described (CAMEO's "dismiss as" is a
    criticism), nothing is refused."""
    if obj is None or not is_actor(obj.root):
        return False  # "dismissed the European proposal as unacceptable" refuses it
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _claim(obj: Span | None) -> bool:
    """A claim ("the allegations"), or a denial or rejection of one ("issued a strong
    rejection of the claims")."""
    if obj is None:
        return False
    head = obj.root
    if head.lemma_.lower() in DENIAL_NOUNS:
        of = [p for c in head.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        return any(p.lemma_.lower() in CLAIM_NOUNS for p in of)
    return head.lemma_.lower() in CLAIM_NOUNS | RESPONSIBILITY_NOUNS | DENIED_FACT_NOUNS


def _need_met(head: Token) -> bool:
    """What is met is no actor: a need, a target, demand ("met the needs of the country")."""

    if head.pos_ not in ("NOUN", "PROPN"):
        return head.pos_ != "PRON"
    if head.lemma_.lower() in CONCEDED_NOUNS and not market_demand(head):
        return False  # "met the demands of the miners" concedes them
    return head.ent_type_ not in ACTOR_ENTITY_TYPES and not is_actor(head)
