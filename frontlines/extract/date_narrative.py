"""The day a report's narrative is about, for a sentence that carries no date of its own.

ACLED coders date such a sentence by the story around it, not by the publication date:
"On Tuesday, PDF fighters ambushed a convoy near Budalin. Troops set fire to houses in Ye-U"
is Tuesday's arson too; "Police fired tear gas on Monday ..." then, paragraphs later, "In
Kibera, youths burned tyres" continues Monday's lead. The rule, in order:

1. A sentence opening with a narrative break ("Earlier", "Meanwhile", "Previously" — see
   frontlines/data/dates/narrative_breaks.yaml) inherits nothing.
2. Paragraph: the nearest date expression in an earlier sentence of the same paragraph, at its
   own precision (the paragraph is one scene); a date inside a clause that modifies a noun ("men
   arrested last week") dates that noun, so the sentence's main-clause date is taken first. A
   "since ..." range or a break opener met first stops the search: the paragraph moved to history.
3. Lead: the report's lead date (the date of its first event, dated by its own words) when the
   story has not moved since — every date expression between the lead and the sentence is that
   same day and no sentence between opens with a break. Across paragraphs the link is less
   sure, so precision is at most the week (2).

Otherwise None: the caller keeps the publication date at week precision.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from spacy.tokens import Span as SpacySpan

from frontlines.data import read_yaml
from frontlines.extract.dates import is_background_range, sentence_dates
from frontlines.extract.types import DateResolution
from frontlines.model import TimePrecision

_OPENING_PUNCT = "\"'“‘([ —-"


@lru_cache(maxsize=1)
def _break_openers() -> tuple[str, ...]:
    return tuple(o.lower() for o in read_yaml("dates", "narrative_breaks.yaml")["openers"])


def opens_with_break(text: str) -> bool:
    """True when a sentence opens by leaving the narrative's day ('Earlier, ...', 'Meanwhile, in ...')."""
    lowered = text.lstrip(_OPENING_PUNCT).lower()
    return any(re.match(re.escape(o) + r"\b", lowered) for o in _break_openers())


def _paragraph_breaks(text: str) -> list[int]:
    """Offsets where paragraphs start: blank lines when the text has any, else line breaks."""
    pattern = r"\n\s*\n" if re.search(r"\n\s*\n", text) else r"\n"
    return [m.end() for m in re.finditer(pattern, text)]


def _same_paragraph(breaks: list[int], a: int, b: int) -> bool:
    return not any(a < br <= b for br in breaks)


def _main_clause_dates(sent: SpacySpan, found: list[DateResolution]) -> list[DateResolution]:
    """The dates of what `sent` reports, not of a noun's clause inside it: in "On Sunday, women
    blocked roads to demand the release of men arrested last week", the story's day is Sunday.
    All of `found` when every date sits in such a clause."""
    doc = sent.doc
    main = []
    for found_date in found:
        span = None if found_date.span is None else doc.char_span(found_date.span.start, found_date.span.end, alignment_mode="expand")
        inner = span is not None and len(span) > 0 and any(
            a.dep_ in {"acl", "relcl"} and sent.start <= a.i < sent.end for a in span.root.ancestors
        )
        if not inner:
            main.append(found_date)
    return main or found


def narrative_date(sent: SpacySpan, published: date, lead: DateResolution | None = None) -> DateResolution | None:
    """The date `sent` inherits from its paragraph or the report's lead (module docstring), or None.

    `lead` is the report's lead date with its span in document offsets; a lead after the
    sentence is ignored.
    """
    if opens_with_break(sent.text):
        return None
    doc = sent.doc
    breaks = _paragraph_breaks(doc.text)
    earlier = [s for s in doc.sents if s.end_char <= sent.start_char]
    in_paragraph = True
    seen: list[DateResolution] = []  # dates met between the sentence and the lead, nearest first
    for previous in reversed(earlier):
        if lead is not None and lead.span is not None and previous.end_char <= lead.span.start:
            break
        in_paragraph = in_paragraph and _same_paragraph(breaks, previous.start_char, sent.start_char)
        found = sentence_dates(previous, published)
        if in_paragraph and found:
            nearest = _main_clause_dates(previous, found)[-1]
            return None if is_background_range(nearest) else nearest
        if lead is not None and lead.span is not None:
            found = [r for r in found if r.span is not None and r.span.start > lead.span.start]
        seen.extend(found)
        if opens_with_break(previous.text) or (lead is None and not in_paragraph):
            return None
    if lead is None or lead.span is None or lead.span.start >= sent.start_char:
        return None
    if any(r.date != lead.date or is_background_range(r) for r in seen):
        return None
    return DateResolution(lead.date, TimePrecision(max(int(lead.precision), int(TimePrecision.WEEK))), lead.span, lead.expression)
