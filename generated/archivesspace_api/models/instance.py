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
    from ..models.digital_object import DigitalObject
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.sub_container import SubContainer


@_attrs_define(slots=False, repr=False)
class Instance(_r.Record):
    """Where the described material physically or digitally is: either a place in a container (`sub_container`, which links
    a top container) or a linked digital object (`digital_object`, with `instance_type` `digital_object`).

        Attributes:
            instance_type (str): The kind of material (enumeration `instance_instance_type`; known values `mixed_materials`,
                `text`, `books`, `audio`, `graphic_materials`, `maps`, `microform`, `moving_images`, `realia`, `computer_disks`,
                `accession`, `digital_object`, `digital_object_link`).
            jsonmodel_type (Literal['instance']):  Default: 'instance'.
            sub_container (SubContainer | Unset): A position inside a top container: the top container (box) itself, then up
                to two nested levels (folder, item...).
            digital_object (Ref[DigitalObject] | Unset): A link to another record by URI. With `resolve[]` naming the
                property that holds it, the server adds the linked record as `_resolved`.
            is_representative (bool | Unset): Whether this digital object instance represents the record (at most one per
                record). Default: False.
            lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    instance_type: str
    jsonmodel_type: Literal["instance"] = "instance"
    sub_container: SubContainer | Unset = UNSET
    digital_object: Ref[DigitalObject] | Unset = UNSET
    is_representative: bool | Unset = False
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    Instance,
    _r.Field("instance_type", "instance_type", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("instance"), True),
    _r.Field(
        "sub_container", "sub_container", _r.model("sub_container", "SubContainer")
    ),
    _r.Field("digital_object", "digital_object", _r.model("ref", "Ref")),
    _r.Field("is_representative", "is_representative", _r.BOOL),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
