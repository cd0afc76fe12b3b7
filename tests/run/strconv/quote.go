// Tests strconv's quoting: Quote, QuoteToASCII, QuoteToGraphic, QuoteRune
// (and their Append forms) on control characters, invalid UTF-8, runes
// that are not printable (soft hyphen, zero-width space, private use),
// astral runes and invalid runes; CanBackquote; IsPrint and IsGraphic over
// all of Unicode; Unquote, UnquoteChar and QuotedPrefix including their
// errors.
package main

import (
	"os"
	"strconv"
)

var out []byte

func line(parts ...string) {
	for i, p := range parts {
		if i > 0 {
			out = append(out, ' ')
		}
		out = append(out, p...)
	}
	out = append(out, '\n')
}

func errString(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	strs := []string{"", "hi \"there\"\n\t☺", "\x00\x07\x08\x0c\r\x0b\x7f", "\xff\xfeok", "\u00ad\u200b\ufeff",
		"\U0001F600 \U000E0001 \U0010FFFF", "tab\there", "back\\slash", "'single'", "Grüße, 世界", "\u00a0\u3000"}
	for _, s := range strs {
		line(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s))
		line("  ", string(strconv.AppendQuote([]byte("<"), s)), string(strconv.AppendQuoteToASCII(nil, s)),
			string(strconv.AppendQuoteToGraphic(nil, s)))
	}
	runes := []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 0xad, '☺', 0x1F600, 0xE000, 0xD800, 0x110000, -1, 0xa0}
	for _, r := range runes {
		line(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r),
			string(strconv.AppendQuoteRune(nil, r)), string(strconv.AppendQuoteRuneToASCII(nil, r)),
			string(strconv.AppendQuoteRuneToGraphic(nil, r)))
	}
	for _, s := range []string{"abc", "a`b", "a\tb", "a\nb", "\ufeff", "\xff", "☺", "\x7f", ""} {
		line(strconv.Quote(s), strconv.FormatBool(strconv.CanBackquote(s)))
	}

	var printable, graphic int
	var sum uint64
	for r := rune(-1); r <= 0x110000; r++ {
		if strconv.IsPrint(r) {
			printable++
			sum = sum*31 + uint64(r)
		}
		if strconv.IsGraphic(r) {
			graphic++
		}
	}
	line("IsPrint", strconv.Itoa(printable), strconv.FormatUint(sum, 16), "IsGraphic", strconv.Itoa(graphic))

	quoted := []string{`"a\tb\u00e9"`, "`raw\r\nx`", "`a`b`", `'a'`, `'\''`, `'☺'`, `"\x41\101\U0001F600"`,
		`"bad`, `'ab'`, `"\z"`, `''`, `"a"x`, `'\"'`, `"\'"`, "\"\n\"", `"\400"`, `"\xff"`, `'\xff'`,
		`"\uD800"`, `"\U00110000"`, `"☺"`, `"`, `x`, `"\"`, `'\u00e9'`, "'\xff'"}
	for _, q := range quoted {
		u, err := strconv.Unquote(q)
		p, perr := strconv.QuotedPrefix(q + "tail")
		line(strconv.Quote(q), "->", strconv.Quote(u), errString(err), "| prefix", strconv.Quote(p), errString(perr))
	}
	for _, s := range []string{`\t`, `\x41z`, `\u263a!`, `\U0001F600`, `\101`, `\'`, `\"`, "é", `\8`, `\`, `'`} {
		for _, q := range []byte{'"', '\'', 0} {
			v, mb, tail, err := strconv.UnquoteChar(s, q)
			line(strconv.Quote(s), strconv.QuoteRune(rune(q)), strconv.Itoa(int(v)), strconv.FormatBool(mb),
				strconv.Quote(tail), errString(err))
		}
	}
	os.Stdout.Write(out)
}
