"""Event dates and ACLED time_precision, anchored on the publication date.

Conventions (same-day weekdays, the middle of a period, "since X" as a background range)
are documented with their sources in frontlines/data/dates/conventions.yaml.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from frontlines.errors import InputError
from frontlines.extract.date_expressions import FoundExpression, find_expressions
from frontlines.extract.date_offsets import earlier_by, interval_clause
from frontlines.extract.date_periods import DatePeriod, resolve_period
from frontlines.extract.types import DateResolution
from frontlines.model import Span, TimePrecision

ANTECEDENT_SENTENCES = 3  # how far back "since then" looks for what "then" was


def _check(published: object, what: str) -> date:
    if not isinstance(published, date):
        raise InputError(f"a publication date (datetime.date) is needed to resolve {what!r}, got {published!r}")
    return published


def _event_date(period: DatePeriod, published: date) -> date:
    """Middle of the period, clipped to publication; a 'since' range dates from its anchor."""
    if period.since:
        return period.start
    if period.anchor is not None:
        return period.anchor
    end = min(period.end, published) if period.start <= published else period.end
    return period.start + (end - period.start) // 2


def _resolution(period: DatePeriod | None, published: date, expression: str, span: Span | None = None) -> DateResolution | None:
    if period is None or period.granularity == "ref":
        return None
    return DateResolution(
        date=_event_date(period, published),
        precision=TimePrecision(period.precision),
        span=span,
        expression=expression,
    )


def resolve_date_expression(expr: str, published: date) -> DateResolution | None:
    """Resolve one expression ("on Wednesday", "last week", "2 October 2018") for a report published on `published`."""
    if not isinstance(expr, str):
        raise InputError(f"date expression must be text, got {expr!r}")
    published = _check(published, expr)
    return _resolution(resolve_period(expr, published, "past"), published, expr.strip())


def is_background_range(resolution: DateResolution) -> bool:
    """True for 'since 2018' / 'since then': a range up to publication, not the date of a new event."""
    return resolution.expression.lower().startswith(("since ", "from "))


def normalise_timex(text: str, dct: date) -> str | None:
    """A TimeML value ('2021-07-28', '2021-W29', '2021-05', '2019', 'PRESENT_REF') for a DATE expression."""
    dct = _check(dct, text)
    period = resolve_period(text, dct, "nearest")
    if period is None or period.since:
        return None
    if period.granularity == "ref":
        return period.ref
    if period.granularity == "day":
        return period.start.isoformat()
    if period.granularity in {"week", "weekend"}:
        year, week, _ = period.start.isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if period.granularity == "weekend" else "")
    if period.granularity == "month":
        return f"{period.start.year}-{period.start.month:02d}"
    if period.granularity == "year":
        return str(period.start.year)
    if period.granularity == "quarter":
        return f"{period.start.year}-Q{(period.start.month - 1) // 3 + 1}"
    if period.granularity == "decade":
        return str(period.start.year)[:3] + "X"  # TBAQ-cleaned writes decades as 199X
    return None


def _doc_span(sent: SpacySpan, found: FoundExpression) -> Span:
    start = sent.start_char + found.start
    return Span(start, sent.start_char + found.end, found.text)


def _antecedent(sent: SpacySpan, before_char: int, published: date) -> DatePeriod | None:
    """What 'then' refers to: the nearest resolvable date before it in this or the previous sentences."""
    doc = sent.doc
    sentences = [s for s in doc.sents if s.start_char < sent.end_char]
    for candidate in reversed(sentences[-(ANTECEDENT_SENTENCES + 1) :]):
        for found in reversed(find_expressions(candidate.text)):
            if candidate.start_char + found.end > before_char:
                continue
            period = resolve_period(found.text, published, "past")
            if period is not None and period.granularity != "ref":
                return period
    return None


def sentence_dates(sent: SpacySpan, published: date) -> list[DateResolution]:
    """Every resolvable date expression in a sentence, in text order (document offsets)."""
    published = _check(published, sent.text)
    results = []
    for found in find_expressions(sent.text):
        span = _doc_span(sent, found)
        lowered = found.text.lower()
        if lowered.endswith("then") and lowered.split()[0] in {"since", "from"}:
            anchor = _antecedent(sent, span.start, published)
            if anchor is None:
                continue
            period = DatePeriod(anchor.anchor or anchor.start, published, 3, "since", since=True)
        else:
            period = resolve_period(found.text, published, "past")
        resolution = _resolution(period, published, found.text, span)
        if resolution is not None:
            results.append(resolution)
    return results


def _root(sent: SpacySpan, span: Span) -> Token | None:
    chunk = sent.doc.char_span(span.start, span.end, alignment_mode="expand")
    return chunk.root if chunk is not None else None


def _tree_distance(a: Token, b: Token) -> int:
    path_a = [a, *a.ancestors]
    index = {t.i: n for n, t in enumerate(path_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in index:
            return index[t.i] + n
    return len(path_a) + 50


# A clause opened by one of these dates another, earlier event ("... since the offensive began in December").
BACKGROUND_CLAUSE_MARKERS = {"since", "until", "before"}


def _in_other_background_clause(sent: SpacySpan, r: DateResolution, trigger: Token) -> bool:
    """True when the date sits in a since/until/before clause that does not contain the trigger."""
    root = _root(sent, r.span) if r.span else None
    node = root
    while node is not None and node.i != node.head.i:
        if node.dep_ in ("advcl", "relcl", "acl") and any(
            c.dep_ == "mark" and c.lower_ in BACKGROUND_CLAUSE_MARKERS for c in node.children
        ):
            return not (node.left_edge.i <= trigger.i <= node.right_edge.i)
        node = node.head
    return False


def _owned_by_other_noun(root: Token, trigger: Token) -> int:
    """1 when the date is a possessive of another noun ("to reject the results of Monday's election"): it
    dates that noun's event, so any other date in the sentence dates the trigger first."""
    return int(root.dep_ == "poss" and root.head.i != trigger.i)


def find_event_date(sent: SpacySpan, published: date, trigger_token: int | None = None) -> DateResolution | None:
    """The date expression governing the event at `trigger_token` (syntactically closest), else the most precise one."""
    candidates = sentence_dates(sent, published)
    if not candidates:
        return None
    if trigger_token is None or not (sent.start <= trigger_token < sent.end):
        return min(candidates, key=lambda r: (int(r.precision), r.span.start if r.span else 0))
    trigger = sent.doc[trigger_token]
    own = [r for r in candidates if not _in_other_background_clause(sent, r, trigger)]
    if not own:
        return None
    candidates = own

    def score(r: DateResolution) -> tuple[int, int, int]:
        root = _root(sent, r.span) if r.span else None
        if root is None:
            return (1, 99, 0)
        return (_owned_by_other_noun(root, trigger), _tree_distance(root, trigger), abs(root.i - trigger_token))

    return _shifted_for_interval(sent, min(candidates, key=score), trigger)


def _shifted_for_interval(sent: SpacySpan, found: DateResolution, trigger: Token) -> DateResolution:
    """ "on Monday, a week after gunmen killed 10": the earlier killing is dated a week before Monday
    (date_offsets.py), at week precision, when the date found is the main clause's."""
    clause = interval_clause(trigger)
    root = _root(sent, found.span) if found.span else None
    if clause is None or root is None or clause.left_edge.i <= root.i <= clause.right_edge.i:
        return found
    gap = earlier_by(trigger)
    if gap is None:
        return found
    precision = TimePrecision(max(int(found.precision), int(TimePrecision.WEEK)))
    return DateResolution(found.date - gap, precision, found.span, f"{gap.days} days before {found.expression}")
