"""An event's source is a political actor (as PETRARCH codes): a state, a nationality, a known or
political organisation, an agent phrase, or a person the gazetteer knows or the article names in a
political role. Made-up sentences in the image of what a hand judgement of typed statements on
unseen text found (a man residing in a country typed FIGHT, a tutor offering lessons typed AGREE,
a bomb as the actor), run through the whole pipeline: extraction, typing, resolution.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import graphbuilder as gb
from graphbuilder.events import classify_all
from graphbuilder.events.standing import resolved_source_reason
from graphbuilder.extract import extract_candidates
from graphbuilder.model import Argument


def typed_records(text: str) -> list[tuple[str, str, str]]:
    """(subject text, predicate, event type) of every typed statement the pipeline builds."""
    kg = gb.build([text])
    return [
        (r["subject"]["text"], r["predicate"], r["event_type"]) for r in kg.records() if r.get("event_type")
    ]


def pipeline_types(text: str) -> set[str]:
    return {t for _, _, t in typed_records(text)}


NO_POLITICAL_SOURCE = [
    # a person the text gives no political role, whatever the verb can mean
    "Lugo and Lozano were released in 1993 and continue to reside in Venezuela.",
    "When the band is not touring, Peter Bywaters offers English tuition at his home in Brighton.",
    "Maria Keller met her old teacher Robert Loder in a cafe in Vienna.",
    "Daniel Hughes accused the mayor of stealing his tools.",
    # a bomb, a blast: who planted it is not said
    "A bomb exploded at a union hall in San Salvador, killing at least eight people.",
    "A car bomb blast killed twelve soldiers at the checkpoint.",
    "A roadside bomb killed five soldiers on Monday.",
    "The bomb killed at least 20.",
    # a pronoun nothing resolves, and one resolved to a person with no political role
    "He fires energy from his eyes as a concussive force.",
    "John Smith met his neighbour on Tuesday. He accused the council of ignoring him.",
    # a surname in -s the tagger calls plural is still one person's
    "The trouble began on the morning show, with Maria Hutchings marching up to him as she tried "
    "to complain about her son's school.",
]


@pytest.mark.parametrize("text", NO_POLITICAL_SOURCE)
def test_no_type_without_a_political_source(text: str) -> None:
    assert typed_records(text) == []


POLITICAL_SOURCE = [
    # a title or office in the name's phrase
    ("President Bush threatened further action against Russia.", "THREATEN"),
    ("Soviet leader Mikhail Gorbachev met the German chancellor in Moscow.", "CONSULT"),
    ("Tory leader Michael Howard accused Tony Blair of lying about the war.", "DISAPPROVE"),
    ("Archbishop Desmond Tutu criticised the detention measures.", "DISAPPROVE"),
    ("General Aoun rejected the peace plan.", "REJECT"),
    ("Pakistan President Mohammad Zia-Ul-Haq rejected a fresh offer of talks from India.", "REJECT"),
    # an apposition
    ("Michael Howard, the Conservative leader, accused the government of lying.", "DISAPPROVE"),
    # known to the gazetteer, by full name or by a surname it gives to one person
    ("Jack Straw criticised Iran's nuclear programme.", "DISAPPROVE"),
    ("Mr Kerry conceded defeat on Wednesday.", "CONCEDE"),
    # the role given earlier in the article; a pronoun resolved to such a person
    ("Tory leader Michael Howard spoke in Leeds. Howard accused the government of lying.", "DISAPPROVE"),
    ("Tory leader Michael Howard spoke in Leeds. He accused the chancellor of lying.", "DISAPPROVE"),
    # a hyphenated surname is one word of the name ("Kilroy-Silk", not "Silk")
    ("Labour MP Robert Kilroy-Silk spoke in Leeds. He accused the government of lying.", "DISAPPROVE"),
    # states, nationalities, agent phrases, a people the recogniser took for a person
    ("Israel threatened to ban voting in East Jerusalem.", "THREATEN"),
    ("Rebels shelled the capital on Sunday.", "FIGHT"),
    ("Bosnian Serbs demanded a truce with Moslem forces in east Bosnia.", "DEMAND"),
    ("Russian aircraft killed 46 civilians in the village.", "FIGHT"),
    # a pronoun resolved to a people named by its nationality, as the name itself is judged
    ("Bosnian Serbs shelled the town on Monday. They demanded a truce with Moslem forces.", "DEMAND"),
    # "each" picks out the members of a known set, who act (unlike "any hunters")
    ("Each side accused the other of breaking the ceasefire.", "DISAPPROVE"),
]


@pytest.mark.parametrize(("text", "expected"), POLITICAL_SOURCE)
def test_political_sources_keep_their_type(text: str, expected: str) -> None:
    assert expected in pipeline_types(text), typed_records(text)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("chancellor", "Person"),
        ("foreign secretary", "Person"),
        ("rebels", "Other"),
        ("Bosnian Serbs", "Group"),
    ],
)
def test_a_pronoun_resolved_to_a_role_or_a_people_is_a_source(name: str, kind: str) -> None:
    """The resolver names a role-only person by the role ("he" = "the chancellor"): a role is a
    source as it is on the parse, whatever the entity type."""
    subject = Argument(text="he", start=0, end=2, entity_id="e1", name=name, type=kind)
    assert resolved_source_reason("DISAPPROVE", subject) is None
    private = Argument(text="he", start=0, end=2, entity_id="e2", name="John Smith", type="Person")
    assert resolved_source_reason("DISAPPROVE", private) == "no political actor"


def test_the_parse_stage_leaves_the_pronoun_to_the_resolver(nlp: Language) -> None:
    """Typing on the parse alone keeps a pronoun subject: only resolution can tell whom it stands for."""
    doc = nlp("Tory leader Michael Howard spoke in Leeds. He accused the chancellor of lying.")
    candidates = list(extract_candidates(doc))
    codes = classify_all(candidates)
    typed = [(c.subject.text, t[0]) for c, t in zip(candidates, codes, strict=True) if t[0]]
    assert ("He", "DISAPPROVE") in typed


@pytest.mark.parametrize(
    "text",
    [
        # a participle the parser took for the reported clause's verb is no act of the speaker's
        "Culture Secretary Anna Gray said proposed super-casinos will be different from their US "
        "counterparts.",
        # a modal future is no subjunctive: insisting on what would happen demands nothing
        "The vote would be held in parliament next week as planned, he insisted.",
    ],
)
def test_reported_clauses_that_demand_nothing(text: str) -> None:
    assert typed_records(text) == []


def test_a_party_by_its_plural_name_is_a_source() -> None:
    """The recogniser tags "the Lib Dems" as a person; "the" and the plural make it a group."""
    assert "REQUEST" in pipeline_types("On Monday, the Lib Dems also called for a delay.")


@pytest.mark.parametrize(
    "text",
    [
        # a surname shared with a politician, but "Mrs" says it is someone else
        "Tory leader Michael Howard launched his campaign in Leeds. Mrs Howard will make solo visits to "
        "target seats as well as accompanying her husband on his helicopter campaign trail.",
        "Tory leader Michael Howard launched his campaign in Leeds. Mrs Howard used her speech to "
        "highlight the work of a drugs charity, Addaction, which she supports.",
        # the one coded person with the surname is a man
        "Mrs. Quayle invited the senators to visit the mansion.",
    ],
)
def test_a_surname_alone_needs_a_fitting_gender(text: str) -> None:
    """Only the Tory leader himself acts in a typed statement: no statement of his wife's (by
    any wording of her name, or a pronoun standing for her) and none of Mrs. Quayle's."""
    subjects = {s for s, _, _ in typed_records(text)}
    assert subjects <= {"Tory leader Michael Howard"}, typed_records(text)


