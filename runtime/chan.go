// This file implements channels.
//
// An hchan holds a ring buffer of dataqsiz elements (none for an
// unbuffered channel) and two queues of waiting goroutines: senders that
// found no room and receivers that found nothing to take. A waiting
// goroutine is represented in a queue by a sudog, which records where its
// value lives (the sender's value, or the receiver's destination).
//
// Invariants (as in Go's runtime/chan.go):
//   - sendq is non-empty only when the buffer is full (or there is none);
//   - recvq is non-empty only when the buffer is empty;
//   - so at most one of the queues has waiters.
//
// That makes every operation a short case analysis:
//   - send: a waiting receiver takes the value straight from the sender
//     (direct hand-off); otherwise it goes into the buffer if there is
//     room; otherwise the sender parks on sendq.
//   - receive: a waiting sender means a full buffer (or none): take the
//     oldest value and let the sender's value take its slot, keeping FIFO
//     order; otherwise take from the buffer; otherwise a closed channel
//     gives the zero value; otherwise the receiver parks on recvq.
//   - close wakes every waiter: receivers get zero values, senders panic.
//
// Goroutines never run concurrently (sched.go), so no locks are needed:
// each operation runs to completion or parks.

package runtime

import "unsafe"

type hchan struct {
	qcount   int            // values now in the buffer
	dataqsiz int            // buffer capacity
	buf      unsafe.Pointer // the ring: dataqsiz elements
	elemsize uintptr
	elemtype *_type
	closed   bool
	sendx    int // where the next buffered send goes
	recvx    int // where the next buffered receive comes from
	recvq    waitq
	sendq    waitq
}

// A waitq is a FIFO list of waiting goroutines' sudogs.
type waitq struct {
	first *sudog
	last  *sudog
}

// A sudog is a goroutine waiting in a queue: one goroutine can wait in
// several (select), and several goroutines on one channel.
type sudog struct {
	g    *g
	next *sudog
	prev *sudog
	elem unsafe.Pointer // the value to send, where to receive, or a semaphore address
	c    *hchan         // the channel waited on (select)

	isSelect bool   // part of a select: only the first case to fire counts
	casei    int    // select: the case index
	success  bool   // woken by a completed operation, not by close
	waitlink *sudog // g.waiting list (select)
}

// sudogcache keeps released sudogs: a blocked channel operation needs one
// every time, and memory is never freed.
var sudogcache *sudog

func acquireSudog() *sudog {
	s := sudogcache
	if s == nil {
		return new(sudog)
	}
	sudogcache = s.next
	s.next = nil
	return s
}

func releaseSudog(s *sudog) {
	*s = sudog{}
	s.next = sudogcache
	sudogcache = s
}

func (q *waitq) enqueue(sgp *sudog) {
	sgp.next = nil
	sgp.prev = q.last
	if q.last == nil {
		q.first = sgp
	} else {
		q.last.next = sgp
	}
	q.last = sgp
}

// dequeue removes and returns the first sudog that can still be served.
// A goroutine in select waits in several queues at once; once one of its
// cases has fired, its other sudogs are stale (selectDone) and are dropped
// here, to be forgotten by the select when it resumes.
func (q *waitq) dequeue() *sudog {
	for {
		sgp := q.first
		if sgp == nil {
			return nil
		}
		q.remove(sgp)
		if sgp.isSelect {
			if sgp.g.selectDone {
				continue
			}
			sgp.g.selectDone = true
		}
		return sgp
	}
}

// remove unlinks sgp from q, if it is still there.
func (q *waitq) remove(sgp *sudog) {
	x, y := sgp.prev, sgp.next
	if x == nil && y == nil && q.first != sgp {
		return
	}
	if x == nil {
		q.first = y
	} else {
		x.next = y
	}
	if y == nil {
		q.last = x
	} else {
		y.prev = x
	}
	sgp.prev = nil
	sgp.next = nil
}

// makechan implements make(chan T, size); t is the channel type.
func makechan(t *_type, size int) *hchan {
	elem := t.elem()
	if size < 0 || elem.size > 0 && uintptr(size) > (1<<40)/elem.size {
		gopanic(plainError("makechan: size out of range"))
	}
	c := new(hchan)
	c.dataqsiz = size
	c.elemsize = elem.size
	c.elemtype = elem
	c.buf = mallocgc(uintptr(size)*elem.size, elem)
	return c
}

// chanbuf returns the address of buffer slot i.
func (c *hchan) chanbuf(i int) unsafe.Pointer {
	return unsafe.Add(c.buf, uintptr(i)*c.elemsize)
}

// chansend1 implements c <- *elem.
func chansend1(c *hchan, elem unsafe.Pointer) {
	if c == nil {
		gopark(waitReasonChanSendNilChan)
		throw("unreachable")
	}
	if trysend(c, elem) {
		return
	}
	gp := curg
	mysg := acquireSudog()
	mysg.g = gp
	mysg.elem = elem
	mysg.c = c
	c.sendq.enqueue(mysg)
	gopark(waitReasonChanSend)
	closed := !mysg.success
	releaseSudog(mysg)
	if closed {
		gopanic(plainError("send on closed channel"))
	}
}

