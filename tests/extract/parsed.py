"""Test helper: the parsed sentence of a text and the index of a word in it, as the framing,
judicial and event checks take them."""

from __future__ import annotations

from spacy.tokens import Span

from frontlines.nlp import parse


def sentence_at(text: str, word: str) -> tuple[Span, int]:
    """(sentence containing the first token equal to `word`, that token's index)."""
    doc = parse(text)
    tok = next(t for t in doc if t.text == word)
    return tok.sent, tok.i
