"""The `kiosk` command line: parses arguments and hands over to the app layer."""

from __future__ import annotations

import os

# Idle OpenBLAS/OpenMP threads spin and take a core from the GUI thread on a 2-core kiosk.
# Set before anything imports numpy or scipy (kiosk.core.matching); the user's value wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Language
from kiosk.core.machine import Role

LANGUAGES = [x.value for x in Language]


def _positive(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be greater than 0")
    return value


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Icebreaker: check-in kiosk and networking wall"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    demo = commands.add_parser("demo", help="run on the embedded demo event")
    demo.add_argument(
        "--lang", choices=LANGUAGES, help="language of the texts (default: each guest's)"
    )
    demo.add_argument("--text", action="store_true", help="play the demo in the terminal")
    demo.add_argument("--summary", action="store_true", help="only say what the demo holds")
    demo.add_argument("--arrivals", type=int, metavar="N", help="stop after N arrivals")
    demo.add_argument(
        "--speed", type=_positive, default=1.0, help="arrivals per second (default 1)"
    )
    demo.add_argument("--db", metavar="URL", help="database URL (default: a fresh temporary file)")
    demo.add_argument(
        "--screenshots", type=Path, metavar="DIR", help="render every screen to PNG files and exit"
    )

    run = commands.add_parser("run", help="run this station on the configured event")
    run.add_argument("--role", choices=[r.value for r in Role], help="default: the machine's")
    run.add_argument("--windowed", action="store_true", help="normal windows, no guest lock")
    run.add_argument("--db", metavar="URL", help="database URL (default: the machine's)")
    run.add_argument("--event", metavar="ID", help="event id (default: the active event)")
    run.add_argument("--lang", choices=LANGUAGES, help="language of the messages")

    imp = commands.add_parser("import", help="import a guest list (CSV, XLSX) into an event")
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="map a column (header or 1-based position) to first_name, last_name, full_name,"
        " email, organisation, ticket, language or ignore",
    )
    imp.add_argument("--encoding", help="force the file's encoding (default: detected)")
    imp.add_argument("--db", metavar="URL", help="database URL (default: the machine's)")
    imp.add_argument("--event", metavar="ID", help="event id (default: the active event)")
    imp.add_argument("--lang", choices=LANGUAGES, help="language of the report")

    badges = commands.add_parser("badges", help="every pre-registered guest's badge in one PDF")
    badges.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    badges.add_argument("--template", help="badge template (default: the machine's)")
    badges.add_argument("--db", metavar="URL", help="database URL (default: the machine's)")
    badges.add_argument("--event", metavar="ID", help="event id (default: the active event)")
    badges.add_argument("--lang", choices=LANGUAGES, help="language of the messages")

    pin = commands.add_parser("set-pin", help="set the organiser's PIN (at this machine's console)")
    pin.add_argument("--reset", action="store_true", help="replace a forgotten PIN")
    pin.add_argument("--lang", choices=LANGUAGES, help="language of the messages")

    export = commands.add_parser("export", help="attendance, tag statistics and a report")
    export.add_argument("--out", type=Path, metavar="FILE", help="default: <event>-<date>.<format>")
    export.add_argument("--format", choices=["csv", "xlsx"], default="csv")
    _database_options(export)

    erase = commands.add_parser("erase-guest", help="erase one guest and every trace of them")
    erase.add_argument("guest", help="the guest's id, ticket or email")
    _database_options(erase)

    wipe = commands.add_parser("wipe-event", help="erase every guest of an event")
    wipe.add_argument("--yes", action="store_true", help="really erase (otherwise: only say what)")
    wipe.add_argument("--drop-event", action="store_true", help="also delete the event itself")
    _database_options(wipe)

    purge = commands.add_parser("purge", help="erase events whose retention period has passed")
    _database_options(purge)
    return parser


def _database_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--db", metavar="URL", help="database URL (default: the machine's)")
    command.add_argument("--event", metavar="ID", help="event id (default: the active event)")
    command.add_argument("--lang", choices=LANGUAGES, help="language of the messages")


def _has_display() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("offscreen", "minimal")):
        return True
    return not platform and bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _demo(args: argparse.Namespace) -> int:
    from kiosk.app.clitext import say
    from kiosk.core.demo import load_demo
    from kiosk.resources import db_file

    demo = load_demo(db_file("demo"))
    language = Language(args.lang) if args.lang else None
    if args.summary:
        from kiosk.app.demosummary import print_summary

        print_summary(demo, language or demo.event.default_language, sys.stdout)
        return 0
    if args.screenshots is not None:
        return _screenshots(demo, args.screenshots)
    if not args.text and _has_display():
        import tempfile

        from kiosk.app.gui import run_demo

        with tempfile.TemporaryDirectory(prefix="icebreaker-demo-") as folder:
            return run_demo(demo, args.db or f"sqlite:///{Path(folder) / 'demo.sqlite3'}")
    if not args.text:
        print(say("no_display", language or demo.event.default_language), flush=True)
    from kiosk.app.textdemo import play

    play(
        demo,
        database_url=args.db,
        language=language,
        arrivals=args.arrivals,
        interval_s=1.0 / args.speed,
        out=sys.stdout,
    )
    return 0


