"""Event detection and ACLED typing on short sentences written for these tests."""

from __future__ import annotations

import pytest

from frontlines.extract.events import classify_text, detect_events
from frontlines.nlp import parse


def _events(text: str) -> list[tuple[str, str]]:
    doc = parse(text)
    return [(m.label.sub_event_type, m.trigger.text) for s in doc.sents for m in detect_events(s)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels clashed with government troops near the town on Monday.", [("Armed clash", "clashed")]),
        ("Government forces recaptured the town of Kafr Nabl from rebels on Tuesday.", [("Government regains territory", "recaptured")]),
        ("Islamic State fighters seized the village of Tal Abyad after heavy fighting.", [("Non-state actor overtakes territory", "seized")]),
        ("Militants entered the town without resistance after the army withdrew.", [("Non-violent transfer of territory", "entered")]),
        ("Suspected chlorine gas was used in an attack on the town of Saraqib, killing 3 civilians.", [("Chemical weapon", "attack")]),
        ("Russian warplanes struck the village of Kansafra, killing four civilians.", [("Air/drone strike", "struck")]),
        ("Regime forces shelled the town of Jisr al-Shughur with artillery.", [("Shelling/artillery/missile attack", "shelled")]),
        ("A roadside bomb exploded near a police patrol in Kirkuk, wounding two officers.", [("Remote explosive/landmine/IED", "exploded")]),
        ("A suicide bomber blew himself up at a checkpoint in Mogadishu.", [("Suicide bomb", "blew")]),
        ("Unknown assailants threw a grenade at a shop in Bujumbura.", [("Grenade", "threw a grenade")]),
        ("Soldiers raped two women in the village.", [("Sexual violence", "raped")]),
        ("Gunmen killed five farmers in the village of Kadunu.", [("Attack", "killed")]),
        ("Gunmen abducted 12 students from a school in Kaduna.", [("Abduction/forced disappearance", "abducted")]),
        ("Hundreds of residents protested against fuel prices in Khartoum.", [("Peaceful protest", "protested")]),
        ("Police dispersed protesters with tear gas in Beirut.", [("Protest with intervention", "dispersed")]),
        ("Security forces opened fire on peaceful protesters, killing three of them.", [("Excessive force against protesters", "opened fire")]),
        ("Protesters threw stones at police and burned tyres in Nairobi.", [("Violent demonstration", "threw stones")]),
        ("An angry mob lynched a suspected thief in Lagos.", [("Mob violence", "lynched")]),
        ("The two sides signed a ceasefire agreement in Geneva.", [("Agreement", "signed a ceasefire agreement")]),
        ("Police arrested ten opposition activists in Dhaka.", [("Arrests", "arrested")]),
        ("About 200 soldiers defected to the rebels.", [("Change to group/activity", "defected")]),
        ("Security forces defused an IED on the main road.", [("Disrupted weapons use", "defused")]),
        ("Turkish forces established a new military base near Ain Issa.", [("Headquarters or base established", "established a new military base")]),
        ("The army handed over the town to the militia.", [("Non-violent transfer of territory", "handed")]),
        ("Rioters looted shops in the market.", [("Violent demonstration", "looted")]),
    ],
)
def test_one_event_per_sentence_with_acled_sub_event_type(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army did not attack the town.",
        "The army would have attacked the town.",
        "The militia announced it was ready to confront regime forces.",
        "A Syrian child walks past the rubble of destroyed buildings in Daraa.",
        "Such moves, particularly the possible capture of the crossing, signify the greatest military developments.",
    ],
)
def test_no_event_from_negation_hypothetical_caption_or_commentary(text: str) -> None:
    assert _events(text) == []


def test_capture_with_killings_is_one_territorial_event() -> None:
    text = (
        "Armed men from the area captured around ten checkpoints from regime forces, "
        "killing over seven pro-Assad soldiers and capturing around 70 others."
    )
    assert _events(text) == [("Non-state actor overtakes territory", "captured")]


def test_two_distinct_actions_give_two_events() -> None:
    text = "At least 98 former opposition fighters have been tortured to death by the regime and many more have been disappeared."
    assert _events(text) == [("Attack", "tortured"), ("Abduction/forced disappearance", "disappeared")]


