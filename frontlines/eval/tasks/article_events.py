"""Whole-article event extraction on hand-coded multi-event articles (tests/fixtures/articles/articles.yaml).

CASE 2021 scores one label per snippet; the product reads whole articles that tell several
events among background history, quotes, captions and commentary. Here the real pipeline
reads each article and its records are matched one-to-one to the gold events (greedy, best
agreement first; a pair needs the same family — political violence, demonstrations or
strategic developments — and a date within the gold's precision: ±1 day, ±7 for a week,
±31 for a month; place, type, actors and framing break ties). Reported:
- `new_events` P/R/F1: detection of events the article reports as news (a record marked
  background or matched to background gold does not count); `background_events` likewise;
- on true-positive new pairs: event_type, sub_event_type, actor1/actor2 (exact ACLED name,
  where the gold codes them), event_date exact, fatalities exact, country/admin1/location
  (names compared without case, accents or apostrophes), hedged;
- `reported_as_accuracy` over every matched pair.
n is small (8 articles, 25 new and 12 background events): one event moves a recall by 4
points and a field accuracy by up to 5-10. The gold was coded before the pipeline was first
run on the articles. Its errors were then read and their causes fixed (each fix checked on
other probe texts, never by editing the gold), so after that first run it measures regressions
more than accuracy on unseen articles. The fixtures are ours, hence DATASETS = [].

The same metrics with a `_fresh` suffix score tests/fixtures/articles/articles_fresh.yaml: 6 more
articles in other countries (Haiti, Somalia, Colombia, Pakistan, Ethiopia, Georgia), written
after the last extraction fixes and coded before any run, so they are the honest number for
unseen whole articles. Nobody may tune on them; once a fix is made because of them, they too
become a regression set and a new fresh set is needed.

Because `_fresh` was partly read while fixing extraction, a `_fresh2` suffix scores
tests/fixtures/articles/articles_fresh2.yaml: 7 articles in yet other countries (Mali, Mozambique,
Iraq, Bangladesh, Libya, South Sudan, Mexico; 30 new and 13 background events covering 22 of the
25 sub-event types), coded before any run. It is the held-out number now; the same rules apply.

A `_dev2` suffix scores tests/fixtures/articles/articles_dev2.yaml: 7 more articles (Afghanistan,
Lebanon, Central African Republic, Niger, the Philippines, India, Venezuela; 20 new and 12
background events), coded before the first run and then read to find the general causes of false
news events (quotes, forecasts, captions, history read as news). Like the tuned set it is a
development set: its numbers after the fixes are not unseen-article numbers.

A `_dev3` suffix scores tests/fixtures/articles/articles_dev3.yaml, a third development set built
the same way: 7 articles (Cameroon, Chad, Egypt, Palestine, Armenia/Azerbaijan, Sri Lanka, Peru; 21 new and
15 background events) whose traps are funerals, court verdicts, calls for calm, aid and
displacement figures, curfews and talks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from frontlines.errors import InputError
from frontlines.eval.metrics import Metric, accuracy, prf, prf_metrics
from frontlines.model import Event

NAME = "article_events"
DATASETS: list[str] = []
ARTICLES_FILE = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "articles" / "articles.yaml"
FRESH_FILE = ARTICLES_FILE.with_name("articles_fresh.yaml")
FRESH2_FILE = ARTICLES_FILE.with_name("articles_fresh2.yaml")
DEV2_FILE = ARTICLES_FILE.with_name("articles_dev2.yaml")
DEV3_FILE = ARTICLES_FILE.with_name("articles_dev3.yaml")
ARTICLE_SETS = ((ARTICLES_FILE, ""), (DEV2_FILE, "_dev2"), (DEV3_FILE, "_dev3"), (FRESH_FILE, "_fresh"), (FRESH2_FILE, "_fresh2"))  # fixture file -> metric-name suffix

# Matching family of each ACLED event type: a record typed within the family can still be the
# gold event (a riot read as a protest), one across families cannot (a protest is no airstrike).
FAMILIES = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
DAYS_TOLERATED = {1: 1, 2: 7, 3: 31}  # gold time_precision -> days a predicted date may differ


@dataclass(frozen=True)
class Pair:
    """A predicted record matched to a gold event (indices into the two lists)."""

    pred: int
    gold: int


def load_articles(path: Path = ARTICLES_FILE) -> list[dict[str, Any]]:
    if not path.exists():
        raise InputError("article fixtures not found (run from a source checkout)", source=str(path))
    return yaml.safe_load(path.read_text("utf-8"))["articles"]


def normalise_name(name: str) -> str:
    """Compare place names as coders read them: "Ma'rib" = "Marib", "Ye-U" = "ye u"."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['\u2019`]", "", text.casefold())
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def _gold_date(gold: dict[str, Any]) -> date | None:
    value = gold.get("event_date")
    return date.fromisoformat(str(value)) if value else None


def date_agrees(pred: date | None, gold: dict[str, Any]) -> bool:
    """A gold event without a date (vague history) agrees with any date."""
    want = _gold_date(gold)
    if want is None:
        return True
    if pred is None:
        return False
    return abs((pred - want).days) <= DAYS_TOLERATED[int(gold.get("time_precision") or 1)]


