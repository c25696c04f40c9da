"""Matching and scoring of whole-article records against hand-coded gold (no pipeline run)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from frontlines.eval.runner import discover_tasks
from frontlines.eval.tasks import article_events as task
from frontlines.extract.event_rules import taxonomy
from frontlines.model import Event

GOLD = [
    {"reported_as": "new", "event_type": "Battles", "sub_event_type": "Armed clash", "actor1": "Houthi Movement",
     "country": "Yemen", "location": "Ma'rib", "event_date": date(2024, 1, 10), "time_precision": 1,
     "fatalities": 3, "hedged": False},
    {"reported_as": "new", "event_type": "Violence against civilians", "sub_event_type": "Attack",
     "country": "Yemen", "location": "Sirwah", "event_date": date(2024, 1, 10), "time_precision": 1,
     "fatalities": 2, "hedged": True},
    {"reported_as": "background", "event_type": "Battles", "country": "Yemen", "hedged": False},
]


def _event(event_type: str, sub: str, day: date, location: str, **kw: object) -> Event:
    return Event(event_type=event_type, sub_event_type=sub, event_date=day, location=location, country="Yemen", **kw)


PRED = [
    _event("Battles", "Armed clash", date(2024, 1, 11), "Marib", actor1="Houthi Movement", fatalities=3),
    _event("Explosions/Remote violence", "Air/drone strike", date(2024, 1, 10), "Sirwah"),
    _event("Protests", "Peaceful protest", date(2024, 1, 10), "Marib"),
    _event("Battles", "Armed clash", date(2019, 5, 1), "Sanaa", reported_as="background"),
    _event("Battles", "Armed clash", date(2024, 1, 20), "Marib"),
]


def test_match_needs_family_and_date_and_is_one_to_one() -> None:
    assert task.match_events(PRED, GOLD) == [task.Pair(0, 0), task.Pair(1, 1), task.Pair(3, 2)]
    twice = [PRED[0], PRED[0]]
    assert task.match_events(twice, GOLD) == [task.Pair(0, 0), task.Pair(1, 1)]  # news before history


def test_framing_outranks_place_when_choosing_a_partner() -> None:
    history = _event("Battles", "Armed clash", date(2024, 1, 10), "Marib", reported_as="background")
    assert task.match_events([history], GOLD) == [task.Pair(0, 2)]


def test_scores_on_a_hand_made_pair_of_lists() -> None:
    got = {m.metric: (round(m.value, 3), m.n) for m in task.score_articles([(PRED, GOLD)])}
    assert got == {
        "new_events P": (0.5, 2),
        "new_events R": (1.0, 2),
        "new_events F1": (0.667, 2),
        "background_events P": (1.0, 1),
        "background_events R": (1.0, 1),
        "background_events F1": (1.0, 1),
        "event_type_accuracy": (0.5, 2),
        "sub_event_type_accuracy": (0.5, 2),
        "actor1_accuracy": (1.0, 1),
        "actor2_accuracy": (0.0, 0),
        "event_date_exact": (0.5, 2),
        "fatalities_exact": (0.5, 2),
        "country_accuracy": (1.0, 2),
        "admin1_accuracy": (0.0, 0),
        "location_accuracy": (1.0, 2),
        "hedged_accuracy": (0.5, 2),
        "reported_as_accuracy": (1.0, 3),
    }


@pytest.mark.parametrize(
    ("pred", "precision", "expected"),
    [(date(2024, 1, 11), 1, True), (date(2024, 1, 12), 1, False), (date(2024, 1, 16), 2, True), (None, 1, False)],
)
def test_date_tolerance_follows_gold_precision(pred: date | None, precision: int, expected: bool) -> None:
    assert task.date_agrees(pred, {"event_date": date(2024, 1, 10), "time_precision": precision}) is expected


def test_place_names_compare_without_case_accents_or_apostrophes() -> None:
    assert task.normalise_name("Ma'rib") == task.normalise_name("MARIB") == "marib"
    assert task.normalise_name("Ye-U") == "ye u"
    assert task.normalise_name("Bingöl") == "bingol"


def test_fixture_gold_uses_the_acled_taxonomy() -> None:
    articles = task.load_articles()
    subs = taxonomy()
    assert len(articles) == 8
    for article in articles:
        assert 180 <= len(article["text"].split()) <= 400, article["id"]
        for gold in article["gold"]:
            assert gold["reported_as"] in {"new", "background"}
            assert gold["event_type"] in task.FAMILIES
            if "sub_event_type" in gold:
                assert subs[gold["sub_event_type"]]["event_type"] == gold["event_type"], article["id"]
            if gold["reported_as"] == "new":
                assert isinstance(gold["event_date"], date) and isinstance(gold["fatalities"], int), article["id"]


def test_runner_discovers_the_task() -> None:
    found = {t.name: t for t in discover_tasks()}
    assert found["article_events"].datasets == () and found["article_events"].load_error == ""


def test_fresh_fixture_is_a_separate_set_in_new_countries() -> None:
    fresh = task.load_articles(task.FRESH_FILE)
    subs = taxonomy()
    assert len(fresh) == 6
    seen = {g["country"] for a in task.load_articles() for g in a["gold"]}
    for article in fresh:
        assert 250 <= len(article["text"].split()) <= 450, article["id"]
        for gold in article["gold"]:
            assert gold["country"] not in seen, article["id"]
            assert gold["reported_as"] in {"new", "background"}
            if "sub_event_type" in gold:
                assert subs[gold["sub_event_type"]]["event_type"] == gold["event_type"], article["id"]
            if gold["reported_as"] == "new":
                assert isinstance(gold["event_date"], date), article["id"]
                assert isinstance(gold.get("fatalities", 0), int), article["id"]


@pytest.mark.parametrize(
    ("path", "suffix", "others", "counts"),
    [
        (task.FRESH2_FILE, "_fresh2", (task.ARTICLES_FILE, task.FRESH_FILE), (30, 13)),
        (task.DEV2_FILE, "_dev2", (task.ARTICLES_FILE, task.FRESH_FILE, task.FRESH2_FILE), (20, 12)),
        (task.DEV3_FILE, "_dev3", (task.ARTICLES_FILE, task.DEV2_FILE, task.FRESH_FILE, task.FRESH2_FILE), (21, 15)),
    ],
)
def test_new_article_set_is_valid_and_in_countries_no_other_set_uses(
    path: Path, suffix: str, others: tuple[Path, ...], counts: tuple[int, int]
) -> None:
    articles = task.load_articles(path)
    subs = taxonomy()
    assert len(articles) == 7
    assert (path, suffix) in task.ARTICLE_SETS
    seen = {g["country"] for other in others for a in task.load_articles(other) for g in a["gold"]}
    framing = [g["reported_as"] for a in articles for g in a["gold"]]
    assert (framing.count("new"), framing.count("background")) == counts
    for article in articles:
        assert 250 <= len(article["text"].split()) <= 450, article["id"]
        assert isinstance(article["published"], date), article["id"]
        for gold in article["gold"]:
            assert gold["country"] not in seen, article["id"]
            assert gold["reported_as"] in {"new", "background"}
            assert gold["event_type"] in task.FAMILIES, article["id"]
            if "sub_event_type" in gold:
                assert subs[gold["sub_event_type"]]["event_type"] == gold["event_type"], article["id"]
            if gold.get("event_date"):
                assert isinstance(gold["event_date"], date) and gold["event_date"] <= article["published"], article["id"]
                assert gold["time_precision"] in task.DAYS_TOLERATED, article["id"]
            if gold["reported_as"] == "new":
                assert isinstance(gold["event_date"], date) and isinstance(gold["fatalities"], int), article["id"]
                assert isinstance(gold["hedged"], bool), article["id"]


def test_fresh2_is_scored_last() -> None:
    assert task.ARTICLE_SETS[-1] == (task.FRESH2_FILE, "_fresh2")


def test_suffix_renames_rows_and_keeps_values() -> None:
    rows = [task.Metric(task.NAME, "new_events F1", 0.5, 4), task.Metric(task.NAME, "event_date_exact", 1.0, 2)]
    assert task.with_suffix(rows, "_fresh") == [
        task.Metric(task.NAME, "new_events F1_fresh", 0.5, 4),
        task.Metric(task.NAME, "event_date_exact_fresh", 1.0, 2),
    ]
    assert task.with_suffix(rows, "") == rows


FIXTURE = """articles:
  - id: {id}
    published: 2024-01-11
    text: "Houthi fighters clashed with troops in Marib on Wednesday, killing three."
    gold:
      - {{reported_as: new, event_type: Battles, country: Yemen, location: Marib, event_date: 2024-01-10, time_precision: 1, fatalities: 3, hedged: false}}
"""


def test_run_scores_each_file_under_its_own_suffix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old, fresh = tmp_path / "old.yaml", tmp_path / "fresh.yaml"
    old.write_text(FIXTURE.format(id="old"), "utf-8")
    fresh.write_text(FIXTURE.format(id="fresh"), "utf-8")
    monkeypatch.setattr(task, "ARTICLE_SETS", ((old, ""), (fresh, "_fresh")))
    # The pipeline stand-in finds the event only in the old file, so the two sets must score apart.
    hit = [_event("Battles", "Armed clash", date(2024, 1, 10), "Marib", fatalities=3)]
    monkeypatch.setattr(task, "extract_article", lambda article: hit if article["id"] == "old" else [])
    got = {m.metric: (m.value, m.n) for m in task.run(tmp_path)}
    assert got["new_events R"] == (1.0, 1)
    assert got["new_events R_fresh"] == (0.0, 1)
    assert got["fatalities_exact"] == (1.0, 1)
    assert got["fatalities_exact_fresh"] == (0.0, 0)
    assert len(got) == 34
