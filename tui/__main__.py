"""`python -m tui` runs storydiff."""

from .cli import main

raise SystemExit(main())
