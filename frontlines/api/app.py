"""The analysts' HTTP API and web page, one FastAPI app over one Store."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi_offline import FastAPIOffline
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from frontlines import __version__
from frontlines.errors import FrontlinesError, InputError, StoreError
from frontlines.store.db import Store
from frontlines.store.reviews import StaleReviewError, UnknownEventError

from . import boundaries, documents, events, stats, taxonomy

STATIC_DIR = Path(__file__).resolve().parents[1] / "web" / "static"

DESCRIPTION = """Query ACLED-style events extracted from news reports, read the evidence
behind each field, and record analysts' reviews (confirm, edit, reject)."""


def create_app(store: Store | None = None, *, max_article_bytes: int = 1_000_000) -> FastAPI:
    """Build the app; `store` defaults to FRONTLINES_DB or ./frontlines.db."""
    # FastAPIOffline serves Swagger UI and ReDoc from the package, not a CDN.
    app = FastAPIOffline(title="frontlines", version=__version__, description=DESCRIPTION)
    app.state.store = store if store is not None else Store()
    app.state.max_article_bytes = max_article_bytes
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    for module in (events, documents, stats, taxonomy, boundaries):
        app.include_router(module.router)
    _add_error_handlers(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    return app


def _add_error_handlers(app: FastAPI) -> None:
    """Expected failures become one-line JSON errors, never a 500 with a traceback."""

    def handler(status: int):
        async def respond(request: Request, exc: Exception) -> JSONResponse:
            return JSONResponse({"detail": str(exc)}, status_code=status)

        return respond

    app.add_exception_handler(UnknownEventError, handler(404))
    app.add_exception_handler(StaleReviewError, handler(409))
    app.add_exception_handler(InputError, handler(422))
    app.add_exception_handler(StoreError, handler(503))
    app.add_exception_handler(FrontlinesError, handler(400))