def test_a_rule_for_anyone_of_a_kind_is_no_demand() -> None:
    """ "a company must prove ..." states what the law requires of any company; "the cabinet
    must resign" demands something of the cabinet."""
    rule = "The court said a company must prove that the government approved the contract."
    assert typed_records(rule) == []
    assert "DEMAND" in pipeline_types("The minister said the cabinet must resign.")


@pytest.mark.parametrize(
    "text",
    [
        # "a"/"an" mark anyone of a kind only as the actor of a rule: these demand one
        "The Tories said a minister must resign.",
        "Britain said a UN force must be sent to Darfur.",
    ],
)
def test_an_indefinite_subject_can_be_demanded(text: str) -> None:
    assert "DEMAND" in pipeline_types(text), typed_records(text)


def test_a_description_is_no_disapproval() -> None:
    text = "France describes this as the most important trade agreement between Chad and Niger in a decade."
    assert typed_records(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tory leader Michael Howard described the war as a disaster.",
        "France described Germany's policy as a mistake.",
    ],
)
def test_a_description_as_a_fault_is_disapproval(text: str) -> None:
    """CAMEO codes describing as a disaster or a mistake as disapproval (110)."""
    assert "DISAPPROVE" in pipeline_types(text), typed_records(text)


def test_agreeing_with_a_view_is_assent_not_accord() -> None:
    assert typed_records("The European Commission agreed with the NAO assessment of fraud reporting.") == []
    assert "AGREE" in pipeline_types("France agreed with Germany on the budget.")


