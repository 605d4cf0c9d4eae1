from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.location_purpose import LocationPurpose
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "get_default_location",
    "method": "GET",
    "path": "/api/v2/location/default/{purpose}/",
    "parameters": {
        "purpose": {
            "in": "path",
            "name": "purpose",
            "required": True,
            "schema": {
                "type": "string",
                "enum": ("AR", "AS", "CP", "DS", "SD", "SS", "BL", "TS", "RP"),
            },
            "reserved": ("browse",),
        }
    },
    "body": None,
    "answers": ((302, 302), (401, 401), (404, 404)),
}


def _get_kwargs(
    purpose: LocationPurpose,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/location/default/{purpose}/".format(
            purpose=quote(str(purpose), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | str | None:
    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    purpose: LocationPurpose,
    *,
    client: AuthenticatedClient,
) -> Response[Any | str]:
    """Find the default location for a purpose

     Answers 302 with the default location's URI in `Location` (the server also takes POST here). Do not
    follow the redirect blindly: read the UUID from the header, or follow it keeping the credentials.
    The same URL (`/api/v2/location/default/AS/`) is accepted as `current_location` by `create_package`.

    Args:
        purpose (LocationPurpose): What a location is for - AR AIP recovery, AS AIP storage, CP
            currently processing, DS DIP storage, SD SWORD deposit, SS the Storage Service's internal
            processing, BL transfer backlog, TS transfer source, RP replicator.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        purpose=purpose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    purpose: LocationPurpose,
    *,
    client: AuthenticatedClient,
) -> Any | str | None:
    """Find the default location for a purpose

     Answers 302 with the default location's URI in `Location` (the server also takes POST here). Do not
    follow the redirect blindly: read the UUID from the header, or follow it keeping the credentials.
    The same URL (`/api/v2/location/default/AS/`) is accepted as `current_location` by `create_package`.

    Args:
        purpose (LocationPurpose): What a location is for - AR AIP recovery, AS AIP storage, CP
            currently processing, DS DIP storage, SD SWORD deposit, SS the Storage Service's internal
            processing, BL transfer backlog, TS transfer source, RP replicator.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        purpose=purpose,
        client=client,
    ).parsed


async def asyncio_detailed(
    purpose: LocationPurpose,
    *,
    client: AuthenticatedClient,
) -> Response[Any | str]:
    """Find the default location for a purpose

     Answers 302 with the default location's URI in `Location` (the server also takes POST here). Do not
    follow the redirect blindly: read the UUID from the header, or follow it keeping the credentials.
    The same URL (`/api/v2/location/default/AS/`) is accepted as `current_location` by `create_package`.

    Args:
        purpose (LocationPurpose): What a location is for - AR AIP recovery, AS AIP storage, CP
            currently processing, DS DIP storage, SD SWORD deposit, SS the Storage Service's internal
            processing, BL transfer backlog, TS transfer source, RP replicator.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        purpose=purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    purpose: LocationPurpose,
    *,
    client: AuthenticatedClient,
) -> Any | str | None:
    """Find the default location for a purpose

     Answers 302 with the default location's URI in `Location` (the server also takes POST here). Do not
    follow the redirect blindly: read the UUID from the header, or follow it keeping the credentials.
    The same URL (`/api/v2/location/default/AS/`) is accepted as `current_location` by `create_package`.

    Args:
        purpose (LocationPurpose): What a location is for - AR AIP recovery, AS AIP storage, CP
            currently processing, DS DIP storage, SD SWORD deposit, SS the Storage Service's internal
            processing, BL transfer backlog, TS transfer source, RP replicator.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            purpose=purpose,
            client=client,
        )
    ).parsed
