"""Toponym recognition, gazetteer first.

spaCy's small model tags many Syrian towns PERSON or ORG, so NER cannot be the gate.
Instead every capitalised word sequence is looked up in the gazetteer (longest match
first); spaCy's entities and part-of-speech tags only veto or support a match, and a
stoplist drops common words that happen to be place names somewhere.

Boundaries follow the GeoWebNews/LGL annotation: a place's head word belongs to it ("Manila
Cathedral"), and street or feature names the gazetteer lacks are found by their head word
("Dubonet Drive"); they carry no candidates (kind "unlisted").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from frontlines.geo.fold import fold_name
from frontlines.geo.gazetteer import EXACT, FOLDED, Gazetteer, Match, get_gazetteer
from frontlines.geo.lexicons import common_words, demonyms, place_heads, sponsor_suffixes, state_abbreviations, stoplist
from frontlines.geo.types import Candidate, Toponym
from frontlines.model import Span

WORD_RE = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:['’‘`ʿ][^\W_]+)*")
POSSESSIVE_RE = re.compile(r"['’]s$")
LEADING_THE_RE = re.compile(r"^the\s+", re.IGNORECASE)
ARTICLES = frozenset("al el as ad ash an ar at az ez es ed ath adh".split())
CONNECTORS = ARTICLES | frozenset("of de du la le del da di des and upon sur".split())
# joined by hyphens only: the Persian/Dari ezafe of "Mazar-i-Sharif", "Dasht-e-Barchi", "Pul-e-Khumri"
# (one name: "Dasht" or "Barchi" alone is another place, in Iran or Italy)
HYPHEN_CONNECTORS = frozenset({"e", "i"})
MAX_TOKENS = 6
_CACHE_KEY = "frontlines.geo.toponyms"
# lower-case words that may end a gazetteer name ("Nasib border crossing", "Yarmouk camp")
FEATURE_WORDS = frozenset(
    "border crossing camp airbase airport base dam prison checkpoint bridge hospital square oilfield "
    "field gate road highway desert mountain mountains river lake valley plain plains island sea bay "
    "coast strait gulf".split()
)
ADMIN_SUFFIXES = frozenset(
    "county city province governorate state region district parish township borough municipality prefecture".split()
)
GEO_LABELS = frozenset({"GPE", "LOC", "FAC"})
CLOSED_POS = frozenset({"VERB", "AUX", "ADJ", "ADV", "PRON", "DET", "ADP", "CCONJ", "SCONJ", "NUM", "PART", "INTJ", "NOUN"})
BIG_POPULATION = 5000
WELL_KNOWN_POPULATION = 100_000  # a one-word name nothing in the text supports must be this big
MAJOR_CODES = frozenset({"PCLI", "ADM1", "CONT"})
LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "outside", "around", "inside"})  # not "at Chelsea", "into Amazon"


@dataclass
class _Token:
    start: int
    end: int
    text: str

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def lower(self) -> str:
        return self.text.lower()


def _skip_the(text: str, start: int, end: int) -> int:
    """Entity start without a leading 'the' ("the Holy See" -> "Holy See")."""
    return start + 4 if end - start > 4 and text[start : start + 4].lower() == "the " else start


class _DocView:
    """Character-offset access to spaCy's entities and tags for the recogniser's own tokens."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        text = doc.text
        self.ents = [(_skip_the(text, e.start_char, e.end_char), e.end_char, e.label_) for e in doc.ents]
        self.sent_starts = {s.start_char for s in doc.sents}
        self.token_at = {t.idx: t for t in doc}
        # surnames: words seen inside multi-word PERSON entities ("Salah" after "Mohamed Salah")
        self.person_words = {
            fold_name(t.text) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e
        }

    def geo_support(self, start: int, end: int) -> bool:
        """spaCy tags this span GPE/LOC/FAC itself (ignoring a leading 'the'), or starts such an entity with it."""
        for s, e, label in self.ents:
            if label not in GEO_LABELS:
                continue
            if s == start and e >= end:
                return e == end or label == "GPE"
        return False

    def entity_over(self, start: int, end: int) -> tuple[int, int, str] | None:
        best = None
        for ent in self.ents:
            if ent[0] < end and start < ent[1]:
                if best is None or (ent[0] <= start and ent[1] >= end):
                    best = ent
        return best

    def pos(self, start: int) -> str:
        token = self.token_at.get(start)
        return token.pos_ if token is not None else ""

    def beside_name(self, start: int, end: int) -> bool:
        """A capitalised word touches the span: it is one word of a longer name ("Terence Monahan")."""
        token = self.token_at.get(start)
        if token is None:
            return False
        doc = self.doc
        before = doc[token.i - 1] if token.i > 0 and not token.is_sent_start else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return any(t is not None and t.is_title and t.pos_ == "PROPN" for t in (before, after))

    def after_locative_preposition(self, start: int) -> bool:
        """The word is the object of 'in', 'near', 'outside', 'around' or 'inside'."""
        token = self.token_at.get(start)
        return token is not None and token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS

    def is_sentence_start(self, start: int) -> bool:
        return start in self.sent_starts


