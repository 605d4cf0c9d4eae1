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
class AssessmentAttribute(_r.Record):
    """One rating, format or conservation issue recorded in an assessment, pointing at its definition by id.

    Attributes:
        jsonmodel_type (Literal['assessment_attribute']):  Default: 'assessment_attribute'.
        definition_id (int): The id of the attribute's definition (see the repository's assessment attribute
            definitions).
        label (str | Unset): The definition's label.
        global_ (bool | Unset): Whether the definition is global rather than the repository's own.
        value (None | str | Unset): The recorded value: a rating's score, or `true` for a format or conservation issue
            that applies. The server lists every defined attribute in a fetched assessment, with `null` for those not
            recorded.
        note (str | Unset):
        readonly (bool | Unset): Whether the definition is read-only. Default: False.
        lock_version (int | str | Unset):
        created_by (str | Unset):
        last_modified_by (str | Unset):
        create_time (datetime.datetime | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    definition_id: int
    jsonmodel_type: Literal["assessment_attribute"] = "assessment_attribute"
    label: str | Unset = UNSET
    global_: bool | Unset = UNSET
    value: None | str | Unset = UNSET
    note: str | Unset = UNSET
    readonly: bool | Unset = False
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    AssessmentAttribute,
    _r.Field(
        "jsonmodel_type", "jsonmodel_type", _r.choice("assessment_attribute"), True
    ),
    _r.Field("definition_id", "definition_id", _r.INT, True),
    _r.Field("label", "label", _r.STR),
    _r.Field("global_", "global", _r.BOOL),
    _r.Field("value", "value", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("note", "note", _r.STR),
    _r.Field("readonly", "readonly", _r.BOOL),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
