"""The disassembler's names for addresses (gominic/tools/disasm.py)."""

from gominic.tools.disasm import Symbolizer


def test_an_address_is_named_by_the_symbol_that_spans_it():
    # runtime.text marks the start of the text, with no size, at the
    # address of the first function: a jump into that function is named
    # by the function, not left bare.
    s = Symbolizer(sorted([(0x400180, "main.last", 0x2B), (0x400180, "runtime.text", 0), (0x4001AB, "main.main", 0x40)]))
    assert s.name_at(0x400197) == "main.last+0x17"
    assert s.name_at(0x4001AB) == "main.main"
    assert s.name_at(0x4001F0) is None
