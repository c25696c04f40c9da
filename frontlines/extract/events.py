"""Event detection and ACLED typing: which actions a sentence reports, and of what kind.

A trigger word (frontlines/data/events/triggers.yaml) opens a candidate; framing drops
hypotheticals, denials and commentary; the typing rules (text_rules.yaml) label the
trigger's clause; consequences of one action ("…, killing seven soldiers") merge into it,
so a sentence yields one mention per distinct action, as an ACLED coder counts them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from frontlines.data import read_yaml
from frontlines.errors import InputError
from frontlines.extract import event_model, framing
from frontlines.extract.actors import argument_heads
from frontlines.extract.date_offsets import earlier_by
from frontlines.extract.displacement import flight_only
from frontlines.extract.event_rules import (
    VIOLENT_TYPES,
    RuleMatch,
    event_label,
    match_text,
    rules,
)
from frontlines.extract.history_events import (
    dated_apart,
    is_expulsion,
    is_outbreak_verb,
    is_war_noun,
    told_war_outbreak,
)
from frontlines.extract.mob_attacks import by_mob
from frontlines.extract.protest_escalation import crowd_pronoun
from frontlines.extract.repelled_attacks import repelled_attack
from frontlines.extract.territory_sides import taker_kind, target_inters
from frontlines.extract.types import EventLabel, EventMention
from frontlines.model import Span

TERRITORIAL = {"Non-state actor overtakes territory", "Government regains territory", "Non-violent transfer of territory"}
NOUN_EVENT_HEADS = {"kill", "injure", "wound", "hit", "strike", "target", "destroy", "damage", "leave", "claim", "rock", "occur", "erupt", "continue", "happen", "take", "force", "displace", "cause", "spark", "break", "flare", "resume", "intensify", "escalate", "be"}


@dataclass
class _Candidate:
    token: Token  # head token the mention is anchored on
    extra: Token | None  # event noun of a light verb ("launched" + "offensive")
    label: EventLabel
    rank: int
    civilian_victims: bool
    placeless: bool = False  # a territory verb whose object is a thing, not a place ("seized weapons")


# Catch-all rules ("killed" -> Armed clash, "explosion" -> IED, "fled" -> Other) type by one
# word; where they are all that fired, a model guess above this probability wins. 0.3 was
# picked by 5-fold cross-validation on the model's own examples (examples.yaml); re-checked with the
# CASE-trained model by 5-fold CV on CASE odd-id rows (0.2 / 0.3 / 0.5 within one row of each other).
CATCH_ALL_RULES = frozenset({"armed_clash", "explosion_generic", "other"})
MODEL_OVER_CATCH_ALL = 0.3
ARMED_INTERS = {1, 2, 3, 4, 8}  # state forces, rebels, political and identity militias, external forces
REPELLED_SCORE = 0.9  # above MODEL_RETYPES_BELOW: the repelling verb settles the type


def classify_text(text: str) -> EventLabel | None:
    """ACLED label for a snippet; None when it reports no ACLED event (disaster, crime, diplomacy…).

    The typing rules and the trained model (event_model.py) vote: the model's probability of
    the rules' label is boosted by a cross-validated factor, so a rule settles close calls and
    a confident model overrules a brittle rule. Without the model the rules decide alone. The
    whole snippet is matched: restricting to the lead sentence measured worse on CASE.
    """
    if not isinstance(text, str):
        raise InputError("classify_text needs a string", source=repr(type(text).__name__))
    found = match_text(text)
    if event_model.enabled():
        rule = None if found is None else found.label if found.is_acled else event_model.NOT_ACLED
        guess = event_model.classify([text], [rule])[0]
        return None if guess.label == event_model.NOT_ACLED else event_label(guess.label, guess.probability)
    if found is None or not found.is_acled:
        return None
    return event_label(found.label)


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    data = read_yaml("events", "triggers.yaml")
    data["verb_family"] = {lemma: fam for fam, lemmas in data["verbs"].items() for lemma in lemmas}
    data["noun_family"] = {lemma: fam for fam, lemmas in data["nouns"].items() for lemma in lemmas}
    data["light_object_family"] = {w: fam for fam, words in data["light_objects"].items() for w in words}
    for key in ("light_verbs", "territorial_objects", "weapon_objects", "power_objects", "response_purposes", "response_destinations", "agreement_verbs", "temporary_adverbs", "scene_nouns", "precaution_words", "taken_places"):
        data[key] = frozenset(data[key])
    return data


def detect_events(sent: SpacySpan) -> list[EventMention]:
    """One mention per distinct action the sentence reports as having happened."""
    country = _country_hint(sent)
    whole = match_text(sent.text)
    if whole is not None and not whole.is_acled:
        if not outbreak_of_event(sent, whole):
            return []  # disaster, accident, crime, diplomacy or a claim of responsibility
        whole = None  # "after clashes erupted": the cue word tells a fight breaking out, not a volcano
    elif whole is not None and outbreak_of_event(sent, whole):
        whole = None  # "killed five people after clashes erupted": the clashes are the scene, the killing the event
    candidates = []
    untyped: set[int] = set()  # trigger words whose family's typing saw no event
    for tok in sent:
        found = _trigger(tok, sent)
        if found is None:
            continue
        family, extra = found
        if framing.is_irrealis(sent, tok.i) or (extra is not None and framing.is_irrealis(sent, extra.i)):
            continue
        if framing.tells_no_occurrence(sent, tok.i):
            continue
        if awaited(tok):
            continue
        if _clause_not_acled(tok, extra, whole):
            continue
        label, civilian = _type(tok, extra, family, sent, country)
        if label is not None and (
            (label.sub_event_type == "Change to group/activity" and (deployed_in_response(tok) or reinforces_told_fight(tok)))
            or (family == "change" and deployed_ahead(tok))
        ):
            untyped.add(tok.i)
            continue
        if label is not None:
            placeless = family == "territory" and _takes_thing(tok, extra)
            candidates.append(_Candidate(tok, extra, label, _rank(label), civilian, placeless))
        else:
            untyped.add(tok.i)
    if not candidates and whole is not None:
        fallback = _rule_candidate(sent, whole)
        # a trigger its own family found no event in ("mourners gathered at the cemetery") is not
        # retyped by the sentence's loosest cue for it
        if fallback is not None and fallback.token.i not in untyped:
            candidates.append(fallback)
    if not candidates:
        candidates += _war_outbreak_candidate(sent, country)
    _sentence_over_weak(sent, whole, candidates)
    _second_capture(candidates)
    _mob_over_generic(candidates)
    _context_not_acled(sent, whole, candidates)
    _repelled_as_clash(candidates)
    _model_over_catch_all(sent, whole, candidates)
    mentions = []
    for cand in _merge(candidates):
        start_tok = min(cand.token, cand.extra or cand.token, key=lambda t: t.i)
        end_tok = max(cand.token, cand.extra or cand.token, key=lambda t: t.i)
        start, end = start_tok.idx, end_tok.idx + len(end_tok.text)
        hedged = (
            framing.is_hedged(sent, cand.token.i)
            or (cand.extra is not None and framing.is_hedged(sent, cand.extra.i))
            or framing.is_hedged_place(sent, cand.token.i)
        )
        mentions.append(
            EventMention(
                label=cand.label,
                trigger=Span(start, end, sent.doc.text[start:end]),
                trigger_token=cand.token.i,
                sentence=Span(sent.start_char, sent.end_char, sent.text),
                civilian_targeting=cand.label.event_type == "Violence against civilians"
                or (cand.civilian_victims and cand.label.event_type == "Explosions/Remote violence"),
                hedged=hedged,
                background=framing.is_background(sent, cand.token.i),
                confidence=round(0.5 + 0.4 * cand.label.score, 2),
            )
        )
    return mentions


def report_level_label(main: EventLabel, labels: list[EventLabel]) -> str | None:
    """The sub-event type ACLED codes a report's main event as, when other mentions of the same
    report settle it (triggers.yaml `report_overrides`): None keeps the main mention's own label."""
    present = {label.sub_event_type for label in labels}
    overrides = _lexicon()["report_overrides"].get(main.sub_event_type, [])
    return next((wanted for wanted in overrides if wanted in present), None)


