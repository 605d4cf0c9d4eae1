from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_package_fixity_force_local import (
    CheckPackageFixityForceLocal,
)
from ...models.fixity_report import FixityReport
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "check_package_fixity",
    "method": "GET",
    "path": "/api/v2/file/{uuid}/check_fixity/",
    "parameters": {
        "uuid": {
            "in": "path",
            "name": "uuid",
            "required": True,
            "schema": {"type": "string", "format": "uuid"},
            "reserved": (),
        },
        "force_local": {
            "in": "query",
            "name": "force_local",
            "required": False,
            "schema": {"type": "string", "enum": ("True", "true", "1")},
        },
    },
    "body": None,
    "answers": ((200, 200), (401, 401), (404, 404)),
}


def _get_kwargs(
    uuid: UUID,
    *,
    force_local: CheckPackageFixityForceLocal | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_force_local: str | Unset = UNSET
    if not isinstance(force_local, Unset):
        json_force_local = force_local

    params["force_local"] = json_force_local

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/file/{uuid}/check_fixity/".format(
            uuid=quote(str(uuid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | FixityReport | str | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = _r.parse(FixityReport, _r.json_body(response))
        return response_200

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
) -> Response[Any | FixityReport | str]:
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
    force_local: CheckPackageFixityForceLocal | Unset = UNSET,
) -> Response[Any | FixityReport | str]:
    """Check a package's fixity

     Validates the package's bag (slow: the package may be fetched and extracted). Always answers 200:
    read `success`. The result is also recorded and sent to the configured fixity signals.

    Args:
        uuid (UUID):
        force_local (CheckPackageFixityForceLocal | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FixityReport | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        force_local=force_local,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    force_local: CheckPackageFixityForceLocal | Unset = UNSET,
) -> Any | FixityReport | str | None:
    """Check a package's fixity

     Validates the package's bag (slow: the package may be fetched and extracted). Always answers 200:
    read `success`. The result is also recorded and sent to the configured fixity signals.

    Args:
        uuid (UUID):
        force_local (CheckPackageFixityForceLocal | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FixityReport | str
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        force_local=force_local,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    force_local: CheckPackageFixityForceLocal | Unset = UNSET,
) -> Response[Any | FixityReport | str]:
    """Check a package's fixity

     Validates the package's bag (slow: the package may be fetched and extracted). Always answers 200:
    read `success`. The result is also recorded and sent to the configured fixity signals.

    Args:
        uuid (UUID):
        force_local (CheckPackageFixityForceLocal | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FixityReport | str]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        force_local=force_local,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    force_local: CheckPackageFixityForceLocal | Unset = UNSET,
) -> Any | FixityReport | str | None:
    """Check a package's fixity

     Validates the package's bag (slow: the package may be fetched and extracted). Always answers 200:
    read `success`. The result is also recorded and sent to the configured fixity signals.

    Args:
        uuid (UUID):
        force_local (CheckPackageFixityForceLocal | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FixityReport | str
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            force_local=force_local,
        )
    ).parsed
