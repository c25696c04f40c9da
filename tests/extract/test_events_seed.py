"""The seed article (../shared/seed), when present: the events an ACLED coder would record."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from frontlines.extract.actors import find_actors
from frontlines.extract.events import detect_events
from frontlines.nlp import parse

SHARED = Path(os.environ.get("FRONTLINES_SHARED_DATA", Path(__file__).resolve().parents[2] / ".." / "shared" / "data"))
SEED = SHARED.parent / "seed" / "daraa-2021-07-30.txt"

pytestmark = [pytest.mark.shared_data, pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not available")]


def _body() -> str:
    text = SEED.read_text(encoding="utf-8")
    return text[text.index("Opposition fighters") :]  # headline, date line and photo caption are the ingest stage's job


def test_seed_events_types_framing_and_actors() -> None:
    doc = parse(_body())
    coded = []
    for sent in doc.sents:
        for m in detect_events(sent):
            roles = find_actors(sent, m, "Syria")
            coded.append(
                (
                    m.label.sub_event_type,
                    m.background,
                    m.civilian_targeting,
                    roles.actor1.name if roles.actor1 else None,
                    roles.actor2.name if roles.actor2 else None,
                )
            )
    regime = "Military Forces of Syria (2000-)"
    new_events = [c for c in coded if not c[1]]
    assert new_events == [
        ("Non-state actor overtakes territory", False, False, "Opposition Rebels (Syria)", regime),
        ("Agreement", False, False, "Daraa Central Committee", regime),
        ("Armed clash", False, False, regime, None),
        ("Shelling/artillery/missile attack", False, True, regime, "Civilians (Syria)"),
        ("Non-state actor overtakes territory", False, False, "Unidentified Armed Group (Syria)", regime),
        # "They also seized … the Nasib border crossing": taken, like the checkpoints before it, from regime forces
        ("Non-state actor overtakes territory", False, False, "Unidentified Armed Group (Syria)", regime),
    ]
    background = [c[0] for c in coded if c[1]]
    assert background.count("Peaceful protest") == 2
    assert "Attack" in background and "Abduction/forced disappearance" in background