WEAK_SCORE = 0.6  # below: typed by a family default or a catch-all rule, not a specific rule
SENTENCE_OVER = 0.7  # at or below: the trigger's clause matched no rule more specific than "Armed clash"/"Attack"
# The model may also retype the generic "Armed clash"/"Attack" labels (0.7) of a sentence no specific rule
# matched: chosen over WEAK_SCORE by 5-fold CV on CASE 2021 odd-id rows (scripts/train_event_model.py).
MODEL_RETYPES_BELOW = 0.75


def _sentence_over_weak(sent: SpacySpan, whole: RuleMatch | None, candidates: list[_Candidate]) -> None:
    """A weakly typed candidate takes the sentence's specific rule label when that rule's cue is in its own phrase.

    The family's rule subset can miss the cue that types the action ("two firearms … were
    seized" is a territory verb with a weapons object; "the attacks, mostly using grenades").
    The cue must sit in the candidate's own phrase (`_own_words`), so a cue of another action in the same
    sentence ("that deal broke down, resulting in an offensive") does not retype it.
    """
    if whole is None or not whole.is_acled or whole.rule_id in CATCH_ALL_RULES:
        return
    if any(c.label.sub_event_type == whole.label for c in candidates):
        return  # the cue already has its own mention; the others are distinct actions
    cue = sent.start_char + whole.start
    if any(_held_briefly(c.token) and c.token.idx <= cue < c.token.idx + len(c.token.text) for c in candidates):
        return  # the cue is a capture its own typing found temporary ("briefly seized": a raid)
    for cand in candidates:
        if cand.label.score > SENTENCE_OVER:
            continue
        if whole.label in TERRITORIAL and (cand.placeless or (cand.label.event_type in VIOLENT_TYPES and _object_names_no_place(cand.token))):
            continue  # its own words name no place taken ("seized a cache of chemicals", "stormed a hotel")
        if not any(t.idx <= cue < t.idx + len(t.text) for t in _own_words(cand)):
            continue
        if whole.label == "Peaceful protest" and cand.label.event_type in VIOLENT_TYPES:
            continue  # "attacked supporters at a rally": the gathering was attacked, it did not protest
        if cand.label.sub_event_type == "Arrests" and any(t.idx <= cue < t.idx + len(t.text) for t in _arrest_reason(cand.token)):
            continue  # "arrested a suspect in connection with the blast": the cue is why, not what was done
        cand.label = event_label(whole.label, 0.6)
        cand.rank = _rank(cand.label)
        if cand.label.event_type == "Violence against civilians":
            cand.civilian_victims = True


def _arrest_reason(tok: Token) -> list[Token]:
    """The words of an arrest's reason phrase ("over the attack", "in connection with the blast")."""
    reasons = _lexicon()["arrest_reasons"]
    words: list[Token] = []
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        heads = [prep] + [g for g in prep.children if g.dep_ == "pobj" and g.lower_ == "connection"]
        if any(h.lower_ in reasons for h in heads):
            words += list(prep.subtree)
    return words


