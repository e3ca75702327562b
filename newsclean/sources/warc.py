"""WARC archives (``.warc``, ``.warc.gz``): every HTTP response with an HTML or text payload.

Read with FastWARC (the ``warc`` extra): on the benchmark archive it lists records several
times faster than warcio (see ``benchmarks/warc.py``). Discovery streams each archive once,
reading headers only, and lists a `Locator` (path + the record's byte offset) per page;
every other record is counted by kind, never silently dropped. A worker opens its own
record: a gzip WARC record is its own gzip member, so it seeks to the offset and reads one.

A gzip WARC cut off mid-member keeps every record before the cut; the cut record (or the
tail of bytes no record could be read from) becomes one ``truncated_record`` error entry.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterator
from typing import Any

from newsclean.sources.http import decode_http
from newsclean.sources.locator import Locator
from newsclean.sources.opened import BAD_RECORD, TOO_LARGE, TRUNCATED_RECORD, Opened, SourceError

WARC_SUFFIXES = (".warc", ".warc.gz")

# Payloads that are pages; anything else (images, scripts, PDF, JSON) is counted, not parsed.
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain", ""})

# Summary counters (in `BatchReport.skipped`) for records that are not pages.
SKIPPED_REQUEST = "warc_request"
SKIPPED_METADATA = "warc_metadata"
SKIPPED_REVISIT = "warc_revisit"
SKIPPED_WARCINFO = "warc_warcinfo"
SKIPPED_OTHER_RECORD = "warc_other_record"
SKIPPED_NON_HTML = "warc_non_html_payload"
SKIPPED_NON_200 = "warc_non_200_response"

_SKIPPED_BY_TYPE = {
    "request": SKIPPED_REQUEST,
    "metadata": SKIPPED_METADATA,
    "revisit": SKIPPED_REVISIT,
    "warcinfo": SKIPPED_WARCINFO,
}


def is_warc_name(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def _archive(stream: Any) -> Any:
    try:
        from fastwarc.warc import ArchiveIterator
    except ImportError as exc:  # pragma: no cover - the extra is part of `test`
        raise RuntimeError("WARC input needs: pip install 'newsclean[warc]'") from exc
    # Raw payloads: FastWARC 2.0 with auto_decode stops iterating after a chunked record,
    # and a raw payload's length tells a record cut off by a truncated file.
    return ArchiveIterator(stream, parse_http=True, auto_decode="none")


def _type_name(record: Any) -> str:
    return str(record.headers.get("WARC-Type") or "").lower()


def list_records(path: str, skipped: Counter[str]) -> Iterator[Locator]:
    """A locator per page-bearing response in ``path``, in offset order; others counted."""
    last = -1
    try:
        with open(path, "rb") as handle:
            for record in _archive(handle):
                last = record.stream_pos
                locator = _classify(path, record, skipped)
                if locator is not None:
                    yield locator
    except OSError:
        # Unreadable from here on: what follows the last good record is one error entry.
        yield Locator(path, offset=last + 1 if last >= 0 else 0)
        return
    if last < 0:
        yield Locator(path, offset=0)  # not a WARC at all (or empty): one error entry
        return
    tail = _cut_gzip_tail(path, last) if path.lower().endswith(".gz") else _cut_tail(path, last)
    if tail is not None:
        yield Locator(path, offset=tail)


def _classify(path: str, record: Any, skipped: Counter[str]) -> Locator | None:
    kind = _type_name(record)
    offset = record.stream_pos
    headers = record.headers
    if headers.get("WARC-Type") is None or headers.get("Content-Length") is None:
        return Locator(path, offset=offset)  # headers cut off: the worker reports it
    if kind != "response":
        skipped[_SKIPPED_BY_TYPE.get(kind, SKIPPED_OTHER_RECORD)] += 1
        return None
    if not record.is_http:
        skipped[SKIPPED_NON_HTML] += 1
        return None
    if record.http_headers.status_code != 200:
        skipped[SKIPPED_NON_200] += 1
        return None
    content_type = (record.http_content_type or "").split(";")[0].strip().lower()
    if content_type not in PAGE_TYPES:
        skipped[SKIPPED_NON_HTML] += 1
        return None
    return Locator(path, offset=offset)


def _cut_gzip_tail(path: str, last: int) -> int | None:
    """The offset of bytes after the last listed record that hold no complete gzip member.

    The reader stops quietly at a member cut off inside its headers; this finds that tail so
    it is reported. A last member cut inside its payload is listed and its worker reports it.
    """
    with open(path, "rb") as handle:
        size = handle.seek(0, 2)
        handle.seek(last)
        inflater = zlib.decompressobj(wbits=31)
        trailing = b""
        try:
            while not inflater.eof:
                piece = handle.read(1 << 16)
                if not piece:
                    return None  # the last member is itself cut: its own worker reports it
                inflater.decompress(piece, 0)
        except zlib.error:
            return None
        trailing = inflater.unused_data
        after = size - handle.tell()
    if after or trailing.strip(b"\0\r\n"):
        return size - after - len(trailing)
    return None


def _cut_tail(path: str, last: int) -> int | None:
    """Like `_cut_gzip_tail` for an uncompressed WARC: the last record's headers give its end
    (Content-Length); bytes after it that the reader listed nothing from are a cut record."""
    with open(path, "rb") as handle:
        size = handle.seek(0, 2)
        handle.seek(last)
        head = handle.read(1 << 16)
    end_of_headers = head.find(b"\r\n\r\n")
    if end_of_headers < 0:
        return None
    length = 0
    for line in head[:end_of_headers].split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length" and value.strip().isdigit():
            length = int(value)
    end = last + end_of_headers + 4 + length + 4  # headers, blank line, block, two CRLFs
    rest = size - end
    if rest <= 0:
        return None
    with open(path, "rb") as handle:
        handle.seek(end)
        trailing = handle.read(64)
    return end if trailing.strip(b"\0\r\n") else None


def open_record(locator: Locator, max_bytes: int) -> Opened:
    """The page of the response record at ``locator.offset``, HTTP encodings decoded."""
    offset = locator.offset or 0
    try:
        with open(locator.path, "rb") as handle:
            handle.seek(offset)
            record = next(iter(_archive(handle)), None)
            if (
                record is None
                or record.stream_pos not in (0, offset)
                or record.headers.get("WARC-Type") is None
                or record.headers.get("Content-Length") is None
            ):
                raise SourceError(
                    TRUNCATED_RECORD, f"no complete WARC record at offset {offset} (file cut off?)"
                )
            if _type_name(record) != "response" or not record.is_http:
                raise SourceError(BAD_RECORD, f"the record at offset {offset} is no HTTP response")
            expected = record.content_length
            if expected > max_bytes:
                raise SourceError(TOO_LARGE, f"{expected} bytes is over the {max_bytes}-byte limit")
            payload = record.reader.read()
    except OSError as exc:
        raise SourceError(
            TRUNCATED_RECORD, f"cannot read the WARC record at offset {offset}: {exc}"
        ) from None
    if len(payload) < expected:
        raise SourceError(
            TRUNCATED_RECORD,
            f"the WARC record at offset {offset} is cut off after {len(payload)} of "
            f"{expected} payload bytes",
        )
    payload = decode_http(payload, record.http_headers, max_bytes)
    uri = record.headers.get("WARC-Target-URI") or None
    return Opened(
        payload,
        url=uri,
        charset=record.http_charset or None,
        fetched=record.record_date,  # WARC-Date, parsed
        source={
            "warc_offset": offset,
            "warc_record_id": record.record_id or None,
            "target_uri": uri,
            "fetched": record.record_date,
        },
    )
