// The tests of package calc: passing, failing, skipped, parallel, sub- and
// table tests, a helper, a benchmark and TestMain.
package calc

import (
	"fmt"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	fmt.Println("setup")
	code := m.Run()
	fmt.Println("teardown")
	os.Exit(code)
}

func TestAdd(t *testing.T) {
	if got := Add(2, 3); got != 5 {
		t.Errorf("Add(2, 3) = %d, want 5", got)
	}
	t.Log("added")
}

func TestDouble(t *testing.T) {
	tests := []struct {
		name string
		in   int
		want int
	}{
		{"zero", 0, 0},
		{"one", 1, 2},
		{"wrong", 3, 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := double(tt.in); got != tt.want {
				t.Errorf("double(%d) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}

func TestSkip(t *testing.T) {
	t.Skip("not today")
}

func TestCleanup(t *testing.T) {
	t.Cleanup(func() { t.Log("cleaned up") })
	t.Log("body")
}

func TestFatal(t *testing.T) {
	t.Fatalf("stop at %d", 1)
	t.Log("never")
}

func TestParallel(t *testing.T) {
	t.Run("a", func(t *testing.T) {
		t.Parallel()
		t.Log("in a")
	})
	t.Run("b", func(t *testing.T) {
		t.Log("in b")
	})
}

func TestTopParallel(t *testing.T) {
	t.Parallel()
	t.Log("resumed")
}

func helper(t *testing.T) {
	t.Helper()
	t.Error("from helper")
}

func TestHelper(t *testing.T) {
	helper(t)
}

func BenchmarkAdd(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Add(i, i)
	}
}

func FuzzDouble(f *testing.F) {
	f.Add(1)
	f.Add(4)
	f.Fuzz(func(t *testing.T, n int) {
		if double(n) != n+n {
			t.Errorf("double(%d) = %d", n, double(n))
		}
	})
}
