"""PySide6 screens: passive widgets driven by the app. Never touches storage."""
