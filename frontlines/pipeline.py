"""The whole extractor as one pure function of a document, so the CLI, the API and
the Dask workers run exactly the same code.

Stages (each its own module): nlp → events → framing → dates → numbers → actors → geo → notes.
This module only wires them together and records the evidence for each field.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

import pycountry
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from frontlines import geo
from frontlines.data import read_yaml
from frontlines.extract import actors as actor_stage
from frontlines.extract import date_narrative
from frontlines.extract import dates as date_stage
from frontlines.extract import numbers as number_stage
from frontlines.extract.actor_dictionary import acled_country
from frontlines.extract.claims import attribute_claims, find_claims
from frontlines.extract.collapse import PUBLICATION_DATE_NOTE, collapse_restatements
from frontlines.extract.date_offsets import earlier_by
from frontlines.extract.main_event import detect_report
from frontlines.extract.notes import write_note
from frontlines.extract.regime_names import date_state_actors
from frontlines.extract.repelled_attacks import defenders
from frontlines.extract.types import Actor, DateResolution, EventMention
from frontlines.geo.types import GeoContext
from frontlines.model import Document, Event, Evidence, Span, TimePrecision
from frontlines.nlp import get_nlp

# An event dated this long before publication is history recalled by the report, not news.
BACKGROUND_AFTER_DAYS = 45
# Evidence notes of a date inherited from other sentences start so (it is never a lead date).
NO_OWN_DATE = "no date of its own"


@lru_cache(maxsize=1)
def _date_links() -> dict:
    """Cues that tie an undated event to the previous dated one ('Following those developments')."""
    return read_yaml("pipeline", "date_links.yaml")


def warm_up() -> None:
    """Load every model and index once (per process / per Dask worker) before timing or serving."""
    get_nlp()
    extract_document(Document(id="warm-up", text="Troops clashed with rebels in Aleppo on Monday.", published=date(2020, 1, 8)))


def extract_document(document: Document) -> list[Event]:
    """All events a coder would record from one article, newest-first order of the text."""
    if not document.text.strip():
        return []
    doc = get_nlp()(document.text)
    return extract_parsed(document, doc)


def extract_batch(documents: Iterable[Document]) -> list[Event]:
    """Batch form for workers: spaCy's pipe parses documents in batches, models load once."""
    docs = list(documents)
    nlp = get_nlp()
    parsed = nlp.pipe((d.text for d in docs), batch_size=16)
    events: list[Event] = []
    for document, doc in zip(docs, parsed):
        if document.text.strip():
            events.extend(extract_parsed(document, doc))
    return events


def extract_parsed(document: Document, doc: Doc) -> list[Event]:
    context = geo.article_context(doc)
    country = _country_name(context)
    doc.user_data["country"] = country  # the event and actor stages read the article's country from here
    events: list[Event] = []
    for sent, mention in detect_report(doc):
        events.append(_code_event(document, doc, sent, mention, context, country, events))
    for event in attribute_claims(events, doc, find_claims(doc, country)):
        event.interaction = actor_stage.interaction_code(event.inter1, event.inter2)
        event.notes = write_note(event)
    kept = _collapse_repeats(events)
    for event in kept:
        if date_state_actors(event, country):  # "Military Forces of Sudan (1989-2019)" for a 2018 event
            event.notes = write_note(event)
    return kept


