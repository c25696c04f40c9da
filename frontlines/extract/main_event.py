"""A report's main event, and how a short report's whole text types it.

CASE-style snippets and feed summaries tell one event in a few sentences; typing that event
from the whole text (`classify_text`: rules and model over every sentence) beats typing it
from the one sentence its trigger sits in, which often lacks the decisive word ("… Police
later fired tear gas"). Long articles tell many events, so they keep per-sentence typing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from frontlines.data import read_yaml
from frontlines.extract import event_model, framing
from frontlines.extract.displacement import flight_only
from frontlines.extract.event_rules import VIOLENT_TYPES, mentions_protest
from frontlines.extract.history_events import is_expulsion
from frontlines.extract.repelled_attacks import repelled_attack
from frontlines.extract.types import EventMention
from frontlines.model import Span

# A short report (a snippet, a feed summary) has at most this many sentences and words:
# 99% of CASE 2021 snippets have 1-3 sentences and all have at most 104 words; a news article
# runs to dozens of sentences and tells several events (a 140-word, eight-sentence report of a
# recapture and an air strike must keep its per-sentence types).
SHORT_REPORT_SENTENCES = 3
SHORT_REPORT_WORDS = 120
# Changes of control decided by who took the place from whom, which a whole-text guess does not retype.
TERRITORIAL = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
# How sure the model must be to make a short report with no trigger and no rule cue an event:
# more likely its label than all others together. CASE CV held-out, pipeline path (event /
# sub-event / not-ACLED F1): 0.5 -> 0.835 / 0.805 / 0.857, 0.3 -> 0.834 / 0.800 / 0.862, no
# floor -> 0.841 / 0.805 / 0.893. No floor is not shipped: it was found from held-out aggregate
# counts, and CASE is four-fifths events while a news feed's short texts without any trigger or
# cue mostly are not ("Schools reopened in Mogadishu" became a recapture at 0.24).
UNANCHORED_EVENT_PROBABILITY = 0.5


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
    from frontlines.extract.events import ESCALATED_PROTEST, classify_text

    out: list[EventMention | None] = list(mentions)
    if not is_short_report(doc) or not event_model.enabled():
        return out
    main = main_mention(mentions)
    if main is None:
        return out
    if _misread_outbreak(doc):
        return out  # "after clashes erupted": the rule read a volcano or a battle; the sentences' own types stand
    label = classify_text(doc.text)
    if label is None:
        return [m if m.background else None for m in mentions]
    if label.sub_event_type == main.label.sub_event_type:
        return out
    if label.sub_event_type == "Government regains territory" and main.label.sub_event_type == "Non-state actor overtakes territory":
        return out  # the capture's own agent is a rebel or foreign force; the text's first actor only a guess
    if main.label.sub_event_type in TERRITORIAL and is_expulsion(doc[main.trigger_token]):
        return out  # "were expelled from the town by AU troops": who lost the place settles the type
    if main.label.sub_event_type == "Mob violence" and label.event_type in {"Battles", "Protests"}:
        return out  # the attackers are a mob or party thugs (mob_attacks.py): no armed group fought, no crowd protested
    if main.label.sub_event_type in ESCALATED_PROTEST and label.sub_event_type == "Peaceful protest":
        return out  # "police used tear gas to break up the march": the crowd was stopped, whatever its calm
    if main.label.sub_event_type == "Arrests" and label.event_type == "Protests" and not mentions_protest(doc.text):
        return out  # "police hauled away three opposition activists": no crowd protested, the arrest stands
    if repelled_attack(doc[main.trigger_token]) is not None:
        return out  # "repelled a Russian assault": the sides fought (an Armed clash), whatever else the text says
    if label.sub_event_type == "Looting/property destruction" and main.label.event_type in VIOLENT_TYPES:
        return out  # ACLED codes destruction only when no violent event covers it ("set fire to a church, killing six")
    retyped = replace(
        main,
        label=event_label(label.sub_event_type, main.label.score),
        civilian_targeting=label.event_type == "Violence against civilians"
        or (main.civilian_targeting and label.event_type == "Explosions/Remote violence"),
    )
    return [retyped if m is main else m for m in mentions]


def _misread_outbreak(doc: Doc) -> bool:
    from frontlines.extract.event_rules import match_text
    from frontlines.extract.events import outbreak_of_event

    found = match_text(doc.text)
    return found is not None and outbreak_of_event(doc[:], found)


def detect_report(doc: Doc) -> list[tuple[SpacySpan, EventMention]]:
    """Every event mention of a parsed report with its sentence: per-sentence detection, then a
    short report's main event typed from the whole text (`type_short_report`), and a short
    report in which no sentence yielded an event given the one its whole text tells
    (`whole_report_mention`)."""
    from frontlines.extract.events import detect_events

    found = [(sent, mention) for sent in doc.sents for mention in detect_events(sent)]
    if not found:
        return [fallback] if (fallback := whole_report_mention(doc)) is not None else []
    typed = type_short_report(doc, [mention for _, mention in found])
    return [(sent, mention) for (sent, _), mention in zip(found, typed) if mention is not None]


def whole_report_mention(doc: Doc) -> tuple[SpacySpan, EventMention] | None:
    """The event a short report tells in words no sentence frame knows, or None.

    The sentence detector needs a trigger in a known frame; a snippet can tell its event
    without one ("the alleged serial gang rapes of tribal girls", a caption). When the whole
    text reads as an ACLED event (`classify_text`), the mention is anchored on the typing
    rules' cue word when one names an ACLED action, else on what the first sentence reports
    (`_reported_verb`: the clause a source said, not "said"), when the model is at least
    UNANCHORED_EVENT_PROBABILITY sure. A hypothetical, a running total or commentary at the
    anchor ("plan to attack", "the talks would resume", "the airstrikes could escalate the
    war") is still no event.
    """
    from frontlines.extract.events import (
        awaited,
        classify_text,
        deployed_ahead,
        deployed_in_response,
        reinforces_told_fight,
    )

    if not is_short_report(doc) or not event_model.enabled():
        return None
    label = classify_text(doc.text)
    if label is None:
        return None
    anchor = _rule_cue(doc)
    if anchor is None and label.score >= UNANCHORED_EVENT_PROBABILITY:
        anchor = _reported_verb(next(iter(doc.sents)))
    if anchor is None:
        return None
    sent = anchor.sent
    hypothetical = any(framing.is_irrealis(sent, t.i) for t in (anchor, anchor.head))  # "could launch an offensive"
    if hypothetical or framing.is_commentary(sent, anchor.i):
        return None
    if framing.tells_no_occurrence(sent, anchor.i):  # "since May, 300 killed", "Every day there are…", "'they are shelling it'"
        return None
    if label.sub_event_type == "Other" and flight_only(anchor):
        return None  # "residents fled to nearby forests": ACLED codes the violence, not the flight
    if label.sub_event_type == "Change to group/activity" and (deployed_in_response(anchor) or reinforces_told_fight(anchor)):
        return None  # "police were deployed to protect traders": a response, not a change to the force
    if deployed_ahead(anchor) or awaited(anchor):
        return None  # "police were deployed ahead of protests": a precaution, the protest is yet to happen
    return sent, EventMention(
        label=label,
        trigger=Span(anchor.idx, anchor.idx + len(anchor.text), anchor.text),
        trigger_token=anchor.i,
        sentence=Span(sent.start_char, sent.end_char, sent.text),
        civilian_targeting=label.event_type == "Violence against civilians",
        hedged=framing.is_hedged(sent, anchor.i),
        background=framing.is_background(sent, anchor.i),
        confidence=0.5,  # no trigger frame vouches for it: the lowest confidence a detected mention gets
    )


def _rule_cue(doc: Doc) -> Token | None:
    from frontlines.extract.event_rules import match_text

    found = match_text(doc.text)
    if found is None or not found.is_acled:
        return None
    cue = doc.char_span(found.start, found.end, alignment_mode="expand")
    return cue.root if cue is not None and len(cue) else None


@lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    return frozenset(read_yaml("events", "reporting_verbs.yaml")["reporting_verbs"])


def _reported_verb(sent: SpacySpan) -> Token:
    """The verb of what a sentence reports: a reporting root's clausal complement ("police said
    gunmen killed five" -> "killed"), so framing sees the said clause's own modality."""
    root = sent.root
    if root.lemma_.lower() in _reporting_verbs():
        said = next((c for c in root.children if c.dep_ in {"ccomp", "parataxis"}), None)
        if said is not None:
            return said
    return root
