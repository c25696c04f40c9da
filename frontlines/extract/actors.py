"""Actor coding: who did it (actor1), to whom (actor2), under ACLED-style names and inter codes.

The parse walking lives in actor_arguments.py and the phrase naming in actor_names.py; this
module puts them together per event mention (and re-exports the stage's public functions).
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from frontlines.extract.actor_arguments import (
    PRONOUNS,
    SUBJECT_DEPS,
    agentless_passive,
    argument_heads,
    between_parties,
    casualty_subjects,
    circumstance_agents,
    clause_subjects,
    conjuncts,
    consequence_targets,
    content_head,
    governed_targets,
    is_alongside,
    is_unresolved,
    joint_objects,
    misparsed_conjunct,
    noun_agent,
    speaker_subjects,
    statement_speakers,
)
from frontlines.extract.actor_dictionary import (
    SpanBounds,
    backed_militias,
    find_country,
    group_aliases,
    names_group,
    reporting_verbs,
    span_bounds,
    target_cues,
)
from frontlines.extract.actor_names import (
    actor_sector,
    interaction_code,
    normalise_actor,
    split_backer,
)
from frontlines.extract.types import Actor, ActorRoles, EventMention
from frontlines.model import Span

__all__ = ["actor_sector", "argument_heads", "find_actors", "initiator_kind", "interaction_code", "normalise_actor", "split_backer"]

CUT_DEPS = {"relcl", "acl", "punct", "advcl", "cc"}
STATE_INTERS = {1}
NONSTATE_INTERS = {2, 3, 4}
FORCE_INTERS = frozenset({1, 2, 3, 8})  # state, rebel, militia and foreign forces: those that intervene in a protest
MEMBER_INTERS = {2, 3, 4}  # generic armed members ("fighters", "gunmen") whose group a prepositional phrase may name

INTERVENED_PROTESTS = frozenset({"Protest with intervention", "Excessive force against protesters"})
UNCLAIMED_DEVICES = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})
ARMED_EVENT_TYPES = frozenset({"Battles", "Explosions/Remote violence"})
# Strategic developments whose actor1 did harm: like political violence, never perpetrated by civilians
PERPETRATED = frozenset({"Looting/property destruction"})
# Events whose target is a person, coded as a civilian unless a crowd was hit (ACLED Codebook 2023)
PERSONS_TARGETED = frozenset({"Arrests", "Mob violence"})


def find_actors(sent: SpacySpan, mention: EventMention, country_hint: str | None) -> ActorRoles:
    """actor1/actor2 from the trigger's arguments (subject, agent, object, "against X"), with coordination as assoc actors."""
    doc = sent.doc
    trigger = doc[mention.trigger_token]
    agents, targets = argument_heads(trigger)
    speakers = statement_speakers(trigger)
    agents = [a for a in agents if a.i not in speakers]
    targets = [t for t in targets if t.i not in speakers]
    roles = ActorRoles()
    first, assoc1 = _actors_from_heads(agents, sent, country_hint)
    first = _speakers_own_forces(trigger, agents, first, country_hint)
    assoc1 += _alongside([trigger, *agents, *joint_objects(trigger)], sent, country_hint)
    assoc1 += _supporters(agents, sent, country_hint) + _backers([first, *assoc1], country_hint)
    # "they attacked" / "the bombardment killed": the initiator is the armed actor of the previous
    # sentence; an agentless passive ("300 civilians have been killed") names no initiator at all
    if first is None and mention.label.sub_event_type == "Air/drone strike":
        # "Air strikes killed 20 militants, the army said": a military that reports unattributed
        # air strikes is claiming its own (armed groups seldom fly), so it is actor1
        first = _claiming_military(sent, country_hint, speakers)
    if first is None and not agents:  # "were killed when militants fired on villages": the clause's subject
        first, assoc1 = _actors_from_heads(circumstance_agents(trigger), sent, country_hint)
    carry_over = not agentless_passive(trigger, agents)
    pronoun_subject = bool(agents) and (agents[0].lower_ in PRONOUNS or is_unresolved(agents[0]))
    if carry_over and first is None and pronoun_subject:
        first, assoc1 = _actors_from_heads(speaker_subjects(trigger), sent, country_hint)
    if carry_over and first is None and (not agents or pronoun_subject):
        first = _previous_sentence_actor(sent, country_hint)
        assoc1 = []
    if carry_over and first is None and mention.label.event_type in {"Battles", "Explosions/Remote violence"}:
        first = _previous_sentence_actor(sent, country_hint)
    second, assoc2 = _actors_from_heads(targets, sent, country_hint)
    mutual = trigger.lemma_.lower() in target_cues().mutual or mention.label.sub_event_type == "Agreement"
    if second is None and assoc1 and mutual:
        # "rebels and regime forces clashed", "the army and the RSF agreed to a truce": the two sides
        second, assoc1 = assoc1[0], assoc1[1:]
    if second is None and first is not None and mutual and not assoc1:
        # "herders and farmers clashed": two sides that read as one name are still both sides
        second = _same_name_side(agents, sent, country_hint, first)
    if second is None:  # "struck the town, killing five civilians": the victims of the consequence
        second, assoc2 = _actors_from_heads(consequence_targets(trigger), sent, country_hint)
    if second is None:  # "agreed to lift embargoes to Iran": the target of the action the trigger governs
        second, assoc2 = _actors_from_heads(governed_targets(trigger), sent, country_hint)
    if second is None:  # "three civilians died in shelling": the subject of the casualty verb
        second, assoc2 = _actors_from_heads(casualty_subjects(trigger), sent, country_hint)
    if second is None and mention.label.event_type not in {"Protests", "Riots"}:
        # "demanded that the United States match…": the one told to act (a protest has no such target in ACLED)
        second, assoc2 = _actors_from_heads(clause_subjects(trigger), sent, country_hint)
    if second is None and pronoun_subject and first is not None:
        # "X captured checkpoints from regime forces. They also seized the crossing.": same opponent
        second = _previous_sentence_target(sent, country_hint, first)
    parties = between_parties(trigger, agents)
    if parties and (mention.label.sub_event_type == "Agreement" or (first is None and mention.label.event_type == "Battles")):
        # "a deal was struck between X and Y", "clashes between X and Y": X is actor1, Y actor2
        found, rest = _actors_from_heads(parties, sent, country_hint)
        if found is not None:
            first, assoc1 = found, _backers([found], country_hint)
            second, assoc2 = (rest[0], rest[1:]) if rest else (None, [])
    assoc2 += _supporters(targets, sent, country_hint) + _backers([second, *assoc2], country_hint)
    first, second, assoc1, assoc2 = _coder_conventions(
        sent, trigger, mention, (first, second), (assoc1, assoc2), country_hint, frozenset(speakers)
    )
    roles.actor1, roles.actor2 = first, second
    roles.assoc_actor_1 = _distinct(assoc1, first)
    roles.assoc_actor_2 = _distinct(assoc2, second)
    return roles


