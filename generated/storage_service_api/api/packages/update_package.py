from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.package import Package
from ...models.package_update import PackageUpdate
from ...models.tastypie_error import TastypieError
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "update_package",
    "method": "PUT",
    "path": "/api/v2/file/{uuid}/",
    "parameters": {
        "uuid": {
            "in": "path",
            "name": "uuid",
            "required": True,
            "schema": {"type": "string", "format": "uuid"},
            "reserved": (),
        }
    },
    "body": {"required": True, "kind": "instance", "type": PackageUpdate},
    "answers": ((200, 200), (201, 201), (400, 400), (401, 401), (415, 415), (500, 500)),
}


def _get_kwargs(
    uuid: UUID,
    *,
    body: PackageUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v2/file/{uuid}/".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorMessage | Package | TastypieError | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(Package, _r.json_body(response))
        return response_200

    if response.status_code == 201:
        from ... import _records as _r

        response_201 = _r.parse(Package, _r.json_body(response))
        return response_201

    if response.status_code == 400:
        from ... import _records as _r

        response_400 = _r.parse(TastypieError, _r.json_body(response))
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 415:
        from ... import _records as _r

        response_415 = _r.parse(ErrorMessage, _r.json_body(response))
        return response_415

    if response.status_code == 500:
        from ... import _records as _r

        response_500 = _r.parse(ErrorMessage, _r.json_body(response))
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
) -> Response[Any | ErrorMessage | Package | TastypieError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: PackageUpdate,
) -> Response[Any | ErrorMessage | Package | TastypieError]:
    """Update a package (and finish an AIP reingest)

     A Tastypie PUT. The body must repeat the package's `uuid` (without it a 0.23 server answers 500
    `{"error_message": "'uuid'"}`). Plain fields left out keep their values, but `related_packages` is
    replaced: leaving it out empties it, so send the current list to keep it. The dashboard uses the PUT
    to finish an AIP reingest, sending `reingest` with `origin_location`/`origin_path` (where the
    reingested AIP is) and `current_location`/`current_path` (where it goes). A PUT to a UUID that does
    not exist creates the package (201).

    Args:
        uuid (UUID):
        body (PackageUpdate): The JSON body of `update_package`: the package's `uuid` (required by
            the server), any writable package field, plus the reingest fields. Plain fields left out
            keep their values; `related_packages` left out is emptied.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage | Package | TastypieError]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: PackageUpdate,
) -> Any | ErrorMessage | Package | TastypieError | None:
    """Update a package (and finish an AIP reingest)

     A Tastypie PUT. The body must repeat the package's `uuid` (without it a 0.23 server answers 500
    `{"error_message": "'uuid'"}`). Plain fields left out keep their values, but `related_packages` is
    replaced: leaving it out empties it, so send the current list to keep it. The dashboard uses the PUT
    to finish an AIP reingest, sending `reingest` with `origin_location`/`origin_path` (where the
    reingested AIP is) and `current_location`/`current_path` (where it goes). A PUT to a UUID that does
    not exist creates the package (201).

    Args:
        uuid (UUID):
        body (PackageUpdate): The JSON body of `update_package`: the package's `uuid` (required by
            the server), any writable package field, plus the reingest fields. Plain fields left out
            keep their values; `related_packages` left out is emptied.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage | Package | TastypieError
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: PackageUpdate,
) -> Response[Any | ErrorMessage | Package | TastypieError]:
    """Update a package (and finish an AIP reingest)

     A Tastypie PUT. The body must repeat the package's `uuid` (without it a 0.23 server answers 500
    `{"error_message": "'uuid'"}`). Plain fields left out keep their values, but `related_packages` is
    replaced: leaving it out empties it, so send the current list to keep it. The dashboard uses the PUT
    to finish an AIP reingest, sending `reingest` with `origin_location`/`origin_path` (where the
    reingested AIP is) and `current_location`/`current_path` (where it goes). A PUT to a UUID that does
    not exist creates the package (201).

    Args:
        uuid (UUID):
        body (PackageUpdate): The JSON body of `update_package`: the package's `uuid` (required by
            the server), any writable package field, plus the reingest fields. Plain fields left out
            keep their values; `related_packages` left out is emptied.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage | Package | TastypieError]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: PackageUpdate,
) -> Any | ErrorMessage | Package | TastypieError | None:
    """Update a package (and finish an AIP reingest)

     A Tastypie PUT. The body must repeat the package's `uuid` (without it a 0.23 server answers 500
    `{"error_message": "'uuid'"}`). Plain fields left out keep their values, but `related_packages` is
    replaced: leaving it out empties it, so send the current list to keep it. The dashboard uses the PUT
    to finish an AIP reingest, sending `reingest` with `origin_location`/`origin_path` (where the
    reingested AIP is) and `current_location`/`current_path` (where it goes). A PUT to a UUID that does
    not exist creates the package (201).

    Args:
        uuid (UUID):
        body (PackageUpdate): The JSON body of `update_package`: the package's `uuid` (required by
            the server), any writable package field, plus the reingest fields. Plain fields left out
            keep their values; `related_packages` left out is emptied.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage | Package | TastypieError
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
