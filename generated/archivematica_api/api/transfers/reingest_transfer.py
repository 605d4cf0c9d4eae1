from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.reingest_form import ReingestForm
from ...models.reingest_result import ReingestResult
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "reingest_transfer",
    "method": "POST",
    "path": "/api/transfer/reingest",
    "parameters": {},
    "body": {"required": True, "kind": "instance", "type": ReingestForm},
    "answers": ((200, 200), (400, 400), (403, 403), (405, 405), (500, 500)),
}


def _get_kwargs(
    *,
    body: ReingestForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/transfer/reingest",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | ReingestResult | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(ReingestResult, _r.json_body(response))
        return response_200

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

        return _parse_response(client=client, response=_r.as_status(response, 200))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | ReingestResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ReingestForm,
) -> Response[Any | Error | ReingestResult]:
    """Start a reingest of an AIP as a new transfer

     Called by the Storage Service during a full reingest: the AIP has been copied to
    `%sharedPath%tmp/<name>` and becomes a new transfer. The server deletes the database rows it still
    has for that SIP first.

    Args:
        body (ReingestForm): The form fields of `reingest_transfer` and `reingest_ingest`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ReingestResult]
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
    body: ReingestForm,
) -> Any | Error | ReingestResult | None:
    """Start a reingest of an AIP as a new transfer

     Called by the Storage Service during a full reingest: the AIP has been copied to
    `%sharedPath%tmp/<name>` and becomes a new transfer. The server deletes the database rows it still
    has for that SIP first.

    Args:
        body (ReingestForm): The form fields of `reingest_transfer` and `reingest_ingest`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ReingestResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ReingestForm,
) -> Response[Any | Error | ReingestResult]:
    """Start a reingest of an AIP as a new transfer

     Called by the Storage Service during a full reingest: the AIP has been copied to
    `%sharedPath%tmp/<name>` and becomes a new transfer. The server deletes the database rows it still
    has for that SIP first.

    Args:
        body (ReingestForm): The form fields of `reingest_transfer` and `reingest_ingest`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ReingestResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ReingestForm,
) -> Any | Error | ReingestResult | None:
    """Start a reingest of an AIP as a new transfer

     Called by the Storage Service during a full reingest: the AIP has been copied to
    `%sharedPath%tmp/<name>` and becomes a new transfer. The server deletes the database rows it still
    has for that SIP first.

    Args:
        body (ReingestForm): The form fields of `reingest_transfer` and `reingest_ingest`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ReingestResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