def find_toponyms(text: str, doc: Doc | None = None, *, gazetteer: Gazetteer | None = None) -> list[Toponym]:
    """Place names in `text` with their gazetteer candidates (unranked), in text order."""
    if doc is None:
        from frontlines.nlp import parse

        doc = parse(text)
    gaz = gazetteer or get_gazetteer()
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is not None and cached[0] is gaz:
        return list(cached[1])
    view = _DocView(doc)
    text = doc.text  # spaCy rebuilds Doc.text on every access: read it once
    tokens = [_token(m) for m in WORD_RE.finditer(text)]
    countries = mentioned_countries(doc, gaz)
    found: list[Toponym] = []
    i = 0
    while i < len(tokens):
        hit = _match_at(text, tokens, i, view, gaz, countries)
        if hit is None:
            i += 1
            continue
        toponym, used = hit
        found.append(toponym)
        i += used
    found.extend(_feature_names(text, tokens, view, found))
    found.extend(_unlisted_entities(text, view, found))
    found.sort(key=lambda t: t.span.start)
    doc.user_data[_CACHE_KEY] = (gaz, found)
    return list(found)


def _token(m: re.Match) -> _Token:
    """A word, without a possessive 's ("Russia's" -> "Russia")."""
    text = POSSESSIVE_RE.sub("", m.group())
    return _Token(m.start(), m.start() + len(text), text)


def mentioned_countries(doc: Doc, gaz: Gazetteer) -> Counter[str]:
    """Countries an article evidently talks about: its GPE entities, country names and demonyms (a cheap first pass)."""
    counts: Counter[str] = Counter()
    table = demonyms()
    for ent in doc.ents:
        folded = fold_name(ent.text)
        if ent.label_ == "NORP" and len(table.get(folded, "")) == 2:
            counts[table[folded]] += 1
        elif ent.label_ in ("GPE", "LOC"):
            # spaCy keeps the article: "the Democratic Republic of Congo" is not a gazetteer name, its rest is
            matches = [m for m in gaz.lookup(LEADING_THE_RE.sub("", ent.text), loose=False) if m.how in (EXACT, FOLDED)]
            if matches:
                best = max(matches, key=_prominence)
                if best.candidate.country_code:
                    counts[best.candidate.country_code] += 1
        elif ent.label_ == "ORG":  # "Burkina Faso's army": the small model tags the country ORG
            name = POSSESSIVE_RE.sub("", LEADING_THE_RE.sub("", ent.text))
            country = [m for m in gaz.lookup(name, loose=False) if m.how in (EXACT, FOLDED) and m.candidate.feature_code == "PCLI"]
            if country:
                counts[country[0].candidate.country_code] += 1
    for token in doc:
        folded = token.text.lower()
        if token.text[:1].isupper() and len(table.get(folded, "")) == 2 and token.ent_type_ != "NORP":
            counts[table[folded]] += 1
    return counts


def _prominence(match: Match) -> float:
    c = match.candidate
    return c.population + (10**9 if c.feature_code in MAJOR_CODES else 0)