def _speakers_own_forces(trigger: Token, agents: list[Token], first: Actor | None, country_hint: str | None) -> Actor | None:
    """"Russia's defence ministry claimed its forces had captured Orlivka": "its" is the speaker's, so the
    forces are the speaker's country's, not the article's country's that a bare "forces" would default to."""
    if first is None or first.inter not in STATE_INTERS | {8} or not agents:
        return first
    if not any(c.dep_ == "poss" and c.lower_ in target_cues().own for c in agents[0].children):
        return first
    speakers = speaker_subjects(trigger)
    country = find_country(speakers[0].doc[speakers[0].left_edge.i : speakers[0].i + 1].text) if speakers else None
    own = normalise_actor(f"{country} {agents[0].text}", country_hint) if country else None
    if own is None or own.inter not in STATE_INTERS | {8}:
        return first
    return Actor(own.name, own.inter, first.span, first.mention)


def _coder_conventions(
    sent: SpacySpan,
    trigger: Token,
    mention: EventMention,
    actors: tuple[Actor | None, Actor | None],
    assocs: tuple[list[Actor], list[Actor]],
    country_hint: str | None,
    speakers: frozenset[int] = frozenset(),
) -> tuple[Actor | None, Actor | None, list[Actor], list[Actor]]:
    """ACLED's fixed roles for some kinds of event, applied to the actors the parse found:
    who a protest's actors are, that civilians never perpetrate, that a riot's crowd is rioters,
    that no bomb lacks an actor1, that one group can stand on both sides."""
    (first, second), (assoc1, assoc2) = actors, assocs
    if mention.label.sub_event_type in INTERVENED_PROTESTS:
        first, second, assoc1, assoc2 = _crowd_first((first, second), (assoc1, assoc2), "Protesters", country_hint)
    if mention.label.event_type == "Riots":
        first, second, assoc1, assoc2 = _crowd_first((first, second), (assoc1, assoc2), "Rioters", country_hint)
    if mention.label.event_type == "Protests" and first is None:
        first = Actor(_template("Protesters", country_hint), 6, mention="")
    if mention.label.event_type == "Riots" and first is None:
        first = Actor(_template("Rioters", country_hint), 5, mention="")  # "angry depositors smashed bank windows"
    if mention.label.event_type == "Protests":
        # "NUP supporters protested": ACLED's crowd is "Protesters (<country>)", the party associated
        first, assoc1 = _crowd(first, assoc1, "Protesters", 6, country_hint)
    if mention.label.sub_event_type == "Peaceful protest":
        if first is not None and first.inter not in {5, 6}:
            first = Actor(_template("Protesters", country_hint), 6, first.span, first.mention)
        second, assoc2 = None, []  # ACLED codes a peaceful protest as the protesters' sole action (interaction 60)
    if mention.label.sub_event_type in INTERVENED_PROTESTS and first is not None and first.inter in {5, 6} and second is None:
        # "Police fired tear gas to disperse protesters": the mention sits on the crowd; the force
        # that intervened is a subject or agent elsewhere in the sentence
        second, _ = _actors_from_heads(noun_agent(trigger), sent, country_hint)
        second = second or _armed_subject(sent, country_hint, speakers)
    if first is not None and mention.label.event_type in ARMED_EVENT_TYPES:
        first = _as_backer(first, country_hint)  # "a US drone strike": a state fights through its forces
    perpetrated = mention.label.disorder_type == "Political violence" or mention.label.sub_event_type in PERPETRATED
    if first is not None and first.inter == 7 and mention.label.event_type == "Riots":
        # ACLED never codes civilians as perpetrators: residents who stone police (a violent demonstration,
        # disorder type Demonstrations) or a crowd that lynches (mob violence) are rioters
        first = Actor(_template("Rioters", country_hint), 5, first.span, first.mention)
    elif first is not None and first.inter == 7 and perpetrated:
        # armed villagers or herders who attack (or burn crops and homes) are a communal militia
        first = _communal_militia(first, country_hint)
    mutual = trigger.lemma_.lower() in target_cues().mutual
    if second is not None and second.inter == 7 and mention.label.event_type == "Battles" and mutual:
        second = _communal_militia(second, country_hint)  # "herders and farmers clashed": both sides fought
    if mention.label.event_type == "Riots":
        # "opposition supporters attacked…": ACLED's riot crowd is "Rioters (<country>)", the party associated
        first, assoc1 = _crowd(first, assoc1, "Rioters", 5, country_hint)
        if mutual:  # "government supporters clashed with opposition supporters": two crowds
            second, assoc2 = _crowd(second, assoc2, "Rioters", 5, country_hint)
    persons_hit = mention.label.sub_event_type in PERSONS_TARGETED or mention.label.event_type == "Riots"
    if (persons_hit and not mutual) or mention.label.event_type == "Violence against civilians":
        second, assoc2 = _civilian_target(second, assoc2, country_hint)
    if first is None and mention.label.sub_event_type in UNCLAIMED_DEVICES:
        # ACLED leaves no actor1 empty: a bomb no one is named for is an unidentified armed group's
        first = Actor(_template("Unidentified Armed Group", country_hint), 3)
    if mention.label.event_type == "Violence against civilians" and second is None:
        second = Actor(_template("Civilians", country_hint), 7)
    elif mention.label.event_type == "Violence against civilians" and second is not None and second.inter == 4:
        # "shot dead two Israeli settlers": a community's people attacked unarmed are its civilians
        second = Actor(_template("Civilians", _named_country(second.name) or country_hint), 7, second.span, second.mention)
    if second is None and first is not None and _fought_itself(trigger, sent):
        second = first  # "two rival militias clashed": ACLED codes the one group on both sides
    elif first is not None and second is not None and first.name == second.name and first.span == second.span:
        second = None  # one mention read twice; two mentions ("gunmen attacked other gunmen") stay both sides
    return first, second, assoc1, assoc2


