"""Bundles a spec split across files into one self-contained document.

The entry point's ``components`` section is the index: an entry that is a ``$ref`` into another file names that
target. Every ``$ref`` anywhere that lands on an indexed target becomes a local ``#/components/...`` ref; a ``$ref``
into the entry point's own components stays local; any other external ``$ref`` (path items, one-off pieces) is
inlined. A target that can be neither placed nor inlined (a cycle outside the index) is an error naming it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class BundleError(Exception):
    """The spec's files cannot be bundled: a missing file or pointer, or a cycle outside the index."""


Target = tuple[Path, str]


class _Bundler:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.files: dict[Path, Any] = {}
        self.index: dict[Target, str] = {}

    def load(self, path: Path) -> Any:
        if path not in self.files:
            try:
                self.files[path] = yaml.safe_load(path.read_text(encoding="utf-8"))
            except FileNotFoundError as exc:
                raise BundleError(f"{path}: no such file") from exc
            except yaml.YAMLError as exc:
                raise BundleError(f"{path}: not valid YAML: {exc}") from exc
        return self.files[path]

    def locate(self, ref: str, base: Path) -> Target:
        file_part, _, pointer = ref.partition("#")
        target = (base.parent / file_part).resolve() if file_part else base
        return target, pointer or ""

    def fetch(self, target: Target) -> Any:
        path, pointer = target
        node = self.load(path)
        for token in [t for t in pointer.split("/") if t]:
            token = token.replace("~1", "/").replace("~0", "~")
            try:
                node = node[token] if isinstance(node, dict) else node[int(token)]
            except (KeyError, IndexError, ValueError, TypeError) as exc:
                raise BundleError(f"{path.name}#{pointer}: no such place") from exc
        return node

    def build_index(self, doc: dict[str, Any]) -> None:
        for section, entries in (doc.get("components") or {}).items():
            for name, entry in (entries or {}).items():
                local = f"#/components/{section}/{name}"
                self.index[(self.root, f"/components/{section}/{name}")] = local
                if isinstance(entry, dict) and "$ref" in entry and not entry["$ref"].startswith("#"):
                    target = self.locate(entry["$ref"], self.root)
                    if target in self.index and self.index[target] != local:
                        raise BundleError(f"{local} and {self.index[target]} index the same target")
                    self.index[target] = local

    def resolve(self, node: Any, base: Path, stack: tuple[Target, ...]) -> Any:
        if isinstance(node, list):
            return [self.resolve(item, base, stack) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node and isinstance(node["$ref"], str):
            target = self.locate(node["$ref"], base)
            siblings = {k: self.resolve(v, base, stack) for k, v in node.items() if k != "$ref"}
            if target in self.index:
                self.fetch(target)  # fail early on a dangling index entry
                return {"$ref": self.index[target], **siblings}
            if target in stack:
                chain = " -> ".join(f"{p.name}#{ptr}" for p, ptr in (*stack, target))
                raise BundleError(f"cycle outside the index: {chain}; index the target in components")
            inlined = self.resolve(self.fetch(target), target[0], (*stack, target))
            if isinstance(inlined, dict):
                return {**inlined, **siblings}
            return inlined
        return {str(k): self.resolve(v, base, stack) for k, v in node.items()}

    def bundle(self) -> dict[str, Any]:
        doc = self.load(self.root)
        if not isinstance(doc, dict):
            raise BundleError(f"{self.root}: not an OpenAPI document")
        self.build_index(doc)
        out: dict[str, Any] = {}
        for key, value in doc.items():
            if key != "components":
                out[key] = self.resolve(value, self.root, ())
        components: dict[str, Any] = {}
        for section, entries in (doc.get("components") or {}).items():
            placed: dict[str, Any] = {}
            for name, entry in (entries or {}).items():
                if isinstance(entry, dict) and "$ref" in entry and not entry["$ref"].startswith("#"):
                    target = self.locate(entry["$ref"], self.root)
                    placed[name] = self.resolve(self.fetch(target), target[0], (target,))
                else:
                    placed[name] = self.resolve(entry, self.root, ())
            components[section] = placed
        if components:
            out["components"] = components
        return out


def bundle(entry: Path) -> dict[str, Any]:
    """The spec rooted at ``entry`` as one document with only local ``$ref``\\ s."""
    return _Bundler(entry).bundle()
