"""How a sentence frames an event: alleged, recalled history, a photo caption, hypothetical or denied."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from frontlines.data import read_yaml
from frontlines.extract.date_offsets import earlier_by
from frontlines.extract.judicial import is_judicial

CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "conj", "xcomp", "parataxis", "pcomp"}
# An event told as happening this long before the news ("a week after …") is recalled, not reported:
# a week is the shortest unit an interval clause names that is no longer the same story's days.
RECALLED_AFTER_DAYS = 7
QUOTE_MARKS = ('"', "\u201c", "\u201d")
MODIFIER_DEPS = {"prep", "npadvmod", "advmod", "tmod", "obl", "advcl"}


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    data = read_yaml("events", "framing.yaml")
    data["background_re"] = [re.compile(p, re.IGNORECASE) for p in data["background_patterns"]]
    data["cumulative_re"] = [re.compile(p, re.IGNORECASE) for p in data["cumulative_patterns"]]
    data["caption_re"] = [re.compile(p) for p in data["caption_cues"]]
    data["prior_time_re"] = [re.compile(p, re.IGNORECASE) for p in data["prior_time_patterns"]]
    data["hedge_re"] = [re.compile(p, re.IGNORECASE) for p in data["hedge_patterns"]]
    data["tally_verbs"] = frozenset(data["tally_verbs"])
    data["habitual_re"] = [re.compile(p, re.IGNORECASE) for p in data["habitual_patterns"]]
    for key in (
        "hedge_words",
        "hedge_governors",
        "modal_aux",
        "irrealis_governors",
        "irrealis_nouns",
        "negation_words",
        "commentary_governors",
        "caption_present_tags",
        "caption_reporting_verbs",
        "realised_purpose_governors",
        "realised_purpose_triggers",
        "situation_participles",
        "remains_nouns",
        "appraisal_verbs",
        "appraisal_objects",
        "opinion_holders",
        "pretext_nouns",
        "trend_nouns",
        "present_progressive_aux",
        "time_anchor_words",
        "onset_verbs",
        "anchor_clause_marks",
        "speech_audience_verbs",
        "failure_verbs",
        "ranking_words",
    ):
        data[key] = frozenset(w if key == "caption_present_tags" else w.lower() for w in data[key])
    return data


def _token(sent: SpacySpan, trigger_token: int) -> Token:
    doc = sent.doc
    if not 0 <= trigger_token < len(doc):
        raise ValueError(f"trigger token {trigger_token} is outside the document")
    return doc[trigger_token]


def _ancestors_in_sentence(token: Token, sent: SpacySpan) -> list[Token]:
    return [a for a in token.ancestors if sent.start <= a.i < sent.end]


def is_hedged(sent: SpacySpan, trigger_token: int) -> bool:
    """An allegation or unconfirmed claim ("allegedly", "claimed that…"); plain "reportedly" is not hedged."""
    c = cues()
    tok = _token(sent, trigger_token)
    if any(pattern.search(sent.text) for pattern in c["hedge_re"]):
        return True
    for child in tok.children:
        if child.lower_ in c["hedge_words"] and child.dep_ in {"advmod", "amod", "acomp"}:
            return True
    for node in _ancestors_in_sentence(tok, sent):
        if node.lemma_.lower() in c["hedge_governors"]:
            return True
        if any(ch.lower_ in c["hedge_words"] and ch.dep_ == "advmod" for ch in node.children) and tok.dep_ in {"xcomp", "ccomp"}:
            return True
    return False


def is_hedged_place(sent: SpacySpan, trigger_token: int) -> bool:
    """The allegation is about the named place the event happened at ("seized a tank and allegedly the
    Nasib crossing"): the event's location is unconfirmed, so the event is hedged. A hedged object
    without a place name ("allegedly a crossing on the border") leaves the event as reported."""
    hedges = cues()["hedge_words"]
    tok = _token(sent, trigger_token)
    for obj in tok.children:
        if obj.dep_ not in {"dobj", "nsubjpass"}:
            continue
        for part in obj.subtree:
            if part is not obj and part.dep_ not in {"conj", "appos"}:
                continue
            alleged = any(ch.lower_ in hedges and ch.dep_ == "advmod" for ch in part.children)
            named = any(t.pos_ == "PROPN" and t.ent_type_ not in {"NORP", "PERSON", "DATE"} for t in part.subtree)
            if alleged and named:
                return True
    return False


def is_cumulative(sent: SpacySpan, trigger_token: int) -> bool:
    """A running toll ("Since December, more than 300 civilians have been killed"): a total over many
    events, which an ACLED coder does not record as an event."""
    c = cues()
    tok = _token(sent, trigger_token)
    if tok.lemma_.lower() not in c["tally_verbs"]:
        return False
    if not any(ch.dep_ == "aux" and ch.lemma_.lower() == "have" for ch in tok.children):
        return False
    return any(p.search(sent.text) for p in c["cumulative_re"])


def _clause_scope(tok: Token, sent: SpacySpan) -> list[list[Token]]:
    """Token groups that can date the trigger: its own time/place modifiers and those of the clauses above it.

    Objects and appositions are left out: "captured checkpoints, the biggest gains since 2018"
    does not date the capture to 2018.
    """
    groups: list[list[Token]] = []
    below = None
    for node in [tok, *_ancestors_in_sentence(tok, sent)]:
        for child in node.children:
            if child.dep_ not in MODIFIER_DEPS or child == below or (below is not None and below in child.subtree):
                continue
            if child.dep_ == "advcl" and child.pos_ in {"VERB", "AUX"}:
                continue
            groups.append(_outside_clauses(child))
        below = node
    return groups


def is_caption(sent: SpacySpan) -> bool:
    """A photo caption pasted into the text: a present-tense or verbless scene with a year or photo credit.

    Captions describe a picture of a scene the story reports (or recalls) elsewhere, so typing
    the snippet by them puts a side scene ("forces deploy on the highway") before the event.
    """
    c = cues()
    root = sent.root
    if root.pos_ in {"VERB", "AUX"}:
        if root.tag_ not in c["caption_present_tags"] or root.lemma_.lower() in c["caption_reporting_verbs"]:
            return False
        if any(ch.dep_ in {"aux", "auxpass", "nsubjpass", "ccomp"} for ch in root.children):
            return False  # "Evidence suggests that …" reports; a caption only shows
    elif any(t.pos_ in {"VERB", "AUX"} and t.tag_ in {"VBD", "VBZ", "VBP"} for t in sent):
        return False  # a finite verb somewhere: a sentence with an odd parse, not a verbless scene
    return any(p.search(sent.text) for p in c["caption_re"])


def _story_besides(caption: SpacySpan) -> bool:
    """Another sentence reports in the past tense: a text that is only a caption is its own report."""
    return any(
        s != caption and any(t.tag_ in {"VBD", "VBN"} for t in s) and not is_caption(s) for s in caption.doc.sents
    )


def _outside_clauses(top: Token) -> list[Token]:
    """`top`'s phrase without the clauses inside it: in "to protest against brutality that has
    escalated since 2017", the year dates the brutality, not the protest."""
    out = []
    stack = [top]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(ch for ch in tok.children if not (ch.dep_ in {"relcl", "acl", "ccomp"} and ch.pos_ in {"VERB", "AUX"}))
    return sorted(out, key=lambda t: t.i)


def is_background(sent: SpacySpan, trigger_token: int) -> bool:
    """Framed as history, an ongoing situation or a photo caption ("in 2019", "since then", "continues to",
    "troops deployed in the area", "the town, which rebels had captured")."""
    c = cues()
    tok = _token(sent, trigger_token)
    if is_caption(sent) and _story_besides(sent):
        return True
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in c["situation_participles"]:
        return True  # "soldiers deployed in front of the school": where they stood, not news
    if tok.dep_ in {"acl", "relcl"} and _describes_remains(tok.head, c["remains_nouns"]):
        return True  # "the bodies of soldiers massacred by ISIL": who was found, not news of a killing
    if tok.dep_ == "relcl" and any(ch.dep_ == "aux" and ch.lower_ in {"had", "'d"} for ch in tok.children):
        return True  # "regions that had been taken over by the rebels": what happened before the news
    if _continues_to(tok, sent):
        return True
    if _hangs_on_prior_time(tok, sent):
        return True
    gap = earlier_by(tok)
    if gap is not None and gap.days >= RECALLED_AFTER_DAYS:
        return True  # "the attack comes a week after gunmen killed 10 people": an earlier event recalled
    for group in _clause_scope(tok, sent):
        text = " ".join(t.text for t in group)
        if any(p.search(text) for p in c["background_re"]):
            return True
    return False


def _continues_to(tok: Token, sent: SpacySpan) -> bool:
    """An ongoing situation: "the regime continues to conduct a siege". Not "fighting continued around
    Bakhmut, where Wagner fighters attacked…": there the fighting itself is told, and it is news."""
    below = tok
    for node in [tok, *_ancestors_in_sentence(tok, sent)]:
        if node.lemma_.lower() == "continue":
            return node is tok or below.dep_ in {"xcomp", "ccomp"}
        below = node
    return False


def _describes_remains(noun: Token, remains: frozenset[str]) -> bool:
    """`noun` is, or is "of"-attached under, a word for human remains ("the bodies of hundreds of soldiers")."""
    while True:
        if noun.lower_ in remains or noun.lemma_.lower() in remains:
            return True
        if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.pos_ not in {"NOUN", "PROPN", "NUM", "PRON"}:
            return False
        noun = noun.head.head


def _hangs_on_prior_time(tok: Token, sent: SpacySpan) -> bool:
    """The trigger's clause describes an earlier time ("the previous day when forces opened fire"):
    the sentence reports something after it, so this is what came before."""
    for node in [tok, *_ancestors_in_sentence(tok, sent)]:
        if node.dep_ == "relcl" and node.head.pos_ == "NOUN":
            when = " ".join(t.text for t in node.head.subtree if t not in node.subtree)
            if any(p.search(when) for p in cues()["prior_time_re"]):
                return True
    return False


def is_irrealis(sent: SpacySpan, trigger_token: int) -> bool:
    """Hypothetical, planned, threatened or negated: "would have lifted", "ready to confront", "did not attack"."""
    c = cues()
    tok = _token(sent, trigger_token)
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and is_irrealis(sent, tok.head.i):
        return True  # "could launch an offensive": an event noun takes its verb's frame
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.lemma_.lower() in c["irrealis_governors"]:
        return True  # "called for weekly demonstrations", "plans for an offensive"
    if tok.pos_ == "NOUN" and tok.dep_ in {"nsubj", "nsubjpass"} and _conditional_or_modal(tok.head, c):
        return True  # "if the fighting reaches the port", "clashes could erupt"
    for child in tok.children:
        if child.dep_ in {"aux", "auxpass"} and child.lower_ in c["modal_aux"]:
            return True
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            return True
        if child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether"}:
            return True
    node = tok
    while node.dep_ == "conj" and node.tag_ == "VB" and node.head != node:
        node = node.head  # a bare verb shares its first conjunct's frame: "to evacuate people and take control"
    if node.dep_ == "acl" and _to_infinitive(node) and node.head.lemma_.lower() in c["irrealis_nouns"]:
        return True  # "the power to take control", "a bid to capture the town"
    while node.dep_ in {"xcomp", "ccomp", "acomp", "pcomp", "advcl"} and node.head != node:
        head = node.head
        to_inf = _to_infinitive(node)
        if head.lemma_.lower() in c["irrealis_governors"] and node.dep_ != "advcl":
            return True
        if node.dep_ == "advcl" and to_inf and not _realised_purpose(node, head):
            return True  # purpose clause: "attacked to capture" is not a capture
        if any(ch.dep_ == "neg" for ch in head.children) and node.dep_ == "xcomp":
            return True
        if node.tag_ == "VB" and node.dep_ in {"ccomp", "xcomp"} and _negated_or_modal(head, c):
            return True  # "we will not allow anyone to burn our villages": a vow about deeds, none done
        node = head
    return tok.pos_ in {"NOUN", "PROPN", "ADJ"} and any(ch.lower_ in {"no", "without"} for ch in tok.children)


def _negated_or_modal(verb: Token, c: dict[str, Any]) -> bool:
    """The governor itself is denied or only supposed ("will not allow", "would let"), so the bare
    verb under it ("allow anyone to burn") names something nobody reports as done."""
    return any(
        ch.dep_ == "neg" or (ch.dep_ in {"aux", "auxpass"} and ch.lower_ in c["modal_aux"]) for ch in verb.children
    )


def _conditional_or_modal(verb: Token, c: dict[str, Any]) -> bool:
    """The verb is the condition of an if/unless clause or carries a modal: its subject event is
    supposed, not reported. Negation is left out: "the fighting did not stop" reports fighting."""
    return any(
        (ch.dep_ == "mark" and ch.lower_ in {"if", "unless", "whether"})
        or (ch.dep_ in {"aux", "auxpass"} and ch.lower_ in c["modal_aux"])
        for ch in verb.children
    )


def tells_no_occurrence(sent: SpacySpan, trigger_token: int) -> bool:
    """A running total, a habit, a scene quoted as ongoing, a time anchor or a court's act or charge: the
    words report no single event."""
    return (
        is_cumulative(sent, trigger_token)
        or is_habitual(sent, trigger_token)
        or is_quoted_ongoing(sent, trigger_token)
        or is_time_anchor(sent, trigger_token)
        or is_judicial(sent, trigger_token)
    )


def is_time_anchor(sent: SpacySpan, trigger_token: int) -> bool:
    """An event named only to say when something else happened ("since the protests began in March",
    "after the coup in July", "since the fighting broke out"): the sentence tells what came after it,
    not the event, so an ACLED coder codes none from these words. A sentence that tells the event
    itself ("the army seized power in a coup in 2021") is a background record instead."""
    tok = _token(sent, trigger_token)
    anchors = cues()["time_anchor_words"]
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in anchors and tok.pos_ in {"NOUN", "PROPN"}:
        return True  # "since the 2021 coup", "after the coup in July"
    verb = tok.head if tok.dep_ in {"nsubj", "nsubjpass"} and tok.pos_ in {"NOUN", "PROPN"} else tok
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in cues()["onset_verbs"]:
        return False
    return any(ch.dep_ == "mark" and ch.lower_ in cues()["anchor_clause_marks"] for ch in verb.children)


def is_habitual(sent: SpacySpan, trigger_token: int) -> bool:
    """A pattern told in the present ("Every week there are new massacres"): many events, none of them reported."""
    c = cues()
    if not any(p.search(sent.text) for p in c["habitual_re"]):
        return False
    tok = _token(sent, trigger_token)
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    if _inside_quotation(sent, tok) and any(p.search(_quotation_around(sent, tok)) for p in c["habitual_re"]):
        return True  # "'They beat us every time we speak out,' a student said": a complaint in any tense
    return verb.tag_ in {"VBP", "VBZ"} or any(ch.dep_ == "aux" and ch.tag_ in {"VBP", "VBZ"} for ch in verb.children)


def is_quoted_ongoing(sent: SpacySpan, trigger_token: int) -> bool:
    """A present progressive inside a quotation ("'the militias are shooting at our houses,' a
    resident said"): the speaker describes a situation; the report's events are told in the past."""
    tok = _token(sent, trigger_token)
    progressive = tok.tag_ == "VBG" and any(
        ch.dep_ == "aux" and ch.lower_ in cues()["present_progressive_aux"] for ch in tok.children
    )
    return progressive and _inside_quotation(sent, tok)


def _quotation_around(sent: SpacySpan, tok: Token) -> str:
    """The quoted words the token stands in, from the quote mark before it to the one after it."""
    text = sent.doc.text
    start = max(text.rfind(q, sent.start_char, tok.idx) for q in QUOTE_MARKS)
    ends = [i for q in QUOTE_MARKS if (i := text.find(q, tok.idx, sent.end_char)) >= 0]
    return text[start + 1 : min(ends, default=sent.end_char)]


def _inside_quotation(sent: SpacySpan, tok: Token) -> bool:
    """An odd number of quote marks before the word in its sentence: the speaker's own words."""
    before = sent.doc.text[sent.start_char : tok.idx]
    quotes = sum(before.count(q) for q in QUOTE_MARKS)
    return quotes % 2 == 1


def _to_infinitive(verb: Token) -> bool:
    return any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in verb.children)


