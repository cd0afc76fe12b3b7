"""This module implements the ``gominic`` command: it picks the command
named by the first argument and reports the outcome the way the go command
does, in words and in exit status.

    exit 0   success
    exit 1   the build could not start: missing package, import cycle, ...
    exit 2   bad usage, or a compile or link step failed; the step's output
             follows a "# <import path>" line

A bug in gominic itself (an unexpected Python exception in the compiler or
the linker) is reported as Go reports its own: "internal compiler error"
and a plea for a bug report, exit 2. The traceback is shown only when
GOMINIC_DEBUG=1, so a user's mistake never ends in a Python traceback.

Commands import the compiler only when they run, so ``gominic version``
and ``gominic help`` start without loading LLVM or Lark. A build that its
no-op record shows up to date (gominic/work/stamps.py) imports even less:
the commands themselves are loaded only when that check fails. A build
or run that is not a no-op goes to the build server (gominic/server),
which has all of that loaded already.
"""

from __future__ import annotations

import gc
import os
import sys

TYPE_CHECKING = False  # typing's constant, without the start-up cost of importing typing
if TYPE_CHECKING:  # the build package is imported only when a build runs
    from gominic.work.errors import ActionError
    from gominic.cli.base import Command


def main(argv: list[str] | None = None) -> None:
    """The console entry point: run the command, exit with its status."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] in (["build"], ["run"]):
        # A build is a short process whose objects (modules, export data,
        # ASTs, the linker's tables) stay live until it exits: the compiler
        # and the linker already pause the cyclic collector, and pausing it
        # for the whole command also saves its passes over the imports and
        # the build graph (about 8% of a warm build's CPU time).
        gc.disable()
    if args[:1] == ["build"] and build_up_to_date(args[1:]):
        sys.exit(0)
    if args[:1] in (["build"], ["run"]):
        exit_now(run_served(args))
    exit_now(run_command(args))


def run_served(args: list[str]) -> int:
    """Run a build or run command on the build server (gominic/server),
    when one is running; else here, and start one for the next command."""
    from gominic.server import client

    if not client.enabled() or (sock := client.server_socket()) is None:
        return run_command(args)
    status = client.run_on_server(args, sock)
    if status is None:
        status = run_command(args)
        client.start_server(sock)
    return status


def exit_now(status: int) -> None:
    """Exit with status, skipping the interpreter's teardown: freeing the
    compiler's and the linker's objects one by one costs a warm build some
    50 ms of CPU (a tenth of it) for nothing. Every file gominic writes is
    closed by now; the exit functions still run and the standard streams
    are flushed, as a normal exit would."""
    import atexit

    atexit._run_exitfuncs()
    flush_stdio()
    os._exit(status)


def flush_stdio() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # a closed pipe or stream: nothing more can be said on it


def build_up_to_date(args: list[str]) -> bool:
    """Whether ``gominic build args`` would find nothing to do, by its
    no-op record alone."""
    from gominic.work.env import cache_path
    from gominic.work.stamps import up_to_date

    return up_to_date(cache_path(), args)


def commands() -> dict[str, Command]:
    """The commands by name, in the order ``gominic help`` lists them."""
    from gominic.cli.buildcmd import BUILD
    from gominic.cli.clean import CLEAN
    from gominic.cli.envcmd import ENV
    from gominic.cli.run import RUN
    from gominic.cli.testcmd import TEST
    from gominic.cli.tool import TOOL
    from gominic.cli.version import VERSION

    return {c.name: c for c in (BUILD, CLEAN, ENV, RUN, TEST, TOOL, VERSION)}


def run_command(args: list[str]) -> int:
    """Run the command args name and return the exit status."""
    from gominic.work.errors import ActionError, BuildError, BuildFailed
    from gominic.cli.base import BUG_REPORT, UsageError, debugging

    try:
        return dispatch(args)
    except UsageError as e:
        eprint(f"{e}\n{e.command.usage()}")
        return 2
    except BuildError as e:
        eprint(str(e))
        return 1
    except BuildFailed as e:
        for failure in e.failures:
            report_failure(failure)
        return 2
    except ActionError as e:
        report_failure(e)
        return 2
    except KeyboardInterrupt:
        return 130  # 128 + SIGINT, as a shell reports an interrupted command
    except BrokenPipeError:
        # The reader of the output went away (gominic tool objdump ... | head):
        # end quietly, as a Go tool killed by SIGPIPE does.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE
    except Exception as e:
        if debugging():
            raise
        eprint(f"gominic: internal error: {e}\n{BUG_REPORT}")
        return 2


def dispatch(args: list[str]) -> int:
    """Find the command and run it; handle help and unknown commands."""
    if not args:
        eprint(usage_text())
        return 2
    name, rest = args[0], args[1:]
    if name in ("help", "-h", "-help", "--help"):
        return run_help(rest)
    command = commands().get(name)
    if command is None:
        eprint(f"gominic {name}: unknown command\nRun 'gominic help' for usage.")
        return 2
    if rest[:1] in (["-h"], ["-help"], ["--help"]):
        eprint(command.usage())
        return 2
    return command.run(command, rest)


def run_help(topics: list[str]) -> int:
    """gominic help [command]"""
    if not topics:
        print(usage_text())
        return 0
    if topics == ["stdlib"]:
        print(stdlib_text())
        return 0
    from gominic.cli.tool import tool_command

    command = commands().get(topics[0])
    if topics[0] == "tool" and len(topics) > 1:
        command = tool_command(topics[1])
    if command is None or len(topics) > 2 or (len(topics) == 2 and topics[0] != "tool"):
        eprint(f"gominic help {' '.join(topics)}: unknown help topic. Run 'gominic help'.")
        return 2
    flags, _ = command.parse_flags([])
    print(f"usage: gominic {command.usage_line}\n\n{command.long}")
    if flags.flags:
        print(f"\nFlags:\n{flags.defaults()}")
    return 0


def usage_text() -> str:
    lines = [
        "gominic is a mini Go toolchain: it compiles a subset of Go to static",
        "linux/amd64 executables through LLVM, with its own linker.",
        "",
        "Usage:",
        "",
        "\tgominic <command> [arguments]",
        "",
        "The commands are:",
        "",
    ]
    lines += [f"\t{c.name:<11} {c.short}" for c in commands().values()]
    lines += ["", "Use \"gominic help <command>\" for more information about a command.",
              "Use \"gominic help stdlib\" for the standard packages gominic ships."]
    return "\n".join(lines)


# Standard packages gominic ships in part, with what the part is (their
# doc comments say the same).
PARTIAL_PACKAGES = {
    "net": "TCP, UDP and Unix sockets, addresses, Pipe: names from /etc/hosts only (no DNS), no IPConn, no Interfaces",
    "net/http": "HTTP/1.1 client and server: no TLS, HTTP/2 or proxies",
}


def stdlib_text() -> str:
    """gominic help stdlib: the standard packages a program can import."""
    from gominic.work.env import gominic_root
    from gominic.work.load import stdlib_packages

    lines = [
        "gominic ships its own standard library, written in Go: a program may",
        "import these packages (a package not listed is not available yet):",
        "",
    ]
    lines += [f"\t{p:<20} {PARTIAL_PACKAGES[p]}" if p in PARTIAL_PACKAGES else f"\t{p}"
              for p in stdlib_packages(gominic_root())]
    return "\n".join(lines)


def report_failure(failure: ActionError) -> None:
    """Print a failed step as go build does: "# <import path>", its output."""
    from gominic.work.errors import InternalError
    from gominic.cli.base import BUG_REPORT, debugging

    eprint(str(failure))
    if isinstance(failure, InternalError):
        eprint("")
        eprint(failure.traceback if debugging() else f"{BUG_REPORT}\n(GOMINIC_DEBUG=1 shows the traceback)")


def eprint(text: str) -> None:
    print(text, file=sys.stderr)