def _second_capture(candidates: list[_Candidate]) -> None:
    """A capture verb whose object is a bare name the tagger did not read as a place ("seized Saraqeb
    on Monday and took control of Maarat al-Numan on Tuesday") is typed like the sentence's other,
    territorial capture: the same side took both places (the sentence rule types only one)."""
    lex = _lexicon()
    taken = next((c.label for c in candidates if c.label.sub_event_type in TERRITORIAL - {"Non-violent transfer of territory"}), None)
    if taken is None:
        return
    for cand in candidates:
        direct = [c for c in cand.token.children if c.dep_ in {"dobj", "nsubjpass"}]
        if (
            cand.label.sub_event_type == "Armed clash"
            and lex["verb_family"].get(cand.token.lemma_.lower()) == "territory"
            and direct
            and all(o.pos_ == "PROPN" for o in direct)
        ):
            cand.label = event_label(taken.sub_event_type, 0.6)
            cand.rank = _rank(cand.label)


def _mob_over_generic(candidates: list[_Candidate]) -> None:
    """Generic violence ("attacked", "clashed") by thugs, supporters or a mob is Mob violence (mob_attacks.py)."""
    for cand in candidates:
        if cand.label.sub_event_type in GENERIC_VIOLENCE and cand.label.score <= SENTENCE_OVER and by_mob(cand.token):
            cand.label = event_label("Mob violence", 0.6)
            cand.rank = _rank(cand.label)


def _clause_not_acled(tok: Token, extra: Token | None, whole: RuleMatch | None) -> bool:
    """The trigger's own clause is a non-ACLED story inside an ACLED sentence ("demonstrations
    for two students killed in a road accident"): the sentence check alone would keep it."""
    clause = _clause_tokens(tok, extra)
    if whole is None or len(clause) == len(tok.sent):
        return False
    found = match_text(" ".join(t.text for t in clause))
    return found is not None and not found.is_acled


def _context_not_acled(sent: SpacySpan, whole: RuleMatch | None, candidates: list[_Candidate]) -> None:
    """Drop weakly typed candidates of a sentence that continues a non-ACLED story.

    "…propane containers exploded during a fire in a garage. When the explosion occurred, …":
    the second sentence alone reads like a bombing; the one before says it was an accident.
    A noun that points back ("the explosion") goes even when a specific rule typed it.
    """
    if not candidates or sent.start == 0:
        return
    generic = whole is None or whole.rule_id in CATCH_ALL_RULES
    if not generic and not any(_refers_back(c.token) for c in candidates):
        return
    before = sent.doc[sent.start - 1].sent
    previous = match_text(before.text)
    if previous is None or previous.is_acled or outbreak_of_event(before, previous):
        return  # "The war erupted in April. In June, the governor was killed": a war, not a volcano
    candidates[:] = [
        c
        for c in candidates
        if not _refers_back(c.token) and (not generic or (c.label.score >= WEAK_SCORE and c.label.sub_event_type != "Armed clash"))
    ]


def _told_event_described(tok: Token) -> bool:
    """ "The attack is the latest in a wave of violence": a definite event noun as the subject of
    "be" describes an event the report already told; it is no new one."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "be" and _refers_back(tok)


def _refers_back(tok: Token) -> bool:
    """An event noun with a definite determiner ("the explosion", "this attack") names an event already told."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in tok.children)


def _own_words(cand: _Candidate) -> list[Token]:
    """The trigger's own phrase (and its verb's, for a subject or object noun): narrower than _clause_tokens.

    A relative clause with its own subject inside that phrase reports what a participant did
    elsewhere ("dispersed activists who broke into the building"): its words are left out.
    """
    heads = [cand.token] + ([cand.extra] if cand.extra is not None else [])
    if cand.token.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        heads.append(cand.token.head)
    words: list[Token] = []
    for head in heads:
        words += _without_other_clauses(head, keep=cand.token)
    return words


def _without_other_clauses(head: Token, keep: Token) -> list[Token]:
    """`head`'s subtree minus relative clauses with their own subject (unless they hold `keep`)."""
    out = [head]
    for child in head.children:
        other = child.dep_ in {"relcl", "acl"} and _has_own_subject(child) and keep not in child.subtree
        if not other:
            out += _without_other_clauses(child, keep)
    return out


def outbreak_of_event(sent: SpacySpan, found: RuleMatch) -> bool:
    """The cue is an outbreak: a verb whose subject is an event word, or that event word as the
    subject of an outbreak verb ("clashes erupted", "fighting broke out")."""
    start = sent.start_char + found.start
    cue = next((t for t in sent if t.idx <= start < t.idx + len(t.text)), None)
    if cue is None:
        return False
    families = _lexicon()["noun_family"]
    if cue.pos_ == "NOUN" and cue.dep_ == "nsubj" and cue.head.dep_ == "advcl":  # "…after clashes erupted"
        return (families.get(cue.lemma_.lower()) or families.get(cue.lower_)) == "battle" and is_outbreak_verb(cue.head)
    if cue.pos_ != "VERB":
        return False
    if is_outbreak_verb(cue) and any(c.dep_ == "nsubj" and is_war_noun(c) for c in cue.children):
        return True  # "the war erupted in April"
    return any(c.dep_ == "nsubj" and (families.get(c.lemma_.lower()) or families.get(c.lower_)) for c in cue.children)


def _war_outbreak_candidate(sent: SpacySpan, country: str | None) -> list[_Candidate]:
    """A sentence whose only event is a war's outbreak ("The war erupted in April, when …") tells
    the fighting that began it (history_events.py); any other event it tells is coded instead."""
    war = told_war_outbreak(sent)
    if war is None or framing.is_irrealis(sent, war.i) or framing.is_irrealis(sent, war.head.i):
        return []
    label, civilian = _type(war, None, "battle", sent, country)
    return [_Candidate(war, None, label, _rank(label), civilian)] if label is not None else []


