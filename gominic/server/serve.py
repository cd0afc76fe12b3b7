"""This module implements the build server's process (see __init__.py):

    python -I -c "...; main()" GOMINIC_PARENT_DIR SOCKET   (client.start_server)

It takes the lock beside SOCKET (a second server for the same socket exits
at once), loads everything a build loads, then listens, forking one child
per request. The loop waits on three kinds of event: a client connecting;
SIGCHLD (through a wake-up socket), when a child's exit status is sent to
its client; and a client's connection closing before its child ended,
which means the client was killed: its child's process group is killed
too (the compile pool and a ``gominic run`` program are in that group).
"""

from __future__ import annotations

import fcntl
import gc
import os
import selectors
import signal
import socket
import struct
import sys
import time

from gominic.server import IDLE_SECONDS
from gominic.server.protocol import (EXITED, REFUSED, STARTED, STDIO, lock_path, receive_request,
                                     send_reply)

# A client has this long to send its request once connected.
REQUEST_SECONDS = 10.0
# How often an idle server checks that its socket is still its own: the
# build cache may be removed (gominic clean -cache, rm -r).
CHECK_SECONDS = 60.0
PEERCRED = struct.Struct("3i")  # struct ucred: pid, uid, gid
REQUEST_KEYS = {"argv", "cwd", "environ", "umask", "stdio", "limits", "nice", "affinity"}


