from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.space_calculation import SpaceCalculation
from ...types import UNSET, Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "run_space_calculator_by_location",
    "method": "GET",
    "path": "/space_calculator/by_location",
    "parameters": {
        "container_profile_uri": {
            "in": "query",
            "name": "container_profile_uri",
            "required": True,
            "schema": {"type": "string"},
        },
        "location_uris": {
            "in": "query",
            "name": "location_uris[]",
            "required": True,
            "schema": {"type": "array", "items": {"type": "string"}},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (412, 412)),
}


def _get_kwargs(
    *,
    container_profile_uri: str,
    location_uris: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["container_profile_uri"] = container_profile_uri

    json_location_uris = location_uris

    params["location_uris[]"] = json_location_uris

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/space_calculator/by_location",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SpaceCalculation | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(SpaceCalculation, _r.json_body(response))
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
) -> Response[Error | SpaceCalculation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    container_profile_uri: str,
    location_uris: list[str],
) -> Response[Error | SpaceCalculation]:
    """Calculate how many containers of a profile fit in some locations

     For each location, packs the containers already there and then as many containers of the profile as
    fit, using the location profiles' and container profiles' dimensions and stacking limits.

    Args:
        container_profile_uri (str):
        location_uris (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SpaceCalculation]
    """

    kwargs = _get_kwargs(
        container_profile_uri=container_profile_uri,
        location_uris=location_uris,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    container_profile_uri: str,
    location_uris: list[str],
) -> Error | SpaceCalculation | None:
    """Calculate how many containers of a profile fit in some locations

     For each location, packs the containers already there and then as many containers of the profile as
    fit, using the location profiles' and container profiles' dimensions and stacking limits.

    Args:
        container_profile_uri (str):
        location_uris (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SpaceCalculation
    """

    return sync_detailed(
        client=client,
        container_profile_uri=container_profile_uri,
        location_uris=location_uris,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    container_profile_uri: str,
    location_uris: list[str],
) -> Response[Error | SpaceCalculation]:
    """Calculate how many containers of a profile fit in some locations

     For each location, packs the containers already there and then as many containers of the profile as
    fit, using the location profiles' and container profiles' dimensions and stacking limits.

    Args:
        container_profile_uri (str):
        location_uris (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SpaceCalculation]
    """

    kwargs = _get_kwargs(
        container_profile_uri=container_profile_uri,
        location_uris=location_uris,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    container_profile_uri: str,
    location_uris: list[str],
) -> Error | SpaceCalculation | None:
    """Calculate how many containers of a profile fit in some locations

     For each location, packs the containers already there and then as many containers of the profile as
    fit, using the location profiles' and container profiles' dimensions and stacking limits.

    Args:
        container_profile_uri (str):
        location_uris (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SpaceCalculation
    """

    return (
        await asyncio_detailed(
            client=client,
            container_profile_uri=container_profile_uri,
            location_uris=location_uris,
        )
    ).parsed
