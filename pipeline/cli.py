"""Command line: a thin layer over the library that parses, runs and reports.

    trade-measures run NEWS_DIR -o OUT      extract and reconcile a news folder
    trade-measures diff OLD_OUT NEW_OUT     what changed between two runs
    trade-measures schema                   JSON Schema of every output record
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report it
EXIT_CHANGED = 1  # diff --fail-on-change: the runs differ
EXIT_STATUS = (
    "exit status:\n"
    "  0    every input was used (exact duplicates are listed on the article they copy, not rejected)\n"
    "  1    some inputs were rejected: each is one line of OUT/errors.jsonl {path, line, error, detail}\n"
    "       and a warning on stderr; every other input is in the outputs\n"
    "  2    usage error: NEWS_DIR is not a folder, a bad option, a broken rule file\n"
    "  130  interrupted: outputs are written atomically, so OUT holds no half-written file")

EXAMPLES = {
    "run": "example: trade-measures run corpus/ -o outputs/",
    "schema": "example: trade-measures schema > schema.json",
    "diff": "example: trade-measures diff outputs-before/ outputs/ --fail-on-change",
}
DIFF_STATUS = (
    "exit status:\n"
    "  0    no change, or changes without --fail-on-change\n"
    "  1    --fail-on-change and the runs differ (measures, events, mentions or rejected inputs)\n"
    "  2    usage error: OLD_OUT or NEW_OUT is not the output folder of a run (no measures.jsonl)")


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
                         epilog=f"{EXAMPLES['run']}\n\n{EXIT_STATUS}",
                         formatter_class=argparse.RawDescriptionHelpFormatter)
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
    inputs.add_argument("--time-limit", type=float, default=120.0, metavar="SECONDS",
                        help="give up an input that takes longer than this to read and extract: it goes to "
                             "errors.jsonl as `timeout` and the run goes on (default: 120; 0: no limit; "
                             "not enforced on Dask worker threads)")
    output = run.add_argument_group("output")
    output.add_argument("-q", "--quiet", action="store_true", help="no progress bar, summary line or warnings")
    output.add_argument("--no-reports", action="store_true", help="skip report.html and report.md")
    scale = run.add_argument_group("speed and scale", "The outputs are the same, byte for byte, whatever these say.")
    scale.add_argument("--workers", type=int, default=None, metavar="N",
                       help=f"processes for the per-article stage (default: all {os.cpu_count()} cores; 1: "
                            "everything in this process); with --engine dask, the LocalCluster's workers")
    scale.add_argument("--no-cache", action="store_true",
                       help="process every input again and rebuild OUT/.cache/ (by default a re-run only "
                            "processes new or changed inputs: the cache is keyed by each file's sha256, path "
                            "and sidecar, and dropped when the rules, code or library versions change)")
    scale.add_argument("--engine", choices=["local", "dask"], default="local",
                       help="where the per-article stage runs: local (this machine) or dask (a Dask cluster; "
                            "pip install 'trade-measures[dask]'); reconciliation always runs here (default: local)")
    scale.add_argument("--scheduler", metavar="ADDRESS", default=None,
                       help="with --engine dask: the scheduler to use, e.g. tcp://10.0.0.5:8786 (default: a "
                            "LocalCluster on this machine); its workers need trade-measures and the same rule files")

    diff = sub.add_parser("diff", help="show what changed between two runs",
                          description="Compare two output folders of `trade-measures run`: measures and events "
                                      "added, removed and changed (field by field, old -> new, with the evidence), "
                                      "mentions gained and lost per article. Writes diff.html and diff.md.",
                          epilog=f"{EXAMPLES['diff']}\n\n{DIFF_STATUS}",
                          formatter_class=argparse.RawDescriptionHelpFormatter)
    diff.add_argument("old_out", metavar="OLD_OUT", type=Path, help="output folder of the earlier run")
    diff.add_argument("new_out", metavar="NEW_OUT", type=Path, help="output folder of the later run")
    diff_output = diff.add_argument_group("output")
    diff_output.add_argument("-o", "--out", type=Path, default=None,
                             help="folder for diff.html and diff.md, created if missing (default: NEW_OUT)")
    diff_output.add_argument("--fail-on-change", action="store_true",
                             help="exit 1 when the runs differ, e.g. in CI after editing patterns/")
    diff_output.add_argument("-q", "--quiet", action="store_true", help="no summary line")

    schema = sub.add_parser("schema", help="print the JSON Schema of every output record",
                            description="Print the JSON Schema of articles, mentions, measures and errors records.",
                            epilog=EXAMPLES["schema"])
    schema.add_argument("--indent", type=int, default=2, help="JSON indentation (default: 2)")
    return parser


def parse_args(argv: Optional[Sequence[str]] = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def cmd_run(args: argparse.Namespace) -> int:
    from .engines import EngineError
    from .rules import RuleFileError
    from .runner import run
    from .settings import Settings

    if not args.news_dir.is_dir():
        print(f"trade-measures: error: NEWS_DIR {args.news_dir} is not a folder", file=sys.stderr)
        return EXIT_USAGE
    if args.max_bytes < 1:
        print(f"trade-measures: error: --max-bytes must be a positive number of bytes, not {args.max_bytes}",
              file=sys.stderr)
        return EXIT_USAGE
    if args.workers is not None and args.workers < 1:
        print(f"trade-measures: error: --workers must be at least 1, not {args.workers}", file=sys.stderr)
        return EXIT_USAGE
    if args.scheduler and args.engine != "dask":
        print("trade-measures: error: --scheduler needs --engine dask", file=sys.stderr)
        return EXIT_USAGE
    if args.time_limit < 0:
        print(f"trade-measures: error: --time-limit must be 0 (no limit) or a number of seconds, not "
              f"{args.time_limit:g}", file=sys.stderr)
        return EXIT_USAGE
    if args.out.resolve() == args.news_dir.resolve():
        print("trade-measures: error: OUT is NEWS_DIR: the outputs would be read as articles by the next run; "
              "pass -o with another folder", file=sys.stderr)
        return EXIT_USAGE
    try:
        settings = Settings(patterns=args.patterns, model=args.model, max_bytes=args.max_bytes,
                            time_limit=args.time_limit,
                            progress=not args.quiet, reports=not args.no_reports, workers=args.workers,
                            cache=not args.no_cache, engine=args.engine, scheduler=args.scheduler)
        summary = run(args.news_dir, args.out, settings)
    except RuleFileError as exc:
        print(f"trade-measures: error in rule file: {exc}\n  fix the file, or pass --patterns DIR", file=sys.stderr)
        return EXIT_USAGE
    except EngineError as exc:
        print(f"trade-measures: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        if args.model and "Can't find model" in str(exc):
            print(f"trade-measures: error: spaCy pipeline {args.model!r} is not installed; "
                  "drop --model to use the built-in blank pipeline", file=sys.stderr)
            return EXIT_USAGE
        raise
    except KeyboardInterrupt:
        print(f"trade-measures: interrupted; {args.out} keeps only complete files", file=sys.stderr)
        return EXIT_INTERRUPTED
    if not args.quiet:
        print(summary.line(), file=sys.stderr)
        for line in summary.warning_lines():
            print(line, file=sys.stderr)
    return EXIT_REJECTED if summary.errors else EXIT_OK


def cmd_diff(args: argparse.Namespace) -> int:
    from .diff import write_diff
    from .report import is_run_dir

    for name, folder in (("OLD_OUT", args.old_out), ("NEW_OUT", args.new_out)):
        if not is_run_dir(folder):
            what = "is not a folder" if not folder.is_dir() else "has no measures.jsonl"
            print(f"trade-measures: error: {name} {folder} {what}; pass the -o folders of two "
                  "`trade-measures run` calls", file=sys.stderr)
            return EXIT_USAGE
    result = write_diff(args.old_out, args.new_out, args.out)
    if not args.quiet:
        out = args.out or args.new_out
        print(f"{result.line()}; see {out / 'diff.html'} and {out / 'diff.md'}")
    return EXIT_CHANGED if args.fail_on_change and result.changed else EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from .models import json_schemas

    print(json.dumps(json_schemas(), indent=args.indent))
    return EXIT_OK


COMMANDS = {"run": cmd_run, "diff": cmd_diff, "schema": cmd_schema}


def main(argv: Optional[Sequence[str]] = None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as exc:  # argparse: --help exits 0, usage errors exit 2
        return int(exc.code or 0)
    return COMMANDS[args.command](args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
