from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.approve_transfer_form import ApproveTransferForm
from ...models.approve_transfer_result import ApproveTransferResult
from ...models.error import Error
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "approve_transfer",
    "method": "POST",
    "path": "/api/transfer/approve",
    "parameters": {},
    "body": {"required": True, "kind": "instance", "type": ApproveTransferForm},
    "answers": ((200, 200), (403, 403), (405, 405), (500, 500)),
}


def _get_kwargs(
    *,
    body: ApproveTransferForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/transfer/approve",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApproveTransferResult | Error | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(ApproveTransferResult, _r.json_body(response))
        return response_200

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
) -> Response[Any | ApproveTransferResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ApproveTransferForm,
) -> Response[Any | ApproveTransferResult | Error]:
    """Approve a transfer waiting in a watched directory

     Approves the unapproved transfer whose directory is `directory` inside the watched directory of its
    `type`. Every failure (missing directory, unknown type, no such unapproved transfer, MCPServer down)
    answers 500, kept for backward compatibility.

    Args:
        body (ApproveTransferForm): The form fields of `approve_transfer`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApproveTransferResult | Error]
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
    body: ApproveTransferForm,
) -> Any | ApproveTransferResult | Error | None:
    """Approve a transfer waiting in a watched directory

     Approves the unapproved transfer whose directory is `directory` inside the watched directory of its
    `type`. Every failure (missing directory, unknown type, no such unapproved transfer, MCPServer down)
    answers 500, kept for backward compatibility.

    Args:
        body (ApproveTransferForm): The form fields of `approve_transfer`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApproveTransferResult | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ApproveTransferForm,
) -> Response[Any | ApproveTransferResult | Error]:
    """Approve a transfer waiting in a watched directory

     Approves the unapproved transfer whose directory is `directory` inside the watched directory of its
    `type`. Every failure (missing directory, unknown type, no such unapproved transfer, MCPServer down)
    answers 500, kept for backward compatibility.

    Args:
        body (ApproveTransferForm): The form fields of `approve_transfer`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApproveTransferResult | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ApproveTransferForm,
) -> Any | ApproveTransferResult | Error | None:
    """Approve a transfer waiting in a watched directory

     Approves the unapproved transfer whose directory is `directory` inside the watched directory of its
    `type`. Every failure (missing directory, unknown type, no such unapproved transfer, MCPServer down)
    answers 500, kept for backward compatibility.

    Args:
        body (ApproveTransferForm): The form fields of `approve_transfer`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApproveTransferResult | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
