"""Command line: a thin layer over the library that parses, runs and reports.

    trade-measures run NEWS_DIR -o OUT      extract and reconcile a news folder
    trade-measures diff OLD_OUT NEW_OUT     what changed between two runs
    trade-measures schema                   JSON Schema of every output record
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional, Sequence

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2

EXAMPLES = {
    "run": "example: trade-measures run corpus/ -o outputs/",
    "schema": "example: trade-measures schema > schema.json",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trade-measures",
        description="Turn a folder of trade-policy news into reconciled records of trade measures.",
        epilog="Exit status: 0 all inputs used, 1 some inputs rejected (see OUT/errors.jsonl), 2 usage error.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    run = sub.add_parser("run", help="extract and reconcile the articles of a news folder",
                         description="Read every article below NEWS_DIR and write articles.jsonl, mentions.jsonl, "
                                     "measures.jsonl, errors.jsonl and the reviewer reports into OUT.",
                         epilog=EXAMPLES["run"])
    run.add_argument("news_dir", metavar="NEWS_DIR", type=Path, help="folder of articles (searched recursively)")
    run.add_argument("-o", "--out", type=Path, default=Path("outputs"),
                     help="output folder, created if missing (default: outputs/)")
    rules = run.add_argument_group("rules and models")
    rules.add_argument("--patterns", type=Path, default=None,
                       help="folder of rule files to use instead of the shipped patterns/")
    rules.add_argument("--model", default=None,
                       help="name or path of a trained spaCy pipeline to start from (optional; "
                            "the default is spacy.blank('en') and needs no download)")
    inputs = run.add_argument_group("inputs")
    inputs.add_argument("--max-bytes", type=int, default=20_000_000,
                        help="reject inputs larger than this many bytes, after decompression (default: 20 MB)")
    output = run.add_argument_group("output")
    output.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    output.add_argument("--no-reports", action="store_true", help="skip report.html and report.md")

    schema = sub.add_parser("schema", help="print the JSON Schema of every output record",
                            description="Print the JSON Schema of articles, mentions, measures and errors records.",
                            epilog=EXAMPLES["schema"])
    schema.add_argument("--indent", type=int, default=2, help="JSON indentation (default: 2)")
    return parser


def parse_args(argv: Optional[Sequence[str]] = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def cmd_run(args: argparse.Namespace) -> int:
    from .rules import RuleFileError
    from .runner import run
    from .settings import Settings

    if not args.news_dir.is_dir():
        print(f"trade-measures: error: NEWS_DIR {args.news_dir} is not a folder", file=sys.stderr)
        return EXIT_USAGE
    try:
        settings = Settings(patterns=args.patterns, model=args.model, max_bytes=args.max_bytes,
                            progress=not args.quiet, reports=not args.no_reports)
        summary = run(args.news_dir, args.out, settings)
    except RuleFileError as exc:
        print(f"trade-measures: error in rule file: {exc}\n  fix the file, or pass --patterns DIR", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        if args.model and "Can't find model" in str(exc):
            print(f"trade-measures: error: spaCy pipeline {args.model!r} is not installed; "
                  "drop --model to use the built-in blank pipeline", file=sys.stderr)
            return EXIT_USAGE
        raise
    if not args.quiet:
        print(summary.line(), file=sys.stderr)
    return EXIT_REJECTED if summary.errors else EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from .models import json_schemas

    print(json.dumps(json_schemas(), indent=args.indent))
    return EXIT_OK


COMMANDS = {"run": cmd_run, "schema": cmd_schema}


def main(argv: Optional[Sequence[str]] = None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as exc:  # argparse: --help exits 0, usage errors exit 2
        return int(exc.code or 0)
    return COMMANDS[args.command](args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
