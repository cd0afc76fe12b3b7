package regexp

import (
	"io"
	"regexp/syntax"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file implements one-pass matching. A program is one-pass when,
// anchored at the start of the text, the next rune alone always decides
// which way each alternation goes: then a match needs no threads and no
// queues, one walk down the program with the input (Go's regexp has the
// same engine, after RE2's OnePass). compileOnePass decides it by
// computing, for every instruction, the runes that can start a path
// through it, and refusing any alternation whose two branches share a
// rune.

// A onePassProg is a program whose alternations dispatch on the next rune.
type onePassProg struct {
	Inst   []onePassInst
	Start  int // index of the start instruction
	NumCap int // the number of InstCapture instructions in the program
}

// A onePassInst is an instruction with, for an InstAlt or InstAltMatch,
// the dispatch table: Rune holds sorted, disjoint rune ranges (pairs lo,
// hi), and Next[i] is where the i-th range leads.
type onePassInst struct {
	syntax.Inst
	Next []uint32
}

// mergeFailed is the single Next entry of a merge of two overlapping rune
// sets.
const mergeFailed = uint32(0xffffffff)

var (
	anyRune      = []rune{0, unicode.MaxRune}
	anyRuneNotNL = []rune{0, '\n' - 1, '\n' + 1, unicode.MaxRune}
)

// compileOnePass returns the one-pass form of prog, or nil if prog is not
// one-pass: not anchored at the start of the text, a match not anchored
// at its end, or an alternation whose branches can start with the same
// rune.
func compileOnePass(prog *syntax.Prog) *onePassProg {
	if prog.Start == 0 {
		return nil
	}
	start := prog.Inst[prog.Start]
	if start.Op != syntax.InstEmptyWidth || syntax.EmptyOp(start.Arg)&syntax.EmptyBeginText == 0 {
		return nil
	}
	// Every way into Match must first assert the end of the text.
	for _, inst := range prog.Inst {
		toMatch := prog.Inst[inst.Out].Op == syntax.InstMatch
		switch inst.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			if toMatch || prog.Inst[inst.Arg].Op == syntax.InstMatch {
				return nil
			}
		case syntax.InstEmptyWidth:
			if toMatch && syntax.EmptyOp(inst.Arg)&syntax.EmptyEndText == 0 {
				return nil
			}
		default:
			if toMatch {
				return nil
			}
		}
	}
	p := makeOnePass(onePassCopy(prog))
	if p != nil {
		cleanupOnePass(p, prog)
	}
	return p
}

// onePassPrefix returns the literal text every match of the one-pass
// program prog starts with, after its leading ^, and whether that text is
// the whole match (^abc$; not for ^$, as in Go).
func onePassPrefix(prog *syntax.Prog) (prefix string, complete bool) {
	pc := prog.Inst[prog.Start].Out // past the ^
	for prog.Inst[pc].Op == syntax.InstNop {
		pc = prog.Inst[pc].Out
	}
	var buf strings.Builder
	for {
		i := &prog.Inst[pc]
		if (i.Op != syntax.InstRune && i.Op != syntax.InstRune1) || len(i.Rune) != 1 ||
			syntax.Flags(i.Arg)&syntax.FoldCase != 0 || i.Rune[0] == utf8.RuneError {
			break
		}
		buf.WriteRune(i.Rune[0])
		pc = i.Out
	}
	i := &prog.Inst[pc]
	complete = buf.Len() > 0 && i.Op == syntax.InstEmptyWidth && syntax.EmptyOp(i.Arg)&syntax.EmptyEndText != 0 &&
		prog.Inst[i.Out].Op == syntax.InstMatch
	return buf.String(), complete
}

// onePassCopy copies prog, untangling two shapes the compiler gives
// loops, so that they do not look ambiguous: with A an alternation whose
// one branch is another alternation B and whose other branch is X,
//
//	B loops back to A (A: B|X, B: Y|A) -> B goes to X instead (B: Y|X);
//	B then has X as a branch too (A: B|X, B: Y|X) -> A: Y|X.
func onePassCopy(prog *syntax.Prog) *onePassProg {
	p := &onePassProg{Start: prog.Start, NumCap: prog.NumCap, Inst: make([]onePassInst, len(prog.Inst))}
	for i, inst := range prog.Inst {
		p.Inst[i] = onePassInst{Inst: inst}
	}
	isAlt := func(pc uint32) bool {
		op := p.Inst[pc].Op
		return op == syntax.InstAlt || op == syntax.InstAltMatch
	}
	for pc := range p.Inst {
		a := &p.Inst[pc]
		if a.Op != syntax.InstAlt && a.Op != syntax.InstAltMatch {
			continue
		}
		// toB is A's branch to the alternation B, other its other one.
		toB, other := &a.Arg, &a.Out
		if !isAlt(*toB) {
			toB, other = other, toB
			if !isAlt(*toB) {
				continue
			}
		}
		if isAlt(*other) {
			continue // both branches alternations: left as they are
		}
		b := &p.Inst[*toB]
		// bSame is B's branch that comes back to A (if one does), bRest
		// the other.
		bSame, bRest := &b.Out, &b.Arg
		if *bRest == uint32(pc) {
			bSame, bRest = bRest, bSame
		}
		if *bSame == uint32(pc) {
			*bSame = *other
		}
		if *other == *bSame {
			*toB = *bRest
		}
	}
	return p
}

