"""Bytes to clean text: users feed files from any editor, OS or web export."""

from __future__ import annotations

import codecs
import re
import unicodedata

# Bytes that never occur in text files; a few in the first block mean binary data.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_SAMPLE = 8192
_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)

_ODD_SPACES = "\u00a0\u2007\u202f\u205f\u3000\t\v\f" + "".join(map(chr, range(0x2000, 0x200B)))
_SPACES = dict.fromkeys(map(ord, _ODD_SPACES), " ")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_LINE_BREAKS = {ord("\u2028"): "\n", ord("\u2029"): "\n\n", ord("\x85"): "\n"}
_TABLE = {**_SPACES, **_INVISIBLE, **_LINE_BREAKS}
_STRAY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_TRAILING_SPACE = re.compile(r"[ ]+\n")
_BLANK_RUN = re.compile(r"\n{3,}")


class NotText(ValueError):
    """The bytes are binary data, not an article."""


def looks_binary(data: bytes) -> bool:
    """NULs or many control bytes at the start mean an image, archive, PDF..."""
    sample = data[:_SAMPLE]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([b])) for b in _CONTROL)
    return controls / len(sample) > 0.05


def decode_bytes(data: bytes, *, html: bool = False, declared: str | None = None) -> str:
    """Decode with BOMs first, then UTF-8, a declared charset, cp1252, latin-1.

    `declared` is the charset a web server sent; otherwise an HTML page's own
    declaration counts. Non-UTF-8 articles are common (old Windows exports);
    rejecting them would lose news, and cp1252 gets curly quotes right where
    latin-1 would not.
    """
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    if looks_binary(data):
        raise NotText("binary")
    candidates = ["utf-8"]
    if declared:
        candidates.append(declared.lower())
    if html:
        in_page = _CHARSET.search(data[:4096])
        if in_page:
            candidates.append(in_page.group(1).decode("ascii").lower())
    candidates.append("cp1252")
    for codec in candidates:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")


def normalise(text: str) -> str:
    """One canonical form so offsets, hashes and regexes behave the same everywhere.

    Curly quotes are kept as written: evidence sentences are quoted verbatim.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_TABLE)
    text = _STRAY_CONTROL.sub("", unicodedata.normalize("NFC", text))
    text = _TRAILING_SPACE.sub("\n", text)
    return _BLANK_RUN.sub("\n\n", text).strip()
