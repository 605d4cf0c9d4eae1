from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_package_request import CreatePackageRequest
from ...models.create_package_result import CreatePackageResult
from ...models.error import Error
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "create_package",
    "method": "POST",
    "path": "/api/v2beta/package",
    "parameters": {},
    "body": {"required": True, "kind": "instance", "type": CreatePackageRequest},
    "answers": ((202, 202), (400, 400), (403, 403), (405, 405), (500, 500)),
}


def _get_kwargs(
    *,
    body: CreatePackageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2beta/package",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreatePackageResult | Error | None:
    if response.status_code == 202:
        from ... import _records as _r

        response_202 = _r.parse(CreatePackageResult, _r.json_body(response))
        return response_202

    if response.status_code == 400:
        from ... import _records as _r

        response_400 = _r.parse(Error, _r.json_body(response))
        return response_400

    if response.status_code == 403:
        from ... import _records as _r

        response_403 = _r.parse(Error, _r.json_body(response))
        return response_403

    if response.status_code == 405:
        response_405 = cast(Any, None)
        return response_405

    if response.status_code == 500:
        from ... import _records as _r

        response_500 = _r.parse(Error, _r.json_body(response))
        return response_500

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 202))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CreatePackageResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePackageRequest,
) -> Response[Any | CreatePackageResult | Error]:
    """Start a transfer from a location path in one call

     Asynchronous: answers 202 with the new transfer's id right away. Follow it with
    `get_transfer_status` until `status` is COMPLETE and `sip_uuid` is set, then with
    `get_ingest_status`. The body is parsed as JSON whatever its Content-Type. The server has no
    idempotency support: a retried request starts a second transfer.

    Args:
        body (CreatePackageRequest): The JSON body of `create_package`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreatePackageResult | Error]
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
    body: CreatePackageRequest,
) -> Any | CreatePackageResult | Error | None:
    """Start a transfer from a location path in one call

     Asynchronous: answers 202 with the new transfer's id right away. Follow it with
    `get_transfer_status` until `status` is COMPLETE and `sip_uuid` is set, then with
    `get_ingest_status`. The body is parsed as JSON whatever its Content-Type. The server has no
    idempotency support: a retried request starts a second transfer.

    Args:
        body (CreatePackageRequest): The JSON body of `create_package`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreatePackageResult | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePackageRequest,
) -> Response[Any | CreatePackageResult | Error]:
    """Start a transfer from a location path in one call

     Asynchronous: answers 202 with the new transfer's id right away. Follow it with
    `get_transfer_status` until `status` is COMPLETE and `sip_uuid` is set, then with
    `get_ingest_status`. The body is parsed as JSON whatever its Content-Type. The server has no
    idempotency support: a retried request starts a second transfer.

    Args:
        body (CreatePackageRequest): The JSON body of `create_package`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreatePackageResult | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreatePackageRequest,
) -> Any | CreatePackageResult | Error | None:
    """Start a transfer from a location path in one call

     Asynchronous: answers 202 with the new transfer's id right away. Follow it with
    `get_transfer_status` until `status` is COMPLETE and `sip_uuid` is set, then with
    `get_ingest_status`. The body is parsed as JSON whatever its Content-Type. The server has no
    idempotency support: a retried request starts a second transfer.

    Args:
        body (CreatePackageRequest): The JSON body of `create_package`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreatePackageResult | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
