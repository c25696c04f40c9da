"""Realistic synthetic conflict-news articles, deterministic from a seed.

The benchmark and the batch tests need many varied articles (event kinds, countries,
actors, relative and absolute dates, numbers in digits and words, quotes, background)
without shipping real news. Templates live in frontlines/data/bench/article_templates.yaml.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from frontlines.data import read_yaml
from frontlines.model import Document

TEMPLATES = "bench/article_templates.yaml"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FIRST_DATE = date(2020, 1, 1)
DATE_SPAN_DAYS = 1200


@lru_cache(maxsize=1)
def templates() -> dict[str, Any]:
    return read_yaml(*TEMPLATES.split("/"))


class _Slots(dict):
    """Slot values for str.format_map; '{Actor_state}' is '{actor_state}' capitalised."""

    def __missing__(self, key: str) -> str:
        lower = key[:1].lower() + key[1:]
        if lower != key and lower in self:
            value = str(self[lower])
            return value[:1].upper() + value[1:]
        raise KeyError(key)


def _fill(template: str, slots: _Slots) -> str:
    text = template.format_map(slots)
    return text[:1].upper() + text[1:]


def _number_word(rng: random.Random) -> tuple[int, str]:
    words = templates()["number_words"]
    n = rng.choice(sorted(words))
    return n, words[n]


def _when(rng: random.Random, published: date) -> str:
    form = rng.choice(templates()["when"])
    offset = 1 if form == "yesterday" else rng.randint(1, 6)
    day = published - timedelta(days=offset)
    return form.format(weekday=WEEKDAYS[day.weekday()], day_month=f"{day.day} {day:%B}")


def _article_slots(rng: random.Random, country: dict[str, Any], published: date, outlet: str) -> _Slots:
    t = templates()
    place, place2 = rng.sample(country["places"], 2)
    n_word_value, n_word = _number_word(rng)
    slots = _Slots(
        country=country["name"],
        place=place["town"],
        admin1=place["admin1"],
        place2=place2["town"],
        n=rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 17, 19, 23, 27, 31, 45]),
        n2=rng.randint(2, 40),
        n_word=n_word,
        weapon=rng.choice(t["weapons"]),
        civilians=rng.choice(t["civilians"]),
        protesters=rng.choice(t["protesters"]),
        outlet=outlet,
    )
    for role in ("actor_state", "actor_rebel", "actor_militia", "actor_police", "official"):
        slots[role] = rng.choice(country[role])
    slots["when"] = _when(rng, published)
    return slots


def _event_paragraphs(rng: random.Random, kind: dict[str, Any], slots: _Slots, prefix: str = "") -> list[str]:
    lead = rng.choice(kind["leads"])
    if prefix:  # mid-sentence: the slot's natural case ('M23 rebels', 'regime forces'), else lowercase
        lead = prefix + ("{" + lead[1].lower() + lead[2:] if lead.startswith("{") else lead[:1].lower() + lead[1:])
    lead = _fill(lead, slots)
    details = rng.sample(kind["details"], k=min(len(kind["details"]), rng.randint(1, 2)))
    return [lead, " ".join(_fill(d, slots) for d in details)]


def generate_article(index: int, seed: int = 0) -> Document:
    """Article number `index` of the stream for `seed`; the same pair always gives the same text."""
    rng = random.Random(f"frontlines-articles:{seed}:{index}")
    t = templates()
    country = rng.choice(t["countries"])
    outlet = rng.choice(t["outlets"])
    published = FIRST_DATE + timedelta(days=rng.randrange(DATE_SPAN_DAYS))
    slots = _article_slots(rng, country, published, outlet)
    kind_name = rng.choice(sorted(t["kinds"]))
    kind = t["kinds"][kind_name]
    title = _fill(rng.choice(kind["headlines"]), slots)

    paragraphs = _event_paragraphs(rng, kind, slots)
    paragraphs[0] = f"{slots['place'].upper()}, {country['name']} ({outlet}) - {paragraphs[0]}"
    quotes = rng.sample(t["quotes"], k=2)
    paragraphs.append(_fill(quotes[0], slots))
    if rng.random() < 0.5:  # a second, separate event elsewhere in the same country
        other = _article_slots(rng, country, published, outlet)
        other_kind = t["kinds"][rng.choice(sorted(t["kinds"]))]
        paragraphs.append(_event_paragraphs(rng, other_kind, other, prefix="Separately, ")[0])
    if rng.random() < 0.6:
        paragraphs.append(_fill(rng.choice(t["background"]), slots))
    context = [_fill(c, slots) for c in rng.sample(t["context"], k=rng.randint(3, 7))]
    paragraphs.extend(" ".join(context[i : i + 2]) for i in range(0, len(context), 2))
    paragraphs.append(_fill(quotes[1], slots))

    text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    slug = "-".join(title.lower().replace(":", "").split()[:6])
    url = f"https://news.example.org/{published:%Y/%m/%d}/{slug}-{seed}-{index}"
    return Document(
        id=Document.make_id(text, url), text=text, source=outlet, url=url, published=published, title=title
    )


def generate_articles(count: int, seed: int = 0, start: int = 0) -> list[Document]:
    return [generate_article(i, seed) for i in range(start, start + count)]


def write_jsonl(documents: Iterable[Document], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for document in documents:
            fh.write(json.dumps(document.to_dict(), ensure_ascii=False) + "\n")
    return path


def write_jsonl_shards(documents: Sequence[Document], out_dir: Path, per_shard: int) -> list[Path]:
    """Split documents into shard-00000.jsonl, shard-00001.jsonl, ... of `per_shard` records."""
    if per_shard < 1:
        raise ValueError("per_shard must be at least 1")
    return [
        write_jsonl(documents[i : i + per_shard], out_dir / f"shard-{i // per_shard:05d}.jsonl")
        for i in range(0, len(documents), per_shard)
    ]
