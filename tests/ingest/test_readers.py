from datetime import date
from pathlib import Path

import pytest

from frontlines.errors import InputError
from frontlines.ingest.readers import read_feed, read_jsonl, read_path
from frontlines.model import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "daraa-2021-07-30.txt"


def test_plain_text_in_seed_layout():
    doc = read_path(FIXTURES / "idlib-shelling.txt", source="MEMO")
    assert doc.title == "Regime shelling kills five civilians in Idlib countryside"
    assert doc.published == date(2022, 3, 3)
    assert doc.source == "MEMO"
    assert doc.text == (
        "Regime artillery shelled the village of Kafr Nubl in southern Idlib on Tuesday, killing five "
        "civilians, including two children, according to local rescuers.\n\n"
        "The White Helmets said their teams recovered the bodies from the rubble of two houses.\n\n"
        "Opposition fighters later clashed with regime forces near Kafr Nubl, rescuers added."
    )
    assert doc.id == Document.make_id(doc.text)


def test_given_published_and_url_win():
    doc = read_path(FIXTURES / "idlib-shelling.txt", published=date(2022, 3, 4), url="https://x.example/a")
    assert (doc.published, doc.url, doc.id) == (date(2022, 3, 4), "https://x.example/a", Document.make_id("", "https://x.example/a"))


def test_no_date_leaves_published_empty():
    doc = read_path(FIXTURES / "no-dateline.txt")
    assert doc.published is None
    assert doc.title == "Clashes erupt near Maarat al-Numan"


def test_html_is_sniffed():
    doc = read_path(FIXTURES / "homs-protest.html")
    assert doc.published == date(2022, 5, 12)
    assert doc.url == "https://news.example.org/2022/05/homs-protest"
    assert doc.text.startswith("Hundreds of residents protested peacefully in the city of Homs")


@pytest.mark.skipif(not SEED.exists(), reason="seed article not present")
def test_seed_article_drops_caption_read_links_and_tagline():
    doc = read_path(SEED)
    assert doc.published == date(2021, 7, 30)
    assert doc.title == "Syria opposition captures Assad regime checkpoints, tank and Jordan border crossing"
    assert doc.text.startswith("Opposition fighters in the southern Syrian province of Daraa")
    assert doc.text.endswith("protesting in various areas throughout the province.")
    for gone in ("Creating new perspectives", "A Syrian child walks past", "READ:", "July 30, 2021 at"):
        assert gone not in doc.text
    assert len(doc.text.split("\n\n")) == 12
    assert "\xa0" not in doc.text


def _error(path: Path, **kwargs) -> str:
    with pytest.raises(InputError) as err:
        read_path(path, **kwargs)
    assert "\n" not in str(err.value)
    return str(err.value)


def test_bad_files_give_one_line_errors(tmp_path: Path):
    assert _error(tmp_path / "missing.txt") == f"{tmp_path / 'missing.txt'}: file not found"
    assert _error(tmp_path).startswith(f"{tmp_path}: is a directory")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert _error(empty) == f"{empty}: file is empty"
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\n ")
    assert _error(blank) == f"{blank}: file has only whitespace"
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    assert _error(binary) == f"{binary}: binary file (contains NUL bytes), expected text or HTML"
    latin = tmp_path / "bad.txt"
    latin.write_bytes(bytes(range(128, 256)))
    assert _error(latin).startswith(f"{latin}: unknown text encoding")
    html = tmp_path / "nav.html"
    html.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert _error(html) == f"{html}: no article text found"


def test_huge_file_rejected_without_reading(tmp_path: Path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse: 50 MB on paper, nothing written
        fh.truncate(50 * 1024 * 1024)
    assert _error(big) == f"{big}: file is 50.0 MB, over the 10 MB limit (set FRONTLINES_MAX_INPUT_MB to raise it)"
    assert _error(big, max_bytes=60 * 1024 * 1024) == f"{big}: binary file (contains NUL bytes), expected text or HTML"


def test_size_limit_from_environment(tmp_path: Path, monkeypatch):
    small = tmp_path / "a.txt"
    small.write_text("Clashes in Daraa killed two fighters on Monday. " * 50)
    monkeypatch.setenv("FRONTLINES_MAX_INPUT_MB", "0.001")
    assert _error(small).endswith("over the 0 MB limit (set FRONTLINES_MAX_INPUT_MB to raise it)")


def test_jsonl_yields_documents_and_line_errors():
    path = FIXTURES / "articles.jsonl"
    items = list(read_jsonl(path))
    assert [type(x).__name__ for x in items] == ["Document", "InputError", "Document", "InputError", "InputError"]
    first, second = items[0], items[2]
    assert (first.source, first.url, first.published, first.title) == (
        "Outlet A", "https://a.example/tafas", date(2021, 8, 2), "Council member killed in Tafas"
    )
    assert second.text == "Regime forces arrested twelve young men at a checkpoint in Jasim, Daraa, on Monday."
    assert [str(x) for x in items if isinstance(x, InputError)] == [
        f"{path}:2: malformed JSON: Invalid control character at (column 72)",
        f"{path}:4: record has neither 'text' nor 'html'",
        f"{path}:5: 'published' is not an ISO date: 'not a date'",
    ]


def test_rss_and_atom_feeds():
    rss = read_feed(FIXTURES / "feed.rss")
    assert [(d.title, d.source, d.published, d.url) for d in rss] == [
        ("Drone strike hits vehicle near Sarmada", "Example Syria Wire", date(2022, 6, 14), "https://wire.example.org/sarmada-drone")
    ]
    assert rss[0].text == "A drone strike hit a vehicle near Sarmada in northern Idlib on Monday, killing two people, local sources said."
    atom = read_feed(FIXTURES / "feed.atom")
    assert [(d.title, d.published, d.text) for d in atom] == [
        ("Clashes in Deir ez-Zor", date(2022, 6, 15), "SDF fighters clashed with tribal gunmen in Deir ez-Zor countryside on Tuesday, a monitor said.")
    ]


def test_not_a_feed(tmp_path: Path):
    path = tmp_path / "x.xml"
    path.write_text("just some words")
    with pytest.raises(InputError) as err:
        read_feed(path)
    assert str(err.value).startswith(f"{path}: not an RSS/Atom feed")