// makeOnePass fills in the rune sets and dispatch tables of p, working
// from the start instruction and from every instruction after a rune; it
// returns nil if p is not one-pass.
func makeOnePass(p *onePassProg) *onePassProg {
	if len(p.Inst) >= 1000 {
		return nil // not worth it: the check costs too much
	}
	n := len(p.Inst)
	// runes[pc]: the runes a path from pc can start with, as ranges.
	runes := make([][]rune, n)
	// matchEmpty[pc]: a path from pc reaches Match reading nothing.
	matchEmpty := make([]bool, n)
	todo := newSparseSet(n)
	visited := newSparseSet(n)

	// sameNext is the dispatch table sending every range of pc to out.
	sameNext := func(pc int, out uint32) {
		p.Inst[pc].Next = make([]uint32, len(runes[pc])/2+1)
		for i := range p.Inst[pc].Next {
			p.Inst[pc].Next[i] = out
		}
	}
	var check func(pc uint32) bool
	check = func(pc uint32) bool {
		if visited.contains(pc) {
			return true
		}
		visited.insert(pc)
		inst := &p.Inst[pc]
		switch inst.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			if !check(inst.Out) || !check(inst.Arg) {
				return false
			}
			if matchEmpty[inst.Out] && matchEmpty[inst.Arg] {
				return false // two ways to match the empty text
			}
			// The branch that matches the empty text goes in Out.
			if matchEmpty[inst.Arg] {
				inst.Out, inst.Arg = inst.Arg, inst.Out
			}
			if matchEmpty[inst.Out] {
				matchEmpty[pc] = true
				inst.Op = syntax.InstAltMatch
			}
			runes[pc], inst.Next = mergeRuneSets(&runes[inst.Out], &runes[inst.Arg], inst.Out, inst.Arg)
			if len(inst.Next) > 0 && inst.Next[0] == mergeFailed {
				return false
			}
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			if !check(inst.Out) {
				return false
			}
			matchEmpty[pc] = matchEmpty[inst.Out]
			runes[pc] = append([]rune{}, runes[inst.Out]...)
			sameNext(int(pc), inst.Out)
		case syntax.InstMatch, syntax.InstFail:
			matchEmpty[pc] = inst.Op == syntax.InstMatch
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			if len(inst.Next) > 0 {
				break // done already
			}
			todo.insert(inst.Out)
			switch {
			case inst.Op == syntax.InstRuneAny:
				runes[pc] = append([]rune{}, anyRune...)
			case inst.Op == syntax.InstRuneAnyNotNL:
				runes[pc] = append([]rune{}, anyRuneNotNL...)
			case len(inst.Rune) == 1 && syntax.Flags(inst.Arg)&syntax.FoldCase != 0:
				runes[pc] = foldedRunes(inst.Rune[0])
			case inst.Op == syntax.InstRune1:
				runes[pc] = []rune{inst.Rune[0], inst.Rune[0]}
			default:
				runes[pc] = append([]rune{}, inst.Rune...)
			}
			sameNext(int(pc), inst.Out)
			if inst.Op == syntax.InstRune1 {
				inst.Op = syntax.InstRune
			}
		}
		return true
	}
	todo.insert(uint32(p.Start))
	for i := 0; i < len(todo.dense); i++ {
		visited.clear()
		if !check(todo.dense[i]) {
			return nil
		}
	}
	for pc := range p.Inst {
		p.Inst[pc].Rune = runes[pc]
	}
	return p
}

