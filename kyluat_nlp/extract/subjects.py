"""Who a clause's triggers bind: subjects, issuers and addressees among its actors.

:class:`ClauseActors` holds the actors the gazetteer found in one clause (their
offsets in the canonical lowercase text and the :class:`~kyluat_nlp.document.Actor`
spans of the user's text) and reads by rule which of them open the clause, stand
right before a trigger, issue an instruction or are named after it.

>>> from kyluat_nlp.extract.actors import Gazetteer
>>> from kyluat_nlp.extract.rules import Rules, ends_with
>>> text = "Tại nơi làm việc, cán bộ, công chức đều phải đeo thẻ."
>>> who = ClauseActors.of(text, Gazetteer.default(), Rules.default())
>>> [a.text for a in who.right_before(0, text.index("phải"))]
['cán bộ', 'công chức']
"""

from __future__ import annotations

import re

from kyluat_nlp.document import Actor
from kyluat_nlp.extract.actors import ActorMatch, Gazetteer
from kyluat_nlp.extract.rules import Rules, ends_with
from kyluat_nlp.normalization import lower_keep_length

NUMERAL = re.compile(r"(?<!\w)\d+(?!\w)")
# words that may stand between the actors of a list
COORDINATORS = ("và", "hoặc", "các", "những", "mọi", "toàn thể", "cùng")
GAP = " ,\"'“”‘’"  # spaces, commas and quotation marks before or between actors


def _coordinating(gap: str) -> bool:
    """Whether the words between two actors join them: "và", "các", "và các", "hoặc"."""
    words = gap.replace(",", " ").split()
    return gap in COORDINATORS or bool(words) and all(w in COORDINATORS for w in words)


def skip_chars(lower: str, pos: int, end: int, chars: str = " ,") -> int:
    """``pos`` moved past any of ``chars``."""
    while pos < end and lower[pos] in chars:
        pos += 1
    return pos


def phrase_to_comma(lower: str, m: re.Match, end: int) -> tuple[int, int]:
    """From the start of ``m`` to the next comma (or ``end``)."""
    stop = lower.find(",", m.end(), end)
    return m.start(), (stop if stop > 0 else end)


def condition_end(lower: str, m: re.Match, end: int) -> int:
    """Where a condition that starts at ``m`` ends: at "thì" ("Nếu X, Y thì …") or else
    at the first comma."""
    then = lower.find(" thì ", m.end(), end)
    return then if then > 0 else phrase_to_comma(lower, m, end)[1]


