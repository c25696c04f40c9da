"""Link each quantity in a sentence to what happened to whom ("killing over seven soldiers").

A quantity counts only when (1) it is attached to an event word from
frontlines/data/numbers/count_words.csv, (2) what it counts are people
(victim_nouns.csv, or no noun at all as in the headline "5 killed"), and (3) its clause
has no cumulative marker (cumulative_markers.csv): "98 tortured to death since 2018" is a
running total, not the toll of today's event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from frontlines.data import read_csv_rows
from frontlines.extract.number_mentions import Quantity, find_quantities
from frontlines.model import Span

WINDOW = 8  # tokens scanned after a count for its predicate ("5 soldiers were killed")
SUBSET_CUES = {"including", "among", "includes", "include"}
COUNTED_DEAD = {"death", "fatality", "body", "corpse", "martyr"}  # "30 deaths", "10 martyrs"
CLAUSE_BREAKS = {",", ";", ":", "(", ")", "—", "–"}


@dataclass(frozen=True)
class CountWords:
    single: dict[tuple[str, str], str]  # (lemma, pos) -> field
    multi: dict[str, list[tuple[tuple[str, ...], str]]]  # first lemma -> [(rest, field)]
    victims: dict[str, str]  # lemma -> civilian | combatant | person
    cumulative: tuple[str, ...]
    recent_since: re.Pattern[str]  # "since Wednesday": a start in the last few days, not a running total


@lru_cache(maxsize=1)
def count_words() -> CountWords:
    single: dict[tuple[str, str], str] = {}
    multi: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for row in read_csv_rows("numbers", "count_words.csv"):
        words = tuple(row["word"].split())
        if len(words) > 1:
            multi.setdefault(words[0], []).append((words[1:], row["field"]))
        else:
            single[(words[0], row["pos"])] = row["field"]
    victims = {r["word"]: r["group"] for r in read_csv_rows("numbers", "victim_nouns.csv")}
    markers = tuple(r["phrase"] for r in read_csv_rows("numbers", "cumulative_markers.csv"))
    recent = "|".join(re.escape(r["phrase"]) for r in read_csv_rows("numbers", "recent_starts.csv"))
    return CountWords(single, multi, victims, markers, re.compile(rf"(?<!\w)since (?:{recent})(?!\w)"))


@dataclass(frozen=True)
class LinkedCount:
    field: str  # a Counts field name
    value: int
    span: Span  # the quantity, document offsets
    group: str  # civilian | combatant | person | ""
    event_token: int
    cumulative: bool = False
    subset: bool = False  # "..., including 3 children": part of another count


def _pos_class(tok: Token) -> str:
    if tok.pos_ in {"VERB", "AUX"} or tok.tag_ in {"VBN", "VBD", "VBG", "VBZ", "VBP", "VB"}:
        return "verb"
    return "noun" if tok.pos_ in {"NOUN", "PROPN"} else "adj"


def event_field(tok: Token) -> str | None:
    """The Counts field an event word fills, looking ahead for 'tortured to death' / 'shot dead'."""
    doc = tok.doc
    lemma = tok.lemma_.lower()
    nxt = [t.lower_ for t in doc[tok.i + 1 : tok.i + 3]]
    if tok.tag_.startswith("VB") and (nxt[:2] == ["to", "death"] or nxt[:1] == ["dead"] or _death_after_object(tok)):
        return "fatalities"
    words = count_words()
    for rest, field in words.multi.get(lemma, []):
        following = tuple(t.lemma_.lower() for t in doc[tok.i + 1 : tok.i + 1 + len(rest)])
        if following == rest or (len(rest) == 1 and tok.tag_.startswith("VB") and _predicative(tok, rest[0])):
            return field
    pos = _pos_class(tok)
    field = words.single.get((lemma, pos)) or words.single.get((tok.lower_, pos))
    if field is None and pos == "verb":
        field = words.single.get((tok.lower_, "adj"))
    if field is None and pos == "adj":
        field = words.single.get((lemma, "verb"))
    return field


RESULT_DEPS = {"advcl", "oprd", "acomp", "xcomp", "advmod", "ccomp"}


def _predicative(verb: Token, word: str) -> bool:
    """The verb's result word after its object ("shot seven protesters dead", "burned four
    villagers alive"): the parser hangs it on the verb, not next to it."""
    return any(c.lemma_.lower() == word and c.dep_ in RESULT_DEPS for c in verb.children)


def _death_after_object(verb: Token) -> bool:
    """"hacked five farmers to death", "shot seven protesters dead": the result comes after the
    object, so the killing verb is not followed by it."""
    if _predicative(verb, "dead"):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lemma_.lower() == "death" for g in c.children)
        for c in verb.children
    )


