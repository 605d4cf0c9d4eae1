from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_error_type_1 import ErrorErrorType1
    from ..models.error_warning import ErrorWarning

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.error_error_type_1 import ErrorErrorType1  # noqa: PLC0415
    from ..models.error_warning import ErrorWarning  # noqa: PLC0415

    globals().update(
        {
            "ErrorErrorType1": ErrorErrorType1,
            "ErrorWarning": ErrorWarning,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
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

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        error: dict[str, Any] | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorErrorType1):
            error = self.error.to_dict()
        else:
            error = self.error

        warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warning, Unset):
            warning = self.warning.to_dict()

        code = self.code

        invalid_object = self.invalid_object

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if warning is not UNSET:
            field_dict["warning"] = warning
        if code is not UNSET:
            field_dict["code"] = code
        if invalid_object is not UNSET:
            field_dict["invalid_object"] = invalid_object

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)

        def _parse_error(data: object) -> ErrorErrorType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = ErrorErrorType1.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ErrorErrorType1 | str | Unset", data)

        error = _parse_error(d.pop("error", UNSET))

        _warning = d.pop("warning", UNSET)
        warning: ErrorWarning | Unset
        if isinstance(_warning, Unset):
            warning = UNSET
        else:
            warning = ErrorWarning.from_dict(_warning)

        code = d.pop("code", UNSET)

        invalid_object = d.pop("invalid_object", UNSET)

        _obj = cls(
            error=error,
            warning=warning,
            code=code,
            invalid_object=invalid_object,
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