@pytest.mark.parametrize(
    "text",
    [
        # a caution about a risk threatens no one
        "With the election expected in May, angry Labour MPs this week warned Mr Blair and Mr Brown "
        "about the dangers of disunity.",
        # what happens as a rule is no one event
        "The charity says a reduction would affect young women who often seek help from the health service.",
        # anyone of a kind is no actor in particular
        "The police will deal with any hunters who violate the law.",
    ],
)
def test_no_single_event_by_a_particular_actor(text: str) -> None:
    assert typed_records(text) == []


def test_a_warning_of_consequences_stays_a_threat() -> None:
    assert "THREATEN" in pipeline_types("The minister warned Iran of serious consequences.")


@pytest.mark.parametrize(
    "text",
    [
        # what is sent is a letter (the relative pronoun's antecedent): no aid
        "The minister referred to a letter that President Bush sent to Colombian President Virgilio Barco "
        "last week.",
        # a private person killed by no one named: a crime or a quarrel, no political event
        "His son, John Crozier, was killed in a feud in Grainger County.",
    ],
)
def test_no_event_between_political_actors(text: str) -> None:
    assert typed_records(text) == []


def test_a_politician_killed_in_an_ambush_is_no_source_of_the_ambush() -> None:
    """An agentless passive names only the victim: no type, whoever the victim is."""
    assert pipeline_types("Governor Henry Wise was killed in an ambush near Richmond.") == set()


def test_a_pronoun_victim_is_judged_as_a_named_one() -> None:
    """ "He was arrested": the pronoun is who the state acted on, not a source; as "John Smith was
    arrested" carries no type (no one named did it), neither does the pronoun resolved to him."""
    arrested = "John Smith met his neighbour on Tuesday. He was arrested on suspicion of fraud."
    assert typed_records(arrested) == []
    assert typed_records("John Smith met his neighbour on Tuesday. He was killed in a feud.") == []
    ambushed = "Tory leader Michael Howard spoke in Leeds. He was killed in an ambush near Leeds."
    assert pipeline_types(ambushed) == set()


def test_an_event_noun_only_sought_is_no_event(nlp: Language) -> None:
    """ "sought to obtain Italian recognition": the recognition is wanted, not given."""
    doc = nlp("The Lehi group sought to obtain Italian recognition of Jewish sovereignty over Palestine.")
    candidates = list(extract_candidates(doc))
    codes = classify_all(candidates)
    assert not [c.predicate for c, t in zip(candidates, codes, strict=True) if t[0] == "SUPPORT"]


def test_a_company_rejecting_a_state_demand_is_no_event_but_the_demand_is() -> None:
    """ "Yukos" alone is a company (no political source); the Kremlin's demand is the state's."""
    records = typed_records("Yukos rejected the Kremlin's demand for back taxes.")
    assert not [r for r in records if r[0] == "Yukos"], records
    assert ("the Kremlin", "demanded", "DEMAND") in records


@pytest.mark.parametrize(
    "text",
    [
        # a company the recogniser calls a person accuses another company: business
        "The oil firm Yukos has been fighting the sale. The Rosneft announcement came just hours after "
        "Yukos accused Gazprom of illegally taking part in the auction.",
        # a role must end right before the name: an intelligence historian is no spy
        "Mr Makarov's case has been backed by US intelligence historian David Kahn.",
        # an explanation sent is no aid, in the passive too
        "An explanation is being sent by Home Secretary Charles Clarke to all MPs and peers ahead of "
        "the final debate.",
    ],
)
def test_no_event_from_the_words_around_a_name(text: str) -> None:
    assert typed_records(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the subject is who the act is aimed at, and no one is named doing it
        "Several former Parmalat executives are under investigation for the fraud scandal.",
        # acknowledging concerns is no diplomatic recognition
        "The home secretary said he recognised people's concerns about the costume.",
        # a parliamentary motion is the legislature's own business
        "As an MSP, Mr McLetchie signed a parliamentary motion questioning expansion plans for the airport.",
    ],
)
def test_no_event_in_the_sense_of_the_words(text: str) -> None:
    assert typed_records(text) == []


def test_recognising_a_government_stays_support() -> None:
    assert "SUPPORT" in pipeline_types("Britain recognised the new government in Kabul.")
