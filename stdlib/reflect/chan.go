// This file implements reflection over channels, through the runtime's
// own channel functions (runtime/chan.go, runtime/select.go): MakeChan,
// Send, Recv, their non-blocking forms, Close and Select.

package reflect

import "unsafe"

//go:linkname makechan runtime.makechan
func makechan(t *rtype, size int) unsafe.Pointer

//go:linkname chansend1 runtime.chansend1
func chansend1(c unsafe.Pointer, elem unsafe.Pointer)

//go:linkname chanrecv runtime.chanrecv
func chanrecv(c unsafe.Pointer, elem unsafe.Pointer) bool

//go:linkname trysend runtime.trysend
func trysend(c unsafe.Pointer, elem unsafe.Pointer) bool

//go:linkname tryrecv runtime.tryrecv
func tryrecv(c unsafe.Pointer, elem unsafe.Pointer) (selected, received bool)

//go:linkname closechan runtime.closechan
func closechan(c unsafe.Pointer)

//go:linkname chanlen runtime.chanlen
func chanlen(c unsafe.Pointer) int

//go:linkname chancap runtime.chancap
func chancap(c unsafe.Pointer) int

//go:linkname selectgo runtime.selectgo
func selectgo(cas0 *scase, ncases int, hasDefault bool) (int, bool)

// MakeChan creates a new channel with the specified type and buffer size.
func MakeChan(typ Type, buffer int) Value {
	if typ.Kind() != Chan {
		panic("reflect.MakeChan of non-chan type")
	}
	if buffer < 0 {
		panic("reflect.MakeChan: negative buffer size")
	}
	if typ.ChanDir() != BothDir {
		panic("reflect.MakeChan: unidirectional channel type")
	}
	box := new(unsafe.Pointer)
	*box = makechan(typ.common(), buffer)
	return Value{typ.common(), unsafe.Pointer(box), 0}
}

// mustBeChan panics unless v is a channel that may be used in direction dir.
func (v Value) mustBeChan(method string, dir ChanDir) {
	v.mustBe(method, Chan)
	v.mustBeExported(method)
	if v.typ.ChanDir()&dir == 0 {
		if dir == SendDir {
			panic("reflect: send on recv-only channel")
		}
		panic("reflect: recv on send-only channel")
	}
}

// Send sends x on the channel v.
func (v Value) Send(x Value) {
	v.mustBeChan("Send", SendDir)
	x.mustBeExported("Send")
	chansend1(v.word(), x.converted("reflect.Value.Send", v.typ.elem()))
}

// TrySend attempts to send x on the channel v without blocking.
func (v Value) TrySend(x Value) bool {
	v.mustBeChan("TrySend", SendDir)
	x.mustBeExported("TrySend")
	c := v.word()
	if c == nil {
		return false
	}
	return trysend(c, x.converted("reflect.Value.TrySend", v.typ.elem()))
}

// Recv receives a value from the channel v; ok is false if the channel
// is closed.
func (v Value) Recv() (x Value, ok bool) {
	v.mustBeChan("Recv", RecvDir)
	e := v.typ.elem()
	p := mallocgc(e.size, e)
	ok = chanrecv(v.word(), p)
	return Value{e, p, 0}, ok
}

// TryRecv attempts to receive a value from the channel v without
// blocking: the zero Value if nothing is ready.
func (v Value) TryRecv() (x Value, ok bool) {
	v.mustBeChan("TryRecv", RecvDir)
	e := v.typ.elem()
	p := mallocgc(e.size, e)
	c := v.word()
	if c == nil {
		return Value{}, false
	}
	selected, received := tryrecv(c, p)
	if !selected {
		return Value{}, false
	}
	return Value{e, p, 0}, received
}

// Close closes the channel v.
func (v Value) Close() {
	v.mustBe("Close", Chan)
	v.mustBeExported("Close")
	if v.typ.ChanDir()&SendDir == 0 {
		panic("reflect: close of receive-only channel")
	}
	closechan(v.word())
}

// A SelectDir describes the communication direction of a select case.
type SelectDir int

const (
	_             SelectDir = iota
	SelectSend              // case Chan <- Send
	SelectRecv              // case <-Chan:
	SelectDefault           // default
)

// A SelectCase describes a single case in a select operation.
type SelectCase struct {
	Dir  SelectDir // direction of case
	Chan Value     // channel to use (for send or receive)
	Send Value     // value to send (for send)
}

// scase is the runtime's description of a select case.
type scase struct {
	c    unsafe.Pointer
	elem unsafe.Pointer
	kind int
}

// Select executes a select operation described by the list of cases and
// returns the index of the chosen case and, for a receive, the value
// received and whether it came from a send (false: the channel is closed).
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool) {
	runcases := make([]scase, 0, len(cases))
	index := make([]int, 0, len(cases)) // runcases[i] is cases[index[i]]
	hasDefault := false
	defaultCase := -1
	for i, c := range cases {
		switch c.Dir {
		case SelectDefault:
			if hasDefault {
				panic("reflect.Select: multiple default cases")
			}
			hasDefault, defaultCase = true, i
			if c.Chan.IsValid() {
				panic("reflect.Select: default case has Chan value")
			}
			if c.Send.IsValid() {
				panic("reflect.Select: default case has Send value")
			}
		case SelectSend:
			if !c.Chan.IsValid() {
				continue
			}
			c.Chan.mustBeChan("Select", SendDir)
			if !c.Send.IsValid() {
				panic("reflect.Select: SendDir case missing Send value")
			}
			elem := c.Send.converted("reflect.Value.Select", c.Chan.typ.elem())
			runcases = append(runcases, scase{c.Chan.word(), elem, 1})
			index = append(index, i)
		case SelectRecv:
			if c.Send.IsValid() {
				panic("reflect.Select: RecvDir case has Send value")
			}
			if !c.Chan.IsValid() {
				continue
			}
			c.Chan.mustBeChan("Select", RecvDir)
			e := c.Chan.typ.elem()
			runcases = append(runcases, scase{c.Chan.word(), mallocgc(e.size, e), 0})
			index = append(index, i)
		default:
			panic("reflect.Select: invalid Dir")
		}
	}
	var cas0 *scase
	if len(runcases) > 0 {
		cas0 = &runcases[0]
	}
	n, ok := selectgo(cas0, len(runcases), hasDefault)
	if n < 0 {
		return defaultCase, Value{}, false
	}
	chosen = index[n]
	if cases[chosen].Dir == SelectRecv {
		return chosen, Value{cases[chosen].Chan.typ.elem(), runcases[n].elem, 0}, ok
	}
	return chosen, Value{}, false
}
