"""The build server: a gominic kept warm between builds, as Bazel's and
Gradle's daemons are.

Half of a warm build's time is start-up: Python itself, then the imports
of the compiler, Lark's tables and LLVM. The build server pays that once.
It is a process that has imported everything a build needs and waits on a
Unix socket in the build cache; ``gominic build`` and ``gominic run`` are
then clients (client.py) that hand it their command and wait:

    client                          server (serve.py)
    ------                          ------
    connect to the socket    --->   accept; check that gominic's sources
    send argv, cwd, environ,        are those it loaded (else refuse and
    umask, and fds 0, 1, 2          exit: a changed gominic)
                                    fork a child:
                             <---     its pid, before all else
    forward Ctrl-C, SIGTERM, ...      the child takes the client's cwd,
    to the child's group              environ, umask and fds 0, 1, 2, runs
                                      the command as ``gominic`` would
                             <---   the child's exit status (or signal)
    exit with it

One child per build: builds run side by side (as separate processes do),
a crash ends only its child, and nothing a build does stays in the server.
The server never builds itself, and holds none of its clients' files past
the fork, so it can never keep a caller's pipe open.

What the user sees: nothing, except that builds start faster. The first
build runs in its own process, as without a server, and starts the server
on its way out; the server stops after IDLE_SECONDS without a build, on
``gominic clean``, when the build cache is removed, and when gominic's
sources change. ``GOMINICSERVER=off`` turns it off. Whenever the server
cannot take a build (not running, refusing, or gone before a child took
the build) the client builds in its own process: the output, exit status
and files written are the same either way. Once a child took it, the
build is the child's alone, whatever befalls it: never run twice.
"""

IDLE_SECONDS = 15 * 60
