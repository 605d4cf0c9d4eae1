from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.merge_result_result import MergeResultResult
    from ..models.merge_result_selections import MergeResultSelections


@_attrs_define(slots=False, repr=False)
class MergeResult(_r.Record):
    """What a merge answers: `status` `Merged`, the surviving record, the URIs of the deleted candidates, and for detailed
    agent merges the selections applied and the resulting record.

        Attributes:
            status (str): `Merged` when the merge was carried out.
            id (int | Unset): The id of the surviving record.
            merge_destination_uri (str | Unset): The URI of the surviving record.
            deleted_uris (list[str] | Unset): The URIs of the candidates, now deleted (or that would be, with `dry_run`).
            selections (MergeResultSelections | Unset): The selections applied, flattened to `<list>.<index>.<field or
                mode>.<position>` keys (detailed merges).
            result (MergeResultResult | Unset): The destination agent as merged, with its links resolved (detailed merges;
                the preview with `dry_run`).
    """

    status: str
    id: int | Unset = UNSET
    merge_destination_uri: str | Unset = UNSET
    deleted_uris: list[str] | Unset = UNSET
    selections: MergeResultSelections | Unset = UNSET
    result: MergeResultResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    MergeResult,
    _r.Field("status", "status", _r.STR, True),
    _r.Field("id", "id", _r.INT),
    _r.Field("merge_destination_uri", "merge_destination_uri", _r.STR),
    _r.Field("deleted_uris", "deleted_uris", _r.ListOf(_r.STR)),
    _r.Field(
        "selections",
        "selections",
        _r.model("merge_result_selections", "MergeResultSelections"),
    ),
    _r.Field("result", "result", _r.model("merge_result_result", "MergeResultResult")),
    extra=_r.ANY,
)
