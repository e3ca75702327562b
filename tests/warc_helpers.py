"""WARC archives written by hand for the tests: each record its own gzip member, as crawlers do."""

from __future__ import annotations

import gzip
import uuid
import zlib
from pathlib import Path

DATE = "2024-07-19T18:10:00Z"


def warc_record(
    record_type: str,
    uri: str,
    block: bytes,
    *,
    content_type: str = "application/http; msgtype=response",
    extra: dict[str, str] | None = None,
) -> bytes:
    """One WARC/1.1 record (headers, block, the two closing line breaks)."""
    record_id = f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, record_type + uri)}>"
    headers = {
        "WARC-Type": record_type,
        "WARC-Record-ID": record_id,
        "WARC-Date": DATE,
        "WARC-Target-URI": uri,
        "Content-Type": content_type,
        **(extra or {}),
        "Content-Length": str(len(block)),
    }
    head = "WARC/1.1\r\n" + "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    return head.encode("utf-8") + b"\r\n" + block + b"\r\n\r\n"


def http_response(
    status: str,
    body: bytes,
    *,
    content_type: str = "text/html",
    headers: dict[str, str] | None = None,
) -> bytes:
    lines = [
        f"HTTP/1.1 {status}",
        f"Content-Type: {content_type}",
        *(f"{name}: {value}" for name, value in (headers or {}).items()),
    ]
    if "Transfer-Encoding" not in (headers or {}):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def chunked(body: bytes, size: int = 50) -> bytes:
    """``body`` in HTTP/1.1 chunked transfer encoding."""
    parts = [
        f"{len(body[i : i + size]):x}\r\n".encode() + body[i : i + size] + b"\r\n"
        for i in range(0, len(body), size)
    ]
    return b"".join(parts) + b"0\r\n\r\n"


def deflate(body: bytes) -> bytes:
    return zlib.compress(body)


def write_warc(path: Path, records: list[bytes], *, gzipped: bool = True) -> list[int]:
    """Write ``records`` (gzip member per record when ``gzipped``); their byte offsets."""
    offsets = []
    with open(path, "wb") as handle:
        for record in records:
            offsets.append(handle.tell())
            handle.write(gzip.compress(record, mtime=0) if gzipped else record)
    return offsets