def _crowd_first(
    actors: tuple[Actor | None, Actor | None], assocs: tuple[list[Actor], list[Actor]], kind: str, country_hint: str | None
) -> tuple[Actor | None, Actor | None, list[Actor], list[Actor]]:
    """"Security forces shot dead three protesters", "police dispersed opposition supporters" (a riot): ACLED's
    actor1 of a Protests or Riots event is the crowd and the force that intervened actor2 (a person shot at a
    protest is counted with the protesters)."""
    (first, second), (assoc1, assoc2) = actors, assocs
    if first is None or first.inter not in FORCE_INTERS or (second is not None and second.inter not in {5, 6, 7}):
        return first, second, assoc1, assoc2
    inter = 6 if kind == "Protesters" else 5
    if second is None:
        return Actor(_template(kind, country_hint), inter, mention=""), first, [], assoc1
    crowd = second if second.inter == 6 else Actor(_template(kind, country_hint), inter, second.span, second.mention)
    return crowd, first, [a for a in assoc2 if a.inter == 6], assoc1  # a party stays: _crowd names its crowd below


def _crowd(
    actor: Actor | None, assoc: list[Actor], kind: str, inter: int, country_hint: str | None
) -> tuple[Actor | None, list[Actor]]:
    """ACLED names a riot's crowd "Rioters" and a protest's "Protesters"; a party or movement it came
    from stays as associated actor."""
    if actor is None or actor.inter != 6 or actor.name.startswith(kind):
        return actor, assoc
    crowd = Actor(_template(kind, country_hint), inter, actor.span, actor.mention)
    return crowd, assoc if actor.name.startswith("Protesters") else [actor, *assoc]


