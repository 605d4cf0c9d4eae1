from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class ProcessingConfigurationList(_r.Record):
    """What `list_processing_configurations` answers.

    Attributes:
        processing_configurations (list[str]): The configuration names, sorted.
    """

    processing_configurations: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ProcessingConfigurationList,
    _r.Field(
        "processing_configurations",
        "processing_configurations",
        _r.ListOf(_r.STR),
        True,
    ),
    extra=_r.ANY,
)
