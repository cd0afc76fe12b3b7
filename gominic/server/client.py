"""This module implements the build server's client: what ``gominic build``
and ``gominic run`` do first (see __init__.py). It imports nothing heavy:
its cost is a connect and a few system calls.

While the server's child builds, the client stands in for it: the
terminal's signals (Ctrl-C, SIGTERM, SIGHUP, SIGQUIT) that reach the client
are passed to the child's process group, and the client ends as the child
did, with its exit status, or killed by the same signal. A client killed
outright (SIGKILL) closes its connection, and the server kills the child's
group.

The client runs the command itself only when no child took it: the child
says STARTED before it does anything, so a client that was not told may
run the command without running it twice. Once told, the outcome is the
child's, even if it crashed or went with its server (a build run again
would print its messages, or run its program, a second time).
"""

from __future__ import annotations

import os
import signal
import socket
import sys

from gominic.server.protocol import (EXITED, LIMITS, STARTED, STDIO, receive_reply, send_request, socket_path)

SERVED = ("build", "run")
FORWARDED = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT)


def enabled() -> bool:
    """GOMINICSERVER=off builds in the command's own process, always."""
    return os.environ.get("GOMINICSERVER", "") != "off"


def server_socket() -> str | None:
    from gominic.work.env import cache_path

    return socket_path(cache_path())


def run_on_server(args: list[str], sock: str) -> int | None:
    """Run the command args on the server listening on sock and return its
    exit status; None if the server could not take it (then the caller
    runs it)."""
    try:
        request = client_request(args)
    except OSError:
        return None  # the current directory is gone, ...: the command says so itself
    if request is None:
        return None
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    child = Child()
    previous = {s: signal.signal(s, child.pass_on) for s in FORWARDED}
    try:
        conn.connect(sock)
        try:
            send_request(conn, request, STDIO)
        except OSError:
            pass  # a child may have run the command, answered and closed first: its replies tell
        reply = receive_reply(conn)
        if reply is not None and reply[0] == STARTED:
            child.started(reply[1])
            reply = receive_reply(conn)
    except OSError:
        reply = None
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        conn.close()
    return child.outcome(reply)


class Child:
    """The server's child building for this client, as the client sees it:
    the signals passed on to its group, and how it ended."""

    def __init__(self) -> None:
        self.pid = 0
        self.passed: list[int] = []

    def pass_on(self, signum: int, frame: object) -> None:
        self.passed.append(signum)
        if self.pid:
            kill_group(self.pid, signum)

    def started(self, pid: int) -> None:
        self.pid = pid
        for signum in self.passed:  # came before the child was known
            kill_group(pid, signum)

    def outcome(self, reply: tuple[bytes, int] | None) -> int | None:
        """The exit status to exit with, or None to run the command here."""
        if reply is not None and reply[0] == EXITED:
            if reply[1] < 0:
                die_of(-reply[1])  # passed on by this client, or a crash
            return reply[1]
        if self.pid:
            sys.stderr.write("gominic: the build server ended during the build\n")
            return 1
        if self.passed:  # interrupted before a child took the command
            die_of(self.passed[0])
        return None


def kill_group(pid: int, signum: int) -> None:
    try:
        os.killpg(pid, signum)
    except OSError:
        pass  # ended already


def client_request(args: list[str]) -> dict | None:
    """What the child needs to stand in for this process; None when the
    standard streams cannot be handed over (one is closed)."""
    streams = (sys.stdin, sys.stdout, sys.stderr)
    if any(s is None for s in streams):
        return None
    import resource

    umask = os.umask(0)
    os.umask(umask)
    return {
        "argv": [sys.argv[0], *args],
        "cwd": os.getcwd(),
        "environ": dict(os.environb),
        "umask": umask,
        "stdio": [(s.encoding, s.errors, s.line_buffering, s.write_through) for s in streams],
        "limits": {name: resource.getrlimit(getattr(resource, name)) for name in LIMITS},
        "nice": os.getpriority(os.PRIO_PROCESS, 0),
        "affinity": sorted(os.sched_getaffinity(0)),
    }


def die_of(signum: int) -> None:
    """End as the child did: killed by signum; or for Ctrl-C, which a
    gominic reports itself, with status 130."""
    sys.stdout.flush()
    sys.stderr.flush()
    if signum == signal.SIGINT:
        os._exit(128 + signum)
    if signum != signal.SIGKILL:  # a crash's SIGKILL (the OOM killer) has no handler to reset
        signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)
    os._exit(128 + signum)  # a signal that does not kill (none of FORWARDED)


def stop_server() -> None:
    """Ask the server of this build cache to stop (gominic clean): it takes
    no new build and ends when its running builds have."""
    sock = server_socket()
    if sock is None:
        return
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(sock)
        send_request(conn, {"stop": True})
        receive_reply(conn)
    except OSError:
        pass  # none running
    finally:
        conn.close()


def start_server(sock: str) -> None:
    """Start a server for sock, detached: its own session (no terminal,
    so no Ctrl-C), /dev/null for input, a log file in the cache for its
    output, and no other file of this process (an inherited pipe would keep
    its reader waiting for as long as the server lives). A second server
    for the same socket exits at once (serve.py's lock)."""
    try:
        os.makedirs(os.path.dirname(sock), exist_ok=True)
        log = sock.removesuffix(".sock") + ".log"
        actions = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                   (os.POSIX_SPAWN_OPEN, 1, log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600),
                   (os.POSIX_SPAWN_DUP2, 1, 2)]
        actions += [(os.POSIX_SPAWN_CLOSE, fd) for fd in inherited_fds()]
        os.posix_spawn(sys.executable, [sys.executable, "-I", "-c", SERVER_MAIN, package_root(), sock],
                       os.environ, file_actions=actions, setsid=True)
    except OSError:
        pass  # no server: builds run in their own process, as before


# The server runs isolated (-I: no PYTHON* variables, no current directory
# on sys.path, where a user's signal.py would shadow the standard one) and
# imports the very gominic its client runs, found first on sys.path.
SERVER_MAIN = "import sys; sys.path.insert(0, sys.argv.pop(1)); from gominic.server.serve import main; main()"


def package_root() -> str:
    """The directory holding this gominic package."""
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def inherited_fds() -> list[int]:
    """This process's files above 2 that a new program would inherit."""
    fds = []
    for name in os.listdir("/proc/self/fd") if os.path.isdir("/proc/self/fd") else []:
        fd = int(name)
        try:
            if fd > 2 and os.get_inheritable(fd):
                fds.append(fd)
        except OSError:
            pass  # the listing's own fd, closed by now
    return fds
