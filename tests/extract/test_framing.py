"""Hedging, background and hypothetical framing of event triggers."""

from __future__ import annotations

from frontlines.extract.framing import (
    is_background,
    is_hedged,
    is_irrealis,
    is_time_anchor,
)
from frontlines.nlp import parse
from tests.extract.parsed import sentence_at


def test_allegedly_is_hedged_but_reportedly_is_not() -> None:
    assert is_hedged(*sentence_at("Rebels allegedly captured the town on Monday.", "captured")) is True
    assert is_hedged(*sentence_at("Rebels reportedly captured the town on Monday.", "captured")) is False


def test_claimed_that_is_hedged() -> None:
    assert is_hedged(*sentence_at("The group claimed that its fighters captured the base.", "captured")) is True


def test_year_and_since_then_are_background() -> None:
    assert is_background(*sentence_at("In 2019, residents publicly protested against the statue.", "protested")) is True
    assert is_background(*sentence_at("Dozens have been tortured to death by the regime since then.", "tortured")) is True
    assert is_background(*sentence_at("The regime recaptured the province three years ago.", "recaptured")) is True


def test_month_only_date_is_background_but_weekday_is_not() -> None:
    assert is_background(*sentence_at("In May this year, they refused to vote, protesting in various areas.", "protesting")) is True
    assert is_background(*sentence_at("Regime forces launched an offensive on Wednesday.", "launched")) is False


def test_background_cue_in_another_clause_does_not_leak_down() -> None:
    text = "Rebels captured checkpoints, the greatest gains since 2018."
    assert is_background(*sentence_at(text, "captured")) is False


def test_continuing_siege_is_background() -> None:
    assert is_background(*sentence_at("Rebels attacked as the regime continues to conduct a siege on the area.", "conduct")) is True


def test_modal_and_readiness_are_irrealis() -> None:
    assert is_irrealis(*sentence_at("The deal would have lifted the siege.", "lifted")) is True
    assert is_irrealis(*sentence_at("The militia said it was ready to confront regime forces.", "confront")) is True
    assert is_irrealis(*sentence_at("The army did not attack the town.", "attack")) is True
    assert is_irrealis(*sentence_at("The army attacked the town.", "attacked")) is False


def test_an_event_noun_takes_the_frame_of_the_verb_it_is_the_object_of() -> None:
    assert is_irrealis(*sentence_at("The militia could launch an offensive on the town.", "offensive")) is True
    assert is_irrealis(*sentence_at("The militia launched an offensive on the town.", "offensive")) is False


def test_alleged_named_place_hedges_the_event_but_an_unnamed_object_does_not() -> None:
    from frontlines.extract.framing import is_hedged_place

    assert is_hedged_place(*sentence_at("They seized a tank and allegedly the Ramtha border crossing.", "seized")) is True
    assert is_hedged_place(*sentence_at("They seized a tank and allegedly a crossing on the border.", "seized")) is False


def test_running_toll_is_cumulative_but_a_dated_killing_is_not() -> None:
    from frontlines.extract.framing import is_cumulative

    assert is_cumulative(*sentence_at("Since December, more than 300 civilians have been killed in the province.", "killed")) is True
    assert is_cumulative(*sentence_at("So far, 40 people have died in the clashes.", "died")) is True
    assert is_cumulative(*sentence_at("Five civilians were killed in the province on Monday.", "killed")) is False


def test_arrests_since_a_weekday_are_one_event_not_a_running_total() -> None:
    from frontlines.extract.framing import is_cumulative

    assert is_cumulative(*sentence_at("Police have arrested 120 opposition supporters since Wednesday evening.", "arrested")) is False
    assert is_cumulative(*sentence_at("Police have arrested 900 opposition supporters since 2019.", "arrested")) is True


def test_a_caption_is_a_dated_present_tense_scene_or_a_credited_photo() -> None:
    from frontlines.extract.framing import is_caption

    def caption(text: str) -> bool:
        return is_caption(next(parse(text).sents))

    assert caption("Soldiers patrol a market in Gao on 2 May 2019.") is True
    assert caption("Soldiers patrol a market in Gao (AFP photo)") is True
    assert caption("Soldiers patrol a market in Gao") is False  # a headline
    assert caption("Soldiers patrolled a market in Gao on 2 May 2019.") is False
    assert caption("The report says soldiers patrol the market in Gao since 2019.") is False


def test_a_past_perfect_relative_clause_is_what_happened_before() -> None:
    text = "The army retook the villages that had been seized by the rebels."
    assert is_background(*sentence_at(text, "seized")) is True
    assert is_background(*sentence_at(text, "retook")) is False


def test_a_power_or_bid_to_act_is_not_the_act() -> None:
    text = "The decree gives authorities the power to forcibly evacuate people and take control of services."
    assert is_irrealis(*sentence_at(text, "take")) is True
    assert is_irrealis(*sentence_at("Rebels launched a bid to capture the town.", "capture")) is True
    assert is_irrealis(*sentence_at("Rebels took control of the town and the airport.", "took")) is False


def test_a_clause_on_the_previous_day_is_background() -> None:
    text = "Thousands marched on Sunday, a day after the previous day when police opened fire on students."
    assert is_background(*sentence_at(text, "opened")) is True
    assert is_background(*sentence_at("Police opened fire on students on Sunday.", "opened")) is False


def test_the_killing_of_the_dead_whose_remains_were_found_is_background() -> None:
    text = "Investigators found the bodies of dozens of villagers killed by militants."
    assert is_background(*sentence_at(text, "killed")) is True
    assert is_background(*sentence_at("Militants killed dozens of villagers near the border.", "killed")) is False


def test_a_claim_the_sentence_reports_as_denied_is_hedged() -> None:
    from frontlines.extract.framing import is_hedged

    assert is_hedged(*sentence_at("The rebels said they had captured the airport, a claim denied by the army.", "captured")) is True
    assert is_hedged(*sentence_at("Rebels captured the airport on Monday, the army confirmed.", "captured")) is False


def test_an_event_named_to_date_something_else_is_a_time_anchor() -> None:
    assert is_time_anchor(*sentence_at("More than 200 people have been arrested since the protests began in March.", "protests"))
    assert is_time_anchor(*sentence_at("Hundreds have been arrested since the 2021 coup.", "coup"))
    assert is_time_anchor(*sentence_at("Troops withdrew after the coup in July.", "coup"))
    assert not is_time_anchor(*sentence_at("Soldiers killed five people after clashes erupted in the market.", "clashes"))
    assert not is_time_anchor(*sentence_at("The military seized power in a coup in February 2021.", "seized"))


def test_fighting_that_continued_is_news_not_a_situation() -> None:
    assert is_background(*sentence_at("Fighting continued around Bakhmut, where Wagner fighters attacked Ukrainian positions.", "attacked")) is False
    assert is_background(*sentence_at("Clashes continued in Bakhmut on Monday.", "Clashes")) is False
