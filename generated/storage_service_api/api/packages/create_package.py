from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.package import Package
from ...models.package_create import PackageCreate
from ...models.tastypie_error import TastypieError
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "create_package",
    "method": "POST",
    "path": "/api/v2/file/",
    "parameters": {},
    "body": {"required": True, "kind": "instance", "type": PackageCreate},
    "answers": ((201, 201), (400, 400), (401, 401), (415, 415), (500, 500)),
}


def _get_kwargs(
    *,
    body: PackageCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/file/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorMessage | Package | TastypieError | None:
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

        return _parse_response(client=client, response=_r.as_status(response, 201))
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
    *,
    client: AuthenticatedClient,
    body: PackageCreate,
) -> Response[Any | ErrorMessage | Package | TastypieError]:
    """Store a package, synchronously

     Records the package and stores it before answering: an AIP, AIC or DIP sent to AIP or DIP storage is
    moved from `origin_location`/`origin_path` and stored (with its PREMIS events and agents); a
    transfer sent to a backlog location is moved to backlog. If storing fails the answer is 500 and the
    package row stays (status PENDING or FAIL). The dashboard's "store AIP" step calls this; for big
    packages use `create_package_async`.

    Args:
        body (PackageCreate): The JSON body of `create_package` and `create_package_async`.
            `current_location` may be the default-location form `/api/v2/location/default/<PURPOSE>/`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage | Package | TastypieError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PackageCreate,
) -> Any | ErrorMessage | Package | TastypieError | None:
    """Store a package, synchronously

     Records the package and stores it before answering: an AIP, AIC or DIP sent to AIP or DIP storage is
    moved from `origin_location`/`origin_path` and stored (with its PREMIS events and agents); a
    transfer sent to a backlog location is moved to backlog. If storing fails the answer is 500 and the
    package row stays (status PENDING or FAIL). The dashboard's "store AIP" step calls this; for big
    packages use `create_package_async`.

    Args:
        body (PackageCreate): The JSON body of `create_package` and `create_package_async`.
            `current_location` may be the default-location form `/api/v2/location/default/<PURPOSE>/`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage | Package | TastypieError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PackageCreate,
) -> Response[Any | ErrorMessage | Package | TastypieError]:
    """Store a package, synchronously

     Records the package and stores it before answering: an AIP, AIC or DIP sent to AIP or DIP storage is
    moved from `origin_location`/`origin_path` and stored (with its PREMIS events and agents); a
    transfer sent to a backlog location is moved to backlog. If storing fails the answer is 500 and the
    package row stays (status PENDING or FAIL). The dashboard's "store AIP" step calls this; for big
    packages use `create_package_async`.

    Args:
        body (PackageCreate): The JSON body of `create_package` and `create_package_async`.
            `current_location` may be the default-location form `/api/v2/location/default/<PURPOSE>/`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage | Package | TastypieError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PackageCreate,
) -> Any | ErrorMessage | Package | TastypieError | None:
    """Store a package, synchronously

     Records the package and stores it before answering: an AIP, AIC or DIP sent to AIP or DIP storage is
    moved from `origin_location`/`origin_path` and stored (with its PREMIS events and agents); a
    transfer sent to a backlog location is moved to backlog. If storing fails the answer is 500 and the
    package row stays (status PENDING or FAIL). The dashboard's "store AIP" step calls this; for big
    packages use `create_package_async`.

    Args:
        body (PackageCreate): The JSON body of `create_package` and `create_package_async`.
            `current_location` may be the default-location form `/api/v2/location/default/<PURPOSE>/`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage | Package | TastypieError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