def _match_at(text: str, tokens: list[_Token], i: int, view: _DocView, gaz: Gazetteer, countries: Counter[str]):
    first = tokens[i]
    starts_with_article = (
        first.lower in ARTICLES
        and i + 1 < len(tokens)
        and tokens[i + 1].capitalised
        and text[first.end : tokens[i + 1].start] == "-"
    )
    if not (first.capitalised or starts_with_article) or _after_ezafe(text, tokens, i):
        return None
    last = i
    while last + 1 < len(tokens) and last + 1 - i < MAX_TOKENS and _joinable(text, tokens[last], tokens[last + 1]):
        last += 1
    for j in range(last, i - 1, -1):
        if not tokens[j].capitalised and not (j > i and tokens[j].lower in FEATURE_WORDS):
            continue
        if j < last and _ezafe_at(text, tokens[j], tokens[j + 1]):
            continue  # "Dasht" of "Dasht-e-Barchi": a piece of a longer name the gazetteer lacks
        start, end = tokens[i].start, tokens[j].end
        span_text = text[start:end]
        demonym = _demonym(span_text)
        if demonym is not None:
            if _is_language(view, start, end):
                return None  # "speaks in Spanish": a language, not a people or a place
            return Toponym(Span(start, end, span_text), _demonym_candidates(gaz, demonym), kind="demonym"), j - i + 1
        matches = gaz.lookup(span_text)
        if not matches and j > i and tokens[j].lower in ADMIN_SUFFIXES:
            # "Suffolk County", "Oaxaca State": the gazetteer knows the name without the unit word
            matches = gaz.lookup(text[start : tokens[j - 1].end])
        if matches and _accept(span_text, start, end, j - i + 1, matches, view, countries):
            end, extra = _name_end(text, tokens, i, j)
            sponsor = _as_sponsor(text, end, matches)
            if sponsor:
                return Toponym(Span(start, end, text[start:end]), sponsor, kind="demonym"), j - i + 1 + extra
            return Toponym(Span(start, end, text[start:end]), [m.candidate for m in matches]), j - i + 1 + extra
    return None


SPONSOR_RE = re.compile(r"-([a-z]+)\b")


def _as_sponsor(text: str, end: int, matches: list[Match]) -> list[Candidate]:
    """A backer ("Iran-backed Houthis" fight in Yemen) names an actor's ally, like "Iranian":
    it must not vote for where the story happens, nor be its location."""
    hit = SPONSOR_RE.match(text, end)
    if hit is None or hit.group(1) not in sponsor_suffixes():
        return []
    return [m.candidate for m in matches if m.candidate.feature_code == "PCLI" and m.how in (EXACT, FOLDED)]


def _name_end(text: str, tokens: list[_Token], i: int, j: int) -> tuple[int, int]:
    """Where a place name found at tokens i..j really ends, and how many more tokens it takes.

    GeoWebNews and LGL annotate the whole name: "Royal Street", "Manila Cathedral", "Washington, D.C.",
    "Gainesville, Va." (the abbreviation's full stop included). One head word only, so that the
    resolver's fallback (the span without its last word) still finds the gazetteer entry.
    """
    end = tokens[j].end
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    if following is not None and following.capitalised:
        gap = text[end : following.start]
        if gap == " " and following.lower in place_heads():
            return following.end, 1
        if gap == ", " and following.text == "D.C.":
            return following.end, 1
    if i == j and text[end : end + 1] == "." and tokens[j].text in state_abbreviations():
        return end + 1, 0
    return end, 0


def _ezafe_at(text: str, left: _Token, right: _Token) -> bool:
    return right.lower in HYPHEN_CONNECTORS and text[left.end : right.start] == "-"


def _after_ezafe(text: str, tokens: list[_Token], i: int) -> bool:
    """The word follows "-e-" ("Barchi" of "Dasht-e-Barchi"): the rest of a name, not one of its own."""
    return i >= 2 and _ezafe_at(text, tokens[i - 2], tokens[i - 1]) and text[tokens[i - 1].end : tokens[i].start] == "-"


