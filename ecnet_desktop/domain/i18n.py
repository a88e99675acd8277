"""Translatable messages for layers below the UI, which must not import Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Enum labels are marked in this context (domain/enums.py). Code that translates a label passes
# this constant, not the literal: lupdate would take a literal first argument of tr() for a source.
ENUM_CONTEXT = "enum"


class Source(str):
    """A source string that remembers its translation context (and whether it has plural forms)."""

    context: str = ""
    plural: bool = False


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None,
                      n: int | None = None) -> Source:
    """Mark text for pyside6-lupdate without translating it here (the UI translates later).

    A text with plural forms ("%Ln problems") is marked ``QT_TRANSLATE_NOOP(ctx, text, None, 1)``:
    lupdate's Python parser only records a plural entry when the fourth argument is a number
    literal, so the 1 is a marker, not the count (the count comes with ``msg(..., n=count)``).
    """
    del disambiguation  # never used: one meaning per source text
    source = Source(text)
    source.context = context
    source.plural = n is not None
    return source


@dataclass(frozen=True)
class Message:
    """A message for a person: source text in a translation context, formatted after translation.

    The text uses ``{name}`` placeholders, filled in *after* translation so translators see one
    stable source string (never an f-string passed to tr()). A plural text uses ``%Ln`` for the
    count ``n``, which picks the language's plural form.
    """

    context: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)
    n: int | None = None

    def render(self, translate: Any = None) -> str:
        """Translate with ``translate(context, text[, None, n])`` when given, then fill in."""
        if not translate:
            source = self.text
        elif self.n is not None:
            try:
                source = translate(self.context, self.text, None, self.n)
            except TypeError:  # a two-argument translate (tests, English documents)
                source = translate(self.context, self.text)
        else:
            source = translate(self.context, self.text)
        params = {
            # Field names and enum labels inside a message are translated too.
            key: translate(value.context, str(value)) if translate and isinstance(value, Source)
            else str(value) if isinstance(value, Source) else value
            for key, value in self.params.items()
        }
        try:
            return self._count(str(source).format(**params))
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message itself.
            return self._count(self.text.format(**params))

    def _count(self, text: str) -> str:
        """%Ln left in the text (no translator, or an English one) becomes the count."""
        if self.n is None:
            return text
        return text.replace("%Ln", str(self.n)).replace("%n", str(self.n))

    def __str__(self) -> str:
        return self.render()


def msg(text: Source, **params: Any) -> Message:
    """Build a Message from a string marked with QT_TRANSLATE_NOOP at the call site.

    For a plural text (marked with a fourth argument) pass the count as ``n=``.
    """
    n = params.pop("n", None) if text.plural else None
    if text.plural and n is None:
        raise ValueError(f"a plural message needs n=: {text!r}")
    return Message(text.context, str(text), params, n)
