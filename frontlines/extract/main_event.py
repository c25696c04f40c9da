"""A report's main event, and how a short report's whole text types it.

CASE-style snippets and feed summaries tell one event in a few sentences; typing that event
from the whole text (`classify_text`: rules and model over every sentence) beats typing it
from the one sentence its trigger sits in, which often lacks the decisive word ("… Police
later fired tear gas"). Long articles tell many events, so they keep per-sentence typing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from frontlines.extract import event_model
from frontlines.extract.types import EventMention

# A short report (a snippet, a feed summary) has at most this many sentences and words:
# 99% of CASE 2021 snippets have 1-3 sentences and all have at most 104 words; a news article
# runs to dozens of sentences and tells several events (a 140-word, eight-sentence report of a
# recapture and an air strike must keep its per-sentence types).
SHORT_REPORT_SENTENCES = 3
SHORT_REPORT_WORDS = 120


def main_mention(mentions: Sequence[EventMention]) -> EventMention | None:
    """The event a reader would say the report is about, among its mentions in text order.

    Background (recalled history) counts only when the report tells nothing newer (an
    anniversary piece is about the history it recalls), and an allegation only when nothing
    else is reported as fact. A mention whose own clause matched a specific typing rule ("shelled",
    "looted", "took over the town") is what the report describes in detail; one typed only by
    a family default or a generic rule ("killed" -> Armed clash, "reinforced the area",
    "protesters") is usually a side action, a consequence or a caption line. So the first
    specifically typed mention wins, else the first mention: news leads with its main event.
    Other sentences can still settle how ACLED codes that one event (`report_level_label`):
    a takeover told to follow the defenders' withdrawal, a protest whose crowd later rioted.
    """
    from frontlines.extract.events import SENTENCE_OVER, report_level_label

    live = [m for m in mentions if not m.background] or list(mentions)
    pool = [m for m in live if not m.hedged] or live
    specific = [m for m in pool if m.label.score > SENTENCE_OVER]
    chosen = (specific or pool or [None])[0]
    if chosen is None:
        return None
    wanted = report_level_label(chosen.label, [m.label for m in pool])
    return next(m for m in pool if m.label.sub_event_type == wanted) if wanted else chosen


def is_short_report(doc: Doc) -> bool:
    return len(doc.text.split()) <= SHORT_REPORT_WORDS and sum(1 for _ in doc.sents) <= SHORT_REPORT_SENTENCES


def type_short_report(doc: Doc, mentions: Sequence[EventMention]) -> list[EventMention | None]:
    """`mentions` with a short report's main event typed from the whole text (None = dropped).

    When the whole text reads as no ACLED event at all (an accident, a crime, a statement),
    the report's non-background mentions are dropped. Long reports, reports without a main
    event and runs without the event model are returned unchanged.
    """
    from frontlines.extract.event_rules import event_label
    from frontlines.extract.events import classify_text

    out: list[EventMention | None] = list(mentions)
    if not is_short_report(doc) or not event_model.enabled():
        return out
    main = main_mention(mentions)
    if main is None:
        return out
    label = classify_text(doc.text)
    if label is None:
        return [m if m.background else None for m in mentions]
    if label.sub_event_type == main.label.sub_event_type:
        return out
    retyped = replace(
        main,
        label=event_label(label.sub_event_type, main.label.score),
        civilian_targeting=label.event_type == "Violence against civilians"
        or (main.civilian_targeting and label.event_type == "Explosions/Remote violence"),
    )
    return [retyped if m is main else m for m in mentions]
