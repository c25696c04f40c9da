"""Merge reports of the same event from different documents into one record.

Public API: `merge_events(events) -> list[Event]`, `cluster_events(events) -> list[list[Event]]`,
`apply_merge(store, query)`.
"""

from frontlines.merge.clusters import cluster_events, merge_cluster, merge_events
from frontlines.merge.store_merge import apply_merge

__all__ = ["apply_merge", "cluster_events", "merge_cluster", "merge_events"]
