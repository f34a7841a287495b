"""``kyluat evaluate obligations``: extraction against ``corpus/gold/obligations.jsonl``.

Figures, per split (dev was used to write the rules; test was not looked at):

* obligation detection precision, recall and F1 — a predicted obligation matches a
  gold one when their clauses overlap (one to one, same modality first);
* modality accuracy on matched pairs;
* addressee F1 by token overlap (lowercase syllables of the addressees, summed
  over matched pairs);
* actor F1 by type (same type, overlapping spans, one to one);

beside a baseline that calls any sentence containing a trigger word an obligation
of the modality of its first trigger.

``agreement()`` scores a second, blind annotation of some gold documents
(``corpus/gold/agreement/``) against the gold the same way, beside kyluat_nlp on the
same documents: how far the library is from what a second annotator reaches.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from kyluat_nlp.analysis import analyze
from kyluat_nlp.classifier.metrics import prf
from kyluat_nlp.extract.actors import ACTOR_TYPES
from kyluat_nlp.extract.rules import Rules
from kyluat_nlp.normalization import lower_keep_length, normalize
from kyluat_nlp.paths import corpus_dir, shared_dir


def source_text(doc_id: str, shared: Path, cache: dict) -> str:
    """The text a gold document id points to (the whole file for a legal article)."""
    kind, _, rest = doc_id.partition(":")
    key = rest.split("#")[0] if kind == "legal" else doc_id
    if key in cache:
        return cache[key]
    if kind == "seed":
        text = (shared / "seed" / f"{rest}.txt").read_text(encoding="utf-8")
    elif kind == "legal":
        text = (shared / "legal" / key).read_text(encoding="utf-8")
    elif kind == "corpus":
        text = (corpus_dir() / rest).read_text(encoding="utf-8")
    elif kind == "vietnews":
        with (shared / "corpus" / "vietnews_officials.jsonl").open(encoding="utf-8") as handle:
            text = next(json.loads(line)["text"] for line in handle if f'"{doc_id}"' in line)
    else:
        raise ValueError(f"unknown document id {doc_id!r}")
    cache[key] = text
    return text


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _tokens(texts) -> Counter:
    return Counter(w for t in texts for w in lower_keep_length(normalize(t).text).split())


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    return prf(tp, n_pred - tp, n_gold - tp)


def _match(pred: list[dict], gold: list[dict]) -> list[tuple[dict, dict]]:
    pairs, used = [], set()
    for same_modality in (True, False):
        for p in pred:
            if p.get("_matched"):
                continue
            for k, g in enumerate(gold):
                if k in used or not _overlap(p["clause"], g["clause"]):
                    continue
                if same_modality and p["modality"] != g["modality"]:
                    continue
                used.add(k)
                p["_matched"] = True
                pairs.append((p, g))
                break
    return pairs


class _Tally:
    def __init__(self):
        self.pred = self.gold = self.tp = self.same = 0
        self.addr = Counter()

    def add(self, pred, gold) -> dict[int, bool]:
        """Count one document; returns, for each matched gold obligation (by index),
        whether its modality was right."""
        pairs = _match(pred, gold)
        self.pred += len(pred)
        self.gold += len(gold)
        self.tp += len(pairs)
        self.same += sum(p["modality"] == g["modality"] for p, g in pairs)
        for p, g in pairs:
            pt, gt = _tokens(p["addressees"]), _tokens(g["addressees"])
            self.addr["tp"] += sum((pt & gt).values())
            self.addr["pred"] += sum(pt.values())
            self.addr["gold"] += sum(gt.values())
        index = {id(g): k for k, g in enumerate(gold)}
        return {index[id(g)]: p["modality"] == g["modality"] for p, g in pairs}

    def report(self) -> dict:
        return {
            "obligations": {**_prf(self.tp, self.pred, self.gold), "predicted": self.pred,
                            "gold": self.gold},
            "modality_accuracy": round(self.same / self.tp, 4) if self.tp else 0.0,
            "addressee": _prf(self.addr["tp"], self.addr["pred"], self.addr["gold"]),
        }


def _gold_obligations(clauses: list[dict], text: str) -> list[dict]:
    return [
        {"clause": tuple(c["clause"]), "modality": o["modality"],
         "addressees": [text[a:b] for a, b in o["addressees"]]}
        for c in clauses for o in c["obligations"]
    ]


def _predicted_obligations(doc, lo: int, hi: int) -> list[dict]:
    return [
        {"clause": (o.start, o.end), "modality": o.modality,
         "addressees": [a.text for a in o.addressees]}
        for o in doc.obligations if lo <= o.start < hi
    ]


def _count_actors(counts: defaultdict, pred: list, gold: list) -> None:
    """Add (span, type) actor lists to ``counts[type]``: same type, overlap, one to one."""
    used = set()
    for span, kind in pred:
        counts[kind]["pred"] += 1
        for k, (g_span, g_kind) in enumerate(gold):
            if k not in used and g_kind == kind and _overlap(span, g_span):
                used.add(k)
                counts[kind]["tp"] += 1
                break
    for _, kind in gold:
        counts[kind]["gold"] += 1


def _actor_report(counts: defaultdict) -> dict:
    total = sum(counts.values(), Counter())
    return {
        **{t: {**_prf(counts[t]["tp"], counts[t]["pred"], counts[t]["gold"]),
               "gold": counts[t]["gold"]} for t in ACTOR_TYPES},
        "all": {**_prf(total["tp"], total["pred"], total["gold"]), "gold": total["gold"]},
    }


def _read_rows(path: Path) -> dict[str, list[dict]]:
    by_doc = defaultdict(list)
    for line in path.open(encoding="utf-8"):
        if line.strip():
            row = json.loads(line)
            by_doc[row["doc"]].append(row)
    return by_doc


def baseline_obligations(doc, rules: Rules, lo: int, hi: int) -> list[dict]:
    out = []
    for sentence in doc.sentences:
        if not (lo <= sentence.start < hi):
            continue
        lower = lower_keep_length(normalize(sentence.text).text)
        found = rules.find_triggers(lower, 0, len(lower), 0)
        if found:
            out.append({"clause": (sentence.start, sentence.end), "modality": found[0][3],
                        "addressees": []})
    return out


def evaluate(shared: Path | None = None, gold_path: Path | None = None) -> dict:
    shared = shared or shared_dir()
    by_doc = _read_rows(gold_path or corpus_dir() / "gold" / "obligations.jsonl")
    cache: dict = {}
    analysed: dict = {}
    rules = Rules.default()
    results = {}
    for split in ("dev", "test"):
        ours, base = _Tally(), _Tally()
        common: Counter = Counter()
        actor_counts = defaultdict(Counter)
        for doc_id, clauses in by_doc.items():
            if clauses[0]["split"] != split:
                continue
            text = source_text(doc_id, shared, cache)
            doc = _analysed(doc_id, text, analysed)
            lo, hi = min(c["clause"][0] for c in clauses), max(c["clause"][1] for c in clauses)
            gold = _gold_obligations(clauses, text)
            mine = ours.add(_predicted_obligations(doc, lo, hi), gold)
            theirs = base.add(baseline_obligations(doc, rules, lo, hi), [dict(g) for g in gold])
            for k in mine.keys() & theirs.keys():  # modality where both found the obligation
                common.update(pairs=1, kyluat_nlp=mine[k], baseline=theirs[k])
            _count_actors(actor_counts, _predicted_actors(doc, lo, hi), _gold_actors(clauses))
        results[split] = {
            "kyluat_nlp": ours.report(),
            "baseline": base.report(),
            "modality_on_common": {
                "pairs": common["pairs"],
                **{s: round(common[s] / common["pairs"], 4) if common["pairs"] else 0.0
                   for s in ("kyluat_nlp", "baseline")},
            },
            "actors": _actor_report(actor_counts),
        }
    return results


def _analysed(doc_id: str, text: str, analysed: dict):
    key = doc_id.split("#")[0]  # the articles of one legal text share its analysis
    if key not in analysed:
        analysed[key] = analyze(text, words=False)
    return analysed[key]


def _gold_actors(clauses: list[dict]) -> list:
    return [(tuple(x["span"]), x["type"]) for c in clauses for x in c["actors"]]


def _predicted_actors(doc, lo: int, hi: int) -> list:
    return [((a.start, a.end), a.type) for a in doc.actors if lo <= a.start < hi]


def agreement(shared: Path | None = None, gold_path: Path | None = None,
              second_path: Path | None = None) -> dict:
    """A second annotator and kyluat_nlp, each against the gold, on the second's documents.

    Returns ``{"documents", "clauses", "annotator": {...}, "kyluat_nlp": {...}}``, each side
    with the keys of :func:`evaluate`'s ``kyluat_nlp`` figures plus ``actors``; e.g.
    ``agreement()["annotator"]["addressee"]["f1"]``.
    """
    shared = shared or shared_dir()
    gold_rows = _read_rows(gold_path or corpus_dir() / "gold" / "obligations.jsonl")
    second_rows = _read_rows(
        second_path or corpus_dir() / "gold" / "agreement" / "obligations_second.jsonl")
    cache: dict = {}
    analysed: dict = {}
    tallies = {"annotator": _Tally(), "kyluat_nlp": _Tally()}
    actor_counts = {name: defaultdict(Counter) for name in tallies}
    clauses = 0
    for doc_id, second in second_rows.items():
        gold_clauses = gold_rows[doc_id]
        if not gold_clauses:
            raise ValueError(f"{doc_id} of the second annotation is not in the gold")
        text = source_text(doc_id, shared, cache)
        doc = _analysed(doc_id, text, analysed)
        lo = min(c["clause"][0] for c in gold_clauses)
        hi = max(c["clause"][1] for c in gold_clauses)
        gold, gold_actors = _gold_obligations(gold_clauses, text), _gold_actors(gold_clauses)
        clauses += len(second)
        for name, pred, actors in (
            ("annotator", _gold_obligations(second, text), _gold_actors(second)),
            ("kyluat_nlp", _predicted_obligations(doc, lo, hi), _predicted_actors(doc, lo, hi)),
        ):
            tallies[name].add(pred, [dict(g) for g in gold])
            _count_actors(actor_counts[name], actors, gold_actors)
    return {
        "documents": len(second_rows),
        "clauses": clauses,
        **{name: {**tally.report(), "actors": _actor_report(actor_counts[name])}
           for name, tally in tallies.items()},
    }


def format_agreement(result: dict) -> str:
    lines = [f"\n== agreement: {result['documents']} documents, {result['clauses']} clauses "
             "annotated a second time, blind; each column against the gold ==",
             f"{'':28}{'second annotator':>22}{'kyluat_nlp':>22}"]
    names = ("annotator", "kyluat_nlp")
    for label, key in (("obligation P / R / F1", "obligations"),
                       ("addressee P / R / F1", "addressee")):
        lines.append(f"{label:28}" + "".join(
            f"{result[n][key]['precision']:6.2f}{result[n][key]['recall']:6.2f}"
            f"{result[n][key]['f1']:6.2f}    " for n in names))
    lines.append(f"{'modality accuracy':28}" + "".join(
        f"{result[n]['modality_accuracy']:18.2f}    " for n in names))
    lines.append(f"{'actor F1':28}" + "".join(
        f"{result[n]['actors']['all']['f1']:18.2f}    " for n in names))
    return "\n".join(lines)


def format_results(results: dict) -> str:
    lines = []
    for split, r in results.items():
        note = "rules written looking at these" if split == "dev" else "held out"
        lines.append(f"\n== {split} split ({note}) ==")
        lines.append(f"{'':28}{'kyluat_nlp':>22}{'baseline':>22}")
        for name, key in (("obligation P / R / F1", "obligations"), ("addressee P / R / F1",
                                                                      "addressee")):
            cells = [r[s][key] for s in ("kyluat_nlp", "baseline")]
            lines.append(f"{name:28}" + "".join(
                f"{c['precision']:6.2f}{c['recall']:6.2f}{c['f1']:6.2f}    " for c in cells))
        lines.append(f"{'modality accuracy':28}" + "".join(
            f"{r[s]['modality_accuracy']:18.2f}    " for s in ("kyluat_nlp", "baseline")))
        both = r["modality_on_common"]
        lines.append(f"{'  on the ' + str(both['pairs']) + ' both find':28}" + "".join(
            f"{both[s]:18.2f}    " for s in ("kyluat_nlp", "baseline")))
        ob = r["kyluat_nlp"]["obligations"]
        lines.append(f"obligations: {ob['predicted']} predicted, {ob['gold']} in the gold")
        lines.append("actors (type: P / R / F1, gold count):")
        for kind, c in r["actors"].items():
            lines.append(f"  {kind:6} {c['precision']:.2f} {c['recall']:.2f} {c['f1']:.2f}"
                         f"  ({c['gold']})")
    return "\n".join(lines)
