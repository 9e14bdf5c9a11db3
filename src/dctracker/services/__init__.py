"""Use cases: what a user does to the tracker, one function each, with no Qt.

A service owns its transaction (all of a use case is written, or none of it)
and returns what it wrote together with a `Changes` value naming what changed,
so a caller updates only that. The window (ui/) and the command line
(commands/) both call services; neither opens a transaction. A conflict or
refusal is raised as the store's error (ConflictError carries their version)
for the caller to put to its user. A service is given a Store, so a worker
thread can call it on a connection of its own (ui/ops.py); render/ draws
what services compute.
"""