def _is_language(view: _DocView, start: int, end: int) -> bool:
    ent = view.entity_over(start, end)
    return ent is not None and ent[2] == "LANGUAGE" and ent[0] <= start and ent[1] >= end


def _joinable(text: str, left: _Token, right: _Token) -> bool:
    gap = text[left.end : right.start]
    if len(gap) > 3 or gap.strip(" -‑") or "\n" in gap or not gap:
        return False
    return right.capitalised or right.lower in CONNECTORS or right.lower in FEATURE_WORDS or _ezafe_at(text, left, right)


def _demonym(span_text: str) -> str | None:
    if not span_text[:1].isupper():
        return None
    return demonyms().get(fold_name(span_text))


def _demonym_candidates(gaz: Gazetteer, target: str) -> list[Candidate]:
    """The country (alpha-2 code) or region/continent (a name, e.g. Europe) a demonym refers to."""
    if len(target) == 2 and target.isupper():
        row = gaz.country(target)
        matches = gaz.lookup(row["name"], loose=False) if row else []
        return [m.candidate for m in matches if m.candidate.feature_code == "PCLI" and m.candidate.country_code == target]
    matches = [m for m in gaz.lookup(target, loose=False) if m.how == EXACT]
    return [max(matches, key=_prominence).candidate] if matches else []


def _accept(span_text: str, start: int, end: int, n_tokens: int, matches: list[Match], view: _DocView, countries: Counter[str]) -> bool:
    """Veto or support a gazetteer match with spaCy's analysis, the stoplist and population."""
    folded = fold_name(span_text)
    ent = view.entity_over(start, end)
    geo_ner = view.geo_support(start, end)
    exact_ent = ent is not None and ent[0] == start and ent[1] == end
    if ent is not None and ent[2] == "PERSON" and not exact_ent and not geo_ner:
        return False  # a piece of a person's name: "Hafez" in "Hafez al-Assad"
    if ent is not None and ent[2] not in GEO_LABELS and ent[0] < start and not geo_ner:
        return False  # inside a name that is not a place: "Cup" in "Dubai World Cup"
    country_abbreviation = span_text.replace(".", "").isupper() and any(
        m.candidate.feature_code == "PCLI" and m.how in (EXACT, FOLDED) for m in matches
    )
    if country_abbreviation:
        return True  # US, U.K., UAE
    if (folded in stoplist() or (n_tokens == 1 and folded in common_words())) and not geo_ner:
        return False
    if len(folded) < 3 and not geo_ner:
        return False
    if n_tokens == 1 and not geo_ner and (folded in view.person_words or (span_text.isupper() and len(span_text) <= 5)):
        return False  # a surname seen in a full name, or an acronym (BBC, KLM)
    in_context = any(m.candidate.country_code in countries for m in matches)
    strong_name = any(m.how in (EXACT, FOLDED) for m in matches)
    major = any(m.candidate.feature_code in MAJOR_CODES and m.how in (EXACT, FOLDED) for m in matches)
    big = any(m.candidate.population >= BIG_POPULATION for m in matches if m.how in (EXACT, FOLDED))
    curated = any(_is_curated(m) for m in matches if m.how in (EXACT, FOLDED))
    big = big or curated
    untagged_name = ent is None and view.pos(start) == "PROPN" and strong_name
    strong_in_context = any(m.candidate.country_code in countries for m in matches if m.how in (EXACT, FOLDED))
    if n_tokens == 1 and geo_ner and not (strong_name or in_context):
        return False  # spaCy's GPE on an unknown word ("UConn", "MoD") that only loosely resembles a place
    if n_tokens == 1 and not geo_ner:
        pos = view.pos(start)
        mistagged = pos == "ADV" and span_text[:1].isupper() and strong_in_context and not view.is_sentence_start(start)
        if pos in CLOSED_POS and not (in_context and pos == "NOUN") and not mistagged:
            return False  # mistagged: "shelled Bakhmut", an unfamiliar town the small model calls an adverb
        if view.is_sentence_start(start) and pos != "PROPN":
            return False
        if not (strong_in_context or major or big or untagged_name):
            return False
        in_a_name = view.beside_name(start, end) if ent is None else ent[2] == "PERSON" or ent[0] == start
        if in_a_name and exact_ent and ent[2] != "PERSON" and view.after_locative_preposition(start):
            in_a_name = False  # "near Djibo", "near Damboa": spaCy's one-word ORG or PRODUCT, but a place is where things happen near
        if in_a_name and not (strong_in_context or major or _well_known(matches)):
            return False  # a first name or surname, or the first word of a firm's name ("Thomson Reuters")
        primary = any(m.how == EXACT for m in matches)
        if ent is not None and not (primary or strong_in_context or major):
            return False  # only an alternate name of a foreign place, and spaCy sees another entity
    if not strong_name and not (geo_ner or (in_context and n_tokens > 1)):
        return False
    if exact_ent and ent[2] in ("PERSON", "ORG") and not (in_context or major or big):
        return False
    return geo_ner or in_context or major or big or untagged_name or n_tokens > 1


