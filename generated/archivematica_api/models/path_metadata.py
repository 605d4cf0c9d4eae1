from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class PathMetadata(_r.Record):
    """The metadata of an arrangement path.

    Attributes:
        level_of_description (str): The name (not the id) of the path's level of description, such as `Series`, or an
            empty string when none is set. (`update_path_metadata` takes the level's id.)
    """

    level_of_description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    PathMetadata,
    _r.Field("level_of_description", "level_of_description", _r.STR, True),
    extra=_r.ANY,
)
