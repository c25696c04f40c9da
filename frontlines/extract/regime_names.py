"""State forces are named by the regime period their event falls in.

ACLED's "Military Forces of Sudan (1989-2019)" and "(2019-)" are different actors: an army named
with the wrong period is a wrong actor. The name tables carry the ongoing period, so an event
dated before it began is renamed here, once its date is known. Periods:
frontlines/data/actors/regime_periods.csv.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from frontlines.data import read_csv_rows
from frontlines.errors import FrontlinesError
from frontlines.extract.actor_names import interaction_code
from frontlines.model import Event, TimePrecision

PERIODS = ("actors", "regime_periods.csv")
STATE_HEADS = {"military": "Military Forces of", "police": "Police Forces of", "government": "Government of"}
_STATE_NAME = re.compile(
    r"^(?P<head>Military Forces of|Police Forces of|Government of) (?P<country>.+?)"
    r"(?: \((?P<years>\d{4}-(?:\d{4})?)\)(?P<tail>.*))?$"
)


@dataclass(frozen=True)
class RegimePeriod:
    country: str
    start: date
    end: date | None  # None: ongoing
    years: str  # the label ACLED appends, "1989-2019"
    ruling_group: str  # a group ACLED codes as this period's state forces ("Taliban")

    def covers(self, when: date) -> bool:
        return self.start <= when and (self.end is None or when <= self.end)


@lru_cache(maxsize=1)
def regime_periods() -> dict[str, tuple[RegimePeriod, ...]]:
    """Country -> its periods, oldest first."""
    out: dict[str, list[RegimePeriod]] = {}
    for row in read_csv_rows(*PERIODS):
        try:
            period = RegimePeriod(
                row["country"],
                date.fromisoformat(row["start"]),
                date.fromisoformat(row["end"]) if row["end"] else None,
                row["years"],
                row.get("ruling_group") or "",
            )
        except (KeyError, ValueError) as exc:
            raise FrontlinesError(f"bad regime period row {row}: {exc}", source="frontlines/data/actors/regime_periods.csv") from exc
        out.setdefault(period.country, []).append(period)
    return {country: tuple(sorted(rows, key=lambda p: p.start)) for country, rows in out.items()}


def period_on(country: str, when: date) -> RegimePeriod | None:
    return next((p for p in regime_periods().get(country, ()) if p.covers(when)), None)


def state_country(name: str) -> str | None:
    """The country of a whole state-force or government name ("Military Forces of Sudan (2019-)" ->
    "Sudan"); None for other actors and for a unit named after the years."""
    match = _STATE_NAME.match(name)
    return match["country"] if match and not match["tail"] else None


def dated_state_name(name: str, when: date | None) -> str:
    """"Military Forces of Sudan (2019-)" on 2018-05-01 -> "Military Forces of Sudan (1989-2019)". A name
    that is no state force, a country without periods, or a date no period covers keep the name."""
    match = _STATE_NAME.match(name) if when is not None else None
    if match is None or when is None:
        return name
    period = period_on(match["country"], when)
    if period is None:
        return name
    return f"{match['head']} {match['country']} ({period.years}){match['tail'] or ''}"


def _ruling_group_name(name: str, country: str, when: date | None) -> str | None:
    """"Taliban" in Afghanistan after 15 August 2021 are the state's forces, not a rebel group."""
    period = period_on(country, when) if country and when is not None else None
    if period is None or not period.ruling_group or name != period.ruling_group:
        return None
    return f"{STATE_HEADS['military']} {country} ({period.years})"


def _naming_day(event: Event) -> date | None:
    """A month-precision date's day is made up: "seized Kabul in August 2021" is named by the regime that
    held power when the month began (the Taliban, not yet the state)."""
    if event.event_date is None or event.time_precision != TimePrecision.MONTH:
        return event.event_date
    return event.event_date.replace(day=1)


def date_state_actors(event: Event, article_country: str | None = None) -> bool:
    """Rename the event's state actors for its date; True when anything changed (its note is stale).
    `article_country` stands in for an event the gazetteer could not place."""
    before = (event.actor1, event.actor2, event.inter1, event.inter2, event.assoc_actor_1, event.assoc_actor_2)
    when = _naming_day(event)
    for slot in ("1", "2"):
        name = getattr(event, f"actor{slot}")
        if not name:
            continue
        ruling = _ruling_group_name(name, event.country or article_country or "", when)
        if ruling is not None:
            setattr(event, f"actor{slot}", ruling)
            setattr(event, f"inter{slot}", 1)
        else:
            setattr(event, f"actor{slot}", dated_state_name(name, when))
    for field in ("assoc_actor_1", "assoc_actor_2"):
        names = [n for n in getattr(event, field).split("; ") if n]
        setattr(event, field, "; ".join(dated_state_name(n, when) for n in names))
    after = (event.actor1, event.actor2, event.inter1, event.inter2, event.assoc_actor_1, event.assoc_actor_2)
    if after[2:4] != before[2:4] and event.inter1 is not None:
        event.interaction = interaction_code(event.inter1, event.inter2)
    return after != before
