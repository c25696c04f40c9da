"""Riots, protests and their armed look-alikes, on sentences written from the ACLED Codebook (2023) definitions.

Violent demonstration: demonstrators' own violence or destruction (vandalism, burning tyres, barricades,
stones, clashing with police, looting), whatever the police did in response. Mob violence: a crowd's
violence outside any demonstration. Protest with intervention / Excessive force: force used against
the crowd, not by it. Battles and Violence against civilians: organised armed groups. The sentences
are invented from those definitions, not taken from CASE rows; `_rule` is the typing rules alone,
which the snippet classifier and the sentence detector share.
"""

from __future__ import annotations

import pytest

from frontlines.extract import event_model
from frontlines.extract.event_rules import match_text
from frontlines.extract.events import detect_events
from frontlines.extract.main_event import detect_report, main_mention
from frontlines.nlp import parse


def _rule(text: str) -> str | None:
    found = match_text(text)
    return found.label if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Demonstrators vandalised the offices of the electoral commission in Kisumu on Monday.', 'Violent demonstration'),
        ('Protesters burned tyres and blocked the main road into the city with barricades.', 'Violent demonstration'),
        ('Students threw stones at police officers outside the university gates.', 'Violent demonstration'),
        ('Hundreds of protesters clashed with police in the capital after the verdict.', 'Violent demonstration'),
        ('Demonstrators looted shops along the main avenue during the protest against fuel prices.', 'Violent demonstration'),
        ('Angry demonstrators set fire to the town hall after the mayor refused to meet them.', 'Violent demonstration'),
        ('Residents protesting the killing of a boy mounted roadblocks and set a police vehicle ablaze.', 'Violent demonstration'),
        ('The protest turned violent when marchers smashed the windows of a bank.', 'Violent demonstration'),
        ('Police fired tear gas after protesters hurled rocks at them near the parliament.', 'Violent demonstration'),
        ('Police used water cannon against demonstrators who had set up barricades and thrown petrol bombs.', 'Violent demonstration'),
        ('Several officers were injured when protesters attacked a police post in the town.', 'Violent demonstration'),
        ('Opposition supporters protesting the election result torched a ruling party office.', 'Violent demonstration'),
        ('Youths demonstrating against the power cuts damaged an electricity company building.', 'Violent demonstration'),
        ('Rioters protesting the arrest of a cleric attacked a police station and set it on fire.', 'Violent demonstration'),
        ('A mob lynched a man suspected of stealing a motorcycle in the village.', 'Mob violence'),
        ('Villagers attacked and killed two men they accused of witchcraft.', 'Mob violence'),
        ('Rival supporters of the two candidates clashed with sticks and machetes after the rally.', 'Mob violence'),
        ('A vigilante mob burned down the houses of suspected cattle thieves.', 'Mob violence'),
        ('An angry crowd beat a suspected kidnapper to death at the market.', 'Mob violence'),
        ('Supporters of the two football clubs fought each other outside the stadium, injuring several people.', 'Mob violence'),
        ('Party thugs attacked voters queuing at a polling station in Lagos.', 'Mob violence'),
        ('Youths from the two communities attacked each other with machetes over a land dispute.', 'Mob violence'),
        ('A group of youths looted and burned shops owned by migrants in the township.', 'Mob violence'),
        ('Thousands of teachers marched peacefully through the capital to demand higher pay.', 'Peaceful protest'),
        ('Hundreds of farmers staged a sit-in outside the agriculture ministry on Tuesday.', 'Peaceful protest'),
        ('Residents held a demonstration against the planned dam in the district.', 'Peaceful protest'),
        ('Students rallied outside parliament against the tuition increase.', 'Peaceful protest'),
        ('Nurses went on strike and picketed the hospital over unpaid wages.', 'Peaceful protest'),
        ("Women gathered in front of the governor's office to protest the killing of their husbands by gunmen.", 'Peaceful protest'),
        ('Protesters chanted slogans against the government and dispersed peacefully.', 'Peaceful protest'),
        ('Traders protested the demolition of their stalls by the city council.', 'Peaceful protest'),
        ('Police dispersed a peaceful protest by teachers in the capital using tear gas.', 'Protest with intervention'),
        ('Police arrested 20 protesters during a demonstration against the new law.', 'Protest with intervention'),
        ('Security forces fired tear gas to break up a rally by opposition supporters.', 'Protest with intervention'),
        ('Riot police used water cannon to disperse students marching on the ministry.', 'Protest with intervention'),
        ('Police detained the organisers of a sit-in outside the court.', 'Protest with intervention'),
        ('Officers beat demonstrators with batons and broke up the march.', 'Protest with intervention'),
        ('Soldiers fired rubber bullets to disperse a crowd protesting power cuts.', 'Protest with intervention'),
        ('Police shot dead three protesters during a peaceful demonstration in the city.', 'Excessive force against protesters'),
        ('Security forces opened fire on peaceful demonstrators, killing five.', 'Excessive force against protesters'),
        ('Soldiers fired live ammunition at protesters, killing two and wounding a dozen.', 'Excessive force against protesters'),
        ('Two marchers were killed when police fired live rounds at the rally.', 'Excessive force against protesters'),
        ('Gunmen clashed with soldiers near the border town, leaving four fighters dead.', 'Armed clash'),
        ('Militiamen and police exchanged fire in the market district for several hours.', 'Armed clash'),
        ('Rebels attacked an army post outside the town and fought troops for two hours.', 'Armed clash'),
        ('Gunmen attacked villagers in their homes, killing eleven people.', 'Attack'),
        ('Armed men shot dead a local chief in his farm.', 'Attack'),
        ('Police clashed with armed bandits in the forest, killing three of them.', 'Armed clash'),
        ('Several cars were burned and shops were looted during protests over the killing of a student.', 'Violent demonstration'),
        ('Angry youths, who blamed police for the death of a motorcyclist, set fire to a police station.', 'Violent demonstration'),
        ('Residents accused the police of killing a trader and pelted officers with stones during a protest.', 'Violent demonstration'),
        ('A police vehicle caught fire after protesters threw petrol bombs at it.', 'Violent demonstration'),
        ('Protesters and police scuffled and demonstrators hurled bottles at officers.', 'Violent demonstration'),
        ('The demonstration degenerated into chaos as protesters smashed shop windows.', 'Violent demonstration'),
        ('Unrest spread to three more cities as protesters burned government buildings.', 'Violent demonstration'),
        ('Protests over the fuel price hike turned into riots in several towns.', 'Violent demonstration'),
        ('Demonstrators stormed the parliament building and occupied the main chamber.', 'Violent demonstration'),
        ('A crowd of football fans attacked rival supporters with bottles after the match.', 'Mob violence'),
        ("Villagers blamed the man for a child's death and beat him to death.", 'Mob violence'),
        ('Angry residents set fire to the house of a man accused of killing his neighbour.', 'Mob violence'),
        ('Hundreds of protesters marched on the embassy, blaming the government for the violence.', 'Peaceful protest'),
        ('Families of the victims held a vigil demanding justice for those killed in the attack.', 'Peaceful protest'),
        ('Police fired tear gas at protesters who were marching peacefully towards the presidential palace.', 'Protest with intervention'),
        ('Police killed two people when they opened fire on a peaceful march.', 'Excessive force against protesters'),
        ('Police shot dead two protesters after demonstrators blocked roads with burning tyres and barricades.', 'Violent demonstration'),
        ('Police stormed the sit-in and detained 30 activists.', 'Protest with intervention'),
        ("Police smashed the protesters' tents and arrested ten of them.", 'Protest with intervention'),
        ('Security forces stormed the protest camp and killed 20 demonstrators.', 'Excessive force against protesters'),
        ('Residents protested over the looting of the market by soldiers.', 'Peaceful protest'),
        ('Two police officers were injured when protesters stormed the building.', 'Violent demonstration'),
    ],
)
def test_codebook_boundaries(text: str, expected: str) -> None:
    assert _rule(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the force storming or smashing is force against the crowd, not the crowd's violence
        ("Police stormed the sit-in and detained 30 activists.", ("protest_intervention", "Protest with intervention")),
        ("Security forces stormed the protest camp and killed 20 demonstrators.", ("force_against_protest", "Excessive force against protesters")),
        # injured officers are the crowd's violence; officers who injured people are not
        ("Clashes between marchers and the police left 12 police officers injured.", ("violent_demonstration_context", "Violent demonstration")),
        ("Police injured dozens of protesters at the rally.", ("peaceful_protest", "Peaceful protest")),
        # demonstrators' violence outranks the police's lethal response (Codebook: "even if police are violent in response")
        ("Police shot dead two protesters after demonstrators blocked roads with burning tyres and barricades.", ("violent_demonstration_context", "Violent demonstration")),
        # a crowd that dispersed by itself was not dispersed
        ("Protesters chanted slogans against the government and dispersed peacefully.", ("peaceful_protest", "Peaceful protest")),
        # rival crowds fighting each other after a rally are a mob, not demonstrators
        ("Rival supporters of the two candidates clashed with sticks and machetes after the rally.", ("mob_rival", "Mob violence")),
        ("A crowd of football fans attacked rival supporters with bottles after the match.", ("crowd_violence", "Mob violence")),
    ],
)
def test_who_is_violent_decides(text: str, expected: tuple[str, str]) -> None:
    found = match_text(text)
    assert found is not None and (found.rule_id, found.label) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a grievance blamed on someone is no claim of responsibility
        ("Angry youths, who blamed police for the death of a motorcyclist, set fire to a police station.", "Violent demonstration"),
        ("Hundreds of protesters marched on the embassy, blaming the government for the violence.", "Peaceful protest"),
        # a fire set by rioters is no accident; a protest at an embassy is no diplomacy
        ("Rioters set fire to a factory and a petrol station in the industrial zone.", "Violent demonstration"),
        ("Demonstrators gathered outside the French embassy to denounce the cartoons.", "Peaceful protest"),
        # a protest about looting is a protest, not looting during one
        ("Residents protested over the looting of the market by soldiers.", "Peaceful protest"),
        ("Shops were looted during the protest.", "Violent demonstration"),
    ],
)
def test_crowd_acts_are_not_claims_accidents_or_diplomacy(text: str, expected: str) -> None:
    assert _rule(text) == expected


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(event_model, "enabled", lambda: False)


@pytest.mark.usefixtures("rules_only")
def test_destruction_during_a_protest_is_one_violent_demonstration() -> None:
    # the burning hangs on the protest ("during protests"): one demonstration, typed by its destruction; the
    # looting clause has its own subject and stays a mention of its own (the report's main event is the riot)
    doc = parse("Several cars were burned and shops were looted during protests over the killing of a student.")
    mentions = [m for s in doc.sents for m in detect_events(s)]
    assert [m.label.sub_event_type for m in mentions] == ["Violent demonstration", "Looting/property destruction"]
    chosen = main_mention([m for _, m in detect_report(doc)])
    assert chosen is not None and chosen.label.sub_event_type == "Violent demonstration"
