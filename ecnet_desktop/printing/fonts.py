"""The Unicode fonts every document embeds (DejaVu, shipped in resources/fonts with its licence).

The 14 standard PDF fonts know only Latin-1: Łukasz, Őry, Ştefan, Γιώργος or Мария would print
as black boxes. DejaVu covers Latin, Greek and Cyrillic, and reportlab embeds (subsets of) the
TrueType files, so the PDF prints the same on any printer.

Each document embeds a subset of every face it uses, and reportlab copies the font's name table
into each subset whole: in DejaVu that is 15 KB of licence text per face and document, about
half of what compressing a subset costs. The faces are registered without that text (the
copyright and the licence's address stay in the name table; the licence ships beside the fonts).
"""

# reportlab has no inline type hints and no stub package is pinned: its names are Any here.
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

import io
import struct
import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resource_path

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_OBLIQUE = "DejaVuSans-Oblique"
CONDENSED = "DejaVuSansCondensed"
CONDENSED_BOLD = "DejaVuSansCondensed-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_OBLIQUE: "DejaVuSans-Oblique.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the fonts with reportlab once per process (parsing a TTF costs ~20 ms)."""
    global _registered
    with _lock:  # documents may be generated on a worker thread
        if _registered:
            return
        for name, file_name in _FILES.items():
            path = resource_path("fonts", file_name)
            if not path.is_file():
                raise FileNotFoundError(f"font file missing from the installation: {path}")
            font = io.BytesIO(without_licence_text(path.read_bytes()))
            font.name = str(path)  # reportlab names the font file after it
            # Subsets of only the characters a document uses: "ASCII-readable" subsets carry
            # all of ASCII and 256 widths per face, the larger part of embedding one.
            pdfmetrics.registerFont(TTFont(name, font, asciiReadable=False))
        # So that <b> and <i> inside paragraphs pick the right face instead of Helvetica.
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS_OBLIQUE)
        addMapping(SANS, 1, 1, SANS_BOLD)
        addMapping(CONDENSED, 0, 0, CONDENSED)
        addMapping(CONDENSED, 1, 0, CONDENSED_BOLD)
        addMapping(CONDENSED, 0, 1, SANS_OBLIQUE)
        addMapping(CONDENSED, 1, 1, CONDENSED_BOLD)
        _registered = True


_LICENCE_TEXT = 13  # nameID of the licence description; 14, its URL, stays


def without_licence_text(font: bytes) -> bytes:
    """The TrueType font with the licence text left out of its name table (the glyphs, metrics
    and every other name untouched), rebuilt with correct checksums."""
    tables = _tables(font)
    name = _name_table(tables[b"name"][0])
    tables[b"name"] = (name, _checksum(name))
    return _build(font[:4], tables)


def _tables(font: bytes) -> dict[bytes, tuple[bytes, int]]:
    """Each table and its checksum, as the font's directory gives them."""
    (count,) = struct.unpack_from(">H", font, 4)
    tables = {}
    for n in range(count):
        tag, checksum, offset, length = struct.unpack_from(">4sIII", font, 12 + 16 * n)
        tables[tag] = (font[offset:offset + length], checksum)
    return tables


def _name_table(table: bytes) -> bytes:
    version, count, storage = struct.unpack_from(">HHH", table, 0)
    if version != 0:
        return table  # format 1 (language tags) is left as it is
    records, strings = [], b""
    for n in range(count):
        platform, encoding, language, name_id, length, offset = struct.unpack_from(
            ">6H", table, 6 + 12 * n)
        if name_id == _LICENCE_TEXT:
            continue
        text = table[storage + offset:storage + offset + length]
        records.append(struct.pack(">6H", platform, encoding, language, name_id, length,
                                   len(strings)))
        strings += text
    head = struct.pack(">HHH", 0, len(records), 6 + 12 * len(records))
    return head + b"".join(records) + strings


def _checksum(data: bytes) -> int:
    data += b"\0" * (-len(data) % 4)
    words: tuple[int, ...] = struct.unpack(f">{len(data) // 4}I", data)
    return sum(words) & 0xFFFFFFFF


def _build(version: bytes, tables: dict[bytes, tuple[bytes, int]]) -> bytes:
    """The font file from its tables, 4-byte aligned, sorted by tag as the format asks.

    A table's checksum leaves out head's checksum adjustment; the whole file's checksum,
    which that adjustment completes, is the directory's plus every table's."""
    tags = sorted(tables)
    count = len(tags)
    selector = count.bit_length() - 1
    search = 16 << selector
    directory = [version + struct.pack(">4H", count, search, selector, count * 16 - search)]
    body: list[bytes] = []
    offset = 12 + 16 * count
    head_at = 0
    total = 0
    for tag in tags:
        table, checksum = tables[tag]
        if tag == b"head":  # the adjustment counts as zero until the file is whole
            table = table[:8] + b"\0\0\0\0" + table[12:]
            head_at = offset
        directory.append(struct.pack(">4sIII", tag, checksum, offset, len(table)))
        body.append(table + b"\0" * (-len(table) % 4))
        offset += len(body[-1])
        total += checksum
    head = b"".join(directory)
    font = bytearray(head + b"".join(body))
    adjustment = (0xB1B0AFBA - _checksum(head) - total) & 0xFFFFFFFF
    struct.pack_into(">I", font, head_at + 8, adjustment)
    return bytes(font)
