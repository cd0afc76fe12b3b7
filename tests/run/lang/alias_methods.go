// Methods declared with an alias as the receiver type (type A = S;
// func (A) M()) are S's methods, also through a chain of aliases.
package main

import "fmt"

type S struct{ n int }

type A = S

type B = A

func (A) M() string { return "M" }

func (b *B) Inc() { b.n++ }

type MyInt int

type MyIntAlias = MyInt

func (mia *MyIntAlias) Get() int { return int(*mia) }

type Getter interface{ Get() int }

func main() {
	s := S{}
	s.Inc()
	fmt.Println(s.M(), s.n)
	var mi MyInt = 7
	var g Getter = &mi
	fmt.Println(g.Get())
}
