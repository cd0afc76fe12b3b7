// A test that panics: the panic is reported under its name.
package pan

import "testing"

func TestOK(t *testing.T) {}

func TestPanic(t *testing.T) {
	var m map[string]int
	m["a"] = 1
}
