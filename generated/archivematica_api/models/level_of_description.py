from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class LevelOfDescription(_r.Record):
    """A level of description, as a single-key object from its id (a UUID) to its name."""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)


_r.bind(
    LevelOfDescription,
    extra=_r.STR,
)
