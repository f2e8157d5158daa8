"""A throwaway PostgreSQL server for the tests and benchmarks: initdb on a temporary folder, pg_ctl on a
free loopback port with its unix socket in that folder, every test its own database, stopped at the end.

initdb refuses to run as root, and tests here run as root: the server then runs as `nobody`, which owns
the folder (made directly under /tmp, since pytest's own temporary folders are private to root).
A run killed before it could stop its server leaves the server behind: the next start stops it.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

BINDIRS = ("/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin")
USER = "nobody"


def bindir() -> Path | None:
    """Where initdb and pg_ctl are, or None."""
    for d in (os.environ.get("GUGUS_PG_BINDIR"), *BINDIRS):
        if d and (Path(d) / "initdb").exists() and (Path(d) / "pg_ctl").exists():
            return Path(d)
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One PostgreSQL cluster; `url()` of a fresh empty database on it."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.dir = Path(tempfile.mkdtemp(prefix="gugus-pg-"))
        self.port = _free_port()
        self._names = itertools.count(1)
        self._as_user = os.geteuid() == 0
        if self._as_user:
            shutil.chown(self.dir, USER)

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self._as_user:
            cmd = ["runuser", "-u", USER, "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=self.dir)
        if done.returncode:
            raise RuntimeError(f"{' '.join(args[:2])} failed: {done.stderr or done.stdout}")

    def start(self) -> Server:
        (self.dir / "owner").write_text(str(os.getpid()))
        _stop_orphans(self.bin, self.dir)
        data = self.dir / "data"
        self._run("initdb", "-D", str(data), "-U", "gugus", "--auth=trust", "-E", "UTF8", "--locale=C", "-N")
        options = (
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run("pg_ctl", "-D", str(data), "-o", options, "-l", str(self.dir / "log"), "-w", "start")
        return self

    @property
    def admin_url(self) -> str:
        return f"postgresql://gugus@127.0.0.1:{self.port}/postgres"

    def url(self, name: str | None = None) -> str:
        """A new, empty database's URL."""
        import psycopg

        name = name or f"t{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql://gugus@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


def _stop_orphans(bin_dir: Path, mine: Path) -> None:
    """Stop the servers of earlier runs whose process is gone (killed before its teardown)."""
    for folder in Path(tempfile.gettempdir()).glob("gugus-pg-*"):
        if folder == mine:
            continue
        try:
            os.kill(int((folder / "owner").read_text()), 0)
            continue  # its run is still going
        except (OSError, ValueError):
            pass
        orphan = Server.__new__(Server)
        orphan.bin, orphan.dir, orphan._as_user = bin_dir, folder, os.geteuid() == 0
        try:
            orphan.stop()
        except RuntimeError:
            shutil.rmtree(folder, ignore_errors=True)


def start() -> Server:
    """A running server, or RuntimeError saying why there cannot be one."""
    found = bindir()
    if found is None:
        raise RuntimeError("no PostgreSQL binaries (initdb, pg_ctl): apt-get install postgresql-15")
    return Server(found).start()
