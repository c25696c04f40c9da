"""Apply merging to the database: duplicates point at the kept event (`merged_into`).

Duplicates stay in the table (their own evidence and figures are not lost) and are hidden
from queries and exports by default. Analysts' decisions win: a reviewed event is never
hidden as a duplicate and its reviewed values are not changed; only its source list grows.
Re-running recomputes every cluster in the queried range from scratch.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from frontlines.merge.clusters import cluster_events, merge_cluster
from frontlines.model import Event
from frontlines.store.db import EventQuery, Store, row_to_event


@dataclass
class MergeReport:
    events: int = 0
    clusters: int = 0  # clusters with more than one report
    duplicates: int = 0  # events now pointing at another


def apply_merge(store: Store, query: EventQuery | None = None) -> MergeReport:
    """Cluster the stored events matching `query` and record the merges, in one transaction."""
    query = query or EventQuery()
    scan = EventQuery(**{**query.__dict__, "include_merged": True, "include_rejected": False})
    events: list[Event] = []
    status: dict[str, str] = {}
    previous: dict[str, str | None] = {}
    for row in store.iter_rows(scan):
        ev = row_to_event(row)
        events.append(ev)
        status[ev.event_id] = row["review_status"]
        previous[ev.event_id] = row["merged_into"]
    report = MergeReport(events=len(events))
    updates: dict[str, dict[str, Any]] = {}
    for cluster in cluster_events(events):
        reviewed = [ev for ev in cluster if status[ev.event_id] != "unreviewed"]
        rep = reviewed[0] if reviewed else cluster[0]
        dups = [ev for ev in cluster if ev is not rep and status[ev.event_id] == "unreviewed"]
        for ev in cluster:
            if ev is not rep and ev not in dups and previous[ev.event_id] is not None:
                updates[ev.event_id] = {"merged_into": None}
        if previous[rep.event_id] is not None:
            updates[rep.event_id] = {"merged_into": None}
        if not dups:
            continue
        report.clusters += 1
        report.duplicates += len(dups)
        merged = merge_cluster([rep, *dups])
        fields: dict[str, Any] = {"merged_into": None, "sources": merged.sources}
        if status[rep.event_id] == "unreviewed":
            data = merged.to_dict()
            fields.update(
                fatalities=merged.fatalities,
                counts=data["counts"],
                evidence=data["evidence"],
                source=merged.source,
                hedged=merged.hedged,
                confidence=merged.confidence,
            )
        updates[rep.event_id] = fields
        for ev in dups:
            updates[ev.event_id] = {"merged_into": rep.event_id}
    store.update_events(updates)
    return report
