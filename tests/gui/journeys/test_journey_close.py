"""Closing the kiosk: what waited for the next paint never runs against the closed change feed."""

from __future__ import annotations

from journey_support import STATION, Kiosk
from PySide6.QtCore import QCoreApplication

from kiosk.services.checkin import CheckInService
from kiosk.ui.checkin.afterpaint import AfterPaint

ALREADY_IN = 40  # tests/gui/conftest.py


def test_an_answer_waiting_for_the_paint_is_dropped_when_the_kiosk_closes(kiosk: Kiosk) -> None:
    """The teardown error seen once (ResourceClosedError from a deferred absorb).

    An answer's changes wait for the paint (JourneyRunner.run). If another station committed
    just before, taking them in reads the log first, on the feed's connection: closed by
    then, were the deferred work still to run after the controller closed.
    """
    later = kiosk.window.findChild(AfterPaint)
    assert later is not None
    newcomers = kiosk.demo.guests[ALREADY_IN:]
    other = CheckInService(kiosk.database, station="door-2").check_in(newcomers[0].id, "ci-x")
    ours = CheckInService(kiosk.database, station=STATION).check_in(newcomers[1].id, "ci-y")
    assert other.ok
    assert ours.ok
    feed = kiosk.controller.feed
    later.defer(lambda: feed.absorb(ours.changes))  # what JourneyRunner.run does with an answer
    assert not kiosk.controller.caught_up

    applied = len(kiosk.applied)
    kiosk.controller.close()
    assert later.pending == 0
    with kiosk.qtbot.waitSignal(kiosk.window.painted, timeout=5000):
        kiosk.window.update()  # the paint after which it would have run...
    QCoreApplication.processEvents()  # ...posted from the paint, run here
    # Nothing ran: an exception in that slot would fail this test (pytest-qt).
    assert len(kiosk.applied) == applied
