from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.failure_result import FailureResult
from ...types import File, Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "get_processing_configuration",
    "method": "GET",
    "path": "/api/processing-configuration/{name}",
    "parameters": {
        "name": {
            "in": "path",
            "name": "name",
            "required": True,
            "schema": {"type": "string", "maxLength": 16, "pattern": "^\\w{1,16}$"},
            "reserved": (),
        }
    },
    "body": None,
    "answers": ((200, 200), (403, 403), (404, 404), (405, 405), (415, 415), (500, 500)),
}


def _get_kwargs(
    name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/processing-configuration/{name}".format(
            name=quote(str(name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | FailureResult | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 403:
        from ... import _records as _r

        response_403 = _r.parse(Error, _r.json_body(response))
        return response_403

    if response.status_code == 404:
        from ... import _records as _r

        response_404 = _r.parse(FailureResult, _r.json_body(response))
        return response_404

    if response.status_code == 405:
        response_405 = cast(Any, None)
        return response_405

    if response.status_code == 415:
        response_415 = cast(Any, None)
        return response_415

    if response.status_code == 500:
        from ... import _records as _r

        response_500 = _r.parse(FailureResult, _r.json_body(response))
        return response_500

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 200))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | FailureResult | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error | FailureResult | File]:
    """Get a processing configuration as XML

     Answers the `processingMCP.xml` document. The request's `Accept` header must be exactly `*/*` or
    contain `xml`, otherwise the answer is 415 with an empty body (httpx sends `*/*` by default). The
    built-in configurations (`default`, `automated`) are regenerated when missing; old servers answered
    a missing configuration with a 404 HTML page.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | FailureResult | File]
    """

    kwargs = _get_kwargs(
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient,
) -> Any | Error | FailureResult | File | None:
    """Get a processing configuration as XML

     Answers the `processingMCP.xml` document. The request's `Accept` header must be exactly `*/*` or
    contain `xml`, otherwise the answer is 415 with an empty body (httpx sends `*/*` by default). The
    built-in configurations (`default`, `automated`) are regenerated when missing; old servers answered
    a missing configuration with a 404 HTML page.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | FailureResult | File
    """

    return sync_detailed(
        name=name,
        client=client,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error | FailureResult | File]:
    """Get a processing configuration as XML

     Answers the `processingMCP.xml` document. The request's `Accept` header must be exactly `*/*` or
    contain `xml`, otherwise the answer is 415 with an empty body (httpx sends `*/*` by default). The
    built-in configurations (`default`, `automated`) are regenerated when missing; old servers answered
    a missing configuration with a 404 HTML page.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | FailureResult | File]
    """

    kwargs = _get_kwargs(
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient,
) -> Any | Error | FailureResult | File | None:
    """Get a processing configuration as XML

     Answers the `processingMCP.xml` document. The request's `Accept` header must be exactly `*/*` or
    contain `xml`, otherwise the answer is 415 with an empty body (httpx sends `*/*` by default). The
    built-in configurations (`default`, `automated`) are regenerated when missing; old servers answered
    a missing configuration with a 404 HTML page.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | FailureResult | File
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
        )
    ).parsed
