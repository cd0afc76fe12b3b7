package regexp

import (
	"regexp/syntax"
	"sync"
)

// This file implements the bounded backtracker, Go's (and RE2's
// BitState) engine for small programs on short texts, whose matches it
// finds faster than the Pike VM. It explores the program depth first
// with an explicit stack, and never visits the same (instruction, text
// position) pair twice, which a bitmap records: the work stays linear in
// len(program) × len(text), and so does the bitmap, hence the bounds.

const (
	maxBacktrackProg   = 500        // instructions: a longer program is never backtracked
	maxBacktrackVector = 256 * 1024 // bits in the visited bitmap
)

// maxBitStateLen returns the longest text prog may be backtracked on: 0
// for a program too long.
func maxBitStateLen(prog *syntax.Prog) int {
	if len(prog.Inst) > maxBacktrackProg {
		return 0
	}
	return maxBacktrackVector / len(prog.Inst)
}

// A job is work left on the backtracker's stack: run instruction pc at
// text position pos, or, with arg, finish what pc began (try an
// alternation's second branch; restore a capture slot, then pos holding
// its old value).
type job struct {
	pc  uint32
	arg bool
	pos int
}

// A bitState is the backtracker's working memory.
type bitState struct {
	end      int      // the text's length
	cap      []int    // the capture slots along the current path
	matchcap []int    // the best match's capture slots
	jobs     []job    // the stack
	visited  []uint32 // one bit per (pc, pos)
	inputs   inputs
}

var bitStatePool sync.Pool

func newBitState() *bitState {
	if b, ok := bitStatePool.Get().(*bitState); ok {
		return b
	}
	return new(bitState)
}

// freeBitState returns b to the pool, without the text it last read.
func freeBitState(b *bitState) {
	b.inputs.clear()
	bitStatePool.Put(b)
}

// reset prepares b for prog on a text of end bytes with ncap slots.
func (b *bitState) reset(prog *syntax.Prog, end, ncap int) {
	b.end = end
	b.jobs = b.jobs[:0]
	words := (len(prog.Inst)*(end+1) + 31) / 32
	if cap(b.visited) < words {
		b.visited = make([]uint32, words, maxBacktrackVector/32)
	} else {
		b.visited = b.visited[:words]
		for i := range b.visited {
			b.visited[i] = 0
		}
	}
	b.cap = resetSlots(b.cap, ncap)
	b.matchcap = resetSlots(b.matchcap, ncap)
}

// resetSlots returns slots resized to n, every slot -1.
func resetSlots(slots []int, n int) []int {
	if cap(slots) < n {
		slots = make([]int, n)
	}
	slots = slots[:n]
	for i := range slots {
		slots[i] = -1
	}
	return slots
}

// shouldVisit marks (pc, pos) visited and reports whether it was not yet.
func (b *bitState) shouldVisit(pc uint32, pos int) bool {
	n := uint(int(pc)*(b.end+1) + pos)
	word, bit := n/32, uint32(1)<<(n%32)
	if b.visited[word]&bit != 0 {
		return false
	}
	b.visited[word] |= bit
	return true
}

// push adds a job, unless it would run pc at pos again (a continuation,
// arg, always goes on) or pc can only fail.
func (b *bitState) push(re *Regexp, pc uint32, pos int, arg bool) {
	if re.prog.Inst[pc].Op != syntax.InstFail && (arg || b.shouldVisit(pc, pos)) {
		b.jobs = append(b.jobs, job{pc: pc, arg: arg, pos: pos})
	}
}

// tryBacktrack looks for a match starting at pos (b.cap[0] already says
// so), leaving the best one in b.matchcap.
func (re *Regexp) tryBacktrack(b *bitState, in input, pc uint32, pos int) bool {
	longest := re.longest
	b.push(re, pc, pos, false)
	for len(b.jobs) > 0 {
		j := b.jobs[len(b.jobs)-1]
		b.jobs = b.jobs[:len(b.jobs)-1]
		pc, pos, arg := j.pc, j.pos, j.arg
		// Follow one path, pushing what to try after it, until it fails
		// or matches. The job popped was checked by push; each next step
		// is checked here.
		for first := true; ; first = false {
			if !first && !b.shouldVisit(pc, pos) {
				break
			}
			inst := &re.prog.Inst[pc]
			if inst.Op == syntax.InstMatch {
				// With no slots, where the match is does not matter.
				if len(b.cap) == 0 {
					return true
				}
				if len(b.cap) > 1 {
					b.cap[1] = pos
				}
				if old := b.matchcap[1]; old == -1 || (longest && pos > 0 && pos > old) {
					copy(b.matchcap, b.cap)
				}
				// Leftmost-first takes this one; leftmost-longest goes on
				// for a longer one, unless this one takes the whole text.
				if !longest || pos == b.end {
					return true
				}
				break
			}
			next, ok := re.backtrackStep(b, in, inst, pc, pos, arg)
			if !ok {
				break
			}
			pc, pos, arg = next.pc, next.pos, false
		}
	}
	return longest && len(b.matchcap) > 1 && b.matchcap[1] >= 0
}

