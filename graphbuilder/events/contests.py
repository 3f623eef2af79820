"""Games are no conflict or diplomacy: sport read in the words of politics.

News of sport names a national team by its country ("Ruritania beat Freedonia by five
wickets") and tells of teams in the verbs of war and diplomacy: they beat, thrash and face
each other, arrive, host, prepare, return and celebrate. The CAMEO tables give these verbs
their political sense (assault, visit, retreat, support); in a sentence about a game they
are no event, and the statement stays untyped:

* **a contest**: a verb of contest, travel or play (:data:`CONTEST_VERBS`) whose own clause
  is about a game (:func:`about_a_game`): "beat Freedonia by five wickets", "the squad
  arrived in Perth for the series", "will host Sylvania in a three-match series";
* **a team as an actor**: a team, a squad or a side, or the people of a game (selectors, a
  captain, players) as the subject or object, in a sentence about a game ("the selectors
  returned Smith to the side", "the team prepared for the first Test");
* **beating no person**: "beat" is violence only against a person or people, never against
  a country, an organisation or a team ("Ruritania beat Freedonia", "beat the Tories"), nor
  against rivals in a race or a vote ("beat his rivals to become the candidate");
* **beating someone at the polls**: a candidate beaten in a clause about an election ("beat
  Smith in the Senate race", "beat her for the nomination") or named with a party ("beat
  Republican Jon Smith") lost a vote, no blows.

A sentence is about a game when it has a word only games use (:data:`GAME_WORDS`: wickets,
innings, a tournament, a goalkeeper) or two different words games often use
(:data:`GAME_HINTS`: team, match, final, series, cup, coach, ...), each of which alone is
also a word of politics ("the negotiating team", "a series of talks", "the final deal").

:func:`contest_reason` returns the reason (a short phrase) or None.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from graphbuilder.extract.candidate import Candidate
from graphbuilder.nlp.lemmas import lemma as lemma_of

#: Verbs of contest, play and a team's travel and preparation.
CONTEST_VERBS = frozenset(
    "beat defeat thrash trounce rout crush hammer edge overcome outplay overpower down "
    "face play meet host visit tour return arrive leave depart travel fly land prepare "
    "celebrate challenge win lose draw tie trail lead knock eliminate dismiss bowl score "
    "clinch retain reclaim lift claim secure reach qualify compete field select pick drop "
    "recall name".split()
)
#: Lemmas only games use: the games, their rounds and their people.
GAME_WORDS = frozenset(
    "wicket innings batsman bowler cricket cricketer football footballer soccer rugby tennis "
    "golf golfer hockey athletics athlete sprinter olympics tournament championship "
    "quarter-final semi-final quarterfinal semifinal goalkeeper midfielder referee umpire "
    "selector skipper bundesliga wimbledon".split()
)
#: Lemmas games often use, each also a word of politics ("the negotiating team", "the Israeli
#: side", "the final"): two different ones make a game.
GAME_HINTS = frozenset(
    "team squad side match final cup series coach captain player game trophy medal".split()
)
#: Lemmas of a team and of the people of a game, as actors.
TEAM_NOUNS = frozenset(
    "team squad side eleven selector coach captain skipper player batsman bowler goalkeeper".split()
)
#: Proper nouns only games use: a "Cup", a "Test" (cricket), the "Games", a "Grand Slam".
GAME_PROPER_NOUNS = frozenset({"cup", "test", "games", "slam", "olympics"})
#: Entity types that are no person: a country, a people, an organisation, a place.
NO_PERSON_ENTITIES = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC"})
#: Verbs of beating: violence only to people.
BEATING_VERBS = frozenset({"beat", "thrash", "trounce", "hammer", "crush", "rout"})
#: Verbs of winning over someone: in an article that uses two words only games use (a game
#: named, its rounds, its people), a win, not violence ("delighted to beat him", "overpowered
#: the Frenchman").
WINNING_VERBS = frozenset(
    "beat defeat thrash trounce rout crush edge overcome outplay overpower down eliminate knock".split()
)
#: Dependencies of clauses of their own below a verb: they tell another act.
OTHER_CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "parataxis", "csubj"})


def contest_reason(candidate: Candidate) -> str | None:
    """Why the frame is a game, not an event between political actors, or None."""
    verb = candidate.verb
    lemma = lemma_of(verb)
    if lemma in BEATING_VERBS and _beats_no_person(candidate):
        return "beating no person is winning"
    if lemma in WINNING_VERBS and _beaten_at_the_polls(candidate):
        return "winning a vote"  # "Jones beat Republican Roy Moore in the Senate race"
    sentence = list(candidate.sentence)
    if lemma in CONTEST_VERBS and about_a_game(own_clause(verb)):
        return "a contest in a game"
    if any(_game_word(t) for t in _verb_phrase(verb)):
        return "a clause with a word only games use"  # "shared a 90-run stand for the third wicket"
    won = any(lemma_of(t) in WINNING_VERBS for t in own_clause(verb))  # "am delighted to beat him"
    if won and len(_game_words(verb.doc)) >= 2:
        return "winning in an article about a game"  # "I am delighted to beat him"
    heads = [candidate.subject.root] + ([candidate.object.root] if candidate.object is not None else [])
    if any(lemma_of(h).lower() in TEAM_NOUNS for h in heads) and about_a_game(sentence):
        return "a team in a game"
    return None


def _verb_phrase(verb: Token) -> list[Token]:
    """The verb's own phrase: its arguments and adjuncts, not another verb's (in "jailed them
    for *playing* in a tournament" the tournament is the playing's)."""
    out: list[Token] = []
    stack = [verb]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.children if c.pos_ not in ("VERB", "AUX"))
    return out


