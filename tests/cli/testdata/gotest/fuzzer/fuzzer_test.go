package fuzzer

import "testing"

func FuzzReverse(f *testing.F) {
	f.Add("hello")
	f.Fuzz(func(t *testing.T, s string) {
		if Reverse(Reverse(s)) != s {
			t.Errorf("Reverse(Reverse(%q)) = %q", s, Reverse(Reverse(s)))
		}
	})
}

// FuzzBytes fails on every input but its seed and the empty one: any
// mutant is a crasher, and minimizing makes it "0" (as Go does) whatever
// it was. (Were the empty input a crasher, "aaa", whose every one-byte cut
// passes, would be cut to it whole.)
func FuzzBytes(f *testing.F) {
	f.Add([]byte("aa"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > 0 && string(b) != "aa" {
			t.Errorf("input %q is not aa", b)
		}
	})
}

// FuzzNumbers fails on every input but its seed, whose values cover
// the corpus file's encodings of numbers and bools.
func FuzzNumbers(f *testing.F) {
	f.Add(int64(-50), uint8(1), 'x', float32(1.5), true)
	f.Fuzz(func(t *testing.T, n int64, u uint8, r rune, x float32, b bool) {
		if n != -50 || u != 1 || r != 'x' || x != 1.5 || !b {
			t.Fatalf("input %d %d %q %v %v", n, u, r, x, b)
		}
	})
}

func TestReverse(t *testing.T) {
	if Reverse("abc") != "cba" {
		t.Error("Reverse(abc) != cba")
	}
}
