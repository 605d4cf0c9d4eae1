from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.validation_failure import ValidationFailure
from ...models.validation_result import ValidationResult
from ...models.validator_name import ValidatorName
from ...types import File, Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "validate_csv",
    "method": "POST",
    "path": "/api/v2beta/validate/{validator}",
    "parameters": {
        "validator": {
            "in": "path",
            "name": "validator",
            "required": True,
            "schema": {"type": "string", "enum": ("avalon", "rights")},
            "reserved": (),
        }
    },
    "body": {"required": True, "kind": "file", "type": File},
    "answers": ((200, 200), (400, 400), (403, 403), (404, 404), (405, 405)),
}


def _get_kwargs(
    validator: ValidatorName,
    *,
    body: File,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2beta/validate/{validator}".format(
            validator=quote(str(validator), safe=""),
        ),
    }

    from ... import _records as _r

    _kwargs["content"] = _r.request_content(body.payload)
    headers["Content-Type"] = "text/csv; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | ValidationFailure | ValidationResult | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(ValidationResult, _r.json_body(response))
        return response_200

    if response.status_code == 400:
        from ... import _records as _r

        response_400 = _r.parse(ValidationFailure, _r.json_body(response))
        return response_400

    if response.status_code == 403:
        from ... import _records as _r

        response_403 = _r.parse(Error, _r.json_body(response))
        return response_403

    if response.status_code == 404:
        from ... import _records as _r

        response_404 = _r.parse(Error, _r.json_body(response))
        return response_404

    if response.status_code == 405:
        response_405 = cast(Any, None)
        return response_405

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 200))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | ValidationFailure | ValidationResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    validator: ValidatorName,
    *,
    client: AuthenticatedClient,
    body: File,
) -> Response[Any | Error | ValidationFailure | ValidationResult]:
    """Validate a CSV document

     Runs the named validator on the raw CSV body. The Content-Type must be exactly `text/csv;
    charset=utf-8` (both the media type and the charset are checked), otherwise the answer is 400. A CSV
    that fails answers 400 `{valid: false, reason}`: that is a verdict, not a failure, and fonds's
    `validate_csv` returns it as a `ValidationResult` with `valid` false; the other 400s (`{error: true,
    message}`) raise `ValidationError`.

    Args:
        validator (ValidatorName): The CSV validators the server knows.
        body (File): The CSV document, UTF-8 encoded (sent as raw bytes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ValidationFailure | ValidationResult]
    """

    kwargs = _get_kwargs(
        validator=validator,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    validator: ValidatorName,
    *,
    client: AuthenticatedClient,
    body: File,
) -> Any | Error | ValidationFailure | ValidationResult | None:
    """Validate a CSV document

     Runs the named validator on the raw CSV body. The Content-Type must be exactly `text/csv;
    charset=utf-8` (both the media type and the charset are checked), otherwise the answer is 400. A CSV
    that fails answers 400 `{valid: false, reason}`: that is a verdict, not a failure, and fonds's
    `validate_csv` returns it as a `ValidationResult` with `valid` false; the other 400s (`{error: true,
    message}`) raise `ValidationError`.

    Args:
        validator (ValidatorName): The CSV validators the server knows.
        body (File): The CSV document, UTF-8 encoded (sent as raw bytes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ValidationFailure | ValidationResult
    """

    return sync_detailed(
        validator=validator,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    validator: ValidatorName,
    *,
    client: AuthenticatedClient,
    body: File,
) -> Response[Any | Error | ValidationFailure | ValidationResult]:
    """Validate a CSV document

     Runs the named validator on the raw CSV body. The Content-Type must be exactly `text/csv;
    charset=utf-8` (both the media type and the charset are checked), otherwise the answer is 400. A CSV
    that fails answers 400 `{valid: false, reason}`: that is a verdict, not a failure, and fonds's
    `validate_csv` returns it as a `ValidationResult` with `valid` false; the other 400s (`{error: true,
    message}`) raise `ValidationError`.

    Args:
        validator (ValidatorName): The CSV validators the server knows.
        body (File): The CSV document, UTF-8 encoded (sent as raw bytes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ValidationFailure | ValidationResult]
    """

    kwargs = _get_kwargs(
        validator=validator,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    validator: ValidatorName,
    *,
    client: AuthenticatedClient,
    body: File,
) -> Any | Error | ValidationFailure | ValidationResult | None:
    """Validate a CSV document

     Runs the named validator on the raw CSV body. The Content-Type must be exactly `text/csv;
    charset=utf-8` (both the media type and the charset are checked), otherwise the answer is 400. A CSV
    that fails answers 400 `{valid: false, reason}`: that is a verdict, not a failure, and fonds's
    `validate_csv` returns it as a `ValidationResult` with `valid` false; the other 400s (`{error: true,
    message}`) raise `ValidationError`.

    Args:
        validator (ValidatorName): The CSV validators the server knows.
        body (File): The CSV document, UTF-8 encoded (sent as raw bytes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ValidationFailure | ValidationResult
    """

    return (
        await asyncio_detailed(
            validator=validator,
            client=client,
            body=body,
        )
    ).parsed
