"""Trigger rules of obligation extraction, from ``data/obligations/triggers.json``.

:class:`Rules` holds what the extractor reads from data: modality triggers and the
words that cancel them, issuing verbs, lead-in words, condition, time and sanction
patterns, directive verbs, linking and scope phrases, title openers. A user adds
their own with :meth:`Rules.load` (a file shaped like the shipped one).

>>> rules = Rules.default()
>>> [(phrase, modality) for _, _, phrase, modality in
...  rules.find_triggers("cán bộ không được uống rượu", 0, 27, 0)]
[('không được', 'prohibition')]
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from kyluat_nlp.normalization import normalize
from kyluat_nlp.resources import load_json
from kyluat_nlp.taxonomy import trie_pattern

MODALITIES = ("prohibition", "obligation", "recommendation", "permission")
_OPENING_QUOTES = ("“", '"', "'", "‘", "(")
_CLOSING_QUOTES = ("”", '"', "'", "’", ")")


def _canon(phrase: str) -> str:
    return normalize(phrase).text.lower().strip()


def ends_with(words, phrases) -> bool:
    """Whether the list of ``words`` ends with one of ``phrases`` (tuples of words).

    >>> ends_with(["kiểm", "điểm", "sau", "đó"], {("sau", "đó")})
    True
    """
    return any(tuple(words[-len(phrase):]) == phrase for phrase in phrases)


def _phrases(pattern_phrases) -> re.Pattern:
    """Whole-word matches of any of the phrases; none at all for an empty list."""
    phrases = sorted(set(pattern_phrases))
    if not phrases:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<!\w)(?:{trie_pattern(phrases)})(?!\w)")


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
        self.not_before = {_canon(k): {tuple(_canon(w).split()) for w in v}
                           for k, v in data["not_before"].items()}
        self.not_before_unless_actor = {
            _canon(k): {tuple(_canon(w).split()) for w in v}
            for k, v in data.get("not_before_unless_actor", {}).items()}
        self.only_after = {_canon(k): {_canon(w) for w in v}
                           for k, v in data.get("only_after", {}).items()}
        self.not_after = {_canon(k): {tuple(_canon(w).split()) for w in v}
                          for k, v in data["not_after"].items()}
        self.issuing = {_canon(p) for p in data["issuing"]}
        self.lead_ins = [
            (modality, _phrases(_canon(p) for p in phrases))
            for modality, phrases in data["lead_ins"].items()
        ]
        self.conditions = _phrases(_canon(p) for p in data["conditions"])
        self.sanctions = _phrases(_canon(p) for p in data["sanctions"])
        self.times = re.compile("|".join(f"(?:{p})" for p in data["times"]))
        # "không bị xử lý" (is not disciplined), "không phải bồi thường" (need not): no ban
        self.negation = re.compile(
            r"(?<!\w)(?:tuyệt đối không|không được|không(?! bị)(?! phải))(?!\w)")
        self.needs_actor_after = {_canon(p) for p in data.get("needs_actor_after", [])}
        self.needs_actor_before = {_canon(p) for p in data.get("needs_actor_before", [])}
        self.passive_before_actor = {_canon(p) for p in data.get("passive_before_actor", [])}
        self.item_tags = set(data.get("item_tags", ["V"]))
        self.not_act_tags = set(data.get("not_act_tags", []))
        prepositions = sorted((_canon(p) for p in data.get("addressee_prepositions", [])),
                              key=len, reverse=True)
        self.addressee_prepositions = re.compile(
            rf"^(?:{'|'.join(map(re.escape, prepositions))})(?!\w)" if prepositions else r"(?!)")
        titles, anaphors = (
            "|".join(map(re.escape, sorted({_canon(p) for p in data.get(key, [])})))
            for key in ("person_titles", "anaphors"))
        self.person_anaphor = re.compile(
            rf"^(?:{titles}) (?:{anaphors})(?: và)?(?!\w)" if titles and anaphors else r"(?!)")
        self.person_named = re.compile(rf"^(?:{titles})(?: \w+){{1,4}}$" if titles else r"(?!)")
        self.faults = _phrases(_canon(p) for p in data.get("fault_openers", []))
        self.quantities = {_canon(p) for p in data.get("quantities", [])}
        self.section_titles = {_canon(p) for p in data.get("section_titles", [])}
        self.aim_titles = {_canon(p) for p in data.get("aim_titles", [])}
        self.descriptive_titles = _phrases(_canon(p) for p in data.get("descriptive_titles", []))
        self.scope_titles = {_canon(p) for p in data.get("scope_titles", [])}
        self.member_words = tuple(_canon(p) for p in data.get("member_lead_ins", []))
        self.case_words = tuple(_canon(p) for p in data.get("case_lead_ins", []))
        self.directive_verbs = _phrases(_canon(p) for p in data.get("directive_verbs", []))
        self.links = _phrases(_canon(p) for p in data.get("links", []))
        self.links_not_before = {
            _canon(k): {_canon(w) for w in v} for k, v in data.get("links_not_before", {}).items()
        }
        self.recipients = _phrases(_canon(p) for p in data.get("recipients", []))
        self.not_actions = _phrases(_canon(p) for p in data.get("not_actions", []))
        self.scopes = _phrases(_canon(p) for p in data.get("scopes", []))
        self.title_openers = _phrases(_canon(p) for p in data.get("title_openers", []))
        self.finding_markers = _phrases(_canon(p) for p in data.get("finding_markers", []))
        self.before_trigger = {_canon(p) for p in data.get("before_trigger", [])}
        self.matters = _phrases(_canon(p) for p in data.get("matters", []))
        self.fault_descriptors = _phrases(_canon(p) for p in data.get("fault_descriptors", []))
        verbs = trie_pattern(sorted({_canon(p) for p in data.get("passive_norm_verbs", [])}))
        self.passive_norm = re.compile(
            rf"[^;:.]{{2,80}}?\s(được (?:{verbs}))(?!\w)" if verbs else r"(?!)")
        self.proposed = {tuple(_canon(p).split()) for p in data.get("proposed", [])}
        self.verb_triggers = {_canon(p) for p in data.get("verb_triggers", [])}
        self.proposing = {_canon(p) for p in data.get("proposing", [])}
        self.subordinators = {tuple(_canon(p).split()) for p in data.get("subordinators", [])}
        self.causatives = _phrases(_canon(p) for p in data.get("causatives", []))
        self.first_person = _phrases(_canon(p) for p in data.get("first_person", []))
        self.ordinals = _phrases(_canon(p) for p in data.get("ordinals", []))
        self.speech_verbs = _phrases(_canon(p) for p in data.get("speech_verbs", []))
        blame = data.get("blame", {})
        self.blame_triggers = {_canon(p) for p in blame.get("triggers", [])}
        followed = trie_pattern(sorted({_canon(p) for p in blame.get("followed_by", [])}))
        self.blame_object = re.compile(
            rf"\s+(?:\S+\s+){{0,{int(blame.get('within', 3)) - 1}}}?(?:{followed})(?!\w)"
            if followed else r"(?!)")
        described = data.get("described_subjects", {})
        self.described_modals = _phrases(_canon(p) for p in described.get("modals", []))
        self.described_heads = _phrases(_canon(p) for p in described.get("heads", []))
        self.described_ends = _phrases(_canon(p) for p in described.get("ends", []))
        self.described_ends_anyway = _phrases(
            _canon(p) for p in described.get("ends_anyway", []))
        self.not_modifiers = {_canon(p) for p in described.get("not_modifiers", [])}
        verbs = trie_pattern(sorted({_canon(p) for p in data.get("announcing_verbs", [])}))
        nouns = trie_pattern(sorted({_canon(p) for p in data.get("announcing_nouns", [])}))
        self.announcements = re.compile(
            rf"(?<!\w)(?:{verbs})(?:\s+\S+){{0,4}}?\s+(?:{nouns})(?!\w)" if verbs and nouns
            else r"(?!)")

    @classmethod
    def default(cls) -> Rules:
        return _default_rules()

    @classmethod
    def load(cls, path: str | Path) -> Rules:
        """Rules from a JSON file shaped like ``data/obligations/triggers.json``."""
        return cls(json.loads(Path(path).read_text(encoding="utf-8")))

    def find_triggers(self, lower: str, start: int, end: int, body: int, actor_starts=(),
                      actor_spans=()):
        """(start, end, phrase, modality) of the triggers in ``lower[start:end]``.

        A trigger right after another one (at most one word between: "có quyền yêu
        cầu", "phải chịu trách nhiệm"), or of the same modality with no comma between
        ("quy định chi tiết vị trí công tác phải chuyển đổi"), belongs to the first
        one's action; a word in
        a comma list of nouns ("khiếu nại, tố cáo, kiến nghị, phản ánh") is no trigger, nor
        is a word inside an actor's name (``actor_spans``: "Cần Thơ", "Ban Chỉ đạo").
        """
        found = []
        for m in self.triggers.finditer(lower, start, end):
            phrase = m.group()
            if any(a <= m.start() < b for a, b in actor_spans):
                continue  # part of a name: "UBND TP Cần Thơ", "Ban Chỉ đạo"
            if lower[m.start() - 1 : m.start()] in _OPENING_QUOTES \
                    and lower[m.end() : m.end() + 1] in _CLOSING_QUOTES:
                continue  # a word quoted as a word: "từ khoá “Đề xuất”"; "Ông A (phải)": on
                # the right of a photo
            before = [word.strip("(\"'“‘,")
                      for word in lower[max(start, m.start() - 24) : m.start()].split()]
            after = [w.strip(",.;:") for w in lower[m.end() : m.end() + 40].split()]
            if before and (before[-1].isdigit()
                           or ends_with(before, self.not_before.get(phrase, ()))) \
                    and not (ends_with(before, self.not_before_unless_actor.get(phrase, ()))
                             and self._actor_follows(lower, m.end(), actor_starts)):
                continue  # "theo yêu cầu", "5 yêu cầu": a noun; "sau đó phải": a narrative
                # (but "có văn bản chỉ đạo các phòng ban …" gives an instruction)
            if self.modality_of[phrase] == "obligation" and self._caused(lower, start, m.start()):
                continue  # "khiến ông X phải cắt ngang": what someone was made to do
            if phrase in self.only_after and not (before and before[-1] in self.only_after[phrase]):
                continue  # "nên" of a reason: "… phức tạp nên phải thành lập tổ công tác"
            if self._followed_by(after, phrase):
                continue  # "cần thiết"; "chịu trách nhiệm chính về những vi phạm": blame
            in_noun_list = lower[max(start, m.start() - 2) : m.start()] == ", " \
                and lower[m.end() : m.end() + 1] == ","
            if in_noun_list:
                continue
            if phrase in self.needs_actor_after and not lower.startswith("cho ", m.end() + 1) \
                    and not self._actor_follows(lower, m.end(), actor_starts):
                continue
            if phrase in self.needs_actor_before and not self._actor_before(
                    lower, start, m.start(), actor_spans):
                continue  # "nhiệm vụ, quyền hạn được giao": a participle, not a duty
            if phrase in self.passive_before_actor and m.end() + 1 in actor_starts:
                continue  # "không được Hội đồng bồi thường đưa vào …": a passive
            modality = self.modality_of[phrase]
            if modality == "prohibition" and ends_with(before, self.proposed):
                modality = "recommendation"  # "đề xuất cấm bán rượu bia": a proposed ban
            found.append((m.start(), m.end(), phrase, modality))
        if self.start_triggers:
            m = self.start_triggers.match(lower, body, end)
            after = [w.strip(",.;:") for w in lower[m.end() : m.end() + 40].split()] if m else []
            if m and not self._followed_by(after, m.group()):
                found.append((m.start(), m.end(), m.group(), self.start_only[m.group()]))
        kept: list = []
        for trigger in sorted(found):
            previous = kept[-1] if kept else None
            if previous and previous[2] not in self.issuing and (
                    len(lower[previous[1] : trigger[0]].split()) <= 1
                    or previous[3] == trigger[3] and "," not in lower[previous[1] : trigger[0]]):
                continue
            kept.append(trigger)
        return kept

    def _actor_before(self, lower: str, start: int, pos: int, actor_spans) -> bool:
        """Whether an actor ends right before ``pos``, maybe before an adverb of
        'before_trigger' ("Các cơ quan chức năng cũng được giao …")."""
        words = lower[start:pos].split()
        while words and words[-1] in self.before_trigger:
            pos = lower.rindex(words.pop(), start, pos)
        return any(b in (pos - 1, pos) for _, b in actor_spans)

    @staticmethod
    def _actor_follows(lower: str, end: int, actor_starts) -> bool:
        """Whether an actor starts right after ``end``, maybe after "các" / "những"."""
        nxt = end + 1
        for determiner in ("các ", "những "):
            if lower.startswith(determiner, nxt):
                nxt += len(determiner)
        return nxt in actor_starts

    def _followed_by(self, after: list[str], phrase: str) -> bool:
        """Whether the words ``after`` a trigger open with one of its 'not_after' phrases."""
        return any(tuple(after[: len(words)]) == words
                   for words in self.not_after.get(phrase, ()))

    def _caused(self, lower: str, start: int, trigger: int) -> bool:
        """Whether a causative verb ("khiến", "làm cho") stands at most five words before
        ``trigger`` in the same phrase (no comma between)."""
        phrase = lower[max(start, lower.rfind(",", start, trigger) + 1) : trigger]
        return any(len(phrase[m.end() :].split()) <= 5 for m in self.causatives.finditer(phrase))

    def link_at(self, lower: str, start: int, end: int) -> re.Match | None:
        """A linking phrase ("Đồng thời", "Cụ thể") at ``start``, unless the word after it
        makes it part of another word ("cụ thể hóa", "đặc biệt quan tâm")."""
        m = self.links.match(lower, start, end)
        if m is None:
            return None
        rest = lower[m.end() : m.end() + 20].lstrip(" ")
        for phrase in self.links_not_before.get(m.group(), ()):
            if rest.startswith(phrase) and not rest[len(phrase) : len(phrase) + 1].isalnum():
                return None
        return m

    def lead_in_modality(self, lower_text: str) -> str | None:
        for modality, pattern in self.lead_ins:
            if pattern.search(lower_text):
                return modality
        return None


@lru_cache(maxsize=1)
def _default_rules() -> Rules:
    return Rules(load_json("obligations/triggers.json"))
