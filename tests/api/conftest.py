from __future__ import annotations

import warnings

import pytest

from frontlines.api.app import create_app
from frontlines.store.db import Store

from .seed import seed_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette asks for httpx2, which is not packaged yet
    from fastapi.testclient import TestClient


@pytest.fixture()
def store(tmp_path) -> Store:
    seeded = seed_store(f"sqlite:///{tmp_path / 'events.db'}")
    yield seeded
    seeded.close()


@pytest.fixture()
def client(store: Store) -> TestClient:
    with TestClient(create_app(store, max_article_bytes=2000)) as test_client:
        yield test_client
