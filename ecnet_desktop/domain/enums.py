"""Closed vocabularies of the data model, each value with a readable English label."""

from __future__ import annotations

from enum import StrEnum

from .i18n import QT_TRANSLATE_NOOP as N_

# Labels are marked for lupdate in context "enum"; the UI translates them, the CLI prints English.


class LabelledEnum(StrEnum):
    """A StrEnum whose members know the words a person reads."""

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def from_text(cls, text: str) -> LabelledEnum:
        """Accept the stored value or the English label, any case (for files people write)."""
        key = " ".join(str(text).replace("_", " ").split()).casefold()
        for member in cls:
            if key in (member.value.replace("_", " "), _LABELS[member].casefold()):
                return member
        raise ValueError(text)


class EventKind(LabelledEnum):
    INTERNATIONAL = "international_event"
    LOCAL_GROUP = "local_working_group"
    OTHER = "other"


class SessionKind(LabelledEnum):
    PLENARY = "plenary"
    WORKSHOP = "workshop"
    STUDY_VISIT = "study_visit"
    PANEL = "panel"
    CULTURAL = "cultural"
    OTHER = "other"


class OrganisationType(LabelledEnum):
    MUNICIPALITY = "municipality"
    CIVIL_SOCIETY = "civil_society"
    SCHOOL = "school"
    OTHER = "other"


class PersonCategory(LabelledEnum):
    POLICY_MAKER = "policy_maker"
    PUBLIC_OFFICER = "public_officer"
    ACTIVIST = "activist"
    CITIZEN = "citizen"
    OTHER = "other"


class Gender(LabelledEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNSPECIFIED = "unspecified"


class RegistrationRole(LabelledEnum):
    PARTICIPANT = "participant"
    SPEAKER = "speaker"
    FACILITATOR = "facilitator"
    STAFF = "staff"
    INTERPRETER = "interpreter"


class RegistrationStatus(LabelledEnum):
    REGISTERED = "registered"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class AttendanceMethod(LabelledEnum):
    DESK = "desk"
    BADGE_SCAN = "badge_scan"
    PAPER_SHEET = "paper_sheet"


class NoteKind(LabelledEnum):
    MINUTES = "minutes"
    OBSERVATION = "observation"
    OUTCOME = "outcome"
    RECOMMENDATION = "recommendation"
    QUOTE = "quote"


class Priority(LabelledEnum):
    EUROSCEPTICISM = "euroscepticism"
    SOLIDARITY = "solidarity"
    ACTIVE_CITIZENSHIP = "active_citizenship"
    INTERCULTURAL_DIALOGUE = "intercultural_dialogue"


class QuestionType(LabelledEnum):
    TEXT = "text"
    LIKERT = "likert"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    NUMBER = "number"
    YES_NO = "yes_no"


class InterviewStatus(LabelledEnum):
    DRAFT = "draft"
    COMPLETED = "completed"


_LABELS: dict[LabelledEnum, str] = {
    EventKind.INTERNATIONAL: N_("enum", "international event"),
    EventKind.LOCAL_GROUP: N_("enum", "local working group"),
    EventKind.OTHER: N_("enum", "other"),
    SessionKind.PLENARY: N_("enum", "plenary"),
    SessionKind.WORKSHOP: N_("enum", "workshop"),
    SessionKind.STUDY_VISIT: N_("enum", "study visit"),
    SessionKind.PANEL: N_("enum", "panel debate"),
    SessionKind.CULTURAL: N_("enum", "cultural programme"),
    SessionKind.OTHER: N_("enum", "other"),
    OrganisationType.MUNICIPALITY: N_("enum", "municipality"),
    OrganisationType.CIVIL_SOCIETY: N_("enum", "civil-society organisation"),
    OrganisationType.SCHOOL: N_("enum", "school"),
    OrganisationType.OTHER: N_("enum", "other"),
    PersonCategory.POLICY_MAKER: N_("enum", "policy maker"),
    PersonCategory.PUBLIC_OFFICER: N_("enum", "public officer"),
    PersonCategory.ACTIVIST: N_("enum", "activist"),
    PersonCategory.CITIZEN: N_("enum", "citizen"),
    PersonCategory.OTHER: N_("enum", "other"),
    Gender.FEMALE: N_("enum", "female"),
    Gender.MALE: N_("enum", "male"),
    Gender.OTHER: N_("enum", "other"),
    Gender.UNSPECIFIED: N_("enum", "prefers not to say"),
    RegistrationRole.PARTICIPANT: N_("enum", "participant"),
    RegistrationRole.SPEAKER: N_("enum", "speaker"),
    RegistrationRole.FACILITATOR: N_("enum", "facilitator"),
    RegistrationRole.STAFF: N_("enum", "staff"),
    RegistrationRole.INTERPRETER: N_("enum", "interpreter"),
    RegistrationStatus.REGISTERED: N_("enum", "registered"),
    RegistrationStatus.CANCELLED: N_("enum", "cancelled"),
    RegistrationStatus.NO_SHOW: N_("enum", "no-show"),
    AttendanceMethod.DESK: N_("enum", "desk"),
    AttendanceMethod.BADGE_SCAN: N_("enum", "badge scan"),
    AttendanceMethod.PAPER_SHEET: N_("enum", "paper sheet"),
    NoteKind.MINUTES: N_("enum", "minutes"),
    NoteKind.OBSERVATION: N_("enum", "observation"),
    NoteKind.OUTCOME: N_("enum", "outcome"),
    NoteKind.RECOMMENDATION: N_("enum", "recommendation"),
    NoteKind.QUOTE: N_("enum", "quote"),
    Priority.EUROSCEPTICISM: N_("enum", "Euroscepticism"),
    Priority.SOLIDARITY: N_("enum", "Solidarity"),
    Priority.ACTIVE_CITIZENSHIP: N_("enum", "Active citizenship"),
    Priority.INTERCULTURAL_DIALOGUE: N_("enum", "Intercultural dialogue"),
    QuestionType.TEXT: N_("enum", "open text"),
    QuestionType.LIKERT: N_("enum", "Likert 1–5"),
    QuestionType.SINGLE_CHOICE: N_("enum", "single choice"),
    QuestionType.MULTIPLE_CHOICE: N_("enum", "multiple choice"),
    QuestionType.NUMBER: N_("enum", "number"),
    QuestionType.YES_NO: N_("enum", "yes/no"),
    InterviewStatus.DRAFT: N_("enum", "draft"),
    InterviewStatus.COMPLETED: N_("enum", "completed"),
}


def encode_priorities(items: object) -> str:
    """Store a set of priorities as a stable comma-separated text (sorted, so clocks compare)."""
    if not items:
        return ""
    values = {Priority(str(p)).value for p in items}  # type: ignore[attr-defined]
    return ",".join(sorted(values))


def decode_priorities(text: str | None) -> tuple[Priority, ...]:
    if not text:
        return ()
    return tuple(Priority(p) for p in text.split(",") if p)
