from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.package import Package
from ...models.package_reingest_patch import PackageReingestPatch
from ...models.tastypie_error import TastypieError
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "clear_package_reingest",
    "method": "PATCH",
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
    "body": {"required": True, "kind": "instance", "type": PackageReingestPatch},
    "answers": ((202, 202), (400, 400), (401, 401), (404, 404), (415, 415)),
}


def _get_kwargs(
    uuid: UUID,
    *,
    body: PackageReingestPatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
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
    if response.status_code == 202:
        from ... import _records as _r

        response_202 = _r.parse(Package, _r.json_body(response))
        return response_202

    if response.status_code == 400:
        from ... import _records as _r

        response_400 = _r.parse(TastypieError, _r.json_body(response))
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 415:
        from ... import _records as _r

        response_415 = _r.parse(ErrorMessage, _r.json_body(response))
        return response_415

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 202))
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
    body: PackageReingestPatch,
) -> Response[Any | ErrorMessage | Package | TastypieError]:
    """Mark a package's reingest as over

     The only PATCH the server allows: a body with the single key `reingest`, which clears the package's
    `misc_attributes.reingest_pipeline` (the dashboard sends it when a reingest finished or failed). Any
    other key answers 400 `PATCH only allowed on reingest`.

    Args:
        uuid (UUID):
        body (PackageReingestPatch): The JSON body of `clear_package_reingest`; `reingest` is the
            only key the server allows.

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
    body: PackageReingestPatch,
) -> Any | ErrorMessage | Package | TastypieError | None:
    """Mark a package's reingest as over

     The only PATCH the server allows: a body with the single key `reingest`, which clears the package's
    `misc_attributes.reingest_pipeline` (the dashboard sends it when a reingest finished or failed). Any
    other key answers 400 `PATCH only allowed on reingest`.

    Args:
        uuid (UUID):
        body (PackageReingestPatch): The JSON body of `clear_package_reingest`; `reingest` is the
            only key the server allows.

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
    body: PackageReingestPatch,
) -> Response[Any | ErrorMessage | Package | TastypieError]:
    """Mark a package's reingest as over

     The only PATCH the server allows: a body with the single key `reingest`, which clears the package's
    `misc_attributes.reingest_pipeline` (the dashboard sends it when a reingest finished or failed). Any
    other key answers 400 `PATCH only allowed on reingest`.

    Args:
        uuid (UUID):
        body (PackageReingestPatch): The JSON body of `clear_package_reingest`; `reingest` is the
            only key the server allows.

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
    body: PackageReingestPatch,
) -> Any | ErrorMessage | Package | TastypieError | None:
    """Mark a package's reingest as over

     The only PATCH the server allows: a body with the single key `reingest`, which clears the package's
    `misc_attributes.reingest_pipeline` (the dashboard sends it when a reingest finished or failed). Any
    other key answers 400 `PATCH only allowed on reingest`.

    Args:
        uuid (UUID):
        body (PackageReingestPatch): The JSON body of `clear_package_reingest`; `reingest` is the
            only key the server allows.

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
