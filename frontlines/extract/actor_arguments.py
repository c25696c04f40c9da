"""Argument structure: which tokens of the parse fill a trigger's initiator and target roles.

Knows dependency labels and role cues (passives, light verbs, "between X and Y", complements),
not actor names: actors.py turns the heads found here into ACLED actors.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.extract.actor_dictionary import (
    find_country,
    names_group,
    reporting_verbs,
    target_cues,
)

SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj"}
TARGET_PREPS = {"against", "on", "from", "with", "at", "upon", "to"}
# Heads that only count something ("dozens of civilians"): the actor is their "of" object.
QUANTITY_HEADS = {
    "dozen", "dozens", "hundreds", "hundred", "thousands", "thousand", "scores", "score", "number", "group",
    "lot", "lots", "several", "many", "some", "others", "members", "most", "all", "tens", "millions", "handful", "unit", "units",
    "part", "parts",
}
# Nouns whose "of" object is their doer, not their target: "the surrender of opposition forces".
INTRANSITIVE_NOUNS = {"surrender", "withdrawal", "retreat", "advance", "defection", "arrival", "departure", "return", "death", "deaths"}
# "with artillery", "with tear gas": instruments, not actors
INSTRUMENTS = {
    "artillery", "gas", "weapon", "rifle", "gun", "knife", "machete", "rocket", "missile", "mortar", "bomb",
    "grenade", "drone", "warplane", "jet", "aircraft", "helicopter", "tank", "bullet", "cannon", "stone", "explosive",
}
# Armed acts that stand as the subject of a casualty verb ("Shelling by government forces killed…",
# "A US drone strike killed…"): ACLED's actor1 is the act's author, not the act.
ARMED_ACTS = {
    "shell", "shelling", "bombardment", "strike", "airstrike", "air-strike", "bombing", "barrage", "raid",
    "attack", "assault", "offensive", "gunfire", "fire",
}
# Weapons that are fired or launched: as a subject ("A Russian missile struck…") they stand for whoever
# fired them, like an armed act; "a wave of drones" is launched by the subject of "launched".
LAUNCHED_WEAPONS = {"missile", "rocket", "shell", "bomb", "mortar", "projectile"}
SALVOS = {"wave", "barrage", "salvo", "volley", "swarm", "series", "hail"}
BY_DEPS = frozenset({"prep", "agent"})  # "by" heads an agent phrase after a passive, a prep elsewhere
TIME_ENTITIES = frozenset({"DATE", "TIME"})
PRONOUNS = {"they", "them", "it", "he", "she", "we", "who", "which", "those", "these", "others"}


def argument_heads(trigger: Token) -> tuple[list[Token], list[Token]]:
    """(initiator heads, target heads) of a trigger, following passives, participles and light verbs."""
    agents: list[Token] = []
    targets: list[Token] = []
    passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in trigger.children)
    took_part = trigger.lemma_.lower() in target_cues().participation
    if trigger.lemma_.lower() in target_cues().yielding:
        # "Avdiivka fell to Russian forces": the "to" object took it; the place that fell is no actor
        taker = prep_objects(trigger, "to")
        if taker:
            return [content_head(t) for t in taker], []
    suffered = trigger.lemma_.lower() in target_cues().casualties  # "a prisoner died": the subject is the victim
    for child in trigger.children:
        if child.dep_ in SUBJECT_DEPS and suffered:
            targets.append(child)
        elif child.dep_ in SUBJECT_DEPS or (child.dep_ in PASSIVE_SUBJECT_DEPS and took_part):
            agents.append(child)
        elif child.dep_ == "ccomp" and _infinitive(child):
            # "forced residents to flee", "refused to allow UN planes to land": the one made or let to act
            targets.extend(c for c in child.children if c.dep_ in SUBJECT_DEPS and not is_unresolved(c))
        elif child.dep_ == "agent":
            agents.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ in PASSIVE_SUBJECT_DEPS:
            targets.append(child)
        elif child.dep_ in OBJECT_DEPS and not passive and not _own(child) and not _bare_instrument(child):
            targets.append(child)
        elif child.dep_ == "poss" and trigger.pos_ in {"NOUN", "PROPN"}:
            agents.append(child)
        elif child.dep_ in {"amod", "compound"} and trigger.pos_ in {"NOUN", "PROPN", "ADJ"} and _names_actor(child):
            agents.append(child)
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS and not _joint_partner(trigger, child):
            targets.extend(
                c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() not in INSTRUMENTS and not _is_time(c)
            )
        elif child.dep_ == "dative":  # "issued an ultimatum to Ecuador", "gave the rebels a deadline"
            targets.extend([c for c in child.children if c.dep_ == "pobj"] or ([child] if child.pos_ != "ADP" else []))
        elif child.dep_ == "prep" and child.lower_ == "of" and _takes_of_target(trigger):
            targets.extend(c for c in child.children if c.dep_ == "pobj")  # "the shelling of Juba"
        elif child.dep_ == "prep" and child.lower_ == "by":
            # "investigating crimes by militants": with a subject already there, "by" names the act's author
            (targets if _act_object(trigger) else agents).extend(c for c in child.children if c.dep_ == "pobj")
    # light verb + event noun: "launched an offensive against X" -> X is the target; also
    # "called for sanctions against X" (the object of the trigger's "for")
    cues = target_cues()
    requested = [
        c for p in trigger.children if p.dep_ == "prep" and p.lower_ in cues.request_preps for c in p.children if c.dep_ == "pobj"
    ]
    objects = [c for c in trigger.children if c.dep_ in OBJECT_DEPS]
    # "launched artillery, mortar and rocket fire against X": the last of coordinated objects carries the "against"
    objects += [c for o in objects if _bare_instrument(o) for c in conjuncts(o)]
    for obj in objects + requested:
        targets.extend(c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN")  # "Turkey's efforts"
        for child in obj.children:
            partner = child.lower_ == "with" and obj.pos_ == "NOUN" and obj.lemma_.lower() in cues.joint_operations
            if child.dep_ == "prep" and child.lower_ in cues.object_preps and not is_alongside(child) and not partner:
                targets.extend(
                    c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() not in INSTRUMENTS and not _own(c)
                )
            elif child.dep_ == "acl" and child.tag_ == "VBG":  # "carried out strikes targeting X"
                targets.extend(c for c in child.children if c.dep_ in OBJECT_DEPS)
        if is_event_noun(obj) and obj in objects:
            targets.extend(_event_noun_parties(obj))
        if obj in targets and is_event_noun(obj):
            targets.remove(obj)
    if not agents and trigger.dep_ in {"advcl", "conj", "xcomp", "pcomp"}:
        head_agents, _ = argument_heads(trigger.head) if trigger.head != trigger else ([], [])
        agents = head_agents
    if not agents and trigger.dep_ == "acl" and trigger.head.pos_ in {"NOUN", "PROPN"} and not passive and any(
        c.dep_ in OBJECT_DEPS for c in trigger.children
    ):
        # a participle with its own object is active, so the noun it hangs on did it: "ADF rebels hacked to
        # death nine villagers, officials said" (the main verb misparsed as a modifier), "gunmen carrying rifles"
        agents = [trigger.head]
    if not agents and trigger.pos_ == "NOUN" and trigger.lemma_.lower() in INTRANSITIVE_NOUNS:
        # "the surrender of opposition forces": the "of" object surrendered
        agents = prep_objects(trigger, "of")
    if not agents and trigger.dep_ in {"dobj", "pobj", "nsubjpass"} and trigger.head.pos_ == "VERB":
        if trigger.head.lemma_.lower() in cues.statements:
            # "denounced the shelling of Avdiivka by Russian forces": the small model hangs the noun's
            # "by" on the statement verb; the speaker is no party
            agents = prep_objects(trigger.head, "by")
        else:
            agents = [c for c in trigger.head.children if c.dep_ in SUBJECT_DEPS]
    if not agents:
        agents = _participants(trigger) or _agents_of_the_attack(trigger) or _salvo_launchers(trigger)
    if trigger.dep_ in {"acl", "relcl"} and not targets and is_event_noun(trigger.head):
        targets.extend(c for p in trigger.head.children if p.lower_ in {"against", "on"} for c in p.children)
    # participle consequences ("..., killing seven soldiers") name the victims when the trigger has none
    if not targets:
        for child in trigger.children:
            if child.dep_ in {"advcl", "conj"} and child.tag_ == "VBG" and not is_aside(child):
                targets.extend(c for c in child.children if c.dep_ in OBJECT_DEPS)
    if not targets:
        targets = _complement_targets(trigger)
    if not targets:
        targets = _reported_targets(trigger)
    if not targets and trigger.lemma_.lower() in target_cues().participation:
        targets = [  # "engaged in fighting with rebels"
            obj
            for prep in trigger.children if prep.dep_ == "prep"
            for noun in prep.children if noun.dep_ == "pobj"
            for inner in noun.children if inner.dep_ == "prep" and inner.lower_ in {"with", "against"}
            for obj in inner.children if obj.dep_ == "pobj"
        ]
    if trigger.dep_ == "relcl" and agents and all(a.lower_ in {"that", "which"} for a in agents):
        agents = _relative_act_authors(trigger) or agents
    agents = [author for agent in agents for author in _act_authors(agent)]
    return [content_head(t) for t in agents], [content_head(t) for t in targets]


def prep_objects(token: Token, word: str, deps: frozenset[str] = frozenset({"prep"})) -> list[Token]:
    """The objects of the token's preposition `word`: "fell to X", "the shelling by X", "the surrender of X"."""
    return [c for p in token.children if p.dep_ in deps and p.lower_ == word for c in p.children if c.dep_ == "pobj"]


