"""Which fields of a person are personal data: cleared on GDPR erasure, never in tombstones.

Country and category are not listed: they stay, so the grant's anonymous figures stay right.
"""

from __future__ import annotations

from typing import Any

# Each field with the value it holds when empty (and after erasure).
PERSONAL_FIELDS: dict[str, Any] = {
    "given_name": "",
    "family_name": "",
    "email": "",
    "phone": "",
    "town": "",
    "organisation_id": None,
    "gender": None,
    "birth_year": None,
    "consent_processing_at": None,
    "consent_processing_version": "",
    "consent_processing_by": "",
    "consent_photos_at": None,
    "consent_photos_version": "",
    "consent_photos_by": "",
    "consent_lists_at": None,
    "consent_lists_version": "",
    "consent_lists_by": "",
}
