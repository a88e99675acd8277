"""Read, check, fill and pseudo-translate Qt .ts files (our own files: plain ElementTree)."""

from __future__ import annotations

import re

# Plain ElementTree: .ts files are the repo's own files, never input from outside.
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

# {name} placeholders of str.format, Qt's %n / %1, and the & of a mnemonic.
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%L?n|%L?\d")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translations: tuple[str, ...]
    state: str  # "" (finished), "unfinished", "vanished", "obsolete"
    numerus: bool
    location: str


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def read_ts(path: Path) -> list[Entry]:
    root = ET.parse(path).getroot()
    entries = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            state = translation.get("type", "") if translation is not None else "unfinished"
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
            elif numerus:
                texts = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            loc = message.find("location")
            where = f"{loc.get('filename')}:{loc.get('line')}" if loc is not None else ""
            entries.append(Entry(name, message.findtext("source") or "", texts, state, numerus, where))
    return entries


def problems(path: Path) -> list[str]:
    """Everything that makes a .ts file not ready to ship, one line each."""
    found = []
    for e in read_ts(path):
        if e.state in ("vanished", "obsolete"):
            continue
        where = f"{path.name}: [{e.context}] {e.source!r} ({e.location})"
        if e.state == "unfinished" or not e.translations or not all(t.strip() for t in e.translations):
            found.append(f"{where}: not translated")
            continue
        wanted = sorted(set(placeholders(e.source)))
        for text in e.translations:
            got = sorted(set(placeholders(text)))
            # A plural form may leave %n out (e.g. "one person"); nothing else may differ.
            if e.numerus:
                wanted_n = [p for p in wanted if p not in ("%n", "%Ln")]
                got_n = [p for p in got if p not in ("%n", "%Ln")]
                if wanted_n != got_n:
                    found.append(f"{where}: placeholders {got} instead of {wanted}")
            elif got != wanted:
                found.append(f"{where}: placeholders {got} instead of {wanted}")
            if e.source.count("&") - e.source.count("&&") > 0 and "&" not in text:
                found.append(f"{where}: the keyboard mnemonic (&) is missing")
    return found


def untranslated(path: Path) -> dict[str, dict[str, str | list[str]]]:
    """{context: {source: ""}} of what still needs a translator (JSON for a translator).

    A plural entry gets a list with one empty string per plural form of the language.
    """
    out: dict[str, dict[str, str | list[str]]] = {}
    for e in read_ts(path):
        missing = e.state == "unfinished" or not any(t.strip() for t in e.translations)
        if missing and e.state not in ("vanished", "obsolete"):
            blank: str | list[str] = [""] * max(len(e.translations), 1) if e.numerus else ""
            out.setdefault(e.context, {})[e.source] = blank
    return out


def fill(path: Path, mapping: Mapping[str, Mapping[str, str | list[str]]], *,
         any_context: bool = False) -> int:
    """Write translations from {context: {source: text or [plural forms]}}; returns how many.

    With ``any_context``, an entry missing under its own context takes the translation of the
    same source text from another context (a string that moved to another class keeps it).
    """
    tree = ET.parse(path)
    by_source = {source: value for table in mapping.values() for source, value in table.items()
                 if value} if any_context else {}
    done = 0
    for context in tree.getroot().iter("context"):
        table = mapping.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            value = table.get(source) or by_source.get(source)
            if not value:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in [value] if isinstance(value, str) else value:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[0]
            done += 1
    ET.indent(tree, space="    ")
    with path.open("wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    return done


_ACCENTED = str.maketrans("aceinosuyACEINOSUY", "àçéîñøšüýÀÇÉÎÑØŠÜÝ")


def pseudo(text: str) -> str:
    """Accented and 40% longer, placeholders kept: shows clipping and untranslated strings."""
    parts = PLACEHOLDER.split(text)
    keep = PLACEHOLDER.findall(text)
    out = parts[0].translate(_ACCENTED)
    for token, part in zip(keep, parts[1:], strict=True):
        out += token + part.translate(_ACCENTED)
    pad = "·" * max(2, len(text) * 2 // 5)
    return f"⟦{out}{pad}⟧"


def pseudo_mapping(path: Path) -> dict[str, dict[str, str | list[str]]]:
    out: dict[str, dict[str, str | list[str]]] = {}
    for e in read_ts(path):
        value: str | list[str] = [pseudo(e.source)] * 2 if e.numerus else pseudo(e.source)
        out.setdefault(e.context, {})[e.source] = value
    return out
