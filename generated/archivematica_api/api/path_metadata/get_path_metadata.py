from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.path_metadata import PathMetadata
from ...types import UNSET, Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "get_path_metadata",
    "method": "GET",
    "path": "/api/filesystem/metadata/",
    "parameters": {
        "path": {
            "in": "query",
            "name": "path",
            "required": True,
            "schema": {"type": "string"},
        }
    },
    "body": None,
    "answers": ((200, 200), (403, 403), (404, 404), (405, 405)),
}


def _get_kwargs(
    *,
    path: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["path"] = path

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/filesystem/metadata/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | PathMetadata | str | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(PathMetadata, _r.json_body(response))
        return response_200

    if response.status_code == 403:
        from ... import _records as _r

        response_403 = _r.parse(Error, _r.json_body(response))
        return response_403

    if response.status_code == 404:
        response_404 = response.text
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
) -> Response[Any | Error | PathMetadata | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    path: str,
) -> Response[Any | Error | PathMetadata | str]:
    """Get the level of description of an arrangement path

     Looks the path up in the SIP arrangement area among entries not yet made into a SIP (the path with
    and without a trailing `/`). No such entry answers a 404 Django HTML page.

    Args:
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | PathMetadata | str]
    """

    kwargs = _get_kwargs(
        path=path,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    path: str,
) -> Any | Error | PathMetadata | str | None:
    """Get the level of description of an arrangement path

     Looks the path up in the SIP arrangement area among entries not yet made into a SIP (the path with
    and without a trailing `/`). No such entry answers a 404 Django HTML page.

    Args:
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | PathMetadata | str
    """

    return sync_detailed(
        client=client,
        path=path,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    path: str,
) -> Response[Any | Error | PathMetadata | str]:
    """Get the level of description of an arrangement path

     Looks the path up in the SIP arrangement area among entries not yet made into a SIP (the path with
    and without a trailing `/`). No such entry answers a 404 Django HTML page.

    Args:
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | PathMetadata | str]
    """

    kwargs = _get_kwargs(
        path=path,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    path: str,
) -> Any | Error | PathMetadata | str | None:
    """Get the level of description of an arrangement path

     Looks the path up in the SIP arrangement area among entries not yet made into a SIP (the path with
    and without a trailing `/`). No such entry answers a 404 Django HTML page.

    Args:
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | PathMetadata | str
    """

    return (
        await asyncio_detailed(
            client=client,
            path=path,
        )
    ).parsed
