"""The typing rules (frontlines/data/events/*.yaml) on mixed sentences written for these tests (issue #5).

Each case is one error kind seen on the CASE 2021 tuning rows; the sentences are invented.
"""

from __future__ import annotations

import pytest

from frontlines.extract.event_rules import match_text
from frontlines.extract.events import detect_events
from frontlines.nlp import parse


def _mentions(text: str) -> list[tuple[str, str, bool]]:
    doc = parse(text)
    return [(m.label.sub_event_type, m.trigger.text, m.background) for s in doc.sents for m in detect_events(s)]


def _new(text: str) -> list[tuple[str, str]]:
    return [(label, trigger) for label, trigger, background in _mentions(text) if not background]


def _rule(text: str) -> str | None:
    found = match_text(text)
    return found.label if found else None


# --- photo captions and side actions -------------------------------------------


def test_a_dated_present_tense_caption_is_background_and_the_story_comes_first() -> None:
    text = (
        "Army troops deploy along the road to Kidal on March 3, 2020. "
        "Jihadist fighters seized the village of Tessit on Friday after a night of fighting."
    )
    assert _mentions(text)[0][1:] == ("deploy", True)
    assert _new(text)[0] == ("Non-state actor overtakes territory", "seized")


def test_a_verbless_caption_with_a_year_is_background() -> None:
    text = "A burnt bus at the scene of a bombing in the city of Kano in 2014. "
    assert [m[2] for m in _mentions(text)] == [True]


def test_a_present_tense_headline_without_date_or_credit_is_news() -> None:
    assert _new("Rebels capture army checkpoints near the border") == [("Non-state actor overtakes territory", "capture")]


def test_evidence_suggesting_an_event_is_not_a_caption() -> None:
    text = "Witness accounts suggest that police killed two protesters outside the court on 4 May 2019."
    assert _mentions(text) == [("Excessive force against protesters", "killed", False)]


def test_soldiers_deployed_somewhere_are_the_scene_not_a_deployment() -> None:
    text = "Two men threw a grenade at soldiers deployed outside the court in Narathiwat."
    assert _new(text) == [("Grenade", "threw a grenade")]


# --- weapons seized are not territory ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police seized 30 assault rifles and a rocket launcher in the town of Bor on Monday.", "Disrupted weapons use"),
        ("Four rifles and 200 rounds of ammunition were seized in Garissa over the weekend.", "Disrupted weapons use"),
        ("Customs officers confiscated twelve pistols at the border post.", "Disrupted weapons use"),
        ("Rebels seized two tanks and the border crossing at Ramtha.", "Non-state actor overtakes territory"),
        ("Government troops captured the town of Kafr Zita and large amounts of ammunition.", "Government regains territory"),
    ],
)
def test_a_seizure_of_weapons_is_disrupted_weapons_use_but_a_place_stays_territory(text: str, expected: str) -> None:
    assert _new(text)[0][0] == expected
    assert _rule(text) == expected


# --- riots versus protests ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riot police fired tear gas to disperse students during a clash outside the ministry.", "Violent demonstration"),
        ("Teachers protested in the capital following the arrest of their union leader.", "Peaceful protest"),
        ("Police dispersed the protest and arrested the organisers.", "Protest with intervention"),
        ("Dozens of people were injured as security forces fired rubber bullets to disperse the protesters.", "Excessive force against protesters"),
        ("Two people were killed by Kenyan gunfire during a peaceful protest in Kisumu.", "Excessive force against protesters"),
        ("Protesters fought running battles with security forces in the capital.", "Violent demonstration"),
        ("Protesters smashed windows and set cars ablaze in the city centre.", "Violent demonstration"),
        ("Protesters ransacked the offices of the electoral commission.", "Violent demonstration"),
        ("Protesters forced their way into the presidential palace.", "Violent demonstration"),
        ("Demonstrators set up roadblocks and stopped traffic on the main road.", "Violent demonstration"),
        ("Riots erupted in several cities over the rise in bread prices.", "Violent demonstration"),
    ],
)
def test_protest_types_follow_what_the_crowd_and_the_police_did(text: str, expected: str) -> None:
    assert _rule(text) == expected
    assert _new(text)[0][0] == expected


# --- protests that took place -----------------------------------------------------------


def test_taking_to_the_streets_to_protest_is_a_protest() -> None:
    text = "Hundreds of nurses took to the streets of Harare on Monday to protest against unpaid salaries."
    assert _new(text) == [("Peaceful protest", "protest")]


def test_a_year_inside_the_grievance_does_not_date_the_protest() -> None:
    text = "Lawyers marched in Lusaka on Thursday to protest against a law that has been in force since 2015."
    assert [m[2] for m in _mentions(text)] == [False]


def test_a_purpose_that_is_not_a_protest_is_still_not_an_event() -> None:
    assert _new("Troops moved north on Monday to attack the rebel camp.") == []


def test_first_time_since_a_year_is_news_not_history() -> None:
    text = "Government forces took control of the highway on Tuesday for the first time since 2012."
    assert _new(text) == [("Government regains territory", "took control")]


