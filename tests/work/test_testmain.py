"""Unit tests of testmain.py: which functions of a test file go test runs,
an example's expected output, and the generated test main."""

import pytest

from gominic.work.testmain import TestFuncs, generate_testmain, is_test_name, scan_test_file

SRC = '''package p

import "testing"

func TestMain(m *testing.M) { m.Run() }

func TestA(t *testing.T) {}
func Testify(t *testing.T) {}
func Test_b(t *testing.T) {}
func TestWrong(x int) {}
func (s S) TestMethod(t *testing.T) {}
func BenchmarkB(b *testing.B) {}
func FuzzF(f *testing.F) {}

func ExampleA() {
	fmt.Println("a")
	// Output: a
}

func ExampleB() {
	// Unordered output:
	// 2
	//   1
}

func ExampleNoOutput() {
	// Just a comment.
}

func Example_empty() {
	// Output:
}

func ExampleLast() {
	// Output: not last

	// A final comment.
}
'''


@pytest.mark.parametrize("name, prefix, want", [
    ("Test", "Test", True), ("TestA", "Test", True), ("Test_b", "Test", True), ("Testify", "Test", False),
    ("Example", "Example", True), ("Exampleb", "Example", False), ("TestÄ", "Test", True),
])
def test_is_test_name(name, prefix, want):
    assert is_test_name(name, prefix) is want


def test_scan_test_file():
    funcs = TestFuncs()
    scan_test_file(SRC, "_test", funcs)
    assert funcs.test_main == "_test"
    assert funcs.tests == [("TestA", "_test"), ("Test_b", "_test")]
    assert funcs.benchmarks == [("BenchmarkB", "_test")]
    assert funcs.fuzz_targets == [("FuzzF", "_test")]
    assert [(e.name, e.output, e.unordered) for e in funcs.examples] == [
        ("ExampleA", "a\n", False), ("ExampleB", "2\n  1\n", True), ("Example_empty", "", False)]


def test_generated_main_imports_only_what_it_uses():
    funcs = TestFuncs()
    scan_test_file(SRC, "_xtest", funcs)
    funcs.test_main = ""
    main = generate_testmain("example/p", funcs, True)
    assert '\t_ "example/p"\n\t_xtest "example/p_test"\n' in main
    assert '{"ExampleB", _xtest.ExampleB, "2\\n  1\\n", true},' in main
    assert '{"FuzzF", _xtest.FuzzF},' in main
    assert "os.Exit(m.Run())" in main
