// Tests a panic in a deferred call after recovering: Go prints both, the first marked [recovered].
package main

import "errors"

func main() {
	defer func() {
		r := recover()
		println("recovered:", r.(error).Error())
		panic(errors.New("second failure"))
	}()
	panic(errors.New("first failure"))
}
