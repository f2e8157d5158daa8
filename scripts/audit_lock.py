"""Known vulnerabilities of the locked versions, from the package index's JSON API, for when pip-audit
cannot run (`make audit` tries it first).

    python scripts/audit_lock.py [requirements.lock] [--index https://pypi.org]

Some package index mirrors answer `/pypi/NAME/json` but not `/pypi/NAME/VERSION/json`, which pip-audit
needs, and the OSV service may be out of reach. `/pypi/NAME/json` lists the vulnerabilities known for
the *latest* release only, so this check is complete only for a locked version that is the latest: a
known vulnerability of it is reported with the version that fixes it. A locked version behind the latest
cannot be checked this way (advisories fixed since are not in the list) and is reported as unchecked,
never as clean.

Exit status: 1 a locked version is known vulnerable; 2 some could not be checked; 0 all checked, none
known vulnerable.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;#]+)")


@dataclass
class Finding:
    name: str
    version: str
    state: str  # "clean", "vulnerable", "behind", "unreachable"
    detail: str = ""


def pins(lock: Path) -> list[tuple[str, str]]:
    """(name, version) of every `name==version` line of a lock file."""
    return [(m[1], m[2]) for line in lock.read_text().splitlines() if (m := PIN.match(line.strip()))]


def check(index: str, name: str, version: str, timeout: float = 30) -> Finding:
    """What the index's JSON API says about one locked version."""
    try:
        with urllib.request.urlopen(f"{index}/pypi/{name}/json", timeout=timeout) as r:
            data = json.load(r)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        return Finding(name, version, "unreachable", str(exc))
    latest = data["info"]["version"]
    if latest != version:
        said = f"latest is {latest}: its advisories tell nothing of {version}"
        return Finding(name, version, "behind", said)
    vulns = [v for v in data.get("vulnerabilities") or [] if not v.get("withdrawn")]
    if not vulns:
        return Finding(name, version, "clean")
    said = "; ".join(f"{v['id']} (fixed in {', '.join(v.get('fixed_in') or ['no release'])})" for v in vulns)
    return Finding(name, version, "vulnerable", said)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("lock", nargs="?", default=str(ROOT / "requirements.lock"))
    ap.add_argument("--index", default="https://pypi.org", help="base URL of the index's JSON API")
    args = ap.parse_args(argv)
    locked = pins(Path(args.lock))
    with ThreadPoolExecutor(8) as pool:
        found = list(pool.map(lambda p: check(args.index.rstrip("/"), *p), locked))
    by = {s: [f for f in found if f.state == s] for s in ("vulnerable", "behind", "unreachable", "clean")}
    for f in by["vulnerable"] + by["behind"] + by["unreachable"]:
        print(f"{f.state.upper():<12} {f.name}=={f.version}: {f.detail}")
    print(
        f"{len(locked)} locked packages: {len(by['clean'])} at their latest release with no known "
        f"vulnerability, {len(by['vulnerable'])} known vulnerable, {len(by['behind'])} behind the latest "
        f"(unchecked), {len(by['unreachable'])} unreachable (unchecked)"
    )
    if by["vulnerable"]:
        return 1
    return 2 if by["behind"] or by["unreachable"] else 0


if __name__ == "__main__":
    sys.exit(main())
