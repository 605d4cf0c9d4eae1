from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class BulkUpdaterTreeNode(_r.Record):
    """One archival object in the compact tree (properties without a value are left out).

    Attributes:
        title (str | Unset): The archival object's display string.
        uri (str | Unset):
        ref_id (str | Unset):
        component_id (str | Unset):
        container (str | Unset): Where it is shelved, as one line: the top container as `type: indicator: [barcode]`,
            then each sub-container level as `type: indicator`, separated by commas.
        has_children (bool | Unset):
        children (list[BulkUpdaterTreeNode] | Unset):
    """

    title: str | Unset = UNSET
    uri: str | Unset = UNSET
    ref_id: str | Unset = UNSET
    component_id: str | Unset = UNSET
    container: str | Unset = UNSET
    has_children: bool | Unset = UNSET
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
    BulkUpdaterTreeNode,
    _r.Field("title", "title", _r.STR),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("ref_id", "ref_id", _r.STR),
    _r.Field("component_id", "component_id", _r.STR),
    _r.Field("container", "container", _r.STR),
    _r.Field("has_children", "has_children", _r.BOOL),
    _r.Field(
        "children",
        "children",
        _r.ListOf(_r.model("bulk_updater_tree_node", "BulkUpdaterTreeNode")),
    ),
    extra=_r.ANY,
)
