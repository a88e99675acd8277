"""The Overview section: progress against the project's targets, key figures and charts, all
counted in the background by services/statistics (the one definition of "participant")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import EventKind, Gender, PersonCategory
from ..domain.errors import UserError
from ..domain.progress import Progress
from ..services.project_settings import ProjectTargets
from ..services.statistics import (
    AGE_BAND_LABELS,
    UNKNOWN,
    UNKNOWN_LABEL,
    Counts,
    EventFigures,
    MonthCount,
    ProjectFigures,
    StatisticsService,
)
from .country_combo import localised_name
from .event_form import ErrorLabel
from .hints import set_hint
from .i18n import enum_label, format_percent, render
from .overview_charts import (
    GREEN,
    ORANGE,
    ChartPanel,
    bar_chart,
    bar_height,
    stacked_chart,
    time_chart,
)
from .overview_targets import TargetsDialog
from .tasks import if_alive
from .tones import text_style, tone
from .undo import push

if TYPE_CHECKING:
    from ..app import AppContext

CHARTS = ("country", "category", "gender", "age", "event", "time")
MAX_EVENTS_IN_CHART = 20
MAX_MONTHS_IN_CHART = 36  # more than that: one bar per year
MAX_COUNTRIES_IN_CHART = 15


def translate_unknown() -> str:
    return QCoreApplication.translate(UNKNOWN_LABEL.context, str(UNKNOWN_LABEL))


def category_label(key: str) -> str:
    try:
        return enum_label(PersonCategory(key)) if key else translate_unknown()
    except ValueError:
        return key


def gender_label(key: str) -> str:
    try:
        return enum_label(Gender(key)) if key else translate_unknown()
    except ValueError:
        return key


def age_label(key: str) -> str:
    source = AGE_BAND_LABELS.get(key or UNKNOWN, UNKNOWN_LABEL)
    return QCoreApplication.translate(source.context, str(source))


def country_label(code: str) -> str:
    return localised_name(code) if code else translate_unknown()


@dataclass(frozen=True)
class Summary:
    """Everything the Overview shows, counted from the figures on a worker thread: on a big
    database these counts take longer than a frame."""

    figures: ProjectFigures
    participants: int
    countries: int
    international: tuple[EventFigures, ...]  # the international events
    abroad: int  # participants from abroad at international events
    at_international: int  # participants at international events
    failing: int  # international events below one third from abroad
    by_country: Counts
    by_category: Counts
    by_gender: Counts
    by_age_band: Counts
    held: tuple[tuple[str, dt.date, int, int], ...]  # (town, start, local, international)
    months: tuple[MonthCount, ...]


def summarise(f: ProjectFigures) -> Summary:
    international = tuple(e for e in f.events if e.is_international_event)
    held = [e for e in f.events if e.participants][-MAX_EVENTS_IN_CHART:]
    return Summary(
        figures=f, participants=len(f.participants), countries=len(f.countries),
        international=international,
        abroad=sum(e.international for e in international),
        at_international=sum(len(e.participants) for e in international),
        failing=sum(1 for e in international if e.participants and not e.one_third_met),
        by_country=f.by_country(), by_category=f.by_category(), by_gender=f.by_gender(),
        by_age_band=f.by_age_band(),
        held=tuple((e.event.host_town, e.event.start_date, e.local, e.international)
                   for e in held),
        months=f.by_month())


def count(service: StatisticsService, kind: str | None, progress: Progress) -> Summary:
    return summarise(service.project_figures(kind, progress))


class Tile(QFrame):
    """A key figure: a big number over a short caption."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"QFrame#tile_{key} {{ background: {tone('tile_bg')}; "
                           "border-radius: 4px; }")
        self.value = QLabel("–")
        self.value.setObjectName(f"tileValue_{key}")
        self.value.setStyleSheet(
            f"font-size: 20pt; font-weight: 600; color: {tone('figure')};")
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class TargetRow:
    """A target's label, its progress bar and "x of y" beside it."""

    def __init__(self, key: str) -> None:
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setObjectName(f"target_{key}")
        self.bar.setTextVisible(True)
        self.bar.setMinimumWidth(260)
        self.bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setObjectName(f"targetText_{key}")

    def show(self, reached: int, target: int, text: str) -> None:
        self.bar.setRange(0, max(target, 1))
        self.bar.setValue(min(reached, max(target, 1)))
        share = reached / target if target else 1.0
        self.bar.setFormat(format_percent(share))
        done = "#2e8b57" if reached >= target else "#1f4e9c"
        self.bar.setStyleSheet(
            "QProgressBar { border: 1px solid palette(mid); border-radius: 3px;"
            " background: palette(base);"
            " text-align: center; min-height: 18px; }"
            f" QProgressBar::chunk {{ background: {done}; }}")
        self.text.setText(text)


