"""Actor mentions: bodies (ORG), positions (ROLE), classes of people (GROUP), places (LOC).

An actor starts at a head phrase of the gazetteer (``data/actors/gazetteer.json``)
and takes what belongs to it on the right: proper names and abbreviations
("Sở GD-ĐT Đắk Nông"), an administrative unit with its name ("Ủy ban nhân dân tỉnh
Bắc Ninh"), and, for a ROLE, the body it heads ("Chủ tịch UBND huyện", "thủ
trưởng các cơ quan, tổ chức, đơn vị"). Determiners ("các", "những") are left
out; coordinated lists give one actor per item. ``canonical`` spells
abbreviations out.

>>> text = "Ban Thường vụ Tỉnh ủy yêu cầu cán bộ, đảng viên và Chủ tịch UBND tỉnh Bắc Ninh"
>>> for actor in Gazetteer.default().find(text):
...     print(actor.type, actor.text)
ORG Ban Thường vụ Tỉnh ủy
GROUP cán bộ
GROUP đảng viên
ROLE Chủ tịch UBND tỉnh Bắc Ninh
>>> Gazetteer.default().find("Chủ tịch UBND tỉnh")[0].canonical
'Chủ tịch Ủy ban nhân dân tỉnh'
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kyluat_nlp.normalization import normalize
from kyluat_nlp.resources import load_json

_TOKEN = re.compile(r"\w+(?:[-&]\w+)*\.?|&|\S")
ACTOR_TYPES = ("ORG", "ROLE", "GROUP", "LOC")


@dataclass(frozen=True)
class ActorMatch:
    """An actor in the text it was found in: offsets, type and canonical form."""

    start: int
    end: int
    text: str
    type: str
    canonical: str


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end or len(text))]


def _phrases(data):
    """Every phrase of the gazetteer data: the strings in its lists and the keys and
    values of its mappings, not the "_about" text."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key != "_about":
                yield key
                yield from _phrases(value)
    elif isinstance(data, list):
        for value in data:
            yield from _phrases(value)
    elif isinstance(data, str):
        yield data


def _is_name(token: str) -> bool:
    """A proper-name or abbreviation token: "Bắc", "GD-ĐT", "HCM" (not punctuation)."""
    return token[:1].isupper() and token[:1].isalpha()


