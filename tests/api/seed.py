"""A small seeded database for API and browser tests: two articles, four events.

The articles are written for these tests (Daraa shelling and protest; Taizz clash and a
Saada air strike), and every evidence span is taken from the article text.
"""

from __future__ import annotations

from datetime import date

from frontlines.model import Counts, Document, Evidence, Event, GeoPrecision, Span, TimePrecision
from frontlines.store.db import Store

DARAA_TEXT = (
    "Syrian government forces shelled the town of Tafas in Daraa governorate on Thursday, "
    "killing two civilians, according to local activists. "
    "Separately, dozens of protesters gathered in Daraa al-Balad on Thursday to demand "
    "an end to the siege of the neighbourhood."
)
YEMEN_TEXT = (
    "Houthi fighters clashed with government troops near Taizz city on 12 July, leaving "
    "five fighters dead, a military source said. "
    "On Tuesday, an air strike by the Saudi-led coalition hit a market in Saada, killing "
    "three civilians."
)

DARAA = Document(
    id="doc-daraa",
    text=DARAA_TEXT,
    source="Enab Baladi",
    url="https://example.org/daraa-2021-07-30",
    published=date(2021, 7, 30),
    title="Shelling on Tafas, protest in Daraa al-Balad",
)
YEMEN = Document(
    id="doc-yemen",
    text=YEMEN_TEXT,
    source="Xinhua",
    url="https://example.org/yemen-2021-07-21",
    published=date(2021, 7, 21),
    title="Clashes in Taizz, air strike in Saada",
)


def _evidence(doc: Document, field: str, phrase: str, sentence_start: str) -> Evidence:
    start = doc.text.index(phrase)
    s_start = doc.text.index(sentence_start)
    s_end = doc.text.find(". ", s_start)
    sentence = doc.text[s_start : s_end + 1 if s_end >= 0 else len(doc.text)]
    return Evidence(field=field, sentence=sentence, span=Span(start, start + len(phrase), phrase))


def seed_events() -> dict[str, tuple[Document, list[Event]]]:
    """Document id -> (document, its events)."""
    tafas = Event(
        event_id="evt-tafas",
        document_id=DARAA.id,
        event_date=date(2021, 7, 29),
        time_precision=TimePrecision.DAY,
        disorder_type="Political violence",
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        actor1="Military Forces of Syria (2000-)",
        inter1=1,
        actor2="Civilians (Syria)",
        inter2=7,
        interaction=17,
        civilian_targeting="Civilian targeting",
        country="Syria",
        iso=760,
        admin1="Dar'a",
        admin2="Dar'a",
        location="Tafas",
        latitude=32.7357,
        longitude=35.9926,
        geo_precision=GeoPrecision.TOWN,
        source="Enab Baladi",
        notes="On 29 July 2021, Syrian government forces shelled Tafas, killing two civilians.",
        fatalities=2,
        counts=Counts(fatalities=2, civilian_fatalities=2),
        evidence=[
            _evidence(DARAA, "event_type", "shelled", "Syrian government"),
            _evidence(DARAA, "location", "Tafas", "Syrian government"),
            _evidence(DARAA, "fatalities", "killing two civilians", "Syrian government"),
        ],
        confidence=0.9,
    )
    protest = Event(
        event_id="evt-balad",
        document_id=DARAA.id,
        event_date=date(2021, 7, 29),
        time_precision=TimePrecision.DAY,
        disorder_type="Demonstrations",
        event_type="Protests",
        sub_event_type="Peaceful protest",
        actor1="Protesters (Syria)",
        inter1=6,
        interaction=60,
        country="Syria",
        iso=760,
        admin1="Dar'a",
        admin2="Dar'a",
        location="Daraa al-Balad",
        latitude=32.6167,
        longitude=36.1,
        geo_precision=GeoPrecision.NEAR_TOWN,
        source="Enab Baladi",
        fatalities=0,
        evidence=[
            _evidence(DARAA, "event_type", "protesters gathered", "Separately"),
            _evidence(DARAA, "location", "Daraa al-Balad", "Separately"),
        ],
        confidence=0.8,
    )
    taizz = Event(
        event_id="evt-taizz",
        document_id=YEMEN.id,
        event_date=date(2021, 7, 12),
        time_precision=TimePrecision.DAY,
        disorder_type="Political violence",
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Houthi Movement",
        inter1=2,
        actor2="Military Forces of Yemen (2017-)",
        inter2=1,
        interaction=12,
        country="Yemen",
        iso=887,
        admin1="Taizz",
        location="Taizz",
        latitude=13.5795,
        longitude=44.0209,
        geo_precision=GeoPrecision.NEAR_TOWN,
        source="Xinhua",
        fatalities=5,
        counts=Counts(fatalities=5),
        evidence=[
            _evidence(YEMEN, "event_type", "clashed", "Houthi fighters"),
            _evidence(YEMEN, "fatalities", "five fighters dead", "Houthi fighters"),
        ],
        confidence=0.7,
    )
    saada = Event(
        event_id="evt-saada",
        document_id=YEMEN.id,
        event_date=date(2021, 7, 20),
        time_precision=TimePrecision.DAY,
        disorder_type="Political violence",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        actor1="Military Forces of Saudi Arabia (2015-)",
        inter1=8,
        actor2="Civilians (Yemen)",
        inter2=7,
        interaction=78,
        civilian_targeting="Civilian targeting",
        country="Yemen",
        iso=887,
        admin1="Saada",
        location="Saada",
        latitude=16.9402,
        longitude=43.7639,
        geo_precision=GeoPrecision.TOWN,
        source="Xinhua",
        fatalities=3,
        counts=Counts(fatalities=3, civilian_fatalities=3),
        evidence=[
            _evidence(YEMEN, "event_type", "air strike", "On Tuesday"),
            _evidence(YEMEN, "location", "Saada", "On Tuesday"),
        ],
        confidence=0.85,
    )
    return {DARAA.id: (DARAA, [tafas, protest]), YEMEN.id: (YEMEN, [taizz, saada])}


def seed_store(url: str) -> Store:
    """Open a Store at `url` and save the two seed articles with their events."""
    store = Store(url)
    for document, events in seed_events().values():
        store.save_document(document, events)
    return store