def _repelled_as_clash(candidates: list[_Candidate]) -> None:
    """"repelled a Russian assault", "thwarted an attack by Boko Haram": the sides fought, so an
    Armed clash anchored on the attack (its arguments are the attackers), firm enough that
    neither the model nor a weapons rule ("thwarted") retypes it."""
    for cand in candidates:
        found = repelled_attack(cand.token) or (repelled_attack(cand.extra) if cand.extra is not None else None)
        if found is None:
            continue
        cand.token, cand.extra = found[1], None
        cand.label = event_label("Armed clash", REPELLED_SCORE)
        cand.rank = _rank(cand.label)
        cand.civilian_victims = cand.placeless = False


def _model_over_catch_all(sent: SpacySpan, whole: RuleMatch | None, candidates: list[_Candidate]) -> None:
    """classify_text's policy per sentence: where the sentence matched no rule or only a catch-all
    one, a confident model retypes the weakly or generically typed candidates, or drops them as non-events.

    Only sentences with a weak candidate are embedded (one call per such sentence), so most
    sentences cost nothing.
    """
    weak = [c for c in candidates if c.label.score < MODEL_RETYPES_BELOW]
    if not weak or (whole is not None and whole.rule_id not in CATCH_ALL_RULES) or not event_model.enabled():
        return
    guess = event_model.classify([sent.text])[0]
    if guess.probability <= MODEL_OVER_CATCH_ALL:
        return
    if guess.label == event_model.NOT_ACLED:
        for cand in weak:
            candidates.remove(cand)
        return
    if not _weapon_named(sent, whole, guess.label):
        return
    if event_label(guess.label).event_type == "Violence against civilians":
        # "Militants attacked soldiers …": an attack on a fighting force is never violence against civilians
        country = _country_hint(sent)
        weak = [c for c in weak if not target_inters(c.token, country) & ARMED_INTERS]
    for cand in weak:
        cand.label = event_label(guess.label, 0.5)
        cand.rank = _rank(cand.label)
        if cand.label.event_type == "Violence against civilians":
            cand.civilian_victims = True


def _weapon_named(sent: SpacySpan, whole: RuleMatch | None, sub_event_type: str) -> bool:
    """ACLED types remote violence by its weapon, so the model may only give a weapon type the
    sentence names: one of that type's rules matches, or an explosion of unnamed kind was
    reported ("an explosion hit…"). Other types need no such cue."""
    if event_label(sub_event_type).event_type != "Explosions/Remote violence":
        return True
    if whole is not None and whole.rule_id == "explosion_generic":
        return True
    ids = frozenset(rule.id for rule in rules() if rule.label == sub_event_type)
    return match_text(sent.text, only=ids) is not None


def _rule_candidate(sent: SpacySpan, found: RuleMatch) -> _Candidate | None:
    """No trigger word, but the typing rules recognise the sentence: anchor on the matched cue."""
    start = sent.start_char + found.start
    tok = next((t for t in sent if t.idx <= start < t.idx + len(t.text) + 1), None)
    if tok is not None and tok.dep_ == "amod" and tok.tag_ == "VBN":
        return None  # "a city of displaced people", "destroyed buildings": a state described, not an action told
    if tok is not None and tok.dep_ in {"compound", "amod"} and framing.is_irrealis(sent, tok.head.i):
        return None  # "paid to disrupt the peace talks": the cue names what someone is after, not what was done
    if tok is not None and (tok.dep_ in {"amod", "compound", "nmod"} or tok.pos_ not in {"VERB", "NOUN", "PROPN"}):
        # a modifier cue ("poison gas", "Air Force", "grenade attack") types the sentence's main verb
        # when that verb reports a past action: present-tense captions describe a scene
        root = sent.root
        tok = root if root.pos_ == "VERB" and root.tag_ in {"VBD", "VBN"} and root.lemma_.lower() not in {"be", "have"} else None
        if root.lemma_.lower() == "be" and root.tag_ == "VBD":
            # "the square was the scene of escalating violence" reports that violence at that place
            tok = next((c for c in root.children if c.dep_ == "attr" and c.lemma_.lower() in _lexicon()["scene_nouns"]), None)
    if tok is None or _told_event_described(tok):
        return None  # "the rubble of destroyed buildings" describes a scene, not an action
    if found.label == "Other" and flight_only(tok):
        return None  # "residents fled to nearby forests": ACLED codes the violence, not the flight
    if found.label == "Change to group/activity" and reinforces_told_fight(tok):
        return None  # "reinforcements had been sent from Bouar" after the attack: a response to it
    if framing.is_irrealis(sent, tok.i) or framing.is_commentary(sent, tok.i) or _hedge_modified(tok):
        return None
    if framing.tells_no_occurrence(sent, tok.i) or awaited(tok):
        return None
    label = event_label(found.label, 0.4)
    return _Candidate(tok, None, label, _rank(label), label.event_type == "Violence against civilians")


def _country_hint(sent: SpacySpan) -> str | None:
    hint = sent.doc.user_data.get("country") if hasattr(sent.doc, "user_data") else None
    return hint if isinstance(hint, str) else None


