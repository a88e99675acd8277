"""Translatable messages for layers below the UI, which must not import Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class Source(str):
    """A source string that remembers its translation context."""

    context: str = ""


def QT_TRANSLATE_NOOP(context: str, text: str) -> Source:
    """Mark text for pyside6-lupdate without translating it here (the UI translates later)."""
    source = Source(text)
    source.context = context
    return source


@dataclass(frozen=True)
class Message:
    """A message for a person: source text in a translation context, formatted after translation.

    The text uses ``{name}`` placeholders, filled in *after* translation so translators see one
    stable source string (never an f-string passed to tr()).
    """

    context: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Any = None) -> str:
        """Translate with ``translate(context, text)`` when given, then fill the placeholders."""
        source = translate(self.context, self.text) if translate else self.text
        params = {
            # Field names and enum labels inside a message are translated too.
            key: translate(value.context, str(value)) if translate and isinstance(value, Source)
            else str(value) if isinstance(value, Source) else value
            for key, value in self.params.items()
        }
        try:
            return str(source).format(**params)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message itself.
            return self.text.format(**params)

    def __str__(self) -> str:
        return self.render()


def msg(text: Source, **params: Any) -> Message:
    """Build a Message from a string marked with QT_TRANSLATE_NOOP at the call site."""
    return Message(text.context, str(text), params)
