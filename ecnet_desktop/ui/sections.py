"""The sidebar sections of DESIGN.md section 6; a section appears only once it is built."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ..app import AppContext


# What a section may offer the main window. Each is optional, so each is its own protocol,
# checked with isinstance when the section is built or the data changes.


@runtime_checkable
class Reloads(Protocol):
    """Reads its data again (after an import, a merge or another database was opened)."""

    def reload(self) -> None: ...


@runtime_checkable
class FollowsEvent(Protocol):
    """Shows the event chosen in the window's event picker."""

    def set_current_event(self, event_id: str | None) -> None: ...


@runtime_checkable
class PicksEvent(Protocol):
    """Says the person chose an event in it (a Signal(str))."""

    current_event_changed: Any


@runtime_checkable
class ChangesEvents(Protocol):
    """Says it changed the list of events (a Signal())."""

    events_changed: Any


@runtime_checkable
class ChangesData(Protocol):
    """Says it changed data every section shows (a Signal())."""

    data_changed: Any


def _t(text: str) -> str:
    return QCoreApplication.translate("sections", text)


@dataclass(frozen=True)
class Section:
    key: str
    title: Callable[[], str]
    # None: its issue is not done yet, so the section is hidden rather than faked.
    factory: Callable[..., QWidget] | None = None


def _overview(ctx: AppContext) -> QWidget:
    from .overview_view import OverviewSection

    return OverviewSection(ctx)


def _events(ctx: AppContext) -> QWidget:
    from .events_view import EventsSection

    return EventsSection(ctx)


def _people(ctx: AppContext) -> QWidget:
    from .people_view import PeopleSection

    return PeopleSection(ctx)


def _checkin(ctx: AppContext) -> QWidget:
    from .checkin_view import CheckinSection

    return CheckinSection(ctx)


def _exchange(ctx: AppContext) -> QWidget:
    from .exchange_view import ExchangeSection

    return ExchangeSection(ctx)


def _interviews(ctx: AppContext) -> QWidget:
    from .interviews_view import InterviewsSection

    return InterviewsSection(ctx)


def _notes(ctx: AppContext) -> QWidget:
    from .notes_view import NotesSection

    return NotesSection(ctx)


def _reports(ctx: AppContext) -> QWidget:
    from .reports_view import ReportsSection

    return ReportsSection(ctx)


SECTIONS: tuple[Section, ...] = (
    Section("overview", lambda: _t("Overview"), _overview),
    Section("events", lambda: _t("Events"), _events),
    Section("people", lambda: _t("People"), _people),
    Section("checkin", lambda: _t("Check-in"), _checkin),
    Section("notes", lambda: _t("Notes"), _notes),
    Section("interviews", lambda: _t("Interviews"), _interviews),
    Section("exchange", lambda: _t("Exchange"), _exchange),
    Section("reports", lambda: _t("Reports"), _reports),
)


def available_sections() -> list[Section]:
    return [s for s in SECTIONS if s.factory is not None]


# Listed for pyside6-lupdate, which reads literal translate() calls only.
_TITLES = (
    QCoreApplication.translate("sections", "Overview"),
    QCoreApplication.translate("sections", "Events"),
    QCoreApplication.translate("sections", "People"),
    QCoreApplication.translate("sections", "Check-in"),
    QCoreApplication.translate("sections", "Notes"),
    QCoreApplication.translate("sections", "Interviews"),
    QCoreApplication.translate("sections", "Exchange"),
    QCoreApplication.translate("sections", "Reports"),
)
