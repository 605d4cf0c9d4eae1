from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class TreePathStep(_r.Record):
    """One step of the path from a tree's root to a node (an answer of `tree/node_from_root`): which node to expand next
    and which of its waypoints holds the following step.

        Attributes:
            offset (int): The waypoint number, within `node`, that holds the next step of the path (or the node itself).
            root_record_uri (str): The URI of the tree's root record.
            jsonmodel_type (str): The type of `node` (`resource`, `archival_object`, `digital_object`...).
            node (None | str | Unset): The URI of the node to expand; null for the root record.
            title (None | str | Unset): The title of `node` (of the root record for the first step).
            parsed_title (None | str | Unset): The title with its mixed content rendered as HTML.
    """

    offset: int
    root_record_uri: str
    jsonmodel_type: str
    node: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    parsed_title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    TreePathStep,
    _r.Field("offset", "offset", _r.INT, True),
    _r.Field("root_record_uri", "root_record_uri", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.STR, True),
    _r.Field("node", "node", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("title", "title", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("parsed_title", "parsed_title", _r.one_of(_r.STR, _r.NONE)),
    extra=_r.ANY,
)
