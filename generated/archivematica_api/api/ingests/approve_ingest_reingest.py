from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.approve_reingest_form import ApproveReingestForm
from ...models.error import Error
from ...models.message_result import MessageResult
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "approve_ingest_reingest",
    "method": "POST",
    "path": "/api/ingest/reingest/approve",
    "parameters": {},
    "body": {"required": True, "kind": "instance", "type": ApproveReingestForm},
    "answers": ((200, 200), (400, 400), (403, 403), (405, 405)),
}


def _get_kwargs(
    *,
    body: ApproveReingestForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ingest/reingest/approve",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | MessageResult | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(MessageResult, _r.json_body(response))
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

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 200))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | MessageResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ApproveReingestForm,
) -> Response[Any | Error | MessageResult]:
    """Approve a partial reingest waiting for approval

    Args:
        body (ApproveReingestForm): The form fields of `approve_ingest_reingest`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | MessageResult]
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
    body: ApproveReingestForm,
) -> Any | Error | MessageResult | None:
    """Approve a partial reingest waiting for approval

    Args:
        body (ApproveReingestForm): The form fields of `approve_ingest_reingest`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | MessageResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ApproveReingestForm,
) -> Response[Any | Error | MessageResult]:
    """Approve a partial reingest waiting for approval

    Args:
        body (ApproveReingestForm): The form fields of `approve_ingest_reingest`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | MessageResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ApproveReingestForm,
) -> Any | Error | MessageResult | None:
    """Approve a partial reingest waiting for approval

    Args:
        body (ApproveReingestForm): The form fields of `approve_ingest_reingest`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | MessageResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
