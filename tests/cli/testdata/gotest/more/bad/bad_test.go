// A test file that does not compile: go test reports "[build failed]".
package bad

import "testing"

func TestF(t *testing.T) { t.Log(y) }
