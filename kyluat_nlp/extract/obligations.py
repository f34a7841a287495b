"""Obligations in the clauses of a Document: who must, must not, should or may do what.

Rules (``data/obligations/triggers.json``), clause by clause, in document order:

* a trigger phrase gives the modality ("phải", "không được", "cần", "có quyền");
  an issuing verb ("yêu cầu", "chỉ đạo", "đề nghị") names the issuer before it and
  the addressees right after it, and yields to a more specific trigger later in
  the clause ("yêu cầu … không được …" is a prohibition); every "không …" item
  after such a verb is a prohibition of its own;
* a clause without a trigger under a lead-in that states duties, bans or rights
  ("Viên chức có các nghĩa vụ sau:") takes the lead-in's modality, its leading
  verb as trigger and the lead-in's addressees; a list item that starts with
  "không" is a prohibition; in an official document (one with a header, or a legal
  text in articles), a list item that opens with its actors ("1. Phòng Nội vụ chủ
  trì …") is an obligation; a section of aims ("1. Mục đích") holds none, a scope
  article ("Đối tượng áp dụng") only its triggered clauses;
* a clause in or right after a sentence that gave an instruction goes on with
  it when it opens with bodies or roles (or nothing) and a directive verb
  ("Đồng thời, UBND huyện tăng cường …") or "không …" — a sentence that announces
  requirements ("đặt ra một số yêu cầu") counts as one, and after "Thứ nhất, …" every
  "Thứ hai, …" goes on with it; elsewhere in an official
  document, bodies or roles and a directive verb give an obligation; a subject
  followed by a passive or relational word ("được", "bị", "thuộc") states no duty;
* in an official document, the first lead-in that gives an instruction ("Ủy ban
  nhân dân tỉnh yêu cầu … thực hiện nghiêm các nội dung sau:") governs the list
  items of the parts below it, as their lead-in; nothing carries over from one legal
  article to the next; the items of a lead-in that lists cases ("… trong các trường
  hợp sau:") are no duties; the subject of a modal word is the whole noun phrase
  before it ("cá nhân có thẩm quyền giải quyết khiếu nại, tố cáo có trách nhiệm …");
* in a news report, "(phải) chịu trách nhiệm … về những vi phạm" says who is to blame,
  and a lead-in that names a speaker ("Tổng bí thư: '…'") names no addressees; a
  speaker before a modal word ("Tổng Bí thư nhấn mạnh, mỗi người cần …") is not bound;
* who a trigger binds is read by :mod:`kyluat_nlp.extract.subjects` (the actors that
  open the clause, follow "thì" or a comma right before the trigger, or follow an
  issuing verb); addressees not named in the clause are inherited from the lead-in (its
  obligation's addressees, or the actors it opens with: "Đối với viên chức:"),
  the title of its section ("1. Đối với người đứng đầu", "3.1. Sở Nội vụ"), or
  an obligation of the same or the previous sentence (not by a clause in the first
  person: "Tôi nói thẳng …"); the issuer from the last
  one named; the recipients of a letter ("văn bản gửi các trường, yêu cầu …") are the
  addressees of its request;
* a ";" clause after an obligation of the same sentence that opens in lowercase
  without a trigger goes on with it ("phải đeo thẻ …; trang phục gọn gàng"), unless
  it names a fault among the matters of the obligation ("kiểm điểm … trong việc …;
  áp dụng sai chính sách …");
* a clause that opens by reporting a state of affairs ("Bên cạnh đó, vẫn còn
  tình trạng … không dám đề xuất") and any clause with no obligation that
  states something are findings.

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

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

from kyluat_nlp.document import Actor, Clause, Document, Obligation, Span
from kyluat_nlp.extract.actors import ActorMatch, Gazetteer
from kyluat_nlp.extract.rules import Rules
from kyluat_nlp.extract.subjects import ClauseActors, condition_end, phrase_to_comma, skip_chars
from kyluat_nlp.normalization import Normalized, lower_keep_length
from kyluat_nlp.segmentation.words import pos_tag_words, segment_words

_MARKER = re.compile(r"(?:\d+(?:\.\d+)*[.)]|[a-zđ][.)]|[-+•])\s+")
_FIRST_WORDS = re.compile(r"\w+(?: \w+)?")


class _SectionSpan(NamedTuple):
    """A title line or a section body, in canonical offsets."""

    start: int
    end: int
    is_title: bool
    named: tuple[Actor, ...] = ()  # the addressees its title names
    modality: str | None = None  # the modality its article title gives its items
    scope: bool = False  # "Đối tượng áp dụng": its items name whom, not what
    descriptive: bool = False  # "Hình thức kiểm tra", "Nguyên tắc": its items describe


@dataclass
class _State:
    """What later clauses inherit: the last issuer and addressees, and each clause's result."""

    issuer: Actor | None = None
    addressees: tuple[Actor, ...] = ()
    directive: bool = False  # this sentence or the one before gave an instruction
    in_sentence: bool = False  # this sentence gave one
    sentence: int = -1
    addressed: int = -1  # the sentence of the last obligation (its addressees are inherited)
    sentence_modality: str | None = None  # of this sentence's last obligation
    trigger_end: int = 0  # where the trigger of the last obligation ends
    article: int = 0  # how many articles ("Điều 5.") start before this clause
    enumerating: bool = False  # an obligation opened with "Thứ nhất," (the next ones follow)
    document_lead: tuple[str | None, tuple[Actor, ...]] | None = None  # an official
    # document's opening instruction ("… yêu cầu … thực hiện nghiêm các nội dung sau:")
    by_clause: dict[tuple[int, int], tuple[str | None, tuple[Actor, ...]]] = field(
        default_factory=dict
    )


