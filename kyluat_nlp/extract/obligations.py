"""Obligations in the clauses of a Document: who must, must not, should or may do what.

Rules (``data/obligations/triggers.json``), clause by clause, in document order:

* a trigger phrase gives the modality ("phải", "không được", "cần", "có quyền");
  an issuing verb ("yêu cầu", "chỉ đạo", "đề nghị") names the issuer before it and
  the addressees right after it, and yields to a more specific trigger later in
  the clause ("yêu cầu … không được …" is a prohibition); every "không …" item
  after such a verb is a prohibition of its own;
* a clause without a trigger under a lead-in that states duties, bans or rights
  ("Viên chức có các nghĩa vụ sau:") takes the lead-in's modality, its leading
  verb as trigger and the lead-in's addressees;
* addressees not named in the clause are inherited from the lead-in or the
  obligation before it in the paragraph; the issuer from the last one named;
* a clause with no obligation that states something is a finding.

>>> from kyluat_nlp import analyze
>>> doc = analyze("Ban Thường vụ Tỉnh ủy yêu cầu cán bộ, công chức không được uống rượu, bia "
...               "trong giờ làm việc.")
>>> ob = doc.obligations[0]
>>> ob.modality, ob.trigger.text, ob.issuer.text, [a.text for a in ob.addressees]
('prohibition', 'không được', 'Ban Thường vụ Tỉnh ủy', ['cán bộ', 'công chức'])
>>> ob.action.text, ob.time.text
('uống rượu, bia', 'trong giờ làm việc')
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kyluat_nlp.document import Actor, Clause, Document, Obligation, Span
from kyluat_nlp.extract.actors import ActorMatch, Gazetteer
from kyluat_nlp.normalization import Normalized, lower_keep_length, normalize
from kyluat_nlp.resources import load_json
from kyluat_nlp.taxonomy import trie_pattern

MODALITIES = ("prohibition", "obligation", "recommendation", "permission")
_MARKER = re.compile(r"(?:\d+(?:\.\d+)*[.)]|[a-zđ][.)]|[-+•])\s+")
_FIRST_WORDS = re.compile(r"\w+(?: \w+)?")


def _canon(phrase: str) -> str:
    return normalize(phrase).text.lower().strip()


def _phrases(pattern_phrases) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{trie_pattern(sorted(set(pattern_phrases)))})(?!\w)")


class Rules:
    """Trigger phrases, lead-in words, condition, time and sanction patterns."""

    def __init__(self, data: dict):
        self.data = data
        self.modality_of: dict[str, str] = {}
        for modality in reversed(MODALITIES):  # earlier modalities win a shared phrase
            for phrase in data["modalities"].get(modality, []):
                self.modality_of[_canon(phrase)] = modality
        self.start_only = {
            _canon(p): m for m, phrases in data.get("start_only", {}).items() for p in phrases
        }
        self.triggers = _phrases(self.modality_of)
        self.start_triggers = _phrases(self.start_only) if self.start_only else None
        self.not_before = {_canon(k): {_canon(w) for w in v} for k, v in data["not_before"].items()}
        self.not_after = {_canon(k): {_canon(w) for w in v} for k, v in data["not_after"].items()}
        self.issuing = {_canon(p) for p in data["issuing"]}
        self.lead_ins = [
            (modality, _phrases(_canon(p) for p in phrases))
            for modality, phrases in data["lead_ins"].items()
        ]
        self.conditions = _phrases(_canon(p) for p in data["conditions"])
        self.sanctions = _phrases(_canon(p) for p in data["sanctions"])
        self.times = re.compile("|".join(f"(?:{p})" for p in data["times"]))
        self.negation = re.compile(r"(?<!\w)(?:tuyệt đối không|không được|không)(?!\w)")

    @classmethod
    def default(cls) -> Rules:
        return _default_rules()

    @classmethod
    def load(cls, path: str | Path) -> Rules:
        """Rules from a JSON file shaped like ``data/obligations/triggers.json``."""
        return cls(json.loads(Path(path).read_text(encoding="utf-8")))

    def find_triggers(self, lower: str, start: int, end: int, body: int):
        """(start, end, phrase, modality) of the triggers in ``lower[start:end]``."""
        found = []
        for m in self.triggers.finditer(lower, start, end):
            phrase = m.group()
            before = lower[max(start, m.start() - 12) : m.start()].split()
            after = lower[m.end() : m.end() + 12].split()
            if before and before[-1] in self.not_before.get(phrase, ()):
                continue
            if after and after[0] in self.not_after.get(phrase, ()):
                continue
            found.append((m.start(), m.end(), phrase, self.modality_of[phrase]))
        if self.start_triggers:
            m = self.start_triggers.match(lower, body, end)
            if m:
                found.append((m.start(), m.end(), m.group(), self.start_only[m.group()]))
        return sorted(found)

    def lead_in_modality(self, lower_text: str) -> str | None:
        for modality, pattern in self.lead_ins:
            if pattern.search(lower_text):
                return modality
        return None


@lru_cache(maxsize=1)
def _default_rules() -> Rules:
    return Rules(load_json("obligations/triggers.json"))


@dataclass
class _State:
    """What later clauses inherit."""

    issuer: Actor | None = None
    addressees: tuple[Actor, ...] = ()
    paragraph_end: int = -1
    by_clause: dict[tuple[int, int], tuple[str | None, tuple[Actor, ...]]] = field(
        default_factory=dict
    )


def _actor(norm: Normalized, match: ActorMatch, offset: int) -> Actor:
    span = norm.span(offset + match.start, offset + match.end)
    return Actor(span.start, span.end, span.text, label=match.type, type=match.type,
                 canonical=match.canonical)


def _span(norm: Normalized, a: int, b: int, label: str = "") -> Span | None:
    while a < b and norm.text[a] in " ,;:.\"'":
        a += 1
    while b > a and norm.text[b - 1] in " ,;:.\"'":
        b -= 1
    return norm.span(a, b, label) if b > a else None


def _phrase_to_comma(lower: str, m: re.Match, end: int) -> tuple[int, int]:
    stop = lower.find(",", m.end(), end)
    return m.start(), (stop if stop > 0 else end)


class ObligationExtractor:
    """Actors, obligations and findings of a segmented Document."""

    def __init__(self, gazetteer: Gazetteer | None = None, rules: Rules | None = None):
        self.gazetteer = gazetteer or Gazetteer.default()
        self.rules = rules or Rules.default()

    def __call__(self, doc: Document) -> tuple[list[Actor], list[Obligation], list[Clause]]:
        norm = doc.normalized
        if norm is None or not doc.clauses:
            return [], [], []
        canon = norm.text
        lower = lower_keep_length(canon)
        headings = {(s.heading.start, s.heading.end) for s in doc.iter_sections()}
        actors: list[Actor] = []
        obligations: list[Obligation] = []
        findings: list[Clause] = []
        state = _State()
        for sentence in doc.sentences:
            for clause in sentence.clauses:
                a, b = self._canonical_range(norm, clause)
                matches = self.gazetteer.find(canon, a, b)
                clause_actors = [_actor(norm, m, 0) for m in matches]
                actors.extend(clause_actors)
                items = self._clause(norm, lower, clause, a, b, matches, clause_actors, state)
                obligations.extend(items)
                if not items and self._is_statement(lower, a, b, clause, headings):
                    findings.append(clause)
        return actors, obligations, findings

    @staticmethod
    def _canonical_range(norm: Normalized, clause: Clause) -> tuple[int, int]:
        return norm.to_canonical(clause.start, clause.end)

    def _is_statement(self, lower, a, b, clause, headings) -> bool:
        text = lower[a:b]
        if text.startswith("(") or any(h[0] <= clause.start and clause.end <= h[1] for h in headings):
            return False
        return len(text.split()) >= 6 and not clause.text.isupper()

    def _clause(self, norm, lower, clause, a, b, matches, clause_actors, state) -> list[Obligation]:
        rules = self.rules
        marker = _MARKER.match(lower, a, b)
        body = marker.end() if marker else a
        if clause.start > state.paragraph_end:  # a new paragraph: forget the last addressees
            state.addressees = ()
        state.paragraph_end = max(state.paragraph_end, clause.end)
        lead_modality, lead_addressees = None, ()
        if clause.lead_in is not None:
            lead_modality, lead_addressees = state.by_clause.get(
                (clause.lead_in.start, clause.lead_in.end), (None, ())
            )
        triggers = rules.find_triggers(lower, a, b, body)
        specific = [t for t in triggers if t[2] not in rules.issuing]
        issuing = [t for t in triggers if t[2] in rules.issuing]
        items: list[tuple[tuple[int, int], str, int]] = []  # trigger span, modality, action start
        issuer = None
        addressees: tuple[Actor, ...] = ()
        if issuing:
            first = issuing[0]
            issuer = self._issuer_before(matches, clause_actors, first[0], a)
            named, after = self._addressees_after(lower, matches, clause_actors, first[1], b)
            addressees = named
            later = [t for t in specific if t[0] > first[0]]
            negated = self._negated_items(lower, after, b) if not later else []
            if later:
                items += [((t[0], t[1]), t[3], t[1]) for t in later]
            elif negated:
                items += negated
            else:
                items.append(((first[0], first[1]), first[3], after))
        else:
            for t in specific:
                items.append(((t[0], t[1]), t[3], t[1]))
            if specific:
                addressees = tuple(
                    act for m, act in zip(matches, clause_actors) if m.end <= specific[0][0]
                    and m.type != "LOC"
                )
        if not items and lead_modality and clause.kind == "clause":
            words = _FIRST_WORDS.match(lower, body, b)
            if words:
                items.append(((words.start(), words.end()), lead_modality, words.start()))
        if issuer is not None:
            state.issuer = issuer
        if not addressees:
            addressees = lead_addressees or state.addressees
        result = [
            self._obligation(norm, lower, clause, a, b, span, modality, start,
                             issuer or state.issuer, addressees)
            for span, modality, start in items
        ]
        if result:
            state.addressees = addressees
        modality = result[0].modality if result else None
        if clause.kind == "lead_in":
            modality = modality or rules.lead_in_modality(lower[a:b])
        state.by_clause[(clause.start, clause.end)] = (modality, addressees)
        return result

    def _issuer_before(self, matches, clause_actors, trigger_start: int, a: int) -> Actor | None:
        before = [
            (m, act) for m, act in zip(matches, clause_actors)
            if m.end <= trigger_start and m.type in ("ORG", "ROLE")
        ]
        return before[-1][1] if before else None

    def _addressees_after(self, lower, matches, clause_actors, pos: int, end: int):
        """Actors that follow an issuing verb, separated only by commas, "và" or determiners."""
        named = []
        for m, act in zip(matches, clause_actors):
            if m.start < pos:
                continue
            gap = lower[pos : m.start].strip(" ,")
            if gap and gap not in ("và", "các", "những", "mọi", "toàn thể", "cho", "cho các"):
                break
            named.append(act)
            pos = m.end
        return tuple(named), pos

    def _negated_items(self, lower, start: int, end: int):
        """Each "không …" item of a list after an issuing verb is a prohibition."""
        items = []
        for m in self.rules.negation.finditer(lower, start, end):
            before = lower[start : m.start()].rstrip()
            if m.start() == start or not before or before.endswith(",") or before == "":
                items.append(((m.start(), m.end()), "prohibition", m.end()))
        if items and lower[start:items[0][0][0]].strip(" ,"):
            return []
        return items

    def _obligation(self, norm, lower, clause, a, b, trigger, modality, action_start, issuer,
                    addressees) -> Obligation:
        rules = self.rules
        condition = time = sanction = None
        cut = b
        m = rules.conditions.search(lower, a, b)
        if m:
            cs, ce = _phrase_to_comma(lower, m, b)
            condition = _span(norm, cs, ce, "condition")
            if cs >= action_start:
                cut = min(cut, cs)
        m = rules.times.search(lower, a, b)
        if m:
            time = _span(norm, m.start(), m.end(), "time")
            if m.start() >= action_start:
                cut = min(cut, m.start())
        m = rules.sanctions.search(lower, max(action_start, a), b)
        if m and m.start() > action_start:
            sanction = _span(norm, m.start(), _phrase_to_comma(lower, m, b)[1], "sanction")
            cut = min(cut, m.start())
        nxt = self.rules.negation.search(lower, action_start + 1, cut)
        if modality == "prohibition" and nxt and lower[action_start:nxt.start()].rstrip().endswith(","):
            cut = nxt.start()
        return Obligation(
            modality=modality,
            clause=clause,
            trigger=_span(norm, *trigger, "trigger"),
            issuer=issuer,
            addressees=tuple(addressees),
            action=_span(norm, action_start, cut, "action"),
            condition=condition,
            time=time,
            sanction=sanction,
        )
