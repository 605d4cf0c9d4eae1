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
from ..models.rde_template_record_type import (
    RdeTemplateRecordType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rde_template_defaults import RdeTemplateDefaults
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class RdeTemplate(_r.Record):
    """A saved layout of the staff interface's Rapid Data Entry form: which columns show, in what order, and the values
    they start with.

        Attributes:
            name (str): The template's name.
            record_type (RdeTemplateRecordType): The kind of record the form creates.
            jsonmodel_type (Literal['rde_template']):  Default: 'rde_template'.
            uri (str): The template's URI.
            order (list[str]): The form's column ids, in display order.
            visible (list[str]): The ids of the columns shown.
            defaults (RdeTemplateDefaults | Unset): Starting values, keyed by column id.
            lock_version (int | str | Unset): Pass back the value read when you update the record.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            user_mtime (datetime.datetime | Unset): When a user last edited the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in any way.
            create_time (datetime.datetime | Unset): When the record was created.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    name: str
    record_type: RdeTemplateRecordType
    jsonmodel_type: Literal["rde_template"] = "rde_template"
    uri: str = _r.NOT_YET_SENT
    order: list[str] = _attrs_field(factory=list)
    visible: list[str] = _attrs_field(factory=list)
    defaults: RdeTemplateDefaults | Unset = UNSET
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
    RdeTemplate,
    _r.Field("name", "name", _r.STR, True),
    _r.Field(
        "record_type",
        "record_type",
        _r.choice("archival_object", "digital_object_component"),
        True,
    ),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("rde_template"), True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("order", "order", _r.ListOf(_r.STR), empty=True),
    _r.Field("visible", "visible", _r.ListOf(_r.STR), empty=True),
    _r.Field(
        "defaults", "defaults", _r.model("rde_template_defaults", "RdeTemplateDefaults")
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
