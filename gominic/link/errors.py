"""This module implements the linker's error type.

A ``LinkError`` carries one line per problem, worded as Go's linker words it
(``main.main: relocation target main.missing not defined``); the caller
prints the message and exits with status 2.
"""


class LinkError(Exception):
    """A link that cannot produce an executable."""