// foldedRunes returns r and the runes that fold to it, as sorted ranges of
// one rune each.
func foldedRunes(r rune) []rune {
	out := []rune{r, r}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		out = append(out, f, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// cleanupOnePass puts back prog's original form of the instructions whose
// dispatch tables the matcher does not read.
func cleanupOnePass(p *onePassProg, prog *syntax.Prog) {
	for pc, orig := range prog.Inst {
		switch orig.Op {
		case syntax.InstAlt, syntax.InstAltMatch, syntax.InstRune:
		case syntax.InstCapture, syntax.InstEmptyWidth, syntax.InstNop, syntax.InstMatch, syntax.InstFail:
			p.Inst[pc].Next = nil
		case syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			p.Inst[pc] = onePassInst{Inst: orig}
		}
	}
}

// mergeRuneSets merges two sorted rune range lists, the first leading to
// leftPC and the second to rightPC, into one list and the pc each of its
// ranges leads to. Ranges of the two that overlap make the choice
// ambiguous: the result is then an empty list and the single pc
// mergeFailed.
func mergeRuneSets(leftRunes, rightRunes *[]rune, leftPC, rightPC uint32) ([]rune, []uint32) {
	left, right := *leftRunes, *rightRunes
	if len(left)%2 != 0 || len(right)%2 != 0 {
		panic("mergeRuneSets odd length []rune")
	}
	merged := []rune{}
	next := []uint32{}
	take := func(set []rune, i *int, pc uint32) bool {
		lo, hi := set[*i], set[*i+1]
		if len(merged) > 0 && lo <= merged[len(merged)-1] {
			return false // overlaps the range before, or out of order
		}
		merged = append(merged, lo, hi)
		next = append(next, pc)
		*i += 2
		return true
	}
	l, r := 0, 0
	for l < len(left) || r < len(right) {
		var ok bool
		if r >= len(right) || l < len(left) && left[l] <= right[r] {
			ok = take(left, &l, leftPC)
		} else {
			ok = take(right, &r, rightPC)
		}
		if !ok {
			return []rune{}, []uint32{mergeFailed}
		}
	}
	return merged, next
}

// onePassNext returns the pc the alternation i goes to on rune r: the
// range's target, else for InstAltMatch its empty-matching branch, else 0
// (Fail).
func onePassNext(i *onePassInst, r rune) uint32 {
	if k := i.MatchRunePos(r); k >= 0 {
		return i.Next[k]
	}
	if i.Op == syntax.InstAltMatch {
		return i.Out
	}
	return 0
}

// A sparseSet is a set of pcs in insertion order, cleared in O(1).
type sparseSet struct {
	sparse []uint32
	dense  []uint32
}

func newSparseSet(n int) *sparseSet {
	return &sparseSet{sparse: make([]uint32, n), dense: make([]uint32, 0, n)}
}

func (s *sparseSet) contains(pc uint32) bool {
	i := s.sparse[pc]
	return int(i) < len(s.dense) && s.dense[i] == pc
}

func (s *sparseSet) insert(pc uint32) {
	if !s.contains(pc) {
		s.sparse[pc] = uint32(len(s.dense))
		s.dense = append(s.dense, pc)
	}
}

func (s *sparseSet) clear() { s.dense = s.dense[:0] }

// doOnePass runs the one-pass program from pos, appending the match's
// first ncap capture positions to dstCap (nil: no match). The program is
// anchored at the start of the text, so only pos 0 can match.
func (re *Regexp) doOnePass(r io.RuneReader, b []byte, s string, pos, ncap int, dstCap []int) []int {
	if re.cond == ^syntax.EmptyOp(0) {
		return nil
	}
	var ins inputs
	in := ins.init(r, b, s)
	caps := make([]int, ncap)
	for i := range caps {
		caps[i] = -1
	}
	prev := endOfText
	if pos > 0 {
		prev = in.context(pos).before
	}
	cur, width := in.step(pos)
	pc := re.onepass.Start
	for {
		inst := &re.onepass.Inst[pc]
		pc = int(inst.Out)
		switch inst.Op {
		case syntax.InstMatch:
			if ncap > 0 {
				caps[0], caps[1] = 0, pos
			}
			return append(dstCap, caps...)
		case syntax.InstRune:
			if !inst.MatchRune(cur) {
				return nil
			}
		case syntax.InstRune1:
			if cur != inst.Rune[0] {
				return nil
			}
		case syntax.InstRuneAny:
		case syntax.InstRuneAnyNotNL:
			if cur == '\n' {
				return nil
			}
		case syntax.InstAlt, syntax.InstAltMatch:
			pc = int(onePassNext(inst, cur))
			continue
		case syntax.InstFail:
			return nil
		case syntax.InstNop:
			continue
		case syntax.InstEmptyWidth:
			if !(flagContext{prev, cur}).match(syntax.EmptyOp(inst.Arg)) {
				return nil
			}
			continue
		case syntax.InstCapture:
			if int(inst.Arg) < ncap {
				caps[inst.Arg] = pos
			}
			continue
		default:
			panic("regexp: bad instruction in a one-pass program")
		}
		// A rune instruction matched cur: step over it.
		if width == 0 {
			return nil
		}
		pos += width
		prev = cur
		cur, width = in.step(pos)
	}
}