def _game_word(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and (lemma_of(token).lower() in GAME_WORDS or _game_name(token))


def _game_words(doc: Doc) -> set[str]:
    """The different words only games use in the article."""
    return {lemma_of(t).lower() for t in doc if _game_word(t)}


def about_a_game(tokens: Iterable[Token]) -> bool:
    """The tokens have a word only games use, or two different words games often use."""
    hints: set[str] = set()
    for token in tokens:
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        word = lemma_of(token).lower()
        if word in GAME_WORDS or _game_name(token):
            return True
        if word in GAME_HINTS and not _quantity(token):
            hints.add(word)
    return len(hints) >= 2


def _game_name(token: Token) -> bool:
    """A proper noun only games use, not opening the sentence: "the World *Cup*", "the first
    *Test*"."""
    return token.pos_ == "PROPN" and token.i != token.sent.start and token.lower_ in GAME_PROPER_NOUNS


def _quantity(token: Token) -> bool:
    """ "a series of talks", "a side of beef": the noun counts what follows."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def own_clause(verb: Token) -> list[Token]:
    """The verb's clause: its subtree without the clauses of other acts below it (relative
    clauses, reported clauses)."""
    out: list[Token] = []
    stack = [verb]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.children if c.dep_ not in OTHER_CLAUSE_DEPS)
    return out


def _beats_no_person(candidate: Candidate) -> bool:
    """ "beat Freedonia", "beat the Tories", "beat the home side": the one beaten is a
    country, a people, an organisation, a place or a team."""
    obj = candidate.object
    if obj is None:
        return False
    head = obj.root
    lemma = lemma_of(head).lower()
    return head.ent_type_ in NO_PERSON_ENTITIES or lemma in TEAM_NOUNS or lemma in RIVAL_NOUNS


#: Who one beats in a race or a vote, not with blows: "beat his rivals to become the party's
#: candidate", "beat the incumbent".
RIVAL_NOUNS = frozenset(
    "rival rivals opponent opponents challenger challengers contender contenders candidate "
    "candidates incumbent frontrunner front-runner runner-up".split()
)


#: Words of an election: in the winning verb's own clause they make the win a vote's.
ELECTION_WORDS = frozenset(
    "election elections race vote votes nomination primary primaries runoff run-off ballot "
    "ballots seat landslide".split()
)
#: Entity label of a party's name used of a person ("*Republican* Roy Moore", "*Labour*'s").
PARTY_LABEL = "NORP"


def _beaten_at_the_polls(candidate: Candidate) -> bool:
    """The one beaten is a named person or a rival, and a candidate: the winning verb's clause
    speaks of an election ("in the Senate race", "for the nomination"), or a party's name
    qualifies the one beaten ("Republican Roy Moore")."""
    obj = candidate.object
    if obj is None or not (obj.root.ent_type_ == "PERSON" or lemma_of(obj.root).lower() in RIVAL_NOUNS):
        return False  # "beat voters at the polling station" is violence
    if any(
        t.pos_ == "NOUN" and lemma_of(t).lower() in ELECTION_WORDS and not _time_of(t)
        for t in own_clause(candidate.verb)
    ):
        return True
    return any(t.dep_ in ("compound", "amod") and t.ent_type_ == PARTY_LABEL for t in obj.root.children)


#: Prepositions of a time an election sets ("at a rally before the election"): not the contest.
TIME_PREPOSITIONS = frozenset({"before", "after", "during", "ahead", "since", "until", "following"})


def _time_of(word: Token) -> bool:
    """The election word names when something happened, not what was won ("before the vote")."""
    prep = word.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        prep = prep.head
    return word.dep_ == "pobj" and prep.lower_ in TIME_PREPOSITIONS
