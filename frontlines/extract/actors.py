"""Actor coding: who did it (actor1), to whom (actor2), under ACLED-style names and inter codes."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from frontlines.extract.actor_dictionary import (
    country_words,
    find_country,
    generic_entries,
    group_aliases,
    place_kind,
    plover_sector_cues,
    state_actor_name,
)
from frontlines.errors import InputError
from frontlines.extract.types import Actor, ActorRoles, EventMention
from frontlines.model import Span

SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj"}
TARGET_PREPS = {"against", "on", "from", "with", "at", "upon", "to"}
# Heads that only count something ("dozens of civilians"): the actor is their "of" object.
QUANTITY_HEADS = {
    "dozen", "dozens", "hundreds", "hundred", "thousands", "thousand", "scores", "score", "number", "group",
    "lot", "lots", "several", "many", "some", "others", "members", "most", "all", "tens", "millions", "handful", "unit", "units",
}
# "with artillery", "with tear gas": instruments, not actors
INSTRUMENTS = {
    "artillery", "gas", "weapon", "rifle", "gun", "knife", "machete", "rocket", "missile", "mortar", "bomb",
    "grenade", "drone", "warplane", "jet", "aircraft", "helicopter", "tank", "bullet", "cannon", "stone", "explosive",
}
PRONOUNS = {"they", "them", "it", "he", "she", "we", "who", "which", "those", "these", "others"}
CUT_DEPS = {"relcl", "acl", "punct", "advcl", "cc"}
STATE_INTERS = {1}
NONSTATE_INTERS = {2, 3, 4}

_LEADING = re.compile(
    r"^(the|a|an|some|many|several|more|most|other|others|dozens of|hundreds of|thousands of|scores of|"
    r"at least|over|around|about|nearly|almost|up to|more than|\d[\d,]*|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)\s+",
    re.IGNORECASE,
)


def interaction_code(inter1: int, inter2: int | None) -> int:
    """ACLED interaction: the two inter codes, lower first (12); one-sided events are inter1*10."""
    for value in (inter1, inter2):
        if value is not None and not 0 <= value <= 8:
            raise ValueError(f"inter code must be 0-8, got {value}")
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def normalise_actor(text: str, country_hint: str | None) -> Actor | None:
    """ACLED-style actor for a phrase ("regime forces" -> "Military Forces of Syria (2000-)"); None if no actor."""
    if not isinstance(text, str):
        raise InputError("an actor phrase must be text", source=repr(text))
    phrase = " ".join(text.split())
    if not phrase:
        return None
    stripped = phrase
    while True:
        new = _LEADING.sub("", stripped)
        if new == stripped:
            break
        stripped = new
    for entry in generic_entries():
        if entry.before_groups and entry.pattern.search(stripped):
            return Actor(_fill(entry.name, country_hint or find_country(stripped)), entry.inter, mention=phrase)
    for pattern, entry in group_aliases():
        if not pattern.search(stripped):
            continue
        if entry.country_bound and country_hint and entry.country != country_hint:
            continue
        if entry.country and entry.country != country_hint and _has_same_alias_for(entry.alias, country_hint):
            continue
        foreign_state = entry.inter == 1 and bool(country_hint) and entry.country not in {"", country_hint}
        return Actor(entry.name, 8 if foreign_state else entry.inter, mention=phrase)
    named_country = find_country(stripped)
    for entry in generic_entries():
        if not entry.pattern.search(stripped):
            continue
        if entry.kind:
            name = state_actor_name(named_country or country_hint, entry.kind)
            foreign = bool(named_country and country_hint and named_country != country_hint)
            inter = 8 if foreign and entry.kind == "military" else entry.inter
            return Actor(name, inter, mention=phrase)
        return Actor(_fill(entry.name, country_hint or named_country), entry.inter, mention=phrase)
    if named_country and _is_country_name(stripped, named_country):
        return Actor(state_actor_name(named_country, "government"), 1, mention=phrase)
    return None


def _fill(template: str, country: str | None) -> str:
    """"Protesters ({country})" -> "Protesters (Sudan)", or "Protesters" when the country is unknown."""
    return template.format(country=country) if country else template.replace(" ({country})", "")


_HEAD_CUT = re.compile(r"\s+(of|in|at|from|based|living|throughout|near|on|who|which)\s+.*$", re.IGNORECASE)
_PLURAL_DEMONYM = re.compile(r"^[A-Z][a-z]+(ian|ean|an|ese|i|ish)s$")


def actor_sector(text: str, country_hint: str | None = None) -> str | None:
    """PLOVER-style sector (GOV, MIL, COP, REB, OPP, CVL, JUD, LEG…) for an actor phrase."""
    phrase = " ".join(text.split())
    place = place_kind(phrase)
    if place is not None:
        return "GOV" if place == "capital" else "CVL"
    head = _HEAD_CUT.sub("", phrase)
    for pattern, sector in plover_sector_cues():
        if pattern.search(head):
            return sector
    if _PLURAL_DEMONYM.match(head.split()[-1] if head.split() else ""):
        return "CVL"  # "Palestinians", "Algerians": the people, not the state
    for pattern, entry in group_aliases():
        if pattern.search(phrase) and not (entry.country_bound and country_hint and entry.country != country_hint):
            return entry.sector
    for entry in generic_entries():
        if entry.pattern.search(phrase):
            return entry.sector
    if find_country(phrase) or _SINGLE_DEMONYM.match(phrase):
        return "GOV"  # "Hungarian officials" / "Romanian": the state
    if phrase[:1].isupper():
        return "GOV"  # an unknown named actor in political news: most often a state official (PLOVER's commonest sector)
    return None


_SINGLE_DEMONYM = re.compile(r"^[A-Z][a-z]+(ian|ean|an|ese|i|ish)$")


def _has_same_alias_for(alias: str, country: str | None) -> bool:
    if not country:
        return False
    return any(e.alias == alias and e.country == country for _p, e in group_aliases())


def _is_country_name(text: str, country: str) -> bool:
    """The phrase is just the country ("Uganda said…"), not a place named after it ("Jordan border crossing")."""
    words = text.strip().lower()
    return any(p.fullmatch(words) and c == country for p, c in country_words())


def find_actors(sent: SpacySpan, mention: EventMention, country_hint: str | None) -> ActorRoles:
    """actor1/actor2 from the trigger's arguments (subject, agent, object, "against X"), with coordination as assoc actors."""
    doc = sent.doc
    trigger = doc[mention.trigger_token]
    agents, targets = argument_heads(trigger)
    roles = ActorRoles()
    first, assoc1 = _actors_from_heads(agents, sent, country_hint)
    assoc1 += _supporters(agents, sent, country_hint)
    # "they attacked" / "the bombardment killed": the initiator is the armed actor of the previous
    # sentence; an agentless passive ("300 civilians have been killed") names no initiator at all
    carry_over = not _agentless_passive(trigger, agents)
    if carry_over and first is None and (not agents or agents[0].lower_ in PRONOUNS or _is_unresolved(agents[0])):
        first = _previous_sentence_actor(sent, country_hint)
        assoc1 = []
    if carry_over and first is None and mention.label.event_type in {"Battles", "Explosions/Remote violence"}:
        first = _previous_sentence_actor(sent, country_hint)
    second, assoc2 = _actors_from_heads(targets, sent, country_hint)
    if second is None:  # "struck the town, killing five civilians": the victims of the consequence
        second, assoc2 = _actors_from_heads(_consequence_targets(trigger), sent, country_hint)
    if mention.label.sub_event_type == "Agreement":
        parties = _between_parties(trigger)
        if parties:
            found, rest = _actors_from_heads(parties, sent, country_hint)
            if found is not None:
                first, assoc1 = found, []
                second, assoc2 = (rest[0], rest[1:]) if rest else (None, [])
    if mention.label.event_type == "Protests" and first is None:
        first = Actor(_template("Protesters", country_hint), 6, mention="")
    if mention.label.sub_event_type in {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}:
        if first is not None and first.inter not in {5, 6}:
            protester = Actor(_template("Protesters", country_hint), 6, first.span, first.mention)
            if mention.label.sub_event_type == "Peaceful protest":
                first = protester
    if mention.label.event_type == "Violence against civilians" and second is None:
        second = Actor(_template("Civilians", country_hint), 7)
    if first is not None and second is not None and first.name == second.name:
        second = None
    roles.actor1, roles.actor2 = first, second
    roles.assoc_actor_1 = [a for a in assoc1 if first is None or a.name != first.name]
    roles.assoc_actor_2 = [a for a in assoc2 if second is None or a.name != second.name]
    return roles


