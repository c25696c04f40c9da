"""Turn one date expression into the calendar period it names, anchored on the publication date.

Conventions (and their sources) are documented in frontlines/data/dates/conventions.yaml.
`direction` says how to place a date that lacks a year ("Oct. 2", "May"): "past" for event
reports (a report describes what already happened), "nearest" for TimeML normalisation, where
an upcoming date within FUTURE_WINDOW_DAYS wins. Bare weekdays are always the publication day
or the most recent one before it: on TBAQ-cleaned that beats "nearest" (conventions.yaml).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from frontlines.extract.date_patterns import date_lexicon, patterns
from frontlines.extract.number_words import lexicon, words_to_int


@dataclass(frozen=True)
class DatePeriod:
    start: date
    end: date  # inclusive
    precision: int  # ACLED time_precision
    granularity: str  # day | week | weekend | month | year | decade | rolling | ref
    since: bool = False  # "since X": a range from X up to publication (background)
    ref: str = ""  # PRESENT_REF / PAST_REF / FUTURE_REF for granularity "ref"
    anchor: date | None = None  # the event date when it is not the middle ("three years ago")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 + months
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year_of(value: str | None) -> int | None:
    if not value:
        return None
    y = int(value)
    if y >= 100:
        return y
    return 2000 + y if y < 50 else 1900 + y  # two-digit years: '18 -> 2018, '98 -> 1998


def _month_number(word: str) -> int:
    return date_lexicon().months[word.lower().rstrip(".")]


def _weekday_number(word: str) -> int:
    return date_lexicon().weekdays[word.lower().rstrip(".")]


FUTURE_WINDOW_DAYS = 92  # TimeML reading: a yearless date this close ahead is meant as upcoming


def _place_without_year(month: int, day: int | None, published: date, direction: str) -> date | None:
    """Pick the year for 'Oct. 2' / 'May': the most recent not after publication; for TimeML
    ("nearest") an upcoming one within FUTURE_WINDOW_DAYS wins."""
    candidates = [d for y in (published.year - 1, published.year, published.year + 1) if (d := _safe_date(y, month, day or 1))]
    past = [d for d in candidates if d <= published or (not day and d.year == published.year and d.month == published.month)]
    latest = max(past) if past else None
    if direction == "past":
        return latest
    future = [d for d in candidates if d > published and (d - published).days <= FUTURE_WINDOW_DAYS]
    return min(future) if future and (latest is None or (published - latest).days > (min(future) - published).days) else latest


def _day_of_month(day: int, published: date, direction: str) -> date | None:
    """'On the 28th': this month's if it is not ahead of publication, else last month's."""
    this_month = _safe_date(published.year, published.month, day)
    if this_month and (this_month <= published or direction != "past"):
        return this_month
    previous = _add_months(date(published.year, published.month, 1), -1)
    return _safe_date(previous.year, previous.month, day)


def _part_of(start: date, end: date, part: str | None, published: date) -> tuple[date, date]:
    """'early'/'late' halves of a period; 'earlier this month' stops before publication."""
    if not part:
        return start, end
    part = part.lower()
    mid = start + (end - start) // 2
    if part in {"early", "the beginning of", "the start of", "start"}:
        return start, mid
    if part == "earlier":
        return (start, min(end, published - timedelta(days=1))) if published > start else (start, end)
    if part in {"late", "later", "the end of", "end"}:
        return mid, end
    if part in {"mid", "the middle of"}:
        quarter = (end - start) // 4
        return start + quarter, end - quarter
    return start, end


def _unit_period(unit: str, offset: int, published: date) -> tuple[date, date, str]:
    if unit == "day":
        d = published + timedelta(days=offset)
        return d, d, "day"
    if unit in {"week", "weekend"}:
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=offset)
        if unit == "weekend":
            if offset == 0 and published.weekday() < 5:
                monday -= timedelta(weeks=1)  # "the weekend" on a weekday = the one just gone
            return monday + timedelta(days=5), monday + timedelta(days=6), "weekend"
        return monday, monday + timedelta(days=6), "week"
    if unit == "month":
        first = _add_months(date(published.year, published.month, 1), offset)
        return first, _month_end(first.year, first.month), "month"
    if unit == "year":
        y = published.year + offset
        return date(y, 1, 1), date(y, 12, 31), "year"
    if unit == "quarter":
        index = published.year * 4 + (published.month - 1) // 3 + offset
        year, q = divmod(index, 4)
        period = _quarter(year, q + 1)
        return period.start, period.end, "quarter"
    if unit == "rolling_days":
        return published + timedelta(days=offset), published - timedelta(days=1), "rolling"
    if unit == "rolling_month":
        return _add_months(published, offset), published - timedelta(days=1), "rolling"
    if unit == "rolling_year":
        return _add_months(published, 12 * offset), published - timedelta(days=1), "rolling"
    raise ValueError(f"unknown unit {unit!r}")


def _quarter(year: int, n: int) -> DatePeriod:
    return DatePeriod(date(year, 3 * n - 2, 1), _month_end(year, 3 * n), 3, "quarter")


def _ago(n_text: str, unit: str, direction: str, published: date) -> DatePeriod | None:
    n_text = n_text.lower()
    n = 1 if n_text in {"a", "an"} else lexicon().amounts.get(n_text) or words_to_int(n_text)
    if n is None:
        return None
    sign = 1 if direction.lower() in {"later", "from now"} else -1
    if unit == "day":
        d = published + timedelta(days=sign * n)
        return DatePeriod(d, d, 1, "day")
    if unit == "week":
        d = published + timedelta(weeks=sign * n)
        monday = d - timedelta(days=d.weekday())
        return DatePeriod(monday, monday + timedelta(days=6), 2, "week")
    if unit == "month":
        d = _add_months(published, sign * n)
        return DatePeriod(date(d.year, d.month, 1), _month_end(d.year, d.month), 3, "month", anchor=d)
    years = n * (10 if unit == "decade" else 1)
    y = published.year + sign * years
    anchor = _safe_date(y, published.month, published.day) or date(y, published.month, 28)
    return DatePeriod(date(y, 1, 1), date(y, 12, 31), 3, "year", anchor=anchor)


def _weekday(word: str, mod: str | None, published: date, direction: str) -> date:
    target = _weekday_number(word)
    delta = (published.weekday() - target) % 7
    mod = (mod or "").lower()
    if mod == "next":
        return published + timedelta(days=(target - published.weekday()) % 7 or 7)
    if mod in {"last", "past"}:
        return published - timedelta(days=delta or 7)
    if mod == "this":
        monday = published - timedelta(days=published.weekday())
        return monday + timedelta(days=target)
    return published - timedelta(days=delta)  # even for TimeML: past beats nearest on TBAQ (see conventions.yaml)


def resolve_period(expr: str, published: date, direction: str = "past") -> DatePeriod | None:
    """The period an expression names, or None when it is not a date we can anchor."""
    text = re.sub(r"\s+", " ", expr.strip().strip(",.;:")).strip()
    text = re.sub(r"['’]s$", "", text)  # "Friday's meeting"
    text = re.sub(r"^(?:around|about|on or about|(?:early|earlier|late|later) (?=(?:yesterday|today|tonight|[A-Za-z]+day)\b))\s*", "", text, flags=re.I)
    if not text:
        return None
    m = patterns().full.match(text)
    if not m:
        return None
    g = m.groupdict()
    since = bool(g.get("since"))
    period = _period_from_groups(g, published, direction)
    if period is None:
        return None
    if since:
        return DatePeriod(period.start, published, 3, "since", since=True)
    return period


def _period_from_groups(g: dict[str, str | None], published: date, direction: str) -> DatePeriod | None:
    if g.get("iso"):
        d = date.fromisoformat(g["iso"])
        return DatePeriod(d, d, 1, "day")
    if g.get("numeric"):
        a, b, y = (int(x) for x in re.split(r"[/.]", g["numeric"]))
        year = _year_of(str(y))
        d = _safe_date(year, b, a) or _safe_date(year, a, b)  # day-first, then month-first
        return DatePeriod(d, d, 1, "day") if d else None
    if g.get("dmy_d") or g.get("mdy_d"):
        day = int(g.get("dmy_d") or g["mdy_d"])
        month = _month_number(g.get("dmy_m") or g["mdy_m"])
        year = _year_of(g.get("dmy_y") or g.get("mdy_y"))
        d = _safe_date(year, month, day) if year else _place_without_year(month, day, published, direction)
        return DatePeriod(d, d, 1, "day") if d else None
    if g.get("nth"):
        d = _day_of_month(int(g["nth"]), published, direction)
        return DatePeriod(d, d, 1, "day") if d else None
    if g.get("my_m"):
        month = _month_number(g["my_m"])
        year = _year_of(g.get("my_y"))
        rel = (g.get("my_rel") or "").lower()
        mod = (g.get("mmod") or "").lower()
        if rel:
            year = published.year + {"this year": 0, "last year": -1, "next year": 1}[rel]
        elif mod in {"last", "past"}:
            year = published.year if month < published.month else published.year - 1
        elif mod == "next":
            year = published.year if month > published.month else published.year + 1
        elif mod == "this":
            year = published.year
        if year is None:
            first = _place_without_year(month, None, published, direction)
            if first is None:
                return None
            year = first.year
        start, end = _part_of(date(year, month, 1), _month_end(year, month), g.get("mpart"), published)
        return DatePeriod(start, end, 3, "month")
    if g.get("wd"):
        d = _weekday(g["wd"], g.get("wmod"), published, direction)
        return DatePeriod(d, d, 1, "day")
    if g.get("ago_n"):
        return _ago(g["ago_n"], g["ago_u"].lower(), g["ago_dir"], published)
    if g.get("quarter"):
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}[g["quarter"].lower()]
        year = _year_of(g.get("q_y")) or (published.year if date(published.year, 3 * n - 2, 1) <= published else published.year - 1)
        return _quarter(year, n)
    if g.get("decade"):
        digits = re.search(r"\d{4}", g["decade"]).group(0)
        y = int(digits)
        return DatePeriod(date(y, 1, 1), date(y + 9, 12, 31), 3, "decade")
    if g.get("year"):
        y = int(g["year"])
        start, end = _part_of(date(y, 1, 1), date(y, 12, 31), g.get("ypart"), published)
        return DatePeriod(start, end, 3, "year")
    if g.get("rel"):
        return _relative(g["rel"].lower(), published)
    return None


def _relative(phrase: str, published: date) -> DatePeriod | None:
    rule = date_lexicon().relative.get(phrase)
    if rule is None:
        return None
    if rule.unit == "ref":
        return DatePeriod(published, published, rule.precision, "ref", ref=rule.timex)
    start, end, granularity = _unit_period(rule.unit, rule.offset, published)
    part = {"all": None, "early": "earlier" if rule.offset == 0 else "early", "late": "late"}[rule.part]
    start, end = _part_of(start, end, part, published)
    return DatePeriod(start, end, rule.precision, granularity)