def _trigger(tok: Token, sent: SpacySpan) -> tuple[str, Token | None] | None:
    """(family, event noun of a light verb) if `tok` can express an event here."""
    lex = _lexicon()
    lemma = tok.lemma_.lower()
    lower = tok.lower_
    if tok.pos_ == "VERB" and tok.dep_ not in {"amod", "compound"}:
        objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "attr"}]
        if tok.dep_ in {"acl", "relcl"}:
            objects.append(tok.head)
        if lemma in lex["light_verbs"] or lemma == "strike":
            return _light_verb_trigger(tok, lemma, objects)
        fam = lex["verb_family"].get(lemma) or lex["verb_family"].get(lower) or ("territory" if is_expulsion(tok) else None)
        if fam and not _objects_allowed(fam, objects):
            return None
        if fam == "abduction" and lemma == "disappear" and not any(c.dep_ == "auxpass" for c in tok.children):
            return None
        if fam == "agreement" and tok.dep_ in {"xcomp"}:
            return None
        if fam:
            return fam, None
        return None
    if (fam := _headline_verb(tok)) is not None:
        return fam, None
    fam = lex["noun_family"].get(lemma) or lex["noun_family"].get(lower)
    if fam and tok.pos_ in {"NOUN", "PROPN", "ADJ"} and tok.dep_ != "compound" and tok.ent_type_ != "DATE":  # "in March"
        if fam == "agreement":
            return None  # agreements are reported through their verb ("a deal was struck")
        if framing.is_commentary(sent, tok.i) or _hedge_modified(tok):
            return None
        head = tok.head
        if tok.dep_ == "ROOT":
            return fam, None
        if tok.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in NOUN_EVENT_HEADS:
            if _told_event_described(tok):
                return None
            return fam, None
        if tok.dep_ == "pobj" and head.lower_ in {"in", "during", "amid"} and head.head.pos_ == "VERB":
            return fam, None
        if tok.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in NOUN_EVENT_HEADS:
            return fam, None  # the agent of a harm: "homes hit by an air raid"
        if tok.dep_ == "attr" and head.lemma_.lower() == "be":
            return fam, None
    return None


def _headline_verb(tok: Token) -> str | None:
    """The verb family of a present-tense headline verb the tagger read as a noun.

    "Gunmen storm hotel in Mogadishu": the parser still gives "storm" a subject and an
    object, which no noun has. "Rebels overrun army base": a bare singular noun between a
    plural noun and the noun it modifies, in a sentence with no verb before it, is the verb
    of a headline. Either way the word must be a verb of the trigger lexicon in its base or
    third-person form ("storm", "storms").
    """
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    deps = {c.dep_ for c in tok.children}
    argued = "nsubj" in deps and "dobj" in deps
    if not argued and not _headline_compound(tok):
        return None
    families = _lexicon()["verb_family"]
    lower = tok.lower_
    forms = [lower] + ([lower[:-1]] if lower.endswith("s") else []) + ([lower[:-2]] if lower.endswith("es") else [])
    return next((families[f] for f in forms if f in families), None)


def _headline_compound(tok: Token) -> bool:
    """ "Youths loot shops": plural subject, bare verb read as a compound, then its object."""
    sent = tok.sent
    if tok.dep_ != "compound" or tok.tag_ != "NN" or tok.i == sent.start or tok.head.i <= tok.i:
        return False
    before = tok.doc[tok.i - 1]
    return before.tag_ in {"NNS", "NNPS"} and not any(t.pos_ in {"VERB", "AUX"} for t in tok.doc[sent.start : tok.i])


LIGHT_OBJECT_VERBS = {
    "territory": {"take", "seize", "gain", "wrest", "regain"},
    "base": {"set", "establish", "build", "open"},
    "battle": {"open", "fire"},
}


def _light_verb_trigger(tok: Token, lemma: str, objects: list[Token]) -> tuple[str, Token | None] | None:
    """Light verbs ("launched an offensive", "threw a grenade", "set up a base") take their family from the object."""
    lex = _lexicon()
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    for obj in objects:
        olemma = obj.lemma_.lower()
        noun_fam = lex["noun_family"].get(olemma) or lex["noun_family"].get(obj.lower_)
        if noun_fam == "agreement":
            if lemma in lex["agreement_verbs"]:
                return "agreement", obj
            continue
        if lemma == "set" and olemma == "fire":
            return "property", obj
        fam = lex["light_object_family"].get(olemma) or lex["light_object_family"].get(obj.lower_)
        if fam is not None:
            allowed = LIGHT_OBJECT_VERBS.get(fam)
            if allowed is None or lemma in allowed:
                return fam, obj
            continue
        if noun_fam:
            return noun_fam, obj
    if "up" in particles and lemma == "take" and any(o.lemma_.lower() in lex["weapon_objects"] for o in objects):
        return None  # "took up arms (again)": a group's stance, not a capture of weapons
    if "up" in particles and lemma == "blow":
        return "explosive", None
    if "over" in particles and lemma == "take":
        return "territory", None
    if not particles and lemma == "take" and any(o.dep_ == "dobj" and o.lemma_.lower() in lex["taken_places"] for o in objects):
        return "territory", None  # "later took the town of Rugari"
    if "over" in particles and lemma == "hand":
        return "transfer", None
    if ("up" in particles and lemma == "break") or ("down" in particles and lemma == "crack"):
        return ("intervene", None) if _objects_allowed("intervene", objects, through_preps=tok) else None
    if lemma == "strike":
        return "battle", None
    return None


def _objects_allowed(family: str, objects: list[Token], through_preps: Token | None = None) -> bool:
    """Families with an object list (intervening against protests) need one of those objects."""
    wanted = _lexicon()["families"][family].get("objects")
    if not wanted:
        return True
    pool = list(objects)
    if through_preps is not None:
        pool += [c for p in through_preps.children if p.dep_ == "prep" for c in p.children]
    return any(o.lemma_.lower() in wanted or o.lower_ in wanted or crowd_pronoun(o, _tells_protest) for o in pool)


def _tells_protest(tok: Token) -> bool:
    lex = _lexicon()
    family = lex["verb_family"] if tok.pos_ == "VERB" else lex["noun_family"]
    return (family.get(tok.lemma_.lower()) or family.get(tok.lower_)) == "protest"


def _hedge_modified(tok: Token) -> bool:
    return any(ch.lower_ in {"possible", "alleged", "potential", "planned", "threatened", "expected"} for ch in tok.children)


