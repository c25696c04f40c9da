"""Errors users see: one line, naming the input and what to do about it."""

from __future__ import annotations


class FrontlinesError(Exception):
    """An expected failure shown to the user as one line, never as a traceback."""

    def __init__(self, message: str, *, source: str = "") -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class InputError(FrontlinesError):
    """The input (file, record, feed) cannot be read as an article."""


class StoreError(FrontlinesError):
    """The database cannot be opened or written."""
