"""Shared scoring for the geoparsing corpora (GeoWebNews, LGL): toponym span P/R/F1 and
resolution error in km, using frontlines.eval.metrics."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from frontlines.eval.metrics import Metric, accuracy_at_km, haversine_km, mean, median, span_prf

NOT_RESOLVED_KM = 20_000.0  # recognised but no coordinates: counted as maximally wrong
# Country points (country_points.csv, mostly CIA Factbook coordinates) can still sit >161 km from
# the GeoNames country point the corpora use (Canada, Japan): below-country accuracy is reported separately.
COUNTRY_LEVEL = frozenset({"PCLI", "CONT"})


@dataclass
class GoldToponym:
    start: int
    end: int
    latitude: float | None
    longitude: float | None


@dataclass
class Article:
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def score_geoparsing(task: str, articles: list[Article]) -> list[Metric]:
    from frontlines.geo.resolve import resolved_with_matches
    from frontlines.geo.recognize import find_toponyms
    from frontlines.nlp import get_nlp

    gold_spans: list[tuple[int, int]] = []
    pred_spans: list[tuple[int, int]] = []
    errors_recognised: list[float] = []
    errors_subnational: list[float] = []  # predictions below country/continent level
    errors_all: list[float] = []
    offset = 0
    docs = get_nlp().pipe([a.text for a in articles], batch_size=16)
    for article, doc in zip(articles, docs):
        found = find_toponyms(article.text, doc)
        resolved = {r.span.start: r for r, _ in resolved_with_matches(doc)}
        pred_spans += [(t.span.start + offset, t.span.end + offset) for t in found]
        gold_spans += [(g.start + offset, g.end + offset) for g in article.toponyms]
        for gold in article.toponyms:
            if gold.latitude is None or gold.longitude is None:
                continue
            hit = next((t for t in found if t.span.start < gold.end and gold.start < t.span.end), None)
            if hit is None:
                errors_all.append(NOT_RESOLVED_KM)
                continue
            chosen = resolved.get(hit.span.start)
            if chosen is None or chosen.location.latitude is None:
                error = NOT_RESOLVED_KM
            else:
                loc = chosen.location
                error = haversine_km(gold.latitude, gold.longitude, loc.latitude, loc.longitude)
                if chosen.feature_code not in COUNTRY_LEVEL:
                    errors_subnational.append(error)
            errors_recognised.append(error)
            errors_all.append(error)
        offset += len(article.text) + 1
    exact = span_prf(gold_spans, pred_spans, exact=True)
    overlap = span_prf(gold_spans, pred_spans, exact=False)
    n_gold, n_rec = len(gold_spans), len(errors_recognised)
    return [
        Metric(task, "toponym_precision", exact.precision, len(pred_spans)),
        Metric(task, "toponym_recall", exact.recall, n_gold),
        Metric(task, "toponym_f1", exact.f1, n_gold),
        Metric(task, "toponym_f1_overlap", overlap.f1, n_gold),
        Metric(task, "resolution_accuracy_at_161km", accuracy_at_km(errors_recognised, 161.0), n_rec),
        Metric(task, "resolution_accuracy_at_161km_below_country", accuracy_at_km(errors_subnational, 161.0), len(errors_subnational)),
        Metric(task, "resolution_mean_error_km", mean(errors_recognised), n_rec),
        Metric(task, "resolution_median_error_km", median(errors_recognised), n_rec),
        Metric(task, "end_to_end_accuracy_at_161km", accuracy_at_km(errors_all, 161.0), len(errors_all)),
    ]


def read_xml_articles(
    path: Path,
    limit: int | None,
    *,
    lat_path: str,
    lon_path: str,
    keep: Callable[[ET.Element], bool] = lambda toponym: True,
) -> list[Article]:
    """Articles of the GeoWebNews/LGL XML layout; the corpora differ only in where coordinates sit."""
    root = ET.parse(path).getroot()
    articles = []
    for node in root.findall("article")[:limit]:
        article = Article(node.findtext("text") or "")
        for top in node.find("toponyms") or []:
            if not keep(top):
                continue
            lat, lon = top.findtext(lat_path), top.findtext(lon_path)
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
