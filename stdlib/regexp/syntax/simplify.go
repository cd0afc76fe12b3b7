package syntax

// Simplify returns a regexp equivalent to re but without counted
// repetitions and with various other simplifications, such as rewriting
// /(?:a+)+/ to /a+/. The resulting regexp will execute correctly but its
// string representation will not produce the same parse tree, because
// capturing parentheses may have been duplicated or removed. For example,
// /(x){1,2}/ simplifies to /(x)(x)?/ but both parentheses capture as $1.
// The returned regexp may share structure with or be the original.
func (re *Regexp) Simplify() *Regexp {
	if re == nil {
		return nil
	}
	switch re.Op {
	case OpCapture, OpConcat, OpAlternate:
		return re.simplifySubs()
	case OpStar, OpPlus, OpQuest:
		return simplify1(re.Op, re.Flags, re.Sub[0].Simplify(), re)
	case OpRepeat:
		return re.simplifyRepeat()
	}
	return re
}

// simplifySubs simplifies the operands, copying re only if one changed.
func (re *Regexp) simplifySubs() *Regexp {
	nre := re
	for i, sub := range re.Sub {
		nsub := sub.Simplify()
		if nre == re && nsub != sub {
			nre = new(Regexp)
			*nre = *re
			nre.Rune = nil
			nre.Sub = append([]*Regexp(nil), re.Sub[:i]...)
		}
		if nre != re {
			nre.Sub = append(nre.Sub, nsub)
		}
	}
	return nre
}

// simplifyRepeat expands x{n,m}: x{2,} is xx+, x{2,5} is xx(x(x(x)?)?)?.
func (re *Regexp) simplifyRepeat() *Regexp {
	if re.Min == 0 && re.Max == 0 {
		return &Regexp{Op: OpEmptyMatch}
	}
	sub := re.Sub[0].Simplify()
	if re.Max == -1 {
		switch re.Min {
		case 0:
			return simplify1(OpStar, re.Flags, sub, nil)
		case 1:
			return simplify1(OpPlus, re.Flags, sub, nil)
		}
		nre := &Regexp{Op: OpConcat}
		for i := 0; i < re.Min-1; i++ {
			nre.Sub = append(nre.Sub, sub)
		}
		nre.Sub = append(nre.Sub, simplify1(OpPlus, re.Flags, sub, nil))
		return nre
	}
	if re.Min == 1 && re.Max == 1 {
		return sub
	}
	var prefix *Regexp
	if re.Min > 0 {
		prefix = &Regexp{Op: OpConcat}
		for i := 0; i < re.Min; i++ {
			prefix.Sub = append(prefix.Sub, sub)
		}
	}
	if re.Max > re.Min {
		suffix := simplify1(OpQuest, re.Flags, sub, nil)
		for i := re.Min + 1; i < re.Max; i++ {
			nested := &Regexp{Op: OpConcat, Sub: []*Regexp{sub, suffix}}
			suffix = simplify1(OpQuest, re.Flags, nested, nil)
		}
		if prefix == nil {
			return suffix
		}
		prefix.Sub = append(prefix.Sub, suffix)
	}
	if prefix != nil {
		return prefix
	}
	// Min > Max cannot come from the parser.
	return &Regexp{Op: OpNoMatch}
}

// simplify1 builds op(sub) with flags, avoiding x** and (?:)*, and
// returning re itself when it already is that expression.
func simplify1(op Op, flags Flags, sub, re *Regexp) *Regexp {
	if sub.Op == OpEmptyMatch {
		return sub
	}
	if op == sub.Op && flags&NonGreedy == sub.Flags&NonGreedy {
		return sub
	}
	if re != nil && re.Op == op && re.Flags&NonGreedy == flags&NonGreedy && sub == re.Sub[0] {
		return re
	}
	return &Regexp{Op: op, Flags: flags, Sub: []*Regexp{sub}}
}
