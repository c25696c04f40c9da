"""Actor names: an actor phrase -> ACLED-style name and inter code, PLOVER sector, interaction code.

Works on text alone (no parse), so the name tables can be used and tested without spaCy.
"""

from __future__ import annotations

import re
from functools import lru_cache

from frontlines.errors import InputError
from frontlines.extract.actor_dictionary import (
    GroupEntry,
    backed_militias,
    country_words,
    demonym_country,
    find_country,
    generic_entries,
    group_aliases,
    names_group,
    place_kind,
    plover_sector_cues,
    state_actor_name,
    target_cues,
)
from frontlines.extract.types import Actor

_LEADING = re.compile(
    r"^(the|a|an|some|many|several|more|most|other|others|dozens of|hundreds of|thousands of|scores of|"
    r"at least|over|around|about|nearly|almost|up to|more than|\d[\d,]*|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)\s+",
    re.IGNORECASE,
)


def interaction_code(inter1: int, inter2: int | None) -> int:
    """ACLED interaction: the two inter codes, lower first (12); one-sided events are inter1*10."""
    for value in (inter1, inter2):
        if value is not None and not 0 <= value <= 8:
            raise ValueError(f"inter code must be 0-8, got {value}")
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def normalise_actor(text: str, country_hint: str | None) -> Actor | None:
    """ACLED-style actor for a phrase ("regime forces" -> "Military Forces of Syria (2000-)"); None if no actor."""
    if not isinstance(text, str):
        raise InputError("an actor phrase must be text", source=repr(text))
    phrase = " ".join(text.split())
    if not phrase:
        return None
    backer, stripped = split_backer(phrase)
    while True:
        new = _LEADING.sub("", stripped)
        if new == stripped:
            break
        stripped = new
    militia = _backed_militia(backer, stripped, country_hint)
    if militia is not None:
        return Actor(militia[0], militia[1], mention=phrase)
    for entry in generic_entries():
        if entry.before_groups and entry.pattern.search(stripped):
            return Actor(_fill(entry.name, country_hint or find_country(stripped)), entry.inter, mention=phrase)
    for pattern, entry in group_aliases():
        if not pattern.search(stripped):
            continue
        if not entry.applies_in(country_hint):
            continue  # bound to another country; "Congress" is India's party only in India
        if entry.country and entry.country != country_hint and _has_same_alias_for(entry.alias, country_hint):
            continue
        foreign_state = entry.inter == 1 and bool(country_hint) and entry.country not in {"", country_hint}
        return Actor(entry.name, 8 if foreign_state else entry.inter, mention=phrase)
    named_country = find_country(stripped)
    for entry in generic_entries():
        if not entry.pattern.search(stripped):
            continue
        if entry.kind:
            name = state_actor_name(named_country or country_hint, entry.kind)
            foreign = bool(named_country and country_hint and named_country != country_hint)
            inter = 8 if foreign and entry.kind == "military" else entry.inter
            return Actor(name, inter, mention=phrase)
        return Actor(_fill(entry.name, country_hint or named_country), entry.inter, mention=phrase)
    if named_country and _is_country_name(stripped, named_country):
        return Actor(state_actor_name(named_country, "government"), 1, mention=phrase)
    people = demonym_country(stripped) if " " not in stripped else None
    if people:  # "killed 4 Iraqis": ACLED codes a nationality's people as its civilians
        return Actor(_fill("Civilians ({country})", people), 7, mention=phrase)
    return None


def split_backer(phrase: str) -> tuple[str | None, str]:
    """"Russian-backed Fifth Corps" -> ("Russian", "Fifth Corps"): the backer is an associated actor, not the actor."""
    match = _backer_pattern().match(phrase)
    if not match or not (find_country(match.group("backer")) or names_group(match.group("backer"))):
        return None, phrase  # "lightly-armed", "well-supported": not a backer
    return match.group("backer"), phrase[match.end():]