def _code_event(
    document: Document,
    doc: Doc,
    sent: SpacySpan,
    mention: EventMention,
    context: GeoContext,
    country: str | None,
    earlier: list[Event],
) -> Event:
    label = mention.label
    sentence_text = sent.text
    event = Event(
        event_id=_event_id(document.id, mention),
        document_id=document.id,
        event_type=label.event_type,
        sub_event_type=label.sub_event_type,
        disorder_type=label.disorder_type,
        civilian_targeting="Civilian targeting" if mention.civilian_targeting else "",
        source=document.source,
        hedged=mention.hedged,
        sources=[document.id],
    )
    evidence = [Evidence("event_type", sentence_text, mention.trigger)]

    _code_date(event, document, sent, mention, earlier, evidence)
    _code_counts(event, sent, mention, evidence)
    _code_actors(event, sent, mention, country, evidence)
    _code_location(event, doc, sent, mention, context, evidence)

    background = mention.background or (
        document.published is not None
        and event.event_date is not None
        and event.event_date < document.published - timedelta(days=BACKGROUND_AFTER_DAYS)
    )
    event.reported_as = "background" if background else "new"
    event.evidence = evidence
    event.confidence = _confidence(event, mention)
    event.notes = write_note(event)
    return event


def _code_date(
    event: Event,
    document: Document,
    sent: SpacySpan,
    mention: EventMention,
    earlier: list[Event],
    evidence: list[Evidence],
) -> None:
    """Own date expression, else a cue tying it to an earlier event, else the narrative's day
    (`date_narrative`), else publication at week precision: coders date by the story first."""
    if document.published is None:
        return
    found = date_stage.find_event_date(sent, document.published, mention.trigger_token)
    if found is not None:
        _set_date(event, found, sent.text, evidence)
        return
    # "The attack comes a week after gunmen killed 10": the inherited day is the main clause's
    gap = earlier_by(sent.doc[mention.trigger_token]) or timedelta(0)
    shifted = f" less {gap.days} days" if gap else ""
    linked = _linked_earlier_event(sent, earlier)
    if linked is not None and linked.event_date is not None:
        event.event_date = linked.event_date - gap
        event.time_precision = TimePrecision(max(int(linked.time_precision or 1), int(TimePrecision.WEEK)))
        evidence.append(
            Evidence(
                "event_date",
                sent.text,
                None,
                note=f"{NO_OWN_DATE}; the text ties it to the earlier event of {linked.event_date.isoformat()}{shifted}",
            )
        )
        return
    inherited = date_narrative.narrative_date(sent, document.published, _lead_date(earlier))
    if inherited is not None and inherited.span is not None:
        source = sent.doc.char_span(inherited.span.start, inherited.span.end, alignment_mode="expand")
        event.event_date = inherited.date - gap
        event.time_precision = TimePrecision(max(int(inherited.precision), int(TimePrecision.WEEK))) if gap else inherited.precision
        note = f"{NO_OWN_DATE}; the narrative's {inherited.expression!r} ({inherited.date.isoformat()}){shifted}"
        evidence.append(Evidence("event_date", source.sent.text if source is not None else sent.text, inherited.span, note=note))
        return
    event.event_date = document.published
    event.time_precision = TimePrecision.WEEK
    evidence.append(
        Evidence("event_date", sent.text, None, note=PUBLICATION_DATE_NOTE)
    )


def _lead_date(earlier: list[Event]) -> DateResolution | None:
    """The report's lead date: its first event's, when that is news dated by the text's own words."""
    if not earlier or earlier[0].reported_as != "new" or earlier[0].event_date is None:
        return None
    lead = earlier[0]
    dated = next((e for e in lead.evidence if e.field == "event_date" and e.span is not None), None)
    if dated is None or dated.note.startswith(NO_OWN_DATE):
        return None
    return DateResolution(lead.event_date, TimePrecision(int(lead.time_precision or 1)), dated.span, dated.note)


def _set_date(event: Event, found: DateResolution, sentence: str, evidence: list[Evidence]) -> None:
    event.event_date = found.date
    event.time_precision = found.precision
    evidence.append(Evidence("event_date", sentence, found.span, note=found.expression))


def _linked_earlier_event(sent: SpacySpan, earlier: list[Event]) -> Event | None:
    lowered = sent.text.lower()
    if not earlier or not any(cue in lowered for cue in _date_links()["cues"]):
        return None
    dated = [e for e in earlier if e.event_date is not None and e.reported_as == "new"]
    return dated[-1] if dated else None


