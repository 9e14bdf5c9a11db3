"""Reads over many records: filtered lists, search, the past as of a day, dashboard and timeline rows."""
