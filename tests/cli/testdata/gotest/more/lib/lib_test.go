// A passing test.
package lib

import "testing"

func TestNothing(t *testing.T) {}
