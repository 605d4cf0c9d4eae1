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
class CustomReportTemplate(_r.Record):
    """A saved custom report: which record type to report on, and which fields to include, filter and sort by. The fields a
    template may use are answered by `GET /reports/custom_data`.

        Attributes:
            name (str): The template's name, unique in the repository.
            data (str): The template itself, as JSON text: `custom_record_type` (a key of `GET /reports/custom_data`) and,
                under `fields`, each field's settings (`include`, narrowing values, sorting).
            limit (int): The most rows the report returns. Default: 100.
            jsonmodel_type (Literal['custom_report_template']):  Default: 'custom_report_template'.
            uri (str): The template's URI.
            description (str | Unset): What the report is for.
            lock_version (int | str | Unset): The optimistic lock version; send back the one you fetched.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the database row last changed.
            create_time (datetime.datetime | Unset): When the record was created.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    name: str
    data: str
    limit: int = 100
    jsonmodel_type: Literal["custom_report_template"] = "custom_report_template"
    uri: str = _r.NOT_YET_SENT
    description: str | Unset = UNSET
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
    CustomReportTemplate,
    _r.Field("name", "name", _r.STR, True),
    _r.Field("data", "data", _r.STR, True),
    _r.Field("limit", "limit", _r.INT, True),
    _r.Field(
        "jsonmodel_type", "jsonmodel_type", _r.choice("custom_report_template"), True
    ),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("description", "description", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