def _realised_purpose(purpose: Token, governor: Token) -> bool:
    """"took to the streets to protest": turning out for a protest is the protest."""
    c = cues()
    return purpose.lemma_.lower() in c["realised_purpose_triggers"] and governor.lemma_.lower() in c["realised_purpose_governors"]


def is_commentary(sent: SpacySpan, trigger_token: int) -> bool:
    """An event noun talked about rather than reported ("such moves signify…", "violated a deal")."""
    c = cues()
    tok = _token(sent, trigger_token)
    if any(ch.lower_ in {"such", "these", "those", "this", "that"} and ch.dep_ == "det" for ch in tok.children):
        return True
    head = tok.head
    if tok.dep_ in {"nsubj", "dobj", "nsubjpass", "pobj", "appos"} and head.lemma_.lower() in c["commentary_governors"]:
        return True
    if tok.dep_ == "dobj" and head.lemma_.lower() in c["speech_audience_verbs"] and not any(
        ch.dep_ in {"xcomp", "ccomp"} and ch.i > tok.i for ch in head.children
    ):
        return True  # "told a rally of his supporters": the crowd heard a speech (a quote before it is the speech)
    if tok.dep_ == "attr" and head.lemma_.lower() == "be" and _ranked(tok, c):
        return True  # "it was the third attack on the town this month": a comparison, the attack is told elsewhere
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in c["pretext_nouns"]:
        return True  # "in the name of protest": a cause invoked, not a protest held
    if tok.dep_ == "pobj" and head.lower_ == "of" and _names_a_trend(head.head, c):
        return True  # "a wave of kidnappings": a pattern of many events
    return tok.pos_ in {"NOUN", "PROPN"} and (_appraised(tok, c) or _opinion_about(tok, sent, c))


