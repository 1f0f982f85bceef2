"""The `kiosk` command line: parses arguments and hands over to the app layer."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kiosk.core.demo import load_demo
from kiosk.core.guest import Language
from kiosk.resources import db_file


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Icebreaker: check-in kiosk and networking wall"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo", help="run on the embedded demo event")
    demo.add_argument("--lang", choices=[x.value for x in Language], default=None)
    demo.add_argument("--summary", action="store_true", help="only print what the demo event holds")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    if args.command == "demo":
        from kiosk.app.demosummary import print_summary

        demo = load_demo(db_file("demo"))
        language = Language(args.lang) if args.lang else demo.event.default_language
        print_summary(demo, language, sys.stdout)
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
