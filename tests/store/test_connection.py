from __future__ import annotations

from dctracker.store import Store


def test_recursive_triggers_are_on_from_the_start(store: Store) -> None:
    # sqlite-utils turned them on when the store still wrapped its
    # connection in it; the triggers must keep running as they did then.
    assert store.db.conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
