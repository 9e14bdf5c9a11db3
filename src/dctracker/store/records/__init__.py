"""Records: create, read, update and delete with versions and history; zones, MOUs, bulk writes."""