def speaker_subjects(trigger: Token) -> list[Token]:
    """"The army said it killed 40 militants": the speaker is who "it" stands for (the reporting verb's subject)."""
    for node in [trigger, *trigger.ancestors]:  # "said they had launched a wave of drones": up to the reported verb
        if node.dep_ == "ccomp" and node.head.pos_ == "VERB":
            return [c for c in node.head.children if c.dep_ in SUBJECT_DEPS and not is_unresolved(c)]
        if node is not trigger and node.pos_ in {"VERB", "AUX"}:
            return []
    return []


def statement_speakers(trigger: Token) -> set[int]:
    """Tokens of who condemned, welcomed or mourned the event ("The EU condemned the killing of protesters"):
    a reaction's speaker is no party to the event it is about."""
    verbs = target_cues().statements
    out: set[int] = set()
    for verb in trigger.ancestors:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in verbs:
            for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
                out.update(t.i for t in subject.subtree)
    return out


def noun_agent(trigger: Token) -> list[Token]:
    """"the killing of protesters by security forces" (trigger "protesters"): the event noun's own "by"."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "of" or trigger.head.head.pos_ != "NOUN":
        return []
    noun = trigger.head.head
    return prep_objects(noun, "by", BY_DEPS)


def _salvo_launchers(trigger: Token) -> list[Token]:
    """"they had launched a wave of drones": whoever launched the salvo launched the weapons in it."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
        return []
    salvo = trigger.head.head
    if salvo.lemma_.lower() not in SALVOS or salvo.dep_ not in OBJECT_DEPS or salvo.head.pos_ != "VERB":
        return []
    return [c for c in salvo.head.children if c.dep_ in SUBJECT_DEPS]


