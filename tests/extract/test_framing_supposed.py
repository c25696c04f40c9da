"""Framing that makes a trigger no report of an event: denials, conditions, habits, quoted situations, pretexts (issue #5)."""

from __future__ import annotations

from frontlines.extract.framing import (
    is_commentary,
    is_cumulative,
    is_habitual,
    is_irrealis,
    is_quoted_ongoing,
)
from tests.extract.parsed import sentence_at


def test_a_denied_killing_is_not_reported() -> None:
    assert is_irrealis(*sentence_at("The army denied that civilians were killed in the operation.", "killed")) is True
    assert is_irrealis(*sentence_at("The army said that civilians were killed in the operation.", "killed")) is False


def test_an_event_noun_subject_of_a_condition_or_modal_is_supposed() -> None:
    assert is_irrealis(*sentence_at("If fighting reaches the port, supplies could be cut off.", "fighting")) is True
    assert is_irrealis(*sentence_at("Clashes could erupt along the border.", "Clashes")) is True


def test_a_negated_verb_does_not_make_its_subject_event_unreal() -> None:
    assert is_irrealis(*sentence_at("The fighting did not stop until dawn.", "fighting")) is False


def test_present_tense_every_week_is_habitual_but_past_is_not() -> None:
    assert is_habitual(*sentence_at("Every week there are new killings in the valley.", "killings")) is True
    assert is_habitual(*sentence_at("Every day last week, militants attacked the villages.", "attacked")) is False
    assert is_habitual(*sentence_at("Militants attack villages in the valley.", "attack")) is False


def test_a_present_progressive_inside_a_quotation_is_a_situation() -> None:
    assert is_quoted_ongoing(*sentence_at('"The militias are shooting at our houses," a resident said.', "shooting")) is True
    assert is_quoted_ongoing(*sentence_at("The militias are shooting at houses in the district.", "shooting")) is False
    assert is_quoted_ongoing(*sentence_at('"The militias shot at our houses," a resident said.', "shot")) is False


def test_a_cause_invoked_in_the_name_of_is_commentary() -> None:
    assert is_commentary(*sentence_at("The minister said the roads were closed in the name of protest.", "protest")) is True
    assert is_commentary(*sentence_at("Thousands joined the protest in the capital.", "protest")) is False


def test_a_wave_of_events_is_a_trend_unless_it_is_the_subject_of_the_news() -> None:
    assert is_commentary(*sentence_at("Borno has been at the centre of a spate of abductions.", "abductions")) is True
    assert is_commentary(*sentence_at("A wave of strikes hit Kyiv overnight.", "strikes")) is False


def test_an_event_called_for_is_not_yet_held() -> None:
    assert is_irrealis(*sentence_at("The opposition has called for weekly demonstrations.", "demonstrations")) is True


def test_arrests_counted_across_the_country_are_a_running_total() -> None:
    assert is_cumulative(*sentence_at("He said 300 people had been arrested across the country.", "arrested")) is True
    assert is_cumulative(*sentence_at("He said 30 people had been arrested in Kisumu.", "arrested")) is False


def test_a_wave_launched_is_an_attack_not_a_trend() -> None:
    assert is_commentary(*sentence_at("The rebels said they had launched a wave of drones at the base.", "drones")) is False
