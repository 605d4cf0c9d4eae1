from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..models.reingest_type import ReingestType
from ..types import Unset


@_attrs_define(slots=False, repr=False)
class ReingestRequest(_r.Record):
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


_r.bind(
    ReingestRequest,
    _r.Field("pipeline", "pipeline", _r.UUID, True),
    _r.Field(
        "reingest_type", "reingest_type", _r.choice("full", "metadata", "objects"), True
    ),
    _r.Field("processing_config", "processing_config", _r.STR),
    extra=_r.ANY,
)
