"""The ``kyluat`` command line: thin sub-commands over the Python API.

    kyluat segment corpus/directives/chi_thi_tinh_uy_ky_luat.txt --format text
    cat report.txt | kyluat segment - > report.json
    kyluat classify report.txt
    kyluat train && kyluat evaluate classifier
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kyluat_nlp import __version__


def _read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as handle:
        return handle.read()


def _cmd_segment(args: argparse.Namespace) -> int:
    from kyluat_nlp.segmentation import segment

    doc = segment(_read_input(args.file), words=not args.no_words)
    if args.format == "text":
        for sentence in doc.sentences:
            print(" ".join(sentence.text.split()))
    else:
        print(doc.to_json(indent=args.indent))
    return 0


def _cell(span, width: int) -> str:
    text = " ".join((span.text if span is not None else "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def obligations_table(doc, width: int = 30) -> str:
    """The obligations of an analysed Document as a plain-text table."""
    columns = ("modality", "addressees", "action", "condition", "sanction")
    rows = [columns]
    for ob in doc.obligations:
        addressees = "; ".join(a.text for a in ob.addressees)
        rows.append((
            ob.modality,
            addressees if len(addressees) <= width else addressees[: width - 1] + "…",
            _cell(ob.action, width * 2),
            _cell(ob.condition, width),
            _cell(ob.sanction, width),
        ))
    widths = [max(len(r[i]) for r in rows) for i in range(len(columns))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cmd_analyze(args: argparse.Namespace) -> int:
    from kyluat_nlp.analysis import analyze

    doc = analyze(_read_input(args.file), words=not args.no_words)
    if args.format == "table":
        print(obligations_table(doc))
    else:
        print(doc.to_json(indent=args.indent))
    return 0


def _cmd_classify(args: argparse.Namespace) -> int:
    from kyluat_nlp.classifier.classify import classify
    from kyluat_nlp.taxonomy import Taxonomy

    taxonomy = Taxonomy.load(args.taxonomy) if args.taxonomy else None
    result = classify(_read_input(args.file), taxonomy=taxonomy, model_path=args.model)
    print(json.dumps(result.to_dict(), ensure_ascii=False, indent=args.indent))
    return 0


def _cmd_tag(args: argparse.Namespace) -> int:
    from kyluat_nlp.batch import tag_file
    from kyluat_nlp.taxonomy import Taxonomy

    taxonomy = Taxonomy.load(args.taxonomy) if args.taxonomy else None
    if args.scheduler:
        from kyluat_nlp.dask import tag_file_on_cluster

        summary = tag_file_on_cluster(args.input, args.output, args.scheduler,
                                      text_field=args.text_field, taxonomy=taxonomy)
    else:
        summary = tag_file(
            args.input, args.output, input_format=args.input_format,
            text_field=args.text_field, taxonomy=taxonomy, jobs=args.jobs,
            batch_size=args.batch_size, resume=args.resume,
        )
    print(summary, file=sys.stderr)
    for kind, count in sorted(summary.error_kinds.items()):
        print(f"  {count} × {kind}", file=sys.stderr)
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    try:
        from kyluat_nlp.service import serve
    except ImportError as err:
        raise OSError(
            f"the service needs its extra: pip install 'kyluat_nlp[service]' ({err})"
        ) from None
    serve(args.host, args.port, args.model, args.max_body_bytes)
    return 0


def _cmd_train(args: argparse.Namespace) -> int:
    from kyluat_nlp.classifier.train import train_and_save

    card = train_and_save(args.out, progress=lambda m: print(m, file=sys.stderr))
    print(json.dumps(card, ensure_ascii=False, indent=2))
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from kyluat_nlp.classifier.evaluate import evaluate, format_results
    from kyluat_nlp.taxonomy import Taxonomy

    results = evaluate(args.model)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        print(format_results(results, Taxonomy.default().ids))
    return 0


def _cmd_evaluate_obligations(args: argparse.Namespace) -> int:
    from kyluat_nlp.extract.evaluate import agreement, evaluate, format_agreement, format_results

    results = evaluate()
    if args.agreement:
        results["agreement"] = agreement()
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    second = results.pop("agreement", None)
    print(format_results(results))
    if second is not None:
        print(format_agreement(second))
    return 0


def _document_arguments(parser: argparse.ArgumentParser, other: str, other_help: str) -> None:
    """FILE, --format json|OTHER, --no-words and --indent, shared by segment and analyze."""
    parser.add_argument("file", metavar="FILE", help="a UTF-8 text file, or - for standard input")
    parser.add_argument("--format", choices=("json", other), default="json",
                        help=f"json: the whole Document (default); {other}: {other_help}")
    parser.add_argument("--no-words", action="store_true", help="skip word segmentation (faster)")
    parser.add_argument("--indent", type=int, default=None, help="indent the JSON by N spaces")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kyluat",
        description="Vietnamese NLP for directives on administrative discipline "
        "and reports on officials' conduct.",
    )
    parser.add_argument("--version", action="version", version=f"kyluat_nlp {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    seg = commands.add_parser(
        "segment",
        help="segment a text into structure, sentences, clauses and words",
        description="Segment a Vietnamese directive or report (UTF-8). Prints the Document "
        "as JSON, every span with offsets into the input text.",
    )
    _document_arguments(seg, "text", "one sentence a line")
    seg.set_defaults(run=_cmd_segment)

    ana = commands.add_parser(
        "analyze",
        help="segment a directive and extract actors, obligations, findings and violations",
        description="Analyse a Vietnamese directive or report (UTF-8): everything `segment` "
        "gives plus actors, obligations, findings and violation mentions, as JSON, or the "
        "obligations as a table.",
    )
    _document_arguments(ana, "table", "the obligations as a table")
    ana.set_defaults(run=_cmd_analyze)

    cls = commands.add_parser(
        "classify",
        help="tag one incident report with violation categories",
        description="Classify an incident report against the violation taxonomy; prints "
        "labels, a score for every category, evidence spans and the model version as JSON.",
    )
    cls.add_argument("file", metavar="FILE", help="a UTF-8 text file, or - for standard input")
    cls.add_argument("--taxonomy", help="a taxonomy JSON file (default: the built-in one)")
    cls.add_argument("--model", help="a model file you trust (default: the shipped model)")
    cls.add_argument("--indent", type=int, default=None, help="indent the JSON by N spaces")
    cls.set_defaults(run=_cmd_classify)

    tag = commands.add_parser(
        "tag",
        help="tag a JSONL or CSV file of reports, one output record per input record",
        description="Classify the text field of every record of INPUT and write OUTPUT "
        "(JSONL or CSV, by extension) with all input fields plus labels, scores, evidence, "
        "model_version and flags. A bad record gets an 'error' field; none is dropped. "
        "Streams, so memory stays flat; shows progress on a terminal; prints a summary.",
    )
    tag.add_argument("input", metavar="INPUT", help="a .jsonl or .csv file")
    tag.add_argument("-o", "--output", required=True, help="the output .jsonl or .csv file")
    tag.add_argument("--input-format", choices=("jsonl", "csv"),
                     help="the input format when the extension does not tell")
    tag.add_argument("--text-field", default="text", help="the field with the text (default: text)")
    tag.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1)")
    tag.add_argument("--batch-size", type=int, default=256, help="records per batch and worker")
    tag.add_argument("--resume", action="store_true",
                     help="continue an interrupted run after the last complete output record")
    tag.add_argument("--taxonomy", help="a taxonomy JSON file (default: the built-in one)")
    tag.add_argument("--scheduler", metavar="ADDRESS",
                     help="run on a Dask cluster (e.g. tcp://host:8786); JSONL in and out")
    tag.set_defaults(run=_cmd_tag)

    srv = commands.add_parser(
        "serve",
        help="run the HTTP API (POST /classify, POST /analyze, GET /health, GET /taxonomy)",
        description="Run the HTTP API with uvicorn; OpenAPI docs at /docs. Needs the "
        "'service' extra.",
    )
    srv.add_argument("--host", default="127.0.0.1", help="address to listen on")
    srv.add_argument("--port", type=int, default=8000, help="port to listen on")
    srv.add_argument("--model", help="a model file you trust (default: the shipped model)")
    srv.add_argument("--max-body-bytes", type=int, default=1_000_000,
                     help="larger request bodies get 413 (default: 1,000,000)")
    srv.set_defaults(run=_cmd_serve)

    train = commands.add_parser(
        "train",
        help="rebuild the shipped incident classifier from corpus/",
        description="Rebuild models/incident_classifier.joblib and its model card from "
        "corpus/ and ../shared (deterministic). Prints the card.",
    )
    train.add_argument("--out", type=Path, help="write the model here instead of models/")
    train.set_defaults(run=_cmd_train)

    evaluate = commands.add_parser(
        "evaluate", help="measure a component on the gold data",
        description="Measure a component of the library on the project's gold data.",
    )
    what = evaluate.add_subparsers(dest="what", required=True, metavar="WHAT")
    ev_cls = what.add_parser(
        "classifier",
        help="per-category P/R/F1 of the incident classifier beside two baselines",
    )
    ev_cls.add_argument("--model", help="a model file (default: the shipped model)")
    ev_cls.add_argument("--json", action="store_true", help="print the figures as JSON")
    ev_cls.set_defaults(run=_cmd_evaluate)
    ev_obl = what.add_parser(
        "obligations",
        help="obligation, modality, addressee and actor scores on corpus/gold beside a baseline",
    )
    ev_obl.add_argument("--json", action="store_true", help="print the figures as JSON")
    ev_obl.add_argument("--agreement", action="store_true",
                        help="also score a second, blind annotation of some gold documents "
                             "against the gold, beside kyluat_nlp on the same documents")
    ev_obl.set_defaults(run=_cmd_evaluate_obligations)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``kyluat`` command; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except BrokenPipeError:  # the reader went away (``kyluat segment x | head``)
        sys.stdout = open(os.devnull, "w")  # silence the flush at exit
        return 0
    except (OSError, ValueError) as err:
        print(f"kyluat {args.command}: error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
