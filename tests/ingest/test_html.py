from datetime import date
from pathlib import Path

from frontlines.ingest.html import html_to_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def test_article_html_drops_nav_caption_and_read_links():
    text, meta = html_to_text((FIXTURES / "homs-protest.html").read_text("utf-8"))
    assert text == (
        "Hundreds of residents protested peacefully in the city of Homs on Wednesday against a sharp "
        "rise in fuel prices, witnesses said.\n\n"
        "Security forces watched the demonstration but did not intervene, according to a local activist."
    )
    assert meta == {
        "title": "Protesters rally in Homs over fuel prices",
        "published": date(2022, 5, 12),
        "url": "https://news.example.org/2022/05/homs-protest",
    }


def test_date_from_time_element_when_no_meta():
    html = "<html><body><time datetime='2021-07-28'>Wednesday</time><p>Clashes broke out in Daraa.</p></body></html>"
    text, meta = html_to_text(html)
    assert text == "Clashes broke out in Daraa."
    assert meta["published"] == date(2021, 7, 28)


def test_broken_html_does_not_crash():
    text, meta = html_to_text("<html><body><p>Broken <b>unclosed <div>text about clashes in Daraa")
    assert text == "Broken unclosed text about clashes in Daraa"
    assert meta == {"title": "", "published": None, "url": ""}


def test_empty_and_garbage_html():
    assert html_to_text("") == ("", {"title": "", "published": None, "url": ""})
    assert html_to_text("<<<>>>")[1]["published"] is None
