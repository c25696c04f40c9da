"""Riot leftovers (ACLED Codebook 2023): a crowd killing someone with no demonstration told is Mob violence;
a group angry over a grievance that smashes or burns property is a Violent demonstration; destruction told
beside a protest is that riot's, not a Looting record of its own. Sentences written for these definitions."""

from __future__ import annotations

import datetime

import pytest

from frontlines.extract.event_rules import match_text
from frontlines.model import Document
from frontlines.pipeline import extract_document


def _rule(text: str) -> str | None:
    found = match_text(text)
    return found.label if found else None


def _records(text: str) -> list[tuple[str, str]]:
    doc = Document(id="t", text=text, published=datetime.date(2023, 5, 10))
    return [(r.event_type, r.sub_event_type) for r in extract_document(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A crowd stormed the police station in Kano on Monday and killed a suspect.", "Mob violence"),
        ("Youths dragged a suspected thief from the market and beat him to death.", "Mob violence"),
        ("Protesters stormed the police station in Kano on Monday and killed a suspect.", "Violent demonstration"),
        ("A crowd stormed the governor's office during a protest over fuel prices.", "Violent demonstration"),
        ("Depositors angry over frozen savings smashed the windows of a bank branch and set tyres on fire.", "Violent demonstration"),
        ("Traders furious at the new levy set fire to the council offices.", "Violent demonstration"),
        ("Dozens of depositors set fire to a bank branch.", "Looting/property destruction"),
    ],
)
def test_crowd_violence_with_and_without_a_demonstration(text: str, expected: str) -> None:
    assert _rule(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cars were burned and shops looted during protests in Nairobi on Monday.", [("Riots", "Violent demonstration")]),
        ("A crowd stormed the police station in Kano on Monday and killed a suspect.", [("Riots", "Mob violence")]),
        (
            "Dozens of depositors angry over frozen savings smashed the windows of two bank branches in Beirut"
            " on Monday and set tyres on fire outside, before soldiers pushed them back.",
            [("Riots", "Violent demonstration")],
        ),
    ],
)
def test_one_riot_record(text: str, expected: list[tuple[str, str]]) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Depositors angry over frozen savings smashed the windows of a bank branch in Beirut on Monday.", "Rioters (Lebanon)"),
        ("A crowd stormed the police station in Kano on Monday and killed a suspect.", "Rioters (Nigeria)"),
    ],
)
def test_a_riot_with_no_named_crowd_is_coded_to_rioters(text: str, actor1: str) -> None:
    doc = Document(id="t", text=text, published=datetime.date(2023, 5, 10))
    assert [(r.event_type, r.actor1, r.inter1) for r in extract_document(doc)] == [("Riots", actor1, 5)]
