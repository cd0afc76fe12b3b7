# crypto/sha1.blockSHA(h *[5]uint32, p *byte, n int): the compression
# function on the n blocks at p, with the processor's SHA extensions
# (sha1.go calls it where internal/cpu finds them).
#
# sha1rnds4 runs four rounds on a, b, c and d, held in one register (a in
# the top dword), with the round function its immediate names (0 for
# rounds 0-19, 1 for 20-39, ...), taking the four words W[t..t+3] from
# another register, e added to the first of them. sha1nexte gives that e
# for the next four rounds: a as it was before these, rotated left by 30,
# added to the top word of the next four. The message schedule, W[t] =
# rotl1(W[t-3] ^ W[t-8] ^ W[t-14] ^ W[t-16]), is made four words at a
# time in three steps: sha1msg1 xors W[t-14] into W[t-16], pxor adds
# W[t-8], and sha1msg2 W[t-3] with the rotation (FIPS 180-4, 6.1.2).
#
# Registers: rdi h, rsi p, rdx blocks left; xmm0 abcd, xmm1 and xmm2 e
# (in turn), xmm3-6 the words W in four groups of four (group g in
# xmm(3 + g mod 4), W[4g] in the top dword), xmm7 the byte order mask,
# xmm8-9 abcd and e before the block.

# rounds4 f, w, e, next: four rounds of function f on the words w, with
# e holding a from four rounds before; next keeps a for the four after.
.macro rounds4 f, w, e, next
	sha1nexte \w, \e
	movdqa %xmm0, \next
	sha1rnds4 $\f, \e, %xmm0
.endm

	.section .text.crypto/sha1.blockSHA,"ax",@progbits
	.globl "crypto/sha1.blockSHA"
	.type "crypto/sha1.blockSHA",@function
"crypto/sha1.blockSHA":
	testq %rdx, %rdx
	jz 2f
	# The mask for pshufb that reverses all sixteen bytes: each word is
	# big-endian, and the first goes to the top dword.
	movabsq $0x08090a0b0c0d0e0f, %rcx
	movq %rcx, %xmm7
	movabsq $0x0001020304050607, %rcx
	pinsrq $1, %rcx, %xmm7

	movdqu 0(%rdi), %xmm0
	pshufd $0x1b, %xmm0, %xmm0	# a in the top dword, d in the lowest
	pxor %xmm1, %xmm1
	pinsrd $3, 16(%rdi), %xmm1	# e in the top dword, zeros below

1:	movdqa %xmm0, %xmm8
	movdqa %xmm1, %xmm9
	movdqu 0(%rsi), %xmm3
	pshufb %xmm7, %xmm3
	movdqu 16(%rsi), %xmm4
	pshufb %xmm7, %xmm4
	movdqu 32(%rsi), %xmm5
	pshufb %xmm7, %xmm5
	movdqu 48(%rsi), %xmm6
	pshufb %xmm7, %xmm6

	# Rounds 0-3 take e itself, not one made by sha1nexte.
	paddd %xmm3, %xmm1
	movdqa %xmm0, %xmm2
	sha1rnds4 $0, %xmm1, %xmm0
	rounds4 0, %xmm4, %xmm2, %xmm1
	sha1msg1 %xmm4, %xmm3
	rounds4 0, %xmm5, %xmm1, %xmm2
	sha1msg1 %xmm5, %xmm4
	pxor %xmm5, %xmm3
	rounds4 0, %xmm6, %xmm2, %xmm1
	sha1msg2 %xmm6, %xmm3
	sha1msg1 %xmm6, %xmm5
	pxor %xmm6, %xmm4
	rounds4 0, %xmm3, %xmm1, %xmm2
	sha1msg2 %xmm3, %xmm4
	sha1msg1 %xmm3, %xmm6
	pxor %xmm3, %xmm5
	rounds4 1, %xmm4, %xmm2, %xmm1
	sha1msg2 %xmm4, %xmm5
	sha1msg1 %xmm4, %xmm3
	pxor %xmm4, %xmm6
	rounds4 1, %xmm5, %xmm1, %xmm2
	sha1msg2 %xmm5, %xmm6
	sha1msg1 %xmm5, %xmm4
	pxor %xmm5, %xmm3
	rounds4 1, %xmm6, %xmm2, %xmm1
	sha1msg2 %xmm6, %xmm3
	sha1msg1 %xmm6, %xmm5
	pxor %xmm6, %xmm4
	rounds4 1, %xmm3, %xmm1, %xmm2
	sha1msg2 %xmm3, %xmm4
	sha1msg1 %xmm3, %xmm6
	pxor %xmm3, %xmm5
	rounds4 1, %xmm4, %xmm2, %xmm1
	sha1msg2 %xmm4, %xmm5
	sha1msg1 %xmm4, %xmm3
	pxor %xmm4, %xmm6
	rounds4 2, %xmm5, %xmm1, %xmm2
	sha1msg2 %xmm5, %xmm6
	sha1msg1 %xmm5, %xmm4
	pxor %xmm5, %xmm3
	rounds4 2, %xmm6, %xmm2, %xmm1
	sha1msg2 %xmm6, %xmm3
	sha1msg1 %xmm6, %xmm5
	pxor %xmm6, %xmm4
	rounds4 2, %xmm3, %xmm1, %xmm2
	sha1msg2 %xmm3, %xmm4
	sha1msg1 %xmm3, %xmm6
	pxor %xmm3, %xmm5
	rounds4 2, %xmm4, %xmm2, %xmm1
	sha1msg2 %xmm4, %xmm5
	sha1msg1 %xmm4, %xmm3
	pxor %xmm4, %xmm6
	rounds4 2, %xmm5, %xmm1, %xmm2
	sha1msg2 %xmm5, %xmm6
	sha1msg1 %xmm5, %xmm4
	pxor %xmm5, %xmm3
	rounds4 3, %xmm6, %xmm2, %xmm1
	sha1msg2 %xmm6, %xmm3
	sha1msg1 %xmm6, %xmm5
	pxor %xmm6, %xmm4
	rounds4 3, %xmm3, %xmm1, %xmm2
	sha1msg2 %xmm3, %xmm4
	sha1msg1 %xmm3, %xmm6
	pxor %xmm3, %xmm5
	rounds4 3, %xmm4, %xmm2, %xmm1
	sha1msg2 %xmm4, %xmm5
	pxor %xmm4, %xmm6
	rounds4 3, %xmm5, %xmm1, %xmm2
	sha1msg2 %xmm5, %xmm6
	rounds4 3, %xmm6, %xmm2, %xmm1

	# e after the 80 rounds, added to e before them; the same for abcd.
	sha1nexte %xmm9, %xmm1
	paddd %xmm8, %xmm0
	addq $64, %rsi
	decq %rdx
	jnz 1b

	pshufd $0x1b, %xmm0, %xmm0
	movdqu %xmm0, 0(%rdi)
	pextrd $3, %xmm1, 16(%rdi)
2:	ret
	.size "crypto/sha1.blockSHA", .-"crypto/sha1.blockSHA"