SUPPORT_VERBS = {"back", "support", "aid", "assist", "help", "accompany", "reinforce", "cover"}


def _supporters(agents: list[Token], sent: SpacySpan, country_hint: str | None) -> list[Actor]:
    """"rebels backed by Turkish artillery": the backer is an associated actor of the initiator."""
    heads = []
    for agent in agents:
        for acl in agent.children:
            if acl.dep_ == "acl" and acl.lemma_.lower() in SUPPORT_VERBS:
                for prep in acl.children:
                    if prep.dep_ == "agent":
                        heads.extend(c for c in prep.children if c.dep_ == "pobj")
    found, rest = _actors_from_heads(heads, sent, country_hint)
    return [found, *rest] if found is not None else []


def _agentless_passive(trigger: Token, agents: list[Token]) -> bool:
    return not agents and any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in trigger.children)


def _consequence_targets(trigger: Token) -> list[Token]:
    """Objects of subjectless consequence verbs ("…, killing five civilians", "… and killed 12 soldiers")."""
    out = []
    for child in trigger.children:
        if child.dep_ in {"advcl", "conj"} and child.pos_ == "VERB" and not any(
            c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in child.children
        ):
            out.extend(_content_head(c) for c in child.children if c.dep_ in OBJECT_DEPS)
    return out


