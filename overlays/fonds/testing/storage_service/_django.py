"""What Django itself answers around the views: its error pages and the ``APPEND_SLASH`` redirect."""

from __future__ import annotations

from urllib.parse import urlencode

from .._core import Request, Response

HTML = "text/html; charset=utf-8"
_PAGE = """
<!doctype html>
<html lang="en">
<head>
  <title>{title}</title>
</head>
<body>
  <h1>{title}</h1><p>{details}</p>
</body>
</html>
"""


def not_found_page() -> Response:
    """Django's 404 page (``DEBUG = False``)."""
    body = _PAGE.format(title="Not Found", details="The requested resource was not found on this server.")
    return Response(404, body.encode(), (("content-type", HTML),))


def server_error_page() -> Response:
    """Django's 500 page, for exceptions a view does not catch."""
    return Response(500, _PAGE.format(title="Server Error (500)", details="").encode(), (("content-type", HTML),))


def append_slash(request: Request, default_host: str) -> Response:
    """``CommonMiddleware``'s 301 to the same URL with a trailing slash (absolute, query string kept)."""
    host = request.headers.get("host", default_host)
    query = f"?{urlencode(request.query)}" if request.query else ""
    location = f"http://{host}{request.path}/{query}"
    return Response(301, b"", (("content-type", HTML), ("location", location)))
