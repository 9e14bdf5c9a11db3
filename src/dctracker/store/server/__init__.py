"""The province server: dctracker's database on PostgreSQL (psycopg 3).

Schema migrations (db/postgresql/), the roles and row-level security that
decide who may change what, and copies between a server database and a
SQLite file. No Qt here.
"""
