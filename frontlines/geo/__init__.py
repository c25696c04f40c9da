"""Geocoding: find place names, resolve them against an offline gazetteer, and locate events.

Public API (the pipeline codes against exactly this):
`find_toponyms`, `resolve_toponyms`, `geocode_name`, `article_context`, `locate_event`.
"""

from __future__ import annotations

from frontlines.geo.context import article_context
from frontlines.geo.event_location import locate_event
from frontlines.geo.geocode import geocode_name
from frontlines.geo.recognize import find_toponyms
from frontlines.geo.resolve import resolve_toponyms

__all__ = ["article_context", "find_toponyms", "geocode_name", "locate_event", "resolve_toponyms"]
