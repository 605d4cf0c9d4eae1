from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class ResourceSchemaFiltering(_r.Record):
    """The fields that allow filtering, by name - `1` for every lookup, `2` for every lookup including across relations, or
    a list of lookups.

    """

    additional_properties: dict[str, int | list[str]] = _attrs_field(
        init=False, factory=dict
    )


_r.bind(
    ResourceSchemaFiltering,
    extra=_r.one_of(_r.INT, _r.ListOf(_r.STR)),
)
