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
class Extent(_r.Record):
    """How much material there is (a number of units of one type, for the whole record or a part of it).

    Attributes:
        portion (str): Whether the extent covers the whole record or a part (enumeration `extent_portion`; known values
            `whole`, `part`).
        number (str): The quantity, as text (decimals allowed).
        extent_type (str): The unit (enumeration `extent_extent_type`; known values `linear_feet`, `cubic_feet`,
            `files`, `gigabytes`, `megabytes`, `terabytes`, `leaves`, `sheets`, `volumes`, `reels`, `cassettes`,
            `photographic_prints`, `photographic_slides`).
        jsonmodel_type (Literal['extent']):  Default: 'extent'.
        container_summary (str | Unset): A summary of the containers, such as "5 boxes".
        physical_details (str | Unset): Other physical details (material, process, colour...).
        dimensions (str | Unset): Dimensions of the material.
        lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    portion: str
    number: str
    extent_type: str
    jsonmodel_type: Literal["extent"] = "extent"
    container_summary: str | Unset = UNSET
    physical_details: str | Unset = UNSET
    dimensions: str | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    Extent,
    _r.Field("portion", "portion", _r.STR, True),
    _r.Field("number", "number", _r.STR, True),
    _r.Field("extent_type", "extent_type", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("extent"), True),
    _r.Field("container_summary", "container_summary", _r.STR),
    _r.Field("physical_details", "physical_details", _r.STR),
    _r.Field("dimensions", "dimensions", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
