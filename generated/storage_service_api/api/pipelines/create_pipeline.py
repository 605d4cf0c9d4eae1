from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.pipeline import Pipeline
from ...models.pipeline_create import PipelineCreate
from ...models.tastypie_error import TastypieError
from ...types import Response

#: What fonds checks each argument against before the request is built (generated from the spec).
_CHECKS: dict[str, Any] = {
    "operation": "create_pipeline",
    "method": "POST",
    "path": "/api/v2/pipeline/",
    "parameters": {},
    "body": {"required": True, "kind": "instance", "type": PipelineCreate},
    "answers": ((201, 201), (400, 400), (401, 401), (415, 415), (500, 500)),
}


def _get_kwargs(
    *,
    body: PipelineCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/pipeline/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorMessage | Pipeline | TastypieError | None:
    if response.status_code == 201:
        from ... import _records as _r

        response_201 = _r.parse(Pipeline, _r.json_body(response))
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
) -> Response[Any | ErrorMessage | Pipeline | TastypieError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PipelineCreate,
) -> Response[Any | ErrorMessage | Pipeline | TastypieError]:
    """Register a pipeline

     How a dashboard registers itself. The pipeline is enabled unless the Storage Service disables new
    pipelines. Without `remote_name` the server records the caller's IP address. With
    `create_default_locations` it also creates the pipeline's default locations under `shared_path`.

    Args:
        body (PipelineCreate): The JSON body of `create_pipeline`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage | Pipeline | TastypieError]
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
    body: PipelineCreate,
) -> Any | ErrorMessage | Pipeline | TastypieError | None:
    """Register a pipeline

     How a dashboard registers itself. The pipeline is enabled unless the Storage Service disables new
    pipelines. Without `remote_name` the server records the caller's IP address. With
    `create_default_locations` it also creates the pipeline's default locations under `shared_path`.

    Args:
        body (PipelineCreate): The JSON body of `create_pipeline`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage | Pipeline | TastypieError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PipelineCreate,
) -> Response[Any | ErrorMessage | Pipeline | TastypieError]:
    """Register a pipeline

     How a dashboard registers itself. The pipeline is enabled unless the Storage Service disables new
    pipelines. Without `remote_name` the server records the caller's IP address. With
    `create_default_locations` it also creates the pipeline's default locations under `shared_path`.

    Args:
        body (PipelineCreate): The JSON body of `create_pipeline`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage | Pipeline | TastypieError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PipelineCreate,
) -> Any | ErrorMessage | Pipeline | TastypieError | None:
    """Register a pipeline

     How a dashboard registers itself. The pipeline is enabled unless the Storage Service disables new
    pipelines. Without `remote_name` the server records the caller's IP address. With
    `create_default_locations` it also creates the pipeline's default locations under `shared_path`.

    Args:
        body (PipelineCreate): The JSON body of `create_pipeline`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage | Pipeline | TastypieError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
