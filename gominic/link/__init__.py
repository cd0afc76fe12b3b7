"""The linker: package archives in, one static x86-64 ELF executable out.

Phases, one module each, run in order by ``main.link``: loader, deadcode,
layout, relocate, elf.  ``nm`` lists the symbols of our executables and
archives.
"""

from gominic.link.errors import LinkError
from gominic.link.main import LinkConfig, LinkResult, link, parse_ldflags

__all__ = ["LinkConfig", "LinkError", "LinkResult", "link", "parse_ldflags"]
