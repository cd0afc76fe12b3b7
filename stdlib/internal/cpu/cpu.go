// Package cpu tells which extensions of the x86-64 instruction set the
// processor has, for the packages with faster code for some of them:
// crypto/aes uses the AES instructions, crypto/cipher's GCM and
// hash/crc32's IEEE checksum the carry-less multiply, hash/crc32's
// Castagnoli checksum SSE 4.2's crc32, crypto/sha1 and crypto/sha256 the
// SHA extensions. The
// processor says, through the CPUID instruction (cpu_amd64.s).
//
// As in Go, GODEBUG=cpu.NAME=off turns an extension off (cpu.all=off: all
// of them), so a test can run the plain Go code on any processor.
package cpu

// X86 holds the extensions some package asks about.
var X86 struct {
	HasAES       bool // aesenc, aesdec and the rest of AES-NI
	HasPCLMULQDQ bool // the carry-less multiply
	HasSSSE3     bool // pshufb, palignr
	HasSSE41     bool // pblendw
	HasSSE42     bool // crc32
	HasSHA       bool // the SHA-1 and SHA-256 instructions
}

// cpuid stores in out the registers eax, ebx, ecx and edx as CPUID leaves
// them for leaf eax and subleaf ecx.
func cpuid(eax, ecx uint32, out *[4]uint32)

// The bits of each extension in CPUID's answers.
const (
	ecx1PCLMULQDQ = 1 << 1  // leaf 1, ecx
	ecx1AES       = 1 << 25 // leaf 1, ecx
	ecx1SSSE3     = 1 << 9  // leaf 1, ecx
	ecx1SSE41     = 1 << 19 // leaf 1, ecx
	ecx1SSE42     = 1 << 20 // leaf 1, ecx
	ebx7SHA       = 1 << 29 // leaf 7, subleaf 0, ebx
)

func init() {
	var r [4]uint32
	cpuid(0, 0, &r)
	maxLeaf := r[0]
	cpuid(1, 0, &r)
	X86.HasAES = r[2]&ecx1AES != 0
	X86.HasPCLMULQDQ = r[2]&ecx1PCLMULQDQ != 0
	X86.HasSSSE3 = r[2]&ecx1SSSE3 != 0
	X86.HasSSE41 = r[2]&ecx1SSE41 != 0
	X86.HasSSE42 = r[2]&ecx1SSE42 != 0
	if maxLeaf >= 7 {
		cpuid(7, 0, &r)
		X86.HasSHA = r[1]&ebx7SHA != 0
	}
	turnOff()
}

//go:linkname godebugValue runtime.godebugValue
func godebugValue(name string) string

// turnOff clears the extensions GODEBUG turns off: cpu.NAME=off, or
// cpu.all=off for all of them.
func turnOff() {
	options := []struct {
		name string
		has  *bool
	}{{"aes", &X86.HasAES}, {"pclmulqdq", &X86.HasPCLMULQDQ}, {"ssse3", &X86.HasSSSE3}, {"sse41", &X86.HasSSE41},
		{"sse42", &X86.HasSSE42}, {"sha", &X86.HasSHA}}
	all := godebugValue("cpu.all") == "off"
	for _, o := range options {
		if all || godebugValue("cpu."+o.name) == "off" {
			*o.has = false
		}
	}
}
