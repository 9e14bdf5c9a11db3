"""Creating a database for the first time: schema, default zones, demo data."""

from __future__ import annotations

from pathlib import Path

from dctracker.store import Store, open_store
from dctracker.store.records.zones import install_default_zones


def create_database(path: Path, *, demo: bool) -> Store:
    """A new database at `path` (which must not exist yet)."""
    if path.exists():
        raise FileExistsError(f"이미 있는 파일입니다: {path} (file already exists)")
    store = open_store(path)
    install_default_zones(store.db)
    if demo:
        from dctracker.demo import load_demo

        load_demo(store)
    return store


def open_or_create(path: Path, *, background_check: bool = False) -> Store:
    """Open `path`, creating it with the demo data on first start
    (`background_check`: see open_store)."""
    if path.exists():
        return open_store(path, background_check=background_check)
    return create_database(path, demo=True)