def test_a_text_that_is_only_a_caption_reports_its_scene() -> None:
    text = "Police fire tear gas at protesters in Nairobi, Kenya, Tuesday, July 7, 2020."
    assert [(label, background) for label, _trigger, background in _mentions(text)] == [("Protest with intervention", False)]


# --- side mentions in a snippet do not type it --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Government troops captured three villages on Monday, nearing a town that was the scene of a 2013 chemical attack.",
            "Government regains territory",
        ),
        ("Warships fired cruise missiles at an airbase in retaliation for a suspected poison gas attack.", "Shelling/artillery/missile attack"),
        (
            "The two sides agreed a three-day truce on Friday. The coalition has been bombing rebel positions since the start of May.",
            "Agreement",
        ),
        ("Rebels killed twelve soldiers and destroyed two army trucks in clashes near Kutum.", "Armed clash"),
        ("Four military planes entered the country's air defence identification zone, prompting the air force to scramble jets.", "Change to group/activity"),
    ],
)
def test_a_recalled_or_side_mention_does_not_type_the_snippet(text: str, expected: str) -> None:
    assert _rule(text) == expected


def test_bodies_found_after_a_bombing_are_not_a_weapons_find() -> None:
    assert _rule("Bodies were found after the bombs exploded in the market.") == "Remote explosive/landmine/IED"
    assert _rule("A bomb exploded near the bus station and two bodies were found later.") == "Remote explosive/landmine/IED"


# --- issue #5 follow-ups: projectiles, recoveries, seized rockets, claims, earlier incidents ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three men hurled two of the grenades at soldiers outside the school.", [("Grenade", "hurled")]),
        ("Youths hurled stones at police in the old city.", [("Violent demonstration", "hurled")]),
        ("The opposition leader hurled insults at the president.", []),
    ],
)
def test_hurling_is_typed_by_what_was_hurled(text: str, expected: list[tuple[str, str]]) -> None:
    assert _new(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After a surprise attack the army recovered the regions close to the border that had been taken over by armed groups.",
            [("Government regains territory", "recovered")],
        ),
        ("Police recovered weapons and ammunition from the house.", [("Disrupted weapons use", "recovered")]),
        ("Police recovered the bodies of three men from the river.", []),
    ],
)
def test_recovering_is_an_event_only_for_territory_or_weapons(text: str, expected: list[tuple[str, str]]) -> None:
    assert _new(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers seized rockets and mortars from a militant hideout near Kandahar.",
        "Soldiers seized three launchers from a truck on Monday.",
        "Troops seized the militia's arsenal on Monday.",
    ],
)
def test_seized_rockets_and_launchers_are_disrupted_weapons_use_not_shelling(text: str) -> None:
    assert _new(text) == [("Disrupted weapons use", "seized")]


def test_seized_rockets_type_the_snippet_as_disrupted_weapons_use() -> None:
    assert _rule("Soldiers seized rockets and mortars from a militant hideout near Kandahar.") == "Disrupted weapons use"


def test_a_claim_after_the_reported_blast_does_not_make_it_an_attribution() -> None:
    text = (
        "Authorities are on edge after an improvised explosive device detonated inside a church while two others "
        "were deactivated in a market. A cartel has claimed responsibility for the devices."
    )
    assert _rule(text) == "Remote explosive/landmine/IED"
    assert _new(text) == [("Remote explosive/landmine/IED", "detonated")]


def test_a_claim_that_leads_the_snippet_stays_an_attribution() -> None:
    assert _rule("The Islamic State claimed responsibility for a car bomb in Diyarbakir on Friday that killed eight people.") == (
        "NOT_ACLED:attribution"
    )


def test_devices_found_beside_a_deadly_explosion_are_not_a_weapons_find() -> None:
    text = "Nine explosive devices have been found near the city since March, and two children have died in an explosion."
    assert _rule(text) == "Remote explosive/landmine/IED"


def test_a_shooting_the_previous_day_is_not_the_reported_protest() -> None:
    text = (
        "Thousands of people gathered on Sunday, undeterred by the bloodiest day of their campaign the previous day "
        "when security forces opened fire on protesters, killing two."
    )
    assert _rule(text) == "Peaceful protest"
    assert _mentions(text) == [("Excessive force against protesters", "opened fire", True)]


# --- codebook probes (issue #5) -------------------------------------------------------


def test_a_house_blown_up_with_no_one_hurt_is_property_destruction() -> None:
    assert _new("Houthi rebels blew up the house of a tribal leader in al-Bayda on Thursday.") == [
        ("Looting/property destruction", "blew")
    ]


def test_a_bomb_that_blew_up_a_house_and_killed_is_an_explosion() -> None:
    assert _rule("A bomb blew up a house in Kirkuk, killing three people.") == "Remote explosive/landmine/IED"


def test_airstrikes_that_could_escalate_a_conflict_are_commentary() -> None:
    assert _new("Analysts say the airstrikes could escalate the conflict.") == []
