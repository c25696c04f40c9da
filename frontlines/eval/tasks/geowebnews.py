"""GeoWebNews (Gritta et al. 2019): toponym recognition P/R/F1 and resolution accuracy@161 km.

Gold toponyms are the annotated types that name a place, literally or by association
(Literal, Mixed, Coercion, Embedded_Literal, Literal_Modifier, Metonymic,
Non_Literal_Modifier, Embedded_Non_Lit, Demonym); the corpus's common-noun expressions
("the church"), Non_Toponym, Homonym and Language annotations are not toponyms.
Resolution is scored on gold toponyms with coordinates that the system recognised.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from frontlines.eval.metrics import Metric
from frontlines.eval.tasks._geoparse_scoring import Article, GoldToponym, score_geoparsing

NAME = "geowebnews"
DATASETS = ["geoparsing/GWN.xml"]
TOPONYM_TYPES = frozenset({
    "Literal", "Mixed", "Coercion", "Embedded_Literal", "Literal_Modifier",
    "Metonymic", "Non_Literal_Modifier", "Embedded_Non_Lit", "Demonym",
})


def run(data_dir: Path, limit: int | None = None) -> list[Metric]:
    return score_geoparsing(NAME, read_articles(Path(data_dir) / DATASETS[0], limit))


def read_articles(path: Path, limit: int | None = None) -> list[Article]:
    root = ET.parse(path).getroot()
    articles = []
    for node in root.findall("article")[:limit]:
        article = Article(node.findtext("text") or "")
        for top in node.find("toponyms") or []:
            if top.findtext("type") not in TOPONYM_TYPES:
                continue
            lat, lon = top.findtext("latitude"), top.findtext("longitude")
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