def main() -> None:
    sock_path = sys.argv[1]
    os.chdir("/")  # hold no directory of the user's
    lock = os.open(lock_path(sock_path), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return  # a server for this socket is running or starting
    fingerprint = sources_fingerprint()  # before loading: a later edit is seen as a change
    preload()
    Server(sock_path, fingerprint, lock).serve()


def sources_fingerprint() -> list[tuple[str, int, int, int]]:
    """The stamps of gominic's sources (path, mtime, size, inode): the
    server serves only the gominic it loaded."""
    import gominic

    stamps = []
    top = os.path.dirname(os.path.abspath(gominic.__file__))
    for dir, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(files):
            if name.endswith((".py", ".lark")):
                path = os.path.join(dir, name)
                try:
                    st = os.stat(path)
                except OSError:
                    continue
                stamps.append((path, st.st_mtime_ns, st.st_size, st.st_ino))
    return stamps


def preload() -> None:
    """Load what every build would: the commands, the compiler with Lark's
    tables, LLVM's target machines, the linker, the hashes naming the
    compiler and the linker in cache keys, the linker's object index
    (objcache.py: entries are named by content, so a build finds in it only
    what it would read from the cache) and the snapshot of the last link's
    imports. Nothing here depends on the client (its directory, environment
    or files)."""
    import importlib

    from gominic.cli.main import commands
    from gominic.compile.backend import target_machine
    from gominic.work.cache import compiler_id, linker_id
    from gominic.link.objcache import preload_entries
    from gominic.work.driver import import_compiler_and_linker
    from gominic.work.env import cache_dir

    # the compile pool (a cold build's), gominic run's, the pool's lifeline
    for module in ("concurrent.futures.process", "subprocess", "tempfile", "gominic.work.lifeline"):
        importlib.import_module(module)
    commands()
    import_compiler_and_linker()
    preload_entries(cache_dir() / "objindex")
    target_machine(0)
    target_machine(2)
    compiler_id()
    linker_id()
    refresh_snapshot()


def refresh_snapshot() -> None:
    """Load the imports of the last link (link/snapshot.py), for the builds
    forked from now on. What is loaded now stays: moved out of the
    collector's sight, its pages are never touched by a child's collection
    (copy-on-write)."""
    from gominic.link.main import gc_paused
    from gominic.link.objcache import ObjectIndex
    from gominic.link.snapshot import make_snapshot
    from gominic.work.cache import linker_id
    from gominic.work.env import cache_dir

    with gc_paused():
        make_snapshot(ObjectIndex(cache_dir() / "objindex", linker_id()))
    gc.collect()
    gc.freeze()


class Server:
    def __init__(self, sock_path: str, fingerprint: list, lock: int):
        self.sock_path = sock_path
        self.fingerprint = fingerprint
        self.lock = lock
        self.selector = selectors.DefaultSelector()
        self.children: dict[int, socket.socket] = {}  # pid -> its client's connection
        self.listener: socket.socket | None = None
        self.identity: tuple[int, int] | None = None
        self.last_build = time.monotonic()
        self.snapshot_stale = False  # a build ended since the last refresh_snapshot

    def serve(self) -> None:
        wakeup_r, wakeup_w = socket.socketpair()
        wakeup_r.setblocking(False)
        wakeup_w.setblocking(False)
        self.wakeup = (wakeup_r, wakeup_w)
        signal.set_wakeup_fd(wakeup_w.fileno())
        signal.signal(signal.SIGCHLD, lambda signum, frame: None)
        self.selector.register(wakeup_r, selectors.EVENT_READ, "wakeup")
        self.listen()
        while self.listener is not None or self.children:
            for key, _ in self.selector.select(timeout=CHECK_SECONDS):
                if key.data == "accept":
                    self.accept()
                elif key.data == "wakeup":
                    while True:
                        try:
                            if not wakeup_r.recv(4096):
                                break
                        except BlockingIOError:
                            break
                    self.reap()
                else:
                    self.client_gone(key.data)
            self.reap()  # a SIGCHLD may have come before the handler's first wake-up
            if self.snapshot_stale and not self.children and self.listener is not None:
                self.snapshot_stale = False
                refresh_snapshot()  # between builds, never while one waits on the server
            if self.listener is not None and not self.children and (
                    time.monotonic() - self.last_build > IDLE_SECONDS or not self.still_ours()):
                self.stop_listening()

    def listen(self) -> None:
        try:
            os.unlink(self.sock_path)  # left by a server that died: the lock says none runs
        except FileNotFoundError:
            pass
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        umask = os.umask(0o177)  # the socket is its user's alone (SO_PEERCRED checks too)
        try:
            listener.bind(self.sock_path)
        finally:
            os.umask(umask)
        listener.listen(64)
        st = os.stat(self.sock_path)
        self.identity = (st.st_dev, st.st_ino)
        self.listener = listener
        self.selector.register(listener, selectors.EVENT_READ, "accept")

    def still_ours(self) -> bool:
        try:
            st = os.stat(self.sock_path)
        except OSError:
            return False
        return (st.st_dev, st.st_ino) == self.identity

    def stop_listening(self) -> None:
        """Take no more builds; the loop ends when the running ones have."""
        self.selector.unregister(self.listener)
        self.listener.close()
        self.listener = None
        if self.still_ours():
            os.unlink(self.sock_path)
        os.close(self.lock)  # a new server may start while the running builds end
        self.lock = -1

    def accept(self) -> None:
        if self.listener is None:
            return  # stopped by an earlier request of the same wake-up
        try:
            conn, _ = self.listener.accept()
        except OSError:
            return
        try:
            _, uid, _ = PEERCRED.unpack(conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, PEERCRED.size))
            if uid != os.getuid():
                raise ValueError("another user")
            conn.settimeout(REQUEST_SECONDS)
            request, fds = receive_request(conn, len(STDIO))
            conn.settimeout(None)
        except (OSError, ValueError):
            conn.close()
            return
        if request.get("stop") or len(fds) != len(STDIO) or self.fingerprint != sources_fingerprint():
            for fd in fds:
                os.close(fd)
            self.refuse(conn)
            self.stop_listening()  # asked to, or gominic changed: a new server will load the new one
            return
        if not REQUEST_KEYS <= request.keys() or not can_take_over(request):
            for fd in fds:
                os.close(fd)
            self.refuse(conn)
            return
        self.start_child(conn, request, fds)

    def refuse(self, conn: socket.socket) -> None:
        try:
            send_reply(conn, REFUSED, 0)
        except OSError:
            pass
        conn.close()

    def start_child(self, conn: socket.socket, request: dict, fds: list[int]) -> None:
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            self.become_child()
            run_request(conn, request, fds)  # does not return
        try:
            os.setpgid(pid, pid)  # as the child does: set before the client may signal it
        except OSError:
            pass  # the child is in its group already, or gone (reap() reports it)
        for fd in fds:
            os.close(fd)
        self.last_build = time.monotonic()
        self.children[pid] = conn
        self.selector.register(conn, selectors.EVENT_READ, pid)

    def become_child(self) -> None:
        """In a child: drop the server's signal handling and files (without
        touching the selector, whose epoll instance the server shares)."""
        from gominic.work.lifeline import die_with_parent

        os.setpgid(0, 0)
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        die_with_parent()  # a server killed outright takes its builds with it: their clients build again
        for s in (*self.wakeup, *self.children.values(), *([self.listener] if self.listener else [])):
            s.close()
        if self.lock >= 0:
            os.close(self.lock)

    def client_gone(self, pid: int) -> None:
        """The client of a running child closed its connection, or wrote
        what it should not: it was killed, so is its build."""
        conn = self.children.get(pid)
        if conn is None:
            return
        self.selector.unregister(conn)
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            pass
        # the child stays in children until reaped

    def reap(self) -> None:
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            conn = self.children.pop(pid, None)
            if conn is None:
                continue
            self.snapshot_stale = True
            try:
                self.selector.unregister(conn)
            except KeyError:
                pass  # client_gone unregistered it
            try:
                send_reply(conn, EXITED, os.waitstatus_to_exitcode(status))
            except OSError:
                pass
            conn.close()


