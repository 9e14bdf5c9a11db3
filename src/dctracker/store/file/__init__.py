"""The database file: opening, checking, migrating, backups, repair, and SQLite's failures."""
