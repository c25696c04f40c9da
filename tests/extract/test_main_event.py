"""A report's main event; a short report's is typed from its whole text, long reports keep per-sentence typing."""

from __future__ import annotations

import pytest

from frontlines.extract import event_model, events
from frontlines.extract.event_rules import event_label
from frontlines.extract.main_event import (
    SHORT_REPORT_SENTENCES,
    SHORT_REPORT_WORDS,
    main_mention,
    type_short_report,
)
from frontlines.extract.types import EventLabel, EventMention
from frontlines.model import Span
from frontlines.nlp import parse


def _mention(sub_event_type: str, score: float, start: int, *, background: bool = False) -> EventMention:
    return EventMention(event_label(sub_event_type, score), Span(start, start + 5, "xxxxx"), start, Span(0, 100, ""), background=background)


@pytest.fixture
def whole_text_says(monkeypatch: pytest.MonkeyPatch):
    """Make classify_text answer `label` (None: not an ACLED event) for any text."""

    def set_label(label: EventLabel | None) -> None:
        monkeypatch.setattr(event_model, "enabled", lambda: True)
        monkeypatch.setattr(events, "classify_text", lambda text: label)

    return set_label


def test_short_report_main_event_takes_the_whole_texts_type_and_keeps_its_score(whole_text_says) -> None:
    whole_text_says(event_label("Protest with intervention", 0.9))
    rallied = _mention("Peaceful protest", 0.8, 0)
    history = _mention("Armed clash", 0.8, 10, background=True)
    typed = type_short_report(parse("Hundreds rallied in the capital. Police later fired tear gas."), [history, rallied])
    assert typed[0] is history
    assert typed[1].label == event_label("Protest with intervention", 0.8)
    assert typed[1].trigger == rallied.trigger and not typed[1].civilian_targeting


def test_short_report_the_whole_text_calls_no_event_drops_its_live_mentions(whole_text_says) -> None:
    whole_text_says(None)
    blast = _mention("Remote explosive/landmine/IED", 0.8, 0)
    history = _mention("Armed clash", 0.8, 10, background=True)
    assert type_short_report(parse("A gas cylinder exploded in a restaurant kitchen."), [blast, history]) == [None, history]


def test_long_reports_and_runs_without_the_model_keep_their_mentions(whole_text_says, monkeypatch: pytest.MonkeyPatch) -> None:
    whole_text_says(event_label("Attack", 0.9))
    clash = _mention("Armed clash", 0.8, 0)
    many_words = parse(" ".join(["Gunmen attacked the village"] * (SHORT_REPORT_WORDS // 4 + 1)) + ".")
    assert type_short_report(many_words, [clash]) == [clash]
    many_sentences = parse(" ".join(["Gunmen attacked the village."] * (SHORT_REPORT_SENTENCES + 1)))
    assert type_short_report(many_sentences, [clash]) == [clash]
    monkeypatch.setattr(event_model, "enabled", lambda: False)
    assert type_short_report(parse("Gunmen attacked the village."), [clash]) == [clash]
    assert type_short_report(parse("Nothing happened."), []) == []


def test_main_mention_falls_back_to_the_first_when_none_is_specific() -> None:
    arrest = _mention("Arrests", 0.4, 0)
    clash = _mention("Armed clash", 0.6, 10)
    assert main_mention([arrest, clash]) is arrest


def test_main_mention_codes_a_demonstration_by_its_most_escalated_form() -> None:
    rallied = _mention("Peaceful protest", 0.4, 0)
    dispersed = _mention("Protest with intervention", 0.5, 10)
    clashed = _mention("Violent demonstration", 0.6, 20)
    assert main_mention([rallied, clashed]) is clashed
    assert main_mention([dispersed, rallied, clashed]) is clashed
    assert main_mention([rallied, dispersed]) is dispersed
    assert main_mention([dispersed, rallied]) is dispersed


def test_main_mention_makes_a_takeover_after_a_withdrawal_a_non_violent_transfer() -> None:
    withdrew = _mention("Change to group/activity", 0.5, 0)
    seized = _mention("Non-state actor overtakes territory", 0.8, 10)
    unopposed = _mention("Non-violent transfer of territory", 0.4, 20)
    assert main_mention([withdrew, unopposed]) is unopposed
    assert main_mention([seized, unopposed]) is unopposed
    assert main_mention([withdrew, seized]) is seized  # no cue that nobody fought
    background = _mention("Non-violent transfer of territory", 0.8, 30, background=True)
    assert main_mention([seized, background]) is seized


def test_a_report_that_only_recalls_history_is_about_that_history() -> None:
    graves = _mention("Other", 0.8, 0, background=True)
    killed = _mention("Attack", 0.5, 10, background=True)
    assert main_mention([graves, killed]) is graves
    assert main_mention([killed, _mention("Arrests", 0.8, 20)]).label.sub_event_type == "Arrests"


def test_short_report_without_a_trigger_gets_the_event_its_whole_text_tells(whole_text_says) -> None:
    from frontlines.extract.main_event import detect_report

    text = "Residents described terrible scenes in Kharian on Sunday."
    whole_text_says(event_label("Attack", 0.9))
    [(sent, mention)] = detect_report(parse(text))
    assert (mention.label.sub_event_type, mention.trigger.text, mention.confidence) == ("Attack", "described", 0.5)
    assert sent.text == text
    whole_text_says(event_label("Attack", 0.3))  # no cue word, and the model is not sure enough
    assert detect_report(parse(text)) == []


def test_whole_text_event_of_a_reported_sentence_is_anchored_on_what_was_said(whole_text_says) -> None:
    from frontlines.extract.main_event import detect_report

    whole_text_says(event_label("Agreement", 0.6))
    [(_, mention)] = detect_report(parse("Officials said the rebels freed 40 captives in Juba on Monday."))
    assert (mention.label.sub_event_type, mention.trigger.text) == ("Agreement", "freed")
    [(_, mention)] = detect_report(parse("Elders reconciled the two clans in Galkayo on Monday, officials said."))
    assert (mention.label.sub_event_type, mention.trigger.text) == ("Agreement", "reconciled")
    assert detect_report(parse("The minister said the talks would resume next week.")) == []


def test_whole_text_event_is_not_made_of_a_plan_a_comment_or_a_long_report(whole_text_says) -> None:
    from frontlines.extract.main_event import detect_report

    whole_text_says(event_label("Armed clash", 0.9))
    assert detect_report(parse("Rebels plan to attack the town next week.")) == []
    assert detect_report(parse("Analysts say the airstrikes could escalate the conflict in the north.")) == []
    long_report = " ".join(["Residents described terrible scenes in Kharian on Sunday."] * (SHORT_REPORT_SENTENCES + 1))
    assert detect_report(parse(long_report)) == []


def test_a_short_report_of_a_habit_or_a_response_deployment_has_no_event() -> None:
    from frontlines.extract.main_event import detect_report
    from frontlines.nlp import parse

    assert detect_report(parse("Every day there are fresh clashes along the front.")) == []
    assert detect_report(parse("Police were deployed to the market to protect traders.")) == []
