"""Validation rules shared by services and importers; errors name the field and say why."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Any, TypeVar

from . import countries
from .enums import Priority
from .errors import ValidationError
from .fields import label
from .i18n import QT_TRANSLATE_NOOP, msg
from .text import clean

E = TypeVar("E", bound=StrEnum)

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^\+?[0-9 ()./-]{5,}$")
# Every text travels in exchange workbooks, whose cells hold at most this many characters.
CELL_LIMIT = 32_767
# NUL ends text in C libraries and a lone surrogate cannot be stored as UTF-8 at all.
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def required_text(field: str, value: Any, max_len: int = 300) -> str:
    text = clean(value)
    if not text:
        raise ValidationError(
            field, msg(QT_TRANSLATE_NOOP("validation", "{field} is required."), field=label(field))
        )
    return limited(field, text, max_len)


def optional_text(field: str, value: Any, max_len: int = 300) -> str:
    return limited(field, clean(value), max_len)


def limited(field: str, text: str, max_len: int) -> str:
    max_len = min(max_len, CELL_LIMIT)
    bad = UNSTORABLE.search(text)
    if bad is not None:
        raise ValidationError(
            field,
            msg(QT_TRANSLATE_NOOP("validation", "{field} contains a character that cannot be "
                                  "saved (U+{code}); remove it."),
                field=label(field), code=f"{ord(bad.group(0)):04X}"),
        )
    if len(text) > max_len:
        raise ValidationError(
            field,
            msg(
                QT_TRANSLATE_NOOP("validation", "{field} is too long ({length} characters; at most {limit})."),
                field=label(field),
                length=len(text),
                limit=max_len,
            ),
        )
    return text


def choice(field: str, value: Any, enum: type[E]) -> E:
    try:
        return enum(str(value))
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise ValidationError(
            field,
            msg(
                QT_TRANSLATE_NOOP("validation", "{field}: '{value}' is not one of: {allowed}."),
                field=label(field),
                value=value,
                allowed=allowed,
            ),
        ) from None


def country(field: str, value: Any, *, required: bool = False) -> str:
    text = clean(value)
    if not text:
        if required:
            raise ValidationError(
                field, msg(QT_TRANSLATE_NOOP("validation", "{field} is required."), field=label(field))
            )
        return ""
    code = countries.lookup(text)
    if code is None:
        raise ValidationError(
            field,
            msg(
                QT_TRANSLATE_NOOP("validation", "{field}: '{value}' is not a known country or ISO code."),
                field=label(field),
                value=text,
            ),
        )
    return code


def email(field: str, value: Any) -> str:
    text = clean(value).lower()
    if text and not EMAIL_RE.match(text):
        raise ValidationError(
            field,
            msg(QT_TRANSLATE_NOOP("validation", "{field}: '{value}' is not an e-mail address."),
                field=label(field), value=text),
        )
    return limited(field, text, 320)


def phone(field: str, value: Any) -> str:
    text = clean(value)
    if text and not PHONE_RE.match(text):
        raise ValidationError(
            field,
            msg(QT_TRANSLATE_NOOP("validation", "{field}: '{value}' is not a phone number."),
                field=label(field), value=text),
        )
    return limited(field, text, 64)


def date_range(start: dt.date, end: dt.date, field: str = "end_date") -> None:
    if end < start:
        raise ValidationError(
            field,
            msg(QT_TRANSLATE_NOOP("validation", "{field} ({end}) is before the start ({start})."),
                field=label(field), start=start.isoformat(), end=end.isoformat()),
        )


def as_date(field: str, value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(clean(value))
    except ValueError:
        raise ValidationError(
            field,
            msg(QT_TRANSLATE_NOOP("validation", "{field}: '{value}' is not a date (YYYY-MM-DD)."),
                field=label(field), value=value),
        ) from None


def as_datetime(field: str, value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0)
    try:
        return dt.datetime.fromisoformat(clean(value)).replace(tzinfo=None)
    except ValueError:
        raise ValidationError(
            field,
            msg(QT_TRANSLATE_NOOP("validation", "{field}: '{value}' is not a date and time."),
                field=label(field), value=value),
        ) from None


def birth_year(field: str, value: Any, today: dt.date | None = None) -> int | None:
    if value in (None, ""):
        return None
    year_now = (today or dt.date.today()).year
    try:
        year = int(str(value).strip())
    except ValueError:
        year = -1
    if not 1900 <= year <= year_now:
        raise ValidationError(
            field,
            msg(QT_TRANSLATE_NOOP("validation", "{field}: '{value}' is not a year between 1900 and {last}."),
                field=label(field), value=value, last=year_now),
        )
    return year


def priorities(field: str, value: Any) -> str:
    """Accept an iterable of Priority values, or a comma-separated text; store sorted."""
    if value in (None, ""):
        return ""
    items = value.split(",") if isinstance(value, str) else list(value)
    result = set()
    for item in items:
        name = clean(str(item))
        if not name:
            continue
        try:
            result.add(Priority.from_text(name).value)
        except ValueError:
            raise ValidationError(
                field,
                msg(QT_TRANSLATE_NOOP("validation", "{field}: '{value}' is not a programme priority."),
                    field=label(field), value=name),
            ) from None
    return ",".join(sorted(result))
