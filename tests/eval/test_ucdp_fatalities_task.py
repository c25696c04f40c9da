import csv
from pathlib import Path

from frontlines.eval.tasks import ucdp_fatalities


def _write(data_dir: Path, headlines: list[str]) -> None:
    path = data_dir / ucdp_fatalities.DATASETS[0]
    path.parent.mkdir(parents=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["source_headline", "best", "low", "high"])
        writer.writeheader()
        for h in headlines:
            writer.writerow({"source_headline": h, "best": "3", "low": "3", "high": "3"})


def test_limit_counts_scored_rows_not_rows_read(tmp_path: Path) -> None:
    _write(tmp_path, ["Talks resume in Geneva", "Market reopens", "3 killed in shelling", "Convoy attacked, 5 dead"])
    rows = ucdp_fatalities.load(tmp_path, limit=1)
    assert [(n, r["source_headline"]) for n, r in rows] == [(2, "3 killed in shelling")]
    assert [n for n, _ in ucdp_fatalities.load(tmp_path)] == [2, 3]
