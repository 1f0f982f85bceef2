"""Composition root: builds storage, services, windows and timers, and wires them together."""
