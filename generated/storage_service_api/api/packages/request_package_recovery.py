from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.message_result import MessageResult
from ...models.package_event_request import PackageEventRequest
from ...models.package_event_result import PackageEventResult
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "request_package_recovery",
    "method": "POST",
    "path": "/api/v2/file/{uuid}/recover_aip/",
    "parameters": {
        "uuid": {
            "in": "path",
            "name": "uuid",
            "required": True,
            "schema": {"type": "string", "format": "uuid"},
            "reserved": (),
        }
    },
    "body": {"required": True, "kind": "instance", "type": PackageEventRequest},
    "answers": (
        (200, 200),
        (202, 202),
        (400, 400),
        (401, 401),
        (404, 404),
        (405, 405),
        (500, 500),
    ),
}


def _get_kwargs(
    uuid: UUID,
    *,
    body: PackageEventRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/file/{uuid}/recover_aip/".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorMessage | MessageResult | PackageEventResult | str | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(ErrorMessage, _r.json_body(response))
        return response_200

    if response.status_code == 202:
        from ... import _records as _r

        response_202 = _r.parse(PackageEventResult, _r.json_body(response))
        return response_202

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 405:
        from ... import _records as _r

        response_405 = _r.parse(MessageResult, _r.json_body(response))
        return response_405

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
) -> Response[Any | ErrorMessage | MessageResult | PackageEventResult | str]:
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
    body: PackageEventRequest,
) -> Response[Any | ErrorMessage | MessageResult | PackageEventResult | str]:
    """Ask for a package to be recovered

     Records a recovery request for an administrator to approve; the package's status becomes
    RECOVER_REQ. A second request while one is pending answers 200 with `{error_message}`. An unknown
    `pipeline` UUID answers 404 with tastypie's `{"error_message"}`.

    Args:
        uuid (UUID):
        body (PackageEventRequest): The JSON body of a deletion or recovery request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage | MessageResult | PackageEventResult | str]
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
    body: PackageEventRequest,
) -> Any | ErrorMessage | MessageResult | PackageEventResult | str | None:
    """Ask for a package to be recovered

     Records a recovery request for an administrator to approve; the package's status becomes
    RECOVER_REQ. A second request while one is pending answers 200 with `{error_message}`. An unknown
    `pipeline` UUID answers 404 with tastypie's `{"error_message"}`.

    Args:
        uuid (UUID):
        body (PackageEventRequest): The JSON body of a deletion or recovery request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage | MessageResult | PackageEventResult | str
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
    body: PackageEventRequest,
) -> Response[Any | ErrorMessage | MessageResult | PackageEventResult | str]:
    """Ask for a package to be recovered

     Records a recovery request for an administrator to approve; the package's status becomes
    RECOVER_REQ. A second request while one is pending answers 200 with `{error_message}`. An unknown
    `pipeline` UUID answers 404 with tastypie's `{"error_message"}`.

    Args:
        uuid (UUID):
        body (PackageEventRequest): The JSON body of a deletion or recovery request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage | MessageResult | PackageEventResult | str]
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
    body: PackageEventRequest,
) -> Any | ErrorMessage | MessageResult | PackageEventResult | str | None:
    """Ask for a package to be recovered

     Records a recovery request for an administrator to approve; the package's status becomes
    RECOVER_REQ. A second request while one is pending answers 200 with `{error_message}`. An unknown
    `pipeline` UUID answers 404 with tastypie's `{"error_message"}`.

    Args:
        uuid (UUID):
        body (PackageEventRequest): The JSON body of a deletion or recovery request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage | MessageResult | PackageEventResult | str
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
