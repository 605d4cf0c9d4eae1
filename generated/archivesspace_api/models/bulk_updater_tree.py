from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_updater_tree_node import BulkUpdaterTreeNode


@_attrs_define(slots=False, repr=False)
class BulkUpdaterTree(_r.Record):
    """A resource's whole archival object tree in a compact form, as the bulk archival object updater uses it to let users
    pick the records of a spreadsheet.

        Attributes:
            title (str | Unset): The resource's title.
            identifier (str | Unset): The resource's identifier, its parts joined.
            uri (str | Unset): The resource's URI.
            children (list[BulkUpdaterTreeNode] | Unset): The top-level archival objects, in order.
    """

    title: str | Unset = UNSET
    identifier: str | Unset = UNSET
    uri: str | Unset = UNSET
    children: list[BulkUpdaterTreeNode] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> int | None:
        """The record's id: the last segment of its ``uri`` (``.../archival_objects/7`` gives 7), or None."""
        return _r.uri_id(self)

    @property
    def repo_id(self) -> int | None:
        """The repository the record's ``uri`` is in (``/repositories/2/...`` gives 2), or None."""
        return _r.uri_repo_id(self)


_r.bind(
    BulkUpdaterTree,
    _r.Field("title", "title", _r.STR),
    _r.Field("identifier", "identifier", _r.STR),
    _r.Field("uri", "uri", _r.STR),
    _r.Field(
        "children",
        "children",
        _r.ListOf(_r.model("bulk_updater_tree_node", "BulkUpdaterTreeNode")),
    ),
    extra=_r.ANY,
)
