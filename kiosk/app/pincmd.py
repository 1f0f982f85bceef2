"""`kiosk set-pin [--reset]` at the console, and the check `kiosk run` makes before locking."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from kiosk.app.organisertext import say
from kiosk.core.guest import Language
from kiosk.core.machine import config_path
from kiosk.core.pinpolicy import MAX_LENGTH, MIN_LENGTH
from kiosk.services.pin import PinAlreadySetError, PinRefusedError, PinStore

PIN_FILE = "pin.json"
PIN_NEEDED_KEY = "pin_needed"  # message for `kiosk run` when locked_mode_allowed() is False


def default_pin_path() -> Path:
    """pin.json next to machine.toml, in this machine's config directory."""
    return config_path().parent / PIN_FILE


def locked_mode_allowed(path: Path) -> bool:
    """The locked guest mode starts only once an organiser PIN is set."""
    return PinStore(path).is_set()


def pin_needed_message(language: Language) -> str:
    return say(PIN_NEEDED_KEY, language)


def run_set_pin(
    path: Path,
    *,
    reset: bool,
    read_pin: Callable[[str], str] | None = None,
    language: Language,
    out: TextIO,
    err: TextIO,
    store: PinStore | None = None,
) -> int:
    """Ask the PIN twice and store its hash. 0 saved, 1 refused, 2 not at a console or unwritable.

    ``read_pin`` is getpass in real use (refused when stdin is not a terminal); tests inject one.
    """
    if read_pin is None:
        if not sys.stdin.isatty():
            print(say("pin_not_tty", language), file=err)
            return 2
        read_pin = getpass.getpass
    store = store or PinStore(path)
    if store.is_set() and not reset:
        print(say("pin_exists", language, path=path), file=err)
        return 1
    try:
        pin = read_pin(say("pin_prompt", language))
        again = read_pin(say("pin_confirm", language))
    except (EOFError, KeyboardInterrupt):
        print(say("pin_cancelled", language), file=err)
        return 1
    if pin != again:
        print(say("pin_mismatch", language), file=err)
        return 1
    try:
        store.set(pin, reset=reset)
    except PinRefusedError as exc:
        print(say(str(exc.problem), language, min=MIN_LENGTH, max=MAX_LENGTH), file=err)
        return 1
    except PinAlreadySetError:
        print(say("pin_exists", language, path=path), file=err)
        return 1
    except OSError as exc:
        print(say("pin_unwritable", language, path=path, reason=exc.strerror or exc), file=err)
        return 2
    print(say("pin_saved", language, path=path), file=out)
    return 0
