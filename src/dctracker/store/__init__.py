"""The SQLite database: migrations, records, history, search. No Qt here."""

from dctracker.store.facade import Store, open_store

__all__ = ["Store", "open_store"]
