"""The exceptions fonds raises, keyed on what went wrong.

::

    FondsError
    ├── APIError                 the server answered with an error status (status, method, path, body)
    │   ├── ValidationError      400: field messages and warnings
    │   ├── AuthenticationFailed 401: credentials refused (the Storage Service's empty 401)
    │   │   └── LoginFailed      ArchivesSpace refused the user name or password
    │   ├── AccessDenied         403: the session may not do this
    │   ├── NotFoundError        404
    │   ├── ConflictError        409: a stale lock_version, a duplicate, a unit not ready to hide
    │   ├── SessionExpired       412: the session ended and logging in again did not help
    │   ├── ServerError          5xx
    │   ├── ErrorAnswer          a 2xx answer whose body says it failed (``{"error": true, "message": ...}``)
    │   └── InvalidResponse      a 2xx answer that is not JSON, is cut short, or is not what the operation returns
    ├── TransportError           the request did not get an answer (connection refused, reset, ...)
    │   └── TimeoutError         no answer in time
    │       └── CallTimeout      the whole call took longer than the client's call_timeout
    ├── TransferFailed           an Archivematica unit ended FAILED or REJECTED
    ├── DecisionRequired         an Archivematica unit waits for a decision (USER_INPUT)
    ├── InBacklog                a transfer went to backlog instead of on to ingest
    ├── OperationTimeout         a long-running operation did not finish in time (also a builtin TimeoutError)
    ├── DownloadError            a download's size or checksum did not match (nothing is left at the target)
    ├── PagingError              a listing answered pages that do not add up (wrong page, short page, moving total)
    ├── RecordError              a field of a received record is absent or not of its type (read on access)
    └── ConfigurationError       fonds cannot start: no URL, no credentials, a bad argument
        └── InvalidArgument      an argument refused before anything was sent (operation, parameter, wanted)

Example::

    from fonds import errors

    try:
        aspace.accessions.update(repo_id=2, id=5, body=acc)
    except errors.ConflictError:
        ...  # someone else saved it first: fetch again and retry
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Callable
from typing import Any


class FondsError(Exception):
    """Base of every exception fonds raises.

    ``resume_page`` is set on an error that stopped a listing's pager: the first page not handed out, to pass
    back as ``start_page=`` (None elsewhere).

    Example: ``except fonds.errors.FondsError as exc: log.warning("archive call failed: %s", exc)``.
    """

    resume_page: int | None = None


class ConfigurationError(FondsError, ValueError):
    """fonds cannot start or send: a missing URL or credential, or an argument it refuses before sending.

    Example: ``ArchivesSpace()`` with no URL argument, no ``FONDS_ASPACE_URL`` and no ``~/.archivessnake.yml``.
    """


class InvalidArgument(ConfigurationError):
    """An argument of an operation was refused before anything was sent.

    Attributes: ``operation`` (the operation's name), ``parameter`` (the argument), ``expected`` (what it wanted).
    The message never quotes a secret.

    Example::

        aspace.accessions.delete(repo_id=2, id="..")
        # InvalidArgument: delete_accession: id wants an integer from 1 to 2147483647, got str '..'
    """

    def __init__(self, operation: str, parameter: str, expected: str, found: str | None = None) -> None:
        self.operation = operation
        self.parameter = parameter
        self.expected = expected
        self.found = found
        tail = f", got {found}" if found else ""
        super().__init__(f"{operation}: {parameter} wants {expected}{tail}")


class RecordError(FondsError, ValueError):
    """A field of a record received from a server is absent or not of the type the spec gives it.

    Records parse lazily and never fail on a missing field or an unexpected shape: the error comes when the
    damaged field is read. Attributes: ``model`` (class name), ``uri`` (the record's, when it has one), ``field``,
    ``expected`` and ``found``.

    Example::

        try:
            print(resource.extents)
        except RecordError as exc:
            print(exc.model, exc.uri, exc.field, exc.expected, exc.found)
    """

    def __init__(self, model: str, uri: str | None, field: str, expected: str, found: str) -> None:
        self.model = model
        self.uri = uri
        self.field = field
        self.expected = expected
        self.found = found
        where = f" {uri}" if uri else ""
        super().__init__(f"{model}{where}: field {field!r} wants {expected}, found {found}")


class PagingError(FondsError):
    """A listing answered pages that do not add up (the wrong page, an empty or short page before the last, a
    total that moved under the harvest), and asking again did not help. No record was lost silently: resume from
    ``resume_page`` (the first page not handed out) once the server is sane.

    Example::

        except PagingError as exc:
            pager = aspace.archival_objects.list(repo_id=2, start_page=exc.resume_page)
    """

    def __init__(self, message: str, resume_page: int) -> None:
        self.resume_page = resume_page
        super().__init__(f"{message} (resume with start_page={resume_page})")


class APIError(FondsError):
    """The server answered with an error status.

    Attributes: ``status`` (int), ``method`` and ``path`` of the request (the path without query string),
    ``body`` (the parsed JSON body, or the text of a non-JSON one, secrets redacted) and ``message``.

    Example::

        except APIError as exc:
            print(exc.status, exc.method, exc.path, exc.body)
    """

    def __init__(self, status: int, method: str, path: str, body: Any, message: str | None = None) -> None:
        self.status = status
        self.method = method
        self.path = path
        self.body = body
        self.message = message or _message_of(body) or f"HTTP {status}"
        super().__init__(f"{method} {path} answered {status}: {self.message}")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status}, method={self.method!r}, path={self.path!r})"


class ValidationError(APIError):
    """400: the request or record is invalid. ``errors`` and ``warnings`` map fields to their messages.

    Example::

        except ValidationError as exc:
            exc.errors   # {"title": ["Property is required but was missing"]}
    """

    @property
    def errors(self) -> dict[str, list[str]]:
        """Field (or parameter) name to messages (``exc.errors["title"]``); ``{"": [message]}`` when the server gave
        only a message."""
        raw = self.body.get("error") if isinstance(self.body, dict) else None
        if isinstance(raw, dict):
            return {str(k): [str(m) for m in (v if isinstance(v, list) else [v])] for k, v in raw.items()}
        return {"": [self.message]}

    @property
    def warnings(self) -> dict[str, list[str]]:
        """Non-fatal messages by field (ArchivesSpace's ``warning``): ``exc.warnings.get("dates", [])``."""
        raw = self.body.get("warning") if isinstance(self.body, dict) else None
        if isinstance(raw, dict):
            return {str(k): [str(m) for m in (v if isinstance(v, list) else [v])] for k, v in raw.items()}
        return {}


class AuthenticationFailed(APIError):
    """401: the credentials were refused (the Storage Service answers an empty body).

    Example: ``StorageService(url, username="test", api_key="wrong").pipelines.list_page()`` raises it.
    """


class LoginFailed(AuthenticationFailed):
    """ArchivesSpace refused the user name or password (its login answers 403 ``Login failed``).

    Example: ``except LoginFailed: print("check the password")``.
    """


class AccessDenied(APIError):
    """403: the user may not do this. Final: fonds does not log in again for it.

    Example: a read-only user's ``aspace.accessions.update(...)`` raises it.
    """


class NotFoundError(APIError):
    """404: no such record or route (HTML error pages become this too, not a JSON decode error).

    Example: ``aspace.accessions.get(repo_id=2, id=999999)`` raises it.
    """


class ConflictError(APIError):
    """409: the record changed since you fetched it (stale ``lock_version``), or the change conflicts.

    Example: ``except ConflictError: record = aspace.accessions.get(repo_id=2, id=1)`` (then try again).
    """


class SessionExpired(APIError):
    """412: the ArchivesSpace session expired and logging in again did not help.

    Example: a client given only ``session_token=`` raises it once that token expires (it cannot log in).
    """


class ServerError(APIError):
    """5xx: the server failed. Reads were already retried (see ``fonds.RetryPolicy``)."""


class InvalidResponse(APIError):
    """A 2xx answer fonds cannot use: not JSON, cut short, or not the shape the operation returns. ``body`` holds
    a redacted excerpt of what came.

    Example::

        except InvalidResponse as exc:
            print(exc.status, exc.method, exc.path, exc.body)
    """


class ErrorAnswer(APIError):
    """A 2xx answer whose body says the call failed: ``{"error": true, "message": ...}``, as older Archivematica
    dashboards answer a transfer status for an unknown UUID. ``message`` is the server's.

    Example::

        except ErrorAnswer as exc:
            print(exc.status, exc.message)   # 200 Cannot fetch unitTransfer with UUID ...
    """


class TransportError(FondsError):
    """The request got no answer: connection refused or reset, a truncated body, a protocol error.

    Example: ``ArchivesSpace("http://127.0.0.1:9", session_token="t").version.get()`` raises it.
    """


class TimeoutError(TransportError):
    """No answer within the timeout, or the call took longer than the client's ``call_timeout`` (retries, waits,
    logins and a slowly dripping answer included).

    Example: ``ArchivesSpace(url, username=u, password=p, timeout=0.001)`` meeting a slow server raises it.
    """


class CallTimeout(TimeoutError):
    """The whole call (its retries, waits, logins and a slowly dripping answer included) took longer than the
    client's ``call_timeout``. Never retried: the time is up.

    Example: ``ArchivesSpace(url, username=u, password=p, call_timeout=5)`` meeting a server that sends a byte a
    second raises it after about 5 s.
    """


class TransferFailed(FondsError):
    """An Archivematica transfer or ingest ended FAILED or REJECTED.

    Attributes: ``unit_uuid``, ``status``, ``microservice`` (where it stopped), ``job`` (the failing job's name,
    when known).

    Example::

        except TransferFailed as exc:
            print(f"{exc.unit_uuid} {exc.status} at {exc.microservice}")
    """

    def __init__(self, unit_uuid: str, status: str, microservice: str | None, job: str | None = None) -> None:
        self.unit_uuid = unit_uuid
        self.status = status
        self.microservice = microservice
        self.job = job
        where = job or microservice or "an unknown step"
        super().__init__(f"unit {unit_uuid} ended {status} at {where}")


class DecisionRequired(FondsError):
    """An Archivematica unit waits at a decision point (USER_INPUT): answer it in the dashboard or the API.

    Attributes: ``unit_uuid`` and ``microservice`` (the decision that waits).

    Example: ``except DecisionRequired as exc: am_sim.decide(exc.unit_uuid, "Approve")``.
    """

    def __init__(self, unit_uuid: str, microservice: str | None) -> None:
        self.unit_uuid = unit_uuid
        self.microservice = microservice
        super().__init__(f"unit {unit_uuid} waits for a decision at {microservice or 'an unknown step'}")


class InBacklog(FondsError):
    """The transfer went to backlog (its ``sip_uuid`` is ``BACKLOG``): no AIP until someone ingests it.

    Example: ``except InBacklog as exc: print(exc.transfer_uuid, "is in backlog")``.
    """

    def __init__(self, transfer_uuid: str) -> None:
        self.transfer_uuid = transfer_uuid
        super().__init__(f"transfer {transfer_uuid} is in backlog")


class OperationTimeout(FondsError, builtins.TimeoutError):
    """A long-running operation (a transfer, an async Storage Service task) did not finish within its timeout.
    The operation goes on on the server: poll it again later (``am.transfers.follow(uuid)``)."""


class DownloadError(FondsError):
    """A download ended short, or its size or checksum did not match; nothing was left at the destination.

    Example: ``ss.packages.download(uuid, to="aips/", sha256="0" * 64)`` raises it.
    """


_BY_STATUS: dict[int, type[APIError]] = {
    400: ValidationError,
    401: AuthenticationFailed,
    403: AccessDenied,
    404: NotFoundError,
    409: ConflictError,
    412: SessionExpired,
}


def error_class(status: int) -> type[APIError]:
    """The exception class for an error status: ``error_class(409) is ConflictError``."""
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    return ServerError if status >= 500 else APIError


def parse_body(content: bytes, content_type: str, redact: Callable[[Any], Any] | None = None) -> Any:
    """An error body as JSON when it is JSON, else as text shortened to ``EXCERPT`` characters; ``redact`` (for
    instance ``Secrets.redact``) is applied *before* shortening, so a secret across the cut cannot keep its start.

    Example: ``parse_body(b'{"error": "x"}', "application/json") == {"error": "x"}``.
    """
    clean = redact or (lambda value: value)
    if not content:
        return None
    if "json" in content_type or content[:1] in (b"{", b"["):
        try:
            return clean(json.loads(content))
        except (ValueError, RecursionError):  # RecursionError: JSON nested past the interpreter's limit
            pass
    return excerpt(str(clean(content.decode("utf-8", "replace"))))


EXCERPT = 2000


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """``text`` cut to ``limit`` characters (an ellipsis marks the cut). Redact first: see :func:`parse_body`.

    Example: ``excerpt("abcdef", 3) == "abc..."``.
    """
    return text if len(text) <= limit else text[:limit] + "..."


def _message_of(body: Any) -> str | None:
    if isinstance(body, dict):
        for key in ("error", "message", "error_message", "reason", "detail"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                return "; ".join(value)
        if isinstance(body.get("error"), dict):
            return "; ".join(
                f"{k}: {', '.join(map(str, v if isinstance(v, list) else [v]))}" for k, v in body["error"].items()
            )
        if body:  # no message field (Archivematica's 409 ``{"removed": false}``): the body itself, briefly
            return excerpt(json.dumps(body, separators=(", ", ": "), default=str), 200)
    if isinstance(body, str) and body.strip():
        if body.lstrip().lower().startswith(("<!doctype", "<html")):
            return "an HTML error page"
        return body.strip().splitlines()[0][:200]
    return None
