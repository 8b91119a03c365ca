"""Sanad's Qt-free core: storage, Arabic analysis, services, importers, exports, search, CLI."""

__version__ = "0.1.0"
