"""Detection of sentences that tell no event, and typing of captures and coups (issue #5)."""

from __future__ import annotations

import pytest

from frontlines.extract.events import detect_events
from frontlines.nlp import parse


def _events(text: str, country: str | None = None) -> list[tuple[str, str]]:
    doc = parse(text)
    if country is not None:
        doc.user_data["country"] = country
    return [(m.label.sub_event_type, m.trigger.text) for s in doc.sents for m in detect_events(s)]


@pytest.mark.parametrize(
    "text",
    [
        '"The militias are shooting at our houses," a resident said.',
        "Every month there are new killings in the valley.",
        "The army denied that civilians were killed in the operation.",
        "If the clashes reach the highway, the route to the capital could be cut off.",
        "The militia took up arms again last month after the peace deal collapsed.",
        "Since the 2021 coup, the military has arrested thousands of activists.",
    ],
)
def test_no_event_is_reported(text: str) -> None:
    assert _events(text) == []


def test_a_foreign_state_force_taking_a_place_overtakes_it() -> None:
    text = "Russian troops captured the village of Klishchiivka near Bakhmut."
    assert _events(text, country="Ukraine") == [("Non-state actor overtakes territory", "captured")]


def test_the_home_state_force_taking_a_place_regains_it() -> None:
    text = "Ukrainian forces captured the village of Robotyne."
    assert _events(text, country="Ukraine") == [("Government regains territory", "captured")]


def test_seizing_power_is_a_coup_not_a_battle() -> None:
    assert _events("The army seized power on Monday, detaining the president.") == [
        ("Other", "seized"),
        ("Arrests", "detaining"),
    ]


def test_forces_sent_to_rescue_respond_to_an_event_but_a_plain_deployment_is_news() -> None:
    assert _events("Soldiers were deployed to the village to rescue the kidnapped pupils.") == []
    assert _events("The army deployed 2,000 troops to the northern border on Monday.") == [
        ("Change to group/activity", "deployed")
    ]


def test_a_participle_describing_people_is_no_action() -> None:
    assert _events("Goma has become a town of displaced families, the mayor said.") == []