def agreement(pred: Event, gold: dict[str, Any]) -> float | None:
    """How well a record fits a gold event; None when it cannot be that event."""
    if FAMILIES.get(pred.event_type) != FAMILIES.get(gold["event_type"]) or not date_agrees(pred.event_date, gold):
        return None
    score = 1.0
    for field, weight in (("location", 2.0), ("admin1", 1.0), ("country", 1.0)):
        if gold.get(field) and normalise_name(getattr(pred, field)) == normalise_name(gold[field]):
            score += weight
    score += 1.0 if pred.event_type == gold["event_type"] else 0.0
    score += 0.5 if pred.sub_event_type == gold.get("sub_event_type") else 0.0
    score += 3.0 if pred.reported_as == gold["reported_as"] else 0.0  # news pairs with news, history with history
    score += sum(0.25 for f in ("actor1", "actor2") if f in gold and getattr(pred, f) == gold[f])
    return score


def match_events(pred: Sequence[Event], gold: Sequence[dict[str, Any]]) -> list[Pair]:
    """One-to-one greedy matching, best agreement first (ties: earlier records first)."""
    candidates = []
    for i, ev in enumerate(pred):
        for j, g in enumerate(gold):
            score = agreement(ev, g)
            if score is not None:
                candidates.append((-score, i, j))
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates):
        if i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
            pairs.append(Pair(i, j))
    return sorted(pairs, key=lambda p: p.gold)


def _field_rows(name: str, pairs: list[tuple[Event, dict[str, Any]]], field: str, *, names: bool = False) -> list[Metric]:
    scored = [(ev, g) for ev, g in pairs if field in g]
    norm = normalise_name if names else (lambda v: v)
    gold = [norm(g[field]) for _, g in scored]
    pred = [norm(getattr(ev, field)) for ev, _ in scored]
    return [Metric(NAME, name, accuracy(gold, pred), len(scored))]


def score_articles(results: Sequence[tuple[Sequence[Event], Sequence[dict[str, Any]]]]) -> list[Metric]:
    """Metrics over (predicted records, gold events) per article."""
    counts = {kind: [0, 0, 0] for kind in ("new", "background")}  # tp, fp, fn
    tp_new: list[tuple[Event, dict[str, Any]]] = []
    framing_gold: list[str] = []
    framing_pred: list[str] = []
    for pred, gold in results:
        pairs = match_events(pred, gold)
        for kind, tally in counts.items():
            tp = sum(pred[p.pred].reported_as == kind and gold[p.gold]["reported_as"] == kind for p in pairs)
            tally[0] += tp
            tally[1] += sum(ev.reported_as == kind for ev in pred) - tp
            tally[2] += sum(g["reported_as"] == kind for g in gold) - tp
        for p in pairs:
            framing_gold.append(gold[p.gold]["reported_as"])
            framing_pred.append(pred[p.pred].reported_as)
            if pred[p.pred].reported_as == "new" and gold[p.gold]["reported_as"] == "new":
                tp_new.append((pred[p.pred], gold[p.gold]))
    metrics: list[Metric] = []
    for kind, (tp, fp, fn) in counts.items():
        metrics += prf_metrics(NAME, f"{kind}_events", prf(tp, fp, fn), tp + fn)
    for field in ("event_type", "sub_event_type", "actor1", "actor2"):
        metrics += _field_rows(f"{field}_accuracy", tp_new, field)
    dated = [(ev, g) for ev, g in tp_new if _gold_date(g)]
    metrics.append(Metric(NAME, "event_date_exact", accuracy([_gold_date(g) for _, g in dated], [ev.event_date for ev, _ in dated]), len(dated)))
    metrics += _field_rows("fatalities_exact", tp_new, "fatalities")
    for field in ("country", "admin1", "location"):
        metrics += _field_rows(f"{field}_accuracy", tp_new, field, names=True)
    metrics += _field_rows("hedged_accuracy", tp_new, "hedged")
    metrics.append(Metric(NAME, "reported_as_accuracy", accuracy(framing_gold, framing_pred), len(framing_gold)))
    return metrics


def extract_article(article: dict[str, Any]) -> list[Event]:
    """The real pipeline on one fixture article, dated as published, read the way `frontlines
    extract` reads a text file (headline, dateline and cross-links cleaned off first)."""
    from frontlines.ingest.readers import document_from_text
    from frontlines.pipeline import extract_document

    doc = document_from_text(
        article["text"],
        source_label=f"article {article['id']}",
        is_html=False,
        source="fixture",
        published=date.fromisoformat(str(article["published"])),
    )
    return extract_document(doc)


def with_suffix(metrics: Sequence[Metric], suffix: str) -> list[Metric]:
    """Rename rows so the fresh set's numbers sit beside the regression set's, never mixed in."""
    return [replace(m, metric=m.metric + suffix) for m in metrics]


def run(data_dir: Path, limit: int | None = None) -> list[Metric]:
    metrics: list[Metric] = []
    for path, suffix in ARTICLE_SETS:
        articles = load_articles(path)[:limit] if limit else load_articles(path)
        metrics += with_suffix(score_articles([(extract_article(a), a["gold"]) for a in articles]), suffix)
    return metrics