def _clause_text(tok: Token, extra: Token | None) -> str:
    return " ".join(t.text for t in _clause_tokens(tok, extra))


def _clause_tokens(tok: Token, extra: Token | None) -> list[Token]:
    """The words that type the trigger: its clause, widened to the main clause for subjectless participles."""
    anchor = tok
    if tok.dep_ in {"acl", "relcl"} or (tok.pos_ in {"NOUN", "PROPN", "ADJ"} and tok.head.pos_ == "VERB"):
        anchor = tok.head
    elif tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB":  # "used in an attack"
        anchor = tok.head.head
    if tok.dep_ == "acl":
        anchor = _noun_phrase_top(anchor)  # "thousands of opponents of the coup gathered": the crowd is the subject
    for _ in range(2):
        if anchor.dep_ in {"advcl", "conj", "xcomp"} and not _has_own_subject(anchor) and anchor.head != anchor:
            anchor = anchor.head
    tokens = list(anchor.subtree) if _headline_verb(tok) is None else list(tok.sent)  # a headline is one clause
    if extra is not None and extra not in tokens:
        tokens.extend(extra.subtree)
    for prep in [c for c in tok.children if c.dep_ == "prep" and not list(c.children)]:
        tokens.extend(t for t in _dangling_object(prep) if t not in tokens)
    tokens.sort(key=lambda t: t.i)
    return tokens


def _dangling_object(prep: Token) -> list[Token]:
    """The noun phrase right after a preposition the parser left without an object ("attacked
    Tuesday with suspected poisonous gas believed to…" hangs "gas" elsewhere): it is still the
    instrument or place of the action, so the words up to that noun type it."""
    out: list[Token] = []
    for tok in prep.doc[prep.i + 1 : prep.sent.end]:
        if tok.pos_ in {"NOUN", "PROPN"}:
            return out + [tok]
        if tok.dep_ not in {"det", "amod", "compound", "nummod", "nmod", "advmod", "poss"}:
            return []
        out.append(tok)
    return []


def _noun_phrase_top(noun: Token) -> Token:
    """The head of the whole noun phrase a noun sits in through "of"-style attachments: a participle
    the parser hung on the last noun ("opponents of the coup gathered") describes the first."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
        noun = noun.head.head
    return noun


def _objects(tok: Token, extra: Token | None) -> list[Token]:
    out = []
    if _headline_compound(tok):
        out.append(tok.head)  # "overrun army base": the noun the verb was read into is its object
    for base in [tok] + ([extra] if extra is not None else []):
        for child in base.children:
            if child.dep_ in {"dobj", "nsubjpass", "pobj"} or (child.dep_ == "prep" and base == tok):
                group = [child] if child.dep_ != "prep" else [c for c in child.children if c.dep_ == "pobj"]
                for g in group:
                    out.append(g)
                    out.extend(t for t in g.subtree if t.dep_ in {"conj", "appos"})
    return out


def _takes_place(tok: Token, extra: Token | None) -> bool:
    """Whether a territory verb's object is a place (a town, a checkpoint, a named location)."""
    objects = _objects(tok, extra)
    words = {o.lower_ for o in objects} | {o.lemma_.lower() for o in objects}
    return bool(words & _lexicon()["territorial_objects"]) or any(o.ent_type_ in {"GPE", "LOC", "FAC"} for o in objects) or is_expulsion(tok)


def _object_names_no_place(tok: Token) -> bool:
    """The action's direct object is a common noun that is no place ("stormed a hotel", "stormed
    the police station"): a raid on a building, which a capture cue elsewhere does not make a
    territorial change (ACLED: control of a location)."""
    places = _lexicon()["territorial_objects"]
    direct = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(direct) and all(
        o.pos_ == "NOUN" and not o.ent_type_ and o.lower_ not in places and o.lemma_.lower() not in places for o in direct
    )


def _takes_thing(tok: Token, extra: Token | None) -> bool:
    """A territory verb whose object is a common noun naming no place ("seized a cache", "took
    rifles"); a proper-noun object may be a town the NER missed, so it does not count."""
    direct = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(direct) and all(o.pos_ == "NOUN" for o in direct) and not _takes_place(tok, extra)


def _type(tok: Token, extra: Token | None, family: str, sent: SpacySpan, country: str | None) -> tuple[EventLabel | None, bool]:
    lex = _lexicon()
    fam = lex["families"][family]
    text = _clause_text(tok, extra)
    civilian = 7 in target_inters(tok, country)
    if family == "territory":
        objs = {o.lower_ for o in _objects(tok, extra)} | {o.lemma_.lower() for o in _objects(tok, extra)}
        kind = taker_kind(sent, tok, country)
        if not _takes_place(tok, extra):
            if objs & lex["power_objects"]:
                return event_label("Other", 0.6), False  # "seized power in a coup"
            if objs & lex["weapon_objects"] and kind == "state":
                return event_label("Disrupted weapons use", 0.6), False
            return event_label("Armed clash", 0.4), False
        if _held_briefly(tok):
            return event_label("Armed clash", 0.8), False  # held only for a while: a raid, not a takeover
        found = match_text(text, initiator=kind, only=frozenset(fam["rules"]))
        if found is not None:
            return event_label(found.label, 0.8), False
        # a side expelled from a named place ("were expelled from Bulo Burde by AU troops") lost it:
        # the parse settles the change of control, which a model's generic Armed clash may not retype
        settled = 0.8 if is_expulsion(tok) else 0.6
        if kind == "state":
            return event_label("Government regains territory", settled), False
        if kind == "nonstate":
            return event_label("Non-state actor overtakes territory", settled), False
        return event_label("Armed clash", 0.4), False
    if family == "protest" and tok.dep_ == "acl":
        text = _crowd_clause_text(tok, text)
    found = match_text(text, only=frozenset(fam["rules"])) if fam["rules"] else None
    if found is None and fam["default"] is None:
        return None, False
    if family == "one_sided":
        civilian = True
    if found is not None and found.label != "Armed clash" and found.label != "Attack":
        return event_label(found.label, 0.8), civilian
    if family in {"violence", "battle"} and civilian:
        return event_label("Attack", 0.7), True
    if found is not None:
        return event_label(found.label, 0.7), civilian
    return event_label(fam["default"], 0.5), civilian


