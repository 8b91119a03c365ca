"""Benchmarks: figures printed for people, not tests (``python -m benchmarks.NAME``)."""
