"""`python -m tui.bench` runs the benchmark."""

from .run import main

raise SystemExit(main())
