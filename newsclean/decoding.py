"""Raw bytes to a decoded dump: gunzip (bounded), BOMs, charsets checked against the bytes.

Order of trust: a byte-order mark, then strict UTF-8 (nearly every dump), then the charset
the page declares *if the bytes really decode with it*, then statistical detection
(charset-normalizer), because declarations in saved pages are often wrong.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import zlib
from dataclasses import dataclass, field

from newsclean.errors import ParseError, ParseErrorReason
from newsclean.models import Problem

_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x7fELF", "ELF executable"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"RIFF", "RIFF media"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
    (b"wOFF", "web font"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
)
_MAGIC_PREFIXES = tuple(magic for magic, _ in _BINARY_MAGIC)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BOM_PREFIXES = tuple(bom for bom, _ in _BOMS)
_DECLARED_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{2,40})""", re.I)
# C0 controls other than tab and newline, DEL, and the BOM / zero-width no-break space.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]")
_GZIP_MAGIC = b"\x1f\x8b"
# Bytes that never occur in text: C0 controls other than tab, newline, vertical tab, form
# feed and carriage return. Counted with bytes.translate, at C speed.
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32)])
# Each of _CONTROL_BYTES to another byte (its lowest bit flipped), every other byte to itself.
_CONTROL_BYTES_MOVED = bytes(byte ^ 1 if byte in _CONTROL_BYTES else byte for byte in range(256))
_CONTROL_BYTES_AND_DEL = bytes([*range(0, 9), 11, 12, *range(14, 32), 127])


@dataclass(frozen=True)
class DecodedDump:
    """A dump as text, with what was learned about its bytes on the way."""

    text: str
    encoding: str
    compressed: bool
    sha256: str
    size: int
    problems: tuple[Problem, ...] = field(default=())
    # The bytes ``text`` was decoded from, when they are exactly ``text.encode("utf-8")``
    # (strict UTF-8, nothing replaced or removed): the HTML parser reads them as they are.
    utf8: bytes | None = None


def decode_dump(data: bytes, *, max_bytes: int, charset: str | None = None) -> DecodedDump:
    """Decode raw dump bytes to clean text (``\\n`` line ends, no control characters).

    ``charset`` is one declared outside the bytes (an HTTP header of a crawl record); it
    is checked against the bytes like a page's own declaration, and wins over it.

    >>> decode_dump("Grüße\\r\\n".encode("cp1252"), max_bytes=1000).text
    'Grüße\\n'
    """
    size = len(data)
    sha256 = hashlib.sha256(data).hexdigest()
    if size == 0:
        raise ParseError(ParseErrorReason.EMPTY, "the file is empty (0 bytes)")
    if size > max_bytes:
        raise ParseError(
            ParseErrorReason.TOO_LARGE,
            f"{size} bytes is over the {max_bytes}-byte limit (max_bytes / NEWSCLEAN_MAX_BYTES)",
        )
    problems: list[Problem] = []
    compressed = data[:2] == _GZIP_MAGIC
    if compressed:
        data = _gunzip_bounded(data, max_bytes, problems)
    c0_free = _reject_binary(data)
    problems_before = len(problems)
    text, encoding = _decode_text(data, problems, charset)
    # Strict UTF-8 without a BOM (the decoder noted no repair) round-trips to these bytes.
    utf8 = (
        data
        if encoding == "utf-8"
        and len(problems) == problems_before
        and not data.startswith(codecs.BOM_UTF8)
        else None
    )
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        utf8 = None
    if encoding != "utf-8" or _has_control_bytes(data, c0_free) or "\ufeff" in text:
        text = _CONTROL_CHARS.sub("", text)
        utf8 = None
    # (isspace stops at the first other character, where strip copies the text)
    if not text or text.isspace():
        raise ParseError(ParseErrorReason.EMPTY, "the file holds only whitespace or control bytes")
    return DecodedDump(text, encoding, compressed, sha256, size, tuple(problems), utf8)


def _has_control_bytes(data: bytes, c0_free: bool = False) -> bool:
    """``c0_free``: `_reject_binary` found none of _CONTROL_BYTES in the whole of ``data``;
    then only the three bytes it does not count need a (memchr-speed) look."""
    if c0_free:
        return b"\x0b" in data or b"\x0c" in data or b"\x7f" in data
    # bytes.translate runs at memory speed; the regex over the decoded text does not.
    return len(data.translate(None, _CONTROL_BYTES_AND_DEL)) != len(data)


def _gunzip_bounded(data: bytes, max_bytes: int, problems: list[Problem]) -> bytes:
    """Gunzip without ever holding more than ``max_bytes`` of output (gzip bombs)."""
    out = bytearray()
    remaining = data
    while remaining[:2] == _GZIP_MAGIC:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += inflater.decompress(remaining, max_bytes + 1 - len(out))
        except zlib.error as exc:
            if not out:
                raise ParseError(
                    ParseErrorReason.CORRUPT_COMPRESSION, f"gzip data is corrupt: {exc}"
                ) from exc
            problems.append(
                Problem(code="corrupt_compression", message=f"gzip stream broke: {exc}")
            )
            break
        if len(out) > max_bytes:
            raise ParseError(
                ParseErrorReason.TOO_LARGE,
                f"gzip expands past the {max_bytes}-byte limit (a gzip bomb or a huge page)",
            )
        if not inflater.eof:
            if not out:
                raise ParseError(
                    ParseErrorReason.CORRUPT_COMPRESSION, "gzip stream is truncated before any data"
                )
            problems.append(
                Problem(
                    code="truncated_compression",
                    message="gzip stream ends early; kept what inflated",
                )
            )
            break
        remaining = inflater.unused_data
    return bytes(out)


