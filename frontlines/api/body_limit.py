"""Read a request body with a size cap, so one huge POST can't exhaust the server's memory."""

from __future__ import annotations

from fastapi import HTTPException, Request


def too_large(limit: int, size: int | None = None) -> HTTPException:
    got = f"{size:,} bytes" if size is not None else f"more than {limit:,} bytes"
    return HTTPException(
        413,
        f"article is {got}; the limit is {limit:,} bytes "
        "(send a shorter article or start the server with a larger --max-article-bytes)",
    )


async def read_limited_body(request: Request, limit: int) -> bytes:
    """The raw body, or 413 as soon as the declared or streamed size passes `limit`."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large(limit, int(declared))
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)
