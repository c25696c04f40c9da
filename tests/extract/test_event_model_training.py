"""Training the event-type model, swapping its weights per fold, and the shipped weights' provenance."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from frontlines.errors import FrontlinesError, InputError
from frontlines.extract import event_model
from frontlines.extract.event_rules import taxonomy

CUES = ["bomb", "protest", "earthquake", "march"]


def _cue_vectors(texts: list[str]) -> np.ndarray:
    """A stand-in embedding: one dimension per cue word, so fits are instant and predictable."""
    rows = np.array([[t.lower().count(cue) for cue in CUES] + [0.1] for t in texts], dtype="float32")
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


PAIRS = [
    ("A car bomb exploded at the market.", "Remote explosive/landmine/IED"),
    ("A roadside bomb hit the convoy.", "Remote explosive/landmine/IED"),
    ("A bomb went off near the checkpoint.", "Remote explosive/landmine/IED"),
    ("Students held a protest march downtown.", "Peaceful protest"),
    ("Workers joined a protest outside parliament.", "Peaceful protest"),
    ("Hundreds staged a silent march for peace.", "Peaceful protest"),
    ("An earthquake flattened the old town.", event_model.NOT_ACLED),
    ("The earthquake cut power to the valley.", event_model.NOT_ACLED),
    ("A strong earthquake shook the coast.", event_model.NOT_ACLED),
]


@pytest.fixture
def cue_embedding(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(event_model, "embed", _cue_vectors)


def test_train_fits_every_label_and_records_its_source(cue_embedding: None) -> None:
    weights = event_model.train(PAIRS, source="fixture")
    assert list(weights.classes) == ["NOT_ACLED", "Peaceful protest", "Remote explosive/landmine/IED"]
    assert weights.coef.shape == (3, len(CUES) + 1)
    assert weights.source == "fixture"


def test_using_weights_swaps_the_model_only_inside_the_block(cue_embedding: None) -> None:
    fold = event_model.train(PAIRS)
    other = event_model.train([(t, "Armed clash" if label == "Peaceful protest" else label) for t, label in PAIRS])
    text = ["Thousands joined the protest."]
    with event_model.using_weights(fold):
        assert event_model.current_weights() is fold
        assert event_model.classify(text)[0].label == "Peaceful protest"
        with event_model.using_weights(other):
            assert event_model.classify(text)[0].label == "Armed clash"
        assert event_model.classify(text)[0].label == "Peaceful protest"
    assert event_model._override.get() is None  # back to the default model


def test_train_rejects_unusable_pairs(cue_embedding: None) -> None:
    with pytest.raises(InputError, match="non-empty list of"):
        event_model.train([])
    with pytest.raises(InputError, match="at least two labels"):
        event_model.train(PAIRS[:3])


def test_weights_round_trip_through_npz(cue_embedding: None, tmp_path) -> None:
    weights = replace(event_model.train(PAIRS, source="fixture"), rule_boosts={"Riots": 64.0, "Protests": 1.0})
    path = tmp_path / "w.npz"
    weights.save(path)
    loaded = event_model.Weights.load(path)
    assert list(loaded.classes) == list(weights.classes) and loaded.source == "fixture"
    assert loaded.rule_boosts == {"Protests": 1.0, "Riots": 64.0}
    x = _cue_vectors(["a bomb and a protest"])
    assert np.allclose(loaded.predict_proba(x), weights.predict_proba(x), atol=1e-5)


def test_unreadable_weights_are_a_one_line_error(tmp_path) -> None:
    path = tmp_path / "broken.npz"
    path.write_bytes(b"not a zip")
    with pytest.raises(FrontlinesError) as info:
        event_model.Weights.load(path)
    assert "cannot read event model weights" in str(info.value) and "\n" not in str(info.value)


def test_embeddings_are_remembered_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []

    class Encoder:
        def encode(self, texts: list[str], **_kw: object) -> np.ndarray:
            calls.append(list(texts))
            return _cue_vectors(texts)

    monkeypatch.setattr(event_model, "_encoder", lambda: Encoder())
    monkeypatch.setattr(event_model, "_embedded", type(event_model._embedded)())
    first = event_model.embed(["a bomb", "a protest"])
    again = event_model.embed(["a protest", "an earthquake", "a bomb"])
    assert calls == [["a bomb", "a protest"], ["an earthquake"]]
    assert np.array_equal(again[0], first[1]) and np.array_equal(again[2], first[0])


shipped = pytest.mark.skipif(not event_model.shipped_weights_path().is_file(), reason="no shipped weights")


@shipped
def test_shipped_weights_cover_the_taxonomy_and_match_the_current_examples() -> None:
    weights = event_model.Weights.load(event_model.shipped_weights_path())
    assert set(weights.classes) == set(taxonomy()) | {event_model.NOT_ACLED}
    assert weights.coef.shape == (len(weights.classes), 384)
    # stale weights (examples.yaml edited since): rerun scripts/train_event_model.py --write
    assert f"examples.yaml@{event_model.examples_digest()}" in weights.source


def test_detector_lets_a_confident_model_retype_generic_labels_of_catch_all_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    from frontlines.extract.events import detect_events
    from frontlines.nlp import parse

    monkeypatch.setattr(event_model, "enabled", lambda: True)

    def classify(texts: list[str], rule_labels: list[str | None] | None = None) -> list[event_model.ModelGuess]:
        """Says "Abduction/forced disappearance" unless told a rule's label, which it then agrees with."""
        return [event_model.ModelGuess(rule or "Abduction/forced disappearance", 0.8) for rule in rule_labels or [None] * len(texts)]

    monkeypatch.setattr(event_model, "classify", classify)

    def labels(text: str) -> list[str]:
        return [m.label.sub_event_type for s in parse(text).sents for m in detect_events(s)]

    # "ambushed a patrol" is typed "Armed clash" by its family rule (score 0.7); the sentence matches only a catch-all rule
    assert labels("Militants ambushed a patrol near the border.") == ["Abduction/forced disappearance"]
    # a specific sentence rule (attack on civilians) keeps the model out
    assert labels("Gunmen attacked villagers in the market.") == ["Attack"]
