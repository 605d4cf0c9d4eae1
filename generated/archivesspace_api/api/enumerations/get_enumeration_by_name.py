from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enumeration import Enumeration
from ...models.error import Error
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "get_enumeration_by_name",
    "method": "GET",
    "path": "/config/enumerations/names/{enum_name}",
    "parameters": {
        "enum_name": {
            "in": "path",
            "name": "enum_name",
            "required": True,
            "schema": {"type": "string"},
            "reserved": (),
        }
    },
    "body": None,
    "answers": ((200, 200), (403, 403), (404, 404), (412, 412)),
}


def _get_kwargs(
    enum_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/config/enumerations/names/{enum_name}".format(
            enum_name=quote(str(enum_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Enumeration | Error | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(Enumeration, _r.json_body(response))
        return response_200

    if response.status_code == 403:
        from ... import _records as _r

        response_403 = _r.parse(Error, _r.json_body(response))
        return response_403

    if response.status_code == 404:
        from ... import _records as _r

        response_404 = _r.parse(Error, _r.json_body(response))
        return response_404

    if response.status_code == 412:
        from ... import _records as _r

        response_412 = _r.parse(Error, _r.json_body(response))
        return response_412

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 200))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Enumeration | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    enum_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Enumeration | Error]:
    """Get an enumeration by its name

    Args:
        enum_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Enumeration | Error]
    """

    kwargs = _get_kwargs(
        enum_name=enum_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enum_name: str,
    *,
    client: AuthenticatedClient,
) -> Enumeration | Error | None:
    """Get an enumeration by its name

    Args:
        enum_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Enumeration | Error
    """

    return sync_detailed(
        enum_name=enum_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    enum_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Enumeration | Error]:
    """Get an enumeration by its name

    Args:
        enum_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Enumeration | Error]
    """

    kwargs = _get_kwargs(
        enum_name=enum_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enum_name: str,
    *,
    client: AuthenticatedClient,
) -> Enumeration | Error | None:
    """Get an enumeration by its name

    Args:
        enum_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Enumeration | Error
    """

    return (
        await asyncio_detailed(
            enum_name=enum_name,
            client=client,
        )
    ).parsed