def victim_group(tok: Token) -> str | None:
    """civilian / combatant / person for a noun naming people; None for things ('checkpoints')."""
    victims = count_words().victims
    for t in [tok, *tok.conjuncts]:
        lemma, lower = t.lemma_.lower(), t.lower_
        group = victims.get(lemma) or victims.get(lower) or victims.get(lower.rstrip("s"))
        if group is None and any(c.lemma_.lower() == "civilian" for c in t.children):
            group = "civilian"
        if group == "civilian":
            return group
        if group:
            best = group
            for c in t.conjuncts:
                if victims.get(c.lemma_.lower()) == "civilian":
                    return "civilian"
            return best
    if tok.ent_type_ == "NORP" or (tok.text[:1].isupper() and tok.tag_ in {"NNPS", "NNS"}):
        return "person"
    return None


def _counted_noun(doc: Doc, after: int, limit: int) -> Token | None:
    """The head noun right after a quantity: 'seven pro-Assad soldiers', 'dozens of civilians'."""
    i = after
    if i < limit and doc[i].lower_ == "of":
        i += 1
    noun = None
    while i < limit and i < after + 7:
        tok = doc[i]
        if tok.pos_ in {"NOUN", "PROPN"}:
            noun = tok
            nxt = doc[i + 1] if i + 1 < limit else None
            if nxt is None or not (nxt.pos_ in {"NOUN", "PROPN"} or nxt.text == "-"):
                return noun
        elif tok.pos_ in {"ADJ", "NUM", "DET"} or tok.text == "-" or tok.dep_ in {"compound", "amod"}:
            if noun is not None and tok.pos_ == "NUM":
                return noun
        else:
            break
        i += 1
    return noun


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in {"dobj", "obj"} for c in verb.children) and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def _right_predicate(doc: Doc, start: int, limit: int) -> Token | None:
    """'5 killed', '7 soldiers were killed', '3 dead', 'have been tortured to death'."""
    for tok in doc[start : min(limit, start + WINDOW)]:
        if tok.text in CLAUSE_BREAKS:
            return None
        field = event_field(tok)
        if field and _pos_class(tok) != "noun":
            return None if _pos_class(tok) == "verb" and _has_object(tok) else tok
        if tok.pos_ == "VERB" and tok.dep_ not in {"amod", "acl"}:
            return None
    return None


def _left_predicate(doc: Doc, q_start: int, floor: int) -> Token | None:
    """'killing over seven', 'killed dozens of', 'the bodies of 12', 'death toll rises to 30'."""
    i = q_start - 1
    steps = 0
    while i >= floor and steps < 3 and doc[i].pos_ in {"ADV", "PART", "DET"} and doc[i].lower_ not in SUBSET_CUES:
        i -= 1
        steps += 1
    if i < floor:
        return None
    tok = doc[i]
    if event_field(tok) and _pos_class(tok) == "verb":
        return tok
    if tok.lower_ in {"to", "at"}:  # "bringing the death toll since ... to 40": the toll is on the verb
        governor = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), tok.head)
        for cand in [governor, *governor.children]:
            if cand.pos_ == "NOUN" and cand.lemma_.lower() == "toll":
                return cand
    if tok.lower_ in {"of", "to", "at", "reached", "reaches", "hit", "hits", "tops", "topped", ":"}:
        for back in reversed(list(doc[max(floor, i - 5) : i])):
            if back.text in CLAUSE_BREAKS - {":"}:
                break
            if event_field(back) == "fatalities" and _pos_class(back) == "noun":
                return back
    return None


def _dependency_predicate(tok: Token) -> Token | None:
    """Fallback on the parse: the verb whose object or passive subject this is."""
    cur = tok
    for _ in range(3):
        if cur.head.i == cur.i:
            return None
        rel, cur = cur.dep_, cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            if rel in {"dobj", "nsubjpass", "obj", "pobj", "prep"} and event_field(cur):
                return cur
            return None
    return None


def _clause_text(event: Token) -> str:
    """Text of the event word's own clause (not the clauses hanging off it)."""
    head = event
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    keep = []
    stack = [head]
    while stack:
        t = stack.pop()
        keep.append(t)
        for c in t.children:
            if c.pos_ in {"VERB", "AUX"} and c.dep_ in {"conj", "advcl", "ccomp", "xcomp", "relcl", "parataxis"}:
                continue
            stack.append(c)
    return " ".join(t.lower_ for t in sorted(keep, key=lambda t: t.i))


def _cumulative(event: Token) -> bool:
    words = count_words()
    text = words.recent_since.sub(" ", f" {_clause_text(event)} ")
    return any(re.search(rf"(?<!\w){re.escape(m)}(?!\w)", text) for m in words.cumulative)


def _mixes_dead_and_injured(event: Token, field: str) -> bool:
    """'killed and wounded', 'dead and injured', 'kills and injures': one number for both."""
    doc = event.doc
    window = [t for t in doc[max(0, event.i - 2) : event.i + 3] if t.i != event.i]
    for t in window:
        other = event_field(t) if t.lower_ not in {"and", "or"} else None
        if other in {"fatalities", "injured"} and other != field:
            between = doc[min(t.i, event.i) + 1 : max(t.i, event.i)]
            if any(b.lower_ in {"and", "or", "/"} for b in between) and len(between) <= 1:
                return True
    return False


