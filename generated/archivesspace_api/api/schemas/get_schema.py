from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.json_model_schema import JsonModelSchema
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "get_schema",
    "method": "GET",
    "path": "/schemas/{schema}",
    "parameters": {
        "schema": {
            "in": "path",
            "name": "schema",
            "required": True,
            "schema": {"type": "string"},
            "reserved": (),
        }
    },
    "body": None,
    "answers": ((200, 200), (403, 403), (404, 404), (412, 412)),
}


def _get_kwargs(
    schema: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/schemas/{schema}".format(
            schema=quote(str(schema), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | JsonModelSchema | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(JsonModelSchema, _r.json_body(response))
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
) -> Response[Error | JsonModelSchema]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    schema: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | JsonModelSchema]:
    """Get one JSONModel schema as served

    Args:
        schema (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JsonModelSchema]
    """

    kwargs = _get_kwargs(
        schema=schema,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    schema: str,
    *,
    client: AuthenticatedClient,
) -> Error | JsonModelSchema | None:
    """Get one JSONModel schema as served

    Args:
        schema (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JsonModelSchema
    """

    return sync_detailed(
        schema=schema,
        client=client,
    ).parsed


async def asyncio_detailed(
    schema: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | JsonModelSchema]:
    """Get one JSONModel schema as served

    Args:
        schema (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JsonModelSchema]
    """

    kwargs = _get_kwargs(
        schema=schema,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    schema: str,
    *,
    client: AuthenticatedClient,
) -> Error | JsonModelSchema | None:
    """Get one JSONModel schema as served

    Args:
        schema (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JsonModelSchema
    """

    return (
        await asyncio_detailed(
            schema=schema,
            client=client,
        )
    ).parsed