def _communal_militia(actor: Actor, country_hint: str | None) -> Actor:
    """Civilians who fight are a communal militia, named for their ethnic group when the dictionary
    knows its militia in this country ("Fulani herders" -> "Fulani Ethnic Militia (Nigeria)")."""
    for word in actor.mention.split():
        if word[:1].isupper():
            named = normalise_actor(f"{word} militia", country_hint)
            if named is not None and named.inter == 4:
                return Actor(named.name, 4, actor.span, actor.mention)
    return Actor(_template("Unidentified Communal Militia", country_hint), 4, actor.span, actor.mention)


def _civilian_target(actor: Actor | None, assoc: list[Actor], country_hint: str | None) -> tuple[Actor | None, list[Actor]]:
    """ACLED codes a person arrested or attacked away from a demonstration (an activist, an opposition
    politician) as a civilian, with the opposition as associated actor; a crowd stays that crowd."""
    if actor is None:
        return actor, assoc
    words = [w.lower().strip(",.") for w in actor.mention.split()]
    cues = target_cues()
    members = bool(set(words) & cues.affiliation)  # "members of the opposition NUP party": persons, not the party
    if actor.inter not in {5, 6} or not words or set(words) & cues.detained_crowds:
        return actor, assoc
    if words[-1] in cues.organisations and not members:
        return actor, assoc
    if _is_party(actor) or members:  # "NLD members", "20 members of the EFF": persons of a named party
        if not members and not _person_words(actor):
            return actor, assoc  # "the ANC" itself
        party: Actor | None = actor
    else:
        party = normalise_actor(" ".join(words[:-1]), country_hint) if len(words) > 1 else None
    if party is not None and party.inter == 6:
        assoc = [Actor(party.name, party.inter, actor.span, actor.mention), *assoc]
    return Actor(_template("Civilians", country_hint), 7, actor.span, actor.mention), assoc


def _same_name_side(agents: list[Token], sent: SpacySpan, country_hint: str | None, first: Actor) -> Actor | None:
    """A coordinated subject that normalises to actor1's name but is another mention: the other side."""
    for head in agents:
        for tok in conjuncts(head):
            actor = None if is_unresolved(tok) else _actor_for_head(tok, sent, country_hint)
            if actor is not None and actor.name == first.name and actor.span != first.span:
                return actor
    return None


def _fought_itself(trigger: Token, sent: SpacySpan) -> bool:
    cues = target_cues()
    if trigger.lemma_.lower() not in cues.mutual:
        return False
    text = f" {sent.text.lower()} "
    return any(re.search(rf"\b{re.escape(word)}\b", text) for word in cues.reciprocal)


def _distinct(assoc: list[Actor], main: Actor | None) -> list[Actor]:
    out: list[Actor] = []
    for actor in assoc:
        if (main is None or actor.name != main.name) and all(a.name != actor.name for a in out):
            out.append(actor)
    return out


