"""The pipeline names state forces by the regime period of the event's date."""

import datetime

from frontlines.model import Document
from frontlines.pipeline import extract_document

CLASH = "Sudanese troops clashed with rebels of the SPLM-N near Kadugli in South Kordofan on Sunday, killing 12 fighters, the army said."


def _actors(text: str, published: datetime.date) -> list[tuple[str, str]]:
    return [(e.actor1, e.actor2) for e in extract_document(Document(id="t", text=text, published=published))]


def test_sudans_army_before_and_after_al_bashirs_fall() -> None:
    splm = "SPLM-N: Sudan People's Liberation Movement-North"
    assert _actors(CLASH, datetime.date(2018, 5, 7)) == [("Military Forces of Sudan (1989-2019)", splm)]
    assert _actors(CLASH, datetime.date(2023, 5, 7)) == [("Military Forces of Sudan (2019-)", splm)]


def test_the_taliban_are_rebels_against_the_islamic_republics_army() -> None:
    text = "Taliban fighters attacked an army checkpoint in Kunduz province on Monday, killing four soldiers, officials said."
    assert _actors(text, datetime.date(2020, 6, 2)) == [("Taliban", "Military Forces of Afghanistan (2004-2021)")]
