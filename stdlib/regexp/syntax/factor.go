package syntax

// factor rewrites the alternatives of an alternation so that a matcher
// explores shared beginnings once, in four rounds, each keeping the order
// of the alternatives (and so leftmost-first preference):
//
//  1. common literal prefixes: ABC|ABD|AEF|BCX|BCY becomes A(?:B(?:C|D)|EF)|BC(?:X|Y)
//  2. a common first piece that is a class or a fixed repeat of one
//  3. runs of single characters and classes merge into one class: C|D becomes [CD]
//  4. runs of empty matches become one
func (p *parser) factor(sub []*Regexp) []*Regexp {
	if len(sub) < 2 {
		return sub
	}
	sub = p.factorLiteralPrefixes(sub)
	sub = p.factorLeadingPieces(sub)
	sub = mergeClassRuns(sub)
	return dropRepeatedEmpty(sub)
}

// factorLiteralPrefixes is round 1.
func (p *parser) factorLiteralPrefixes(sub []*Regexp) []*Regexp {
	var out []*Regexp
	var str []rune
	var strflags Flags
	start := 0
	for i := 0; i <= len(sub); i++ {
		// sub[start:i] all begin with str (under strflags).
		var istr []rune
		var iflags Flags
		if i < len(sub) {
			istr, iflags = leadingString(sub[i])
			if iflags == strflags {
				same := 0
				for same < len(str) && same < len(istr) && str[same] == istr[same] {
					same++
				}
				if same > 0 {
					str = str[:same]
					continue
				}
			}
		}
		switch i - start {
		case 0:
		case 1:
			out = append(out, sub[start])
		default:
			prefix := p.newRegexp(OpLiteral)
			prefix.Flags = strflags
			prefix.Rune = append([]rune(nil), str...)
			for j := start; j < i; j++ {
				sub[j] = p.removeLeadingString(sub[j], len(str))
			}
			out = append(out, p.concatPair(prefix, p.collapse(sub[start:i], OpAlternate)))
		}
		start = i
		str = istr
		strflags = iflags
	}
	return out
}

// factorLeadingPieces is round 2: only a class or a fixed repeat of a class
// is safe to factor out; anything that can match in several ways would
// change which alternative's path is preferred.
func (p *parser) factorLeadingPieces(sub []*Regexp) []*Regexp {
	var out []*Regexp
	var first *Regexp
	start := 0
	for i := 0; i <= len(sub); i++ {
		var ifirst *Regexp
		if i < len(sub) {
			ifirst = leadingRegexp(sub[i])
			if first != nil && first.Equal(ifirst) &&
				(isCharClass(first) || first.Op == OpRepeat && first.Min == first.Max && isCharClass(first.Sub[0])) {
				continue
			}
		}
		switch i - start {
		case 0:
		case 1:
			out = append(out, sub[start])
		default:
			for j := start; j < i; j++ {
				sub[j] = p.removeLeadingRegexp(sub[j])
			}
			out = append(out, p.concatPair(first, p.collapse(sub[start:i], OpAlternate)))
		}
		start = i
		first = ifirst
	}
	return out
}

func (p *parser) concatPair(a, b *Regexp) *Regexp {
	re := p.newRegexp(OpConcat)
	re.Sub = []*Regexp{a, b}
	return re
}

// mergeClassRuns is round 3. The merged class starts from the most complex
// member (by op, then by size), as mergeCharClass requires.
func mergeClassRuns(sub []*Regexp) []*Regexp {
	var out []*Regexp
	start := 0
	for i := 0; i <= len(sub); i++ {
		if i < len(sub) && isCharClass(sub[i]) {
			continue
		}
		switch i - start {
		case 0:
		case 1:
			out = append(out, sub[start])
		default:
			max := start
			for j := start + 1; j < i; j++ {
				if sub[max].Op < sub[j].Op || sub[max].Op == sub[j].Op && len(sub[max].Rune) < len(sub[j].Rune) {
					max = j
				}
			}
			sub[start], sub[max] = sub[max], sub[start]
			for j := start + 1; j < i; j++ {
				mergeCharClass(sub[start], sub[j])
			}
			cleanAlt(sub[start])
			out = append(out, sub[start])
		}
		if i < len(sub) {
			out = append(out, sub[i])
		}
		start = i + 1
	}
	return out
}

// dropRepeatedEmpty is round 4.
func dropRepeatedEmpty(sub []*Regexp) []*Regexp {
	var out []*Regexp
	for i := range sub {
		if i+1 < len(sub) && sub[i].Op == OpEmptyMatch && sub[i+1].Op == OpEmptyMatch {
			continue
		}
		out = append(out, sub[i])
	}
	return out
}

// leadingString returns the literal string re begins with and its case flag.
func leadingString(re *Regexp) ([]rune, Flags) {
	if re.Op == OpConcat && len(re.Sub) > 0 {
		re = re.Sub[0]
	}
	if re.Op != OpLiteral {
		return nil, 0
	}
	return re.Rune, re.Flags & FoldCase
}

// removeLeadingString removes the first n runes from re.
func (p *parser) removeLeadingString(re *Regexp, n int) *Regexp {
	if re.Op == OpConcat && len(re.Sub) > 0 {
		first := p.removeLeadingString(re.Sub[0], n)
		re.Sub[0] = first
		if first.Op == OpEmptyMatch {
			switch len(re.Sub) {
			case 0, 1:
				re.Op = OpEmptyMatch
				re.Sub = nil
			case 2:
				re = re.Sub[1]
			default:
				re.Sub = re.Sub[1:]
			}
		}
		return re
	}
	if re.Op == OpLiteral {
		re.Rune = re.Rune[n:]
		if len(re.Rune) == 0 {
			re.Op = OpEmptyMatch
		}
	}
	return re
}

// leadingRegexp returns the first piece of re, nil for an empty match.
func leadingRegexp(re *Regexp) *Regexp {
	if re.Op == OpEmptyMatch {
		return nil
	}
	if re.Op == OpConcat && len(re.Sub) > 0 {
		if re.Sub[0].Op == OpEmptyMatch {
			return nil
		}
		return re.Sub[0]
	}
	return re
}

// removeLeadingRegexp removes the first piece of re.
func (p *parser) removeLeadingRegexp(re *Regexp) *Regexp {
	if re.Op == OpConcat && len(re.Sub) > 0 {
		re.Sub = re.Sub[1:]
		switch len(re.Sub) {
		case 0:
			re.Op = OpEmptyMatch
			re.Sub = nil
		case 1:
			re = re.Sub[0]
		}
		return re
	}
	return p.newRegexp(OpEmptyMatch)
}