def _backers(actors: list[Actor | None], country_hint: str | None) -> list[Actor]:
    """"Russian-backed Fifth Corps": Russia's forces are an associated actor of the Fifth Corps' side."""
    out = []
    for actor in actors:
        backer = split_backer(actor.mention)[0] if actor is not None else None
        if backer is None:
            continue
        found = normalise_actor(backer, country_hint) if names_group(backer) else None
        found = found or normalise_actor(f"{backer} forces", country_hint)
        if found is not None:
            out.append(Actor(found.name, found.inter, actor.span, actor.mention))
    return out


def _alongside(heads: list[Token], sent: SpacySpan, country_hint: str | None) -> list[Actor]:
    """"militias fought alongside the army", "together with Russian forces": an associated actor of that side."""
    cues = target_cues().alongside
    objs = []
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep"):
            pobjs = [c for c in prep.children if c.dep_ == "pobj"]
            if is_alongside(prep) or (prep.lower_ == "with" and _joint(head)):  # "an offensive with militias"
                objs.extend(pobjs)
            for obj in pobjs:  # "in coordination with X"
                for inner in (c for c in obj.children if c.dep_ == "prep"):
                    if f"{prep.lower_} {obj.lower_} {inner.lower_}" in cues:
                        objs.extend(c for c in inner.children if c.dep_ == "pobj")
    found, rest = _actors_from_heads(objs, sent, country_hint)
    return [found, *rest] if found is not None else []


def _joint(head: Token) -> bool:
    """An operation noun ("an offensive with X") or a verb with one as object: its "with" names a partner."""
    noun = head.pos_ == "NOUN" and head.lemma_.lower() in target_cues().joint_operations
    return noun or bool(joint_objects(head))


def _previous_sentence_target(sent: SpacySpan, country_hint: str | None, actor1: Actor) -> Actor | None:
    """The armed actor the previous sentence's action was taken from or against (not actor1's side)."""
    doc = sent.doc
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    for tok in previous:
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in {"from", "against"}:
            actor = _actor_for_head(content_head(tok), previous, country_hint)
            if actor is not None and actor.inter in {1, 2, 3, 4, 8} and actor.name != actor1.name:
                return actor
    return None


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
    return [_as_backer(a, country_hint) for a in (found, *rest)] if found is not None else []


def _passive_backer(head: Token) -> str | None:
    """"militias backed by Iran" -> "Iran": read as "Iran-backed militias" so the militia is named the same way."""
    if not backed_militias().militia.match(head.lower_):
        return None
    for acl in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in SUPPORT_VERBS):
        for obj in (o for agent in acl.children if agent.dep_ == "agent" for o in agent.children if o.dep_ == "pobj"):
            if find_country(obj.text):
                return obj.text
    return None


def _as_backer(actor: Actor, country_hint: str | None) -> Actor:
    """"militias backed by Iran": a state that backs fighters is coded by its forces, as "Iranian-backed" is."""
    if not actor.name.startswith("Government of") or not find_country(actor.mention):
        return actor
    forces = normalise_actor(f"{actor.mention} forces", country_hint)
    return Actor(forces.name, forces.inter, actor.span, actor.mention) if forces is not None else actor


def initiator_kind(sent: SpacySpan, trigger_i: int, country_hint: str | None = None) -> str | None:
    """"state" or "nonstate" for the trigger's initiator: decides GRT vs NSAOT for captures."""
    agents, _targets = argument_heads(sent.doc[trigger_i])
    actor, _assoc = _actors_from_heads(agents, sent, country_hint)
    actor = _speakers_own_forces(sent.doc[trigger_i], agents, actor, country_hint)
    pronoun_subject = bool(agents) and (agents[0].lower_ in PRONOUNS or is_unresolved(agents[0]))
    if actor is None and pronoun_subject:
        # "the army said it had retaken the town": the speaker, as find_actors reads it, not the
        # previous sentence's rebels
        actor, _assoc = _actors_from_heads(speaker_subjects(sent.doc[trigger_i]), sent, country_hint)
    if actor is None and (not agents or pronoun_subject):
        actor = _previous_sentence_actor(sent, country_hint)
    if actor is None:
        return None
    if actor.inter in STATE_INTERS or actor.name.startswith(("Military Forces", "Police Forces")):
        return "state"
    if actor.inter in NONSTATE_INTERS:
        return "nonstate"
    return None