def _actor(norm: Normalized, match: ActorMatch) -> Actor:
    span = norm.span(match.start, match.end)
    return Actor(span.start, span.end, span.text, label=match.type, type=match.type,
                 canonical=match.canonical)


def _span(norm: Normalized, a: int, b: int, label: str = "") -> Span | None:
    while a < b and norm.text[a] in " ,;:.\"'":
        a += 1
    while b > a and norm.text[b - 1] in " ,;:.\"'":
        b -= 1
    return norm.span(a, b, label) if b > a else None


def _leading_words(lower: str, start: int, end: int, modality: str) -> list:
    """An item whose trigger is the clause's first words ("Tăng cường …") at ``start``."""
    words = _FIRST_WORDS.match(lower, start, end)
    return [((words.start(), words.end()), modality, words.start())] if words else []


class ObligationExtractor:
    """Actors, obligations and findings of a segmented Document."""

    def __init__(self, gazetteer: Gazetteer | None = None, rules: Rules | None = None):
        self.gazetteer = gazetteer or Gazetteer.default()
        self.rules = rules or Rules.default()

    def __call__(self, doc: Document) -> tuple[list[Actor], list[Obligation], list[Clause]]:
        norm = doc.normalized
        if norm is None or not doc.clauses:
            return [], [], []
        lower = lower_keep_length(norm.text)
        # a directive, plan or rule, or a legal text in articles; not a news report
        official = bool(doc.header.kind) or any(
            section.kind == "article" for section in doc.iter_sections())
        sections = self._sections(doc, norm, lower, official)
        recipient_lines = doc.recipients
        # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" names no actor
        motto = [norm.to_canonical(m.start, m.end) for m in doc.header.motto]
        actors: list[Actor] = []
        obligations: list[Obligation] = []
        findings: list[Clause] = []
        issued = bool(doc.header.kind)
        state = _State()
        sentence_ends = [sentence.end for sentence in doc.sentences]
        articles = sorted(s.start for s in doc.iter_sections() if s.kind == "article")
        for clause in doc.clauses:
            article = bisect_right(articles, clause.start)
            if article != state.article:  # an article's duties bind no one named in another
                state.article, state.addressees, state.addressed = article, (), -1
                state.document_lead = None
            sentence = bisect_left(sentence_ends, clause.end)
            if sentence != state.sentence:
                state.directive, state.in_sentence = state.in_sentence, False
                state.sentence, state.sentence_modality = sentence, None
            a, b = norm.to_canonical(clause.start, clause.end)
            matches = [m for m in self.gazetteer.find(norm.text, a, b)
                       if not any(ma <= m.start < mb for ma, mb in motto)]
            if official:
                matches = self._described_subject(norm.text, lower, matches, a, b)
            clause_actors = [_actor(norm, m) for m in matches]
            actors.extend(clause_actors)
            around = [s for s in sections if s.start <= a < s.end]
            heading = norm.text[a:b].isupper() and len(norm.text[a:b].split()) <= 12
            note = lower.startswith("(", a) or lower.startswith("(", lower.rfind("\n", 0, a) + 1)
            if heading or any(s.is_title for s in around) or note or any(
                    r.start < clause.end and clause.start < r.end for r in recipient_lines):
                continue  # a heading ("QUY ĐỊNH CỤ THỂ", "Điều 5. …"), a line in brackets,
                # "Nơi nhận" lines
            context = next((s.named for s in around if s.named), ())
            titled = next((s.modality for s in around if s.modality), None)
            who = ClauseActors(lower, matches, clause_actors, self.rules)
            # a directive's verb items instruct, not those that describe ("Hình thức kiểm tra")
            instructs = issued and not any(s.descriptive for s in around)
            items = self._clause(norm, lower, clause, a, b, who, state, context, official,
                                 titled, any(s.scope for s in around), instructs)
            obligations.extend(items)
            if not items and len(lower[a:b].split()) >= 6:
                findings.append(clause)
        return actors, obligations, findings

    def _described_subject(self, text: str, lower: str, matches: list[ActorMatch], a: int,
                           b: int) -> list[ActorMatch]:
        """``matches`` with the subject of a rule's modal word as the whole noun phrase
        before it.

        "Cơ quan, tổ chức, cá nhân có thẩm quyền giải quyết khiếu nại, tố cáo có trách
        nhiệm …": the last actor that opens the clause takes the words up to the modal;
        "Trong thời hạn …, người ra quyết định xác minh phải …": a phrase that opens with a
        head of the rules' described subjects ("người") is a GROUP actor of its own.
        """
        rules = self.rules
        marker = _MARKER.match(lower, a, b)
        body = marker.end() if marker else a
        modal = next((m for m in rules.described_modals.finditer(lower, body, b)
                      if not any(x.start <= m.start() < x.end for x in matches)), None)
        if modal is None or lower.startswith((" được ", " bị "), modal.end()):
            return matches  # (not "có nghĩa vụ" in "người có nghĩa vụ kê khai"; "X phải
            # được công khai": X is acted on)
        clause = ClauseActors.of_matches(lower, matches, rules)
        named = clause.subject(body, modal.start())
        if named:
            head = clause.match_of(named[-1])
            start, phrase_start, kind = head.start, head.end, head.type
        else:  # "Người ban hành kết luận …, phải", "Trong thời hạn …, người ra quyết định …"
            head = None
            after_comma = skip_chars(lower, lower.rfind(", ", body, modal.start()) + 1,
                                     modal.start())
            start = next((pos for pos in (body, after_comma)
                          if rules.described_heads.match(lower, pos, modal.start())), None)
            if start is None:
                return matches
            phrase_start, kind = start, "GROUP"
        end = self._modifier_end(lower, phrase_start, modal.start(), matches,
                                 verbs_allowed=head is None)
        inside = [m for m in matches if phrase_start <= m.start < end]
        # bodies and roles it belongs to: "Cấp phó của người đứng đầu …", "… quyền lợi
        # của công dân, tổ chức"
        if end <= phrase_start or any(m.type not in ("LOC", "GROUP") and " của " not in
                                      lower[phrase_start - 1 : m.start] for m in inside):
            return matches
        described = ActorMatch(start, end, text[start:end], kind, (
            head.canonical + text[head.end:end] if head else text[start:end]))
        return sorted([m for m in matches if m is not head and m not in inside] + [described],
                      key=lambda m: m.start)

    def _modifier_end(self, lower: str, start: int, modal: int, matches,
                      verbs_allowed: bool = False) -> int:
        """Where the words that describe a subject end before its modal word at ``modal``
        (``start`` when they are no description: a comma phrase, an adverb, a verb of
        its own; after "người" every verb describes: "Người được giao tiếp nhận yêu cầu")."""
        anyway = self.rules.described_ends_anyway.search(lower, start, modal)
        modal = anyway.start() if anyway else modal  # "… địa điểm quy định tại Điều 10"
        stop = self.rules.described_ends.search(lower, start, modal)
        if stop and not lower[start : stop.start()].rstrip().endswith(","):
            return start  # "Hội đồng kỷ luật họp khi …": a clause, not a description
        end = stop.start() if stop else modal
        while end > start and lower[end - 1] in " ,":
            end -= 1
        words = [w.strip(",") for w in lower[start:end].split()]
        if not words or len(words) > 15 or any(w in self.rules.not_modifiers for w in words) \
                or any(ch in lower[start:end] for ch in ';:.!?"“”()'):
            return start
        spans = [(m.start, m.end) for m in matches]
        for trigger in self.rules.find_triggers(lower, start, end, start, {s for s, _ in spans},
                                                spans):
            if not verbs_allowed and not lower[: trigger[0]].endswith(("được ", "bị ")):
                return start  # a verb of its own: "Bộ trưởng quy định cụ thể thời hạn …"
        return end

    def _sections(self, doc: Document, norm: Normalized, lower: str, official: bool = False):
        """Title lines and section bodies: ``(start, end, is_title, actors, modality)``,
        innermost first.

        A heading is a title when it heads an article, chapter or roman part, is in
        capitals, is unpunctuated and opens with a word of the rules' title openers
        ("2.1. Về giờ làm việc", "1. Đối với người đứng đầu"), or is short,
        unpunctuated and does not start with a verb ("2. Yêu cầu"). The actors a title
        names (see ``_named_in_title``) are the addressees of the duties below it
        that name none; an article's title that states duties, bans or rights ("Điều 8.
        Các hành vi bị nghiêm cấm", "Trách nhiệm của …") gives its numbered items the
        modality a lead-in would.
        """
        spans = []
        for section in doc.iter_sections():
            a, b = norm.to_canonical(section.start, section.end)
            ha, hb = norm.to_canonical(section.heading.start, section.heading.end)
            heading = norm.text[ha:hb]
            body = heading[len(section.marker):].strip()
            start = hb - len(body)
            unpunctuated = not body.endswith((".", ";", ":"))
            title = (
                section.kind in ("article", "chapter", "part", "subchapter", "roman")
                or (body.isupper() and len(body) > 3)
                or lower_keep_length(body.rstrip(" :")) in self.rules.section_titles
                or (unpunctuated and self.rules.title_openers.match(body.lower()) is not None)
                or (len(body.split()) <= 8 and unpunctuated
                    and not self._starts_with_verb(norm.text, start, hb))
                or (official and unpunctuated and self._is_one_actor(norm.text, start, hb))
            )
            named: tuple[Actor, ...] = ()
            modality = None
            titled_as = lower_keep_length(body.rstrip(" :"))
            if titled_as in self.rules.aim_titles:
                spans.append(_SectionSpan(a, b, True))  # "1. Mục đích": aims, not duties
                continue
            if title:
                spans.append(_SectionSpan(ha, hb, True))
                named = self._named_in_title(norm, lower, heading, ha, start, hb, official)
                if section.kind == "article":  # "Điều 8. Các hành vi bị nghiêm cấm"
                    modality = self.rules.lead_in_modality(lower_keep_length(body))
            scope = titled_as in self.rules.scope_titles
            descriptive = title and self.rules.descriptive_titles.match(titled_as) is not None
            spans.append(_SectionSpan(a, b, False, named, modality, scope, descriptive))
        return sorted(spans, key=lambda s: s.end - s.start)

    def _is_one_actor(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is one actor and nothing else ("3. Thanh tra Sở")."""
        matches = self.gazetteer.find(text, start, end)
        return len(matches) == 1 and matches[0].start == start and matches[0].end == end

    def _named_in_title(self, norm: Normalized, lower: str, heading: str, ha: int, start: int,
                        hb: int, official: bool = False):
        """Actors a title names as the addressees of its section: after "của" ("Quyền của
        viên chức"), and in an official document after "đối với" ("1. Đối với người
        đứng đầu") or as the whole title ("3.1. Sở Nội vụ")."""
        names = " CỦA " in heading or self.rules.scopes.match(lower, start, hb)
        if heading.isupper() and not names:
            return ()  # "III. TỔ CHỨC THỰC HIỆN" names nobody; "II. ĐỐI VỚI CÁN BỘ, …" does
        of = heading.find(" của ")
        if of > 0:
            return tuple(_actor(norm, m) for m in self.gazetteer.find(norm.text, ha + of + 5, hb))
        if not official:
            return ()
        scope = self.rules.scopes.match(lower, start, hb)
        begin = scope.end() if scope else start
        matches = self.gazetteer.find(norm.text, begin, hb)
        who = ClauseActors(lower, matches, [_actor(norm, m) for m in matches], self.rules)
        named = who.subject(begin, hb)
        rest = lower[norm.to_canonical(named[-1].start, named[-1].end)[1] : hb] if named else ""
        return named if (scope or not rest.strip(" ,.;")) else ()

    def _clause(self, norm, lower, clause, a, b, who, state, context,
                official=False, titled=None, scope=False, instructs=False):
        marker = _MARKER.match(lower, a, b)
        body = marker.end() if marker else a
        lead_modality, lead_addressees = None, ()
        members = False  # the lead-in lists members: "Các cơ quan … bao gồm:"
        if clause.lead_in is not None:
            lead_modality, lead_addressees = state.by_clause.get(
                (clause.lead_in.start, clause.lead_in.end), (None, ())
            )
            la, lb = norm.to_canonical(clause.lead_in.start, clause.lead_in.end)
            members = lower[la:lb].rstrip(" :").endswith(self.rules.member_words)
            if marker is not None and lower[la:lb].rstrip(" :").endswith(self.rules.case_words):
                # "… trong các trường hợp sau:" + "a) Viên chức ốm đau …": a case, no duty
                state.by_clause[(clause.start, clause.end)] = (None, ())
                return []
        titled_item = False
        if lead_modality is None and marker is not None:
            if titled is not None:  # an item of "Điều 8. Các hành vi bị nghiêm cấm"
                lead_modality, lead_addressees = titled, lead_addressees or context
                titled_item = True
            elif state.document_lead is not None:
                # "UBND tỉnh yêu cầu … thực hiện nghiêm các nội dung sau:" governs the items
                # of the numbered parts below it; a part's title may name other addressees.
                lead_modality = state.document_lead[0]
                lead_addressees = lead_addressees or context or state.document_lead[1]
        items, issuer, addressees = self._triggered(lower, a, b, body, who, official)
        link = self.rules.link_at(lower, body, b)
        opening = skip_chars(lower, link.end() + 1 if link and lower.startswith(",", link.end())
                        else body, b, " ")
        # "vẫn còn tình trạng … không dám đề xuất", "; vẫn còn trường hợp …": a finding
        finding = bool(self.rules.finding_markers.match(lower, opening, b))
        if finding:
            items, issuer, addressees = [], None, ()
        # an issuer gives an instruction; a duty right after one goes on with it
        directive = bool(items) and (issuer is not None or state.directive)
        # "- Thực hiện đúng thời giờ làm việc theo quy định:" is an item and a lead-in
        lead_item = clause.kind == "lead_in" and marker is not None and not items \
            and self._starts_with_verb(norm.text, body, b)
        # "kiểm điểm … trong việc …; áp dụng sai chính sách …": a fault among the matters
        matters = state.sentence_modality is not None and not marker \
            and bool(self.rules.matters.search(lower, state.trigger_end, a)) \
            and bool(self.rules.fault_descriptors.search(lower, a, b))
        if not items and not scope and not matters and not finding \
                and (clause.kind == "clause" or titled_item or lead_item):
            item = marker is not None and clause.start == self._line_start(norm, clause)
            # "Thứ hai, …" after an obligation that opened with "Thứ nhất, …"
            enumerated = state.enumerating and bool(self.rules.ordinals.match(lower, body, b))
            if lead_modality or item:
                items, addressees = self._list_item(
                    norm, lower, b, body, who, lead_modality, official,
                    members, instructs)
            elif state.directive or official or enumerated:
                items, addressees = self._continued_instruction(
                    norm, lower, b, body, who)
                if not state.directive and not enumerated and not addressees \
                        and not lead_addressees:
                    items = []  # a heading of an official document: "Kiểm tra việc …"
                    # (not a duty after "5. Văn phòng UBND tỉnh: Theo dõi, đôn đốc …")
            if not items and state.sentence_modality and not marker \
                    and lower[body : body + 1].isalpha() and not norm.text[body].isupper():
                items = self._elliptical(lower, body, b, state.sentence_modality)
            if not items and official:
                items = self._passive_norm(lower, body, b, who)
            directive = bool(items) and (state.directive or bool(lead_modality))
        if items and lead_modality == "recommendation" and items[0][0][0] == opening:
            # "Đề nghị UBND tỉnh:" + "- Chỉ đạo các sở …": the request goes on
            items = [(span, "recommendation", start) if m == "obligation" else (span, m, start)
                     for span, m, start in items]
        if items and (lead_modality == "obligation" or instructs and marker is not None):
            # "- Trường hợp …, đề xuất Giám đốc Sở xem xét …" among duties: a duty to propose
            items = [(span, "obligation", start)
                     if lower[span[0] : span[1]] in self.rules.proposing else (span, m, start)
                     for span, m, start in items]
        if items and items[0][1] != "prohibition":
            last_end = items[-1][2]
            items += [i for i in self._negated_items(lower, last_end, b, leading=False)
                      if i[0][0] > last_end]
        if issuer is not None:
            state.issuer = issuer
        if not addressees:
            recent = state.sentence - state.addressed <= 1  # this sentence or the one before
            # a speaker's own words ("Tôi nói thẳng … phải loại ngay") bind no one named before
            recent = recent and not self.rules.first_person.search(lower, a, b)
            addressees = lead_addressees or context or (state.addressees if recent else ())
        result = [
            self._obligation(norm, lower, clause, a, b, span, modality, start,
                             issuer or state.issuer, addressees)
            for span, modality, start in items
        ]
        if result:
            state.addressees, state.addressed = addressees, state.sentence
            state.sentence_modality = result[-1].modality
            state.trigger_end = items[-1][0][1]
            if self.rules.ordinals.match(lower, body, b):  # "Thứ nhất, …": "Thứ hai, …" follows
                state.enumerating = True
        if directive or (clause.kind == "lead_in" and result) or (
                not result and self.rules.announcements.search(lower, a, b)):
            # "Phó Thủ tướng đặt ra một số yêu cầu. Thứ nhất, tăng cường …"
            state.directive = state.in_sentence = True
        modality = result[0].modality if result else None
        if clause.kind == "lead_in":
            modality = modality or self.rules.lead_in_modality(lower[a:b])
            if not result and (official or not self._speaker_label(lower, who, a, body, b)):
                # "2. Đối với cán bộ, công chức:" names who the items bind; a news
                # headline's "Bí thư Nguyễn Thiện Nhân: '…'" names who speaks
                addressees = who.named_in_lead_in(body, b) \
                    or addressees
            if official and result and result[0].issuer is not None \
                    and state.document_lead is None:
                state.document_lead = (modality, addressees)
        state.by_clause[(clause.start, clause.end)] = (modality, addressees)
        return result

    def _blame(self, lower: str, trigger, b: int) -> bool:
        """Whether a trigger says who is to blame: "chịu trách nhiệm chính về những vi
        phạm", "phải chịu trách nhiệm người đứng đầu về …"."""
        end = trigger[1]
        if trigger[2] == "phải":
            blame = next((p for p in self.rules.blame_triggers
                          if lower.startswith(" " + p, end)), None)
            if blame is None:
                return False
            end += 1 + len(blame)
        elif trigger[2] not in self.rules.blame_triggers:
            return False
        return self.rules.blame_object.match(lower, end, b) is not None

    def _speaker_label(self, lower: str, who: ClauseActors, a: int, body: int, b: int) -> bool:
        """Whether a news lead-in names who speaks ("Tổng bí thư:", "Bí thư Nguyễn Thiện
        Nhân:") or says something of someone ("Đoàn thanh tra bị tạm giữ vì …:"): not a
        list item naming addressees ("- Các sở, ngành:") or a scope ("Đối với cán bộ:")."""
        if self.rules.scopes.match(lower, body, b):
            return False
        named, end = who.run(body, b)
        return bool(named) and (body == a or bool(lower[end:b].strip(" :,")))

    def _triggered(self, lower, a, b, body, who, official=False):
        """Items of a clause with trigger phrases: ``(items, issuer, addressees)``.

        An issuing verb first ("X yêu cầu Y …") names the issuer before it and the
        addressees after it (or after "gửi" before it: "văn bản gửi các trường yêu
        cầu …"), and yields to the specific triggers or "không …" items after it.
        After "được" it is passive and its subject is the addressee ("UBND TP được
        yêu cầu làm rõ …"); after "bị" its subject is who the request is about, not
        who must act ("X bị đề nghị kỷ luật": someone should discipline X).
        """
        rules = self.rules
        triggers = rules.find_triggers(lower, a, b, body, {m.start for m in who.matches},
                                       [(m.start, m.end) for m in who.matches])
        if not official:  # "(phải) chịu trách nhiệm chính về những vi phạm": who is to blame
            triggers = [t for t in triggers if not self._blame(lower, t, b)]
        specific = [t for t in triggers if t[2] not in rules.issuing]
        issuing = [t for t in triggers if t[2] in rules.issuing]
        if issuing and (not specific or issuing[0][0] < specific[0][0]):
            first = issuing[0]
            before = lower[body : first[0]].split()
            voice = first[2].split()[0] if first[2].startswith(("được ", "bị ")) else (
                before[-1] if before and before[-1] in ("được", "bị") else None)
            if voice:
                issuer, after = None, first[1]
                # "được/bị yêu cầu kiểm điểm": the subject must act; "bị đề nghị kỷ luật":
                # someone should act on the subject
                binds = voice == "được" or first[3] == "obligation"
                addressees = who.subject(body, first[0]) \
                    if binds else ()
            else:
                issuer = who.issuer_before(first[0])
                addressees, after = who.after(first[1])
                if not addressees:
                    addressees = who.recipients(a, first[0])
                for other in issuing[1:]:  # "đề xuất xử phạt và yêu cầu công ty X khắc phục"
                    if addressees:
                        break
                    named, end = who.after(other[1])
                    if named:
                        addressees, after = named, end
            later = [t for t in specific if t[0] > first[0]]
            if later and not addressees:  # "Tổng bí thư chỉ đạo, thời gian tới, quân đội phải"
                addressees = who.right_before(first[1], later[0][0])
            if later:
                # "đề nghị giám đốc sở … thực hiện nghiêm …": a verb, not a modal word, goes
                # on with the request; "yêu cầu Tổng cục Thuế cần tham mưu": a modal word
                # right after the addressees of a demand says what is demanded
                return [((t[0], t[1]), first[3] if (
                    first[3] == "recommendation" and t[2] in rules.verb_triggers
                    or first[3] == "obligation" and t[3] == "recommendation"
                    and addressees and not lower[after : t[0]].strip()) else t[3], t[1])
                        for t in later], issuer, addressees
            negated = self._negated_items(lower, after, b, leading=True)
            if negated:
                return negated, issuer, addressees
            return [((first[0], first[1]), first[3], after)], issuer, addressees
        if triggers:
            first = triggers[0][0]
            addressees = who.subordinate_subject(body, first) \
                or who.subject(body, first) or who.right_before(body, first)
            if addressees and rules.speech_verbs.search(
                    lower, who.match_of(addressees[-1]).end, first):
                addressees = ()  # the speaker: "Tổng Bí thư nhấn mạnh, mỗi người cần …"
            return [((t[0], t[1]), t[3], t[1]) for t in triggers], None, addressees
        return [], None, ()

    def _list_item(self, norm, lower, b, body, who, lead_modality, official,
                   members=False, instructs=False):
        """A list item without a trigger: ``(items, addressees)``.

        "a) Trình bày …" under a lead-in takes the lead-in's modality; "- Không gây
        phiền hà …" is a prohibition; in an official document "1. Phòng Nội vụ chủ
        trì …" (subject + verb) is an obligation. Under a lead-in that lists
        ``members`` ("Các cơ quan có trách nhiệm tiếp công dân bao gồm:") only an item
        that opens with a verb is one. Where a directive, plan or rule ``instructs`` (not in
        a section that describes), every item that opens with a verb is an obligation.
        """
        subject = who.subject(body, b)
        if instructs and subject and self._verb_opens(who, subject[0], body):
            subject = ()  # "- Tổ chức cho cán bộ … ký cam kết": the item's verb, not a body
        if members and (subject or not self._starts_with_verb(norm.text, body, b)):
            return [], subject
        if not subject and official:
            subject = self._subject_after_openings(lower, who, body, b)
        verb = body
        if subject:
            verb = norm.to_canonical(subject[-1].start, subject[-1].end)[1] + 1
        negated = self._negated_items(lower, verb, b, leading=True)
        if negated:
            return negated, subject
        # in a directive, plan or rule an item that opens with a verb is one of its instructions
        modality = lead_modality or ("obligation" if official and subject or instructs else None)
        if lead_modality == "prohibition" and verb < b:  # "Nghiêm cấm các hành vi:" + acts,
            # not "a) Từ 12 tháng đến 24 tháng đối với nhóm 1" (a preposition opens it)
            if self._first_tag(norm.text, verb, b) in self.rules.not_act_tags:
                return [], subject
            return _leading_words(lower, verb, b, modality), subject
        if subject and self.rules.not_actions.match(lower, verb, b):
            return [], subject  # "b) Ủy ban nhân dân các xã được lựa chọn ngẫu nhiên."
        if modality and verb < b and (subject or self.rules.directive_verbs.match(lower, verb, b)
                                      or self._starts_with_verb(norm.text, verb, b)):
            return _leading_words(lower, verb, b, modality), subject
        return [], subject

    def _continued_instruction(self, norm, lower, b, body, who):
        """A clause right after an instruction that goes on with it: ``(items, addressees)``.

        "Thủ tướng yêu cầu …. Bộ Công an, UBND tỉnh tăng cường …" or "… . Truy bắt
        đối tượng …": it opens (after a linking phrase such as "Đồng thời,") with
        bodies or roles, or with nothing, and then a directive verb of the rules or
        "không …" (a prohibition). "After an instruction" means in the same sentence
        or the one after a sentence that gave one.
        """
        rules = self.rules
        link = rules.link_at(lower, body, b)
        start = skip_chars(lower, link.end() if link else body, b)
        subject = who.subject(start, b)
        subject = subject or self._subject_after_openings(lower, who, start, b)
        if any(actor.type not in ("ORG", "ROLE") for actor in subject):
            return [], ()
        verb = self._verb_after(lower, norm.to_canonical(subject[-1].start, subject[-1].end)[1]
                                if subject else start, b)
        negated = self._negated_items(lower, verb, b, leading=True)
        if negated:
            return negated, subject
        m = rules.directive_verbs.match(lower, verb, b)
        if not m:
            return [], ()
        return [((m.start(), m.end()), "obligation", m.start())], subject

    def _passive_norm(self, lower: str, body: int, b: int, who) -> list:
        """A rule stated in the passive in an official document: a thing, not an actor,
        then "được" and a verb of 'passive_norm_verbs', in a clause that ends with a full
        stop or a semicolon ("Quốc kỳ được treo ở nơi trang trọng.")."""
        if not lower[body:b].rstrip().endswith((".", ";")):
            return []  # a heading: "Những trường hợp được từ chối tiếp công dân"
        m = self.rules.passive_norm.match(lower, body, b)
        if m is None or any(body <= actor.start < m.start(1) for actor in who.matches):
            return []
        return [((m.start(1), m.end(1)), "obligation", m.end(1))]

    def _verb_opens(self, who, actor, body: int) -> bool:
        """Whether ``actor`` opens the item at ``body`` with a head that is also a verb."""
        match = who.matches[who.actors.index(actor)]
        head = tuple(match.text.lower().split())
        return match.start == body and head in self.gazetteer.verb_heads

    def _subject_after_openings(self, lower, who, start: int, b: int):
        """Bodies or roles after the opening phrases of a clause, followed by a directive verb
        ("Trong quá trình thực hiện, nếu có khó khăn, các cơ quan … kịp thời phản ánh")."""
        for comma in (i for i in range(start, b) if lower[i] == ","):
            run, end = who.run(comma + 1, b)
            if run and self.rules.directive_verbs.match(lower, self._verb_after(lower, end, b), b):
                return run
        return ()

    def _verb_after(self, lower: str, pos: int, end: int) -> int:
        """Where the verb after a subject starts, past commas and adverbs ("vẫn", "đều")."""
        pos = skip_chars(lower, pos, end)
        while True:
            word = re.match(r"\w+", lower[pos:end])
            if not word or word.group() not in self.rules.before_trigger:
                return pos
            pos = skip_chars(lower, pos + word.end(), end)

    def _elliptical(self, lower, body: int, b: int, modality: str):
        """A ";" clause that goes on with its sentence's duty without repeating the trigger
        ("phải đeo thẻ …; trang phục gọn gàng, lịch sự"): its first words, same modality
        ("không …" gives a prohibition); one that names a fault goes on with a list of
        cases, not of duties ("… những nhân sự không bảo đảm tiêu chuẩn; vi phạm …")."""
        if modality != "prohibition" and self.rules.faults.match(lower, body, b):
            return []
        if self._first_tag(lower, body, b) in self.rules.not_act_tags:
            return []  # "…; dưới 50 điểm xếp loại không hoàn thành nhiệm vụ"
        negated = self._negated_items(lower, body, b, leading=True)
        if negated:
            return negated
        return _leading_words(lower, body, b, modality)

    @staticmethod
    def _line_start(norm: Normalized, clause: Clause) -> int:
        """Where the line holding the clause starts (in the user's text)."""
        a, _ = norm.to_canonical(clause.start, clause.end)
        line = norm.text.rfind("\n", 0, a) + 1
        return norm.to_original(line, line + 1)[0]

    def _starts_with_verb(self, canon: str, start: int, end: int) -> bool:
        """Whether underthesea tags the first word a verb (an adjective or adverb also
        counts), after a leading time phrase ("Hằng năm, báo cáo …", "Định kỳ hằng
        năm đánh giá …")."""
        return self._first_tag(canon, start, end) in self.rules.item_tags

    def _first_tag(self, canon: str, start: int, end: int) -> str | None:
        """underthesea's tag of the first word, after a leading time phrase."""
        lower = lower_keep_length(canon[start : min(end, start + 80)])
        time = self.rules.times.match(lower)
        if time and lower[time.end() : time.end() + 1] in (",", " "):
            lower = lower[time.end() + 1 :]
        words = [w for _, _, w in segment_words(lower.strip())][:6]
        tags = pos_tag_words(words)
        return tags[0] if tags else None

    def _negated_items(self, lower, start: int, end: int, leading: bool):
        """Prohibitions in a list of "không …" items (", không …", "nhưng không …").

        With ``leading`` the list must start at ``start`` ("yêu cầu X không …").
        """
        items = []
        for m in self.rules.negation.finditer(lower, start, end):
            before = lower[start : m.start()].rstrip()
            if not before or before.endswith(",") or before.endswith((" nhưng", " và")):
                items.append(((m.start(), m.end()), "prohibition", m.end()))
        if leading and items and lower[start : items[0][0][0]].strip(" ,"):
            return []
        return items

    def _obligation(self, norm, lower, clause, a, b, trigger, modality, action_start, issuer,
                    addressees) -> Obligation:
        rules = self.rules
        condition = time = sanction = None
        cut = b
        m = rules.conditions.search(lower, a, b)
        if m:
            cs, ce = m.start(), condition_end(lower, m, b)
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
            sanction = _span(norm, m.start(), phrase_to_comma(lower, m, b)[1], "sanction")
            cut = min(cut, m.start())
        nxt = self.rules.negation.search(lower, action_start + 1, cut)
        if modality == "prohibition" and nxt \
                and lower[action_start : nxt.start()].rstrip().endswith(","):
            cut = nxt.start()  # the next "không …" item is an obligation of its own
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
