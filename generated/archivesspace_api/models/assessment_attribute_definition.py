from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..models.assessment_attribute_definition_type import (
    AssessmentAttributeDefinitionType,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class AssessmentAttributeDefinition(_r.Record):
    """One rating, format or conservation issue that assessments can record.

    Attributes:
        label (str):
        type (AssessmentAttributeDefinitionType):
        id (int | Unset): The definition's id; leave it out to add a definition, keep it to change one.
        global_ (bool | Unset): Whether the definition is shared by all repositories. Default: False.
        readonly (bool | Unset): Whether the definition is read-only. Default: False.
        position (int | Unset): The definition's place in its list.
    """

    label: str
    type: AssessmentAttributeDefinitionType
    id: int | Unset = UNSET
    global_: bool | Unset = False
    readonly: bool | Unset = False
    position: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    AssessmentAttributeDefinition,
    _r.Field("label", "label", _r.STR, True),
    _r.Field("type", "type", _r.choice("conservation_issue", "format", "rating"), True),
    _r.Field("id", "id", _r.INT),
    _r.Field("global_", "global", _r.BOOL),
    _r.Field("readonly", "readonly", _r.BOOL),
    _r.Field("position", "position", _r.INT),
    extra=_r.ANY,
)
