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


@dataclass
class _Scored:
    """One article's spans (offset into the concatenated corpus) and resolution errors."""

    gold: list[tuple[int, int]] = field(default_factory=list)
    pred: list[tuple[int, int]] = field(default_factory=list)
    errors_recognised: list[float] = field(default_factory=list)
    errors_subnational: list[float] = field(default_factory=list)  # predictions below country/continent level
    errors_all: list[float] = field(default_factory=list)


def score_geoparsing(task: str, articles: list[Article], splits: dict[str, range] | None = None) -> list[Metric]:
    """All metrics over every article, then recognition and resolution again for each named split
    (e.g. {"dev": range(0, 80), "heldout": range(80, 200)}: tuning rows vs held-out rows)."""
    from frontlines.nlp import get_nlp

    docs = get_nlp().pipe([a.text for a in articles], batch_size=16)
    scored = []
    offset = 0
    for article, doc in zip(articles, docs):
        scored.append(_score_article(article, doc, offset))
        offset += len(article.text) + 1
    metrics = _metrics(task, "", scored, full=True)
    for name, rows in (splits or {}).items():
        subset = [scored[i] for i in rows if i < len(scored)]
        if subset:
            metrics += _metrics(task, f"_{name}", subset, full=False)
    return metrics


def _score_article(article: Article, doc, offset: int) -> _Scored:
    from frontlines.geo.recognize import find_toponyms
    from frontlines.geo.resolve import resolved_with_matches

    found = find_toponyms(article.text, doc)
    resolved = {r.span.start: r for r, _ in resolved_with_matches(doc)}
    out = _Scored(
        gold=[(g.start + offset, g.end + offset) for g in article.toponyms],
        pred=[(t.span.start + offset, t.span.end + offset) for t in found],
    )
    for gold in article.toponyms:
        if gold.latitude is None or gold.longitude is None:
            continue
        hit = next((t for t in found if t.span.start < gold.end and gold.start < t.span.end), None)
        if hit is None:
            out.errors_all.append(NOT_RESOLVED_KM)
            continue
        chosen = resolved.get(hit.span.start)
        if chosen is None or chosen.location.latitude is None:
            error = NOT_RESOLVED_KM
        else:
            loc = chosen.location
            error = haversine_km(gold.latitude, gold.longitude, loc.latitude, loc.longitude)
            if chosen.feature_code not in COUNTRY_LEVEL:
                out.errors_subnational.append(error)
        out.errors_recognised.append(error)
        out.errors_all.append(error)
    return out


def _metrics(task: str, suffix: str, scored: list[_Scored], *, full: bool) -> list[Metric]:
    gold_spans = [s for a in scored for s in a.gold]
    pred_spans = [s for a in scored for s in a.pred]
    recognised = [e for a in scored for e in a.errors_recognised]
    subnational = [e for a in scored for e in a.errors_subnational]
    every = [e for a in scored for e in a.errors_all]
    exact = span_prf(gold_spans, pred_spans, exact=True)
    overlap = span_prf(gold_spans, pred_spans, exact=False)
    n_gold, n_rec = len(gold_spans), len(recognised)
    rows = [
        Metric(task, f"toponym_precision{suffix}", exact.precision, len(pred_spans)),
        Metric(task, f"toponym_recall{suffix}", exact.recall, n_gold),
        Metric(task, f"toponym_f1{suffix}", exact.f1, n_gold),
        Metric(task, f"toponym_f1_overlap{suffix}", overlap.f1, n_gold),
        Metric(task, f"resolution_accuracy_at_161km{suffix}", accuracy_at_km(recognised, 161.0), n_rec),
    ]
    if full:
        rows += [
            Metric(task, "resolution_accuracy_at_161km_below_country", accuracy_at_km(subnational, 161.0), len(subnational)),
            Metric(task, "resolution_mean_error_km", mean(recognised), n_rec),
            Metric(task, "resolution_median_error_km", median(recognised), n_rec),
        ]
    rows.append(Metric(task, f"end_to_end_accuracy_at_161km{suffix}", accuracy_at_km(every, 161.0), len(every)))
    return rows


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