def test_bombardment_killing_civilians_is_civilian_targeting_shelling() -> None:
    doc = parse("The ensuing bombardment of the area killed dozens of civilians.")
    (mention,) = detect_events(next(doc.sents))
    assert mention.label.event_type == "Explosions/Remote violence"
    assert mention.label.sub_event_type == "Shelling/artillery/missile attack"
    assert mention.label.disorder_type == "Political violence"
    assert mention.civilian_targeting is True


def test_trigger_span_uses_document_offsets() -> None:
    doc = parse("Nothing happened on Sunday. Rebels clashed with troops on Monday.")
    second = list(doc.sents)[1]
    (mention,) = detect_events(second)
    assert doc.text[mention.trigger.start : mention.trigger.end] == "clashed"
    assert mention.trigger.start == doc.text.index("clashed")
    assert mention.sentence.text == second.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saudi warplanes bombed the city of Harad, killing 19 people.", ("Explosions/Remote violence", "Air/drone strike", "Political violence")),
        ("Thousands marched peacefully through the capital to demand reforms.", ("Protests", "Peaceful protest", "Demonstrations")),
        ("Police fired live ammunition at demonstrators, killing two.", ("Protests", "Excessive force against protesters", "Political violence; Demonstrations")),
        ("Protesters torched cars and hurled stones at the police.", ("Riots", "Violent demonstration", "Political violence; Demonstrations")),
        ("Soldiers seized a cache of weapons and ammunition in a raid on a farm.", ("Strategic developments", "Disrupted weapons use", "Strategic developments")),
        ("Unidentified gunmen opened fire on a bus, killing four passengers.", ("Violence against civilians", "Attack", "Political violence")),
    ],
)
def test_classify_text_labels(text: str, expected: tuple[str, str, str]) -> None:
    label = classify_text(text)
    assert label is not None
    assert (label.event_type, label.sub_event_type, label.disorder_type) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Heavy floods killed 40 people after torrential rains in the province.",
        "A gas leak at a chemical factory killed ten workers.",
        "Police seized 200 kilograms of cocaine from smugglers at the port.",
        "The government expelled two diplomats and imposed new sanctions.",
        "The group claimed responsibility for the car bomb that killed eight people.",
    ],
)
def test_classify_text_returns_none_for_non_acled_events(text: str) -> None:
    assert classify_text(text) is None


def test_running_toll_yields_no_event_but_the_day_s_killing_does() -> None:
    assert _events("Since January, more than 200 civilians have been killed in the province.") == []
    assert _events("Gunmen killed five farmers in the village of Kadunu on Monday.") == [("Attack", "killed")]


def test_alleged_capture_of_a_named_place_is_hedged() -> None:
    doc = parse("Armed men captured ten checkpoints. They also seized a tank and allegedly the Ramtha border crossing.")
    mention = detect_events(list(doc.sents)[-1])[0]
    assert (mention.label.sub_event_type, mention.hedged) == ("Non-state actor overtakes territory", True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the trigger's family rules miss the cue; the sentence's specific rule, in the trigger's phrase, types it
        ("Two rifles and several rounds of ammunition were seized by police in Kingston on Sunday.", [("Disrupted weapons use", "seized")]),
        ("The attacks, mostly using grenades, happened in three provinces on Friday night.", [("Grenade", "attacks")]),
        # a modifier cue ("poison gas", "grenade attack") types the sentence's past-tense main verb
        ("A government helicopter dropped two barrel bombs loaded with poison gas on the farmland.", [("Chemical weapon", "dropped")]),
        ("The residence of the minister has been targeted with a grenade attack.", [("Grenade", "targeted")]),
    ],
)
def test_sentence_rule_types_weak_or_missing_trigger(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


def test_sentence_after_non_acled_one_drops_weak_trigger(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTLINES_EVENT_MODEL", "0")  # the rules' own context check, without the model's vote
    assert _events("Security forces imposed a curfew in the town.") == [("Other", "curfew")]
    assert _events("The earthquake struck the region on Monday. Security forces imposed a curfew in the town.") == []
