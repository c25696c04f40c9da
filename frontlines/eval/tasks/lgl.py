"""LGL (Lieberman et al. 2010): local US news, many small places. Same metrics as
GeoWebNews; toponyms without a gazetteer tag count for recognition only."""

from __future__ import annotations

from pathlib import Path

from frontlines.eval.metrics import Metric
from frontlines.eval.tasks._geoparse_scoring import Article, read_xml_articles, score_geoparsing

NAME = "lgl"
DATASETS = ["geoparsing/lgl.xml"]


def run(data_dir: Path, limit: int | None = None) -> list[Metric]:
    return score_geoparsing(NAME, read_articles(Path(data_dir) / DATASETS[0], limit))


def read_articles(path: Path, limit: int | None = None) -> list[Article]:
    return read_xml_articles(path, limit, lat_path="gaztag/lat", lon_path="gaztag/lon")
