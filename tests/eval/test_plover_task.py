"""The PLOVER task on a three-record file we write: dev (odd positions) and held-out (even) splits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontlines.errors import InputError
from frontlines.eval.tasks import plover

RECORDS = [
    {  # position 0: held out
        "text": "Syrian soldiers shelled the village of Kansafra on Monday.",
        "source": [{"actorText": "Syrian soldiers", "sector": "MIL"}],
        "target": [],
        "event": "ASSAULT",
        "textInfo": {"markup": "(SRC: Syrian soldiers) (EVT: shelled) the village of Kansafra on Monday."},
    },
    {  # position 1: dev
        "text": "Rebels attacked army positions near Hama.",
        "source": [{"actorText": "Rebels", "sector": "REB"}],
        "target": [{"actorText": "army", "sector": "MIL"}],
        "event": "FIGHT",
        "textInfo": {"markup": "(SRC: Rebels) (EVT: attacked) (TAR: army) positions near Hama."},
    },
    {  # position 2: held out, sector typed wrongly on purpose ("villagers" is CVL, gold says LAB)
        "text": "Police will arrest the villagers.",
        "source": [{"actorText": "Police", "sector": "COP"}],
        "target": [{"actorText": "villagers", "sector": "LAB"}],
        "event": "COERCE",
        "textInfo": {"markup": "(SRC: Police) (EVT: will arrest) the (TAR: villagers)."},
    },
]


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    (tmp_path / "plover").mkdir()
    (tmp_path / "plover" / "plover_gsr.json").write_text(json.dumps(RECORDS), encoding="utf-8")
    return tmp_path


def test_splits_by_position(data_dir: Path) -> None:
    metrics = {m.metric: (round(m.value, 3), m.n) for m in plover.run(data_dir)}
    assert metrics["sector_accuracy_gold_span"] == (0.8, 5)
    assert metrics["sector_accuracy_gold_span_dev"] == (1.0, 2)
    assert metrics["sector_accuracy_gold_span_heldout"] == (0.667, 3)
    assert metrics["target_span_overlap_r_dev"] == (1.0, 1)
    # "will arrest": the roles hang off the verb, so the object is found through the auxiliary
    assert metrics["target_span_overlap_r_heldout"] == (1.0, 2)
    assert metrics["source_span_exact_r"] == (1.0, 3)


def test_missing_file_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read PLOVER records"):
        plover.run(tmp_path)
