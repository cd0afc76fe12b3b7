"""Unit tests of the NFC table generator (tools/nfcdata.py)."""

import sys
import unicodedata
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import nfcdata  # noqa: E402


def triples(values: list[int]) -> list[tuple[int, ...]]:
    return [tuple(values[i:i + 3]) for i in range(0, len(values), 3)]


def test_decompositions_are_canonical_one_level_and_leave_hangul_out():
    table, noncomposing = nfcdata.decompositions()
    entries = {c: (a, b) for c, a, b in triples(table)}
    assert entries[0xE9] == (0x65, 0x301)  # é = e + acute
    assert entries[0x1E69] == (0x1E63, 0x307)  # ṩ: one level, ṣ then dot above
    assert entries[0x212B] == (0xC5, 0)  # the Angstrom sign is a singleton
    assert 0xFB01 not in entries  # ﬁ decomposes for compatibility only
    assert 0xAC00 not in entries  # Hangul is computed
    # क़ (U+0958) is excluded from composition; é is not.
    assert 0x958 in noncomposing and 0xE9 not in noncomposing


def test_combining_classes_are_runs_of_one_class():
    runs = triples(nfcdata.combining_classes())
    assert (0x300, 0x314, 230) in runs
    assert all(lo <= hi and ccc != 0 for lo, hi, ccc in runs)
    assert all(a[1] < b[0] for a, b in zip(runs, runs[1:]))


def test_the_go_source_spells_runes_as_escapes():
    assert nfcdata.go_string([0x41, 0x301, 0x1D15E, 0]) == '"\\u0041\\u0301\\U0001d15e\\u0000"'


@pytest.mark.skipif(unicodedata.unidata_version not in nfcdata.OUTPUT.read_text(),
                    reason="this Python's Unicode version differs from the committed tables'")
def test_the_committed_tables_are_the_generators_output():
    assert nfcdata.OUTPUT.read_text() == nfcdata.generate()
