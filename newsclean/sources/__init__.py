"""Where dumps come from: files in folders, records in WARC archives, lines of scraper exports.

One module per kind of source. A *locator* (`newsclean.sources.locator`) names one dump;
each source lists its locators (`warc.list_records`, `jsonl.list_lines`; a plain file is its
own path) and opens one into bytes plus what it knows (`opened.Opened`: URL, fetch date,
declared charset). Discovery, the worker, the journal and resume deal in locators only.
"""

from newsclean.sources.locator import Item, Locator, item_name, item_path
from newsclean.sources.opened import Opened, SourceError

__all__ = ["Item", "Locator", "Opened", "SourceError", "item_name", "item_path"]