def _ranked(noun: Token, c: dict[str, Any]) -> bool:
    """The noun carries an ordinal, a superlative or a ranking word ("the third", "the deadliest", "the latest")."""
    return any(
        ch.lower_ in c["ranking_words"] or ch.tag_ in {"JJS", "RBS"} or ch.ent_type_ == "ORDINAL"
        for ch in noun.children
        if ch.dep_ in {"amod", "advmod", "det", "nummod"}
    )


def _names_a_trend(noun: Token, c: dict[str, Any]) -> bool:
    """A trend noun that is not itself an argument of a reported action ("a wave of strikes hit Kyiv",
    "launched a wave of drones" report them)."""
    return noun.lemma_.lower() in c["trend_nouns"] and noun.dep_ not in {"nsubj", "nsubjpass", "dobj"}


def _appraised(noun: Token, c: dict[str, Any]) -> bool:
    """"the offensive has done little to stop the attacks", "the deployment has failed to stop the
    killings": the noun is what is judged, not news."""
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_.lower() in c["failure_verbs"]:
        return any(ch.dep_ == "aux" and ch.lemma_.lower() == "have" for ch in verb.children)  # "has failed to stop"
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in c["appraisal_verbs"]:
        return False
    for obj in (ch for ch in verb.children if ch.dep_ in {"dobj", "npadvmod", "advmod"}):
        words = " ".join(t.lower_ for t in obj.subtree)
        if words in c["appraisal_objects"]:
            return True
    return False


def _opinion_about(tok: Token, sent: SpacySpan, c: dict[str, Any]) -> bool:
    """"Critics say the airstrikes…": an event noun inside what an opinion holder argues is their topic."""
    for node in [tok, *_ancestors_in_sentence(tok, sent)]:
        if node.dep_ == "ccomp" and any(
            ch.dep_ == "nsubj" and ch.lemma_.lower() in c["opinion_holders"] for ch in node.head.children
        ):
            return True
    return False
