"""The bundle's ``sanad`` executable: the command line (``sanad gui`` opens the window)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