def _relative_act_authors(trigger: Token) -> list[Token]:
    """"the attack by al-Shabaab on a hotel in Mogadishu that killed 9": the small model hangs "that killed"
    on the nearest noun; the armed act up the same noun phrase, and its "by", did the killing."""
    for node in trigger.head.ancestors:
        if node.pos_ == "VERB":
            return []
        if node.lemma_.lower() in ARMED_ACTS and node.pos_ == "NOUN":
            return prep_objects(node, "by", BY_DEPS)
    return []


def _act_authors(agent: Token) -> list[Token]:
    """An armed act or weapon as subject stands for its author: the object of its "by", else a modifier
    naming an actor ("A Russian missile struck Odesa": Russia's forces)."""
    acts = ARMED_ACTS | LAUNCHED_WEAPONS
    if agent.lemma_.lower() not in acts and agent.lower_ not in acts:
        return [agent]
    # "An attack on a checkpoint by ISWAP fighters": the small model hangs the act's "by" on its object
    hit = prep_objects(agent, "on") + prep_objects(agent, "against")
    by = prep_objects(agent, "by", BY_DEPS) or [b for o in hit for b in prep_objects(o, "by", BY_DEPS)]
    if by:
        return by
    return [c for c in agent.children if c.dep_ in {"amod", "compound", "poss"} and _names_actor(c)] or [agent]


