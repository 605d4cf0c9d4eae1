"""Turning JSON records of any type into their typed models, by ``jsonmodel_type``."""

from __future__ import annotations

import importlib
from typing import Any


def model_for(jsonmodel_type: str) -> Any | None:
    """The generated model class of a JSONModel type (``archival_object`` -> ``ArchivalObject``), or None."""
    name = "".join(part.capitalize() for part in jsonmodel_type.split("_"))
    models = importlib.import_module("archivesspace_api.models")
    return getattr(models, name, None)


def parse_record(data: dict[str, Any]) -> Any:
    """``data`` as its typed model when its ``jsonmodel_type`` is known and it parses; else the dict itself."""
    cls = model_for(str(data.get("jsonmodel_type", "")))
    if cls is None:
        return data
    try:
        return cls.from_dict(data)
    except (KeyError, ValueError, TypeError):
        return data
