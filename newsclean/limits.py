"""Size limits that keep one hostile file from costing unbounded time or memory."""

from __future__ import annotations

import os

# A news page's HTML rarely passes 3 MB and its text dump 300 KB; 16 MB leaves room for
# bloated pages while a 50 MB blob is refused before any parsing work is spent on it.
# Override per call (``parse(..., max_bytes=N)``) or for a whole process with the
# NEWSCLEAN_MAX_BYTES environment variable.
DEFAULT_MAX_BYTES = int(os.environ.get("NEWSCLEAN_MAX_BYTES", 16 * 1024 * 1024))
