"""CSV validation whose verdict is a result: an invalid CSV (the server's 400 ``{valid: false, reason}``) comes
back as a ``ValidationResult`` with ``valid`` false, not as an error."""

from __future__ import annotations

from typing import Any, BinaryIO, cast

from archivematica_api.api.validators import AsyncValidatorsNamespace, ValidatorsNamespace
from archivematica_api.models.validation_result import ValidationResult
from archivematica_api.models.validator_name import ValidatorName
from archivematica_api.types import File

from .. import errors


def csv_file(body: File | bytes | str) -> File:
    """The request body of ``validate_csv``: a ``File``, or the CSV as bytes or text (sent UTF-8 encoded).

    Example: ``csv_file("file,basis\\n")``.
    """
    if isinstance(body, File):
        payload: Any = body.payload
        raw = payload.getvalue() if hasattr(payload, "getvalue") else payload.read()
    else:
        raw = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    # The payload is the bytes themselves: httpx sends bytes from sync and async clients alike (a file object
    # only from sync ones).
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
