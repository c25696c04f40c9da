"""The defenders' toll of an attack already told folds into that battle (attack_responses.py)."""

from datetime import date

from frontlines.extract.attack_responses import fold_responses
from frontlines.model import Counts, Event, Evidence, Span

DAY = date(2023, 5, 7)


def _battle(actor1: str, inter1: int, actor2: str, inter2: int, sentence: str, fatalities: int) -> Event:
    return Event(
        event_id=sentence[:8], document_id="d", event_type="Battles", sub_event_type="Armed clash",
        actor1=actor1, inter1=inter1, actor2=actor2, inter2=inter2, event_date=DAY, location="Diffa",
        counts=Counts(fatalities=fatalities), fatalities=fatalities,
        evidence=[Evidence("event_type", sentence, Span(0, 5, sentence[:5]))],
    )


def _same_place(a: Event, b: Event) -> bool:
    return a.location == b.location


def test_defenders_kill_of_the_attackers_adds_to_the_attack() -> None:
    attack = _battle("Unidentified Armed Group (Niger)", 3, "Military Forces of Niger (2023-)", 1, "Militants attacked an army base, killing 12 soldiers.", 12)
    response = _battle("Military Forces of Niger (2023-)", 1, "Unidentified Armed Group (Niger)", 3, "The army said it killed 20 of the attackers.", 20)
    kept, changed = fold_responses([attack, response], _same_place)
    assert kept == [attack] and changed == [attack]
    assert (attack.fatalities, attack.counts.fatalities, attack.hedged) == (32, 32, False)


def test_a_third_party_killing_militants_is_its_own_battle() -> None:
    attack = _battle("Unidentified Armed Group (Niger)", 3, "Military Forces of Niger (2023-)", 1, "Militants attacked an army base, killing 12 soldiers.", 12)
    other = _battle("Military Forces of Chad", 8, "Unidentified Armed Group (Niger)", 3, "Chadian troops killed 20 of the attackers.", 20)
    kept, changed = fold_responses([attack, other], _same_place)
    assert (kept, changed, attack.fatalities) == ([attack, other], [], 12)


def test_the_attackers_killed_in_the_passive_add_to_the_attack() -> None:
    attack = _battle("Ambazonian Separatists", 2, "Military Forces of Cameroon", 1, "Separatists attacked a military post, killing two soldiers.", 2)
    response = _battle("Military Forces of Cameroon", 1, "Ambazonian Separatists", 2, "Three of the attackers were killed when troops returned fire.", 3)
    kept, changed = fold_responses([attack, response], _same_place)
    assert (kept, changed, attack.fatalities) == ([attack], [attack], 5)
