"""requirements.lock cannot rot silently: it pins every dependency pyproject.toml names (the extras
too) to one version that pyproject.toml allows. `make lock` writes it anew, `make install` installs it.
No network: whether a pinned version is known vulnerable is `make audit`'s question."""

from __future__ import annotations

import re

from packaging.requirements import Requirement
from packaging.version import Version

from .conftest import ROOT

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib

LOCK = ROOT / "requirements.lock"


def _name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    found = [Requirement(r) for r in project["dependencies"]]
    for extra in project.get("optional-dependencies", {}).values():
        found += [Requirement(r) for r in extra]
    return [r for r in found if _name(r.name) != _name(project["name"])]  # gugus[spark] is the extra


def _locked() -> dict[str, str]:
    pins = {}
    for line in LOCK.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, version = line.partition("==")
        assert sep and version, f"requirements.lock: {line!r} is not pinned to one version (name==version)"
        assert _name(name) not in pins, f"requirements.lock pins {name} twice"
        pins[_name(name)] = version
    return pins


def test_lock_pins_every_declared_dependency_to_an_allowed_version():
    pins = _locked()
    declared = _declared()
    assert len(pins) > len(declared)  # the dependencies' own dependencies are pinned too
    missing = sorted({r.name for r in declared if _name(r.name) not in pins})
    assert not missing, f"requirements.lock lacks {missing}: run `make lock`"
    refused = [
        f"{r.name}=={pins[_name(r.name)]} (pyproject.toml: {r.specifier})"
        for r in declared
        if not r.specifier.contains(Version(pins[_name(r.name)]), prereleases=True)
    ]
    assert not refused, f"requirements.lock pins versions pyproject.toml refuses: {refused}; run `make lock`"
