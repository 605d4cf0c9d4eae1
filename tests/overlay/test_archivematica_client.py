"""The Archivematica client end to end through httpx.MockTransport: wire shapes, typed results, typed errors."""

from __future__ import annotations

import base64

import httpx
import pytest
from archivematica_api.models.start_transfer_form import StartTransferForm
from fonds import Archivematica, errors, ss_location_path
from fonds.archivematica import decode_name

LOCATION = "6a7d7e3a-1d35-4f44-9bde-2f0d5e1a9c11"


def am_with(handler: httpx.MockTransport) -> Archivematica:
    return Archivematica("http://am.test", username="test", api_key="k3y-secret", transport=handler)


def test_start_transfer_sends_a_form_with_repeated_paths_and_the_api_key_header() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"message": "Copy successful.", "path": "/var/transfers/photos/"})

    am = am_with(httpx.MockTransport(handler))
    path = ss_location_path(LOCATION, "incoming/photos")
    result = am.transfers.start_copy(body=StartTransferForm(name="photos", paths=[path, path]))
    assert result.message == "Copy successful."
    (request,) = seen
    assert request.headers["Authorization"] == "ApiKey test:k3y-secret"
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    pairs = httpx.QueryParams(request.content.decode()).multi_items()
    assert [v for k, v in pairs if k == "paths[]"] == [path, path]
    assert "k3y-secret" not in str(request.url)
    assert base64.b64decode(path).decode() == f"{LOCATION}:incoming/photos"


@pytest.mark.parametrize(
    ("status", "body", "cls"),
    [
        (403, {"message": "API key not valid.", "error": True}, errors.AccessDenied),
        (400, {"error": True, "message": "Cannot fetch unitTransfer with UUID x"}, errors.ValidationError),
        (409, {"removed": False}, errors.ConflictError),
        (500, {"error": True, "message": "boom"}, errors.ServerError),
    ],
)
def test_error_statuses_raise_typed_errors_with_the_body(status: int, body: object, cls: type) -> None:
    am = am_with(httpx.MockTransport(lambda r: httpx.Response(status, json=body)))
    with pytest.raises(cls) as info:
        am.transfers.list_completed()
    assert info.value.status == status
    assert info.value.body == body
    assert "k3y-secret" not in str(info.value)


def test_an_html_error_page_is_an_api_error_not_a_decode_error() -> None:
    page = "<!DOCTYPE html><html><body><h1>Not Found</h1></body></html>"
    am = am_with(httpx.MockTransport(lambda r: httpx.Response(404, text=page, headers={"content-type": "text/html"})))
    with pytest.raises(errors.NotFoundError, match="HTML error page"):
        am.transfers.list_completed()


def test_reads_are_retried_after_a_503_and_posts_are_not() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) == 1:
            return httpx.Response(503, json={"error": "busy"})
        return httpx.Response(200, json={"message": "ok", "results": []})

    am = am_with(httpx.MockTransport(handler))
    assert am.transfers.list_completed().results == []
    assert calls == ["GET", "GET"]
    calls.clear()
    with pytest.raises(errors.ServerError):
        am.transfers.start_copy(body=StartTransferForm(name="x", paths=[ss_location_path(LOCATION, "a")]))
    assert calls == ["POST"]


def test_bad_location_paths_are_refused_before_sending() -> None:
    with pytest.raises(errors.ConfigurationError):
        ss_location_path("not-a-uuid", "incoming")
    with pytest.raises(errors.ConfigurationError):
        ss_location_path(LOCATION, "")


def test_browse_names_that_are_not_utf8_stay_bytes() -> None:
    assert decode_name(base64.b64encode(b"photos").decode()) == "photos"
    assert decode_name(base64.b64encode(b"\xff\xferaw").decode()) == b"\xff\xferaw"