def _well_known(matches: list[Match]) -> bool:
    return any(
        m.candidate.population >= WELL_KNOWN_POPULATION or _is_curated(m) for m in matches if m.how in (EXACT, FOLDED)
    )


def _is_curated(match: Match) -> bool:
    """Entries from the project's supplements were added because reports name them."""
    return not match.source.startswith(("geonames", "natural-earth"))


NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "NUM"})
MAX_NAME_WORDS = 4  # words before the head word in "Bambino Gesu Paediatric Hospital"


def _feature_names(text: str, tokens: list[_Token], view: _DocView, found: list[Toponym]) -> list[Toponym]:
    """Street and feature names the gazetteer lacks: capitalised words ending in a head word
    ("Dubonet Drive", "Mozart Estate"). Names containing a place already found are left to it; facility
    names ("Medical Center") are too often organisations to count without spaCy's FAC/LOC tag."""
    heads = place_heads()
    taken = [(t.span.start, t.span.end) for t in found]
    extra = []
    for k, head in enumerate(tokens):
        if not (head.capitalised and heads.get(head.lower) in ("street", "feature")) or k == 0:
            continue
        first = k
        while first > 0 and k - first < MAX_NAME_WORDS and _in_name(text, tokens[first - 1], tokens[first], view):
            first -= 1
        while first < k and not _starts_name(tokens[first], view):
            first += 1
        if first == k:
            continue
        start, end = tokens[first].start, head.end
        if any(s < end and start < e for s, e in taken):
            continue
        extra.append(Toponym(Span(start, end, text[start:end]), [], kind="unlisted"))
        taken.append((start, end))
    return extra


def _in_name(text: str, left: _Token, right: _Token, view: _DocView) -> bool:
    return text[left.end : right.start] == " " and left.capitalised and view.pos(left.start) in NAME_POS


def _starts_name(token: _Token, view: _DocView) -> bool:
    """Not a capitalised function word ("The", "On" opening a sentence) in front of the name."""
    if view.pos(token.start) == "PROPN":
        return True
    return fold_name(token.text) not in stoplist() and not view.is_sentence_start(token.start)


def _unlisted_entities(text: str, view: _DocView, found: list[Toponym]) -> list[Toponym]:
    """spaCy GPE/LOC/FAC entities the gazetteer does not know, kept for recall without candidates.

    Only names ending in a place head word or unit ("Press Street", "DuPage County"): on other
    unknown names the small model is mostly wrong (people, firms, products tagged GPE).
    """
    extra = []
    heads = place_heads()
    for start, end, label in view.ents:
        if label not in GEO_LABELS:
            continue
        end = start + len(POSSESSIVE_RE.sub("", text[start:end]))
        last = text[start:end].split()[-1] if text[start:end].split() else ""
        if not (last[:1].isupper() and (last.lower() in heads or last.lower() in ADMIN_SUFFIXES)):
            continue
        if any(t.span.start < end and start < t.span.end for t in found):
            continue
        while start < end and text[start : start + 4].lower() == "the ":
            start += 4
        if start < end:
            extra.append(Toponym(Span(start, end, text[start:end]), [], kind="unlisted"))
    return extra
