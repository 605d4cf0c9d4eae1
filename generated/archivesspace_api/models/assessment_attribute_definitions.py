from __future__ import annotations

import datetime
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assessment_attribute_definition import AssessmentAttributeDefinition
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class AssessmentAttributeDefinitions(_r.Record):
    """The ratings, formats and conservation issues that assessments in a repository can record: the global ones shipped
    with the server and the repository's own. An update changes the repository's definitions that carry an `id`, adds
    those without one, and ignores global ones (they cannot be changed).

        Attributes:
            jsonmodel_type (Literal['assessment_attribute_definitions']):  Default: 'assessment_attribute_definitions'.
            definitions (list[AssessmentAttributeDefinition] | Unset):
            lock_version (int | str | Unset):
            created_by (str | Unset):
            last_modified_by (str | Unset):
            create_time (datetime.datetime | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["assessment_attribute_definitions"] = (
        "assessment_attribute_definitions"
    )
    definitions: list[AssessmentAttributeDefinition] | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    AssessmentAttributeDefinitions,
    _r.Field(
        "jsonmodel_type",
        "jsonmodel_type",
        _r.choice("assessment_attribute_definitions"),
        True,
    ),
    _r.Field(
        "definitions",
        "definitions",
        _r.ListOf(
            _r.model("assessment_attribute_definition", "AssessmentAttributeDefinition")
        ),
    ),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
