"""Closed vocabularies of the data model, each value with a readable English label."""

from __future__ import annotations

from enum import StrEnum

from .i18n import QT_TRANSLATE_NOOP

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


class RecommendationLevel(LabelledEnum):
    LOCAL = "local"
    NATIONAL = "national"
    EUROPEAN = "european"


class ConsentKind(LabelledEnum):
    PROCESSING = "processing"
    PHOTOS = "photos"
    LISTS = "lists"


_LABELS: dict[LabelledEnum, str] = {
    EventKind.INTERNATIONAL: QT_TRANSLATE_NOOP("enum", "international event"),
    EventKind.LOCAL_GROUP: QT_TRANSLATE_NOOP("enum", "local working group"),
    EventKind.OTHER: QT_TRANSLATE_NOOP("enum", "other"),
    SessionKind.PLENARY: QT_TRANSLATE_NOOP("enum", "plenary"),
    SessionKind.WORKSHOP: QT_TRANSLATE_NOOP("enum", "workshop"),
    SessionKind.STUDY_VISIT: QT_TRANSLATE_NOOP("enum", "study visit"),
    SessionKind.PANEL: QT_TRANSLATE_NOOP("enum", "panel debate"),
    SessionKind.CULTURAL: QT_TRANSLATE_NOOP("enum", "cultural programme"),
    SessionKind.OTHER: QT_TRANSLATE_NOOP("enum", "other"),
    OrganisationType.MUNICIPALITY: QT_TRANSLATE_NOOP("enum", "municipality"),
    OrganisationType.CIVIL_SOCIETY: QT_TRANSLATE_NOOP("enum", "civil-society organisation"),
    OrganisationType.SCHOOL: QT_TRANSLATE_NOOP("enum", "school"),
    OrganisationType.OTHER: QT_TRANSLATE_NOOP("enum", "other"),
    PersonCategory.POLICY_MAKER: QT_TRANSLATE_NOOP("enum", "policy maker"),
    PersonCategory.PUBLIC_OFFICER: QT_TRANSLATE_NOOP("enum", "public officer"),
    PersonCategory.ACTIVIST: QT_TRANSLATE_NOOP("enum", "activist"),
    PersonCategory.CITIZEN: QT_TRANSLATE_NOOP("enum", "citizen"),
    PersonCategory.OTHER: QT_TRANSLATE_NOOP("enum", "other"),
    Gender.FEMALE: QT_TRANSLATE_NOOP("enum", "female"),
    Gender.MALE: QT_TRANSLATE_NOOP("enum", "male"),
    Gender.OTHER: QT_TRANSLATE_NOOP("enum", "other"),
    Gender.UNSPECIFIED: QT_TRANSLATE_NOOP("enum", "prefers not to say"),
    RegistrationRole.PARTICIPANT: QT_TRANSLATE_NOOP("enum", "participant"),
    RegistrationRole.SPEAKER: QT_TRANSLATE_NOOP("enum", "speaker"),
    RegistrationRole.FACILITATOR: QT_TRANSLATE_NOOP("enum", "facilitator"),
    RegistrationRole.STAFF: QT_TRANSLATE_NOOP("enum", "staff"),
    RegistrationRole.INTERPRETER: QT_TRANSLATE_NOOP("enum", "interpreter"),
    RegistrationStatus.REGISTERED: QT_TRANSLATE_NOOP("enum", "registered"),
    RegistrationStatus.CANCELLED: QT_TRANSLATE_NOOP("enum", "cancelled"),
    RegistrationStatus.NO_SHOW: QT_TRANSLATE_NOOP("enum", "no-show"),
    AttendanceMethod.DESK: QT_TRANSLATE_NOOP("enum", "desk"),
    AttendanceMethod.BADGE_SCAN: QT_TRANSLATE_NOOP("enum", "badge scan"),
    AttendanceMethod.PAPER_SHEET: QT_TRANSLATE_NOOP("enum", "paper sheet"),
    NoteKind.MINUTES: QT_TRANSLATE_NOOP("enum", "minutes"),
    NoteKind.OBSERVATION: QT_TRANSLATE_NOOP("enum", "observation"),
    NoteKind.OUTCOME: QT_TRANSLATE_NOOP("enum", "outcome"),
    NoteKind.RECOMMENDATION: QT_TRANSLATE_NOOP("enum", "recommendation"),
    NoteKind.QUOTE: QT_TRANSLATE_NOOP("enum", "quote"),
    Priority.EUROSCEPTICISM: QT_TRANSLATE_NOOP("enum", "Euroscepticism"),
    Priority.SOLIDARITY: QT_TRANSLATE_NOOP("enum", "Solidarity"),
    Priority.ACTIVE_CITIZENSHIP: QT_TRANSLATE_NOOP("enum", "Active citizenship"),
    Priority.INTERCULTURAL_DIALOGUE: QT_TRANSLATE_NOOP("enum", "Intercultural dialogue"),
    QuestionType.TEXT: QT_TRANSLATE_NOOP("enum", "open text"),
    QuestionType.LIKERT: QT_TRANSLATE_NOOP("enum", "Likert 1–5"),
    QuestionType.SINGLE_CHOICE: QT_TRANSLATE_NOOP("enum", "single choice"),
    QuestionType.MULTIPLE_CHOICE: QT_TRANSLATE_NOOP("enum", "multiple choice"),
    QuestionType.NUMBER: QT_TRANSLATE_NOOP("enum", "number"),
    QuestionType.YES_NO: QT_TRANSLATE_NOOP("enum", "yes/no"),
    InterviewStatus.DRAFT: QT_TRANSLATE_NOOP("enum", "draft"),
    InterviewStatus.COMPLETED: QT_TRANSLATE_NOOP("enum", "completed"),
    RecommendationLevel.LOCAL: QT_TRANSLATE_NOOP("enum", "local"),
    RecommendationLevel.NATIONAL: QT_TRANSLATE_NOOP("enum", "national"),
    RecommendationLevel.EUROPEAN: QT_TRANSLATE_NOOP("enum", "European programme"),
    ConsentKind.PROCESSING: QT_TRANSLATE_NOOP("enum", "data processing"),
    ConsentKind.PHOTOS: QT_TRANSLATE_NOOP("enum", "photos"),
    ConsentKind.LISTS: QT_TRANSLATE_NOOP("enum", "appearing on lists"),
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
