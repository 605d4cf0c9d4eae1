from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.hide_completed_result import HideCompletedResult
from ...models.not_removed_result import NotRemovedResult
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "hide_completed_transfers",
    "method": "DELETE",
    "path": "/api/transfer/delete/",
    "parameters": {},
    "body": None,
    "answers": ((200, 200), (403, 403), (405, 405), (500, 500)),
}


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/transfer/delete/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | HideCompletedResult | NotRemovedResult | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(HideCompletedResult, _r.json_body(response))
        return response_200

    if response.status_code == 403:
        from ... import _records as _r

        response_403 = _r.parse(Error, _r.json_body(response))
        return response_403

    if response.status_code == 405:
        response_405 = cast(Any, None)
        return response_405

    if response.status_code == 500:
        from ... import _records as _r

        response_500 = _r.parse(NotRemovedResult, _r.json_body(response))
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
) -> Response[Any | Error | HideCompletedResult | NotRemovedResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error | HideCompletedResult | NotRemovedResult]:
    """Hide every completed or failed transfer

     The server-side bulk version of `hide_transfer`; answers the UUIDs it hid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | HideCompletedResult | NotRemovedResult]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Any | Error | HideCompletedResult | NotRemovedResult | None:
    """Hide every completed or failed transfer

     The server-side bulk version of `hide_transfer`; answers the UUIDs it hid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | HideCompletedResult | NotRemovedResult
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error | HideCompletedResult | NotRemovedResult]:
    """Hide every completed or failed transfer

     The server-side bulk version of `hide_transfer`; answers the UUIDs it hid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | HideCompletedResult | NotRemovedResult]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Any | Error | HideCompletedResult | NotRemovedResult | None:
    """Hide every completed or failed transfer

     The server-side bulk version of `hide_transfer`; answers the UUIDs it hid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | HideCompletedResult | NotRemovedResult
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
