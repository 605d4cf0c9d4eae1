from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reingest_type import ReingestType, check_reingest_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReingestRequest")


@_attrs_define
class ReingestRequest:
    """The JSON body of `reingest_package`.

    Attributes:
        pipeline (UUID): The UUID (not the URI) of the pipeline to reingest on.
        reingest_type (ReingestType): What to reingest - `metadata` (metadata only), `objects` (partial, with the
            objects), `full`. The server lowercases the value, so upper case works too; amclient's `METADATA_ONLY` does not.
        processing_config (str | Unset): The pipeline processing configuration to use. Default: 'default'.
    """

    pipeline: UUID
    reingest_type: ReingestType
    processing_config: str | Unset = "default"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pipeline = str(self.pipeline)

        reingest_type: str = self.reingest_type

        processing_config = self.processing_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pipeline": pipeline,
                "reingest_type": reingest_type,
            }
        )
        if processing_config is not UNSET:
            field_dict["processing_config"] = processing_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pipeline = UUID(d.pop("pipeline"))

        reingest_type = check_reingest_type(d.pop("reingest_type"))

        processing_config = d.pop("processing_config", UNSET)

        _obj = cls(
            pipeline=pipeline,
            reingest_type=reingest_type,
            processing_config=processing_config,
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
