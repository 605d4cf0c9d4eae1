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
    from ..models.top_container import TopContainer


@_attrs_define(slots=False, repr=False)
class SubContainer(_r.Record):
    """A position inside a top container: the top container (box) itself, then up to two nested levels (folder, item...).

    Attributes:
        top_container (Ref[TopContainer]): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
        jsonmodel_type (Literal['sub_container']):  Default: 'sub_container'.
        type_2 (str | Unset): The kind of the second-level container (enumeration `container_type`; known values `box`,
            `carton`, `case`, `container`, `folder`, `frame`, `object`, `page`, `reel`, `volume`).
        indicator_2 (str | Unset): The number or label of the second-level container.
        barcode_2 (str | Unset): The barcode of the second-level container.
        type_3 (str | Unset): The kind of the third-level container (enumeration `container_type`, as `type_2`).
        indicator_3 (str | Unset): The number or label of the third-level container.
        display_string (str | Unset): The whole position as one line, computed by the server.
        lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    top_container: Ref[TopContainer]
    jsonmodel_type: Literal["sub_container"] = "sub_container"
    type_2: str | Unset = UNSET
    indicator_2: str | Unset = UNSET
    barcode_2: str | Unset = UNSET
    type_3: str | Unset = UNSET
    indicator_3: str | Unset = UNSET
    display_string: str | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    SubContainer,
    _r.Field("top_container", "top_container", _r.model("ref", "Ref"), True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("sub_container"), True),
    _r.Field("type_2", "type_2", _r.STR),
    _r.Field("indicator_2", "indicator_2", _r.STR),
    _r.Field("barcode_2", "barcode_2", _r.STR),
    _r.Field("type_3", "type_3", _r.STR),
    _r.Field("indicator_3", "indicator_3", _r.STR),
    _r.Field("display_string", "display_string", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