def _crowd_clause_text(tok: Token, text: str) -> str:
    """A protest participle on a crowd ("farmers protesting the tax blocked the motorway with burning
    tyres"): the participle's own phrase says nothing of what the crowd did, and that decides how the
    protest is typed (ACLED Codebook: demonstrators' violence makes it a Violent demonstration)."""
    top = _noun_phrase_top(tok.head)
    if top.dep_ in {"nsubj", "nsubjpass"} and top.head.pos_ in {"VERB", "AUX"}:
        return " ".join(t.text for t in top.head.subtree)
    return text


def deployed_in_response(tok: Token) -> bool:
    """Forces deployed to rescue, protect or restore order: a response to an event, not news of the force itself."""
    purposes = _lexicon()["response_purposes"]
    if any(
        c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in purposes and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in tok.children
    ):
        return True
    places = _lexicon()["response_destinations"]
    to_where = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"to", "into"} for g in c.children if g.dep_ == "pobj"]
    return any(
        g.lemma_.lower() in places and not any(t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "LOC", "FAC"} for t in g.subtree)
        for g in to_where
    )


def reinforces_told_fight(tok: Token) -> bool:
    """Reinforcements sent nowhere named after the report told a fight: they answer that fight."""
    if tok.lemma_.lower() not in _lexicon()["reinforcement_words"]:
        return False
    verb = tok.head if tok.dep_ in {"nsubj", "nsubjpass", "dobj"} else tok
    preps = [c for head in {tok, verb} for c in head.children if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "into", "towards", "toward", "in"}]
    for prep in preps:
        if any(t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "LOC", "FAC"} for t in prep.subtree):
            return False  # "sent reinforcements to El Geneina": a named destination
    for before in tok.doc.sents:
        if before.start >= tok.sent.start:
            break
        found = match_text(before.text)
        if found is not None and found.is_acled and event_label(found.label).event_type in VIOLENT_TYPES:
            return True
    return False


def deployed_ahead(tok: Token) -> bool:
    """Forces sent "ahead of protests": a precaution before what is yet to happen, not the protest itself."""
    words = _lexicon()["precaution_words"]
    return any(
        t.lower_ in words and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "of" and tok in (t.head, t.head.head)
        for t in tok.subtree
    )


def awaited(tok: Token) -> bool:
    """An event noun after "ahead of" / "in anticipation of": yet to happen when the sentence was written."""
    return tok.head.lower_ == "of" and tok.head.head.lower_ in _lexicon()["precaution_words"] and tok.dep_ == "pobj"


def _held_briefly(tok: Token) -> bool:
    """A capture told as temporary ("briefly seized the town"): ACLED codes the raid, not a territorial change."""
    return any(c.dep_ == "advmod" and c.lower_ in _lexicon()["temporary_adverbs"] for c in tok.children)


def _rank(label: EventLabel) -> int:
    if label.sub_event_type in TERRITORIAL:
        return 3
    if label.event_type == "Explosions/Remote violence":
        return 2
    if label.event_type in VIOLENT_TYPES:
        return 1
    return 0


def _has_own_subject(tok: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)


ESCALATED_PROTEST = {"Violent demonstration", "Protest with intervention", "Excessive force against protesters"}


def _escalation(a: EventLabel, b: EventLabel) -> EventLabel | None:
    """The escalated label when one clause tells a peaceful protest and the clause it hangs on (or
    that hangs on it) tells the same crowd turning violent or being stopped: ACLED codes one
    demonstration, by its most escalated form."""
    kinds = {a.sub_event_type, b.sub_event_type}
    if "Peaceful protest" not in kinds or len(kinds) != 2 or not kinds & ESCALATED_PROTEST:
        return None
    return a if a.sub_event_type != "Peaceful protest" else b


GENERIC_VIOLENCE = {"Armed clash", "Attack"}
CASUALTY_VERBS = {"kill", "injure", "wound", "hurt", "maim", "die"}


def _protest_scene(a: EventLabel, b: EventLabel) -> EventLabel | None:
    """The protest label when the other is only generic violence ("dispersed protesters during a
    clash", "protesters were killed and hundreds wounded"): the violence is the demonstration's.
    A peaceful protest is left alone: violence beside it may be another incident."""
    protest = [x for x in (a, b) if x.event_type in {"Protests", "Riots"} and x.sub_event_type != "Peaceful protest"]
    generic = [x for x in (a, b) if x.sub_event_type in GENERIC_VIOLENCE and x.score <= SENTENCE_OVER]
    return protest[0] if len(protest) == 1 and len(generic) == 1 else None


def _destruction_at_protest(a: EventLabel, b: EventLabel) -> EventLabel | None:
    """Violent demonstration when one clause tells destruction and the clause it hangs on (or that hangs
    on it) tells a protest ("cars were burned and shops looted during protests"): ACLED codes the
    demonstrators' vandalism and property destruction as the demonstration's violence (Codebook 2023)."""
    if {a.sub_event_type, b.sub_event_type} != {"Looting/property destruction", "Peaceful protest"}:
        return None
    return event_label("Violent demonstration", max(a.score, b.score))


