"""Keeps the wall board fresh: drift rebuilds solved off the GUI thread, installed back on it."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from kiosk.app.worker import ServiceWorker
from kiosk.core.matching import BoardDelta, BoardPlan, BoardSnapshot, MatchEngine, solve_board

log = logging.getLogger(__name__)

Solver = Callable[[BoardSnapshot], BoardPlan]


class BoardKeeper(QObject):
    """Rebuilds ``engine``'s board when ``engine.needs_rebuild()`` says so.

    ``check()`` (call it after applying changes; cheap when nothing is due) takes the
    snapshot here, on the engine's thread, hands ``solve`` to a thread of its own (a solve
    never waits behind a database write, nor a write behind a solve) and installs the plan
    back here. One solve at a time; a check during a solve looks again once it is in.
    ``board_rebuilt(BoardDelta)`` follows every install (the delta may be empty: the fresh
    board kept every pair); ``board_changed(BoardDelta)`` only when pairs changed.
    """

    board_rebuilt = Signal(object)  # BoardDelta
    board_changed = Signal(object)  # BoardDelta, never empty

    def __init__(
        self,
        engine: MatchEngine,
        *,
        solve: Solver = solve_board,
        worker: ServiceWorker | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._solve = solve
        self._worker = worker or ServiceWorker(parent=self)
        self._solving = False
        self._again = False
        self._closed = False
        self.rebuilds = 0  # plans installed so far (tests and logs)

    @property
    def solving(self) -> bool:
        return self._solving

    def check(self) -> bool:
        """Start a rebuild if one is due; True if one is running (started now or before)."""
        if self._closed:
            return False
        if self._solving:
            self._again = True
            return True
        if not self._engine.needs_rebuild():
            return False
        snapshot = self._engine.snapshot()
        solve = self._solve
        self._solving, self._again = True, False
        self._worker.submit(lambda: solve(snapshot), self._on_solved, self._on_failed)
        return True

    def close(self) -> None:
        """Drop a solve in progress (its plan is never installed). Safe to call twice."""
        self._closed = True
        self._worker.close()

    def _on_solved(self, plan: BoardPlan) -> None:
        self._solving = False
        if self._closed:
            return
        delta: BoardDelta = self._engine.install_board(plan)
        self.rebuilds += 1
        self.board_rebuilt.emit(delta)
        if delta:
            self.board_changed.emit(delta)
        if self._again:
            self.check()

    def _on_failed(self, error: Exception) -> None:
        # A bug in the solver, not an environment failure: loud, and the board stays as it is
        # (the incremental repairs keep it valid, only less good).
        self._solving = False
        log.error("board rebuild failed", exc_info=error)
