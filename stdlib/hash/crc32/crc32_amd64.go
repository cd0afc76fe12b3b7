package crc32

import "internal/cpu"

// The hooks Update calls for the processor's own ways to compute a CRC-32
// (crc32_amd64.s): the IEEE checksum with the carry-less multiply, folding
// 64 bytes a step; the Castagnoli checksum with SSE 4.2's crc32, which
// computes exactly it, eight bytes an instruction. Both take the CRC as it
// stands between bytes (inverted), as the tables do.

func archAvailableIEEE() bool       { return cpu.X86.HasPCLMULQDQ }
func archAvailableCastagnoli() bool { return cpu.X86.HasSSE42 }

// archInitIEEE and archInitCastagnoli are Go's hooks for what the code
// needs before its first use: ours needs no table, only the instructions.
func archInitIEEE() {
	if !archAvailableIEEE() {
		panic("arch-specific crc32 instruction for IEEE not available")
	}
}

func archInitCastagnoli() {
	if !archAvailableCastagnoli() {
		panic("arch-specific crc32 instruction for Castagnoli not available")
	}
}

// archUpdateIEEE folds the multiples of 16 bytes in p with ieeeCLMUL,
// which needs 64 bytes at least, and the rest with the tables.
func archUpdateIEEE(crc uint32, p []byte) uint32 {
	if len(p) >= 64 {
		n := len(p) &^ 15
		crc = ^ieeeCLMUL(^crc, &p[0], n)
		p = p[n:]
	}
	return simpleUpdate(crc, IEEETable, p)
}

func archUpdateCastagnoli(crc uint32, p []byte) uint32 {
	if len(p) == 0 {
		return crc
	}
	return ^castagnoliSSE42(^crc, &p[0], len(p))
}

// ieeeCLMUL returns crc updated with the n bytes at p (n >= 64, a
// multiple of 16).
//
//go:noescape
func ieeeCLMUL(crc uint32, p *byte, n int) uint32

// castagnoliSSE42 returns crc updated with the n bytes at p (n > 0).
//
//go:noescape
func castagnoliSSE42(crc uint32, p *byte, n int) uint32
