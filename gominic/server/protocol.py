"""What the build server's client and server say to each other, and where.

One connection carries one request. The client sends its fds 0, 1 and 2
(SCM_RIGHTS) with the first bytes of the request, a length-prefixed
marshal of a dict (marshal builds data only, never runs code; and the
server serves only its own user, checked with SO_PEERCRED):

    {"argv": [...], "cwd": "...", "environ": {...}, "umask": 0o22,
     "stdio": [(encoding, errors, line_buffering, write_through), ...],
     "limits": {RLIMIT_AS: (soft, hard), ...}, "nice": 0, "affinity": [0, 1]}

or {"stop": True}. The server answers with fixed-size replies, each a kind
byte and a signed 32-bit value:

    STARTED  pid     the child building for the client (its process group),
                     sent by the child before it runs the command
    EXITED   status  the child exited with status, >= 0;
                     or -n: it was killed by signal n
    REFUSED  0       the server will not build (gominic changed, stopping,
                     or the client's limits are above what the server may
                     give): the client builds by itself

This module is imported by every ``gominic build``: only the standard
library's cheapest modules.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import socket
import struct
import sys

STARTED, EXITED, REFUSED = b"P", b"X", b"R"
REPLY = struct.Struct("<ci")
LENGTH = struct.Struct("<Q")
STDIO = (0, 1, 2)
# The resource limits a build takes from its client (ulimit -v, -c, ...).
LIMITS = ("RLIMIT_AS", "RLIMIT_CORE", "RLIMIT_CPU", "RLIMIT_DATA", "RLIMIT_FSIZE", "RLIMIT_MEMLOCK",
          "RLIMIT_NOFILE", "RLIMIT_NPROC", "RLIMIT_STACK")
# sockaddr_un holds 108 bytes, the final NUL included.
MAX_SOCKET_PATH = 107


def socket_path(cache: str) -> str | None:
    """The socket of the server for this gominic, this Python and this
    user, in the build cache; None when the path is too long for a socket.
    A gominic installed elsewhere, or run by another Python, has its own."""
    h = hashlib.sha256()
    package_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for part in (package_dir, sys.executable, sys.version, str(os.getuid())):
        h.update(part.encode("utf-8", "surrogateescape") + b"\0")
    path = os.path.join(cache, f"server-{h.hexdigest()[:16]}.sock")
    return path if len(os.fsencode(path)) <= MAX_SOCKET_PATH else None


def lock_path(sock: str) -> str:
    """The file the running server holds locked (flock): one server per socket."""
    return sock.removesuffix(".sock") + ".lock"


def send_request(conn: socket.socket, request: dict, fds: tuple[int, ...] = ()) -> None:
    data = marshal.dumps(request)
    message = LENGTH.pack(len(data)) + data
    sent = socket.send_fds(conn, [message], list(fds)) if fds else conn.send(message)
    if sent < len(message):  # an empty send fails (EPIPE) once the server has answered and closed
        conn.sendall(message[sent:])


def receive_request(conn: socket.socket, max_fds: int) -> tuple[dict, list[int]]:
    """The request and the fds that came with it; ValueError if it is cut short."""
    data, fds, _, _ = socket.recv_fds(conn, 1 << 16, max_fds)
    try:
        while len(data) < LENGTH.size:
            data += receive_some(conn)
        (length,) = LENGTH.unpack_from(data)
        while len(data) < LENGTH.size + length:
            data += receive_some(conn)
        request = marshal.loads(data[LENGTH.size:])
        if not isinstance(request, dict):
            raise ValueError("request is not a dict")
        return request, fds
    except (ValueError, EOFError, TypeError):
        for fd in fds:
            os.close(fd)
        raise ValueError("bad request") from None


def receive_some(conn: socket.socket) -> bytes:
    chunk = conn.recv(1 << 16)
    if not chunk:
        raise ValueError("connection closed")
    return chunk


def send_reply(conn: socket.socket, kind: bytes, value: int) -> None:
    conn.sendall(REPLY.pack(kind, value))


def receive_reply(conn: socket.socket) -> tuple[bytes, int] | None:
    """The next reply, or None when the server closed the connection."""
    data = b""
    while len(data) < REPLY.size:
        try:
            chunk = conn.recv(REPLY.size - len(data))
        except ConnectionResetError:
            return None
        if not chunk:
            return None
        data += chunk
    return REPLY.unpack(data)
