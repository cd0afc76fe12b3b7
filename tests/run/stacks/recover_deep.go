// A panic deep in a recursion, recovered near its start: execution resumes
// on an older stack segment, and the stack grows again afterwards.
package main

import "fmt"

func dive(n int) int {
	if n == 0 {
		panic(fmt.Sprintf("bottom"))
	}
	return dive(n-1) + 1
}

func try(n int) (r string) {
	defer func() {
		r = fmt.Sprint(recover())
	}()
	dive(n)
	return "no panic"
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(try(300000))
	}
	done := make(chan string)
	go func() { done <- try(100000) }()
	fmt.Println(<-done)
}
