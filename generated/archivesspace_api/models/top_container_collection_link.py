from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define(slots=False, repr=False)
class TopContainerCollectionLink(_r.Record):
    """A link from a top container to a resource or accession, computed by the server.

    Attributes:
        ref (str | Unset): The resource's or accession's URI.
        identifier (str | Unset): The collection's identifier, its parts joined.
        display_string (str | Unset): The collection's title.
        resolved (TopContainerCollectionLinkResolved | Unset): The record, when asked for with `resolve[]`.
    """

    ref: str | Unset = UNSET
    identifier: str | Unset = UNSET
    display_string: str | Unset = UNSET
    resolved: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    TopContainerCollectionLink,
    _r.Field("ref", "ref", _r.STR),
    _r.Field("identifier", "identifier", _r.STR),
    _r.Field("display_string", "display_string", _r.STR),
    _r.Field("resolved", "_resolved", _r.RESOLVED),
    extra=_r.ANY,
)
