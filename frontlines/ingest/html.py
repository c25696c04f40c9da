"""Main text and metadata from an article's HTML.

trafilatura finds the article body (dropping navigation, asides, comments and figures);
we then remove caption and "READ:" lines it may keep, and read the publication date from
the page's own metadata (meta tags, JSON-LD, <time>) before trafilatura's guesses, because a
wrong date shifts every relative date in the article.
"""

from __future__ import annotations

import json
import logging
import re
from copy import deepcopy
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import use_config

from frontlines.ingest.text_cleaning import is_boilerplate_line, normalise_spaces

# trafilatura logs every page it cannot parse; our callers report failures themselves.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
)
_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "figure", "figcaption", "form")


@lru_cache(maxsize=1)
def _config():
    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "0")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def parse_iso_date(value: str) -> date | None:
    """The date part of an ISO-like timestamp ("2021-07-30T12:30:00+01:00", "2021-07-30")."""
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", value or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _parse_tree(html: str) -> Any | None:
    try:
        return lxml.html.fromstring(html)
    except (etree.ParserError, ValueError, TypeError):
        return None


def _json_ld_items(tree: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for node in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(node.text_content() or "")
        except (json.JSONDecodeError, ValueError):
            continue
        stack = [data]
        while stack:
            obj = stack.pop()
            if isinstance(obj, list):
                stack.extend(obj)
            elif isinstance(obj, dict):
                items.append(obj)
                if "@graph" in obj:
                    stack.append(obj["@graph"])
    return items


def page_metadata(tree: Any) -> dict[str, Any]:
    """title, published (date) and url from meta tags, JSON-LD and <time>."""
    meta: dict[str, Any] = {"title": "", "published": None, "url": ""}
    if tree is None:
        return meta
    ld = _json_ld_items(tree)
    for node in tree.xpath("//meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        content = (node.get("content") or "").strip()
        if not content:
            continue
        if key in _DATE_META and meta["published"] is None:
            meta["published"] = parse_iso_date(content)
        elif key in ("og:title", "twitter:title") and not meta["title"]:
            meta["title"] = content
        elif key == "og:url" and not meta["url"]:
            meta["url"] = content
    for item in ld:
        if meta["published"] is None and isinstance(item.get("datePublished"), str):
            meta["published"] = parse_iso_date(item["datePublished"])
        if not meta["title"] and isinstance(item.get("headline"), str):
            meta["title"] = item["headline"].strip()
        if not meta["url"] and isinstance(item.get("url"), str) and item.get("@type") in ("NewsArticle", "Article"):
            meta["url"] = item["url"].strip()
    if meta["published"] is None:
        for node in tree.xpath("//time[@datetime]"):
            found = parse_iso_date(node.get("datetime", ""))
            if found:
                meta["published"] = found
                break
    if not meta["url"]:
        canonical = tree.xpath('//link[@rel="canonical"]/@href')
        if canonical:
            meta["url"] = str(canonical[0]).strip()
    if not meta["title"]:
        h1 = tree.xpath("//h1")
        titles = tree.xpath("//title")
        node = h1[0] if h1 else (titles[0] if titles else None)
        if node is not None:
            meta["title"] = " ".join(node.text_content().split())
    return meta


def _fallback_text(tree: Any) -> str:
    """Paragraph text when trafilatura finds nothing (tiny or odd pages)."""
    tree = deepcopy(tree)
    for tag in _DROP_TAGS:
        for node in tree.xpath(f"//{tag}"):
            node.drop_tree()
    paras = [" ".join(p.text_content().split()) for p in tree.xpath("//p")]
    if not any(paras):
        paras = [" ".join(tree.text_content().split())]
    return "\n".join(p for p in paras if p)


def _main_text(html: str, tree: Any) -> str:
    try:
        extracted = trafilatura.extract(
            html,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_precision=True,
            config=_config(),
        )
    except Exception:  # trafilatura raises assorted errors on hostile markup; fall back
        extracted = None
    if not extracted and tree is not None:
        extracted = _fallback_text(tree)
    return extracted or ""


def html_to_text(html: str) -> tuple[str, dict[str, Any]]:
    """Article body as paragraphs separated by blank lines, plus {title, published, url}."""
    tree = _parse_tree(html)
    meta = page_metadata(tree)
    if tree is not None:
        tree_for_text = deepcopy(tree)
        for node in tree_for_text.xpath("//figure | //figcaption | //nav | //aside"):
            node.drop_tree()
        try:
            cleaned_html = lxml.html.tostring(tree_for_text, encoding="unicode")
        except (ValueError, TypeError):
            cleaned_html = html
    else:
        cleaned_html = html
    text = _main_text(cleaned_html, tree_for_text if tree is not None else None)
    paragraphs = []
    for line in normalise_spaces(text).splitlines():
        line = " ".join(line.split())
        if not line or is_boilerplate_line(line):
            continue
        if meta["title"] and line == meta["title"] and not paragraphs:
            continue  # headline repeated as the first paragraph
        paragraphs.append(line)
    if meta["published"] is None:
        meta["published"] = _trafilatura_date(html)
    return "\n\n".join(paragraphs), meta


def _trafilatura_date(html: str) -> date | None:
    try:
        found = trafilatura.extract_metadata(html, extensive=False)
    except Exception:  # metadata guessing is best-effort
        return None
    if found is None or not found.date:
        return None
    try:
        return datetime.strptime(found.date[:10], "%Y-%m-%d").date()
    except ValueError:
        return None