def _purpose_of(parent: _Candidate, child: _Candidate) -> bool:
    """A realised purpose clause ("to disperse the crowd") says what a generically typed action
    ("deployed tear gas", "moved into the square") was: one action, typed by its purpose."""
    tok = child.token
    infinitive = tok.dep_ == "advcl" and tok.head == parent.token and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    return infinitive and not _has_own_subject(tok) and parent.label.score < WEAK_SCORE and child.label.score >= parent.label.score


def _destruction_in_attack(a: EventLabel, b: EventLabel) -> bool:
    """Looting or burning by the attackers of the same clause chain ("abducted 12 villagers after
    looting homes", "burned houses and killed nine"): ACLED codes Looting/property destruction only
    when no other event covers it, so it is the manner of the attack, which keeps the violent type."""
    kinds = {a.event_type, b.event_type}
    return "Looting/property destruction" in {a.sub_event_type, b.sub_event_type} and bool(kinds & VIOLENT_TYPES)


def _one_incident(parent: Token, child: Token) -> bool:
    """Casualties and the action that caused them are one incident even as clauses with their own
    subject: "four were killed when gunmen opened fire", "six were killed and twenty wounded".
    A casualty verb with an object ("soldiers killed two civilians") is an action of its own."""
    marks = {c.lower_ for c in child.children if c.dep_ in {"mark", "advmod"}}
    if marks & {"while", "whereas", "although", "though", "meanwhile"}:
        return False  # a contrast sets another incident beside this one
    if child.lemma_.lower() in CASUALTY_VERBS:
        return not any(c.dep_ == "dobj" for c in child.children)
    return parent.lemma_.lower() in CASUALTY_VERBS and child.dep_ == "advcl" and bool(marks & {"when", "as"})


def _merge(candidates: list[_Candidate]) -> list[_Candidate]:
    """Fold consequences into their action; keep one mention per sub-event type per sentence."""
    kept: list[_Candidate] = []
    absorbed: set[int] = set()
    for parent in candidates:
        if id(parent) in absorbed:
            continue
        for child in candidates:
            if child is parent or id(child) in absorbed:
                continue
            if parent.token not in child.token.ancestors and child.token != parent.extra:
                continue
            if earlier_by(child.token) != earlier_by(parent.token):
                continue  # "killed five on Monday, a week after gunmen killed 10": another, earlier event
            if dated_apart(parent.token, child.token) or _captures_apart(parent, child):
                continue  # "seized Goma in 2012 and captured Bunagana in June 2022": two events, each on its day
            both_violent = parent.label.event_type in VIOLENT_TYPES and child.label.event_type in VIOLENT_TYPES
            handover = {parent.label.sub_event_type, child.label.sub_event_type} == {
                "Non-violent transfer of territory",
                "Change to group/activity",
            }  # "entered … after the army withdrew" is one transfer
            # one crowd: "while some rallied peacefully, others clashed", "dispersed protesters during a clash"
            escalated = _escalation(parent.label, child.label)
            scene = escalated or _protest_scene(parent.label, child.label) or _destruction_at_protest(parent.label, child.label)
            purpose = _purpose_of(parent, child)  # "deployed tear gas to disperse the crowd"
            prelude = _destruction_in_attack(parent.label, child.label)  # "set fire to a church, killing six"
            same = parent.label.sub_event_type == child.label.sub_event_type or handover or scene is not None or purpose or prelude
            dependent = (
                handover
                or escalated is not None
                or purpose
                or _one_incident(parent.token, child.token)
                or child.token.pos_ != "VERB"
                or not _has_own_subject(child.token)
                or child.token.dep_ in {"acl", "relcl"}
            )
            if dependent and (both_violent or same):
                absorbed.add(id(child))
                if child.extra is not None and child.extra == parent.token:
                    # "an offensive being launched by X": anchor on the verb, which has the arguments
                    parent.token, parent.extra = child.token, child.extra
                if scene is not None or purpose:
                    parent.label = scene or child.label
                    parent.rank = _rank(parent.label)
                elif child.rank > parent.rank or child.label.sub_event_type == "Non-violent transfer of territory":
                    parent.label = child.label
                    parent.rank = child.rank
                parent.civilian_victims = parent.civilian_victims or child.civilian_victims
    for cand in candidates:
        if id(cand) in absorbed:
            continue
        twin = next((k for k in kept if k.label.sub_event_type == cand.label.sub_event_type and earlier_by(k.token) == earlier_by(cand.token)), None)
        if twin is None or _captures_apart(twin, cand):
            kept.append(cand)
        elif _no_sides(twin.token, twin.extra) and not _no_sides(cand.token, cand.extra):
            # "Fighting continued around Bakhmut, where Wagner fighters attacked Ukrainian positions":
            # one clash, told with its sides in the second clause
            twin.token, twin.extra = cand.token, cand.extra
    return kept


def _captures_apart(a: _Candidate, b: _Candidate) -> bool:
    """Two captures of differently named places ("captured Kibumba and later took the town of Rugari"):
    ACLED records a change of control per location, so each is its own event."""
    if a.label.sub_event_type not in TERRITORIAL or b.label.sub_event_type not in TERRITORIAL:
        return False
    names_a, names_b = _place_names(a), _place_names(b)
    return bool(names_a) and bool(names_b) and not names_a & names_b


def _place_names(cand: _Candidate) -> set[str]:
    """Proper names among a capture's own objects ("the town of Rugari" -> {"Rugari"})."""
    return {t.lower_ for o in _objects(cand.token, cand.extra) for t in o.subtree if t.pos_ == "PROPN" and t.ent_type_ != "DATE"}


def _no_sides(tok: Token, extra: Token | None) -> bool:
    """A mention whose words name neither side ("fighting continued"), so another clause's may."""
    return not any(any(argument_heads(t)) for t in (tok, extra) if t is not None)
