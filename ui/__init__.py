"""Sanad's review workstation (PySide6). Calls the services in ``app/`` only."""
