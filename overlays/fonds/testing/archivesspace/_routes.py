"""The route table: which handler answers which ``(method, path)``."""

from __future__ import annotations

from collections.abc import Callable

from .._core import Response, Router
from . import _accounts, _config, _generic, _login, _records, _tree_ops, _trees, _vocabularies
from ._auth import Sessions, User
from ._call import Call
from ._kinds import KINDS, Kind
from ._listing import listing
from ._lookup import LOOKUPS, by_external_id, find_by_id
from ._search import search, top_container_search
from ._solr import Indexer

Handler = Callable[..., Response]

_PUBLISHABLE = (
    "resource",
    "archival_object",
    "digital_object",
    "agent_person",
    "agent_corporate_entity",
    "agent_family",
    "agent_software",
)
_UNPUBLISHABLE = ("resource", "archival_object")
_TREE_ROOTS = ("resource", "digital_object")


def _listing(kind: Kind) -> Handler:
    def handler(call: Call, repo_id: str | None = None) -> Response:
        repo = call.repo_id(repo_id) if repo_id is not None else None
        return listing(call, kind, repo, kind.view_permission)

    return handler


class _Routes:
    """The routes being collected; :meth:`router` orders them most literal first (``top_containers/search``
    before ``top_containers/{id}``)."""

    def __init__(self) -> None:
        self.routes: list[tuple[str, str, Handler]] = []
        self.served: set[tuple[str, str]] = set()

    def add(self, method: str, pattern: str, handler: Handler) -> None:
        self.routes.append((method, pattern, handler))
        self.served.add(_generic.template_key(method, pattern))

    def router(self) -> Router:
        router = Router()
        for method, pattern, handler in sorted(self.routes, key=lambda route: route[1].count("{")):
            router.add(method, pattern, handler)
        return router


def _add_kind(router: _Routes, kind: Kind) -> None:
    base = f"/repositories/{{repo_id}}/{kind.collection}" if kind.repo_scoped else f"/{kind.collection}"
    one = f"{base}/{{id}}"
    if kind.name == "repository":
        router.add("GET", base, _records.repositories)
        router.add("DELETE", "/repositories/{repo_id}", _records.delete(kind))
    else:
        router.add("GET", base, _listing(kind))
        router.add("DELETE", one, _records.delete(kind))
    router.add("POST", base, _records.create(kind))
    router.add("GET", one, _records.get_one(kind))
    router.add("POST", one, _records.update(kind))
    if kind.name in _PUBLISHABLE:
        router.add("POST", f"{one}/publish", _records.publish(kind, True))
    if kind.name in _UNPUBLISHABLE:
        router.add("POST", f"{one}/unpublish", _records.publish(kind, False))
    if kind.suppressible:
        router.add("POST", f"{one}/suppressed", _records.suppress(kind))
    if kind.name in ("archival_object", "digital_object_component"):
        router.add("GET", f"{one}/children", _records.children(kind))
    if kind.name in _TREE_ROOTS:
        router.add("GET", f"{one}/tree/root", _trees.root(kind.name))
        router.add("GET", f"{one}/tree/waypoint", _trees.waypoint(kind.name))
        router.add("GET", f"{one}/tree/node", _trees.node(kind.name))
        router.add("GET", f"{one}/tree/node_from_root", _trees.node_from_root(kind.name))


def build(users: dict[str, User], sessions: Sessions, indexer: Indexer) -> Router:
    """Every route of the simulated ArchivesSpace backend: the hand-written ones, then every other operation of
    the spec answered by :mod:`._generic`.

    Example::

        router = build(users, sessions, indexer)
        handler, path_values = router.match("GET", "/repositories/2/accessions")
    """
    router = _Routes()
    router.add("GET", "/", _login.system_info)
    router.add("GET", "/version", _login.version)
    router.add("POST", "/users/{username}/login", _login.login(users, sessions))
    router.add("POST", "/logout", _login.logout(sessions))
    router.add("GET", "/users/current-user", _login.current_user)
    for method in ("GET", "POST"):
        router.add(method, "/repositories/{repo_id}/search", search(indexer, scoped=True, permission="view_repository"))
        router.add(method, "/search", search(indexer, scoped=False, permission="view_all_records"))
        router.add(method, "/search/repositories", search(indexer, scoped=False, permission=None, types=["repository"]))
    for kind in KINDS.values():
        _add_kind(router, kind)
    router.add("GET", "/repositories/{repo_id}/top_containers/search", top_container_search(indexer))
    for collection in LOOKUPS:
        router.add("GET", f"/repositories/{{repo_id}}/find_by_id/{collection}", find_by_id(collection))
    router.add("GET", "/by-external-id", by_external_id)
    router.add("GET", "/config/enumerations", _config.list_enumerations)
    router.add("GET", "/config/enumerations/names/{enum_name}", _config.enumeration_by_name)
    router.add("GET", "/config/enumerations/{enum_id}", _config.enumeration_by_id)
    router.add("GET", "/config/enumeration_values/{enum_val_id}", _config.enumeration_value)
    router.add("GET", "/schemas", _config.list_schemas)
    router.add("GET", "/schemas/{schema}", _config.get_schema)
    router.add("POST", "/users", _accounts.create_user(users))
    router.add("GET", "/users", _accounts.list_users(users))
    router.add("GET", "/users/{id}", _accounts.get_user(users))
    router.add("POST", "/users/{id}", _accounts.update_user(users))
    router.add("DELETE", "/users/{id}", _accounts.delete_user(users))
    router.add("GET", "/users/{id}/activate", _accounts.set_active(users, True))
    router.add("GET", "/users/{id}/deactivate", _accounts.set_active(users, False))
    router.add("GET", "/users/complete", _accounts.complete_users(users))
    router.add("GET", "/vocabularies", _vocabularies.list_vocabularies)
    router.add("GET", "/vocabularies/{id}", _vocabularies.get_vocabulary)
    router.add("GET", "/vocabularies/{id}/terms", _vocabularies.vocabulary_terms)
    resources, objects = "/repositories/{repo_id}/resources/{id}", "/repositories/{repo_id}/archival_objects/{id}"
    router.add("GET", f"{resources}/ordered_records", _tree_ops.ordered_records)
    router.add("GET", f"{resources}/top_containers", _tree_ops.top_containers("resource"))
    router.add("GET", "/repositories/{repo_id}/accessions/{id}/top_containers", _tree_ops.top_containers("accession"))
    router.add("POST", f"{resources}/children", _tree_ops.add_children("resource"))
    router.add("POST", f"{objects}/children", _tree_ops.add_children("archival_object"))
    router.add("POST", f"{objects}/parent", _tree_ops.set_parent)
    router.add("GET", f"{objects}/previous", _tree_ops.previous)
    router.add("POST", "/batch_delete", _tree_ops.batch_delete)
    router.add("GET", "/update-feed", _accounts.update_feed)
    router.add("GET", "/delete-feed", _accounts.delete_feed)
    for method, template, operation in _generic.operations():
        if _generic.template_key(method, template) not in router.served:
            router.add(method, _generic.route(template), _generic.handler(method, template, operation))
    return router.router()
