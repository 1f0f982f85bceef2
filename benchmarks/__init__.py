"""Benchmarks: each module exposes ``run(args) -> dict`` and is started by ``run.py NAME``."""