@lru_cache(maxsize=1)
def _backer_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in target_cues().backing)
    # "Iranian-backed" and "Iranian backed"; not "the Syrian army backed by Russia" (a passive, not a backer)
    return re.compile(
        rf"^(?:the\s+)?(?P<backer>[\w.']+(?:\s[\w.']+)?)(?:\s?-\s?|\s)(?:{words})\s+(?!by\b)", re.IGNORECASE
    )


def _backed_militia(backer: str | None, rest: str, country_hint: str | None) -> tuple[str, int] | None:
    """An unnamed militia known by its backer is not unidentified: ACLED codes whose side it fights on."""
    table = backed_militias()
    backer_country = find_country(backer) if backer else None
    if not backer_country or not country_hint or not table.militia.match(rest):
        return None
    if backer_country == country_hint:
        return _fill(table.own_state[0], country_hint), table.own_state[1]
    return table.foreign.get((backer_country, country_hint))


def _fill(template: str, country: str | None) -> str:
    """"Protesters ({country})" -> "Protesters (Sudan)", or "Protesters" when the country is unknown."""
    return template.format(country=country) if country else template.replace(" ({country})", "")


_HEAD_CUT = re.compile(r"\s+(of|in|at|from|based|living|throughout|near|on|who|which)\s+.*$", re.IGNORECASE)


_PLURAL_DEMONYM = re.compile(r"^[A-Z][a-z]+(ian|ean|an|ese|i|ish)s$")


def actor_sector(text: str, country_hint: str | None = None, *, plover_cues: bool = True) -> str | None:
    """PLOVER-style sector (GOV, MIL, COP, REB, OPP, CVL, JUD, LEG…) for an actor phrase.

    `plover_cues=False` types with the ACLED actor dictionary alone: the PLOVER cue file and
    the rules written while reading PLOVER errors are skipped (an ablation for the eval).
    """
    phrase = " ".join(text.split())
    named = _named_group(phrase, country_hint)
    if plover_cues:
        place = place_kind(phrase)
        if place is not None:
            return "GOV" if place == "capital" else "CVL"
        head = _HEAD_CUT.sub("", phrase)  # a prefix of phrase: offsets agree
        for pattern, sector in plover_sector_cues():
            cue = pattern.search(head)
            if cue:
                if named and _in_proper_name(cue, named[0]):
                    return named[1].sector  # "African Union": the organisation's own name, not a trade union
                return sector
        if _PLURAL_DEMONYM.match(head.split()[-1] if head.split() else ""):
            return "CVL"  # "Palestinians", "Algerians": the people, not the state
    if named:
        return named[1].sector
    for entry in generic_entries():
        if entry.pattern.search(phrase):
            return entry.sector
    if find_country(phrase) or _SINGLE_DEMONYM.match(phrase):
        return "GOV"  # "Hungarian officials" / "Romanian": the state
    if plover_cues and phrase[:1].isupper():
        return "GOV"  # an unknown named actor in political news: most often a state official (PLOVER's commonest sector)
    return None


_SINGLE_DEMONYM = re.compile(r"^[A-Z][a-z]+(ian|ean|an|ese|i|ish)$")


def _named_group(phrase: str, country_hint: str | None) -> tuple[re.Match[str], GroupEntry] | None:
    for pattern, entry in group_aliases():
        match = pattern.search(phrase)
        if match and entry.applies_in(country_hint):
            return match, entry
    return None


def _in_proper_name(cue: re.Match[str], name: re.Match[str]) -> bool:
    """A capitalised cue word inside a named group's alias ("Union", "Front") is part of its name, not a description."""
    return name.start() <= cue.start() and cue.end() <= name.end() and cue.group(0)[:1].isupper()


def _has_same_alias_for(alias: str, country: str | None) -> bool:
    if not country:
        return False
    return any(e.alias == alias and e.country == country for _p, e in group_aliases())


def _is_country_name(text: str, country: str) -> bool:
    """The phrase is just the country ("Uganda said…"), not a place named after it ("Jordan border crossing")."""
    words = text.strip().lower()
    return any(p.fullmatch(words) and c == country for p, c in country_words())