// backtrackStep runs instruction inst (at pc) at pos, pushing what must
// be tried later, and returns where the path goes on, or false if it ends.
func (re *Regexp) backtrackStep(b *bitState, in input, inst *syntax.Inst, pc uint32, pos int, arg bool) (job, bool) {
	switch inst.Op {
	case syntax.InstAlt:
		// The second branch is pushed as a reminder on pc itself, not as
		// inst.Arg: if the first branch reaches inst.Arg by another path,
		// it is run there and then, in the right priority.
		if arg {
			return job{pc: inst.Arg, pos: pos}, true
		}
		b.push(re, pc, pos, true)
		return job{pc: inst.Out, pos: pos}, true
	case syntax.InstAltMatch:
		// One branch reads runes, the other leads to Match at once.
		switch re.prog.Inst[inst.Out].Op {
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			b.push(re, inst.Arg, pos, false)
			return job{pc: inst.Arg, pos: b.end}, true
		}
		b.push(re, inst.Out, b.end, false)
		return job{pc: inst.Out, pos: pos}, true
	case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
		r, width := in.step(pos)
		var ok bool
		switch inst.Op {
		case syntax.InstRune:
			ok = inst.MatchRune(r)
		case syntax.InstRune1:
			ok = r == inst.Rune[0]
		case syntax.InstRuneAny:
			ok = r != endOfText
		default:
			ok = r != '\n' && r != endOfText
		}
		return job{pc: inst.Out, pos: pos + width}, ok
	case syntax.InstCapture:
		if arg {
			b.cap[inst.Arg] = pos // back from inst.Out: restore the old value
			return job{}, false
		}
		if inst.Arg < uint32(len(b.cap)) {
			b.push(re, pc, b.cap[inst.Arg], true)
			b.cap[inst.Arg] = pos
		}
		return job{pc: inst.Out, pos: pos}, true
	case syntax.InstEmptyWidth:
		return job{pc: inst.Out, pos: pos}, in.context(pos).match(syntax.EmptyOp(inst.Arg))
	case syntax.InstNop:
		return job{pc: inst.Out, pos: pos}, true
	}
	panic("regexp: bad instruction for the backtracker")
}

// backtrack finds the leftmost match in b or s from pos with the
// backtracker, appending its first ncap capture positions to dstCap (nil:
// no match).
func (re *Regexp) backtrack(ib []byte, is string, pos int, ncap int, dstCap []int) []int {
	if re.cond == ^syntax.EmptyOp(0) {
		return nil
	}
	// Returned to the pool without a defer, which would cost more than a
	// short match.
	b := newBitState()
	dstCap = re.backtrackWith(b, ib, is, pos, ncap, dstCap)
	freeBitState(b)
	return dstCap
}

// backtrackWith is backtrack with the working memory b.
func (re *Regexp) backtrackWith(b *bitState, ib []byte, is string, pos int, ncap int, dstCap []int) []int {
	in := b.inputs.init(nil, ib, is)
	end := len(ib) + len(is)
	b.reset(re.prog, end, ncap)
	if re.cond&syntax.EmptyBeginText != 0 {
		// Anchored: only pos can start a match.
		if len(b.cap) > 0 {
			b.cap[0] = pos
		}
		if !re.tryBacktrack(b, in, uint32(re.prog.Start), pos) {
			return nil
		}
		return append(dstCap, b.matchcap...)
	}
	// Each start position in turn, the end of the text included. Visited
	// pairs stay marked from one start to the next, so no work is done
	// twice: the whole search stays linear.
	for width := -1; pos <= end && width != 0; pos += width {
		if len(re.prefix) > 0 {
			advance := in.index(re, pos)
			if advance < 0 {
				return nil
			}
			pos += advance
		}
		if len(b.cap) > 0 {
			b.cap[0] = pos
		}
		if re.tryBacktrack(b, in, uint32(re.prog.Start), pos) {
			return append(dstCap, b.matchcap...)
		}
		_, width = in.step(pos)
	}
	return nil
}