def _phrase_tokens(head: Token) -> list[Token]:
    """The actor phrase: the head with its modifiers, without relative clauses or coordinated actors.

    Only the unbroken run of words around the head: "regime forces and opposition fighters in
    Tafas" gives "regime forces", not everything up to "Tafas".
    """
    kept = {t.i for t in _modifier_tokens(head)}
    first = last = head.i
    while first - 1 in kept:
        first -= 1
    while last + 1 in kept:
        last += 1
    return [t for t in head.doc[first : last + 1]]


def _cuts_phrase(node: Token, head: Token) -> bool:
    """Dependents that start another phrase: clauses, conjuncts, appositions, "alongside X"."""
    if node.dep_ == "punct" and node.text in {"-", "–"} and not node.whitespace_:
        return False  # the hyphen inside "Russian-backed"
    return (
        node.dep_ in CUT_DEPS
        or node.dep_ == "conj"
        or (node.dep_ == "appos" and node.head == head)
        or is_alongside(node)
        or misparsed_conjunct(node)
    )


def _modifier_tokens(head: Token) -> list[Token]:
    keep = []
    for tok in head.subtree:
        cut = False
        node = tok
        while node != head:
            if _cuts_phrase(node, head):
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
    # the words up to the head decide the actor ("armed men from the area" -> "armed men")
    left = [t for t in tokens if t.i <= head.i]
    left_text = sent.doc[left[0].i : head.i + 1].text
    named = _naming_tokens(tokens, head)  # the evidence span: no count in front, no place behind
    text = sent.doc[named[0].i : named[-1].i + 1].text  # Doc.text is rebuilt on each access
    start, end = named[0].idx, named[-1].idx + len(named[-1].text)
    if head.lower_ in target_cues().holdings | target_cues().acts:
        held = _holder(head, sent, country_hint)  # "the regime's latest demands": the regime, spanned alone
        if held is not None:
            return held
    backer = _passive_backer(head)
    actor = normalise_actor(f"{backer}-backed {head.text}", country_hint) if backer else None
    if actor is None and _affiliated(head):  # "supporters of the ruling party": the party says who they are
        actor = normalise_actor(text, country_hint)
    longer = _name_running_on(tokens, named[0].i, named[-1].i, country_hint)
    if longer is not None:  # "the Islamic State in the Greater Sahara": one name, not a group and a place
        text, end = longer, named[0].idx + len(longer)
        actor = actor or normalise_actor(text, country_hint)
    actor = actor or normalise_actor(left_text, country_hint) or normalise_actor(text, country_hint)
    # the head word itself must describe an actor: "military base" is not the military
    describes = head.pos_ == "PROPN" or names_group(left_text, country_hint) or content_head(head) != head
    if actor is not None and not describes and not _head_names_actor(head, country_hint):
        actor = None
    if actor is None:
        for child in head.children:  # apposition: "the group, Hayat Tahrir al-Sham", "Kofi Annan, UN secretary-general"
            if child.dep_ == "appos":
                actor = normalise_actor(sent.doc[child.left_edge.i : child.right_edge.i + 1].text, country_hint)
                if actor:
                    break
    if actor is None or not names_group(left_text, country_hint):
        actor = _leading_group(head, country_hint) or _member_group(head, actor, country_hint) or actor
    if actor is None:
        return None
    member = _member_word(head)  # "20 members of the EFF": persons of the party, spanned by its name
    mention = sent.doc[member.i : named[-1].i + 1].text if member is not None else text
    return Actor(actor.name, actor.inter, Span(start, end, text), mention)


def _name_running_on(tokens: list[Token], first: int, last: int, country_hint: str | None) -> str | None:
    """A group's name that starts in the words first..last and runs on past them ("the Islamic State in the
    Greater Sahara", "Al Qaeda in the Arabian Peninsula"): the text from `first` to the end of that name.

    The phrase's trailing "in <place>" is otherwise cut as the event's place, leaving a bare "Islamic State"
    that names another country's branch, or none at all."""
    kept = [t for t in tokens if t.i >= first]
    if not kept or kept[-1].i <= last:
        return None
    doc = kept[0].doc
    full = doc[first : kept[-1].i + 1].text
    short_end = doc[last].idx + len(doc[last].text) - doc[first].idx
    for pattern, entry in group_aliases():  # longest alias first
        match = pattern.search(full)
        if match and entry.applies_in(country_hint) and match.start() < short_end < match.end():
            return full[: match.end()]
    return None