class Gazetteer:
    """Head phrases by actor type, with the words and abbreviations that go with them."""

    def __init__(self, data: dict):
        self.data = data
        self.heads: dict[tuple[str, ...], str] = {}
        self.capitalised: set[tuple[str, ...]] = set()  # one-word heads that need a capital
        heads = {**data["heads"], "LOC": [*data["heads"].get("LOC", []),
                                          *data.get("provinces", [])]}
        self.places = {self._key(p) for p in data.get("provinces", [])}
        proper = {self._key(p) for p in data.get("proper_heads", [])}
        for label, phrases in heads.items():
            if label not in ACTOR_TYPES:
                raise ValueError(f"unknown actor type {label!r}; use one of {ACTOR_TYPES}")
            for phrase in phrases:
                key = self._key(phrase)
                if key:
                    self.heads[key] = label
                    # "Bộ", "Hòa Bình" (not "bộ", the peace of "hòa bình")
                    if (len(key) == 1 or key in self.places or key in proper) \
                            and phrase[:1].isupper():
                        self.capitalised.add(key)
        self.longest = max((len(k) for k in self.heads), default=0)
        self.determiners = {self._key(d) for d in data.get("determiners", [])}
        self.units = {self._key(u) for u in data.get("units", [])}
        self.standalone_units = {self._key(u) for u in data.get("standalone_units", [])}
        self.generic = {self._key(g) for g in data.get("generic_bodies", [])}
        self.abbreviations: dict[str, str] = data.get("abbreviations", {})
        self.surnames = set(data.get("surnames", []))
        self.departments = {self._key(n) for n in data.get("department_names", [])}
        self.modifiers = {self._key(n) for n in data.get("modifiers", [])}
        self.function_words = {w.lower() for w in data.get("function_words", [])}
        self.verb_heads = {self._key(h) for h in data.get("verb_heads", [])}
        self.non_actors = {self._key(p) for p in data.get("non_actors", [])}
        self.needs_name = {self._key(h) for h in data.get("needs_name", [])}
        self.belongs_to = {self._key(p) for p in data.get("belongs_to", [])}
        self.lowercase_before_name = {self._key(h) for h in data.get("lowercase_before_name", [])}
        self.named_after_people = {self._key(h) for h in data.get("named_after_people", [])}
        self.longest_department = max((len(k) for k in self.departments), default=0)
        # words written with their full stop in the data ("TP.", "tp."); any other word
        # leaves its full stop to the sentence ("Văn phòng Chính phủ.")
        self.dotted = {word for phrase in _phrases(data) for word in self._key(phrase)
                       if len(word) > 1 and word.endswith(".")}

    @staticmethod
    def _key(phrase: str) -> tuple[str, ...]:
        return tuple(t.lower() for _, _, t in _tokens(normalize(phrase).text))

    @classmethod
    def default(cls) -> Gazetteer:
        """The shipped gazetteer (cached)."""
        return _default_gazetteer()

    @classmethod
    def load(cls, path: str | Path, extend_default: bool = True) -> Gazetteer:
        """A gazetteer from a JSON file with the same keys as the shipped one.

        With ``extend_default`` every list of the file (heads by type, units,
        department names, …) is added to the shipped one and its abbreviations to the
        shipped ones, so a user lists only their own actors.
        """
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if not extend_default:
            return cls(data)
        merged = json.loads(json.dumps(_default_gazetteer().data))
        for key, value in data.items():
            if key == "heads":
                for label, phrases in value.items():
                    merged["heads"].setdefault(label, []).extend(phrases)
            elif isinstance(value, list):
                merged[key] = merged.get(key, []) + value
            elif isinstance(value, dict):
                merged[key] = {**merged.get(key, {}), **value}
        return cls(merged)

    def _head_at(self, toks, keys: list[str], i: int, any_case: bool = False):
        """``(size, type)`` of the longest head at ``i``; ``any_case`` lets a one-word
        head that needs a capital match in lowercase too ("Giám đốc sở GTVT")."""
        for size in range(min(self.longest, len(keys) - i), 0, -1):
            key = tuple(keys[i : i + size])
            label = self.heads.get(key)
            after_determiner = i > 0 and (keys[i - 1],) in self.determiners  # "các sở"
            named = key in self.lowercase_before_name and i + size < len(toks) \
                and _is_name(toks[i + size][2])  # "phòng GD & ĐT", "sở GTVT"
            if label and (key not in self.capitalised or toks[i][2][:1].isupper()
                          or after_determiner or any_case or named):
                return size, label
        return None

    def _person_at(self, toks, j: int) -> bool:
        """A person's name starts here: a surname and two more capitalised words."""
        if toks[j][2] not in self.surnames or j + 2 >= len(toks):
            return False
        if self._phrase_at([t.lower() for _, _, t in toks[j : j + 4]], 0, self.places):
            return False  # "TP. Hồ Chí Minh"
        return _is_name(toks[j + 1][2]) and _is_name(toks[j + 2][2])

    def _lacks_name(self, toks, keys, i: int, size: int, capitals: bool = False) -> bool:
        """A head that needs a name ("Vụ", "Phòng", "thanh tra") without one after it
        (nor a unit: "Thanh tra tỉnh Cà Mau", nor a one-word body: "thanh
        tra sở GTVT") and without a determiner or a number before it: "Vụ gỗ lậu",
        "Phòng làm việc", "kết luận thanh tra" (not "các phòng"); in ``capitals`` no word
        counts as a name."""
        if tuple(keys[i : i + size]) not in self.needs_name:
            return False
        k = i + size
        named = k < len(toks) and not capitals and (
            _is_name(toks[k][2]) or bool(self._phrase_at(keys, k, self.units))
            or (keys[k],) in self.capitalised and self._head_at(toks, keys, k, any_case=True))
        counted = i > 0 and ((keys[i - 1],) in self.determiners or keys[i - 1].isdigit())
        return not named and not counted

    def _verb_reading(self, toks, keys, i: int, size: int, capitals: bool = False) -> bool:
        """A head that is also a verb ("tổ chức") reads as the verb when a plain word follows.

        After a determiner it is a body ("các tổ chức"); before punctuation, a
        coordinator, another actor, a name or a function word too ("tổ chức, cá
        nhân", "tổ chức có liên quan"). In ``capitals`` every word counts as plain.
        """
        if tuple(keys[i : i + size]) not in self.verb_heads:
            return False
        if i > 0 and self._determiner_at(keys, i - 1) or i > 1 and self._determiner_at(
                keys, i - 2) == 2:
            return False
        k = i + size
        if k >= len(toks):
            return False
        nxt = toks[k][2] if not capitals else keys[k]
        return nxt[:1].isalpha() and nxt[:1].islower() and keys[k] not in self.function_words \
            and not self._head_at(toks, keys, k, any_case=True) \
            and not self._phrase_at(keys, k, self.modifiers) \
            and not self._phrase_at(keys, k, self.units)

    def _determiner_at(self, keys: list[str], i: int) -> int:
        for size in (2, 1):
            if tuple(keys[i : i + size]) in self.determiners:
                return size
        return 0

    def _department_at(self, keys: list[str], j: int) -> int:
        return self._phrase_at(keys, j, self.departments, self.longest_department)

    @staticmethod
    def _phrase_at(keys: list[str], j: int, phrases: set, longest: int = 6) -> int:
        for size in range(min(longest, len(keys) - j), 0, -1):
            if tuple(keys[j : j + size]) in phrases:
                return size
        return 0

    def _extend(self, toks, keys, j: int, label: str, head: int | None = None) -> int:
        """Index after the last token that belongs to the actor whose head ends before ``j``
        (``head`` is where the head starts)."""
        # after a lowercase head ("các phòng giáo dục") or "Sở", "Phòng" … a department name
        # may be written in lowercase (not after a head that has one: "Bộ Nội vụ kiểm tra")
        takes_department = head is not None and (
            toks[head][2][:1].islower() or (keys[head],) in self.lowercase_before_name) \
            and not any(tuple(keys[k:j]) in self.departments for k in range(head + 1, j))
        if j < len(toks) and (label == "ORG" and takes_department or label in ("ORG", "ROLE")
                              and _is_name(toks[j][2])):
            # "Sở Tài nguyên và Môi trường", "Sở giáo dục và đào tạo", "phòng giáo dục",
            # "Bộ trưởng Tài chính" (not "các trường tổ chức ôn tập")
            size = self._department_at(keys, j)
            if size and not (toks[j][2][:1].islower() and self._verb_reading(toks, keys, j, size)):
                j += size
        head_end = j
        while j < len(toks):
            token = toks[j][2]
            nested = self._head_at(toks, keys, j)
            owner_end = self._owner_end(toks, keys, j)
            modifier = self._phrase_at(keys, j, self.modifiers) if label != "LOC" else 0
            if owner_end > j:  # before the modifiers: "trực thuộc sở", else "trực thuộc"
                j = owner_end
            elif nested and nested[1] == "ORG" and label in ("ORG", "ROLE", "GROUP") \
                    and (j == head_end or _is_name(token)) \
                    and not self._verb_reading(toks, keys, j, nested[0]):
                # "Ban Thường vụ Tỉnh ủy", "Chủ tịch UBND", "Bộ trưởng Bộ Quốc phòng";
                # not "Chủ tịch tỉnh Thái Nguyên tổ chức kiểm điểm", "các trường tổ chức
                # ôn tập"
                j = self._extend(toks, keys, j + nested[0], "ORG", j)
            elif modifier:
                j += modifier  # "Tòa án nhân dân tối cao", "cơ quan có thẩm quyền"
            elif self._person_at(toks, j) and not (
                    head is not None and (keys[head],) in self.named_after_people):
                break  # "Chủ tịch UBND huyện Nguyễn Văn A", not "Trường THPT Lê Quý Đôn"
            elif label != "LOC" and token[:1].isupper() and self._units_at(keys, j) > 1:
                j += self._units_at(keys, j)  # "Chánh thanh tra Thành phố"
            elif _is_name(token):
                j += 1
            elif token == "&" and j + 1 < len(toks) and _is_name(toks[j + 1][2]):
                j += 2
            elif token == "-" and j + 1 < len(toks) and _is_name(toks[j + 1][2]) and j > 0 \
                    and _is_name(toks[j - 1][2]):
                j += 2
            elif token in "’'" and j + 1 < len(toks) and toks[j + 1][2][:1].isalpha() \
                    and len(toks[j - 1][2]) == 1 and _is_name(toks[j - 1][2]):
                j += 2  # names of the highlands: "huyện Đắk R’ Lấp", "Cư M’gar"
            elif label != "LOC" and self._units_at(keys, j):  # "UBND tỉnh", "cán bộ xã"
                j += self._units_at(keys, j)
            else:
                break
        return j

    def _owner_end(self, toks, keys, j: int) -> int:
        """After "thuộc"/"trực thuộc" + the body or jurisdiction an actor belongs to
        ("đơn vị sự nghiệp công lập thuộc tỉnh", "trường trực thuộc sở"); ``j`` if none."""
        k = j + self._phrase_at(keys, j, self.belongs_to) if j < len(toks) else j
        if k == j or k >= len(toks):
            return j
        k += self._determiner_at(keys, k)
        owner = self._head_at(toks, keys, k, any_case=True) if k < len(toks) else None
        if owner is not None and owner[1] == "ORG":
            return self._extend(toks, keys, k + owner[0], "ORG", k)
        if k < len(toks) and self._units_at(keys, k):
            return self._extend(toks, keys, k + self._units_at(keys, k), "LOC")
        level = self._phrase_at(keys, k, self.modifiers) if k < len(toks) else 0
        return k + level if level else j  # "trực thuộc trung ương"

    def _units_at(self, keys: list[str], j: int) -> int:
        """Tokens of a jurisdiction at ``j``: "tỉnh", or a list "các huyện, thị xã",
        "quận, huyện"."""
        determiner = self._determiner_at(keys, j)
        size = self._phrase_at(keys, j + determiner, self.units)
        if not size:
            return 0
        end = j + determiner + size
        while end + 1 < len(keys) and keys[end] == ",":
            more = self._phrase_at(keys, end + 1, self.units)
            if not more:
                break
            end += 1 + more
        return end - j

    def _role_body(self, toks, keys, j: int, bare: bool = True, body: int | None = None) -> int:
        """After a ROLE: the body it heads, with coordinated generic bodies.

        Only a ``bare`` role (nothing taken after its head yet) looks for a body:
        "Chủ tịch tỉnh Thái Nguyên" heads no "tổ chức" after it. When the role already
        took a generic body that starts at ``body``, more generic bodies may follow:
        "người đứng đầu cơ quan thuộc Chính phủ, đơn vị sự nghiệp công lập".
        """
        k = j + self._determiner_at(keys, j)
        head = self._head_at(toks, keys, k, any_case=True) if bare else None
        end = j
        takes_body = head is not None and head[1] == "ORG" \
            and not self._verb_reading(toks, keys, k, head[0]) \
            and not self._lacks_name(toks, keys, k, head[0])  # not "… tổ chức", "… báo cáo"
        if takes_body:
            end = self._extend(toks, keys, k + head[0], "ORG", k)
        elif not (tuple(keys[max(0, j - 2) : j]) in self.generic or (keys[j - 1],) in self.generic
                  or body is not None and self._phrase_at(
                      keys, body + self._determiner_at(keys, body), self.generic)):
            return j
        while end + 1 < len(toks) and toks[end][2] == ",":
            size = self._phrase_at(keys, end + 1, self.generic)
            if not size:
                break
            end = self._extend(toks, keys, end + 1 + size, "ORG", end + 1)
        return end

    def _coordinated_verbs(self, toks, keys, j: int) -> int:
        """After "người …": further ", word" items that are not actors of their own."""
        while j + 1 < len(toks) and toks[j][2] == ",":
            k = j + 1
            if self._head_at(toks, keys, k) or self._determiner_at(keys, k) or \
                    not toks[k][2][:1].islower() or keys[k] in self.function_words:
                break
            second = k + 1 < len(toks) and toks[k + 1][2][:1].isalpha() and \
                toks[k + 1][2][:1].islower() and not self._head_at(toks, keys, k + 1)
            j = k + (2 if second else 1)
        return j

    def _stop_apart(self, token: tuple[int, int, str]) -> list[tuple[int, int, str]]:
        """A word and the full stop after it as two tokens, unless the data writes the
        word with it (an abbreviation such as "TP.")."""
        s, e, word = token
        if len(word) < 2 or not word.endswith(".") or word.lower() in self.dotted:
            return [token]
        return [(s, e - 1, word[:-1]), (e - 1, e, ".")]

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[ActorMatch]:
        """Actors in canonical ``text[start:end]``, in order, without overlaps."""
        toks = [piece for tok in _tokens(text, start, end) for piece in self._stop_apart(tok)]
        keys = [t.lower() for _, _, t in toks]
        # In a heading in capitals a capital is no sign of a name: "TỔ CHỨC THỰC HIỆN"
        # and "NHIỆM VỤ CỤ THỂ" name no body.
        capitals = text[start:end].isupper()
        found: list[ActorMatch] = []
        i = after_last = 0
        while i < len(toks):
            i += self._determiner_at(keys, i)
            # "Cơ quan, tổ chức tham gia …": in a list of bodies, a body
            listed = bool(found) and after_last == i - 1 and keys[i - 1] in (",", "và", "hoặc")
            head = self._head_at(toks, keys, i) if i < len(toks) else None
            unit_size = self._phrase_at(keys, i, self.units) if i < len(toks) else 0
            unit = bool(unit_size) and not self._phrase_at(keys, i, self.non_actors) and (
                tuple(keys[i : i + unit_size]) in self.standalone_units
                or (i + unit_size < len(toks) and _is_name(toks[i + unit_size][2]))
            )  # not "xã hội", "tỉnh táo"
            inside_phrase = i > 0 and self._phrase_at(keys, i - 1, self.non_actors) > 1
            if head is not None and head[1] == "LOC" and i > 0 \
                    and toks[i - 1][2] in self.surnames:
                head = None  # a person's name: "Phó Thủ tướng Trương Hoà Bình"
            if head is not None and (self._lacks_name(toks, keys, i, head[0], capitals)
                                     or self._verb_reading(toks, keys, i, head[0], capitals)
                                     and not listed
                                     or self._phrase_at(keys, i, self.non_actors)
                                     or inside_phrase):
                head = None  # "tổ chức kiểm điểm", "Ban hành", "Phòng, chống", "liên ngành"
            if head is None and not unit:
                i += 1
                continue
            size, label = head if head else (unit_size, "LOC")
            j = self._extend(toks, keys, i + size, label, i)
            if label == "ROLE":
                j = self._role_body(toks, keys, j, bare=j == i + size, body=i + size)
                j = self._owner_end(toks, keys, j)  # "Thủ trưởng các cơ quan thuộc UBND"
            if keys[i] == "người" and j == i + size:  # "người khiếu nại, tố cáo, phản ánh"
                j = self._coordinated_verbs(toks, keys, j)
            while label == "ROLE" and j + 1 < len(toks) and keys[j] == "kiêm":
                second = self._head_at(toks, keys, j + 1)  # "Ủy viên kiêm Thư ký Hội đồng"
                if second is None or second[1] != "ROLE":
                    break
                j = self._extend(toks, keys, j + 1 + second[0], "ROLE", j + 1)
            a, b = toks[i][0], toks[j - 1][1]
            found.append(ActorMatch(a, b, text[a:b], label, self.canonical(toks[i:j])))
            i = after_last = j
        return found

    def canonical(self, toks) -> str:
        """The actor's words with abbreviations spelled out."""
        words = []
        for _, _, token in toks:
            words.append(self.abbreviations.get(token, token))
        return re.sub(r"\s+([,;])", r"\1", " ".join(words))


@lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    return Gazetteer(load_json("actors/gazetteer.json"))