class OverviewSection(QWidget):
    """Targets, key figures and charts; reload() counts again in the background."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures: ProjectFigures | None = None
        self.summary: Summary | None = None
        self._generation = 0
        self._shown_once = False
        self._build()
        self.retranslate()
        self.reload()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("overviewScope")
        for kind in ("", EventKind.INTERNATIONAL.value, EventKind.LOCAL_GROUP.value):
            self.scope_combo.addItem("", kind)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.scope_label = QLabel()
        self.scope_label.setBuddy(self.scope_combo)
        self.targets_button = QPushButton()
        self.targets_button.setObjectName("editTargets")
        self.targets_button.clicked.connect(self.edit_targets)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshOverview")
        self.refresh_button.clicked.connect(self.reload)
        self.busy = QProgressBar()
        self.busy.setObjectName("overviewBusy")
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel()
        self.status.setObjectName("overviewStatus")
        self.error_label = ErrorLabel()
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.busy)
        top.addWidget(self.scope_label)
        top.addWidget(self.scope_combo)
        top.addWidget(self.targets_button)
        top.addWidget(self.refresh_button)

        self.targets_box = QGroupBox()
        grid = QGridLayout(self.targets_box)
        self.target_rows = {key: TargetRow(key) for key in ("events", "participants",
                                                             "countries")}
        for row, target in enumerate(self.target_rows.values()):
            grid.addWidget(target.label, row, 0)
            grid.addWidget(target.bar, row, 1)
            grid.addWidget(target.text, row, 2)
        grid.setColumnStretch(1, 1)

        self.tiles = {key: Tile(key) for key in ("participants", "participations",
                                                 "attendances", "countries", "events",
                                                 "international", "staff")}
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)

        self.charts = {key: ChartPanel(key) for key in CHARTS}
        charts = QGridLayout()
        for n, key in enumerate(CHARTS):
            panel = self.charts[key]
            panel.save_requested.connect(lambda key=key: self.ask_save_chart(key))
            charts.addWidget(panel, n // 2, n % 2)
        self.definition = QLabel()
        self.definition.setWordWrap(True)
        self.definition.setStyleSheet(text_style("secondary"))

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.targets_box)
        column.addLayout(tiles)
        column.addLayout(charts)
        column.addWidget(self.definition)
        for row in range(3):
            charts.setRowMinimumHeight(row, 300)
        scroll = QScrollArea()
        scroll.setObjectName("overviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.error_label)
        layout.addWidget(scroll, 1)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Overview"))
        self.scope_label.setText(self.tr("&Count:"))
        for index, text in enumerate((self.tr("All events"), self.tr("International events"),
                                      self.tr("Local working groups"))):
            self.scope_combo.setItemText(index, text)
        self.targets_button.setText(self.tr("Edit &targets…"))
        set_hint(self.targets_button, self.tr(
            "Set the project's targets: participants, countries, events"))
        self.refresh_button.setText(self.tr("&Refresh"))
        set_hint(self.refresh_button, self.tr("Count again from the database"))
        self.targets_box.setTitle(self.tr("Progress against the project's targets"))
        rows = self.target_rows
        rows["events"].label.setText(self.tr("International events held"))
        rows["participants"].label.setText(self.tr("Participants (each person once)"))
        rows["countries"].label.setText(self.tr("Participants' countries"))
        captions = {
            "participants": self.tr("participants, each counted once"),
            "participations": self.tr("participations (person × event)"),
            "attendances": self.tr("attendances (person × session, everyone present)"),
            "countries": self.tr("countries"),
            "events": self.tr("events with participants"),
            "international": self.tr("international at international events"),
            "staff": self.tr("staff / interpreters, counted apart"),
        }
        for key, tile in self.tiles.items():
            tile.caption.setText(captions[key])
        titles = {
            "country": self.tr("Participants by country"),
            "category": self.tr("Participants by category"),
            "gender": self.tr("Participants by gender"),
            "age": self.tr("Participants by age band"),
            "event": self.tr("Participants by event (local / international)"),
            "time": self.tr("Participants over time"),
        }
        for key, panel in self.charts.items():
            panel.title.setText(titles[key])
            panel.save_button.setText(self.tr("Save as PNG…"))
            panel.save_button.setToolTip(self.tr("Save this chart as a PNG image"))
        self.definition.setText(self.tr(
            "A participant is a person checked in for at least one session of an event, "
            "registered as participant, speaker or facilitator (or not registered at all). "
            "Staff and interpreters are counted apart. Each person counts once however many "
            "events they attended; merged duplicates count once; erased people still count "
            "by country and category. International: from another country than the event's."))
        if self.summary is not None:
            self._show_figures(self.summary)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ---------------------------------------------------------------------------

    def kind(self) -> str | None:
        return str(self.scope_combo.currentData() or "") or None

    def reload(self) -> None:
        """Count again in the background; an older count still running is dropped."""
        self._generation += 1
        generation, kind = self._generation, self.kind()
        service = self.ctx.services.statistics
        self.busy.setRange(0, 0)
        self.busy.show()
        self.error_label.show_text("")
        self.ctx.runner.start(
            lambda progress: count(service, kind, progress),
            on_success=if_alive(self, lambda f: self._loaded(generation, f)),
            on_error=if_alive(self, lambda message, _d: self._failed(generation, message)),
            on_progress=if_alive(self, lambda done, total, _l: self._progress(
                generation, done, total)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Check-ins happen elsewhere without telling this section: count again when shown.
        if self._shown_once:
            self.reload()
        self._shown_once = True

    def _progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation and total:
            self.busy.setRange(0, total)
            self.busy.setValue(done)

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.busy.hide()
        self.error_label.show_text(message)

    def _loaded(self, generation: int, summary: Summary) -> None:
        if generation != self._generation:
            return  # a newer count is on its way
        self.busy.hide()
        self.figures, self.summary = summary.figures, summary
        self._show_figures(summary)

    # -- showing ---------------------------------------------------------------------------

    def _show_figures(self, summary: Summary) -> None:
        f = summary.figures
        locale = QLocale()
        n = locale.toString
        t = f.targets
        participants = summary.participants
        of = self.tr("{reached} of {target}")
        self.target_rows["events"].show(f.international_events_held, t.international_events,
                                        of.format(reached=n(f.international_events_held),
                                                  target=n(t.international_events)))
        self.target_rows["participants"].show(participants, t.participants, of.format(
            reached=n(participants), target=n(t.participants)))
        self.target_rows["countries"].show(summary.countries, t.countries, of.format(
            reached=n(summary.countries), target=n(t.countries)))
        abroad, at_international = summary.abroad, summary.at_international
        values = {
            "participants": n(participants),
            "participations": n(f.participations),
            "attendances": n(f.attendances),
            "countries": n(summary.countries),
            "events": n(f.events_held),
            "international": (format_percent(abroad / at_international) if at_international
                              else "–"),
            "staff": f"{n(f.staff)} / {n(f.interpreters)}",
        }
        for key, tile in self.tiles.items():
            tile.value.setText(values[key])
        status = self.tr("{events} events, {people} people present in all.").format(
            events=n(len(f.events)), people=n(len(f.people)))
        if summary.failing:
            status += " " + self.tr("%Ln international event(s) below one third from abroad.",
                                    "", summary.failing)
        self.status.setText(status)
        self._fill_charts(summary)

    def _fill_charts(self, f: Summary) -> None:
        empty = self.tr("No participants yet.")

        def bars(key: str, counts: Counts, label: Callable[[str], str], limit: int = 0) -> None:
            items = list(counts)
            if limit and len(items) > limit:
                rest = sum(c for _, c in items[limit - 1:])
                items = [(k, c) for k, c in items[:limit - 1]]
                labels = [label(k) for k, _ in items] + [self.tr("others")]
                values = [c for _, c in items] + [rest]
            else:
                labels = [label(k) for k, _ in items]
                values = [c for _, c in items]
            self.charts[key].set_chart(bar_chart(labels, values) if sum(values) else None,
                                       empty, bar_height(len(values)))

        bars("country", f.by_country, country_label, MAX_COUNTRIES_IN_CHART)
        bars("category", f.by_category, category_label)
        bars("gender", f.by_gender, gender_label)
        bars("age", f.by_age_band, age_label)
        held = f.held
        if held:
            labels = [self._event_label(town, start) for town, start, _l, _i in held]
            chart = stacked_chart(labels, [
                (self.tr("local"), [local for _t, _s, local, _i in held], GREEN),
                (self.tr("international"), [abroad for _t, _s, _l, abroad in held], ORANGE)])
            self.charts["event"].set_chart(chart, "", 28 * len(held) + 110)
        else:
            self.charts["event"].set_chart(None, empty)
        months = f.months
        if months:
            keys = [m.month for m in months]
            cumulative = [m.cumulative_participants for m in months]
            ticks = [m.participant_attendances for m in months]
            if len(keys) > MAX_MONTHS_IN_CHART:
                keys, cumulative, ticks = _by_year(keys, cumulative, ticks)
            else:
                keys = [self._month_label(k) for k in keys]
            self.charts["time"].set_chart(time_chart(
                keys, cumulative, ticks, self.tr("participants so far"),
                self.tr("participants' attendances in the month")), "", 300)
        else:
            self.charts["time"].set_chart(None, empty)

    @staticmethod
    def _event_label(town: str, start: dt.date) -> str:
        month = QLocale().toString(QDate(start.year, start.month, 1), "MMM yyyy")
        return f"{town} · {month}" if town else month

    @staticmethod
    def _month_label(key: str) -> str:
        year, month = (int(x) for x in key.split("-"))
        return QLocale().toString(QDate(year, month, 1), "MMM yyyy")

    # -- actions ---------------------------------------------------------------------------

    def edit_targets(self) -> None:
        service = self.ctx.services.project
        before = service.targets()
        dialog = TargetsDialog(before, self)
        if dialog.exec() != TargetsDialog.DialogCode.Accepted:
            return
        after = dialog.targets()
        if after == before:
            return
        self.set_targets(after, before)

    def set_targets(self, targets: ProjectTargets,
                    before: ProjectTargets | None = None) -> None:
        """Save new targets as one undoable edit, then count again (``before``: the targets
        already read, so they are not read twice on the GUI thread)."""
        service = self.ctx.services.project
        if before is None:
            before = service.targets()

        def do() -> None:
            service.set_targets(targets)
            if_alive(self, self.reload)()

        def undo(_result: None) -> None:
            service.set_targets(before)
            if_alive(self, self.reload)()

        try:
            push(self.ctx.undo_stack, self.tr("Change project targets"), do, undo)
        except UserError as exc:
            self.error_label.show_text(render(exc.message))

    def ask_save_chart(self, key: str) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart as PNG"), str(Path.home() / f"ec-net-{key}.png"),
            self.tr("PNG images (*.png)"))
        if name:
            self.save_chart(key, Path(name))

    def save_chart(self, key: str, path: Path) -> bool:
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        ok = self.charts[key].save_png(path)
        self.error_label.show_text("" if ok else self.tr("Could not write {path}.").format(
            path=str(path)))
        if ok:
            self.status.setText(self.tr("Saved {path}.").format(path=str(path)))
        return ok


def _by_year(months: list[str], cumulative: list[int], ticks: list[int]
             ) -> tuple[list[str], list[int], list[int]]:
    years: dict[str, tuple[int, int]] = {}
    for month, running, count in zip(months, cumulative, ticks, strict=True):
        year = month[:4]
        _, before = years.get(year, (0, 0))
        years[year] = (running, before + count)
    return list(years), [v[0] for v in years.values()], [v[1] for v in years.values()]
