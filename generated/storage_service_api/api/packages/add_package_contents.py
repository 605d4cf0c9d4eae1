from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.failure_result import FailureResult
from ...models.package_content_input import PackageContentInput
from ...models.package_contents_added import PackageContentsAdded
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "add_package_contents",
    "method": "PUT",
    "path": "/api/v2/file/{uuid}/contents/",
    "parameters": {
        "uuid": {
            "in": "path",
            "name": "uuid",
            "required": True,
            "schema": {"type": "string", "format": "uuid"},
            "reserved": (),
        }
    },
    "body": {"required": True, "kind": "list", "type": PackageContentInput},
    "answers": ((200, 200), (201, 201), (400, 400), (401, 401), (404, 404)),
}


def _get_kwargs(
    uuid: UUID,
    *,
    body: list[PackageContentInput],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v2/file/{uuid}/contents/".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = []
    for componentsschemas_package_contents_request_item_data in body:
        componentsschemas_package_contents_request_item = (
            componentsschemas_package_contents_request_item_data.to_dict()
        )
        _kwargs["json"].append(componentsschemas_package_contents_request_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | FailureResult | PackageContentsAdded | str | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 201:
        from ... import _records as _r

        response_201 = _r.parse(PackageContentsAdded, _r.json_body(response))
        return response_201

    if response.status_code == 400:
        from ... import _records as _r

        response_400 = _r.parse(FailureResult, _r.json_body(response))
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 200))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | FailureResult | PackageContentsAdded | str]:
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
    body: list[PackageContentInput],
) -> Response[Any | FailureResult | PackageContentsAdded | str]:
    """Record files for a package

     Adds one file record for each object of the list (existing records stay). An empty list answers 200
    with an empty body. The server labels its 201 answer and its missing-key 400 answer with the invalid
    media type `application_json`; parse them as JSON whatever the Content-Type says.

    Args:
        uuid (UUID):
        body (list[PackageContentInput]): The JSON body of `add_package_contents` - a list of
            files to record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FailureResult | PackageContentsAdded | str]
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
    body: list[PackageContentInput],
) -> Any | FailureResult | PackageContentsAdded | str | None:
    """Record files for a package

     Adds one file record for each object of the list (existing records stay). An empty list answers 200
    with an empty body. The server labels its 201 answer and its missing-key 400 answer with the invalid
    media type `application_json`; parse them as JSON whatever the Content-Type says.

    Args:
        uuid (UUID):
        body (list[PackageContentInput]): The JSON body of `add_package_contents` - a list of
            files to record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FailureResult | PackageContentsAdded | str
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
    body: list[PackageContentInput],
) -> Response[Any | FailureResult | PackageContentsAdded | str]:
    """Record files for a package

     Adds one file record for each object of the list (existing records stay). An empty list answers 200
    with an empty body. The server labels its 201 answer and its missing-key 400 answer with the invalid
    media type `application_json`; parse them as JSON whatever the Content-Type says.

    Args:
        uuid (UUID):
        body (list[PackageContentInput]): The JSON body of `add_package_contents` - a list of
            files to record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FailureResult | PackageContentsAdded | str]
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
    body: list[PackageContentInput],
) -> Any | FailureResult | PackageContentsAdded | str | None:
    """Record files for a package

     Adds one file record for each object of the list (existing records stay). An empty list answers 200
    with an empty body. The server labels its 201 answer and its missing-key 400 answer with the invalid
    media type `application_json`; parse them as JSON whatever the Content-Type says.

    Args:
        uuid (UUID):
        body (list[PackageContentInput]): The JSON body of `add_package_contents` - a list of
            files to record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FailureResult | PackageContentsAdded | str
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
