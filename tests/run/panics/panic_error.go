// Tests panic with an error value: its Error() is printed.
package main

import "errors"

func main() {
	panic(errors.New("something broke"))
}
