"""The event store: documents and events in SQLite (default) or PostgreSQL, same Core code.

Saving a document is one transaction that replaces its unreviewed events, so re-extracting
never duplicates events and never overwrites an analyst's review; a run killed mid-way
loses at most the document being written.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any, ClassVar

from sqlalchemy import (
    Select,
    and_,
    create_engine,
    delete,
    event,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
    true,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal

from frontlines.errors import StoreError
from frontlines.model import Counts, Document, Event, Evidence, GeoPrecision, Span, TimePrecision
from frontlines.store.schema import ACTOR_FTS_TABLE, documents, events

DEFAULT_DB_FILE = "frontlines.db"
# Above this many trigram-index matches a newest-first page walks the date index instead:
# on 1M events, fetching and sorting 10k matches costs about what walking to 100 of them does.
COMMON_ACTOR_ROWS = 10_000
_EVENT_FIELDS = tuple(Event.__dataclass_fields__)
_EVENT_COLUMNS = tuple(c.name for c in events.columns)


def default_db_url() -> str:
    """FRONTLINES_DB if set, else frontlines.db in the current directory."""
    return os.environ.get("FRONTLINES_DB", "").strip() or f"sqlite:///{DEFAULT_DB_FILE}"


def safe_url(url: str) -> str:
    """The URL with any password hidden, for error messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def content_hash(text: str) -> str:
    """Hash of the whitespace-normalised text: the same article under another URL."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def make_event_id(document_id: str, ev: Event) -> str:
    """Deterministic id from the document and what the event is, so re-extraction reuses it."""
    trigger = next((e.span.start for e in ev.evidence if e.span is not None), -1)
    key = "|".join(
        str(x)
        for x in (
            document_id,
            ev.event_type,
            ev.sub_event_type,
            ev.event_date,
            ev.location,
            ev.actor1,
            ev.actor2,
            ev.reported_as,
            trigger,
        )
    )
    return f"{document_id}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:12]}"


@dataclass
class EventQuery:
    """Filters shared by the CLI export, the API and the web map; None means no filter."""

    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None  # case-insensitive substring of actor1/actor2/assoc actors
    since: date | None = None
    until: date | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    reported_as: str | None = None
    document_id: str | None = None
    include_rejected: bool = False
    include_merged: bool = False
    review_status: str | None = None  # unreviewed | confirmed | edited | rejected (asking for rejected includes them)


class ActorCandidates(ColumnElement[bool]):
    """Rows whose actors may contain the needle, from the trigram index (migration 0003).

    On SQLite the FTS5 phrase match folds Unicode case, so it finds a superset of what the
    ASCII-only lower()/LIKE filter accepts; that filter stays and keeps results identical.
    On PostgreSQL the pg_trgm indexes serve the LIKE filter itself, so this is just TRUE.
    """

    inherit_cache = True

    def __init__(self, needle: str) -> None:
        self.needle = needle

    _traverse_internals: ClassVar = [("needle", InternalTraversal.dp_string)]  # part of the cache key


@compiles(ActorCandidates)
def _actor_candidates_default(element: ActorCandidates, compiler: Any, **kw: Any) -> str:
    return compiler.process(true(), **kw)


@compiles(ActorCandidates, "sqlite")
def _actor_candidates_sqlite(element: ActorCandidates, compiler: Any, **kw: Any) -> str:
    match = _fts_rowids(element.needle).scalar_subquery()
    return compiler.process(literal_column("events.rowid").in_(match), **kw)


def _fts_rowids(needle: str) -> Select:
    """Rowids whose actors contain the needle as one FTS5 phrase (quotes doubled: no query syntax)."""
    phrase = '"' + needle.replace('"', '""') + '"'
    fts = table(ACTOR_FTS_TABLE)
    return select(literal_column("rowid")).select_from(fts).where(literal_column(ACTOR_FTS_TABLE).op("MATCH")(literal(phrase)))


def _set_sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: safe against process kills
    cursor.close()


def _event_row(document_id: str, ev: Event) -> dict[str, Any]:
    data = ev.to_dict()
    row = {name: data[name] for name in _EVENT_COLUMNS if name in data}
    row["document_id"] = document_id
    row["event_date"] = ev.event_date
    row["sources"] = list(ev.sources) or [document_id]
    row["merged_into"] = None
    row["review_status"] = "unreviewed"
    return row


def row_to_event(row: Any) -> Event:
    """An events row (mapping, e.g. from `iter_rows`) as an Event."""
    return _fast_event(dict(row))


_PLAIN_FIELDS = tuple(
    n for n in _EVENT_FIELDS if n in _EVENT_COLUMNS and n not in ("counts", "evidence", "sources", "time_precision", "geo_precision")
)


def _fast_event(d: dict[str, Any]) -> Event:
    """Row dict -> Event without the generic round trip; exports call this a million times."""
    ev = Event(**{n: d[n] for n in _PLAIN_FIELDS})
    tp, gp = d["time_precision"], d["geo_precision"]
    ev.time_precision = None if tp is None else TimePrecision(tp)
    ev.geo_precision = None if gp is None else GeoPrecision(gp)
    ev.counts = Counts(**(d["counts"] or {}))
    ev.sources = list(d["sources"] or [])
    evidence = d.get("evidence")
    if evidence:
        ev.evidence = [
            Evidence(
                field=e["field"],
                sentence=e.get("sentence", ""),
                span=Span(**e["span"]) if e.get("span") else None,
                note=e.get("note", ""),
            )
            for e in evidence
        ]
    return ev


def _document_row(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "source": doc.source or "",
        "url": doc.url or "",
        "published": doc.published,
        "title": doc.title or "",
        "text": doc.text,
        "content_hash": content_hash(doc.text),
        "ingested_at": datetime.now(timezone.utc).replace(tzinfo=None),
    }


class Store:
    """Documents and events in one database; open it once and share it."""

    def __init__(self, url: str | None = None, *, migrate: bool = True) -> None:
        self.url = url or default_db_url()
        try:
            parsed = make_url(self.url)
        except ArgumentError:
            raise StoreError(
                "not a database URL; use sqlite:///path.db or postgresql+psycopg://user@host/db",
                source=self.url,
            ) from None
        if parsed.drivername in ("postgresql", "postgres"):  # psycopg 3 is the driver we ship
            parsed = parsed.set(drivername="postgresql+psycopg")
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            folder = os.path.dirname(os.path.abspath(parsed.database))
            if not os.path.isdir(folder):
                raise StoreError(f"cannot open database: folder {folder} does not exist", source=safe_url(self.url))
        try:
            kwargs: dict[str, Any] = {}
            if parsed.get_backend_name() == "sqlite":
                kwargs["connect_args"] = {"timeout": 30}
            self.engine: Engine = create_engine(parsed, **kwargs)
        except (ArgumentError, ImportError, SQLAlchemyError) as exc:
            raise StoreError(f"cannot open database ({_first_line(exc)})", source=safe_url(self.url)) from None
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _set_sqlite_pragmas)
        if migrate:
            from frontlines.store.migrate import upgrade

            try:
                upgrade(self.engine)
            except SQLAlchemyError as exc:
                raise StoreError(f"cannot open database ({_first_line(exc)})", source=safe_url(self.url)) from None

    # -- writing ---------------------------------------------------------------------------

    def save_document(self, doc: Document, events_: list[Event]) -> None:
        """Upsert the document and replace its unreviewed events, in one transaction."""
        try:
            with self.engine.begin() as conn:
                self._upsert_document(conn, doc)
                kept = set(
                    conn.scalars(
                        select(events.c.event_id).where(
                            events.c.document_id == doc.id, events.c.review_status != "unreviewed"
                        )
                    )
                )
                stale = select(events.c.event_id).where(
                    events.c.document_id == doc.id, events.c.review_status == "unreviewed"
                )
                # events merged into one we are about to delete become standalone again
                conn.execute(update(events).where(events.c.merged_into.in_(stale)).values(merged_into=None))
                conn.execute(
                    delete(events).where(events.c.document_id == doc.id, events.c.review_status == "unreviewed")
                )
                rows = []
                seen: set[str] = set()
                for ev in events_:
                    event_id = ev.event_id or make_event_id(doc.id, ev)
                    base, n = event_id, 1
                    while event_id in seen:
                        n += 1
                        event_id = f"{base}-{n}"
                    seen.add(event_id)
                    if event_id in kept:
                        continue
                    row = _event_row(doc.id, ev)
                    row["event_id"] = event_id
                    rows.append(row)
                if rows:
                    conn.execute(events.insert(), rows)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot save document {doc.id} ({_first_line(exc)})", source=safe_url(self.url)) from None

    def _upsert_document(self, conn: Connection, doc: Document) -> None:
        row = _document_row(doc)
        insert = postgresql.insert if self.dialect == "postgresql" else sqlite.insert
        stmt = insert(documents).values(**row)
        stmt = stmt.on_conflict_do_update(
            index_elements=[documents.c.id],
            set_={k: stmt.excluded[k] for k in row if k != "id"},
        )
        conn.execute(stmt)

    def update_events(self, updates: dict[str, dict[str, Any]]) -> None:
        """Set columns on many events (event_id -> {column: value}) in one transaction."""
        try:
            with self.engine.begin() as conn:
                for event_id, values in updates.items():
                    conn.execute(update(events).where(events.c.event_id == event_id).values(**values))
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot update events ({_first_line(exc)})", source=safe_url(self.url)) from None

    # -- reading ---------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        with self._connect() as conn:
            return conn.scalar(select(documents.c.id).where(documents.c.id == doc_id)) is not None

    def find_by_content(self, text: str) -> str | None:
        """Id of a stored document with the same text (e.g. syndicated under another URL)."""
        with self._connect() as conn:
            return conn.scalar(
                select(documents.c.id).where(documents.c.content_hash == content_hash(text)).limit(1)
            )

    def get_document(self, doc_id: str) -> Document | None:
        with self._connect() as conn:
            row = conn.execute(select(documents).where(documents.c.id == doc_id)).mappings().first()
        if row is None:
            return None
        return Document(
            id=row["id"],
            text=row["text"],
            source=row["source"],
            url=row["url"],
            published=row["published"],
            title=row["title"],
        )

    def count_documents(self) -> int:
        with self._connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(documents)) or 0)

    def get_event(self, event_id: str) -> Event | None:
        with self._connect() as conn:
            row = conn.execute(select(events).where(events.c.event_id == event_id)).mappings().first()
        return None if row is None else row_to_event(row)

    def query_events(self, q: EventQuery, limit: int = 100, offset: int = 0) -> list[Event]:
        """Newest first (undated last), then by id so paging is stable."""
        with self._connect() as conn:
            conds = self.conditions(q)
            if any(isinstance(c, ActorCandidates) for c in conds) and self._common_actor(conn, q):
                conds = [c for c in conds if not isinstance(c, ActorCandidates)]
            stmt = select(events).where(*conds).order_by(*self._newest_first()).limit(limit).offset(offset)
            return [_fast_event(dict(r)) for r in conn.execute(stmt).mappings()]

    def _common_actor(self, conn: Connection, q: EventQuery) -> bool:
        """True when the trigram index finds so many rows that walking the date index is cheaper.

        A page from the index costs one row fetch per match (then a sort); the date-order scan
        stops after the page, so for needles like "syria" (a third of all rows) it wins by 50x.
        """
        if self.dialect != "sqlite" or not q.actor:
            return False
        probe = select(func.count()).select_from(_fts_rowids(q.actor.lower()).limit(COMMON_ACTOR_ROWS).subquery())
        return int(conn.scalar(probe) or 0) >= COMMON_ACTOR_ROWS

    def count_events(self, q: EventQuery) -> int:
        stmt = select(func.count()).select_from(events).where(*self.conditions(q))
        with self._connect() as conn:
            return int(conn.scalar(stmt) or 0)

    def iter_events(self, q: EventQuery, batch_size: int = 5000, *, with_evidence: bool = True) -> Iterator[Event]:
        """All matching events oldest first, streamed in batches (server-side cursor on PostgreSQL).

        `with_evidence=False` skips reading the evidence JSON (the bulk of a row) for
        exports that do not write it.
        """
        columns = [c for c in events.columns if with_evidence or c.name != "evidence"]
        names = [c.name for c in columns]
        stmt: Select = select(*columns).where(*self.conditions(q)).order_by(*self._oldest_first())
        try:
            with self.engine.connect() as conn:
                result = conn.execution_options(stream_results=True, yield_per=batch_size).execute(stmt)
                for values in result:
                    yield _fast_event(dict(zip(names, values)))
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read events ({_first_line(exc)})", source=safe_url(self.url)) from None

    def iter_rows(self, q: EventQuery, batch_size: int = 5000) -> Iterator[dict[str, Any]]:
        """Like iter_events but raw column dicts (with review_status, merged_into), for fast exports."""
        stmt: Select = select(events).where(*self.conditions(q)).order_by(*self._oldest_first())
        try:
            with self.engine.connect() as conn:
                result = conn.execution_options(stream_results=True, yield_per=batch_size).execute(stmt)
                for row in result.mappings():
                    yield dict(row)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read events ({_first_line(exc)})", source=safe_url(self.url)) from None

    def _newest_first(self) -> list[Any]:
        """Undated last. SQLite sorts NULL lowest, so plain DESC already does it and can use the index."""
        date_col = events.c.event_date
        first = date_col.desc() if self.dialect == "sqlite" else date_col.desc().nulls_last()
        return [first, events.c.event_id]

    def _oldest_first(self) -> list[Any]:
        date_col = events.c.event_date
        first = date_col.asc().nulls_last() if self.dialect == "sqlite" else date_col.asc()
        return [first, events.c.event_id]

    @staticmethod
    def conditions(q: EventQuery) -> list[Any]:
        """SQL conditions for an EventQuery, reusable by other queries (stats, exports)."""
        c = events.c
        conds: list[Any] = []
        if not q.include_rejected and q.review_status != "rejected":
            conds.append(c.review_status != "rejected")
        if not q.include_merged:
            conds.append(c.merged_into.is_(None))
        for value, column in (
            (q.country, c.country),
            (q.admin1, c.admin1),
            (q.event_type, c.event_type),
            (q.sub_event_type, c.sub_event_type),
            (q.reported_as, c.reported_as),
            (q.document_id, c.document_id),
            (q.review_status, c.review_status),
        ):
            if value:
                conds.append(column == value)
        if q.actor:
            needle = q.actor.lower()
            if len(needle) >= 3:  # trigram index: narrows candidates, the LIKE below decides
                conds.append(ActorCandidates(needle))
            conds.append(
                or_(
                    *(
                        func.lower(col).contains(needle, autoescape=True)
                        for col in (c.actor1, c.actor2, c.assoc_actor_1, c.assoc_actor_2)
                    )
                )
            )
        if q.since:
            conds.append(c.event_date >= q.since)
        if q.until:
            conds.append(c.event_date <= q.until)
        if q.bbox:
            min_lon, min_lat, max_lon, max_lat = q.bbox
            conds.append(
                and_(c.latitude.between(min_lat, max_lat), c.longitude.between(min_lon, max_lon))
            )
        return conds

    def _connect(self) -> _SafeConnection:
        return _SafeConnection(self)

    def close(self) -> None:
        self.engine.dispose()


class _SafeConnection:
    """A read connection whose SQLAlchemy errors become one-line StoreErrors."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn: Connection | None = None

    def __enter__(self) -> Connection:
        try:
            self.conn = self.store.engine.connect()
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open database ({_first_line(exc)})", source=safe_url(self.store.url)) from None
        return self.conn

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
        assert self.conn is not None
        self.conn.close()
        if isinstance(exc, SQLAlchemyError):
            raise StoreError(f"database error ({_first_line(exc)})", source=safe_url(self.store.url)) from None
        return False


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.splitlines()[0][:200] if text else type(exc).__name__
