"""The bundle's ``sanad-gui`` executable (what the desktop/Start menu/Finder open): ``sanad gui [FILE]``."""

import sys

from app.cli import main

if __name__ == "__main__":
    # macOS Finder may add a -psn_… process serial number argument on old systems.
    args = [a for a in sys.argv[1:] if not a.startswith("-psn_")]
    sys.exit(main(["gui", *args]))
