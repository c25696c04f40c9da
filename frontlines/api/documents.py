"""Document endpoints: a stored article, and extracting events from a posted one."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field, ValidationError, field_validator

from frontlines.model import Document
from frontlines.store.db import EventQuery, Store

from .body_limit import read_limited_body
from .shapes import get_store

router = APIRouter(prefix="/api", tags=["documents"])


class ArticleIn(BaseModel):
    """A news article to run through the pipeline; `published` anchors relative dates."""

    text: str = Field(examples=["Government forces shelled Tafas in Daraa on Thursday, killing two civilians."])
    published: date | None = Field(None, examples=["2021-07-30"])
    source: str = ""
    url: str = ""
    title: str = ""

    @field_validator("text")
    @classmethod
    def _not_blank(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("text is empty; post the article body")
        return text


@router.get("/documents/{document_id}", summary="A stored article and the ids of events extracted from it")
def get_document(document_id: str, store: Store = Depends(get_store)) -> dict[str, Any]:
    document = store.get_document(document_id)
    if document is None:
        raise HTTPException(404, f"no document with id {document_id!r}")
    data = document.to_dict()
    data["event_ids"] = [e.event_id for e in store.iter_events(EventQuery(document_id=document_id))]
    return data


@router.post(
    "/extract",
    summary="Extract events from a posted article without storing anything",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": ArticleIn.model_json_schema()}},
        }
    },
)
async def extract(request: Request) -> dict[str, Any]:
    body = await read_limited_body(request, request.app.state.max_article_bytes)
    try:
        article = ArticleIn.model_validate_json(body)
    except ValidationError as exc:
        raise HTTPException(422, _first_error(exc)) from None
    document = Document(
        id=Document.make_id(article.text, article.url),
        text=article.text,
        source=article.source,
        url=article.url,
        published=article.published,
        title=article.title,
    )
    try:
        from frontlines.pipeline import extract_document
    except ImportError as exc:  # a partial install: say what is missing rather than 500
        raise HTTPException(503, f"the extraction pipeline cannot be loaded ({exc})") from None
    events = await run_in_threadpool(extract_document, document)
    return {"document": document.to_dict(), "events": [e.to_dict() for e in events]}


def _first_error(exc: ValidationError) -> str:
    """One readable line: 'published: Input should be a valid date…'."""
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err.get("loc", ())) or "body"
    return f"{where}: {err.get('msg', 'invalid value')}"
