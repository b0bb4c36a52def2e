"""Read the text layer of the PDFs we write, with the standard library only.

fpdf2 writes each line as literal strings of 2-byte glyph ids (`(...) Tj`, or a `[...] TJ`
array when justified) in a
zlib-compressed content stream, and a ToUnicode CMap that maps glyph ids back to
characters. Decoding through that CMap is what a PDF reader's copy-and-paste does, so
finding Cyrillic here proves the text layer (not only the picture) is right.
"""

from __future__ import annotations

import re
import zlib

_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f", b"(": b"(", b")": b")", b"\\": b"\\"}


def _streams(data: bytes) -> list[bytes]:
    out = []
    for match in _STREAM.finditer(data):
        raw = match.group(1)
        try:
            out.append(zlib.decompress(raw))
        except zlib.error:
            out.append(raw)
    return out


def _cmap(streams: list[bytes]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for stream in streams:
        if b"beginbfchar" not in stream and b"beginbfrange" not in stream:
            continue
        for block in re.findall(rb"beginbfchar(.*?)endbfchar", stream, re.S):
            for code, uni in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                mapping[int(code, 16)] = bytes.fromhex(uni.decode()).decode("utf-16-be")
        for block in re.findall(rb"beginbfrange(.*?)endbfrange", stream, re.S):
            for lo, hi, start in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                base = int(start, 16)
                for offset, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                    mapping[code] = chr(base + offset)
    return mapping


def _strings(stream: bytes) -> list[bytes]:
    """The literal strings of a text block (Tj and TJ), unescaped (escapes, octal, nested parens)."""
    found, i = [], 0
    while (start := stream.find(b"(", i)) >= 0:
        out, depth, j = bytearray(), 1, start + 1
        while j < len(stream) and depth:
            c = stream[j:j + 1]
            if c == b"\\":
                nxt = stream[j + 1:j + 2]
                octal = re.match(rb"[0-7]{1,3}", stream[j + 1:j + 4])
                if nxt in _ESCAPES:
                    out += _ESCAPES[nxt]
                    j += 2
                elif octal:
                    out.append(int(octal.group(0), 8))
                    j += 1 + len(octal.group(0))
                else:
                    j += 2
                continue
            depth += c == b"("
            depth -= c == b")"
            if depth:
                out += c
            j += 1
        found.append(bytes(out))
        i = j
    return found


def pdf_text(data: bytes) -> str:
    """The text of every text block of every page, decoded through the font's ToUnicode map, one per line."""
    streams = _streams(data)
    cmap = _cmap(streams)
    lines = []
    for stream in streams:
        for block in re.findall(rb"\bBT\b(.*?)\bET\b", stream, re.S):
            raw = b"".join(_strings(block))
            if raw:
                codes = [int.from_bytes(raw[k:k + 2], "big") for k in range(0, len(raw) - 1, 2)]
                lines.append("".join(cmap.get(code, "\ufffd") for code in codes))
    return "\n".join(lines)
