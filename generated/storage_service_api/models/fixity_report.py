from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fixity_failures import FixityFailures


@_attrs_define(slots=False, repr=False)
class FixityReport(_r.Record):
    """The result of a fixity check.

    Attributes:
        success (bool | None): Whether the package passed; null when the check could not run.
        message (str):
        failures (FixityFailures | Unset): The files that failed the fixity check.
        timestamp (None | str | Unset): When the space's own check ran, if it reports one.
    """

    success: bool | None
    message: str
    failures: FixityFailures | Unset = UNSET
    timestamp: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    FixityReport,
    _r.Field("success", "success", _r.one_of(_r.BOOL, _r.NONE), True),
    _r.Field("message", "message", _r.STR, True),
    _r.Field("failures", "failures", _r.model("fixity_failures", "FixityFailures")),
    _r.Field("timestamp", "timestamp", _r.one_of(_r.STR, _r.NONE)),
    extra=_r.ANY,
)
