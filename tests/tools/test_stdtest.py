"""Unit tests of make stdtest's bookkeeping (stdtest/run.py): a test of
Go's own tree or internals is set apart with its reason, never counted as
passed nor as one of our failures."""

from stdtest.run import GO_INTERNALS, Result, record


def events(*pairs: tuple[str, str]) -> list[dict]:
    return [{"Action": action, "Test": test} for test, action in pairs]


def test_a_failing_test_of_go_internals_is_set_apart():
    r = Result("os")
    record(events(("TestFileReadDir", "run"), ("TestFileReadDir", "fail"),
                  ("TestChdir", "run"), ("TestChdir", "fail")), r)
    assert r.failed == {"TestChdir": "failed"}
    assert r.internals == {"TestFileReadDir": GO_INTERNALS["os"]["TestFileReadDir"]}
    assert not r.passed


def test_a_passing_test_of_go_internals_counts_as_passed():
    r = Result("os")
    record(events(("TestFileReadDir", "run"), ("TestFileReadDir", "pass")), r)
    assert r.passed == {"TestFileReadDir"} and not r.internals


def test_an_unbuilt_file_of_go_internals_is_set_apart():
    r = Result("encoding/gob")
    r.not_build("codec_test.go", ["TestUintCodec"], "undefined: newEncoderState")
    r.not_build("encoder_test.go", ["TestEncoderDecoder"], "undefined: x")
    assert r.internals == {"TestUintCodec": "codec_test.go: " + GO_INTERNALS["encoding/gob"]["codec_test.go"]}
    assert r.not_built == {"TestEncoderDecoder": "encoder_test.go: undefined: x"}
