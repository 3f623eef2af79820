"""Word lists and codes shared by extraction, event typing and resolution, named once.

Lower-case words (lemmas for verbs, surface forms for pronouns). A list used by one module
only stays in that module; what two stages must agree on lives here, so that the extractor
that finds a speaker and the event typer that reads a reported clause mean the same verbs.
Dependency-label sets are in :mod:`graphbuilder.extract.labels`.
"""

from __future__ import annotations

# --- verbs of saying ---------------------------------------------------------------------

#: Verbs of saying (lemmas). Their subject is the speaker of the clause they report and of a
#: quote they introduce or close ('"...," Putin said'); their own statement ("X said
#: <clause>") gets a low confidence, and the event, if any, is the reported clause's.
#: A verb belongs here when its usual news sense is to report what someone said, wrote or
#: made known: "revealed that ..." and "tweeted that ..." both name a speaker. Senses with an
#: object keep their own event code ("recalled its ambassador", "observed the ceasefire").
REPORTING_VERBS = frozenset(
    "say tell state announce declare claim confirm report quote write tweet post "
    "add note stress emphasize emphasise underline underscore explain insist assert maintain argue "
    "acknowledge admit reveal disclose indicate reiterate repeat suggest assure reply respond answer "
    "comment remark mention observe point recall continue conclude".split()
)
#: Verbs of saying only in some uses: closing a quote ('"...," he continued / concluded') or
#: with a particle ("pointed out that"). Otherwise they are aspect or an event of their own
#: ("continued to fight", "concluded a deal", "pointed to the record"), so event typing does
#: not read them as reporting verbs.
PARTIAL_REPORTING_VERBS = frozenset({"continue", "conclude", "point"})
#: Verbs whose subject is a news source, not a speaker ("TASS reports", "quoted by Strana").
SOURCE_VERBS = frozenset({"report", "quote", "cite"})
#: Verbs of saying that also make a statement of their own (a proposal, a warning, a charge):
#: their subject is still the speaker of the clause they govern.
COMMUNICATION_VERBS = REPORTING_VERBS | frozenset(
    "propose urge demand ask warn promise threaten deny believe think predict "
    "accuse blame vow pledge call order request recommend".split()
)

# --- pronouns ----------------------------------------------------------------------------

PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})
THIRD_PERSON = PERSON_PRONOUNS | NEUTER_PRONOUNS | PLURAL_PRONOUNS
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
#: Pronouns in subject position.
SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})
#: Personal pronouns that stand for an actor as a whole argument ("sanctions against *them*");
#: "I" and "you" are the speaker and the audience, not a target.
ACTOR_PRONOUNS = frozenset({"he", "him", "she", "her", "it", "we", "us", "they", "them", "me"})

#: Singular common nouns that name one person ("an MP", "a spokesman", "the man"). A "he" or
#: "she" after one may mean that person, whom no name identifies: pronoun resolution treats
#: them as candidates that leave the pronoun unresolved rather than pass it to a name further back.
PERSON_NOUNS = frozenset(
    "man woman boy girl person father mother son daughter brother sister husband wife widow "
    "mp peer lord baroness senator congressman congresswoman councillor mayor governor minister commissioner "
    "secretary chancellor president premier leader chairman chairwoman chair spokesman "
    "spokeswoman spokesperson official source aide adviser advisor candidate member voter "
    "lawyer solicitor barrister judge prosecutor detective officer policeman soldier analyst "
    "economist expert director executive chief manager boss founder owner investor trader banker "
    "businessman businesswoman worker employee teacher doctor nurse student pupil patient victim "
    "witness suspect defendant prisoner campaigner activist protester author writer journalist "
    "reporter editor critic commentator colleague friend neighbour resident citizen "
    "ambassador envoy diplomat commander general colonel captain king queen prince princess".split()
)

# --- negation ----------------------------------------------------------------------------

#: Verbs that take "to" + noun phrase after their object ("exposed workers *to live rounds*",
#: "raised prices *to record levels*"): a "to" after their object is a preposition, not an
#: infinitive marker.
TO_PHRASE_VERBS = frozenset(
    "expose subject sentence condemn link connect tie attribute compare introduce admit commit "
    "raise lower cut reduce increase boost lift push drive bring return send limit restrict "
    "confine downgrade upgrade promote demote relegate".split()
)
#: Words that are adjectives (or nouns) as often as verbs: after "to" and before a noun they
#: are the noun's modifier, whatever the tagger says ("to *live* rounds", "to *record* levels").
ADJECTIVE_VERBS = frozenset(
    "live free open close clean clear dry empty equal slow secure separate complete correct "
    "direct double total level present lower record near top stable low high".split()
)

#: Adverbs that negate the verb they modify ("never agreed"); "not" is the parser's ``neg``.
NEGATING_ADVERBS = frozenset({"never"})
#: Modal auxiliaries, as the tokenizer writes them ("wo" of "won't", "ca" of "can't"): what
#: one will, would, can or must do, not what was done.
MODAL_AUXILIARIES = frozenset(
    {"will", "would", "can", "could", "may", "might", "should", "must", "shall", "wo", "ca"}
)

# --- CAMEO event codes the rules produce by name -------------------------------------------

#: Two-digit CAMEO roots the rules test by name.
INTENT_ROOT = "03"  # express intent to cooperate
CONSULT_ROOT = "04"
REJECT_ROOT = "12"
THREATEN_ROOT = "13"

#: 020: make an appeal or request.
APPEAL = "020"
#: 030: express intent to cooperate.
INTENT_TO_COOPERATE = "030"
#: 087: de-escalate military engagement (ending a fight).
DE_ESCALATE = "087"
#: 100: demand.
DEMAND = "100"
#: 120: reject.
REJECT = "120"
#: 130: threaten.
THREATEN = "130"
#: 160: reduce relations (ending cooperation).
REDUCE_RELATIONS = "160"
#: 165: halt mediation (ending consultations).
HALT_MEDIATION = "165"