def can_take_over(request: dict) -> bool:
    """Whether a child can take the client's resource limits and priority:
    an unprivileged process may lower them, never raise them above its own
    (a client started with a higher ``ulimit`` than the server's is built
    by itself)."""
    import resource

    if os.geteuid() == 0:
        return True
    for name, (soft, hard) in request["limits"].items():
        own_hard = resource.getrlimit(getattr(resource, name))[1]
        if own_hard != resource.RLIM_INFINITY and (hard == resource.RLIM_INFINITY or hard > own_hard):
            return False
    return request["nice"] >= os.getpriority(os.PRIO_PROCESS, 0)


def take_limits(request: dict) -> None:
    """The client's resource limits, priority and CPUs (can_take_over)."""
    import resource

    for name, limits in request["limits"].items():
        resource.setrlimit(getattr(resource, name), limits)
    os.setpriority(os.PRIO_PROCESS, 0, request["nice"])
    os.sched_setaffinity(0, request["affinity"])


def run_request(conn: socket.socket, request: dict, fds: list[int]) -> None:
    """In the child: become the client's process (its files, directory,
    environment, umask and command line) and run its command as
    ``gominic`` would; send the exit status and exit. The child tells
    the client its pid before it does anything the client could see: a
    client told nothing knows that no child ran its command."""
    try:
        send_reply(conn, STARTED, os.getpid())
    except OSError:
        os._exit(2)  # the client is gone
    status = 2
    try:
        for fd, target in zip(fds, STDIO):
            os.dup2(fd, target)
            os.close(fd)
        take_limits(request)
        os.chdir(request["cwd"])
        os.umask(request["umask"])
        os.environ.clear()
        os.environb.update(request["environ"])
        sys.argv = list(request["argv"])
        adopt_stdio(request["stdio"])
        import tempfile

        tempfile.tempdir = None  # found again from TMPDIR

        from gominic.cli.main import flush_stdio, run_command
        from gominic.work import phases

        phases.ON_SERVER = True

        gc.disable()  # as main() does for a build
        try:
            status = run_command(sys.argv[1:])
        except SystemExit as e:
            status = e.code if isinstance(e.code, int) else 1
        import atexit

        atexit._run_exitfuncs()
        flush_stdio()
    except BaseException as e:  # the child must never return into the server's loop
        try:
            os.write(2, f"gominic: build server: {e!r}\n".encode())
        except OSError:
            pass
    try:
        send_reply(conn, EXITED, status)
    except OSError:
        pass
    os._exit(status)


def adopt_stdio(specs: list) -> None:
    """sys.stdin, stdout and stderr as the client's Python made them over
    the same fds: encoding, error handler and buffering, so the bytes
    written are the same."""
    import io

    streams = []
    for fd, (encoding, errors, line_buffering, write_through) in zip(STDIO, specs):
        raw = io.FileIO(fd, "r" if fd == 0 else "w", closefd=False)
        buffered = io.BufferedReader(raw) if fd == 0 else io.BufferedWriter(raw)
        streams.append(io.TextIOWrapper(buffered, encoding=encoding, errors=errors,
                                        line_buffering=line_buffering, write_through=write_through))
    sys.stdin, sys.stdout, sys.stderr = streams
    sys.__stdin__, sys.__stdout__, sys.__stderr__ = streams
