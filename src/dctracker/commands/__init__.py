"""One module per `dctracker` sub-command, each with `register(subparsers, common)`.

A command module imports what it needs inside its run function, so that
`dctracker list` does not pay for Qt, pyqtgraph or openpyxl.
"""
