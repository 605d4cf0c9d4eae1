"""CSV validation whose verdict is a result: an invalid CSV (the server's 400 ``{valid: false, reason}``) comes
back as a ``ValidationResult`` with ``valid`` false, not as an error."""

from __future__ import annotations

from typing import Any, BinaryIO, cast

from archivematica_api.api.validators import AsyncValidatorsNamespace, ValidatorsNamespace
from archivematica_api.models.validation_result import ValidationResult
from archivematica_api.models.validator_name import ValidatorName
from archivematica_api.types import File

from .. import errors
from .._bodies import check_payload


def csv_file(body: File | bytes | str) -> File:
    """The request body of ``validate_csv``: a ``File`` (its payload bytes, text or a binary file), or the CSV as
    bytes or text (sent UTF-8 encoded). Anything else is ``InvalidArgument``, before anything is sent.

    Example: ``csv_file("file,basis\\n")``.
    """
    is_file = isinstance(body, File) or (type(body).__name__ == "File" and hasattr(body, "payload"))
    payload: Any = cast(File, body).payload if is_file else body
    check_payload("validate_csv", payload)
    if isinstance(payload, str):
        try:
            raw = payload.encode("utf-8")
        except UnicodeEncodeError:
            wanted = "text that can be encoded as UTF-8"
            raise errors.InvalidArgument("validate_csv", "body", wanted, "text with a lone surrogate") from None
    elif isinstance(payload, (bytes, bytearray, memoryview)):
        raw = bytes(payload)
    else:
        raw = payload.getvalue() if hasattr(payload, "getvalue") else payload.read()
    # The payload is the bytes themselves: httpx sends bytes from sync and async clients alike.
    return File(payload=cast(BinaryIO, raw), file_name="document.csv", mime_type="text/csv; charset=utf-8")


def verdict(exc: errors.ValidationError) -> ValidationResult | None:
    """The ``ValidationResult`` a 400 ``{valid: false, reason}`` carries, or None for another 400 (a wrong
    Content-Type, an unexpected validator failure: those stay errors).

    Example: ``verdict(exc).reason`` is ``"No restriction specified."`` for an invalid rights CSV.
    """
    body: Any = exc.body
    if isinstance(body, dict) and body.get("valid") is False:
        return ValidationResult.from_dict(body)
    return None


class Validators(ValidatorsNamespace):
    """``am.validators``: :meth:`validate_csv` returns the verdict, valid or not."""

    def validate_csv(self, *, body: File | bytes | str, validator: ValidatorName) -> ValidationResult:
        """Run the ``avalon`` or ``rights`` validator on a CSV document (bytes, text, or a ``File``).

        An invalid CSV is a result (``valid`` false, with the server's ``reason``); a malformed request still
        raises ``ValidationError``.

        Example::

            result = am.validators.validate_csv(validator="rights", body=open("rights.csv", "rb").read())
            if not result.valid:
                print(result.reason)
        """
        try:
            return super().validate_csv(body=csv_file(body), validator=validator)
        except errors.ValidationError as exc:
            result = verdict(exc)
            if result is None:
                raise
            return result


class AsyncValidators(AsyncValidatorsNamespace):
    """The asynchronous ``am.validators``; see :class:`Validators`."""

    async def validate_csv(self, *, body: File | bytes | str, validator: ValidatorName) -> ValidationResult:
        """Run a CSV validator; an invalid CSV is a result. Example: ``await am.validators.validate_csv(...)``."""
        try:
            return await super().validate_csv(body=csv_file(body), validator=validator)
        except errors.ValidationError as exc:
            result = verdict(exc)
            if result is None:
                raise
            return result