def _member_word(head: Token) -> Token | None:
    """The "members" of "members of the EFF" when the parse head is the group: ACLED codes arrested or
    attacked members as civilians with the group associated, so the actor must remember the word."""
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in target_cues().affiliation and prep.head.i < head.i:
        return prep.head
    return None


def _head_names_actor(head: Token, country_hint: str | None) -> bool:
    """Whether the head word is part of what names the actor: "soldiers", "armed groups" (with the modifier that
    alone names nothing), not "base" in "military base"."""
    if normalise_actor(head.text, country_hint) is not None or head.lemma_.lower() in target_cues().group_nouns:
        return True
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is None or before.head != head or before.dep_ not in {"amod", "compound"}:
        return False
    return normalise_actor(before.text, country_hint) is None and normalise_actor(f"{before.text} {head.text}", country_hint) is not None


def _affiliated(head: Token) -> bool:
    return head.lower_ in target_cues().affiliation and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def _naming_tokens(tokens: list[Token], head: Token) -> list[Token]:
    """The words that name the actor: "three US servicemen" -> "US servicemen", "armed men from the area" -> "armed men".

    ACLED keeps the count in the fatality fields and the place in the location fields, and
    PLOVER's gold spans leave out articles and counts too.
    """
    bounds = span_bounds()
    first = 0
    while tokens[first].i < head.i and (
        tokens[first].dep_ in bounds.leading_deps
        or tokens[first].like_num
        or (tokens[first].lower_ in bounds.leading_words and tokens[first].head.like_num)
    ):
        first += 1
    last = len(tokens)
    for n, tok in enumerate(tokens):
        trailing = tok.i > head.i and tok.dep_ == "prep" and tok.head == head
        if trailing and (tok.lower_ in bounds.other_actor_preps or _opens_place(tok, bounds)):
            last = n
            break
    return tokens[first:last]


def _opens_place(prep: Token, bounds: SpanBounds) -> bool:
    return prep.lower_ in bounds.locative_preps and any(_is_place(prep, o, bounds) for o in prep.children if o.dep_ == "pobj")


def _is_place(prep: Token, token: Token, bounds: SpanBounds) -> bool:
    """A place entity or noun, or a name after "in"/"near" that is not a group ("in Tafas": the small model tags it ORG)."""
    if token.ent_type_ in bounds.place_labels or {token.lemma_.lower(), token.lower_} & bounds.place_nouns:
        return True
    name = token.doc[token.left_edge.i : token.i + 1].text
    return prep.lower_ != "from" and token.pos_ == "PROPN" and not names_group(name)


def _leading_group(head: Token, country_hint: str | None) -> Actor | None:
    """"jihadists led by Hayat Tahrir al-Sham": ACLED codes the named group that leads a generic one."""
    for acl in head.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in {"lead", "command", "spearhead"}:
            for agent in (c for c in acl.children if c.dep_ == "agent"):
                for obj in (c for c in agent.children if c.dep_ == "pobj"):
                    text = head.doc[obj.left_edge.i : obj.i + 1].text
                    if names_group(text):
                        return normalise_actor(text, country_hint)
    return None


def _member_group(head: Token, actor: Actor | None, country_hint: str | None) -> Actor | None:
    """"fighters of the People's Defence Force", "gunmen from the al Qaeda-linked JNIM group", "fighters
    belonging to the Houthi movement": ACLED codes the named group, not generic fighters."""
    if actor is None or actor.inter not in MEMBER_INTERS:
        return None  # "checkpoints from regime forces": the head must itself be armed people
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}]
    preps += [p for acl in head.children if acl.dep_ == "acl" and acl.lemma_.lower() == "belong" for p in acl.children if p.lower_ == "to"]
    for obj in (c for prep in preps for c in prep.children if c.dep_ == "pobj"):
        text = head.doc[obj.left_edge.i : obj.i + 1].text
        text = _name_running_on(_phrase_tokens(head), obj.left_edge.i, obj.i, country_hint) or text
        if names_group(text, country_hint):
            found = normalise_actor(text, country_hint)
            if found is not None and found.inter in MEMBER_INTERS | {1, 8}:
                return found
    return None


