"""The EC-NET Toolkit's seed methodologies (resources/toolkit/methodologies.json), stable ids."""

from __future__ import annotations

import json
import uuid
from functools import cache
from typing import Any

from ..paths import resource_path
from .methodologies import MethodologyService

# Ids derive from each method's key, so two laptops that seed the Toolkit on their own
# converge on the same rows after an exchange instead of listing every method twice.
_NAMESPACE = uuid.UUID("6f3c7b1e-5c1a-4e4b-9a59-2d7f0c8e1a42")


def toolkit_id(key: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"ecnet-toolkit/{key}"))


@cache
def toolkit_entries() -> tuple[dict[str, Any], ...]:
    """The seed methodologies, each with its stable ``id``."""
    with resource_path("toolkit", "methodologies.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return tuple({**item, "id": toolkit_id(item["key"])} for item in data["methodologies"])


def seed_toolkit(methodologies: MethodologyService) -> int:
    """Add the seed methodologies not in the database yet; returns how many were added."""
    return methodologies.seed(toolkit_entries())
