"""Target (actor2) patterns found from the given trigger: reported own actions, event-noun objects,
coordinated instrument objects, asides that are no consequence, dates that are no target, and the
ACLED coding of party members and of "its forces"."""

from __future__ import annotations

from frontlines.extract.types import EventLabel

from tests.extract.test_actor_spans import roles_at

OTHER = ("Strategic developments", "Other", "Strategic developments")


def _roles_at(text: str, word: str, label: tuple[str, str, str] = OTHER, hint: str | None = None) -> tuple:
    """(actor1, actor2, assoc1, assoc2) as (name, inter, span text) with `word` as the trigger."""
    roles = roles_at(text, word, EventLabel(*label), hint)
    show = lambda a: (a.name, a.inter, a.span.text) if a is not None else None
    return show(roles.actor1), show(roles.actor2), [show(a) for a in roles.assoc_actor_1], [show(a) for a in roles.assoc_actor_2]


def test_speaker_reporting_its_own_action_has_that_actions_target() -> None:
    assert _roles_at("Turkey announced on Friday that it would sever ties with Israel.", "announced") == (
        ("Government of Turkey (2002-)", 1, "Turkey"), ("Government of Israel", 1, "Israel"), [], []
    )


def test_of_object_of_an_event_noun_is_the_target() -> None:
    _a1, a2, _s1, _s2 = _roles_at("The ministry said it would lift the blockade of Qatar.", "said")
    assert a2 == ("Government of Qatar", 1, "Qatar")


def test_author_of_a_blocked_rally_is_the_target() -> None:
    _a1, a2, _s1, _s2 = _roles_at("Police blocked the rally organised by opposition supporters in Kampala.", "blocked", hint="Uganda")
    assert a2 == ("Opposition (Uganda)", 6, "opposition supporters")


def test_complement_object_with_partner_is_the_target() -> None:
    assert _roles_at("Egypt threatened to break off relations with Qatar.", "threatened")[1] == ("Government of Qatar", 1, "Qatar")


def test_bare_instrument_object_is_no_target_and_its_coordinated_fire_carries_against() -> None:
    battle = ("Battles", "Armed clash", "Political violence")
    roles = _roles_at("Rebels fired artillery, mortars and rocket fire against army positions.", "fired", battle, "Syria")
    assert roles == (("Opposition Rebels (Syria)", 2, "Rebels"), ("Military Forces of Syria (2000-)", 1, "army"), [], [])


def test_citing_participle_names_no_victim() -> None:
    assert _roles_at("The government refused to comment, citing opposition from farmers.", "refused")[1] is None


def test_purpose_infinitive_names_no_target_the_demands_author_does() -> None:
    roles = _roles_at("The army conceded to demands from the rebels to overhaul the courts.", "conceded", hint="Mali")
    assert roles[1] == ("Opposition Rebels (Mali)", 2, "rebels")


def test_apposition_phrase_names_an_unknown_person() -> None:
    roles = _roles_at("The army rejected calls by Ali Hassan, the UN envoy, for a truce.", "rejected", hint="Sudan")
    assert roles[1] == ("UN: United Nations", 8, "Ali Hassan")


def test_generic_head_named_with_its_modifier() -> None:
    roles = _roles_at("Police seized weapons from armed groups in Gao.", "seized", hint="Mali")
    assert roles[1] == ("Unidentified Armed Group (Mali)", 3, "armed groups")


def test_arrested_party_members_are_civilians_with_the_party_associated() -> None:
    arrests = ("Strategic developments", "Arrests", "Strategic developments")
    roles = _roles_at("Police arrested 20 members of the EFF in Johannesburg on Tuesday.", "arrested", arrests, "South Africa")
    assert roles == (
        ("Police Forces of South Africa", 1, "Police"),
        ("Civilians (South Africa)", 7, "EFF"),
        [],
        [("EFF: Economic Freedom Fighters", 6, "EFF")],
    )


def test_party_supporters_attacked_by_rioters_are_civilians() -> None:
    riot = ("Riots", "Violent demonstration", "Political violence")
    roles = _roles_at("Rioters attacked PDP supporters in Lagos.", "attacked", riot, "Nigeria")
    assert roles == (
        ("Rioters (Nigeria)", 5, "Rioters"),
        ("Civilians (Nigeria)", 7, "PDP supporters"),
        [],
        [("PDP: Peoples Democratic Party", 6, "PDP supporters")],
    )


def test_its_forces_are_the_speakers_not_the_articles_country() -> None:
    capture = ("Battles", "Non-state actor overtakes territory", "Political violence")
    text = "Russia's defence ministry said its forces had captured the village of Krynky."
    assert _roles_at(text, "captured", capture, "Ukraine")[0] == ("Military Forces of Russia (2000-)", 8, "its forces")


SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Political violence")
EXCESSIVE_FORCE = ("Protests", "Excessive force against protesters", "Protests")


def test_subject_of_died_in_an_event_noun_is_the_target() -> None:
    roles = _roles_at("Three civilians died in shelling on the village of Tafas.", "shelling", SHELLING, "Syria")
    assert roles == (None, ("Civilians (Syria)", 7, "civilians"), [], [])


def test_passive_subject_of_killed_in_an_ambush_is_the_target() -> None:
    battle = ("Battles", "Armed clash", "Political violence")
    roles = _roles_at("Two soldiers were killed in an ambush by al-Shabaab fighters near Kismayo.", "ambush", battle, "Somalia")
    assert roles == (("Al Shabaab", 2, "al-Shabaab fighters"), ("Military Forces of Somalia", 1, "soldiers"), [], [])


