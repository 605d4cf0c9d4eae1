from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_error_type_1 import ErrorErrorType1
    from ..models.error_warning import ErrorWarning


@_attrs_define(slots=False, repr=False)
class Error(_r.Record):
    """The one error body of the ArchivesSpace API. `error` is a message (`Access denied`, `Accession not found`,
    `Sinatra::NotFound`, a JSON parse error), or for validation errors a map from field or parameter name to its
    messages (`db_error` when the database refused the save); `warning` and `invalid_object` come with a record's
    validation errors; `code` is set on 412 answers (`SESSION_GONE`, `SESSION_EXPIRED`).

        Attributes:
            error (ErrorErrorType1 | str | Unset): A message, or a map from field or parameter name to its messages.
            warning (ErrorWarning | Unset): Non-fatal messages, keyed by field.
            code (str | Unset): Set on 412 answers.
            invalid_object (str | Unset): The record that failed validation, as Ruby's `inspect` prints it
                (`#<JSONModel(:accession) {"jsonmodel_type"=>"accession", "title"=>nil}>`).
    """

    error: ErrorErrorType1 | str | Unset = UNSET
    warning: ErrorWarning | Unset = UNSET
    code: str | Unset = UNSET
    invalid_object: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    Error,
    _r.Field(
        "error",
        "error",
        _r.one_of(_r.STR, _r.model("error_error_type_1", "ErrorErrorType1")),
    ),
    _r.Field("warning", "warning", _r.model("error_warning", "ErrorWarning")),
    _r.Field("code", "code", _r.STR),
    _r.Field("invalid_object", "invalid_object", _r.STR),
    extra=_r.ANY,
)
