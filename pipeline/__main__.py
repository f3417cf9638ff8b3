"""`python -m pipeline` is the `trade-measures` command."""
import sys

from .cli import main

sys.exit(main())
