# hash/crc32.ieeeCLMUL(crc uint32, p *byte, n int) uint32: crc (inverted,
# as between bytes) updated with the n bytes at p, n >= 64 and a multiple
# of 16, for the IEEE polynomial P, with the carry-less multiply (Intel,
# "Fast CRC Computation for Generic Polynomials Using PCLMULQDQ", 2009).
#
# The bytes are a polynomial over GF(2), bit-reflected (the first byte's
# low bit has the highest power), and the CRC is what remains of it times
# x^32 modulo P. Four 128-bit accumulators take 64 bytes at a time; each
# step moves them 512 bits on by multiplying each one's two halves by
# x^(512+64) mod P and x^512 mod P (xor of the two products: the same
# remainder, 96 bits at most) and xors in the next 64 bytes. The four then
# fold into one with the constants for 128 bits, which also takes what is
# left 16 bytes at a time; then 128 bits reduce to 64, 64 to 32, and a
# Barrett reduction (mu = x^64 / P) gives the remainder. Each constant is
# reflected and shifted as the reflected products need.
#
# Registers: rdi crc, rsi p, rdx bytes left; xmm0 the pair of constants
# of the fold in use (low and high quadword), xmm1-4 the accumulators,
# xmm5-8 the products of the high halves, xmm9-12 the bytes loaded.

# fold acc, high, next: acc = acc.low*xmm0.low ^ acc.high*xmm0.high ^ next.
.macro fold acc, high, next
	movdqa \acc, \high
	pclmulqdq $0x00, %xmm0, \acc
	pclmulqdq $0x11, %xmm0, \high
	pxor \high, \acc
	pxor \next, \acc
.endm

# constants reg, low, high: the quadwords low and high into xmm reg.
.macro constants reg, low, high
	movabsq $\low, %rax
	movq %rax, \reg
	movabsq $\high, %rax
	pinsrq $1, %rax, \reg
.endm

	.section .text.hash/crc32.ieeeCLMUL,"ax",@progbits
	.globl "hash/crc32.ieeeCLMUL"
	.type "hash/crc32.ieeeCLMUL",@function
"hash/crc32.ieeeCLMUL":
	movdqu (%rsi), %xmm1
	movdqu 16(%rsi), %xmm2
	movdqu 32(%rsi), %xmm3
	movdqu 48(%rsi), %xmm4
	movd %edi, %xmm0
	pxor %xmm0, %xmm1
	addq $64, %rsi
	subq $64, %rdx
	# x^(512+64) and x^512 mod P
	constants %xmm0, 0x154442bd4, 0x1c6e41596
1:	cmpq $64, %rdx
	jb 2f
	movdqu (%rsi), %xmm9
	movdqu 16(%rsi), %xmm10
	movdqu 32(%rsi), %xmm11
	movdqu 48(%rsi), %xmm12
	fold %xmm1, %xmm5, %xmm9
	fold %xmm2, %xmm6, %xmm10
	fold %xmm3, %xmm7, %xmm11
	fold %xmm4, %xmm8, %xmm12
	addq $64, %rsi
	subq $64, %rdx
	jmp 1b
2:	# x^(128+64) and x^128 mod P: four accumulators into one, then the
	# rest of the bytes.
	constants %xmm0, 0x1751997d0, 0xccaa009e
	fold %xmm1, %xmm5, %xmm2
	fold %xmm1, %xmm5, %xmm3
	fold %xmm1, %xmm5, %xmm4
3:	cmpq $16, %rdx
	jb 4f
	movdqu (%rsi), %xmm9
	fold %xmm1, %xmm5, %xmm9
	addq $16, %rsi
	subq $16, %rdx
	jmp 3b
4:	# 128 bits to 64: the low half times x^(64+32) mod P (xmm0's high
	# quadword), xored with the high half.
	movdqa %xmm1, %xmm5
	pclmulqdq $0x10, %xmm0, %xmm5
	psrldq $8, %xmm1
	pxor %xmm5, %xmm1
	# 64 bits to 32: the low 32 bits times x^64 mod P, xored with the rest.
	movdqa %xmm1, %xmm5
	psrldq $4, %xmm5
	movd %xmm1, %eax
	movd %eax, %xmm1
	movabsq $0x163cd6124, %rax
	movq %rax, %xmm6
	pclmulqdq $0x00, %xmm6, %xmm1
	pxor %xmm5, %xmm1
	# Barrett: t = (low 32 bits × mu) mod x^32, then t × P cancels the
	# low 32 bits; the remainder is the 32 bits above them.
	movdqa %xmm1, %xmm5
	movd %xmm1, %eax
	movd %eax, %xmm1
	movabsq $0x1f7011641, %rax
	movq %rax, %xmm6
	pclmulqdq $0x00, %xmm6, %xmm1
	movd %xmm1, %eax
	movd %eax, %xmm1
	movabsq $0x1db710641, %rax
	movq %rax, %xmm6
	pclmulqdq $0x00, %xmm6, %xmm1
	pxor %xmm5, %xmm1
	psrlq $32, %xmm1
	movd %xmm1, %eax
	ret
	.size "hash/crc32.ieeeCLMUL", .-"hash/crc32.ieeeCLMUL"

# hash/crc32.castagnoliSSE42(crc uint32, p *byte, n int) uint32: crc
# (inverted, as between bytes) updated with the n bytes at p (n > 0) for
# Castagnoli's polynomial, which SSE 4.2's crc32 instruction computes:
# eight bytes an instruction, then the last ones one by one.
	.section .text.hash/crc32.castagnoliSSE42,"ax",@progbits
	.globl "hash/crc32.castagnoliSSE42"
	.type "hash/crc32.castagnoliSSE42",@function
"hash/crc32.castagnoliSSE42":
	movl %edi, %eax
1:	cmpq $8, %rdx
	jb 2f
	crc32q (%rsi), %rax
	addq $8, %rsi
	subq $8, %rdx
	jmp 1b
2:	testq %rdx, %rdx
	jz 3f
	crc32b (%rsi), %eax
	incq %rsi
	decq %rdx
	jmp 2b
3:	ret
	.size "hash/crc32.castagnoliSSE42", .-"hash/crc32.castagnoliSSE42"
