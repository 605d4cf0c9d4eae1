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
from ..models.default_values_record_type import (
    DefaultValuesRecordType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.default_values_defaults import DefaultValuesDefaults
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class DefaultValues(_r.Record):
    """The values a new record of one type starts with in the staff interface of one repository (used when the
    `default_values` preference is on).

        Attributes:
            record_type (DefaultValuesRecordType): The record type the defaults are for.
            jsonmodel_type (Literal['default_values']):  Default: 'default_values'.
            uri (str | Unset): The defaults' URI.
            defaults (DefaultValuesDefaults | Unset): A partial record of that type holding the starting values.
            lock_version (int | str | Unset): Pass back the value read when you update the record.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            user_mtime (datetime.datetime | Unset): When a user last edited the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in any way.
            create_time (datetime.datetime | Unset): When the record was created.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    record_type: DefaultValuesRecordType
    jsonmodel_type: Literal["default_values"] = "default_values"
    uri: str | Unset = UNSET
    defaults: DefaultValuesDefaults | Unset = UNSET
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
    DefaultValues,
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
            "container_profile",
            "digital_object",
            "digital_object_component",
            "event",
            "location",
            "resource",
            "subject",
        ),
        True,
    ),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("default_values"), True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field(
        "defaults",
        "defaults",
        _r.model("default_values_defaults", "DefaultValuesDefaults"),
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
