from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job import Job
from ...types import UNSET, Response, Unset

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "list_jobs",
    "method": "GET",
    "path": "/api/v2beta/jobs/{unit_uuid}",
    "parameters": {
        "unit_uuid": {
            "in": "path",
            "name": "unit_uuid",
            "required": True,
            "schema": {"type": "string", "format": "uuid"},
            "reserved": (),
        },
        "microservice": {
            "in": "query",
            "name": "microservice",
            "required": False,
            "schema": {"type": "string"},
        },
        "link_uuid": {
            "in": "query",
            "name": "link_uuid",
            "required": False,
            "schema": {"type": "string", "format": "uuid"},
        },
        "name": {
            "in": "query",
            "name": "name",
            "required": False,
            "schema": {"type": "string"},
        },
        "detailed": {
            "in": "query",
            "name": "detailed",
            "required": False,
            "schema": {"type": "boolean", "enum": (True,)},
        },
    },
    "body": None,
    "answers": ((200, 200), (400, 400), (403, 403), (404, 404), (405, 405)),
}


def _get_kwargs(
    unit_uuid: UUID,
    *,
    microservice: str | Unset = UNSET,
    link_uuid: UUID | Unset = UNSET,
    name: str | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["microservice"] = microservice

    json_link_uuid: str | Unset = UNSET
    if not isinstance(link_uuid, Unset):
        json_link_uuid = str(link_uuid)
    params["link_uuid"] = json_link_uuid

    params["name"] = name

    params["detailed"] = detailed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2beta/jobs/{unit_uuid}".format(
            unit_uuid=quote(str(unit_uuid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | list[Job] | str | None:
    if response.status_code == 200:
        from ... import _records as _r

        response_200 = cast(
            "list[Job]",
            _r.load(_r.ListOf(_r.model("job", "Job")), _r.json_body(response)),
        )
        return response_200

    if response.status_code == 400:
        from ... import _records as _r

        response_400 = _r.parse(Error, _r.json_body(response))
        return response_400

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

        return _parse_response(client=client, response=_r.as_status(response, 200))
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | list[Job] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    unit_uuid: UUID,
    *,
    client: AuthenticatedClient,
    microservice: str | Unset = UNSET,
    link_uuid: UUID | Unset = UNSET,
    name: str | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> Response[Any | Error | list[Job] | str]:
    """List the jobs of a transfer or SIP

     The unit's jobs in the order they were created, each with its tasks. The filters apply after the
    unit is found: a unit without jobs answers 400, a filter that matches nothing answers 200 with an
    empty list.

    Args:
        unit_uuid (UUID):
        microservice (str | Unset):
        link_uuid (UUID | Unset):
        name (str | Unset):
        detailed (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[Job] | str]
    """

    kwargs = _get_kwargs(
        unit_uuid=unit_uuid,
        microservice=microservice,
        link_uuid=link_uuid,
        name=name,
        detailed=detailed,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    unit_uuid: UUID,
    *,
    client: AuthenticatedClient,
    microservice: str | Unset = UNSET,
    link_uuid: UUID | Unset = UNSET,
    name: str | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> Any | Error | list[Job] | str | None:
    """List the jobs of a transfer or SIP

     The unit's jobs in the order they were created, each with its tasks. The filters apply after the
    unit is found: a unit without jobs answers 400, a filter that matches nothing answers 200 with an
    empty list.

    Args:
        unit_uuid (UUID):
        microservice (str | Unset):
        link_uuid (UUID | Unset):
        name (str | Unset):
        detailed (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[Job] | str
    """

    return sync_detailed(
        unit_uuid=unit_uuid,
        client=client,
        microservice=microservice,
        link_uuid=link_uuid,
        name=name,
        detailed=detailed,
    ).parsed


async def asyncio_detailed(
    unit_uuid: UUID,
    *,
    client: AuthenticatedClient,
    microservice: str | Unset = UNSET,
    link_uuid: UUID | Unset = UNSET,
    name: str | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> Response[Any | Error | list[Job] | str]:
    """List the jobs of a transfer or SIP

     The unit's jobs in the order they were created, each with its tasks. The filters apply after the
    unit is found: a unit without jobs answers 400, a filter that matches nothing answers 200 with an
    empty list.

    Args:
        unit_uuid (UUID):
        microservice (str | Unset):
        link_uuid (UUID | Unset):
        name (str | Unset):
        detailed (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[Job] | str]
    """

    kwargs = _get_kwargs(
        unit_uuid=unit_uuid,
        microservice=microservice,
        link_uuid=link_uuid,
        name=name,
        detailed=detailed,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    unit_uuid: UUID,
    *,
    client: AuthenticatedClient,
    microservice: str | Unset = UNSET,
    link_uuid: UUID | Unset = UNSET,
    name: str | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> Any | Error | list[Job] | str | None:
    """List the jobs of a transfer or SIP

     The unit's jobs in the order they were created, each with its tasks. The filters apply after the
    unit is found: a unit without jobs answers 400, a filter that matches nothing answers 200 with an
    empty list.

    Args:
        unit_uuid (UUID):
        microservice (str | Unset):
        link_uuid (UUID | Unset):
        name (str | Unset):
        detailed (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[Job] | str
    """

    return (
        await asyncio_detailed(
            unit_uuid=unit_uuid,
            client=client,
            microservice=microservice,
            link_uuid=link_uuid,
            name=name,
            detailed=detailed,
        )
    ).parsed