def _screenshots(demo: DemoEvent, folder: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kiosk.app.screenshots import render_all

    app = QApplication.instance() or QApplication(sys.argv[:1])
    written = render_all(folder, demo)
    print(f"{len(written)} PNG files in {folder}")
    del app
    return 0


def _run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from kiosk.app.gui import GuiOptions, run
    from kiosk.app.organisercontext import EXIT_RESTART
    from kiosk.core import machine

    event_override = args.event
    while True:
        # Read again on each start: organiser mode may have saved other screens or events.
        config = machine.load()
        config = replace(
            config,
            database_url=args.db or config.database_url,
            event_id=event_override or config.event_id,
            role=Role(args.role) if args.role else config.role,
        )
        options = GuiOptions(role=config.role, windowed=args.windowed, language=_language(args))
        status = run(config, options, out=sys.stdout, err=sys.stderr)
        if status != EXIT_RESTART:
            return status
        event_override = ""  # the organiser chose the active event: --event no longer wins


def _import(args: argparse.Namespace) -> int:
    from kiosk.app.clitext import system_language
    from kiosk.app.importcmd import run_import
    from kiosk.core import machine
    from kiosk.storage import open_database

    url = args.db or machine.load().effective_database_url
    language = Language(args.lang) if args.lang else system_language()
    with open_database(url) as database:
        return run_import(
            database,
            args.file,
            event_id=args.event,
            encoding=args.encoding,
            mapping_pairs=args.map,
            language=language,
            out=sys.stdout,
            err=sys.stderr,
        )


def _badges(args: argparse.Namespace) -> int:
    from kiosk.app.badgescmd import run_badges
    from kiosk.app.clitext import system_language
    from kiosk.core import machine
    from kiosk.storage import open_database

    config = machine.load()
    language = Language(args.lang) if args.lang else system_language()
    with open_database(args.db or config.effective_database_url) as database:
        return run_badges(
            database,
            args.out,
            event_id=args.event,
            template=args.template or config.badge_template,
            language=language,
        )


def _language(args: argparse.Namespace) -> Language:
    from kiosk.app.clitext import system_language

    return Language(args.lang) if args.lang else system_language()


def _set_pin(args: argparse.Namespace) -> int:
    from kiosk.app.pincmd import default_pin_path, run_set_pin

    return run_set_pin(
        default_pin_path(), reset=args.reset, language=_language(args), out=sys.stdout,
        err=sys.stderr,
    )  # fmt: skip


def _organiser(args: argparse.Namespace) -> int:
    """export, erase-guest, wipe-event, purge: one database, the same options."""
    from datetime import UTC, datetime

    from kiosk.app import exportcmd, retentioncmd
    from kiosk.core import machine
    from kiosk.storage import open_database

    language = _language(args)
    out, err = sys.stdout, sys.stderr
    with open_database(args.db or machine.load().effective_database_url) as database:
        if args.command == "export":
            return exportcmd.run_export(
                database, out=args.out, fmt=args.format, event_id=args.event,
                language=language, stdout=out, stderr=err,
            )  # fmt: skip
        if args.command == "erase-guest":
            return retentioncmd.run_erase_guest(
                database, guest=args.guest, event_id=args.event, language=language, out=out,
                err=err,
            )  # fmt: skip
        if args.command == "wipe-event":
            return retentioncmd.run_wipe_event(
                database, event_id=args.event, yes=args.yes, language=language, out=out,
                err=err, drop_event=args.drop_event,
            )  # fmt: skip
        return retentioncmd.run_purge(
            database, datetime.now(UTC), language=language, out=out, err=err,
            quiet_when_none=False,
        )  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    handlers = {
        "demo": _demo,
        "run": _run,
        "import": _import,
        "badges": _badges,
        "set-pin": _set_pin,
        "export": _organiser,
        "erase-guest": _organiser,
        "wipe-event": _organiser,
        "purge": _organiser,
    }
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