def link_quantity(sent: SpacySpan, q: Quantity, previous: LinkedCount | None = None) -> LinkedCount | None:
    """What `q` counts, or None; `previous` is the count an "including 3 children" subset refers to."""
    doc = sent.doc
    start_char = sent.start_char + q.start
    chunk = doc.char_span(start_char, sent.start_char + q.end, alignment_mode="expand")
    if chunk is None:
        return None
    if chunk.end < sent.end and doc[chunk.end].lower_ == "more" and not q.text[:1].isdigit():
        return None  # "many more": relative to another count, not a number of its own
    noun = _counted_noun(doc, chunk.end, sent.end)
    group = victim_group(noun) if noun is not None else ""
    before = doc[chunk.start - 1].lower_ if chunk.start > sent.start else ""
    span = Span(start_char, start_char + len(q.text), q.text)
    if before in SUBSET_CUES and previous is not None and group is not None:
        return LinkedCount(previous.field, q.value, span, group or previous.group, previous.event_token, previous.cumulative, True)
    after = noun.i + 1 if noun is not None else chunk.end
    event = None
    if noun is not None and event_field(noun) == "fatalities" and noun.lemma_.lower() in COUNTED_DEAD:
        event, group = noun, "person"  # "30 deaths", "12 bodies"
    if event is None and noun is not None:  # "five executed victims", "10 wounded civilians"
        event = next((t for t in doc[chunk.end : noun.i] if event_field(t) and t.dep_ in {"amod", "compound"}), None)
    if event is None:
        event = _left_predicate(doc, chunk.start, sent.start)
    if event is None:
        event = _right_predicate(doc, after, sent.end)
    if event is None:
        event = _dependency_predicate(noun if noun is not None else chunk.root)
    if event is None:
        return None
    field = event_field(event)
    if field == "fatalities_claim":
        field = "fatalities" if noun is not None and noun.lemma_.lower() == "life" else None
        group = "person" if field else group
    if field not in {"fatalities", "injured", "captured", "arrested", "abducted"}:
        return None
    if noun is not None and group is None:
        if field in {"captured", "arrested", "abducted"}:
            return None  # counts things, not people: "captured 10 checkpoints"
        group = "person"  # "6 SDF killed": only people are killed or wounded
    if _mixes_dead_and_injured(event, field):
        return None  # "12 killed and wounded": ACLED cannot take deaths from a combined figure
    subset = before in SUBSET_CUES or before == "them"
    return LinkedCount(field, q.value, span, group or "", event.i, _cumulative(event), subset)


def link_singular_victims(sent: SpacySpan, taken: set[int]) -> list[LinkedCount]:
    """'a soldier was killed', headline 'Child killed by sniper': one person, no number written."""
    out = []
    for tok in sent:
        field = event_field(tok)
        if field not in {"fatalities", "injured", "captured", "arrested", "abducted"} or _pos_class(tok) != "verb":
            continue
        for child in tok.children:
            passive_subject = child.dep_ == "nsubjpass" or (child.dep_ == "nsubj" and tok.tag_ == "VBN" and not _has_object(tok))
            if not (child.dep_ in {"dobj", "obj"} or passive_subject):
                continue
            if child.i in taken or child.tag_ not in {"NN", "NNP"} or any(c.dep_ == "nummod" for c in child.children):
                continue
            if any(c.lower_ in {"the", "this", "that", "his", "her", "their", "its"} for c in child.children):
                continue  # "the soldier": possibly already counted elsewhere
            group = victim_group(child)
            if not group or child.lemma_.lower() in {"police", "regime", "army", "force", "militia", "family"}:
                continue
            span = Span(child.idx, child.idx + len(child.text), child.text)
            out.append(LinkedCount(field, 1, span, group, tok.i, _cumulative(tok)))
    return out


def link_counts(sent: SpacySpan, skip: list[tuple[int, int]] = ()) -> list[LinkedCount]:
    """All counts in a sentence; quantities overlapping `skip` (document char spans, e.g. dates) are ignored."""
    links = []
    taken: set[int] = set()
    for q in find_quantities(sent.text):
        s, e = sent.start_char + q.start, sent.start_char + q.end
        if any(s < se and ss < e for ss, se in skip):
            continue
        link = link_quantity(sent, q, links[-1] if links else None)
        if link is not None:
            links.append(link)
            chunk = sent.doc.char_span(s, e, alignment_mode="expand")
            if chunk is not None:
                noun = _counted_noun(sent.doc, chunk.end, sent.end)
                taken.update(range(chunk.start, chunk.end))
                if noun is not None:
                    taken.add(noun.i)
    links.extend(link_singular_victims(sent, taken))
    return links
