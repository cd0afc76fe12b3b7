// Benchmark: regex-redux on a 5 MB DNA text (the benchmarks game program,
// its input made by the fasta generator in memory) — regexp's matcher on
// alternations and classes, FindAllIndex and ReplaceAll.
package main

import (
	"bytes"
	"fmt"
	"regexp"
)

var variants = []string{
	"agggtaaa|tttaccct",
	"[cgt]gggtaaa|tttaccc[acg]",
	"a[act]ggtaaa|tttacc[agt]t",
	"ag[act]gtaaa|tttac[agt]ct",
	"agg[act]taaa|ttta[agt]cct",
	"aggg[acg]aaa|ttt[cgt]ccct",
	"agggt[cgt]aa|tt[acg]accct",
	"agggta[cgt]a|t[acg]taccct",
	"agggtaa[cgt]|[acg]ttaccct",
}

var substs = []struct{ pat, repl string }{
	{"tHa[Nt]", "<4>"},
	{"aND|caN|Ha[DS]|WaS", "<3>"},
	{"a[NSt]|BY", "<2>"},
	{"<[^>]*>", "|"},
	{"\\|[^|][^|]*\\|", "-"},
}

// The fasta generator: a linear congruential generator picks nucleotides
// by cumulative probability.
var last uint32 = 42

func random() float64 {
	last = (last*3877 + 29573) % 139968
	return float64(last) / 139968
}

type acid struct {
	c byte
	p float64
}

func fasta(n int) []byte {
	var w bytes.Buffer
	alu := "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGACCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAATACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCAGCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGGAGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCCAGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA"
	w.WriteString(">ONE Homo sapiens alu\n")
	for i := 0; i < 2*n; i += 60 {
		for j := 0; j < 60 && i+j < 2*n; j++ {
			w.WriteByte(alu[(i+j)%len(alu)])
		}
		w.WriteByte('\n')
	}
	gen := func(title string, tab []acid, count int) {
		w.WriteString(title)
		cum := 0.0
		for i := range tab {
			cum += tab[i].p
			tab[i].p = cum
		}
		for i := 0; i < count; i += 60 {
			for j := 0; j < 60 && i+j < count; j++ {
				r := random()
				k := 0
				for k < len(tab)-1 && r >= tab[k].p {
					k++
				}
				w.WriteByte(tab[k].c)
			}
			w.WriteByte('\n')
		}
	}
	gen(">TWO IUB ambiguity codes\n", []acid{{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27}, {'B', 0.02}, {'D', 0.02}, {'H', 0.02}, {'K', 0.02}, {'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02}, {'V', 0.02}, {'W', 0.02}, {'Y', 0.02}}, 3*n)
	gen(">THREE Homo sapiens frequency\n", []acid{{'a', 0.3029549426680}, {'c', 0.1979883004921}, {'g', 0.1975473066391}, {'t', 0.3015094502008}}, 5*n)
	return w.Bytes()
}

func main() {
	b := fasta(500000)
	ilen := len(b)
	b = regexp.MustCompile(">.*\n|\n").ReplaceAll(b, nil)
	clen := len(b)
	for _, v := range variants {
		fmt.Printf("%s %d\n", v, len(regexp.MustCompile(v).FindAllIndex(b, -1)))
	}
	for _, s := range substs {
		b = regexp.MustCompile(s.pat).ReplaceAll(b, []byte(s.repl))
	}
	fmt.Printf("\n%d\n%d\n%d\n", ilen, clen, len(b))
}
