"""Event endpoints: list with filters, one event with its sources, and the review workflow."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from frontlines.model import Event
from frontlines.store.db import EventQuery, Store
from frontlines.store.reviews import record_review, review_history, review_statuses

from .filters import event_query
from .shapes import event_json, get_store
from .summaries import event_summaries

router = APIRouter(prefix="/api/events", tags=["events"])

MAX_PAGE = 5000


class ReviewIn(BaseModel):
    """One analyst decision; `changes` maps Event field names to new values (edit only)."""

    action: Literal["confirm", "edit", "reject"]
    changes: dict[str, Any] = Field(default_factory=dict, examples=[{"fatalities": 3, "admin2": "Daraa"}])
    reviewer: str = Field(min_length=1, max_length=120, examples=["analyst-1"])
    comment: str = Field("", max_length=2000)
    seen_review_id: int | None = Field(
        None, ge=0, description="Newest review id the analyst saw (0: none); a newer one makes this a 409 conflict"
    )


def load_event(store: Store, event_id: str) -> Event:
    event = store.get_event(event_id)
    if event is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    return event


@router.get("", summary="List events matching the filters, with the total for paging")
def list_events(
    q: EventQuery = Depends(event_query),
    limit: int = Query(100, ge=1, le=MAX_PAGE),
    offset: int = Query(0, ge=0),
    compact: bool = Query(False, description="Only the columns a map or list needs (no evidence, notes, counts)"),
    store: Store = Depends(get_store),
) -> JSONResponse:
    if compact:
        rows = event_summaries(store, q, limit, offset)
    else:
        found = store.query_events(q, limit=limit, offset=offset)
        statuses = review_statuses(store.engine, [e.event_id for e in found])
        rows = [event_json(e, statuses.get(e.event_id, "unreviewed")) for e in found]
    # Rows are already JSON-ready; skipping FastAPI's re-encoding matters for 5,000 markers.
    return JSONResponse({"total": store.count_events(q), "limit": limit, "offset": offset, "events": rows})


@router.get("/{event_id}", summary="One event with its source documents, evidence and review history")
def get_event(event_id: str, store: Store = Depends(get_store)) -> dict[str, Any]:
    event = load_event(store, event_id)
    status = review_statuses(store.engine, [event_id]).get(event_id, "unreviewed")
    doc_ids = list(dict.fromkeys([event.document_id, *event.sources]))
    documents = [d for d in (store.get_document(i) for i in doc_ids if i) if d is not None]
    data = event_json(event, status)
    return {
        "event": data,
        "documents": [d.to_dict() for d in documents],
        "evidence": data["evidence"],
        "reviews": review_history(store.engine, event_id),
    }


@router.post("/{event_id}/review", summary="Confirm, edit or reject an event")
def post_review(event_id: str, review: ReviewIn, store: Store = Depends(get_store)) -> dict[str, Any]:
    saved = record_review(
        store.engine, event_id, review.action, review.changes, review.reviewer, review.comment, review.seen_review_id
    )
    event = load_event(store, event_id)
    return {"review": saved, "event": event_json(event, review_statuses(store.engine, [event_id])[event_id])}


@router.get("/{event_id}/reviews", summary="Every review of an event, oldest first")
def get_reviews(event_id: str, store: Store = Depends(get_store)) -> list[dict[str, Any]]:
    load_event(store, event_id)
    return review_history(store.engine, event_id)

