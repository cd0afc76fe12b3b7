// Package atomic provides atomic memory operations: loads, stores,
// additions, swaps and compare-and-swaps that no other goroutine can
// observe half done.
//
// gominic runs all goroutines on one thread and switches only where a
// goroutine blocks (runtime/sched.go); none of these functions blocks, so
// ordinary loads and stores are already atomic with respect to every other
// goroutine. (With threads they would compile to LOCK-prefixed x86
// instructions.)
package atomic
