"""Everyday and economic senses of event words are no event (made-up sentences through the
real extractor and classifier): denied claims, needs met, market demand, market deals,
generic verbs reached through a reporting verb or a governor, warnings of what may happen,
verbal clashes, court appeals, news conferences, speeches and information delivered, month
names; the event senses keep their type."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graphbuilder.events import classify_all
from graphbuilder.extract import extract_candidates


def event_types(nlp: Language, text: str) -> set[str]:
    cands = list(extract_candidates(nlp(text)))
    return {t[0] for t in classify_all(cands) if t[0] is not None}


NO_EVENT = [
    "The party denied it was trying to stir up hatred of Muslims in Britain.",  # a denied claim (clause)
    "The senator denied wanting to lead the committee.",  # a denied claim (gerund)
    "The president denied Russian claims that his army had shelled the town.",  # a claim noun
    "The governor dismissed the allegations against the police chief.",  # a dismissed claim
    "Gulf producers raised output to meet global demand for crude.",  # meeting a need
    "The agency will meet the needs of the region's farmers.",  # meeting a need
    "The carmaker agreed to buy the Italian firm Alfa for $2bn.",  # a market deal
    "The carmaker promised to sell its stake to a Chinese group.",  # a business promise
    "We urgently need to expand our production in Brazil.",  # a business plan
    "Maria said she was encountering a problem with her neighbours.",  # a generic verb, reported
    "The Greens warned the ministers they were in danger of losing the vote.",  # no threat
    "Senator Jones warned Asian states could soon stop buying American debt.",  # no threat
    "The senator, who has clashed with his party leaders over taxes, retired.",  # a dispute
    "Government lawyers lodged an appeal against the ruling.",  # a court appeal
    "Gazprom is appealing against the fine imposed by the regulator.",  # a court appeal
    "The foreign minister will host a news conference in Oslo on Friday.",  # a briefing
    "The chancellor will deliver his Budget to the House of Commons.",  # a speech, not aid
    "The agency provided the BBC with the latest figures.",  # information, not aid
    "Defence lawyers have until 21 March to file their papers.",  # a month, not a march
    "Toyota will build a plant in Russia to meet the country's growing demand for cars.",  # market
    "He had asked whether his method of using dogs to chase deer would be outlawed.",  # a question
    "Labour MP Tom Jones asked how police were supposed to enforce the ban.",  # a question
    "The senator asked the minister whether the Treasury had changed the figures.",  # a question
    "Chelsea have confirmed they have received a detailed proposal from the American investor.",
    "Mr Smith sent the letter by mistake to the BBC's Newsnight.",  # a letter, not aid
    "Siemens sent the Commission a response to those allegations.",  # a response, not aid
    "These are the groups the party needs to appeal to in the campaign.",  # winning voters
    "The row was about rumours that Mr Smith was about to resign the UKIP whip in the European Parliament.",
    "She said she often criticised her husband for his hardline image.",  # a private matter
    "Mr Blair said he intends to talk to as many people as possible during the campaign.",
    "The government will soon require all listed companies to publish their risks.",  # a rule
    "Shell, a big investor, declined to comment on the Kremlin's plans.",  # CAMEO 011, a statement
    "Mr Khatami has been blocked by parliament from cutting the subsidies.",  # a legislature's vote
    "Shares in Acme, the Lebanese firm founded by assassinated former premier Omar Haddad, fell.",
    "Mr Cohen, whose parents fled the Nazi threat to come to the UK, says the claim is wrong.",
    "At the meeting, Mr Walsh took revenge by using his stake to oust three directors.",  # no fight
    'The Greens warned both parties against "pandering to prejudice".',  # an admonition
    "The protection, if recognised by the Russian authorities, would have saved the firm.",
    "The rebels are unlikely to impose new demands on the government.",  # not asserted
    "Gazprom has asked a Texas court to send its dispute with the Kremlin to arbitration.",  # a motion
    "If admitted into the union, Serbia would contribute 2bn euros to its budget.",  # a condition
    "A French hostage held in Iraq for a year plans to sue the government.",  # no act yet
    "The Speaker is charged with ensuring order in the chamber.",  # a duty, not a legal charge
    "Kingfisher Airlines ordered 30 Airbus A320 planes for $1.8bn.",  # a purchase
    "In 2003 Blackpool hosted the party conference.",  # a venue, no meeting between actors
    "British Coal blamed geological problems and industrial action for its losses.",  # causes
    "The Labour party has chosen Blackpool to host the annual event.",  # Blackpool's act, no meeting
    "Qwest said on Wednesday that Sprint had rejected a deal worth $8bn.",  # a business deal
    "TCI rejected the takeover of the London Stock Exchange.",  # a business deal
    "For the survey they asked 2,234 adults across the country the same question.",  # a survey
    "In July they asked 801 adults if they supported the ban.",  # a survey
    "General Motors is struggling with its loss-making European brands.",  # difficulty
    "It is not yet known whether the two investors would support a Glazer bid.",  # a question
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_everyday_senses_are_no_event(nlp: Language, text: str) -> None:
    assert event_types(nlp, text) == set()


EVENT_SENSES = [
    ("The ministry denied the opposition leader a visa.", "REJECT"),  # refusing someone something
    ("The prime minister met the Chinese delegation in Beijing.", "CONSULT"),  # meeting an actor
    ("The rebels accepted the demand for a ceasefire.", "CONCEDE"),  # an actor's demand
    ("The UN agreed to send food to the refugees in Chad.", "AGREE"),  # a promise of aid
    ("The United States warned Iran.", "THREATEN"),  # a warning to an actor
    ("Riot police clashed with protesters in the capital.", "FIGHT"),  # an armed clash
    ("The president appealed to the UN for help.", "REQUEST"),  # an appeal to an actor
    ("The agency provided the refugees with food and tents.", "AID"),  # aid given
    ("The Polish parliament rejected the treaty with Germany.", "REJECT"),  # a legislature's rejection
    ("The rebels refused to attend the peace talks.", "REJECT"),  # a refusal to act
    ("Britain promised Sudan more food aid.", "AGREE"),  # a pledge to an actor
    ("Heavy fighting between the army and rebels raged in the north.", "FIGHT"),  # the event noun
    ("Iran asked the UN Security Council to condemn the attack.", "REQUEST"),  # not a court
    ("The Georgian government is suing Russia for $28bn in damages.", "DISAPPROVE"),  # damages, no price
    ("Egypt hosted talks between Israel and the Palestinians.", "CONSULT"),  # a meeting hosted
    ("The two delegations emerged from the meeting in Geneva.", "CONSULT"),  # a meeting
    ("The senator blamed the president for the defeat.", "DISAPPROVE"),  # an actor blamed
    ("Russia rejected the IMF's $5bn loan.", "REJECT"),  # money, but between political actors
    ('"If they refuse, we will ask the UN to intervene," the minister said.', "REQUEST"),  # a condition
]


@pytest.mark.parametrize(("text", "expected"), EVENT_SENSES)
def test_event_senses_keep_their_type(nlp: Language, text: str, expected: str) -> None:
    assert expected in event_types(nlp, text)


def typed_subjects(nlp: Language, text: str) -> set[str]:
    cands = list(extract_candidates(nlp(text)))
    return {c.subject.text for c, t in zip(cands, classify_all(cands), strict=True) if t[0] is not None}


@pytest.mark.parametrize(
    "text",
    [
        "The union has called on the government to appoint more safety inspectors.",
        "The banks have asked the government to mediate to avoid any risk to the markets.",
    ],
)
def test_what_an_actor_is_asked_to_do_is_no_event_of_that_actor(nlp: Language, text: str) -> None:
    """The request is the asker's event; the act asked for has not happened."""
    assert "the government" not in typed_subjects(nlp, text)