def _act_object(trigger: Token) -> bool:
    """An active verb whose object is an act ("investigating crimes", "rejected calls"): its "by" is the act's author."""
    return any(c.dep_ in SUBJECT_DEPS for c in trigger.children) and any(
        c.dep_ in OBJECT_DEPS and c.lower_ in target_cues().acts for c in trigger.children
    )


def joint_objects(trigger: Token) -> list[Token]:
    """"launched an offensive with X": objects that make a "with" phrase name a partner."""
    joint = target_cues().joint_operations
    return [c for c in trigger.children if c.dep_ in OBJECT_DEPS and c.pos_ == "NOUN" and c.lemma_.lower() in joint]


def _joint_partner(trigger: Token, prep: Token) -> bool:
    return prep.lower_ == "with" and bool(joint_objects(trigger))


def _own(obj: Token) -> bool:
    """"deployed its troops", "deployed 500 troops": the initiator's own forces are not a target."""
    if obj.dep_ == "dobj" and obj.head.lemma_.lower() in target_cues().movers:
        return True
    return any(c.dep_ == "poss" and c.lower_ in target_cues().own for c in obj.children)


def _participants(trigger: Token) -> list[Token]:
    """"rebels were involved in clashes with…": the subject of the participation verb over the event noun."""
    if trigger.dep_ != "pobj" or trigger.head.dep_ != "prep":
        return []
    verb = trigger.head.head
    if verb.lemma_.lower() not in target_cues().participation:
        return []
    return [c for c in verb.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]


def _agents_of_the_attack(trigger: Token) -> list[Token]:
    """"three soldiers were wounded in an attack by rebels": the attack's "by" names the initiator."""
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "during"}:
            for noun in prep.children:
                if noun.dep_ == "pobj" and is_event_noun(noun):
                    for by in noun.children:
                        if by.dep_ in {"prep", "agent"} and by.lower_ == "by":
                            return [c for c in by.children if c.dep_ == "pobj"]
    return []


def clause_subjects(trigger: Token) -> list[Token]:
    """Subjects of a "that"-clause the trigger governs: "warned that police will no longer tolerate…", "its
    demands that the government grant…" (a noun's clause)."""
    return [
        content_head(c)
        for comp in trigger.children
        if comp.dep_ == "ccomp" or (comp.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in comp.children))
        for c in comp.children
        if c.dep_ in SUBJECT_DEPS and not is_unresolved(c)
    ]


def _infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _takes_of_target(trigger: Token) -> bool:
    return trigger.pos_ in {"NOUN", "PROPN"} and trigger.lemma_.lower() not in INTRANSITIVE_NOUNS


