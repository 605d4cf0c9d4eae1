from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, File, Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "get_report_static_asset",
    "method": "GET",
    "path": "/reports/static/*",
    "parameters": {
        "splat": {
            "in": "query",
            "name": "splat",
            "required": True,
            "schema": {"type": "string"},
        }
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (404, 404), (412, 412)),
}


def _get_kwargs(
    *,
    splat: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["splat"] = splat

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/static/*",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        from ... import _records as _r

        response_400 = _r.parse(Error, _r.json_body(response))
        return response_400

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
) -> Response[Error | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    splat: str,
) -> Response[Error | File]:
    """Get a static asset of the report templates

     A file (style sheet, image, font) that HTML and PDF reports refer to. On the wire the asset's path
    is the part of the URL after `/reports/static/` (a Sinatra splat), which this description cannot
    template: the `splat` query parameter is what the server declares, but the asset is found from the
    URL's path. The file is served with the content type of its extension.

    Args:
        splat (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        splat=splat,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    splat: str,
) -> Error | File | None:
    """Get a static asset of the report templates

     A file (style sheet, image, font) that HTML and PDF reports refer to. On the wire the asset's path
    is the part of the URL after `/reports/static/` (a Sinatra splat), which this description cannot
    template: the `splat` query parameter is what the server declares, but the asset is found from the
    URL's path. The file is served with the content type of its extension.

    Args:
        splat (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return sync_detailed(
        client=client,
        splat=splat,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    splat: str,
) -> Response[Error | File]:
    """Get a static asset of the report templates

     A file (style sheet, image, font) that HTML and PDF reports refer to. On the wire the asset's path
    is the part of the URL after `/reports/static/` (a Sinatra splat), which this description cannot
    template: the `splat` query parameter is what the server declares, but the asset is found from the
    URL's path. The file is served with the content type of its extension.

    Args:
        splat (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        splat=splat,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    splat: str,
) -> Error | File | None:
    """Get a static asset of the report templates

     A file (style sheet, image, font) that HTML and PDF reports refer to. On the wire the asset's path
    is the part of the URL after `/reports/static/` (a Sinatra splat), which this description cannot
    template: the `splat` query parameter is what the server declares, but the asset is found from the
    URL's path. The file is served with the content type of its extension.

    Args:
        splat (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return (
        await asyncio_detailed(
            client=client,
            splat=splat,
        )
    ).parsed
