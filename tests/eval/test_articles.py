"""Synthetic bench articles: deterministic, varied, and readable back from JSONL."""

from __future__ import annotations

import calendar
import json
import re
from datetime import date
from pathlib import Path

from frontlines.eval.articles import generate_article, generate_articles, templates, write_jsonl_shards

MONTHS = list(calendar.month_name)[1:]


def test_same_seed_same_articles() -> None:
    assert generate_articles(5, seed=3) == generate_articles(5, seed=3)
    assert generate_article(7, seed=3) == generate_articles(1, seed=3, start=7)[0]


def test_different_seed_different_articles() -> None:
    assert [d.text for d in generate_articles(5, seed=1)] != [d.text for d in generate_articles(5, seed=2)]


def test_articles_fill_every_slot_and_are_unique() -> None:
    docs = generate_articles(200, seed=0)
    assert len({d.id for d in docs}) == 200
    assert not [d.id for d in docs if "{" in d.text or "}" in d.text]
    countries = {c["name"] for c in templates()["countries"]}
    assert {next(c for c in countries if f", {c} (" in d.text) for d in docs} == countries
    assert all(date(2020, 1, 1) <= d.published <= date(2023, 4, 15) for d in docs)
    assert all(d.text.startswith(d.title + "\n\n") for d in docs)


def test_weekday_matches_the_stated_date() -> None:
    """'on Thursday, 12 March' names the weekday of that date, a few days before publication."""
    found = 0
    for doc in generate_articles(100, seed=0):
        for weekday, day, month in re.findall(r"on (\w+day), (\d+) (\w+)", doc.text):
            year = doc.published.year if MONTHS.index(month) + 1 <= doc.published.month else doc.published.year - 1
            stated = date(year, MONTHS.index(month) + 1, int(day))
            assert stated.strftime("%A") == weekday
            assert 1 <= (doc.published - stated).days <= 6
            found += 1
    assert found > 0


def test_shards_round_trip(tmp_path: Path) -> None:
    docs = generate_articles(7, seed=0)
    paths = write_jsonl_shards(docs, tmp_path, per_shard=3)
    assert [p.name for p in paths] == ["shard-00000.jsonl", "shard-00001.jsonl", "shard-00002.jsonl"]
    records = [json.loads(line) for p in paths for line in p.read_text().splitlines()]
    assert [r["id"] for r in records] == [d.id for d in docs]
    assert records[0]["published"] == docs[0].published.isoformat()
