"""The one-direction layering of STYLE.md, checked by import-linter's contracts."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = {
    "core": ("PySide6", "sqlalchemy", "alembic", "kiosk.storage", "kiosk.services", "kiosk.ui"),
    "storage": ("PySide6", "kiosk.services", "kiosk.ui", "kiosk.app"),
    "services": ("PySide6", "kiosk.ui", "kiosk.app"),
    "ui": ("sqlalchemy", "alembic", "kiosk.storage", "kiosk.app"),
}


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_layer_imports_the_wrong_way() -> None:
    """A second, dependency-free check: also catches imports inside functions."""
    offences = []
    for layer, forbidden in FORBIDDEN.items():
        for path in sorted((ROOT / "kiosk" / layer).rglob("*.py")):
            for name in _imports(path):
                if any(name == f or name.startswith(f + ".") for f in forbidden):
                    offences.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not offences, "\n".join(offences)
