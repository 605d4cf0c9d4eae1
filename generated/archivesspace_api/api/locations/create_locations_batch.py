from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.location_batch import LocationBatch
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "create_locations_batch",
    "method": "POST",
    "path": "/locations/batch",
    "parameters": {
        "dry_run": {
            "in": "query",
            "name": "dry_run",
            "required": False,
            "schema": {"type": "boolean"},
        }
    },
    "body": {"required": True, "kind": "instance", "type": LocationBatch},
    "answers": ((200, 200), (400, 400), (403, 403), (412, 412)),
}


def _get_kwargs(
    *,
    body: LocationBatch,
    dry_run: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["dry_run"] = dry_run

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/locations/batch",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[str] | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = cast(
            "list[str]", _r.load(_r.ListOf(_r.STR), _r.json_body(response))
        )
        return response_200

    if response.status_code == 400:
        from ... import _records as _r

        response_400 = _r.parse(Error, _r.json_body(response))
        return response_400

    if response.status_code == 403:
        from ... import _records as _r

        response_403 = _r.parse(Error, _r.json_body(response))
        return response_403

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
) -> Response[Error | list[str]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LocationBatch,
    dry_run: bool | Unset = UNSET,
) -> Response[Error | list[str]]:
    """Create many locations from coordinate ranges

     Creates one location for every combination of the values of the batch's coordinate ranges, each with
    the batch's other fields. With `dry_run=true` nothing is created and the answer lists the titles the
    locations would get; otherwise it lists the URIs of the new locations.

    Args:
        dry_run (bool | Unset):
        body (LocationBatch): A template for many locations at once: the location fields they
            share, and one to three coordinate ranges. The server creates one location for each
            combination of the ranges' values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[str]]
    """

    kwargs = _get_kwargs(
        body=body,
        dry_run=dry_run,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: LocationBatch,
    dry_run: bool | Unset = UNSET,
) -> Error | list[str] | None:
    """Create many locations from coordinate ranges

     Creates one location for every combination of the values of the batch's coordinate ranges, each with
    the batch's other fields. With `dry_run=true` nothing is created and the answer lists the titles the
    locations would get; otherwise it lists the URIs of the new locations.

    Args:
        dry_run (bool | Unset):
        body (LocationBatch): A template for many locations at once: the location fields they
            share, and one to three coordinate ranges. The server creates one location for each
            combination of the ranges' values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[str]
    """

    return sync_detailed(
        client=client,
        body=body,
        dry_run=dry_run,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LocationBatch,
    dry_run: bool | Unset = UNSET,
) -> Response[Error | list[str]]:
    """Create many locations from coordinate ranges

     Creates one location for every combination of the values of the batch's coordinate ranges, each with
    the batch's other fields. With `dry_run=true` nothing is created and the answer lists the titles the
    locations would get; otherwise it lists the URIs of the new locations.

    Args:
        dry_run (bool | Unset):
        body (LocationBatch): A template for many locations at once: the location fields they
            share, and one to three coordinate ranges. The server creates one location for each
            combination of the ranges' values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[str]]
    """

    kwargs = _get_kwargs(
        body=body,
        dry_run=dry_run,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: LocationBatch,
    dry_run: bool | Unset = UNSET,
) -> Error | list[str] | None:
    """Create many locations from coordinate ranges

     Creates one location for every combination of the values of the batch's coordinate ranges, each with
    the batch's other fields. With `dry_run=true` nothing is created and the answer lists the titles the
    locations would get; otherwise it lists the URIs of the new locations.

    Args:
        dry_run (bool | Unset):
        body (LocationBatch): A template for many locations at once: the location fields they
            share, and one to three coordinate ranges. The server creates one location for each
            combination of the ranges' values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[str]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            dry_run=dry_run,
        )
    ).parsed
