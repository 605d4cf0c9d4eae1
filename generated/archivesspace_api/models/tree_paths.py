from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.tree_path_step import TreePathStep


@_attrs_define(slots=False, repr=False)
class TreePaths(_r.Record):
    """The answer of a tree's `node_from_root`: for each node id asked for (as a string), the path from the tree's root to
    it, root first.

    """

    additional_properties: dict[str, list[TreePathStep]] = _attrs_field(
        init=False, factory=dict
    )


_r.bind(
    TreePaths,
    extra=_r.ListOf(_r.model("tree_path_step", "TreePathStep")),
)
