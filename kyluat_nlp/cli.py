"""The ``kyluat`` command line: thin sub-commands over the Python API.

    kyluat segment corpus/directives/chi_thi_tinh_uy_ky_luat.txt --format text
    cat report.txt | kyluat segment - > report.json
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

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
    seg.add_argument("file", metavar="FILE", help="a UTF-8 text file, or - for standard input")
    seg.add_argument(
        "--format",
        choices=("json", "text"),
        default="json",
        help="json: the whole Document (default); text: one sentence a line",
    )
    seg.add_argument("--no-words", action="store_true", help="skip word segmentation (faster)")
    seg.add_argument("--indent", type=int, default=None, help="indent the JSON by N spaces")
    seg.set_defaults(run=_cmd_segment)
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