class ClauseActors:
    """The actors of one clause, in order, and the rules that tell their roles."""

    def __init__(self, lower: str, matches: list[ActorMatch], actors: list[Actor], rules: Rules):
        self.lower = lower
        self.matches = matches
        self.actors = actors
        self.rules = rules

    @classmethod
    def of(cls, text: str, gazetteer: Gazetteer, rules: Rules) -> ClauseActors:
        """The actors of a canonical text (offsets are the text's own)."""
        return cls.of_matches(lower_keep_length(text), gazetteer.find(text), rules)

    @classmethod
    def of_matches(cls, lower: str, matches: list[ActorMatch], rules: Rules) -> ClauseActors:
        """The gazetteer's ``matches`` as actors with the canonical text's offsets."""
        actors = [Actor(m.start, m.end, m.text, label=m.type, type=m.type,
                        canonical=m.canonical) for m in matches]
        return cls(lower, matches, actors, rules)

    def _pairs(self):
        return zip(self.matches, self.actors)

    def match_of(self, actor: Actor) -> ActorMatch:
        """The gazetteer match of ``actor`` (one of this clause's), in canonical offsets."""
        return next(m for m, act in self._pairs() if act is actor)

    def subject(self, body: int, trigger_start: int) -> tuple[Actor, ...]:
        """The coordinated actors that open the clause (after a leading "Nếu …,",
        "Theo …," or "Đối với …," phrase; or right after "đối với" when they run up to
        the trigger: "Riêng đối với thủ trưởng sở, ngành còn phải …"), or that follow
        "thì" ("Cơ quan nào không chấp hành thì Sở Nội vụ tổng hợp …")."""
        lower, rules = self.lower, self.rules
        pos = body
        scope = rules.scopes.match(lower, body, trigger_start)
        opening = rules.conditions.match(lower, body, trigger_start) or \
            rules.link_at(lower, body, trigger_start) or scope
        if scope:
            named, end = self.run(scope.end(), trigger_start)
            if named and lower[end:trigger_start].strip(GAP) in ("", *rules.before_trigger):
                return named
        then = lower.rfind(" thì ", body, trigger_start)  # "Cơ quan nào không … thì Sở Nội vụ …"
        if then >= 0:
            named = self.run(then + len(" thì "), trigger_start)[0]
            if named:
                return named
        if opening:
            stop = condition_end(lower, opening, trigger_start)
            pos = stop + 1 if stop < trigger_start else pos
            if lower.startswith(" thì ", stop):
                pos = stop + 5
        return self.run(pos, trigger_start)[0]

    def run(self, pos: int, end: int) -> tuple[tuple[Actor, ...], int]:
        """The coordinated actors from ``pos`` (before ``end``) and where they stop; a
        number or quantity may stand before one ("Hàng trăm cán bộ", "6 cán bộ")."""
        named = []
        for m, act in self._pairs():
            if m.start < pos or m.start >= end:
                continue
            gap = NUMERAL.sub("", self.lower[pos : m.start]).strip(GAP)
            if gap and not _coordinating(gap) and gap not in self.rules.quantities:
                break
            named.append(act)
            pos = m.end
        return tuple(named), pos

    def right_before(self, body: int, trigger_start: int) -> tuple[Actor, ...]:
        """The coordinated actors right before a trigger, after the comma that closes an
        opening phrase ("Tại nơi làm việc, cán bộ, công chức đều phải …"); none when
        a word comes before them ("Việc huy động của người dân phải …")."""
        named, pos = self._run_before(body, trigger_start)
        if not self.lower[body:pos].rstrip().endswith(","):
            return ()  # "quy trình cán bộ cần phải …": the actors are a complement
        return named

    def subordinate_subject(self, body: int, trigger_start: int) -> tuple[Actor, ...]:
        """The actors right before a trigger that open a subordinate clause after a word
        of the rules' 'subordinators' ("Quốc hội quyết nghị việc ngành Kế hoạch Đầu tư
        phải …", "ông cho rằng chính quyền phải …", "Thủ tướng nhắc nhở, Thanh tra Chính phủ
        cần …")."""
        named, pos = self._run_before(body, trigger_start)
        before = self.lower[max(body, pos - 20) : pos].replace(",", " ").split()
        return named if named and ends_with(before, self.rules.subordinators) else ()

    def _run_before(self, body: int, trigger_start: int) -> tuple[tuple[Actor, ...], int]:
        named: list[Actor] = []
        pos = trigger_start
        for m, act in reversed(list(self._pairs())):
            if m.end > pos or m.start < body:
                continue
            gap = self.lower[m.end : pos].strip(" ,")
            if gap and (gap not in self.rules.before_trigger if not named
                        else not _coordinating(gap)):
                break
            named.insert(0, act)
            pos = m.start
        return tuple(named), pos

    def named_in_lead_in(self, body: int, end: int) -> tuple[Actor, ...]:
        """The actors a lead-in opens with, or names after "đối với" ("Đối với viên chức:")
        or after "của" ("Trang phục của cán bộ, công chức khi thực hiện nhiệm vụ:")."""
        scope = self.rules.scopes.match(self.lower, body, end)
        start = skip_chars(self.lower, scope.end() if scope else body, end)
        named = self.subject(start, end)
        of = self.lower.find(" của ", start, end)
        if not named and of >= 0:
            named = self.subject(of + len(" của "), end)
        return named

    def issuer_before(self, trigger_start: int) -> Actor | None:
        """The last body or role before an issuing verb ("UBND tỉnh yêu cầu …")."""
        before = [act for m, act in self._pairs()
                  if m.end <= trigger_start and m.type in ("ORG", "ROLE")]
        return before[-1] if before else None

    def after(self, pos: int) -> tuple[tuple[Actor, ...], int]:
        """Actors that follow an issuing verb, separated only by commas, "và" or
        determiners (a preposition may open them: "kiến nghị gửi UBND tỉnh")."""
        named = []
        for m, act in self._pairs():
            if m.start < pos:
                continue
            gap = NUMERAL.sub("", self.lower[pos : m.start]).strip(GAP + ":")
            if not named:  # "kiến nghị gửi UBND tỉnh", "đề nghị với Bộ", "yêu cầu đối với …"
                gap = self.rules.addressee_prepositions.sub("", gap, count=1).strip()
                gap = self._past_person(gap, act, m.start)
            if gap and not _coordinating(gap):
                break  # a number may stand between: "yêu cầu: 6 cán bộ thanh tra"
            named.append(act)
            pos = m.end
        return tuple(named), pos

    def _past_person(self, gap: str, act: Actor, start: int) -> str:
        """``gap`` without a person named before the first addressee: "ông này và các tổ
        chức …" (then the bodies), "ông Nguyễn Văn A, Giám đốc Sở …" (then the role)."""
        m = self.rules.person_anaphor.match(gap)
        if m:
            return gap[m.end() :].strip()
        if act.type == "ROLE" and self.rules.person_named.match(gap) \
                and self.lower[max(0, start - 4) : start].rstrip().endswith((",", "-")):
            return ""
        return gap

    def recipients(self, start: int, trigger_start: int) -> tuple[Actor, ...]:
        """Actors named after "gửi" before an issuing verb ("có văn bản gửi các sở, yêu cầu")."""
        sent = self.rules.recipients.search(self.lower, start, trigger_start)
        return self.after(sent.end())[0] if sent else ()
