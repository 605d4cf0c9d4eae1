from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class TopContainerBulkUpdate(_r.Record):
    """A map from top container URI to the value to give that container: a barcode, an indicator, or a location URI
    depending on the operation. Sent as the JSON request body.

    """

    additional_properties: dict[str, None | str] = _attrs_field(
        init=False, factory=dict
    )


_r.bind(
    TopContainerBulkUpdate,
    extra=_r.one_of(_r.STR, _r.NONE),
)