def initiator_kind(sent: SpacySpan, trigger_i: int, country_hint: str | None = None) -> str | None:
    """"state" or "nonstate" for the trigger's initiator: decides GRT vs NSAOT for captures."""
    agents, _targets = argument_heads(sent.doc[trigger_i])
    actor, _assoc = _actors_from_heads(agents, sent, country_hint)
    if actor is None and (not agents or agents[0].lower_ in PRONOUNS or _is_unresolved(agents[0])):
        actor = _previous_sentence_actor(sent, country_hint)
    if actor is None:
        return None
    if actor.inter in STATE_INTERS or actor.name.startswith(("Military Forces", "Police Forces")):
        return "state"
    if actor.inter in NONSTATE_INTERS:
        return "nonstate"
    return None


def argument_heads(trigger: Token) -> tuple[list[Token], list[Token]]:
    """(initiator heads, target heads) of a trigger, following passives, participles and light verbs."""
    agents: list[Token] = []
    targets: list[Token] = []
    passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in trigger.children)
    for child in trigger.children:
        if child.dep_ in SUBJECT_DEPS:
            agents.append(child)
        elif child.dep_ == "agent":
            agents.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ in PASSIVE_SUBJECT_DEPS:
            targets.append(child)
        elif child.dep_ in OBJECT_DEPS and not passive:
            targets.append(child)
        elif child.dep_ == "poss" and trigger.pos_ in {"NOUN", "PROPN"}:
            agents.append(child)
        elif child.dep_ in {"amod", "compound"} and trigger.pos_ in {"NOUN", "PROPN", "ADJ"} and _names_actor(child):
            agents.append(child)
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            targets.extend(c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() not in INSTRUMENTS)
        elif child.dep_ == "prep" and child.lower_ == "by":
            agents.extend(c for c in child.children if c.dep_ == "pobj")
    # light verb + event noun: "launched an offensive against X" -> X is the target
    for obj in [c for c in trigger.children if c.dep_ in OBJECT_DEPS]:
        targets.extend(c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN")  # "Turkey's efforts"
        for child in obj.children:
            if child.dep_ == "prep" and child.lower_ in {"against", "on", "from"}:
                targets.extend(c for c in child.children if c.dep_ == "pobj")
        if obj in targets and _is_event_noun(obj):
            targets.remove(obj)
    if not agents and trigger.dep_ in {"advcl", "conj", "xcomp", "pcomp"}:
        head_agents, _ = argument_heads(trigger.head) if trigger.head != trigger else ([], [])
        agents = head_agents
    if not agents and trigger.dep_ in {"dobj", "pobj", "nsubjpass"} and trigger.head.pos_ == "VERB":
        agents = [c for c in trigger.head.children if c.dep_ in SUBJECT_DEPS]
    if trigger.dep_ in {"acl", "relcl"} and not targets and _is_event_noun(trigger.head):
        targets.extend(c for p in trigger.head.children if p.lower_ in {"against", "on"} for c in p.children)
    # participle consequences ("..., killing seven soldiers") name the victims when the trigger has none
    if not targets:
        for child in trigger.children:
            if child.dep_ in {"advcl", "conj"} and child.tag_ == "VBG":
                targets.extend(c for c in child.children if c.dep_ in OBJECT_DEPS)
    return [_content_head(t) for t in agents], [_content_head(t) for t in targets]


def _between_parties(trigger: Token) -> list[Token]:
    """"a deal was struck between X and Y" -> [X] (Y follows as its conjunct)."""
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ == "between":
            return [c for c in child.children if c.dep_ == "pobj"]
    return []


def _names_group(text: str) -> bool:
    return any(p.search(text) for p, _e in group_aliases())


def _names_actor(token: Token) -> bool:
    return find_country(token.text) is not None or any(p.search(token.text) for p, _e in group_aliases())


def _is_event_noun(token: Token) -> bool:
    return token.lemma_.lower() in {
        "offensive", "attack", "assault", "operation", "campaign", "strike", "raid", "protest", "siege",
        "blockade", "demonstration", "rally", "deal", "agreement", "ceasefire", "truce", "bombardment",
    }


def _content_head(token: Token) -> Token:
    """"dozens of civilians" -> civilians; "around 70 others" stays (no better head)."""
    if token.lower_ in QUANTITY_HEADS:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
    return token


def _is_unresolved(token: Token) -> bool:
    return token.lower_ in PRONOUNS or token.pos_ == "PRON"


def _phrase_tokens(head: Token) -> list[Token]:
    """The actor phrase: the head with its modifiers, without relative clauses or coordinated actors."""
    keep = []
    for tok in head.subtree:
        cut = False
        node = tok
        while node != head:
            if node.dep_ in CUT_DEPS or node.dep_ == "conj" or (node.dep_ == "appos" and node.head == head):
                cut = True
                break
            node = node.head
        if not cut:
            keep.append(tok)
    return keep


def _actor_for_head(head: Token, sent: SpacySpan, country_hint: str | None) -> Actor | None:
    tokens = _phrase_tokens(head)
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = sent.doc[tokens[0].i : tokens[-1].i + 1].text  # Doc.text is rebuilt on each access
    # the words up to the head decide the actor ("armed men from the area" -> "armed men")
    left = [t for t in tokens if t.i <= head.i]
    left_text = sent.doc[left[0].i : head.i + 1].text
    actor = normalise_actor(left_text, country_hint) or normalise_actor(text, country_hint)
    if actor is not None and head.pos_ != "PROPN" and not _names_group(left_text):
        # the head word itself must describe an actor: "military base" is not the military
        if normalise_actor(head.text, country_hint) is None and _content_head(head) == head:
            actor = None
    if actor is None:
        for child in head.children:  # apposition: "the group, Hayat Tahrir al-Sham"
            if child.dep_ == "appos":
                actor = normalise_actor(child.text, country_hint)
                if actor:
                    break
    if actor is None:
        return None
    return Actor(actor.name, actor.inter, Span(start, end, text), text)


def _actors_from_heads(heads: list[Token], sent: SpacySpan, country_hint: str | None) -> tuple[Actor | None, list[Actor]]:
    found: list[Actor] = []
    for head in heads:
        for tok in [head, *_conjuncts(head)]:
            if _is_unresolved(tok):
                continue
            actor = _actor_for_head(tok, sent, country_hint)
            if actor and all(a.name != actor.name for a in found):
                found.append(actor)
    if not found:
        return None, []
    return found[0], found[1:]


def _conjuncts(token: Token) -> list[Token]:
    out = []
    for child in token.children:
        if child.dep_ == "conj":
            out.append(child)
            out.extend(_conjuncts(child))
    return out


def _previous_sentence_actor(sent: SpacySpan, country_hint: str | None) -> Actor | None:
    """The armed actor the previous sentence made the subject or agent: what "they" refers to."""
    doc = sent.doc
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    for tok in previous:
        if tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "pobj" and tok.head.dep_ == "agent"):
            actor = _actor_for_head(_content_head(tok), previous, country_hint)
            if actor is not None and actor.inter in {1, 2, 3, 4, 8}:
                return actor
    return None


def _template(kind: str, country: str | None) -> str:
    return f"{kind} ({country})" if country else kind
