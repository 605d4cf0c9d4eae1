from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.extent_calculation import ExtentCalculation
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "run_extent_calculator",
    "method": "GET",
    "path": "/extent_calculator",
    "parameters": {
        "record_uri": {
            "in": "query",
            "name": "record_uri",
            "required": True,
            "schema": {"type": "string"},
        },
        "unit": {
            "in": "query",
            "name": "unit",
            "required": False,
            "schema": {"type": "string"},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (404, 404), (412, 412)),
}


def _get_kwargs(
    *,
    record_uri: str,
    unit: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["record_uri"] = record_uri

    params["unit"] = unit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/extent_calculator",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ExtentCalculation | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(ExtentCalculation, _r.json_body(response))
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
) -> Response[Error | ExtentCalculation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    record_uri: str,
    unit: str | Unset = UNSET,
) -> Response[Error | ExtentCalculation]:
    """Calculate the extent of a resource or archival object from its containers

     Adds up the container profiles of the distinct top containers that the record and everything below
    it point at. Containers without a profile are counted but add nothing.

    Args:
        record_uri (str):
        unit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExtentCalculation]
    """

    kwargs = _get_kwargs(
        record_uri=record_uri,
        unit=unit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    record_uri: str,
    unit: str | Unset = UNSET,
) -> Error | ExtentCalculation | None:
    """Calculate the extent of a resource or archival object from its containers

     Adds up the container profiles of the distinct top containers that the record and everything below
    it point at. Containers without a profile are counted but add nothing.

    Args:
        record_uri (str):
        unit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExtentCalculation
    """

    return sync_detailed(
        client=client,
        record_uri=record_uri,
        unit=unit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    record_uri: str,
    unit: str | Unset = UNSET,
) -> Response[Error | ExtentCalculation]:
    """Calculate the extent of a resource or archival object from its containers

     Adds up the container profiles of the distinct top containers that the record and everything below
    it point at. Containers without a profile are counted but add nothing.

    Args:
        record_uri (str):
        unit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExtentCalculation]
    """

    kwargs = _get_kwargs(
        record_uri=record_uri,
        unit=unit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    record_uri: str,
    unit: str | Unset = UNSET,
) -> Error | ExtentCalculation | None:
    """Calculate the extent of a resource or archival object from its containers

     Adds up the container profiles of the distinct top containers that the record and everything below
    it point at. Containers without a profile are counted but add nothing.

    Args:
        record_uri (str):
        unit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExtentCalculation
    """

    return (
        await asyncio_detailed(
            client=client,
            record_uri=record_uri,
            unit=unit,
        )
    ).parsed