def test_an_object_asked_to_act_acts_itself_not_the_one_who_prompted_it(nlp: Language) -> None:
    """ "prompted the Queen to ask ...": the Queen's request is typed, the prompting is none."""
    subjects = typed_subjects(nlp, "It prompted the Queen to ask Harold Wilson to form a government.")
    assert subjects == {"the Queen"}


def test_a_newspaper_reports_what_others_do(nlp: Language) -> None:
    """The paper's report carries no event; the reported clause's own frame keeps its type."""
    subjects = typed_subjects(nlp, "The Guardian said they would reject the offer from the Chinese bank.")
    assert subjects == {"they"}


def test_accepting_a_fact_concedes_nothing(nlp: Language) -> None:
    """ "accepts that ...": a fact acknowledged (the rule itself; CONCEDE needs a target anyway)."""
    from graphbuilder.events.senses import sense_reason

    cands = list(extract_candidates(nlp("The Kremlin now accepts that the Chechen rebels had a point.")))
    accepted = next(c for c in cands if c.predicate == "accepted")
    assert sense_reason(accepted, "080") == "an acknowledged fact"
    conceded = next(c for c in extract_candidates(nlp("The Kremlin accepted the demands of the rebels.")))
    assert sense_reason(conceded, "080") is None


def test_what_a_call_asks_of_someone_is_no_event_of_theirs(nlp: Language) -> None:
    """ "repeated calls for the mayor to apologise": the mayor has not apologised."""
    text = "Mr Blair repeated calls for the mayor to apologise to the Jewish community."
    subjects = typed_subjects(nlp, text)
    assert "the mayor" not in subjects


def test_the_hand_table_keys_everyday_senses_as_no_event() -> None:
    """Emerging from bankruptcy, fighting a seat, levying a tax: no event; the event senses stay."""
    from graphbuilder.events.lexicon import verb_code

    assert verb_code("emerge", "from", "bankruptcy") is None
    assert verb_code("emerge", "from", "meeting") == "040"
    assert verb_code("fight", object_head="seat") is None
    assert verb_code("fight", object_head="rebel") == "190"
    assert verb_code("levy", object_head="tax") is None
