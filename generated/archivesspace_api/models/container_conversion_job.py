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
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class ContainerConversionJob(_r.Record):
    """Convert legacy container data (pre-2.0 instances) into top containers.

    Attributes:
        format (str): The format of the conversion report written as the job's output.
        jsonmodel_type (Literal['container_conversion_job']):  Default: 'container_conversion_job'.
        lock_version (int | str | Unset): The optimistic lock version; send back the one you fetched.
        created_by (str | Unset): The user who created the record.
        last_modified_by (str | Unset): The user who last changed the record.
        user_mtime (datetime.datetime | Unset): When a user last changed the record.
        system_mtime (datetime.datetime | Unset): When the database row last changed.
        create_time (datetime.datetime | Unset): When the record was created.
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    format: str
    jsonmodel_type: Literal["container_conversion_job"] = "container_conversion_job"
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ContainerConversionJob,
    _r.Field("format", "format", _r.STR, True),
    _r.Field(
        "jsonmodel_type", "jsonmodel_type", _r.choice("container_conversion_job"), True
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