def _complement_targets(trigger: Token, depth: int = 2) -> list[Token]:
    """"threatened to shell Iraqi positions", "refused to allow UN planes": the target of the action the trigger governs."""
    out: list[Token] = []
    for comp in trigger.children:
        if comp.dep_ != "xcomp" or comp.pos_ not in {"VERB", "AUX"}:
            continue
        passive = any(c.dep_ == "auxpass" for c in comp.children)
        for child in comp.children:
            if child.dep_ == "ccomp" and _infinitive(child):  # "refused to allow UN planes to land"
                out.extend(c for c in child.children if c.dep_ in SUBJECT_DEPS and not is_unresolved(c))
            elif child.dep_ in OBJECT_DEPS:
                if not passive and not is_event_noun(child):
                    out.append(child)
                joint = child.lemma_.lower() in target_cues().joint_operations
                out.extend(  # "refused to lift the curfew on Palestinians", "threatened to break off relations with X"
                    c for p in child.children
                    if p.dep_ == "prep" and p.lower_ in target_cues().object_preps and not (joint and p.lower_ == "with")
                    and not is_alongside(p)
                    for c in p.children if c.dep_ == "pobj" and c.lemma_.lower() not in INSTRUMENTS
                )
            elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
                out.extend(c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() not in INSTRUMENTS)
        if not out and depth > 1:
            out = _complement_targets(comp, depth - 1)
        if out:
            break
    return out


def between_parties(trigger: Token, agents: list[Token] | None = None) -> list[Token]:
    """"a deal was struck between X and Y" -> [X] (Y follows as its conjunct).

    Also "clashes broke out between X and Y" (on the light verb) and "clashes between X and Y
    killed…" (on the event noun that is the trigger's subject).
    """
    holders = [trigger]
    if trigger.dep_ in SUBJECT_DEPS:
        holders.append(trigger.head)
    holders += [a for a in agents or [] if is_event_noun(a) or a.lemma_.lower() in {"clash", "fighting", "battle"}]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ == "between":
                return [c for c in child.children if c.dep_ == "pobj"]
    return []


def agentless_passive(trigger: Token, agents: list[Token]) -> bool:
    return not agents and any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in trigger.children)


CIRCUMSTANCE_MARKS = frozenset({"when", "as", "after"})


def circumstance_agents(trigger: Token) -> list[Token]:
    """"Two villagers were killed when suspected Kuki militants fired on…": a subjectless trigger's
    perpetrator is the subject of the "when"-clause that tells how it happened."""
    return [
        content_head(c)
        for clause in trigger.children
        if clause.dep_ == "advcl" and clause.pos_ in {"VERB", "AUX"}
        and any(m.dep_ in {"mark", "advmod"} and m.lower_ in CIRCUMSTANCE_MARKS for m in clause.children)
        for c in clause.children
        if c.dep_ in SUBJECT_DEPS and not is_unresolved(c)
    ]


def consequence_targets(trigger: Token) -> list[Token]:
    """Objects of subjectless consequence verbs ("…, killing five civilians", "… and killed 12 soldiers")."""
    out = []
    for child in trigger.children:
        if child.dep_ in {"advcl", "conj"} and child.pos_ == "VERB" and not is_aside(child) and not any(
            c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in child.children
        ):
            out.extend(content_head(c) for c in child.children if c.dep_ in OBJECT_DEPS)
    return out


def governed_targets(trigger: Token) -> list[Token]:
    """Targets of the action the trigger governs ("agreed to lift embargoes … to Iran", "said it would
    allow…"): tried when the trigger's own objects name no actor ("with strings attached")."""
    return _complement_targets(trigger) or _reported_targets(trigger)


def casualty_subjects(trigger: Token) -> list[Token]:
    """"Three civilians died in shelling", "two soldiers were killed in an ambush", "five protesters died after
    police opened fire": the event hangs on a verb whose subject suffered it, so that subject is the target."""
    if trigger.dep_ in {"pobj", "pcomp"} and trigger.head.dep_ == "prep":
        verb = trigger.head.head
    elif trigger.dep_ == "advcl":
        verb = trigger.head
    else:
        return []
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    suffered = PASSIVE_SUBJECT_DEPS | (SUBJECT_DEPS if verb.lemma_.lower() in target_cues().casualties else set())
    return [content_head(c) for c in verb.children if c.dep_ in suffered and not is_unresolved(c)]


