"""This module implements the loaded-imports snapshot: the loader's state
after loading every package a program imports, kept by the build server
(gominic/server) so that a warm build's link loads only its main package.

A warm build (main.go edited) links the same runtime and standard library
as the build before it. Loading them (a Sym for each of some 13,000
symbols, their names resolved, their sections planned) was a third of the
link. The loader loads main last (loader.load_packages), so its state
before main is a function of the imported archives and their order alone:

    link N (no snapshot)         build server               link N+1
    --------------------         ------------               --------
    load imports, then main
    write the link set:   --->   (no build running)
    the imports' paths           load the link set's
    and archives, in order       archives: the snapshot
                                 fork the next build  --->  the same imports,
                                                            archives unchanged?
                                                            continue from the
                                                            snapshot: load main

The fork gives each build its own copy of the snapshot (copy on write),
which its link changes freely; the server's stays as it was. A link uses
the snapshot only when its imports are exactly the snapshot's, in the same
order, each archive the same file unchanged since the snapshot read it
(path, device, inode, size and modification time: the build cache replaces
an archive by renaming a new file into place, never by writing into it),
and its object index is the snapshot's (the same cache, the same linker).
Then the loads the link would make have been made, in the same order, on
the same bytes: the output is byte for byte what a link without the
snapshot writes (tests/link/test_snapshot.py). Otherwise the link loads
everything itself and writes its link set for the server's next snapshot.
"""

from __future__ import annotations

import marshal
import operator
import os
from dataclasses import dataclass

from gominic.link.errors import LinkError
from gominic.link.loader import Loader, load_imports, read_package_file
from gominic.link.objcache import FORMAT, ObjectIndex
from gominic.obj.archive import Package, write_atomically

LINK_SET = "linkset"  # in the build cache, beside the object index

Stamp = tuple[int, int, int, int] | None


@dataclass
class Snapshot:
    """The loader of a link set's packages, and what it was made from."""

    link_set: bytes  # the link set file's contents
    packages: list[Package]  # in load order
    stamps: dict[str, Stamp]  # archive -> its stamp before it was read
    loader: Loader

    def read(self, path: str, file: str) -> Package:
        """The package the snapshot holds for file if it is unchanged;
        else the archive read anew (import_order's read)."""
        for pkg in self.packages:
            if pkg.file == file and pkg.path == path and file_stamp(file) == self.stamps[file]:
                return pkg
        return read_package_file(path, file)

    def loader_for(self, imports: list[Package]) -> Loader:
        """The snapshot's loader if it holds exactly these packages, in this
        order; else a loader that loads them."""
        if len(imports) == len(self.packages) and all(map(operator.is_, imports, self.packages)):
            return self.loader
        return load_imports(imports, self.loader.index)


# The build server's snapshot (None in any other process).
SNAPSHOT: Snapshot | None = None


def take_snapshot(index: ObjectIndex | None) -> Snapshot | None:
    """The snapshot for a link with this object index, once: a link changes
    its loader, so a second link in the same process loads for itself."""
    global SNAPSHOT
    snapshot, SNAPSHOT = SNAPSHOT, None
    if snapshot is None or index is None or index.dir != snapshot.loader.index.dir \
            or index.linker_id != snapshot.loader.index.linker_id:
        return None
    return snapshot


def write_link_set(loader: Loader) -> None:
    """Record which archives the link imported (all its packages but main,
    the last), for the server's next snapshot; unless the file says so already."""
    index = loader.index
    if index.dir is None:
        return
    data = marshal.dumps((FORMAT, index.linker_id, [(pkg.path, pkg.file) for pkg in loader.packages[:-1]]))
    path = index.dir.parent / LINK_SET
    try:
        if path.read_bytes() == data:
            return
    except OSError:
        pass
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, data)
    except OSError:
        pass  # no snapshot: the next link loads everything


def make_snapshot(index: ObjectIndex) -> None:
    """In the build server, between builds: load the packages of the last
    link set written into SNAPSHOT, unless it holds them already."""
    global SNAPSHOT
    try:
        data = (index.dir.parent / LINK_SET).read_bytes()
    except OSError:
        return
    if SNAPSHOT is not None and SNAPSHOT.link_set == data:
        return
    SNAPSHOT = None
    try:
        format, linker_id, files = marshal.loads(data)
        if (format, linker_id) != (FORMAT, index.linker_id):
            return
        stamps = {file: file_stamp(file) for _, file in files}
        packages = [read_package_file(path, file) for path, file in files]
        loader = load_imports(packages, index)
        for obj in loader.objs:
            obj.dwarf  # made once for every link (its facts came with the object index)
        SNAPSHOT = Snapshot(data, packages, stamps, loader)
    except (LinkError, ValueError, TypeError, EOFError):
        return  # a link of these packages fails: it says so itself


def file_stamp(file: str) -> Stamp:
    """What tells that an archive is the same file, unchanged (None: gone)."""
    try:
        st = os.stat(file)
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns
