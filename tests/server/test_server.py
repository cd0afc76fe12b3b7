"""The build server (gominic/server): a command it runs is the command run
in its own process, byte for byte; and it stays correct when builds run
side by side, when a client is killed or interrupted, when gominic changes,
and after gominic clean.

The suite runs with GOMINICSERVER=off (conftest.py); these tests turn it on
for their own commands, and stop their servers when they end.
"""

from __future__ import annotations

import os
import shutil
import signal
import fcntl
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from gominic.server.protocol import EXITED, STARTED, lock_path, receive_request, send_reply, socket_path
from tests.cli.test_reliability import alive, assert_killing_leaves_no_process, descendants
from tests.conftest import REPO, gominic_command

pytestmark = [pytest.mark.e2e,
              pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux's /proc")]

MAIN = """package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		fmt.Println("got", in.Text())
	}
	fmt.Fprintln(os.Stderr, "args", os.Args[1:])
	os.Exit(3)
}
"""


def write_module(dir: Path, main: str = MAIN) -> Path:
    dir.mkdir(parents=True, exist_ok=True)
    (dir / "go.mod").write_text("module p\n\ngo 1.19\n")
    (dir / "main.go").write_text(main)
    return dir


def server_pids(root: Path = REPO) -> dict[int, str]:
    """The build servers (pid -> socket) of the gominic under root (the
    directory holding the package) that serve this session's build cache."""
    cache = os.environ["GOMINICCACHE"]
    servers = {}
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            argv = cmdline.read_bytes().decode(errors="replace").split("\0")[:-1]
        except OSError:
            continue
        if "gominic.server.serve" in " ".join(argv) and argv[-2:-1] == [str(root)] and argv[-1].startswith(cache):
            if alive(int(cmdline.parent.name)):
                servers[int(cmdline.parent.name)] = argv[-1]
    return servers


def wait_until(condition, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.2)


class Served:
    """gominic commands with the server on, from one gominic (command)."""

    def __init__(self, command: list[str], root: Path, env: dict[str, str]):
        self.command, self.root, self.env = command, root, env

    def __call__(self, *args: str, cwd: Path, server: bool = True, input: str = "", **kw):
        env = {**self.env, "GOMINICSERVER": "on" if server else "off"}
        return subprocess.run([*self.command, *args], cwd=cwd, env=env, input=input.encode(),
                              capture_output=True, **kw)

    def popen(self, *args: str, cwd: Path, **kw) -> subprocess.Popen:
        return subprocess.Popen([*self.command, *args], cwd=cwd, env={**self.env, "GOMINICSERVER": "on"},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)

    def start(self, cwd: Path) -> int:
        """Start the server (a first build starts it) and return its pid."""
        # a build that is not a no-op (those end before they look for a server)
        write_module(cwd / "starter", MAIN.replace("got", f"got at {time.time()}"))
        self("build", "-o", "prog", ".", cwd=cwd / "starter")
        # one server, listening (bound once it has loaded everything); a
        # server stopped by an earlier test may take a moment to end
        wait_until(lambda: len(servers := server_pids(self.root)) == 1 and Path(*servers.values()).exists())
        servers = server_pids(self.root)
        assert len(servers) == 1, f"no single server running: {servers}"
        return next(iter(servers))

    def stop(self, cwd: Path) -> None:
        self("clean", cwd=cwd)
        wait_until(lambda: not server_pids(self.root), 15)


@pytest.fixture
def served(tmp_path):
    """The session's server, for one test at a time: the tests share it,
    and one test's clean (its end) would stop it under another test run
    by another xdist worker. The lock file is the session's, beside its
    build cache."""
    with open(Path(os.environ["GOMINICCACHE"]).parent / "served.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        s = Served(gominic_command(), REPO, dict(os.environ))
        yield s
        s.stop(tmp_path)


def same_outcome(a: subprocess.CompletedProcess, b: subprocess.CompletedProcess) -> None:
    assert (a.returncode, a.stdout.decode(), a.stderr.decode()) == (b.returncode, b.stdout.decode(), b.stderr.decode())


def test_commands_have_the_same_outcome_with_and_without_the_server(served, tmp_path):
    server = served.start(tmp_path)
    prog = write_module(tmp_path / "prog")
    bad = write_module(tmp_path / "bad", "package main\n\nfunc main() { x := 1 }\n")
    runs = [
        (prog, ["build", "-o", "out", "."], ""),
        (prog, ["run", ".", "a", "b c"], "one\ntwo\n"),
        (bad, ["build", "."], ""),
        (bad, ["run", "."], ""),
        (prog, ["build", "./nowhere"], ""),
        (prog, ["build", "-bogus", "."], ""),
    ]
    for dir, args, input in runs:
        alone = served(*args, cwd=dir, server=False, input=input)
        output = (dir / "out").read_bytes() if args[:3] == ["build", "-o", "out"] else None
        on_server = served(*args, cwd=dir, input=input)
        same_outcome(alone, on_server)
        if output is not None:
            assert (dir / "out").read_bytes() == output
    failed = served("run", ".", cwd=prog, input="x\n")
    assert (failed.returncode, failed.stderr.splitlines()[-1]) == (1, b"exit status 3")
    assert list(server_pids()) == [server], "the server ended"


def test_a_served_program_has_its_clients_limits(served, tmp_path):
    """ulimit -v before gominic run limits the program, served or not."""
    import resource

    served.start(tmp_path)
    prog = write_module(tmp_path / "prog", "package main\n\nfunc main() {\n\tb := make([]byte, 1<<33)\n"
                                            "\tb[0] = 1\n\tprintln(len(b))\n}\n")
    limit = 4 << 30

    def limited():
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    alone = served("run", ".", cwd=prog, server=False, preexec_fn=limited)
    on_server = served("run", ".", cwd=prog, preexec_fn=limited)
    same_outcome(alone, on_server)
    assert alone.returncode == 1 and b"fatal error: out of memory" in alone.stderr
    assert alone.stderr.endswith(b"\nexit status 2\n")


def test_a_served_run_runs_in_the_servers_child(served, tmp_path):
    """The program's parent is not the gominic command the user started
    (as it is without the server) but the child the server forked for it."""
    served.start(tmp_path)
    prog = write_module(tmp_path / "prog", 'package main\n\nimport "os"\n\nfunc main() { println(os.Getppid()) }\n')
    for server, client_is_parent in ((False, True), (True, False)):
        env = {**served.env, "GOMINICSERVER": "on" if server else "off"}
        client = subprocess.Popen([*served.command, "run", "."], cwd=prog, env=env, stderr=subprocess.PIPE)
        _, err = client.communicate(timeout=300)
        assert (int(err) == client.pid) == client_is_parent


def test_builds_side_by_side(served, tmp_path):
    served.start(tmp_path)
    dirs = [write_module(tmp_path / f"p{i}", MAIN.replace('"got"', f'"got{i}"')) for i in range(3)]
    builds = [served.popen("build", "-o", "out", ".", cwd=d) for d in dirs]
    assert [b.wait(timeout=300) for b in builds] == [0, 0, 0]
    for i, d in enumerate(dirs):
        r = subprocess.run([d / "out"], input=b"x\n", capture_output=True)
        assert (r.returncode, r.stdout) == (3, f"got{i} x\n".encode())


def test_killing_a_served_build_leaves_no_process(served, tmp_path):
    """SIGKILL to the client: the server kills its child's whole group
    (the compile pool's fork server, workers and resource tracker)."""
    server = served.start(tmp_path)
    dir = write_module(tmp_path / "p")
    build = served.popen("build", "-a", "-p", "2", "-o", "prog", ".", cwd=dir)
    assert_killing_leaves_no_process(build, server, 5)  # child, tracker, fork server, two workers
    assert alive(server)


def test_ctrl_c_reaches_the_served_build(served, tmp_path):
    """SIGINT to the client is passed to the child's group: the build stops
    as an interrupted gominic does (exit 130), leaving no process."""
    server = served.start(tmp_path)
    dir = write_module(tmp_path / "p")
    build = served.popen("build", "-a", "-p", "2", "-o", "prog", ".", cwd=dir)
    deadline = time.monotonic() + 120
    while len(descendants(server)) < 5 and build.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    helpers = descendants(server)
    build.send_signal(signal.SIGINT)
    assert build.wait(timeout=60) == 130
    deadline = time.monotonic() + 15
    while any(alive(p) for p in helpers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert [p for p in helpers if alive(p)] == []


def test_a_changed_gominic_is_not_served(tmp_path):
    """A server serves only the sources it loaded: once one changes, the
    next build runs in its client, and a new server starts for the one after."""
    root = tmp_path / "install"
    shutil.copytree(REPO / "gominic", root / "gominic", ignore=shutil.ignore_patterns("__pycache__"))
    command = [sys.executable, "-c",
               f"import sys; sys.path.insert(0, {str(root)!r}); from gominic.cli.main import main; main()"]
    copy = Served(command, root, {**os.environ, "GOMINICROOT": str(REPO)})
    try:
        first = copy.start(tmp_path)
        dir = write_module(tmp_path / "p")
        changed = root / "gominic" / "server" / "__init__.py"
        os.utime(changed, ns=(changed.stat().st_atime_ns, changed.stat().st_mtime_ns + 1_000_000_000))
        same_outcome(copy("build", "-o", "out", ".", cwd=dir, server=False), copy("build", "-o", "out", ".", cwd=dir))
        wait_until(lambda: not alive(first), 15)
        assert not alive(first)
        wait_until(lambda: server_pids(root))
        servers = server_pids(root)
        assert list(servers) not in ([], [first]), "no new server for the changed gominic"
        wait_until(lambda: all(Path(sock).exists() for sock in servers.values()))  # listening: clean can stop it
    finally:
        copy.stop(tmp_path)
    assert server_pids(root) == {}


def test_clean_stops_the_server(served, tmp_path):
    server = served.start(tmp_path)
    sock = Path(server_pids()[server])
    assert served("clean", cwd=tmp_path).returncode == 0
    wait_until(lambda: not alive(server), 15)
    assert not alive(server)
    assert not sock.exists()


class FakeServer:
    """A server that takes one request, says what the test tells it to,
    and closes the connection: a child that printed and then crashed, or
    went with its server, at the worst moment for its client. It holds
    the server's lock, so the client can start no real one."""

    def __init__(self, cache: Path, replies: list[tuple[bytes, int]], unread: bool = False):
        self.sock = socket_path(str(cache))
        assert self.sock is not None
        cache.mkdir(parents=True, exist_ok=True)
        self.lock = os.open(lock_path(self.sock), os.O_RDWR | os.O_CREAT)
        fcntl.flock(self.lock, fcntl.LOCK_EX)
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.listener.bind(self.sock)
        self.listener.listen(1)
        self.replies, self.unread = replies, unread
        self.thread = threading.Thread(target=self.serve_one)
        self.thread.start()

    def serve_one(self) -> None:
        conn, _ = self.listener.accept()
        # unread: the child answered and its connection closed before the
        # client's send returned (a fast child, a client held up by load)
        _, fds = ({}, []) if self.unread else receive_request(conn, 3)
        for kind, value in self.replies:
            send_reply(conn, kind, value)
            if kind == STARTED and fds:
                os.write(fds[2], b"the child's output\n")
        for fd in fds:
            os.close(fd)
        conn.close()

    def close(self) -> None:
        self.thread.join(timeout=60)
        self.listener.close()
        os.close(self.lock)


@pytest.mark.parametrize("replies, unread, status, stderr", [
    ([], False, 2, "usage"),  # no child took the command: the client runs it
    ([(STARTED, 1)], False, 1, "the child's output\ngominic: the build server ended during the build\n"),
    ([(STARTED, 1), (EXITED, -signal.SIGKILL)], False, -signal.SIGKILL, "the child's output\n"),
    ([(STARTED, 1), (EXITED, 5)], True, 5, ""),
], ids=["refused", "server-gone", "child-crashed", "answered-first"])
def test_a_command_a_child_took_never_runs_again(tmp_path, replies, unread, status, stderr):
    """Once a child said STARTED, the outcome is the server's: whatever
    befalls the child, its client must not run the command a second time."""
    dir = write_module(tmp_path / "p")
    cache = Path(tempfile.mkdtemp(prefix="c"))  # a short path: a socket's name has at most 107 bytes
    server = FakeServer(cache, replies, unread)
    try:
        env = {**os.environ, "GOMINICSERVER": "on", "GOMINICCACHE": str(cache)}
        # this interpreter: the socket's name depends on it (protocol.socket_path)
        client = [sys.executable, "-c", "from gominic.cli.main import main; main()"]
        r = subprocess.run([*client, "build", "-bogus", "."], cwd=dir, env=env, capture_output=True, timeout=300)
    finally:
        server.close()
        shutil.rmtree(cache)
    assert r.returncode == status
    if stderr == "usage":
        assert r.stderr.decode().count("usage: gominic build") == 1
    else:
        assert r.stderr.decode() == stderr