def _holder(head: Token, sent: SpacySpan, country_hint: str | None) -> Actor | None:
    """"a Karen guerrilla stronghold", "positions of the regime": the actor that holds the place."""
    doc = sent.doc
    mods = [c for c in head.children if c.dep_ in {"compound", "amod", "poss", "nmod"} and c.i < head.i]
    mods = [c for c in mods if c.dep_ == "poss"] or mods  # "President Reagan's latest policy statement": the owner only
    if mods:
        first = min(t.left_edge.i for t in mods)
        while first < head.i and doc[first].dep_ == "det":
            first += 1
        last = max(t.right_edge.i for t in mods) if mods[0].dep_ == "poss" else head.i - 1
        while last >= first and doc[last].dep_ == "case":  # the "'s" of "the army's positions"
            last -= 1
        if first <= last:
            text = doc[first : last + 1].text
            actor = normalise_actor(text, country_hint)
            if actor is not None and actor.name.startswith("Refugees/IDPs"):
                return None  # "the Jenin refugee camp": a place refugees live in, not a position they hold
            if actor is not None and actor.name.startswith("Government of ") and head.lower_ in target_cues().military_holdings:
                actor = normalise_actor(f"{text} forces", country_hint) or actor  # "Ukrainian positions": the army's
            if actor is not None:
                span = Span(doc[first].idx, doc[last].idx + len(doc[last].text), text)
                return Actor(actor.name, actor.inter, span, text)
    preps = {"of", "by", "from"} if head.lower_ in target_cues().acts else {"of"}  # "demands from UNITA"
    for prep in head.children:
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lower_ not in target_cues().holdings | target_cues().acts:
                    return _actor_for_head(obj, sent, country_hint)
    return None


def _actors_from_heads(heads: list[Token], sent: SpacySpan, country_hint: str | None) -> tuple[Actor | None, list[Actor]]:
    found: list[Actor] = []
    for head in heads:
        for tok in sorted([head, *conjuncts(head)], key=lambda t: t.i):
            if is_unresolved(tok):
                continue
            actor = _actor_for_head(tok, sent, country_hint)
            if actor and all(a.name != actor.name for a in found):
                found.append(actor)
    if not found:
        return None, []
    return found[0], found[1:]


def _is_party(actor: Actor) -> bool:
    """A named political party (political_parties.csv), not a generic "Opposition (<country>)"."""
    return actor.inter == 6 and any(e.name == actor.name for _p, e in group_aliases())


def _person_words(actor: Actor) -> bool:
    """Words besides the party's name, a count and "of the" ("members", "activists"): persons, not the party."""
    rest = actor.mention
    for pattern, entry in group_aliases():
        if entry.name == actor.name:
            rest = pattern.sub(" ", rest)
    return bool(re.sub(r"\b(the|a|an|of|\d[\d,]*)\b", " ", rest, flags=re.IGNORECASE).strip(" ,.'"))


def _armed_subject(sent: SpacySpan, country_hint: str | None, speakers: frozenset[int] | set[int] = frozenset()) -> Actor | None:
    """The first state or armed actor the sentence makes a subject or agent ("police fired",
    "were tear-gassed by riot police"), not one who only reacts to the event (`speakers`)."""
    for tok in sent:
        if tok.i in speakers:
            continue
        if tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "pobj" and tok.head.dep_ == "agent"):
            actor = _actor_for_head(content_head(tok), sent, country_hint)
            if actor is not None and actor.inter in {1, 2, 3, 4, 8}:
                return actor
    return None


def _claiming_military(sent: SpacySpan, country_hint: str | None, speakers: set[int]) -> Actor | None:
    """The military that reports the event: the subject of "said"/"announced", or "according to an army statement"."""
    heads = [
        tok for tok in sent
        if tok.i not in speakers and (
            (tok.dep_ in SUBJECT_DEPS and tok.head.lemma_.lower() in reporting_verbs())
            or (tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.i > 0 and tok.doc[tok.head.i - 1].lower_ == "according")
        )
    ]
    for head in heads:
        actor = _actor_for_head(content_head(head), sent, country_hint)
        if actor is not None and actor.name.startswith("Military Forces"):
            return actor
    return None


def _previous_sentence_actor(sent: SpacySpan, country_hint: str | None) -> Actor | None:
    """The armed actor the previous sentence made the subject or agent: what "they" refers to."""
    if sent.start == 0:
        return None
    return _armed_subject(sent.doc[sent.start - 1].sent, country_hint)


def _named_country(name: str) -> str | None:
    """The country in an actor name's brackets ("Settlers (Israel)" -> "Israel"), when it is one."""
    match = re.search(r"\(([^()]+)\)$", name)
    return find_country(match.group(1)) if match else None


def _template(kind: str, country: str | None) -> str:
    return f"{kind} ({country})" if country else kind
