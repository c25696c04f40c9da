"""Whole articles (written for these tests) with issue #5's gaps: a recalled coup and an earlier
attack are background records with their own dates; a burning by the same troops folds into their attack."""

from datetime import date

from frontlines.model import Document
from frontlines.pipeline import extract_document

MYANMAR = (
    "Soldiers killed 12 villagers in Sagaing region on Monday, residents said. "
    "The troops burned houses in the village. "
    "Hundreds of people have been arrested since the 2021 coup, the group said. "
    "The military seized power in a coup in February 2021."
)
KADUNA = (
    "Gunmen killed five people in Zangon Kataf in Kaduna state on Monday, a week after gunmen killed "
    "10 people in a nearby village. Police said officers had been deployed to the area."
)


def _records(text: str) -> list[tuple[str, str, date | None, int, int]]:
    events = extract_document(Document(id="t", text=text, published=date(2023, 5, 10)))
    return [(e.sub_event_type, e.reported_as, e.event_date, int(e.time_precision or 0), e.fatalities) for e in events]


def test_coup_told_is_background_and_burning_folds_into_the_attack() -> None:
    assert _records(MYANMAR) == [
        ("Attack", "new", date(2023, 5, 8), 1, 12),
        ("Other", "background", date(2021, 2, 14), 3, 0),
    ]


def test_attack_a_week_earlier_is_its_own_background_record() -> None:
    assert _records(KADUNA) == [
        ("Attack", "new", date(2023, 5, 8), 1, 5),
        ("Attack", "background", date(2023, 5, 1), 2, 10),
    ]
