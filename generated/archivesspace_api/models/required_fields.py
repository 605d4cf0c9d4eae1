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
from ..models.required_fields_record_type import (
    RequiredFieldsRecordType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.subrecord_requirement import SubrecordRequirement


@_attrs_define(slots=False, repr=False)
class RequiredFields(_r.Record):
    """Extra requirements a repository puts on one agent record type: which subrecords must be present and which of their
    fields must be filled. Only agent types can be customised.

        Attributes:
            record_type (RequiredFieldsRecordType): The record type the requirements apply to (the server accepts only
                `agent_*` types).
            jsonmodel_type (Literal['required_fields']):  Default: 'required_fields'.
            uri (str | Unset): The requirements' URI.
            subrecord_requirements (list[SubrecordRequirement] | Unset): One entry per subrecord property; an empty list
                removes the requirements.
            lock_version (int | str | Unset): Pass back the value read when you update the record.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            user_mtime (datetime.datetime | Unset): When a user last edited the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in any way.
            create_time (datetime.datetime | Unset): When the record was created.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    record_type: RequiredFieldsRecordType
    jsonmodel_type: Literal["required_fields"] = "required_fields"
    uri: str | Unset = UNSET
    subrecord_requirements: list[SubrecordRequirement] | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> int | None:
        """The record's id: the last segment of its ``uri`` (``.../archival_objects/7`` gives 7), or None."""
        return _r.uri_id(self)

    @property
    def repo_id(self) -> int | None:
        """The repository the record's ``uri`` is in (``/repositories/2/...`` gives 2), or None."""
        return _r.uri_repo_id(self)


_r.bind(
    RequiredFields,
    _r.Field(
        "record_type",
        "record_type",
        _r.choice(
            "accession",
            "agent_corporate_entity",
            "agent_family",
            "agent_person",
            "agent_software",
            "archival_object",
            "classification",
            "classification_term",
            "digital_object",
            "digital_object_component",
            "event",
            "location",
            "resource",
            "subject",
        ),
        True,
    ),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("required_fields"), True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field(
        "subrecord_requirements",
        "subrecord_requirements",
        _r.ListOf(_r.model("subrecord_requirement", "SubrecordRequirement")),
    ),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