def test_who_died_is_no_perpetrator() -> None:
    attack = ("Violence against civilians", "Attack", "Political violence")
    roles = _roles_at("A detainee died under torture in a military prison.", "died", attack, "Egypt")
    assert roles == (None, ("Civilians (Egypt)", 7, "detainee"), [], [])


def test_protesters_are_actor1_of_excessive_force_the_force_actor2() -> None:
    roles = _roles_at("Security forces shot dead three protesters in Khartoum.", "shot", EXCESSIVE_FORCE, "Sudan")
    assert roles == (("Protesters (Sudan)", 6, "protesters"), ("Military Forces of Sudan (2019-)", 1, "Security forces"), [], [])


def test_party_supporters_shot_at_a_protest_keep_the_party_associated() -> None:
    roles = _roles_at("Police shot dead two opposition supporters in Kampala.", "shot", EXCESSIVE_FORCE, "Uganda")
    assert roles == (
        ("Protesters (Uganda)", 6, "opposition supporters"),
        ("Police Forces of Uganda", 1, "Police"),
        [("Opposition (Uganda)", 6, "opposition supporters")],
        [],
    )


def test_subject_of_an_infinitive_the_trigger_lets_act_is_the_target() -> None:
    roles = _roles_at("The army refused to allow UN convoys to enter the town.", "refused", hint="Sudan")
    assert roles[1] == ("UN: United Nations", 8, "UN")


def test_subject_of_a_nouns_that_clause_is_the_target() -> None:
    roles = _roles_at("The rebels repeated their demands that the government release all prisoners.", "demands", hint="Sudan")
    assert roles[1] == ("Government of Sudan (2019-)", 1, "government")


def test_group_noun_head_is_the_group_its_modifiers_name() -> None:
    roles = _roles_at("The government banned the Islamist extremist organization.", "banned", hint="Egypt")
    assert roles[1] == ("Unidentified Armed Group (Egypt)", 3, "Islamist extremist organization")


def test_governed_action_target_when_the_triggers_own_objects_name_no_actor() -> None:
    roles = _roles_at("Congress agreed, with strings attached, to send aid to Ukraine.", "agreed")
    assert roles[1] == ("Government of Ukraine (2019-)", 1, "Ukraine")


def test_riot_crowd_dispersed_by_police_is_actor1_with_its_party_associated() -> None:
    riot = ("Riots", "Violent demonstration", "Political violence")
    roles = _roles_at("Police dispersed opposition supporters in Nairobi.", "dispersed", riot, "Kenya")
    assert roles == (
        ("Rioters (Kenya)", 5, "opposition supporters"),
        ("Police Forces of Kenya", 1, "Police"),
        [("Opposition (Kenya)", 6, "opposition supporters")],
        [],
    )


def test_attacked_police_station_targets_the_police() -> None:
    battle = ("Battles", "Armed clash", "Political violence")
    roles = _roles_at("Gunmen attacked a police station in Maiduguri.", "attacked", battle, "Nigeria")
    assert roles[1] == ("Police Forces of Nigeria", 1, "police")


def test_by_phrase_hung_on_the_attacked_object_names_the_attacker() -> None:
    battle = ("Battles", "Armed clash", "Political violence")
    text = "An attack on a military checkpoint by ISWAP fighters killed six soldiers in Borno."
    roles = _roles_at(text, "killed", battle, "Nigeria")
    assert roles[:2] == (("ISWAP: Islamic State West Africa Province", 2, "ISWAP fighters"), ("Military Forces of Nigeria", 1, "soldiers"))


def test_arrested_members_of_a_named_party_are_civilians() -> None:
    arrests = ("Strategic developments", "Arrests", "Strategic developments")
    roles = _roles_at("Police arrested three members of the opposition NUP party in Kampala.", "arrested", arrests, "Uganda")
    assert roles[1:] == (
        ("Civilians (Uganda)", 7, "opposition NUP party"),
        [],
        [("NUP: National Unity Platform", 6, "opposition NUP party")],
    )


def test_warship_is_its_countrys_military() -> None:
    shelling = ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Political violence")
    roles = _roles_at("Houthi rebels fired a missile at a Saudi warship in the Red Sea.", "fired", shelling, "Yemen")
    assert roles[:2] == (("Houthi Movement", 2, "Houthi rebels"), ("Military Forces of Saudi Arabia", 8, "Saudi warship"))


def test_state_holding_military_positions_is_its_military() -> None:
    battle = ("Battles", "Armed clash", "Political violence")
    _, actor2, _, _ = _roles_at("Wagner fighters attacked Ukrainian positions near Bakhmut on Monday.", "attacked", battle, "Ukraine")
    assert actor2 == ("Military Forces of Ukraine (2019-)", 1, "Ukrainian")
    _, actor2, _, _ = _roles_at("Rebels attacked a Ukrainian government office in Kharkiv.", "attacked", battle, "Ukraine")
    assert actor2 == ("Government of Ukraine (2019-)", 1, "Ukrainian government")  # an office is no military holding


def test_forces_an_actor_deploys_are_its_own_not_a_target() -> None:
    change = ("Strategic developments", "Change to group/activity", "Strategic developments")
    assert _roles_at("The army deployed 500 troops to Gao on Monday.", "deployed", change, "Mali")[:2] == (
        ("Military Forces of Mali (2021-)", 1, "army"), None
    )
