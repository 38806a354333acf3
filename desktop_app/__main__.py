"""``python -m desktop_app`` starts Synapse Lab."""

import sys

from .cli import main

sys.exit(main())
