from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class CurrentPreferencesDefaults(_r.Record):
    """The settings in force: the `Defaults` fields of all levels merged, the more specific winning (without
    `jsonmodel_type`).

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    CurrentPreferencesDefaults,
    extra=_r.ANY,
)
