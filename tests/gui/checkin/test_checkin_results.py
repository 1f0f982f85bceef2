"""The results model: rows with roles, minimal personal data, checked by qtmodeltester."""

from __future__ import annotations

from checkin_support import hit
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from kiosk.ui.checkin.results import ResultRole, ResultsModel


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = ResultsModel()
    model.set_hits([hit("g1", "Marie", "D", "m•••@e•••.fr"), hit("g2", "Marc", "")])
    qtmodeltester.check(model)
    model.set_hits([hit("g3", "Hélène", "L")])
    qtmodeltester.check(model)
    model.set_hits([])
    qtmodeltester.check(model)


def test_rows_show_first_name_initial_and_hint_only() -> None:
    model = ResultsModel()
    model.set_hits([hit("g1", "Marie", "D", "m•••@e•••.fr"), hit("g2", "Marc")])
    first = model.index(0, 0)
    assert model.rowCount() == 2
    assert first.data(Qt.ItemDataRole.DisplayRole) == "Marie D."
    assert first.data(ResultRole.HINT) == "m•••@e•••.fr"
    assert first.data(ResultRole.GUEST_ID) == "g1"
    assert model.index(1, 0).data(Qt.ItemDataRole.DisplayRole) == "Marc"
    assert model.roleNames()[ResultRole.HINT] == b"hint"
    assert model.rowCount(first) == 0  # a list: no children
    assert model.data(QModelIndex()) is None


def test_same_hits_do_not_reset(qtbot: object) -> None:
    model = ResultsModel()
    hits = [hit("g1", "Marie", "D")]
    model.set_hits(hits)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_hits(list(hits))
    assert resets == []
    model.set_hits([])
    assert resets == [1]
