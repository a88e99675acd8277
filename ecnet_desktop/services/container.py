"""All services over one open database, built together so they share one replica clock."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..store.backup import DEFAULT_KEEP
from ..store.database import Database, open_database
from .audit import AuditService
from .checkin import CheckinService
from .consent import ConsentService
from .duplicates import DuplicateService
from .erasure import ErasureService
from .events import EventService
from .interview_analysis import InterviewAnalysisService
from .interviews import InterviewService
from .methodologies import MethodologyService
from .notes import NoteService
from .organisations import OrganisationService
from .participants import ParticipantService
from .people import PersonService
from .project_settings import ProjectSettingsService
from .registrations import AttendanceService, RegistrationService
from .replica import Replica
from .research_export import ResearchExportService
from .statistics import StatisticsService
from .subject_access import SubjectAccessService
from .summary import SummaryService


@dataclass
class Services:
    database: Database
    replica: Replica
    organisations: OrganisationService
    events: EventService
    people: PersonService
    registrations: RegistrationService
    attendance: AttendanceService
    notes: NoteService
    summary: SummaryService
    duplicates: DuplicateService
    participants: ParticipantService
    methodologies: MethodologyService
    checkin: CheckinService
    project: ProjectSettingsService
    interviews: InterviewService
    interview_analysis: InterviewAnalysisService
    research: ResearchExportService
    statistics: StatisticsService
    audit: AuditService
    consents: ConsentService
    erasure: ErasureService
    subject_access: SubjectAccessService

    @classmethod
    def for_database(cls, database: Database, device_name: str | None = None) -> Services:
        replica = Replica.load(database.sessions, device_name)
        audit = AuditService(replica)
        return cls(
            database=database,
            replica=replica,
            organisations=OrganisationService(replica),
            events=EventService(replica),
            people=PersonService(replica),
            registrations=RegistrationService(replica),
            attendance=AttendanceService(replica),
            notes=NoteService(replica),
            summary=SummaryService(replica),
            duplicates=DuplicateService(replica),
            participants=ParticipantService(replica),
            methodologies=MethodologyService(replica),
            checkin=CheckinService(replica),
            project=ProjectSettingsService(replica),
            interviews=InterviewService(replica),
            interview_analysis=InterviewAnalysisService(replica),
            research=ResearchExportService(replica),
            statistics=StatisticsService(replica),
            audit=audit,
            consents=ConsentService(replica),
            erasure=ErasureService(replica, database, audit),
            subject_access=SubjectAccessService(replica, audit),
        )

    @classmethod
    def open(
        cls,
        path: Path | None = None,
        *,
        url: str | None = None,
        create: bool = True,
        device_name: str | None = None,
        keep_backups: int = DEFAULT_KEEP,
    ) -> Services:
        """Open (creating or migrating as needed) and build the services."""
        database = open_database(path, url=url, create=create, keep_backups=keep_backups)
        try:
            return cls.for_database(database, device_name)
        except Exception:
            database.close()
            raise

    def close(self) -> None:
        self.database.close()
