from datetime import date
import pytest

from frontlines.ingest.text_cleaning import clean_article_text, is_boilerplate_line, parse_dateline

SEED_LAYOUT = """Creating new perspectives since 2009

Syria opposition captures Assad regime checkpoints

July 30, 2021 at 12:30 pm

A Syrian child walks past the rubble in Daraa, Syria on 2 October 2018 [Mohamad ABAZEED/AFP /Getty]

Opposition fighters in Daraa captured checkpoints from regime forces.

READ: When Syrians lost their moment in history

The regime bombardment killed dozens of civilians.
"""


def test_seed_layout_keeps_body_and_headline_drops_chrome():
    cleaned = clean_article_text(SEED_LAYOUT)
    assert cleaned.title == "Syria opposition captures Assad regime checkpoints"
    assert cleaned.published == date(2021, 7, 30)
    assert cleaned.text == (
        "Opposition fighters in Daraa captured checkpoints from regime forces.\n\n"
        "The regime bombardment killed dozens of civilians."
    )
    assert cleaned.dropped == [
        "July 30, 2021 at 12:30 pm",
        "Creating new perspectives since 2009",
        "A Syrian child walks past the rubble in Daraa, Syria on 2 October 2018 [Mohamad ABAZEED/AFP /Getty]",
        "READ: When Syrians lost their moment in history",
    ]


def test_without_dateline_short_first_line_is_title_and_date_unknown():
    cleaned = clean_article_text("Clashes near Idlib\n\nTwo fighters were killed in clashes near Idlib on Monday.\n")
    assert (cleaned.title, cleaned.published) == ("Clashes near Idlib", None)
    assert cleaned.text == "Two fighters were killed in clashes near Idlib on Monday."


def test_hard_wrapped_lines_join_into_one_paragraph():
    cleaned = clean_article_text("Gunmen attacked a checkpoint\nin Tafas on Sunday.\n\nNo one was hurt.")
    assert cleaned.title == ""
    assert cleaned.text == "Gunmen attacked a checkpoint in Tafas on Sunday.\n\nNo one was hurt."


def test_dateline_formats():
    assert parse_dateline("July 30, 2021 at 12:30 pm") == date(2021, 7, 30)
    assert parse_dateline("30 July 2021") == date(2021, 7, 30)
    assert parse_dateline("Published: Sept. 3, 2021 10:15 GMT") == date(2021, 9, 3)
    assert parse_dateline("2021-07-30T12:30:00") == date(2021, 7, 30)
    assert parse_dateline("On July 30, 2021 fighters clashed") is None


def test_boilerplate_lines():
    assert is_boilerplate_line("READ: Exiled Syrian who helped light fuse of uprising")
    assert is_boilerplate_line("Read more: Turkey sends troops")
    assert is_boilerplate_line("Residents flee Daraa on 28 July 2021 (Photo by AFP)")
    assert not is_boilerplate_line("Readers of the statement said fighting resumed.")
    assert not is_boilerplate_line("Regime forces shelled Daraa al-Balad on Wednesday.")


@pytest.mark.parametrize(
    ("lead", "body", "dateline"),
    [
        ("KANO, Nigeria, Aug 26 (Reuters) - Bandits stormed a village.", "Bandits stormed a village.", "KANO, Nigeria, Aug 26 (Reuters) -"),
        ("GOMA, Democratic Republic of Congo, Oct 27 (Wire) - M23 rebels clashed.", "M23 rebels clashed.", "GOMA, Democratic Republic of Congo, Oct 27 (Wire) -"),
        ("NAIROBI, Kenya (AP) \u2014 Police fired tear gas.", "Police fired tear gas.", "NAIROBI, Kenya (AP) \u2014"),
        ("BEIRUT \u2014 Israeli jets struck a town.", "Israeli jets struck a town.", "BEIRUT \u2014"),
        ("UN - the council met.", "UN - the council met.", None),  # two capitals are an acronym, not a city
        ("Fighters in Daraa - a province - clashed.", "Fighters in Daraa - a province - clashed.", None),
    ],
)
def test_wire_dateline_is_cut_from_the_lead(lead: str, body: str, dateline: str | None):
    cleaned = clean_article_text(f"Headline of the story here\n\n{lead}\n\nSecond paragraph.")
    assert cleaned.text == f"{body}\n\nSecond paragraph."
    assert (dateline in cleaned.dropped) if dateline else cleaned.dropped == []
