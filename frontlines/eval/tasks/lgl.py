"""LGL (Lieberman et al. 2010): local US news, many small places. Same metrics as
GeoWebNews; toponyms without a gazetteer tag count for recognition only."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from frontlines.eval.metrics import Metric
from frontlines.eval.tasks._geoparse_scoring import Article, GoldToponym, score_geoparsing

NAME = "lgl"
DATASETS = ["geoparsing/lgl.xml"]


def run(data_dir: Path, limit: int | None = None) -> list[Metric]:
    return score_geoparsing(NAME, read_articles(Path(data_dir) / DATASETS[0], limit))


def read_articles(path: Path, limit: int | None = None) -> list[Article]:
    root = ET.parse(path).getroot()
    articles = []
    for node in root.findall("article")[:limit]:
        article = Article(node.findtext("text") or "")
        for top in node.find("toponyms") or []:
            lat, lon = top.findtext("gaztag/lat"), top.findtext("gaztag/lon")
            article.toponyms.append(
                GoldToponym(
                    int(top.findtext("start")),
                    int(top.findtext("end")),
                    float(lat) if lat else None,
                    float(lon) if lon else None,
                )
            )
        articles.append(article)
    return articles