def _reject_binary(data: bytes) -> bool:
    """Raise for binary data; True when it counted no control byte (_CONTROL_BYTES) in all of
    ``data``, so that `_has_control_bytes` need not count them again."""
    if data.startswith(_MAGIC_PREFIXES):  # one C call for the text that nearly every file is
        for magic, kind in _BINARY_MAGIC:
            if data.startswith(magic):
                raise ParseError(ParseErrorReason.BINARY, f"the file is a {kind}, not a page dump")
    if data.startswith(b"\x1f\x8b"):
        raise ParseError(ParseErrorReason.BINARY, "gzip nested in gzip is not a page dump")
    if data.startswith(_BOM_PREFIXES) or (b"\x00" in data[:4096] and _looks_utf16(data[:4096])):
        return False
    sample = data[:8192]
    # A translation that moves only the control bytes leaves text without one unchanged:
    # a table lookup per byte, where counting them (deleting) costs twice that and more.
    if sample.translate(_CONTROL_BYTES_MOVED) == sample:
        return len(sample) == len(data)
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > len(sample) * 0.05:
        raise ParseError(
            ParseErrorReason.BINARY,
            f"{controls} of the first {len(sample)} bytes are control bytes: binary data",
        )
    return controls == 0 and len(sample) == len(data)


def _looks_utf16(sample: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII-range text leaves a NUL in every other byte."""
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > half * 0.4 and even_nuls < half * 0.05:
        return "utf-16-le"
    if even_nuls > half * 0.4 and odd_nuls < half * 0.05:
        return "utf-16-be"
    return None


def _decode_text(
    data: bytes, problems: list[Problem], charset: str | None = None
) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), encoding
    utf16 = b"\x00" in data[:4096] and _looks_utf16(data[:4096])
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            # A dump cut off inside a multi-byte character: the rest is fine.
            problems.append(Problem(code="truncated_character", message="last character cut off"))
            return data[: exc.start].decode("utf-8"), "utf-8"
    # The header's charset first (a server's word), then the page's own declaration.
    candidates = (_charset_name(charset) if charset else None, _declared_charset(data))
    for declared in dict.fromkeys(candidates):
        if not declared or declared in {"utf-8", "utf8"}:
            continue
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            problems.append(
                Problem(code="wrong_declared_charset", message=f"bytes do not decode as {declared}")
            )
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    # Mostly-valid UTF-8 (many well-formed multi-byte characters, a few broken ones) is a
    # damaged UTF-8 dump; a few high bytes and no valid sequence is a legacy code page.
    valid_multibyte = len(lenient) - len(lenient.encode("ascii", "ignore")) - bad
    if bad <= max(2, len(lenient) // 1000) and valid_multibyte >= 4 * bad:
        problems.append(
            Problem(code="invalid_utf8", message=f"{bad} invalid UTF-8 sequence(s) replaced")
        )
        return lenient, "utf-8"
    return _detect_legacy(data, problems)


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    return _charset_name(match.group(1).decode("ascii", "ignore"))


def _charset_name(name: str) -> str | None:
    name = name.strip().strip("\"'").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


# The code pages news sites were written in. Left to itself the detector also weighs rare
# ones (cp1006, cp037, ...) and picks them for short dumps.
_LEGACY_CANDIDATES = (
    "cp1252",
    "cp1256",
    "cp1251",
    "cp1250",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1257",
    "cp874",
    "iso8859_2",
    "iso8859_15",
    "koi8_r",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_jp",
    "euc_kr",
)


def _detect_legacy(data: bytes, problems: list[Problem]) -> tuple[str, str]:
    """Single-byte and CJK legacy encodings, by statistics (charset-normalizer)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536], cp_isolation=list(_LEGACY_CANDIDATES)).best()
    if best is None or best.encoding is None:
        raise ParseError(ParseErrorReason.UNDECODABLE, "no text encoding fits these bytes")
    encoding = codecs.lookup(best.encoding).name
    encoding = _prefer_arabic_codepage(data, encoding)
    encoding = _prefer_windows_1252(data, encoding)
    problems.append(Problem(code="legacy_encoding", message=f"decoded as detected {encoding}"))
    return data.decode(encoding, errors="replace"), encoding


def _prefer_windows_1252(data: bytes, detected: str) -> str:
    """Of code pages that read these bytes identically, name windows-1252, the common one."""
    if detected == "cp1252" or detected == "cp1256":
        return detected
    try:
        same = data.decode("cp1252") == data.decode(detected)
    except (UnicodeDecodeError, LookupError):
        return detected
    return "cp1252" if same else detected


_ARABIC_LETTERS = re.compile("[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u06d2]")


def _prefer_arabic_codepage(data: bytes, detected: str) -> str:
    """Detectors often take windows-1256 Persian/Urdu for a Latin or Cyrillic code page.

    When the bytes read as windows-1256 give mostly Arabic-script letters, they are.
    """
    if detected == "cp1256":
        return detected
    sample = data[:8192]
    high = sum(1 for byte in sample if byte >= 0x80)
    if high < 16:
        return detected
    arabic = len(_ARABIC_LETTERS.findall(sample.decode("cp1256", errors="replace")))
    return "cp1256" if arabic >= high * 0.8 else detected
