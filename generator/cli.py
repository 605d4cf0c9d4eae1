"""``python -m generator [--check] [--only NAME ...]``."""

from __future__ import annotations

import argparse
import filecmp
import sys
import tempfile
import time
from pathlib import Path

from generator.apis import ROOT, select
from generator.compile import SpecError, check_spec, compile_api

GENERATED = ROOT / "generated"


def _tree(folder: Path) -> dict[str, Path]:
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): p
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def stale_files(fresh: Path, current: Path) -> list[str]:
    """Files that differ between a fresh generation and the committed one (added, removed or changed)."""
    new, old = _tree(fresh), _tree(current)
    return [
        name
        for name in sorted(set(new) | set(old))
        if name not in new or name not in old or not filecmp.cmp(new[name], old[name], shallow=False)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail, naming the files, if generated/ is stale")
    parser.add_argument("--only", action="append", metavar="NAME", help="only this API (repeatable)")
    parser.add_argument("--lint-only", action="store_true", help="validate and lint the specs; compile nothing")
    args = parser.parse_args(argv)
    apis = select(args.only)
    try:
        if args.lint_only:
            for api in apis:
                doc = check_spec(api)
                n_ops = sum(1 for item in doc.get("paths", {}).values() for k in item if k != "parameters")
                print(f"{api.name}: valid, lint clean ({n_ops} operations)")
            return 0
        if args.check:
            stale: list[str] = []
            with tempfile.TemporaryDirectory(prefix="fonds-check-") as tmp:
                for api in apis:
                    compile_api(api, Path(tmp))
                    stale += [
                        f"generated/{api.package}/{name}"
                        for name in stale_files(Path(tmp) / api.package, GENERATED / api.package)
                    ]
            if stale:
                print(f"generated/ is stale: {len(stale)} file(s) differ from the specs; run `python -m generator`:")
                for name in stale[:50]:
                    print(f"  {name}")
                if len(stale) > 50:
                    print(f"  ... and {len(stale) - 50} more")
                return 1
            print(f"generated/ is up to date ({', '.join(a.name for a in apis)})")
            return 0
        for api in apis:
            started = time.perf_counter()
            folder = compile_api(api, GENERATED)
            files = len(_tree(folder))
            print(f"{api.name}: {files} files in generated/{api.package} ({time.perf_counter() - started:.1f} s)")
        return 0
    except SpecError as exc:
        print(exc, file=sys.stderr)
        return 1
