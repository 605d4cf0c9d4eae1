from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class PackageMiscAttributesType0(_r.Record):
    """Free-form, often space-specific attributes (`reingest_pipeline`, `ready_for_finalization`...). The live schema
    document calls its type `string`, but the server sends a JSON object.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    PackageMiscAttributesType0,
    extra=_r.ANY,
)
