"""Undoing HTTP's transfer and content encodings on a WARC payload (chunked, gzip, deflate, br)."""

from __future__ import annotations

import zlib
from typing import Any

from newsclean.sources.opened import BAD_ENCODING, TOO_LARGE, SourceError


def decode_http(payload: bytes, headers: Any, max_bytes: int) -> bytes:
    """``payload`` as the server meant it: de-chunked, then decompressed, bounded by ``max_bytes``."""
    transfer = (headers.get("Transfer-Encoding") or "").lower()
    if "chunked" in transfer:
        payload = dechunk(payload)
    for coding in reversed(
        [part.strip() for part in (headers.get("Content-Encoding") or "").lower().split(",")]
    ):
        if coding in ("", "identity"):
            continue
        payload = _decompress(payload, coding, max_bytes)
    return payload


def dechunk(payload: bytes) -> bytes:
    """Chunked transfer encoding undone; a payload that is not chunked after all is kept."""
    parts: list[bytes] = []
    position = 0
    while position < len(payload):
        end = payload.find(b"\r\n", position)
        if end < 0:
            return payload if not parts else b"".join(parts)
        size_text = payload[position:end].split(b";")[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            # Crawlers often store the body de-chunked but keep the header: take it as is.
            return payload if not parts else b"".join(parts)
        if size == 0:
            break
        parts.append(payload[end + 2 : end + 2 + size])
        position = end + 2 + size + 2
    return b"".join(parts)


def _decompress(payload: bytes, coding: str, max_bytes: int) -> bytes:
    if coding in ("gzip", "x-gzip", "deflate"):
        # deflate is zlib-wrapped by the standard, raw by some servers: try both.
        windows = (31,) if coding != "deflate" else (15, -15)
        for wbits in windows:
            try:
                inflater = zlib.decompressobj(wbits=wbits)
                data = inflater.decompress(payload, max_bytes + 1)
            except zlib.error:
                continue
            _check_size(data, max_bytes)
            return data
        raise SourceError(BAD_ENCODING, f"the payload does not decompress as {coding}")
    if coding == "br":
        try:
            import brotli
        except ImportError:
            raise SourceError(BAD_ENCODING, "a brotli payload needs the brotli package") from None
        try:
            data = brotli.decompress(payload)
        except brotli.error as exc:
            raise SourceError(
                BAD_ENCODING, f"the payload does not decompress as br: {exc}"
            ) from None
        _check_size(data, max_bytes)
        return data
    raise SourceError(BAD_ENCODING, f"unknown Content-Encoding {coding!r}")


def _check_size(data: bytes, max_bytes: int) -> None:
    if len(data) > max_bytes:
        raise SourceError(TOO_LARGE, f"the decompressed payload is over the {max_bytes}-byte limit")
