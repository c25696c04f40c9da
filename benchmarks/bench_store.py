"""Store benchmarks (run by hand, not a test): ingest throughput, 1M-event export, query latency.

    python benchmarks/bench_store.py                      # 10,000 articles, 1,000,000 events, SQLite
    python benchmarks/bench_store.py --events 200000      # scaled down
    python benchmarks/bench_store.py --db postgresql+psycopg://postgres@127.0.0.1:55432/bench

Ingest uses a fake extractor (two fixed events per article) so the number measures reading,
cleaning, duplicate checks and one transaction per document, not spaCy; `--real-articles N`
also times the real pipeline on N articles. The 1M events are synthetic rows spread over
6 countries, 30 regions, 6 event types and 5 years, inserted in bulk.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from frontlines.ingest.discover import discover
from frontlines.ingest.runner import IngestOptions, ingest_units
from frontlines.model import Counts, Document, Event, Evidence, GeoPrecision, Span, TimePrecision
from frontlines.store.db import EventQuery, Store, _event_row
from frontlines.store.schema import documents, events

COUNTRIES = {"Syria": (760, 35.0, 38.0), "Iraq": (368, 33.0, 44.0), "Yemen": (887, 15.5, 47.5), "Libya": (434, 27.0, 17.0), "Lebanon": (422, 33.9, 35.8), "Turkey": (792, 39.0, 35.0)}
TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"]
ACTORS = ["Military Forces of Syria (2000-)", "Hayat Tahrir al-Sham", "Islamic State (Syria)", "SDF - Syrian Democratic Forces", "Protesters (Syria)", "Unidentified Armed Group (Syria)"]
PLACES = ["Daraa", "Tafas", "Jasim", "Nawa", "Homs", "Aleppo", "Idlib", "Saraqib", "Azaz", "Raqqa"]


def fake_extract(doc: Document) -> list[Event]:
    return [
        Event(event_date=doc.published, event_type="Battles", country="Syria", notes=f"event {i}", counts=Counts(fatalities=i))
        for i in range(2)
    ]


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def bench_ingest(store: Store, workdir: Path, n: int) -> dict[str, float]:
    path = workdir / "articles.jsonl"
    rng = random.Random(1)
    with path.open("w") as fh:
        for i in range(n):
            place = rng.choice(PLACES)
            text = f"Clashes broke out in {place} on Monday between regime forces and rebels, report {i}. Two fighters were killed, a monitor said."
            fh.write(json.dumps({"text": text, "url": f"https://bench.example/{i}", "source": "Bench", "published": "2021-07-30"}) + "\n")
    units = list(discover([path]))
    secs, summary = timed(lambda: ingest_units(store, units, fake_extract, IngestOptions()))
    again, _ = timed(lambda: ingest_units(store, units, fake_extract, IngestOptions()))
    return {"articles": n, "seconds": secs, "articles_per_s": n / secs, "rerun_skip_seconds": again, "stored": summary.documents_stored}


def bench_real_pipeline(store: Store, n: int) -> dict[str, float]:
    from frontlines.pipeline import extract_document, warm_up

    warm_up()
    rng = random.Random(2)
    docs = []
    for i in range(n):
        place = rng.choice(PLACES)
        text = f"Regime forces shelled {place} on Wednesday, killing {i % 9 + 1} civilians, activists said. Rebels later clashed with troops near {place}."
        docs.append(Document(id=f"real-{i}", text=text, published=date(2021, 7, 30), source="Bench"))
    t = time.perf_counter()
    for doc in docs:
        store.save_document(doc, extract_document(doc))
    secs = time.perf_counter() - t
    return {"articles": n, "seconds": secs, "articles_per_s": n / secs}


def fill_events(store: Store, n: int, batch: int = 20_000) -> float:
    rng = random.Random(3)
    n_docs = max(1, n // 100)
    now = datetime(2024, 1, 1)
    t = time.perf_counter()
    with store.engine.begin() as conn:
        conn.execute(
            documents.insert(),
            [{"id": f"doc{i}", "source": "Bench", "url": "", "published": None, "title": "", "text": f"bench {i}", "content_hash": f"h{i}", "ingested_at": now} for i in range(n_docs)],
        )
    template = Event(
        time_precision=TimePrecision.DAY,
        disorder_type="Political violence",
        sub_event_type="Armed clash",
        geo_precision=GeoPrecision.TOWN,
        notes="On 28 July 2021, regime forces clashed with rebels in Daraa; 4 fatalities.",
        evidence=[Evidence(field="event_type", sentence="Regime forces clashed with rebels in Daraa.", span=Span(14, 21, "clashed"))],
        counts=Counts(fatalities=4),
    )
    base = _event_row("doc0", template)
    start = date(2019, 1, 1)
    countries = list(COUNTRIES.items())
    for offset in range(0, n, batch):
        rows = []
        for i in range(offset, min(n, offset + batch)):
            country, (iso, lat, lon) = countries[i % len(countries)]
            row = dict(base)
            row.update(
                event_id=f"EV{i:08d}",
                document_id=f"doc{i % n_docs}",
                event_date=start + timedelta(days=rng.randrange(5 * 365)),
                event_type=TYPES[rng.randrange(len(TYPES))],
                actor1=ACTORS[rng.randrange(len(ACTORS))],
                actor2=ACTORS[rng.randrange(len(ACTORS))],
                country=country,
                iso=iso,
                admin1=f"{country} region {rng.randrange(5)}",
                location=PLACES[rng.randrange(len(PLACES))],
                latitude=lat + rng.uniform(-2, 2),
                longitude=lon + rng.uniform(-2, 2),
                fatalities=rng.randrange(10),
                sources=[f"doc{i % n_docs}"],
            )
            rows.append(row)
        with store.engine.begin() as conn:
            conn.execute(events.insert(), rows)
    if store.dialect == "sqlite":
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    else:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE events")
    return time.perf_counter() - t


SUFFIXES = {"acled-csv": "csv", "jsonl": "jsonl", "geojson": "geojson", "parquet": "parquet"}


def bench_export(store: Store, workdir: Path, formats: list[str]) -> dict[str, float]:
    from frontlines.export import writer_for

    out: dict[str, float] = {}
    for fmt in formats:
        suffix = SUFFIXES[fmt]
        path = workdir / f"export.{suffix}"
        write = writer_for(fmt)

        def run() -> int:
            found = store.iter_events(EventQuery(), with_evidence=fmt in ("jsonl", "parquet"))
            if fmt == "parquet":
                return write(found, str(path))
            with path.open("w", encoding="utf-8", newline="") as fh:
                return write(found, fh)

        secs, n = timed(run)
        out[fmt] = secs
        out[f"{fmt}_rows"] = n
        out[f"{fmt}_mb"] = path.stat().st_size / 1e6
    return out


def bench_queries(store: Store, repeats: int = 5, actors: tuple[str, ...] = ()) -> dict[str, float]:
    cases = {
        "newest page (no filter)": EventQuery(),
        "country + 3-month range": EventQuery(country="Syria", since=date(2021, 7, 1), until=date(2021, 9, 30)),
        "admin1": EventQuery(admin1="Syria region 2"),
        "event_type + year": EventQuery(event_type="Protests", since=date(2022, 1, 1), until=date(2022, 12, 31)),
        "actor substring": EventQuery(actor="tahrir"),
        "bbox (Daraa area)": EventQuery(bbox=(35.5, 32.3, 36.8, 33.4)),
        **{f"actor substring {a!r}": EventQuery(actor=a) for a in actors},
    }
    out: dict[str, float] = {}
    for name, q in cases.items():
        page, count = [], []
        for _ in range(repeats):
            page.append(timed(lambda: store.query_events(q, limit=100))[0])
            count.append(timed(lambda: store.count_events(q))[0])
        out[f"{name}: page of 100 (ms)"] = 1000 * statistics.median(page)
        out[f"{name}: count (ms)"] = 1000 * statistics.median(count)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--real-articles", type=int, default=0, help="also time the real pipeline on N articles")
    parser.add_argument("--db", default=None, help="database URL for the 1M-event part (default: a temp SQLite file); reused if it already holds events")
    parser.add_argument("--formats", nargs="*", default=list(SUFFIXES), choices=list(SUFFIXES))
    parser.add_argument("--skip", nargs="*", default=[], choices=["ingest", "export", "query"])
    parser.add_argument("--actor", action="append", default=[], help="also time this actor needle (repeatable), e.g. one the synthetic rows lack: --actor wagner")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        results: dict[str, object] = {}
        if "ingest" not in args.skip:
            store = Store(f"sqlite:///{workdir / 'ingest.db'}")
            results["ingest (fake extractor, SQLite)"] = bench_ingest(store, workdir, args.articles)
            if args.real_articles:
                results["ingest (real pipeline)"] = bench_real_pipeline(store, args.real_articles)
        if {"export", "query"} - set(args.skip):
            store = Store(args.db or f"sqlite:///{workdir / 'events.db'}")
            existing = store.count_events(EventQuery(include_merged=True, include_rejected=True))
            if existing == 0:
                results[f"bulk insert of {args.events} events (s)"] = fill_events(store, args.events)
            else:  # --db pointing at a database filled by an earlier run: time only queries/exports
                results["events already in --db"] = existing
            if "query" not in args.skip:
                results["query latency (median of 5)"] = bench_queries(store, actors=tuple(args.actor))
            if "export" not in args.skip:
                results["export (s)"] = bench_export(store, workdir, args.formats)
        buf = io.StringIO()
        json.dump(results, buf, indent=2, default=str)
        print(buf.getvalue())


if __name__ == "__main__":
    main()
