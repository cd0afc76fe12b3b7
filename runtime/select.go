// This file implements the select statement.
//
// The compiler describes the communication cases to selectgo as an array
// of scase, in source order (the default case is not in it). selectgo works
// in three passes, as Go's runtime/select.go does:
//
//  1. Poll the cases in a random order and complete the first one that
//     needs no waiting. The random order makes the choice among ready
//     cases uniform, so no case can starve the others (Go spec, "Select
//     statements").
//  2. If none is ready: return -1 when there is a default case; otherwise
//     queue a sudog on every case's channel and park.
//  3. When woken, the sudog that fired tells the case; unlink the other,
//     now stale, sudogs from their channels.
//
// A nil channel's case is never ready. select {} (no cases) blocks forever.

package runtime

import "unsafe"

const (
	caseRecv = 0
	caseSend = 1
)

// An scase is one communication case, laid out by the compiler.
type scase struct {
	c    *hchan
	elem unsafe.Pointer // send: the value; receive: where it goes
	kind int            // caseRecv or caseSend
}

// maxStackCases bounds the poll order kept on the stack; bigger selects
// allocate it.
const maxStackCases = 64

// selectgo runs a select statement with ncases cases at cas0. It returns
// the index of the case that ran (-1: the default case) and, for a
// receive, whether a value was received (false: the channel was closed).
func selectgo(cas0 *scase, ncases int, hasDefault bool) (int, bool) {
	if ncases == 0 {
		if hasDefault {
			return -1, false
		}
		gopark(waitReasonSelectNoCases)
		throw("unreachable")
	}
	var orderbuf [maxStackCases]int
	order := orderbuf[:]
	if ncases > maxStackCases {
		order = make([]int, ncases)
	}
	order = order[:ncases]
	pollorder(order)

	// Pass 1: the first ready case in poll order.
	for _, i := range order {
		cas := selcase(cas0, i)
		if cas.c == nil {
			continue
		}
		if cas.kind == caseSend {
			if trysend(cas.c, cas.elem) {
				return i, false
			}
		} else if selected, received := tryrecv(cas.c, cas.elem); selected {
			return i, received
		}
	}
	if hasDefault {
		return -1, false
	}

	// Pass 2: wait on every channel at once.
	gp := curg
	gp.selectDone = false
	gp.param = nil
	gp.waiting = nil
	for i := ncases - 1; i >= 0; i-- {
		cas := selcase(cas0, i)
		if cas.c == nil {
			continue
		}
		sg := acquireSudog()
		sg.g = gp
		sg.isSelect = true
		sg.casei = i
		sg.elem = cas.elem
		sg.c = cas.c
		sg.waitlink = gp.waiting
		gp.waiting = sg
		if cas.kind == caseSend {
			cas.c.sendq.enqueue(sg)
		} else {
			cas.c.recvq.enqueue(sg)
		}
	}
	gopark(waitReasonSelect)

	// Pass 3: one sudog fired; forget the others.
	fired := (*sudog)(gp.param)
	gp.param = nil
	casi, success := fired.casei, fired.success
	sg := gp.waiting
	gp.waiting = nil
	for sg != nil {
		next := sg.waitlink
		if sg != fired {
			if selcase(cas0, sg.casei).kind == caseSend {
				sg.c.sendq.remove(sg)
			} else {
				sg.c.recvq.remove(sg)
			}
		}
		releaseSudog(sg)
		sg = next
	}
	if selcase(cas0, casi).kind == caseSend {
		if !success {
			gopanic(plainError("send on closed channel"))
		}
		return casi, false
	}
	return casi, success
}

// selcase returns the address of case i.
func selcase(cas0 *scase, i int) *scase {
	return (*scase)(unsafe.Add(unsafe.Pointer(cas0), uintptr(i)*unsafe.Sizeof(scase{})))
}

// pollorder fills order with a random permutation of 0..len(order)-1
// (the "inside-out" Fisher-Yates shuffle).
func pollorder(order []int) {
	for i := range order {
		j := int(fastrandn(uint32(i + 1)))
		order[i] = order[j]
		order[j] = i
	}
}

// fastrandState is the state of a xorshift generator; a fixed seed makes
// every run of a program choose the same way, which helps when debugging.
var fastrandState uint64 = 0x9E3779B97F4A7C15

// fastrandn returns a pseudo-random number in [0, n).
func fastrandn(n uint32) uint32 {
	x := fastrandState
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	fastrandState = x
	return uint32((x >> 32) * uint64(n) >> 32)
}
