"""Turn a plain-text news page into headline, dateline date and article body.

Copy-pasted articles carry site chrome (taglines), photo captions and "READ:" cross-links;
events found there are not the article's events, so they must go before extraction.
Patterns live in frontlines/data/ingest/boilerplate.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from frontlines.data import read_yaml


@dataclass(frozen=True)
class Boilerplate:
    drop_lines: tuple[re.Pattern[str], ...]
    caption_lines: tuple[re.Pattern[str], ...]
    datelines: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
    wire_datelines: tuple[re.Pattern[str], ...]
    header_lines: int


@dataclass
class CleanedText:
    title: str
    text: str
    published: date | None
    dropped: list[str] = field(default_factory=list)  # lines removed, for debugging


@lru_cache(maxsize=1)
def load_boilerplate() -> Boilerplate:
    raw: dict[str, Any] = read_yaml("ingest", "boilerplate.yaml")
    flags = re.IGNORECASE
    return Boilerplate(
        drop_lines=tuple(re.compile(p, flags) for p in raw["drop_lines"]),
        caption_lines=tuple(re.compile(p, flags) for p in raw["caption_lines"]),
        datelines=tuple(
            (re.compile(d["pattern"], flags), tuple(d["formats"])) for d in raw["datelines"]
        ),
        wire_datelines=tuple(re.compile(p) for p in raw.get("wire_datelines", [])),
        header_lines=int(raw.get("header_lines", 6)),
    )


def parse_dateline(line: str) -> date | None:
    """The date of a dateline such as "July 30, 2021 at 12:30 pm", or None if the line is not one."""
    bp = load_boilerplate()
    stripped = " ".join(line.split())
    for pattern, formats in bp.datelines:
        m = pattern.match(stripped)
        if not m:
            continue
        value = m.group("date").replace(".", "")
        value = re.sub(r"(?i)\bsept\b", "Sep", value)
        for fmt in formats:
            try:
                return datetime.strptime(value, fmt).date()
            except ValueError:
                continue
    return None


def is_boilerplate_line(line: str) -> bool:
    """True for cross-links, share chrome and photo captions."""
    bp = load_boilerplate()
    s = line.strip()
    return any(p.search(s) for p in bp.drop_lines) or any(p.search(s) for p in bp.caption_lines)


_SPACES = str.maketrans({ch: " " for ch in "\u00a0\u2007\u2009\u200a\u202f\u3000"})


def normalise_spaces(text: str) -> str:
    """No-break and thin spaces become plain spaces, so tokenisers and patterns see words."""
    return text.translate(_SPACES)


def _looks_like_headline(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= 200 and not s.endswith((".", ":", ";")) and len(s.split()) >= 3


def clean_article_text(raw: str) -> CleanedText:
    """Split a pasted article into title, dateline date and body without boilerplate.

    Layout handled: optional tagline line(s), headline, dateline, caption, paragraphs.
    When a dateline is found near the top, the line before it is the headline and
    anything above is site chrome. Without a dateline, a short first line that is not
    a sentence is taken as the headline.
    """
    bp = load_boilerplate()
    lines = [ln.strip() for ln in normalise_spaces(raw).replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    nonempty = [i for i, ln in enumerate(lines) if ln]
    dropped: list[str] = []
    skip: set[int] = set()
    title = ""
    published: date | None = None

    header = nonempty[: bp.header_lines]
    for pos, idx in enumerate(header):
        found = parse_dateline(lines[idx])
        if found is None:
            continue
        published = found
        skip.add(idx)
        dropped.append(lines[idx])
        if pos >= 1:
            title_idx = header[pos - 1]
            title = lines[title_idx]
            skip.add(title_idx)
            for chrome_idx in header[: pos - 1]:
                skip.add(chrome_idx)
                dropped.append(lines[chrome_idx])
        break
    else:
        first = nonempty[0] if nonempty else -1
        followed_by_blank = 0 <= first < len(lines) - 1 and not lines[first + 1]
        if first >= 0 and followed_by_blank and _looks_like_headline(lines[first]) and len(nonempty) > 1:
            title = lines[first]
            skip.add(first)

    paragraphs: list[str] = []
    current: list[str] = []
    for i, line in enumerate(lines):
        if i in skip:
            continue
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if is_boilerplate_line(line):
            dropped.append(line)
            continue
        current.append(line)
    if current:
        paragraphs.append(" ".join(current))
    if paragraphs:
        paragraphs[0] = _without_wire_dateline(paragraphs[0], bp, dropped)
    return CleanedText(title=title, text="\n\n".join(paragraphs), published=published, dropped=dropped)


def _without_wire_dateline(paragraph: str, bp: Boilerplate, dropped: list[str]) -> str:
    """"KANO, Nigeria, Aug 26 (Reuters) - Bandits stormed…" -> "Bandits stormed…": the filing city is
    not the event's place, and without a full stop the parser reads it into the lead sentence."""
    for pattern in bp.wire_datelines:
        m = pattern.match(paragraph)
        if m and m.end() < len(paragraph):
            dropped.append(m.group(0).strip())
            return paragraph[m.end() :]
    return paragraph
