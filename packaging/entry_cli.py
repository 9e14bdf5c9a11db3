"""The console executable of the bundled build: `dctracker [COMMAND ...]`."""

import sys

from dctracker.cli import main

sys.exit(main())