def _code_counts(event: Event, sent: SpacySpan, mention: EventMention, evidence: list[Evidence]) -> None:
    result = number_stage.extract_counts(sent, mention.trigger_token)
    event.counts = result.counts
    event.fatalities = result.counts.fatalities or 0
    for field, span in result.spans.items():
        evidence.append(Evidence(field if field != "fatalities" else "fatalities", sent.text, span))


def _code_actors(
    event: Event, sent: SpacySpan, mention: EventMention, country: str | None, evidence: list[Evidence]
) -> None:
    roles = actor_stage.find_actors(sent, mention, country)
    if roles.actor2 is None or roles.actor2 == roles.actor1:
        defender = _defender(sent.doc[mention.trigger_token], country)
        if defender is not None and roles.actor1 is not None and roles.actor1.name == defender.name:
            roles.actor1 = None  # "Ukrainian forces repelled several attacks": the attackers are not named
        roles.actor2 = defender or roles.actor2
    if roles.actor1:
        event.actor1, event.inter1 = roles.actor1.name, roles.actor1.inter
        evidence.append(Evidence("actor1", sent.text, roles.actor1.span))
    if roles.actor2:
        event.actor2, event.inter2 = roles.actor2.name, roles.actor2.inter
        evidence.append(Evidence("actor2", sent.text, roles.actor2.span))
    event.assoc_actor_1 = "; ".join(a.name for a in roles.assoc_actor_1)
    event.assoc_actor_2 = "; ".join(a.name for a in roles.assoc_actor_2)
    if event.inter1 is not None:
        event.interaction = actor_stage.interaction_code(event.inter1, event.inter2)


def _defender(trigger: Token, country: str | None) -> Actor | None:
    """"Ukrainian troops repelled a Russian assault": the attack's target is who fought it off."""
    for head in defenders(trigger):
        phrase = trigger.doc[head.left_edge.i : head.i + 1]
        actor = actor_stage.normalise_actor(phrase.text, country)
        if actor is not None:
            return Actor(actor.name, actor.inter, Span(phrase.start_char, phrase.end_char, phrase.text), phrase.text)
    return None


def _code_location(
    event: Event,
    doc: Doc,
    sent: SpacySpan,
    mention: EventMention,
    context: GeoContext,
    evidence: list[Evidence],
) -> None:
    located = geo.locate_event(doc, sent, mention.trigger_token, context)
    if located is None:
        return
    event.set_location(located.location)
    event.country = acled_country(event.country, event.iso)  # the gazetteer's name -> ACLED's, as actor names use
    evidence.append(Evidence("location", sent.text, located.span, note=located.note))


def _confidence(event: Event, mention: EventMention) -> float:
    """Mention confidence, lowered for each core field the text did not give."""
    score = mention.confidence
    if not event.actor1:
        score *= 0.8
    if not event.location:
        score *= 0.7
    if event.hedged:
        score *= 0.9
    return round(score, 3)


def _event_id(document_id: str, mention: EventMention) -> str:
    """Stable across re-extraction of the same text, so reviews stay attached."""
    key = f"{document_id}:{mention.trigger.start}:{mention.label.sub_event_type}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _collapse_repeats(events: list[Event]) -> list[Event]:
    kept, changed = collapse_restatements(events)
    for event in changed:
        if event.inter1 is not None:  # actors may have been filled in or identified
            event.interaction = actor_stage.interaction_code(event.inter1, event.inter2)
        event.notes = write_note(event)
    return kept


def _country_name(context: GeoContext) -> str | None:
    if context.default is not None and context.default.country:
        return acled_country(context.default.country, context.default.iso)
    if not context.countries:
        return None
    alpha2 = max(context.countries, key=context.countries.get)
    country = pycountry.countries.get(alpha_2=alpha2)
    name = getattr(country, "common_name", None) or (country.name if country else None)
    return acled_country(name, int(country.numeric)) if country and name else name

