"""Actor evidence spans and the roles found from a given trigger: counts, places and other actors stay out of the span."""

from __future__ import annotations

import pytest

from frontlines.extract.actors import find_actors
from frontlines.extract.types import ActorRoles, EventLabel, EventMention
from frontlines.model import Span
from frontlines.nlp import parse

BATTLE = EventLabel("Battles", "Armed clash", "Political violence")
OTHER = EventLabel("Strategic developments", "Other", "Strategic developments")


def roles_at(text: str, trigger: str, label: EventLabel = OTHER, hint: str | None = "Syria") -> ActorRoles:
    """Roles of the event whose trigger is the first `trigger` word, without depending on event detection."""
    doc = parse(text)
    tok = next(t for t in doc if t.text == trigger)
    sent = tok.sent
    mention = EventMention(
        label=label,
        trigger=Span(tok.idx, tok.idx + len(tok.text), tok.text),
        trigger_token=tok.i,
        sentence=Span(sent.start_char, sent.end_char, sent.text),
    )
    return find_actors(sent, mention, hint)


def spans(roles: ActorRoles) -> tuple:
    text = lambda a: a.span.text if a is not None and a.span is not None else None
    return text(roles.actor1), text(roles.actor2)


def test_place_after_the_group_is_not_part_of_the_span() -> None:
    roles = roles_at("Armed men from the area captured three checkpoints from regime forces.", "captured")
    assert (roles.actor1.name, spans(roles)) == ("Unidentified Armed Group (Syria)", ("Armed men", "regime forces"))


def test_named_place_after_the_group_is_cut() -> None:
    roles = roles_at("Rebels ambushed soldiers near Deir ez-Zor on Monday.", "ambushed", BATTLE)
    assert spans(roles) == ("Rebels", "soldiers")


def test_article_and_count_are_not_part_of_the_span() -> None:
    roles = roles_at("The rebels killed about 20 soldiers in Tafas.", "killed", BATTLE)
    assert spans(roles) == ("rebels", "soldiers")


def test_withdrawal_demanded_targets_the_withdrawing_forces() -> None:
    roles = roles_at("Protesters demanded the withdrawal of Turkish troops from Afrin.", "demanded")
    assert (roles.actor2.name, roles.actor2.inter) == ("Military Forces of Turkey (2002-)", 8)


def test_called_for_sanctions_against_names_the_target() -> None:
    roles = roles_at("The opposition called for sanctions against Iran on Sunday.", "called")
    assert roles.actor2.name == "Government of Iran"


def test_own_forces_after_for_are_not_a_target() -> None:
    roles = roles_at("The UN rejected a call for its peacekeepers to leave.", "rejected")
    assert roles.actor2 is None


def test_partner_of_a_joint_offensive_is_an_associated_actor_not_the_target() -> None:
    roles = roles_at("Regime forces launched an offensive with loyalist militias on Tuesday.", "launched", BATTLE)
    assert (roles.actor2, [a.name for a in roles.assoc_actor_1]) == (None, ["Pro-Government Militia (Syria)"])

@pytest.mark.parametrize(
    ("text", "trigger", "hint", "actor2", "span"),
    [
        pytest.param("Gunmen attacked residents of Tafas on Monday.", "attacked", "Syria", "Civilians (Syria)", "residents of Tafas", id="of_phrase_stays_in_the_span"),
        pytest.param("The UN is investigating crimes by militants against civilians in Idlib.", "investigating", "Syria", "Unidentified Armed Group (Syria)", "militants", id="second_actor_after_against_is_cut_from_the_span"),
        pytest.param("The rebels rejected a Russian request to hand over their weapons.", "rejected", None, "Government of Russia (2000-)", "Russian", id="author_of_a_rejected_request_is_the_target"),
        pytest.param("The committee rejected the regime's latest demands on Monday.", "rejected", "Syria", "Military Forces of Syria (2000-)", "regime", id="possessor_of_a_demand_is_the_target_without_its_modifiers"),
        pytest.param("The government bowed to demands from the rebels on Sunday.", "bowed", "Syria", "Opposition Rebels (Syria)", "rebels", id="demands_from_a_group_name_that_group"),
        pytest.param("The army issued an ultimatum to the rebels in Tafas.", "issued", "Syria", "Opposition Rebels (Syria)", "rebels", id="dative_names_the_target"),
        pytest.param("The government granted an amnesty to former fighters in Daraa.", "granted", "Syria", "Civilians (Syria)", "former fighters", id="target_of_a_light_verb_object_after_to"),
        pytest.param("The army refused to lift the siege on residents of Daraa al-Balad.", "refused", "Syria", "Civilians (Syria)", "residents of Daraa al-Balad", id="object_of_a_refused_action_gives_the_target"),
    ],
)
def test_target_name_and_span(text: str, trigger: str, hint: str | None, actor2: str, span: str) -> None:
    roles = roles_at(text, trigger, hint=hint)
    assert (roles.actor2.name, spans(roles)[1]) == (actor2, span)
