from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.merge_result_result import MergeResultResult
    from ..models.merge_result_selections import MergeResultSelections

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.merge_result_result import MergeResultResult  # noqa: PLC0415
    from ..models.merge_result_selections import MergeResultSelections  # noqa: PLC0415

    globals().update(
        {
            "MergeResultResult": MergeResultResult,
            "MergeResultSelections": MergeResultSelections,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="MergeResult")


@_attrs_define
class MergeResult:
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

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        status = self.status

        id = self.id

        merge_destination_uri = self.merge_destination_uri

        deleted_uris: list[str] | Unset = UNSET
        if not isinstance(self.deleted_uris, Unset):
            deleted_uris = self.deleted_uris

        selections: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selections, Unset):
            selections = self.selections.to_dict()

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if merge_destination_uri is not UNSET:
            field_dict["merge_destination_uri"] = merge_destination_uri
        if deleted_uris is not UNSET:
            field_dict["deleted_uris"] = deleted_uris
        if selections is not UNSET:
            field_dict["selections"] = selections
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        status = d.pop("status")

        id = d.pop("id", UNSET)

        merge_destination_uri = d.pop("merge_destination_uri", UNSET)

        deleted_uris = cast("list[str]", d.pop("deleted_uris", UNSET))

        _selections = d.pop("selections", UNSET)
        selections: MergeResultSelections | Unset
        if isinstance(_selections, Unset):
            selections = UNSET
        else:
            selections = MergeResultSelections.from_dict(_selections)

        _result = d.pop("result", UNSET)
        result: MergeResultResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = MergeResultResult.from_dict(_result)

        _obj = cls(
            status=status,
            id=id,
            merge_destination_uri=merge_destination_uri,
            deleted_uris=deleted_uris,
            selections=selections,
            result=result,
        )

        _obj.additional_properties = d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
