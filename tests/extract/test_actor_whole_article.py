"""Actor errors found on whole articles (issue #5): missing groups, members "of"/"from" a named group,
weapons and claimed air strikes, "fall to X", and ACLED's country names. Sentences are new probes,
not the article_events fixtures."""

from __future__ import annotations

import pytest

from frontlines.extract.actor_dictionary import acled_country
from frontlines.extract.actor_names import normalise_actor
from frontlines.extract.types import EventLabel
from tests.extract.test_actor_codebook_probes import name
from tests.extract.test_actor_spans import roles_at

DRC = "Democratic Republic of Congo"
BATTLE = EventLabel("Battles", "Armed clash", "Political violence")
CAPTURE = EventLabel("Battles", "Non-state actor overtakes territory", "Political violence")
VAC = EventLabel("Violence against civilians", "Attack", "Political violence")
SHELLING = EventLabel("Explosions/Remote violence", "Shelling/artillery/missile attack", "Political violence")
AIR = EventLabel("Explosions/Remote violence", "Air/drone strike", "Political violence")


@pytest.mark.parametrize(
    ("text", "hint", "expected", "inter"),
    [
        ("M23 rebels", DRC, "M23: March 23 Movement", 2),
        ("suspected ADF militants", DRC, "ADF: Allied Democratic Forces", 2),
        ("FDLR fighters", DRC, "FDLR: Democratic Forces for the Liberation of Rwanda", 2),
        ("CODECO militiamen", DRC, "CODECO: Cooperative for the Development of Congo", 4),
        ("Mai-Mai fighters", DRC, "Mai-Mai Militia (Democratic Republic of Congo)", 3),
        ("FARDC soldiers", DRC, "Military Forces of Democratic Republic of Congo", 1),
        ("Wazalendo fighters", DRC, "Wazalendo Militia", 3),
        ("OLA rebels", "Ethiopia", "OLA: Oromo Liberation Army", 2),
        # Cabo Delgado's insurgents are called al-Shabaab locally: the Somali group only outside Mozambique
        ("al-Shabaab insurgents", "Mozambique", "Islamic State (Mozambique)", 2),
        ("al-Shabaab insurgents", "Somalia", "Al Shabaab", 2),
        ("Ahlu Sunnah Wa-Jamo", "Mozambique", "Islamic State (Mozambique)", 2),
        # a typographic apostrophe and the plural still name the People's Defence Force
        ("People’s Defence Force fighters", "Myanmar", "PDF: People's Defence Force", 2),
        ("local People's Defence Forces", "Myanmar", "PDF: People's Defence Force", 2),
        ("bandits", "Nigeria", "Unidentified Armed Group (Nigeria)", 3),
    ],
)
def test_named_groups(text: str, hint: str, expected: str, inter: int) -> None:
    actor = normalise_actor(text, hint)
    assert (actor.name, actor.inter) == (expected, inter)


@pytest.mark.parametrize(
    ("text", "trigger", "label", "hint", "actor1"),
    [
        ("Gunmen from the Islamist Al Shabaab group stormed a hotel in Mogadishu, killing nine people.",
         "stormed", VAC, "Somalia", "Al Shabaab"),
        ("Fighters of the Arakan Army overran a police post in Rakhine on Monday.",
         "overran", BATTLE, "Myanmar", "AA: Arakan Army"),
        ("Militants of the al Qaeda-linked JNIM group ambushed a convoy near Djibo on Monday.",
         "ambushed", BATTLE, "Burkina Faso", "JNIM: Jama'at Nasr al-Islam wal Muslimin"),
        # a head that is not armed people keeps its own reading: "checkpoints from regime forces"
        ("Armed men captured ten checkpoints from regime forces on Tuesday.",
         "captured", CAPTURE, "Syria", "Unidentified Armed Group (Syria)"),
    ],
)
def test_members_of_a_named_group_are_the_group(text: str, trigger: str, label: EventLabel, hint: str, actor1: str) -> None:
    assert name(roles_at(text, trigger, label, hint).actor1) == actor1


def test_a_weapon_with_a_demonym_stands_for_that_states_forces() -> None:
    roles = roles_at("A Russian missile hit a school in Zaporizhzhia on Thursday, killing three teachers.", "hit", SHELLING, "Ukraine")
    assert (name(roles.actor1), roles.actor1.inter, name(roles.actor2)) == ("Military Forces of Russia (2000-)", 8, "Civilians (Ukraine)")


@pytest.mark.parametrize(
    ("text", "trigger", "hint", "actor1"),
    [
        ("Air strikes hit a rebel camp near Kidal on Thursday, killing 15 fighters, the Malian army said.", "strikes", "Mali",
         "Military Forces of Mali (2021-)"),
        ("Drone strikes killed 20 militants in Zamfara on Sunday, according to a military statement.", "strikes", "Nigeria",
         "Military Forces of Nigeria"),
        # a governor who reports strikes is no air force: no actor1 from the speaker
        ("Air strikes hit a market in Kidal on Thursday, the governor said.", "strikes", "Mali", None),
    ],
)
def test_a_military_reporting_unattributed_air_strikes_claims_them(text: str, trigger: str, hint: str, actor1: str | None) -> None:
    assert name(roles_at(text, trigger, AIR, hint).actor1) == actor1


def test_the_speaker_of_a_salvo_launched_by_they_is_actor1() -> None:
    text = "Al Shabaab said on Tuesday it had launched a barrage of mortars at an army base in Baidoa."
    assert name(roles_at(text, "mortars", SHELLING, "Somalia").actor1) == "Al Shabaab"


@pytest.mark.parametrize(
    ("text", "trigger", "hint", "actor1"),
    [
        ("The village of Kawlin fell to PDF fighters on Monday.", "fell", "Myanmar", "PDF: People's Defence Force"),
        ("Bakhmut fell to Russian troops in May after months of fighting.", "fell", "Ukraine", "Military Forces of Russia (2000-)"),
    ],
)
def test_a_place_falls_to_its_captor(text: str, trigger: str, hint: str, actor1: str) -> None:
    roles = roles_at(text, trigger, CAPTURE, hint)
    assert (name(roles.actor1), name(roles.actor2)) == (actor1, None)


@pytest.mark.parametrize(
    ("gazetteer_name", "iso", "acled"),
    [
        ("Democratic Republic of the Congo", 180, DRC),
        ("Democratic Republic of the Congo", None, DRC),
        ("Republic of the Congo", 178, "Republic of Congo"),
        ("Palestinian Territory", 275, "Palestine"),
        ("Czechia", 203, "Czech Republic"),
        ("Eswatini", 748, "eSwatini"),
        ("Cabo Verde", 132, "Cape Verde"),
        ("Ivory Coast", 384, "Ivory Coast"),
        ("Turkey", 792, "Turkey"),
        ("Kosovo", 0, "Kosovo"),  # not in ACLED's state table (no ISO code): kept
        ("", None, ""),
    ],
)
def test_acled_country_names(gazetteer_name: str, iso: int | None, acled: str) -> None:
    assert acled_country(gazetteer_name, iso) == acled
