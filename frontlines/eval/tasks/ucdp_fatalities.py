"""UCDP GED Syria: fatality counts from source headlines that state the event's deaths.

Which headlines "state a number of deaths" is decided by a rule that does not use the
extractor (see `states_deaths`): a single-source headline with exactly one number (digits
or a number word), within three words of a death word, and not a "killed yesterday" daily
national round-up (UCDP splits those tallies into per-place events, so the headline number
is not the event's). `best` is the gold; we also report agreement with the low..high range. UCDP often splits one
headline ("Aerial bombardment kills 18 civilians in Aleppo") into several per-place events,
each citing the same headline, so `*_headline_total` scores each distinct headline against
the sum of `best` over all events that cite it (and only it).
The number a headline states is often not UCDP's `best` for any one event (UCDP splits and
re-counts), so `oracle_exact` scores the literal headline number itself as a ceiling, and
`*_confirmed` scores us on the rows whose `best` equals the number the headline states
(the rows where the gold confirms the headline's number is the event's toll).
The broader set (`*_any`: every headline with a number near a death word) is reported too.
Counting rules were written while looking at odd-numbered rows only; `*_heldout` = even rows.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from frontlines.errors import InputError
from frontlines.eval.metrics import Metric

NAME = "ucdp_fatalities"
DATASETS = ["ucdp_ged_syria/ucdp_ged_syria_dev_2016_2017.csv"]
NEAR_WORDS = 3
_DEATH = re.compile(
    r"^(kill\w*|dead|die[sd]?|dying|deaths?|toll|fatalit\w+|bodies|lives|massacre\w*|execut\w+|behead\w+|martyr\w*|slain|murder\w*)$",
    re.I,
)
_NUMBER = re.compile(
    r"^(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|dozens?)$",
    re.I,
)


def _words(headline: str) -> list[str]:
    return re.findall(r"[\w,]+", headline)


def number_near_death_word(headline: str) -> bool:
    words = [w.strip(",") for w in _words(headline)]
    nums = [i for i, w in enumerate(words) if _NUMBER.match(w)]
    deaths = [i for i, w in enumerate(words) if _DEATH.match(w)]
    return any(abs(i - j) <= NEAR_WORDS for i in nums for j in deaths)


def states_deaths(headline: str) -> bool:
    """The strict rule: one headline, one number, next to a death word, not a daily round-up."""
    if ";" in headline or re.search(r"\byesterday\b", headline, re.I):
        return False
    words = [w.strip(",") for w in _words(headline)]
    if sum(bool(_NUMBER.match(w)) for w in words) != 1:
        return False
    return number_near_death_word(headline)


def stated_number(headline: str) -> int | None:
    """The literal number in a `states_deaths` headline (its only number word or digits)."""
    from frontlines.extract.numbers import parse_quantity

    for word in _words(headline):
        if _NUMBER.match(word.strip(",")):
            return parse_quantity(word.strip(","))
    return None


def load(data_dir: Path, limit: int | None = None) -> list[tuple[int, dict[str, str]]]:
    """(row number, row) for the first `limit` rows whose headline has a number near a death word."""
    path = Path(data_dir) / DATASETS[0]
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise InputError(f"cannot read UCDP GED data: {exc.strerror}", source=str(path)) from exc
    kept = [(n, r) for n, r in enumerate(rows) if number_near_death_word(r["source_headline"])]
    return kept[:limit] if limit else kept  # the limit counts scored rows, not rows read


def predict(headlines: list[str]) -> list[int | None]:
    from frontlines.extract.numbers import extract_counts
    from frontlines.nlp import parse_many

    return [extract_counts(doc[:]).counts.fatalities for doc in parse_many(headlines, batch_size=64)]


def score(items: list[tuple[dict[str, str], int | None]], suffix: str) -> list[Metric]:
    n = len(items)
    exact = sum(pred is not None and pred == int(float(r["best"])) for r, pred in items)
    in_range = sum(pred is not None and float(r["low"]) <= pred <= float(r["high"]) for r, pred in items)
    found = sum(pred is not None for _, pred in items)
    return [
        Metric(NAME, f"fatalities_exact{suffix}", exact / n if n else 0.0, n),
        Metric(NAME, f"fatalities_in_range{suffix}", in_range / n if n else 0.0, n),
        Metric(NAME, f"fatalities_found{suffix}", found / n if n else 0.0, n),
    ]


def score_totals(items: list[tuple[str, int, int | None]], suffix: str) -> list[Metric]:
    """(headline, summed best, prediction) per distinct headline."""
    n = len(items)
    exact = sum(pred is not None and pred == total for _, total, pred in items)
    return [Metric(NAME, f"fatalities_exact_headline_total{suffix}", exact / n if n else 0.0, n)]


def headline_totals(paired: list[tuple[int, dict[str, str], int | None]]) -> list[tuple[int, str, int, int | None]]:
    """(first row number, headline, sum of best, prediction) for each distinct headline."""
    totals: dict[str, list] = {}
    for n, r, p in paired:
        entry = totals.setdefault(r["source_headline"], [n, 0, p])
        entry[1] += int(float(r["best"]))
    return [(n, h, total, p) for h, (n, total, p) in totals.items()]


def run(data_dir: Path, limit: int | None = None) -> list[Metric]:
    rows = load(data_dir, limit)
    preds = predict([r["source_headline"] for _, r in rows])
    paired = [(n, r, p) for (n, r), p in zip(rows, preds)]
    metrics: list[Metric] = []
    for suffix, keep in (
        ("", lambda n, r: states_deaths(r["source_headline"])),
        ("_dev", lambda n, r: states_deaths(r["source_headline"]) and n % 2 == 1),
        ("_heldout", lambda n, r: states_deaths(r["source_headline"]) and n % 2 == 0),
        ("_any", lambda n, r: True),
    ):
        metrics.extend(score([(r, p) for n, r, p in paired if keep(n, r)], suffix))
    strict = [(n, r, p) for n, r, p in paired if states_deaths(r["source_headline"])]
    oracle = [(r, stated_number(r["source_headline"])) for _, r, _ in strict]
    metrics.append(Metric(NAME, "oracle_exact", score(oracle, "")[0].value, len(oracle)))
    confirmed = [(n, r, p) for (n, r, p), (_, o) in zip(strict, oracle) if o is not None and o == int(float(r["best"]))]
    for suffix, parity in (("_confirmed", None), ("_confirmed_dev", 1), ("_confirmed_heldout", 0)):
        metrics.extend(score([(r, p) for n, r, p in confirmed if parity is None or n % 2 == parity], suffix)[:1])
    totals = headline_totals(strict)
    for suffix, parity in (("", None), ("_dev", 1), ("_heldout", 0)):
        chosen = [(h, t, p) for n, h, t, p in totals if parity is None or n % 2 == parity]
        metrics.extend(score_totals(chosen, suffix))
    return metrics
