"""The windowed executable of the bundled build (no console on Windows).

It takes dctracker's arguments (`--db FILE`, `--lang en`); without a command
the command line opens the window.
"""

import sys

from dctracker.cli import main

sys.exit(main())
