"""Patterns of news English typed as an event they are not, or as the wrong one (session 32,
Reuters political news). Made-up sentences through the real extractor and classifier.

* Firing a person is dismissing them, also in a relative clause's passive ("X, who was fired
  by the premier") and with a time or post after the verb ("fired the aide on Monday");
  shooting at people ("were fired on", "fired at the crowd") stays violence.
* A plea in court ("pleaded guilty to", "pleaded not guilty to") is no appeal; pleading *with*
  someone stays one.
* Pushing back on or against something, and seizing on remarks, are no demand and no seizure.
* Approving a sale, a takeover or an agreement for a company to buy another is oversight of
  commerce; approving a sale *to* a state stays.
* Police or agents raiding a home or an office search it: COERCE, not ASSAULT; troops raiding
  homes keep the tables' code.
* A call *from* an actor, or a phone call, is a telephone call (CONSULT), no appeal.
* Beating a candidate at the polls (a clause about an election, or one named with a party) is
  winning a vote, no assault; police beating a politician stays.
* Delaying one's trip or a release, and violating a law or a court order, reject no one;
  flying to a place is travelling there (a visit, as arriving is), no intent to meet.
* Sending people or a bill to a legislature elects them or passes it on, no aid; sending food
  to a country stays aid.
* Parties and lawmakers attack in words: their attacks on a person, an institution's
  integrity or a probe are criticism (DISAPPROVE), no violence; gunmen's attacks stay.
* Sharing videos or stories passes them on to readers, no cooperation (sharing intelligence
  stays); offering praise is praise (SUPPORT), no offer (AGREE).
* A fiscal plan proposed (cutting a budget, taxes or a deduction) is one's own policy, no
  request; proposing talks, or a ceasefire to someone, stays a request.
* A legal, political or budget fight, or fights over doing something, are no armed fight;
  a fight for a town or fighting with rebels stays FIGHT."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.typed_frames import typed, types


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania's former finance minister, who was fired by the premier in March, denied the charges.",
        "The governor fired his chief strategist on Friday after the vote.",
        "Lorna Quist, the agency's press director, was fired by the mayor on the job's tenth day.",
        "The prime minister fired the attorney general who had opened the inquiry.",
    ],
)
def test_firing_a_person_is_a_dismissal(nlp: Language, text: str) -> None:
    assert not types(nlp, text) & {"FIGHT", "ASSAULT"}, typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Two policemen were fired on by gunmen near the border.",
        "Soldiers fired at the demonstrators on Sunday.",
    ],
)
def test_firing_at_people_stays_violence(nlp: Language, text: str) -> None:
    assert types(nlp, text) & {"FIGHT", "ASSAULT"}, typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The senator's aide pleaded not guilty on Monday to a five-count indictment.",
        "A port official, Ana Velt, pleaded not guilty on Thursday to taking bribes from shipping firms.",
    ],
)
def test_a_plea_in_court_is_no_appeal(nlp: Language, text: str) -> None:
    assert "REQUEST" not in types(nlp, text), typed(nlp, text)


def test_pleading_with_someone_stays_an_appeal(nlp: Language) -> None:
    text = "The mother pleaded with the kidnappers to free her son."
    assert "REQUEST" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Freedonian officials pushed back on the Ruritanian accusations.",
        "The ministry pushed back against calls for a bigger budget.",
        "The opposition seized on the minister's remarks.",
    ],
)
def test_pushing_back_and_seizing_on_are_no_demand_or_seizure(nlp: Language, text: str) -> None:
    assert not types(nlp, text) & {"DEMAND", "REQUEST", "COERCE"}, typed(nlp, text)


def test_seizing_a_town_stays_coercion(nlp: Language) -> None:
    assert "COERCE" in types(nlp, "Rebels seized the town on Tuesday.")


@pytest.mark.parametrize(
    "text",
    [
        "The regulator approved the sale of the mining company last year.",
    ],
)
def test_approving_a_trade_is_no_agreement(nlp: Language, text: str) -> None:
    assert typed(nlp, text) == []


def test_approving_a_sale_to_a_state_stays(nlp: Language) -> None:
    text = "The State Department approved the sale of fighter jets to Taiwan."
    assert types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "FBI agents raided the home of the former campaign chairman.",
        "Police raided the offices of the opposition newspaper.",
    ],
)
def test_a_police_raid_on_premises_is_coercion(nlp: Language, text: str) -> None:
    assert types(nlp, text) == {"COERCE"}, typed(nlp, text)


def test_troops_raiding_homes_keep_their_code(nlp: Language) -> None:
    text = "Troops raided homes in the village, killing two men."
    assert "COERCE" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The president took a call from the Freedonian prime minister on Friday.",
        "The minister made a phone call to his Freedonian counterpart.",
    ],
)
def test_a_call_from_someone_is_a_telephone_call(nlp: Language, text: str) -> None:
    assert types(nlp, text) == {"CONSULT"}, typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ruritanian senator Jon Smith beat Lena Brook for the party's nomination.",
        "Ruritanian Prime Minister Jon Smith beat Republican Lena Brook.",
    ],
)
def test_beating_a_candidate_is_winning_a_vote(nlp: Language, text: str) -> None:
    assert "ASSAULT" not in types(nlp, text), typed(nlp, text)


def test_police_beating_a_politician_stays_an_assault(nlp: Language) -> None:
    text = "Police beat the opposition leader Jon Smith at the rally."
    assert "ASSAULT" in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Freedonian vice president delayed his trip to Ruritania.",
        "The ministry violated two court orders, the judge said.",
    ],
)
def test_delays_and_violations_reject_no_one(nlp: Language, text: str) -> None:
    assert "REJECT" not in types(nlp, text), typed(nlp, text)


def test_flying_to_a_capital_is_a_visit(nlp: Language) -> None:
    assert types(nlp, "The foreign minister flew to Moscow on Monday.") == {"CONSULT"}


@pytest.mark.parametrize(
    "text",
    [
        "The state has sent 13 Republicans and only five Democrats to the House since 2011.",
        "The committee sent the bill to the Senate on Friday.",
    ],
)
def test_sending_to_a_legislature_is_no_aid(nlp: Language, text: str) -> None:
    assert "AID" not in types(nlp, text), typed(nlp, text)


def test_sending_food_to_a_country_stays_aid(nlp: Language) -> None:
    assert types(nlp, "Freedonia sent food and medicine to Ruritania.") == {"AID"}


@pytest.mark.parametrize(
    "text",
    [
        "Republicans attacked the FBI's integrity after the texts surfaced.",
        "Democrats attacked Special Counsel Jon Smith over the leaks.",
        "Republicans attacked the special counsel's probe of the allegations.",
    ],
)
def test_a_party_attacks_in_words(nlp: Language, text: str) -> None:
    assert types(nlp, text) == {"DISAPPROVE"}, typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["Gunmen attacked the senator's convoy.", "Militants attacked Jon Smith, a local official, in his home."],
)
def test_armed_attacks_stay_violence(nlp: Language, text: str) -> None:
    assert types(nlp, text) & {"ASSAULT", "FIGHT"}, typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The president shared on Twitter three videos posted by a fringe party.",
        "Lawmakers shared stories of harassment in the halls of parliament.",
    ],
)
def test_sharing_videos_or_stories_is_no_cooperation(nlp: Language, text: str) -> None:
    assert "COOPERATE" not in types(nlp, text), typed(nlp, text)


def test_sharing_intelligence_stays_cooperation(nlp: Language) -> None:
    assert types(nlp, "Freedonia shared intelligence with Ruritania.") == {"COOPERATE"}


def test_offering_praise_is_praise(nlp: Language) -> None:
    assert types(nlp, "The premier offered effusive praise for the Ruritanian king.") == {"SUPPORT"}


def test_a_fiscal_plan_proposed_is_no_request(nlp: Language) -> None:
    text = "Lawmakers rejected the premier's proposal to cut the foreign ministry budget by a third."
    assert "REQUEST" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia proposed talks with Ruritania on the border.",
        "The rebels proposed a ceasefire to the government.",
    ],
)
def test_proposing_talks_or_a_ceasefire_stays_a_request(nlp: Language, text: str) -> None:
    assert types(nlp, text) == {"REQUEST"}, typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Democratic candidate mounted a legal fight after the recount.",
        "Senators engaged in high-profile fights over revamping the tax code.",
    ],
)
def test_a_legal_or_political_fight_is_no_fight(nlp: Language, text: str) -> None:
    assert "FIGHT" not in types(nlp, text), typed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels launched a fight for the town.",
        "Government troops engaged in fierce fighting with the rebels.",
    ],
)
def test_armed_fights_stay(nlp: Language, text: str) -> None:
    assert types(nlp, text) == {"FIGHT"}, typed(nlp, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # an election word naming when, not the contest won: police beating a candidate is violence
        ("Police beat opposition candidate Ana Velt at a rally before the election.", "ASSAULT"),
        # a plan proposed with or for another state is an act between them
        ("Norway proposed a new deal on transit rates with Sweden.", "REQUEST"),
        ("Japan proposed a $2 billion credit line for Vietnam during the talks.", "REQUEST"),
        # deadly fights over doing something are armed
        ("Rival militias fought deadly fights over controlling the border crossing.", "ASSAULT"),
    ],
)
def test_acts_near_a_vote_a_plan_or_a_quarrel_stay(nlp: Language, text: str, event: str) -> None:
    assert event in types(nlp, text), typed(nlp, text)
