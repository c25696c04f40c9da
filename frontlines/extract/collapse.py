"""Collapse restatements of one event inside one report into a single record.

A report often states its main event twice (the lead paragraph, then details with the day
and the toll). An ACLED coder records it once, with the most specific date, the territorial
sub-type if territory changed hands, and the fullest counts. A later casualty sentence that is
only the toll of the event before it ("… were killed in the fighting") adds its counts to it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from frontlines.data import read_yaml
from frontlines.extract.attack_responses import fold_responses
from frontlines.extract.event_folds import fold_each, take_counts
from frontlines.extract.event_rules import VIOLENT_TYPES
from frontlines.extract.passive_details import fold_passive_details
from frontlines.extract.protest_escalation import fold_crowd_arrests, fold_interventions
from frontlines.extract.rival_accounts import fold_rival_accounts
from frontlines.model import Event, Evidence, GeoPrecision, TimePrecision

# Evidence note of a date that the text did not give (the pipeline falls back to publication).
PUBLICATION_DATE_NOTE = "no date in the text; coded to the publication date, week precision"

# When two restatements disagree on the sub-type, the more specific outcome wins.
SUB_TYPE_PRIORITY = {
    "Non-state actor overtakes territory": 3,
    "Government regains territory": 3,
    "Armed clash": 1,
}


# Non-state armed groups (ACLED inter 2-4): "armed men" in a detail paragraph may be the
# rebels named in the lead, so an unidentified group is compatible with a named one.
ARMED_NON_STATE = {2, 3, 4}


def same_event(a: Event, b: Event) -> bool:
    if (a.event_type, a.reported_as) != (b.event_type, b.reported_as):
        return False
    if not _actors_compatible(a.actor1, a.inter1, b.actor1, b.inter1):
        return False
    if a.actor2 and b.actor2 and not _actors_compatible(a.actor2, a.inter2, b.actor2, b.inter2):
        return False
    if not _places_compatible(a, b):
        return False
    if a.sub_event_type != b.sub_event_type and not (
        a.sub_event_type in SUB_TYPE_PRIORITY and b.sub_event_type in SUB_TYPE_PRIORITY
    ):
        return False
    return _dates_compatible(a, b)


def _actors_compatible(name_a: str, inter_a: int | None, name_b: str, inter_b: int | None) -> bool:
    if name_a == name_b:
        return True
    unidentified = name_a.startswith("Unidentified") or name_b.startswith("Unidentified")
    return unidentified and inter_a in ARMED_NON_STATE and inter_b in ARMED_NON_STATE


def _places_compatible(a: Event, b: Event) -> bool:
    """Same place, or one is only known to the region that contains the other."""
    if not a.location or not b.location or a.location == b.location:
        return True
    region_only = GeoPrecision.REGION in (a.geo_precision, b.geo_precision)
    return region_only and bool(a.admin1) and a.admin1 == b.admin1


def _dates_compatible(a: Event, b: Event) -> bool:
    if a.event_date is None or b.event_date is None:
        return True
    if a.event_date == b.event_date:
        return True
    loose = max(int(a.time_precision or 1), int(b.time_precision or 1))
    window = 7 if loose == TimePrecision.WEEK else 31 if loose == TimePrecision.MONTH else 0
    return abs((a.event_date - b.event_date).days) <= window


def absorb(kept: Event, other: Event) -> None:
    """Fold `other` into `kept`: most precise date and location, fullest counts, all evidence."""
    if other.event_date is not None and (
        kept.event_date is None
        or int(other.time_precision or 9) < int(kept.time_precision or 9)
        or (other.time_precision == kept.time_precision and _dated_by_text(other) and not _dated_by_text(kept))
    ):
        kept.event_date, kept.time_precision = other.event_date, other.time_precision
    if SUB_TYPE_PRIORITY.get(other.sub_event_type, 0) > SUB_TYPE_PRIORITY.get(kept.sub_event_type, 0):
        kept.sub_event_type = other.sub_event_type
    if other.location and (
        not kept.location or int(other.geo_precision or 9) < int(kept.geo_precision or 9)
    ):
        for field in ("location", "admin1", "admin2", "country", "iso", "latitude", "longitude", "geo_precision"):
            setattr(kept, field, getattr(other, field))
    if kept.actor1.startswith("Unidentified") and other.actor1 and not other.actor1.startswith("Unidentified"):
        kept.actor1, kept.inter1 = other.actor1, other.inter1
    for field in ("actor2", "inter2", "assoc_actor_1", "assoc_actor_2", "civilian_targeting"):
        if not getattr(kept, field) and getattr(other, field):
            setattr(kept, field, getattr(other, field))
    kept.hedged = kept.hedged and other.hedged
    kept.confidence = max(kept.confidence, other.confidence)
    take_counts(kept, other, "restated")


def _dated_by_text(event: Event) -> bool:
    """True when the date came from the text (an expression or a tie to an earlier event), not the publication date."""
    return any(e.field == "event_date" and e.note != PUBLICATION_DATE_NOTE for e in event.evidence)


def collapse_restatements(events: list[Event]) -> tuple[list[Event], list[Event]]:
    """Returns (kept, changed): `changed` are kept events that absorbed others and need a new note."""
    changed: list[Event] = []
    for fold in (
        fold_tolls,
        fold_destruction,
        lambda found: fold_interventions(found, lambda a, b: _places_compatible(a, b) and _dates_compatible(a, b)),
        lambda found: fold_crowd_arrests(found, lambda a, b: _places_compatible(a, b) and _dates_compatible(a, b)),
        lambda found: fold_rival_accounts(found, _places_compatible),
        lambda found: fold_passive_details(found, lambda a, b: _places_compatible(a, b) and _dates_compatible(a, b)),
        lambda found: fold_responses(found, _places_compatible),
    ):
        events, folded = fold(events)
        changed += [e for e in folded if e not in changed]
    kept: list[Event] = []
    identified: dict[str, set[tuple[str, int | None]]] = {}
    for event in events:
        target = next((k for k in kept if same_event(k, event)), None)
        if target is None:
            kept.append(event)
            continue
        _note_identification(identified, target, event)
        absorb(target, event)
        if target not in changed:
            changed.append(target)
    for event in kept:
        named = identified.get(event.actor1, set())
        if len(named) == 1:  # the report's unidentified group is, unambiguously, this named one
            unidentified = event.actor1
            event.actor1, event.inter1 = next(iter(named))
            sentence = event.evidence[0].sentence if event.evidence else ""
            event.evidence.append(
                Evidence("actor1", sentence, None, note=f"{unidentified!r} is {event.actor1!r} elsewhere in this report")
            )
            if event not in changed:
                changed.append(event)
    for event in fill_battle_opponents(kept):  # after naming, so the opponent has its final name
        if event not in changed:
            changed.append(event)
    return kept, changed




def fold_destruction(events: list[Event]) -> tuple[list[Event], list[Event]]:
    """Fold looting or burning into the violent event of the same actor, place and day, or into
    the riot of that place and day when no one is named for it.

    "Soldiers killed 12 villagers in Sagaing on Monday. The troops burned houses in the village":
    ACLED codes Looting/property destruction only when no other event covers it, so the burning
    is the manner of the attack, told in its own sentence. Returns (kept events, attacks that took one).
    """

    def attack_of(event: Event, _kept: list[Event]) -> Event | None:
        if event.sub_event_type != "Looting/property destruction":
            return None
        return next((e for e in events if e is not event and _covers_destruction(e, event)), None)

    return fold_each(events, attack_of, lambda attack, event: take_counts(attack, event, "destruction in the same attack"))


def _covers_destruction(attack: Event, destruction: Event) -> bool:
    """A riot covers destruction by no one named: "cars were burned and shops looted during protests"
    is the demonstrators' vandalism (ACLED Codebook: Violent demonstration), whoever the riot's actor is."""
    if attack.event_type == "Riots":
        same_actors = not destruction.actor1 or _actors_compatible(
            attack.actor1, attack.inter1, destruction.actor1, destruction.inter1
        )
    else:
        same_actors = (
            attack.event_type in VIOLENT_TYPES
            and bool(attack.actor1)
            and _actors_compatible(attack.actor1, attack.inter1, destruction.actor1, destruction.inter1)
        )
    return (
        same_actors
        and attack.reported_as == destruction.reported_as
        and _places_compatible(attack, destruction)
        and attack.event_date is not None
        and attack.event_date == destruction.event_date
    )


@lru_cache(maxsize=1)
def _toll_cues() -> dict[str, Any]:
    data = read_yaml("events", "toll_links.yaml")
    data["casualty_words"] = frozenset(data["casualty_words"])
    data["refers_back_re"] = [re.compile(p, re.IGNORECASE) for p in data["refers_back_patterns"]]
    return data


def toll_words() -> frozenset[str]:
    """Trigger words of a casualty sentence (toll_links.yaml), shared with the claims stage."""
    return _toll_cues()["casualty_words"]


# Families a toll can belong to: strategic developments have no fatalities of their own.
TOLL_CAUSE_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots"}
TOLL_FIELDS = frozenset({"fatalities", "injured", "civilian_fatalities", "captured", "arrested", "abducted"})


def fold_tolls(events: list[Event]) -> tuple[list[Event], list[Event]]:
    """Add a casualty sentence's counts to the event it is the toll of, instead of keeping it as an event.

    "Fighting broke out in El Obeid on Tuesday. At least 22 fighters were killed in the fighting":
    the second sentence names no one who killed and no place or day of its own, so an ACLED coder
    codes 22 dead on the clash. Returns (kept events, causes that took a toll).
    """
    return fold_each(events, _toll_cause, lambda cause, event: take_counts(cause, event, "toll told in a later sentence", TOLL_FIELDS))


def _toll_cause(event: Event, earlier: list[Event]) -> Event | None:
    """The event `event` is only the toll of: the last one told before it, when `event` is a casualty
    verb with no agent named, and either points back ("in the clashes") or gives no place or day of its own."""
    cues = _toll_cues()
    trigger = next((e for e in event.evidence if e.field == "event_type"), None)
    if trigger is None or trigger.span is None or trigger.span.text.lower() not in cues["casualty_words"]:
        return None
    if any(e.field == "actor1" and e.span is not None and e.sentence == trigger.sentence for e in event.evidence):
        return None  # "soldiers killed two herders": an action with its own agent (a later claim's is not)
    if not earlier or not event.counts.fatalities and not event.counts.injured:
        return None
    cause = earlier[-1]
    if cause.event_type not in TOLL_CAUSE_TYPES or cause.reported_as != event.reported_as:
        return None
    if cause.evidence and cause.evidence[0].sentence == trigger.sentence:
        return None  # one sentence's mentions were already merged by detection; these are distinct
    if not _places_compatible(cause, event) or (_dated_by_text(event) and not _dates_compatible(cause, event)):
        return None
    points_back = any(p.search(trigger.sentence) for p in cues["refers_back_re"])
    own = trigger.sentence
    return cause if points_back or not (_told_in(own, event, "event_date") or _told_in(own, event, "location")) else None


def _told_in(sentence: str, event: Event, field: str) -> bool:
    """True when `sentence` (the event's own) gives `field`, not the publication date or an earlier sentence's place or day."""
    return any(
        e.field == field and e.span is not None and e.span.text in sentence and "earlier sentence" not in e.note
        for e in event.evidence
    )


def fill_battle_opponents(events: list[Event]) -> list[Event]:
    """A battle has two sides: a one-sided battle takes the opponent its initiator fights in another battle of the report.

    "an offensive being launched by regime forces on Wednesday" names no enemy, but the same report
    has armed men from the district capturing checkpoints from regime forces there that day: an
    ACLED coder codes the offensive against them. Only filled when the report names one such opponent.
    Returns the events that changed.
    """
    changed = []
    for event in events:
        if event.event_type != "Battles" or event.actor2 or not event.actor1:
            continue
        opponents = {
            side
            for other in events
            if other is not event and other.event_type == "Battles" and other.reported_as == event.reported_as
            and _places_compatible(event, other) and _dates_compatible(event, other)
            for side in _opponents_of(event.actor1, other)
        }
        if len(opponents) != 1:
            continue
        event.actor2, event.inter2 = next(iter(opponents))
        sentence = event.evidence[0].sentence if event.evidence else ""
        event.evidence.append(
            Evidence("actor2", sentence, None, note=f"{event.actor1!r} fights {event.actor2!r} there in the same report")
        )
        changed.append(event)
    return changed


def _opponents_of(actor: str, battle: Event) -> list[tuple[str, int | None]]:
    if not battle.actor2:
        return []
    if battle.actor1 == actor:
        return [(battle.actor2, battle.inter2)]
    if battle.actor2 == actor:
        return [(battle.actor1, battle.inter1)]
    return []


def _note_identification(identified: dict[str, set[tuple[str, int | None]]], a: Event, b: Event) -> None:
    """Remember that a restatement showed an unidentified group to be a named one."""
    for unnamed, named in ((a, b), (b, a)):
        if unnamed.actor1.startswith("Unidentified") and named.actor1 and not named.actor1.startswith("Unidentified"):
            identified.setdefault(unnamed.actor1, set()).add((named.actor1, named.inter1))
