"""Package archives (ar files of __.PKGDEF + ELF objects) and ELF reading.

``archive`` writes and reads package archives; ``elffile`` decodes the ELF
objects inside them (and the executables the linker writes).
"""

from gominic.obj.archive import Member, ObjError, Package, read_archive, read_package, write_archive

__all__ = ["Member", "ObjError", "Package", "read_archive", "read_package", "write_archive"]
