"""Group reports of one event and build the merged record.

Clusters are built greedily with complete linkage (a report joins a cluster only if it
matches every member), so one vague report cannot chain two distinct events together.
The merged record follows ACLED practice: one event, several sources, the lowest reported
fatality figure (the most conservative), and every source's evidence kept.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from frontlines.model import Counts, Event, Evidence
from frontlines.merge.rules import MergeRules, load_rules, same_event


def _precision_rank(ev: Event) -> tuple:
    """Preferred representative: more confident, more precise date and place, then stable order."""
    return (
        -ev.confidence,
        int(ev.time_precision or 9),
        int(ev.geo_precision or 9),
        ev.document_id,
        ev.event_id,
    )


def _block(ev: Event, rules: MergeRules) -> tuple:
    """Events in different blocks can never match, so only same-block pairs are compared."""
    return (rules.family_of.get(ev.event_type, ev.event_type), ev.country.lower(), ev.reported_as)


def cluster_events(events: Iterable[Event], rules: MergeRules | None = None) -> list[list[Event]]:
    """Clusters of events that report the same incident; each cluster's first event is its representative."""
    rules = rules or load_rules()
    widest = max(rules.date_window_days.values())
    ordered = sorted(events, key=_precision_rank)
    clusters: list[list[Event]] = []
    by_block: dict[tuple, list[list[Event]]] = {}
    for ev in ordered:
        candidates = by_block.setdefault(_block(ev, rules), [])
        for cluster in candidates:
            rep_date = cluster[0].event_date
            if rep_date and ev.event_date and abs((rep_date - ev.event_date).days) > 2 * widest:
                continue
            if all(same_event(ev, member, rules) for member in cluster):
                cluster.append(ev)
                break
        else:
            cluster = [ev]
            candidates.append(cluster)
            clusters.append(cluster)
    return clusters


def _min_known(values: Iterable[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return min(known) if known else None


def merge_cluster(cluster: list[Event]) -> Event:
    """One record for a cluster: the representative's fields plus all sources and evidence."""
    rep = cluster[0]
    if len(cluster) == 1:
        return dataclasses.replace(rep, sources=list(rep.sources) or ([rep.document_id] if rep.document_id else []))
    counts = Counts(
        **{f.name: _min_known(getattr(ev.counts, f.name) for ev in cluster) for f in dataclasses.fields(Counts)}
    )
    # A report that gives no figure is not a report of zero deaths: take the lowest given figure.
    fatalities = _min_known(
        ev.counts.fatalities if ev.counts.fatalities is not None else (ev.fatalities or None) for ev in cluster
    ) or 0
    sources: list[str] = []
    for ev in cluster:
        for doc_id in (ev.sources or [ev.document_id]):
            if doc_id and doc_id not in sources:
                sources.append(doc_id)
    evidence: list[Evidence] = []
    seen: set[tuple] = set()
    for ev in cluster:
        for item in ev.evidence:
            note = item.note or (f"source {ev.document_id}" if ev is not rep else "")
            key = (item.field, item.sentence, note)
            if key not in seen:
                seen.add(key)
                evidence.append(dataclasses.replace(item, note=note))
    outlets = []
    for ev in cluster:
        for name in ev.source.split(";"):
            name = name.strip()
            if name and name not in outlets:
                outlets.append(name)
    return dataclasses.replace(
        rep,
        fatalities=fatalities,
        counts=counts,
        sources=sources,
        evidence=evidence,
        source="; ".join(outlets),
        hedged=all(ev.hedged for ev in cluster),
        confidence=max(ev.confidence for ev in cluster),
    )


def merge_events(events: list[Event]) -> list[Event]:
    """Reports of the same event from different documents become one event with several sources."""
    return [merge_cluster(cluster) for cluster in cluster_events(events)]
