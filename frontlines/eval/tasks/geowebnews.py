"""GeoWebNews (Gritta et al. 2019): toponym recognition P/R/F1 and resolution accuracy@161 km.

Gold toponyms are the annotated types that name a place, literally or by association
(Literal, Mixed, Coercion, Embedded_Literal, Literal_Modifier, Metonymic,
Non_Literal_Modifier, Embedded_Non_Lit, Demonym); the corpus's common-noun expressions
("the church"), Non_Toponym, Homonym and Language annotations are not toponyms.
Resolution is scored on gold toponyms with coordinates that the system recognised.
Recognition rules were tuned by reading errors on articles 0-79 only: `*_dev` metrics cover
those, `*_heldout` metrics articles 80-199 (quote these).
"""

from __future__ import annotations

from pathlib import Path

from frontlines.eval.metrics import Metric
from frontlines.eval.tasks._geoparse_scoring import Article, read_xml_articles, score_geoparsing

NAME = "geowebnews"
DATASETS = ["geoparsing/GWN.xml"]
TOPONYM_TYPES = frozenset({
    "Literal", "Mixed", "Coercion", "Embedded_Literal", "Literal_Modifier",
    "Metonymic", "Non_Literal_Modifier", "Embedded_Non_Lit", "Demonym",
})


SPLITS = {"dev": range(0, 80), "heldout": range(80, 200)}


def run(data_dir: Path, limit: int | None = None) -> list[Metric]:
    return score_geoparsing(NAME, read_articles(Path(data_dir) / DATASETS[0], limit), SPLITS)


def read_articles(path: Path, limit: int | None = None) -> list[Article]:
    return read_xml_articles(
        path, limit, lat_path="latitude", lon_path="longitude", keep=lambda top: top.findtext("type") in TOPONYM_TYPES
    )
