"""This module implements the lifeline of the compile pool's processes: each
dies with the process that started it.

A build killed outright (SIGKILL, or a crash) cannot stop its helpers, and
the pool's fork server and idle workers would wait for work for minutes,
holding hundreds of megabytes. Linux's PR_SET_PDEATHSIG asks the kernel
to kill a process when its parent dies. The fork server, which the build
starts, sets it when it imports this module (it is in the server's preload
list, and SERVER_ENV in its environment, see builder.process_pool); each worker, forked by the server, sets it
in the pool's initializer. With both gone, multiprocessing's resource
tracker sees its pipe close and exits too.
"""

from __future__ import annotations

import ctypes
import os
import signal

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def die_with_parent() -> None:
    """Have the kernel kill this process when its parent dies; exit now if
    the parent died already (before the request could be made)."""
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return  # not Linux: the helpers outlive a killed build, as before
    if os.getppid() != parent:
        os._exit(1)


# The fork server imports this module with this variable set in its
# environment; the build itself imports it too, and must not die with its shell.
SERVER_ENV = "GOMINIC_POOL_SERVER"
if os.environ.get(SERVER_ENV):
    die_with_parent()
