from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.path_metadata_form import PathMetadataForm
from ...models.success_result import SuccessResult
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "update_path_metadata",
    "method": "POST",
    "path": "/api/filesystem/metadata/",
    "parameters": {},
    "body": {"required": True, "kind": "instance", "type": PathMetadataForm},
    "answers": ((201, 201), (403, 403), (404, 404), (405, 405)),
}


def _get_kwargs(
    *,
    body: PathMetadataForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/filesystem/metadata/",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | SuccessResult | str | None:
    if response.status_code == 201:
        from ... import _records as _r

        response_201 = _r.parse(SuccessResult, _r.json_body(response))
        return response_201

    if response.status_code == 403:
        from ... import _records as _r

        response_403 = _r.parse(Error, _r.json_body(response))
        return response_403

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 405:
        response_405 = cast(Any, None)
        return response_405

    if 200 <= response.status_code < 300:
        from ... import _records as _r

        return _parse_response(client=client, response=_r.as_status(response, 201))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | SuccessResult | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PathMetadataForm,
) -> Response[Any | Error | SuccessResult | str]:
    """Set the level of description of an arrangement path

     Sets (or, with a missing or unknown `level_of_description`, clears) the level of description of an
    arrangement entry not yet made into a SIP. No such entry answers a 404 Django HTML page.

    Args:
        body (PathMetadataForm): The form fields of `update_path_metadata`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | SuccessResult | str]
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
    body: PathMetadataForm,
) -> Any | Error | SuccessResult | str | None:
    """Set the level of description of an arrangement path

     Sets (or, with a missing or unknown `level_of_description`, clears) the level of description of an
    arrangement entry not yet made into a SIP. No such entry answers a 404 Django HTML page.

    Args:
        body (PathMetadataForm): The form fields of `update_path_metadata`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | SuccessResult | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PathMetadataForm,
) -> Response[Any | Error | SuccessResult | str]:
    """Set the level of description of an arrangement path

     Sets (or, with a missing or unknown `level_of_description`, clears) the level of description of an
    arrangement entry not yet made into a SIP. No such entry answers a 404 Django HTML page.

    Args:
        body (PathMetadataForm): The form fields of `update_path_metadata`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | SuccessResult | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PathMetadataForm,
) -> Any | Error | SuccessResult | str | None:
    """Set the level of description of an arrangement path

     Sets (or, with a missing or unknown `level_of_description`, clears) the level of description of an
    arrangement entry not yet made into a SIP. No such entry answers a 404 Django HTML page.

    Args:
        body (PathMetadataForm): The form fields of `update_path_metadata`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | SuccessResult | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
