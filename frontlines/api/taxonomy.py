"""The ACLED taxonomy as the page's edit form needs it (type → sub-types)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from frontlines.extract.event_rules import taxonomy

router = APIRouter(prefix="/api", tags=["reference"])


@router.get("/taxonomy", summary="ACLED event types and sub-event types (frontlines/data/events/taxonomy.yaml)")
def get_taxonomy() -> dict[str, Any]:
    table = taxonomy()
    return {
        "event_types": list(dict.fromkeys(entry["event_type"] for entry in table.values())),
        "sub_event_types": [
            {"sub_event_type": sub, "event_type": entry["event_type"], "disorder_type": entry["disorder_type"]}
            for sub, entry in table.items()
        ],
    }
