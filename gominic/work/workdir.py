"""This module implements the work directory of a build and the script of
its steps, as the go command's ``$WORK`` and ``-x``/``-n``.

Each package compiled gets a directory ``$WORK/b001/``, ``$WORK/b002/`` ...
(b001 is the package named on the command line, as in Go), holding its
importcfg and the archive the compile writes, ``_pkg_.a``, which is then
copied into the build cache. The link reads ``$WORK/b001/importcfg.link``.

With -x every step is printed as a shell command, in the order it happens;
pasted into ``sh`` the lines redo the build by hand:

    WORK=/tmp/go-build2671
    mkdir -p $WORK/b001/
    cat >$WORK/b001/importcfg << EOF
    # import config
    packagefile example/greeter=$WORK/b002/_pkg_.a
    EOF
    cd /home/u/greeter
    gominic tool compile -o $WORK/b001/_pkg_.a -p main -importcfg $WORK/b001/importcfg -pack ./main.go
    cp $WORK/b001/_pkg_.a /home/u/.cache/gominic/3f/3f..-a
    ...
    gominic tool link -o greeter -importcfg $WORK/b001/importcfg.link $WORK/b001/_pkg_.a

One difference from go's output, so that the script really runs: go
writes ``<< 'EOF'``, whose quotes stop the shell from expanding the $WORK
it shows inside; gominic writes ``<< EOF``. With -n the steps are printed
and not run (nothing is compiled, so every package that depends on one to
be compiled must be compiled too); -work prints $WORK and keeps it.
"""

from __future__ import annotations

import shlex
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from gominic.tools.importcfg import format_importcfg

WORK = "$WORK"


class Work:
    """The work directory of one build, and the printer of its steps."""

    def __init__(self, say: Callable[[str], None], *, trace: bool = False, dry_run: bool = False,
                 keep: bool = False):
        self.show = say if trace or dry_run else None  # -x or -n: where each step is printed
        self.dry_run = dry_run  # -n
        self.keep = keep  # -work
        self.dir = Path("/tmp/go-build") if dry_run else Path(tempfile.mkdtemp(prefix="go-build"))
        self.action_ids: dict[str, str] = {}  # import path -> "b001"
        self.cwd: Path | None = None  # the directory the script last cd'ed to
        self.made: set[Path] = set()  # the directories made so far
        if (keep or trace) and not dry_run:
            say(f"WORK={self.dir}")

    def number(self, import_paths: list[str]) -> None:
        """Give each package its action directory, the roots (last) first."""
        for path in reversed(import_paths):
            self.action_ids.setdefault(path, f"b{len(self.action_ids) + 1:03d}")

    def action_dir(self, import_path: str) -> Path:
        return self.dir / self.action_ids[import_path]

    def archive(self, import_path: str) -> Path:
        """Where a package's compile writes its archive."""
        return self.action_dir(import_path) / "_pkg_.a"

    def shown(self, path: Path | str) -> str:
        """A path as the script writes it: inside the work directory, $WORK/..."""
        text = str(path)
        if text.startswith(str(self.dir) + "/"):
            return WORK + text[len(str(self.dir)) :]
        return shlex.quote(text)

    def step(self, line: str) -> None:
        """Print one line of the script (with -x or -n)."""
        if self.show:
            self.show(line)

    def mkdir(self, dir: Path) -> None:
        if dir in self.made:
            return
        self.made.add(dir)
        self.step(f"mkdir -p {self.shown(dir)}/")
        if not self.dry_run:
            dir.mkdir(parents=True, exist_ok=True)

    def write_importcfg(self, file: Path, packagefiles: dict[str, Path], modinfo: str = "") -> None:
        """Write an importcfg file, printed as the here-document that writes it."""
        text = format_importcfg({path: self.shown(f) for path, f in packagefiles.items()}, modinfo)
        self.step(f"cat >{self.shown(file)} << EOF\n{text}EOF")
        if not self.dry_run:
            file.write_text(format_importcfg(packagefiles, modinfo))

    def cd(self, dir: Path) -> None:
        """Print a cd when the next command runs somewhere else."""
        if dir != self.cwd:
            self.step(f"cd {shlex.quote(str(dir))}")
            self.cwd = dir

    def run(self, cwd: Path, argv: list[str]) -> None:
        """Print a gominic command (the caller does its work in process)."""
        self.cd(cwd)
        self.step(" ".join(self.shown(a) if isinstance(a, Path) else shlex.quote(a) for a in argv))

    def copy(self, src: Path, dst: Path) -> None:
        self.step(f"cp {self.shown(src)} {self.shown(dst)}")

    def close(self, roots: list[str]) -> None:
        """Remove the work directory, unless -work keeps it."""
        if self.keep or self.dry_run:
            return
        for path in roots:
            if path in self.action_ids:
                self.step(f"rm -r {self.shown(self.action_dir(path))}/")
        shutil.rmtree(self.dir, ignore_errors=True)
