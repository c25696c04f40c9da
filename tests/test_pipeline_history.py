"""Background events in history paragraphs (issue #5; texts written for these tests): each past
event recalled is one background record with its own date; a recent start inside the 45-day
window stays news. A month alone dates to its middle day (data/dates/conventions.yaml)."""

from datetime import date

from frontlines.model import Document
from frontlines.pipeline import extract_document

PUBLISHED = date(2023, 11, 20)


def _records(text: str) -> list[tuple[str, str, str, date | None, int | None]]:
    events = extract_document(Document(id="t", text=text, published=PUBLISHED))
    return [(e.sub_event_type, e.location, e.reported_as, e.event_date, e.time_precision) for e in events]


def test_war_outbreak_and_the_killing_after_it_are_both_background() -> None:
    text = (
        "The war erupted in April, when the army and the RSF turned on each other in Khartoum. "
        "In June, the governor of West Darfur was killed in El Geneina hours after he accused the RSF of genocide."
    )
    assert _records(text) == [
        ("Armed clash", "Khartoum", "background", date(2023, 4, 15), 3),
        ("Armed clash", "Al-Junaynah", "background", date(2023, 6, 15), 3),
    ]


def test_passive_expulsion_is_a_background_record() -> None:
    # AU troops backing the state took the city back from a rebel group: Government regains territory
    assert _records("Al-Shabaab was driven out of Mogadishu by African Union troops in August 2011.") == [
        ("Government regains territory", "Mogadishu", "background", date(2011, 8, 16), 3),
    ]


def test_two_captures_in_one_sentence_are_two_records() -> None:
    found = _records("M23 rebels seized Goma in November 2012 and captured Bukavu in February 2022.")
    assert [(loc, when) for _, loc, _, when, _ in found] == [("Goma", date(2012, 11, 15)), ("Bukavu", date(2022, 2, 14))]
    assert {as_ for _, _, as_, _, _ in found} == {"background"}


def test_an_ongoing_protest_that_began_twelve_days_ago_is_news() -> None:
    assert _records("The rallies began on November 8 in Port Sudan and have continued every week.") == [
        ("Peaceful protest", "Port Sudan", "new", date(2023, 11, 8), 1),
    ]