def is_aside(verb: Token) -> bool:
    """A subjectless clause that is no consequence of the trigger: a purpose ("to overhaul the judiciary")
    or the initiator's own words ("citing domestic opposition", "saying he must resign")."""
    return _infinitive(verb) or verb.lemma_.lower() in target_cues().asides


def _reported_targets(trigger: Token) -> list[Token]:
    """"Iraq said it would allow…", "NATO confirmed it would tighten the blockade of Serbia": a speaker
    reporting its own action (the said clause's subject is a pronoun) has that action's target."""
    if trigger.lemma_.lower() not in reporting_verbs():
        return []
    for clause in (c for c in trigger.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}):
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        if subjects and all(is_unresolved(s) for s in subjects):
            return argument_heads(clause)[1]
    return []


def _event_noun_parties(noun: Token) -> list[Token]:
    """"tighten the blockade of Serbia", "prevented the demonstration staged by students": the party an
    event noun is about, or its author, is who an action on that event targets."""
    found = prep_objects(noun, "of") if noun.lemma_.lower() not in INTRANSITIVE_NOUNS else []
    found += prep_objects(noun, "by", BY_DEPS)
    found += [o for acl in noun.children if acl.dep_ == "acl" and acl.tag_ == "VBN" for o in prep_objects(acl, "by", BY_DEPS)]
    return found


def _is_time(token: Token) -> bool:
    """"on Wednesday": a when, not a whom (and a date object would hide the fallbacks that find the target)."""
    return token.ent_type_ in TIME_ENTITIES


def _bare_instrument(obj: Token) -> bool:
    """"launched artillery" is no target; "downed a Russian drone" is (its modifier names the side)."""
    if obj.lemma_.lower() not in INSTRUMENTS:
        return False
    return not any(c.dep_ in {"amod", "compound", "poss"} and _names_actor(c) for c in obj.children)


def _names_actor(token: Token) -> bool:
    return find_country(token.text) is not None or names_group(token.text)


def is_event_noun(token: Token) -> bool:
    return token.lemma_.lower() in {
        "offensive", "attack", "assault", "operation", "campaign", "strike", "raid", "protest", "siege",
        "blockade", "demonstration", "rally", "deal", "agreement", "ceasefire", "truce", "bombardment",
    }


def content_head(token: Token) -> Token:
    """"dozens of civilians" -> civilians; "around 70 others" stays (no better head)."""
    if token.lower_ in QUANTITY_HEADS:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
    return token


def is_unresolved(token: Token) -> bool:
    return token.lower_ in PRONOUNS or token.pos_ == "PRON"


def conjuncts(token: Token) -> list[Token]:
    out = []
    for child in token.children:
        if child.dep_ == "conj" or misparsed_conjunct(child):
            out.append(child)
            out.extend(conjuncts(child))
    return out


def misparsed_conjunct(token: Token) -> bool:
    """"Rebels and regime forces": the small model often makes the first conjunct a modifier of the second."""
    return token.dep_ == "nmod" and token.i < token.head.i and any(c.dep_ == "cc" for c in token.children)


def is_alongside(prep: Token) -> bool:
    """"together with Hezbollah fighters" names another actor, so it is not part of this actor's phrase."""
    if prep.dep_ != "prep":
        return False
    cues = target_cues().alongside
    before = prep.nbor(-1).lower_ if prep.i > 0 else ""
    if prep.lower_ in cues or f"{before} {prep.lower_}" in cues:
        return True
    return any(  # "in coordination with"
        f"{prep.lower_} {obj.lower_} {inner.lower_}" in cues
        for obj in prep.children if obj.dep_ == "pobj"
        for inner in obj.children if inner.dep_ == "prep"
    )