// trysend sends *ep on c if that needs no waiting: to a waiting receiver,
// or into the buffer. A send on a closed channel panics.
func trysend(c *hchan, ep unsafe.Pointer) bool {
	if c.closed {
		gopanic(plainError("send on closed channel"))
	}
	if sg := c.recvq.dequeue(); sg != nil {
		send(c, sg, ep)
		return true
	}
	if c.qcount < c.dataqsiz {
		memmove(c.chanbuf(c.sendx), ep, c.elemsize)
		c.sendx = (c.sendx + 1) % c.dataqsiz
		c.qcount++
		return true
	}
	return false
}

// send hands *ep to the waiting receiver sg and wakes it.
func send(c *hchan, sg *sudog, ep unsafe.Pointer) {
	if sg.elem != nil {
		memmove(sg.elem, ep, c.elemsize)
	}
	wake(sg, true)
}

// wake readies the goroutine waiting in sg; success says whether its
// operation completed (false: the channel was closed).
func wake(sg *sudog, success bool) {
	sg.success = success
	gp := sg.g
	gp.param = unsafe.Pointer(sg)
	goready(gp)
}

// chanrecv1 implements *elem = <-c.
func chanrecv1(c *hchan, elem unsafe.Pointer) {
	chanrecv(c, elem)
}

// chanrecv2 implements *elem, ok = <-c: ok is false for the zero value a
// closed and drained channel gives.
func chanrecv2(c *hchan, elem unsafe.Pointer) bool {
	return chanrecv(c, elem)
}

func chanrecv(c *hchan, ep unsafe.Pointer) bool {
	if c == nil {
		gopark(waitReasonChanReceiveNilChan)
		throw("unreachable")
	}
	if selected, received := tryrecv(c, ep); selected {
		return received
	}
	gp := curg
	mysg := acquireSudog()
	mysg.g = gp
	mysg.elem = ep
	mysg.c = c
	c.recvq.enqueue(mysg)
	gopark(waitReasonChanReceive)
	received := mysg.success
	releaseSudog(mysg)
	return received
}

// tryrecv receives from c into *ep if that needs no waiting. selected
// reports whether it did; received is false when c is closed and empty
// (then *ep is the zero value).
func tryrecv(c *hchan, ep unsafe.Pointer) (selected, received bool) {
	if sg := c.sendq.dequeue(); sg != nil {
		recv(c, sg, ep)
		return true, true
	}
	if c.qcount > 0 {
		qp := c.chanbuf(c.recvx)
		if ep != nil {
			memmove(ep, qp, c.elemsize)
		}
		memclr(qp, 0, c.elemsize)
		c.recvx = (c.recvx + 1) % c.dataqsiz
		c.qcount--
		return true, true
	}
	if c.closed {
		if ep != nil {
			memclr(ep, 0, c.elemsize)
		}
		return true, false
	}
	return false, false
}

// recv takes a value from c, which has a waiting sender sg, and wakes the
// sender. Unbuffered: straight from the sender. Buffered (then full): the
// oldest buffered value, and the sender's value goes to the back, in the
// slot just freed.
func recv(c *hchan, sg *sudog, ep unsafe.Pointer) {
	if c.dataqsiz == 0 {
		if ep != nil {
			memmove(ep, sg.elem, c.elemsize)
		}
	} else {
		qp := c.chanbuf(c.recvx)
		if ep != nil {
			memmove(ep, qp, c.elemsize)
		}
		memmove(qp, sg.elem, c.elemsize)
		c.recvx = (c.recvx + 1) % c.dataqsiz
		c.sendx = c.recvx
	}
	wake(sg, true)
}

// closechan implements close(c): waiting receivers get zero values and
// waiting senders panic, all once they run again.
func closechan(c *hchan) {
	if c == nil {
		gopanic(plainError("close of nil channel"))
	}
	if c.closed {
		gopanic(plainError("close of closed channel"))
	}
	c.closed = true
	// Go gathers the waiters on a stack (its gList) and readies them from
	// the top: the last dequeued first, so that, each taking the next
	// turn in its turn, the first dequeued runs first and the others
	// follow from the last: r0..r3 waiting run r0, r3, r2, r1.
	var woken *sudog
	for sg := c.recvq.dequeue(); sg != nil; sg = c.recvq.dequeue() {
		if sg.elem != nil {
			memclr(sg.elem, 0, c.elemsize)
		}
		sg.next, woken = woken, sg
	}
	for sg := c.sendq.dequeue(); sg != nil; sg = c.sendq.dequeue() {
		sg.next, woken = woken, sg
	}
	for woken != nil {
		sg := woken
		woken, sg.next = sg.next, nil
		wake(sg, false)
	}
}

// chanlen implements len(c).
func chanlen(c *hchan) int {
	if c == nil {
		return 0
	}
	return c.qcount
}

// chancap implements cap(c).
func chancap(c *hchan) int {
	if c == nil {
		return 0
	}
	return c.dataqsiz
}
