"""What ``make generate`` shows: the generated clients working, end to end, without a real server.

Runs the typed Archivematica client against a scripted in-process server (``httpx.MockTransport``) and prints
each call and its typed answer. (Once the simulators of ``fonds.testing`` land in full, the demo runs on them.)
"""

from __future__ import annotations

import json

import httpx

from fonds import Archivematica, errors, ss_location_path

LOCATION = "6a7d7e3a-1d35-4f44-9bde-2f0d5e1a9c11"


def _server(request: httpx.Request) -> httpx.Response:
    if request.headers.get("Authorization") != "ApiKey test:test":
        return httpx.Response(403, json={"message": "API key not valid.", "error": True})
    if request.url.path.startswith("/api/transfer/completed"):
        return httpx.Response(
            200,
            json={
                "message": "Fetched completed transfers successfully.",
                "results": ["2b5c3f0e-9a57-4f3c-9a60-4c0b8b1c1e11"],
            },
        )
    if request.url.path.startswith("/api/processing-configuration"):
        return httpx.Response(200, json={"processing_configurations": ["automated", "default"]})
    return httpx.Response(404, text="<html><h1>Not Found</h1></html>", headers={"content-type": "text/html"})


def main() -> None:
    """Print a few typed calls."""
    transport = httpx.MockTransport(_server)
    with Archivematica("http://am.demo", username="test", api_key="test", transport=transport) as am:
        completed = am.transfers.list_completed()
        print(f"am.transfers.list_completed() -> {type(completed).__name__}(results={completed.results})")
        configs = am.processing_configurations.list()
        print(f"am.processing_configurations.list() -> {json.dumps(configs.to_dict())}")
        print(f"ss_location_path(LOCATION, 'incoming/photos') -> {ss_location_path(LOCATION, 'incoming/photos')}")
    with Archivematica("http://am.demo", username="test", api_key="wrong", transport=transport) as am:
        try:
            am.transfers.list_completed()
        except errors.AccessDenied as exc:
            print(f"a wrong key -> {type(exc).__name__}: {exc}")


if __name__ == "__main__":
    main()
