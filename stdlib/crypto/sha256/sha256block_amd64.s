# crypto/sha256.blockSHA(h *[8]uint32, p *byte, n int): the compression
# function on the n blocks at p, with the processor's SHA extensions
# (sha256.go calls it where internal/cpu finds them).
#
# sha256rnds2 runs two rounds on the working variables held in two
# registers, ABEF (a in the top dword, f in the lowest) and CDGH, taking
# the two rounds' W[t]+K[t] from the low half of xmm0; it writes the new
# ABEF over the CDGH operand, and the old ABEF is the new CDGH, so the two
# registers swap roles each time. sha256msg1 and sha256msg2 compute the
# message schedule four words at a time: with W[t-16..t-13] and
# W[t-12..t-9], msg1 gives W[t-16+i] + sigma0(W[t-15+i]); adding
# W[t-7..t-4], msg2 with W[t-4..t-1] adds sigma1(W[t-2+i]), which for the
# last two words are the first two of its own result (FIPS 180-4, 6.2.2).
#
# Registers: rdi h, rsi p, rdx blocks left, rax the round constants _K;
# xmm1 ABEF, xmm2 CDGH, xmm3-6 the message words W in four groups of four
# (group g in xmm(3 + g mod 4)), xmm0 W+K, xmm7 scratch, xmm8 the byte
# order mask, xmm9-10 the working variables before the block.

# rounds4 k, w: four rounds with the words w and the constants at k(%rax).
.macro rounds4 k, w
	movdqu \k(%rax), %xmm0
	paddd \w, %xmm0
	sha256rnds2 %xmm0, %xmm1, %xmm2
	pshufd $0x0e, %xmm0, %xmm0
	sha256rnds2 %xmm0, %xmm2, %xmm1
.endm

# schedule cur, prev, next: next (msg1 of the words four groups before it)
# becomes the group after cur, now that cur and prev, the group before it,
# are known.
.macro schedule cur, prev, next
	movdqa \cur, %xmm7
	palignr $4, \prev, %xmm7
	paddd %xmm7, \next
	sha256msg2 \cur, \next
.endm

	.section ".text.crypto/sha256.blockSHA","ax",@progbits
	.globl "crypto/sha256.blockSHA"
	.type "crypto/sha256.blockSHA",@function
"crypto/sha256.blockSHA":
	testq %rdx, %rdx
	jz 2f
	leaq "crypto/sha256._K"(%rip), %rax
	# The mask for pshufb that reverses the bytes of each dword: the
	# message words are big-endian.
	movabsq $0x0405060700010203, %rcx
	movq %rcx, %xmm8
	movabsq $0x0c0d0e0f08090a0b, %rcx
	pinsrq $1, %rcx, %xmm8

	# h[0..7] = a..h, the lowest dword first: from DCBA and HGFE make
	# ABEF and CDGH.
	movdqu 0(%rdi), %xmm1
	movdqu 16(%rdi), %xmm2
	pshufd $0xb1, %xmm1, %xmm1	# CDAB
	pshufd $0x1b, %xmm2, %xmm2	# EFGH
	movdqa %xmm1, %xmm7
	palignr $8, %xmm2, %xmm1	# ABEF
	pblendw $0xf0, %xmm7, %xmm2	# CDGH

1:	movdqa %xmm1, %xmm9
	movdqa %xmm2, %xmm10
	movdqu 0(%rsi), %xmm3
	pshufb %xmm8, %xmm3
	movdqu 16(%rsi), %xmm4
	pshufb %xmm8, %xmm4
	movdqu 32(%rsi), %xmm5
	pshufb %xmm8, %xmm5
	movdqu 48(%rsi), %xmm6
	pshufb %xmm8, %xmm6

	rounds4 0, %xmm3
	rounds4 16, %xmm4
	sha256msg1 %xmm4, %xmm3
	rounds4 32, %xmm5
	sha256msg1 %xmm5, %xmm4
	rounds4 48, %xmm6
	schedule %xmm6, %xmm5, %xmm3
	sha256msg1 %xmm6, %xmm5
	rounds4 64, %xmm3
	schedule %xmm3, %xmm6, %xmm4
	sha256msg1 %xmm3, %xmm6
	rounds4 80, %xmm4
	schedule %xmm4, %xmm3, %xmm5
	sha256msg1 %xmm4, %xmm3
	rounds4 96, %xmm5
	schedule %xmm5, %xmm4, %xmm6
	sha256msg1 %xmm5, %xmm4
	rounds4 112, %xmm6
	schedule %xmm6, %xmm5, %xmm3
	sha256msg1 %xmm6, %xmm5
	rounds4 128, %xmm3
	schedule %xmm3, %xmm6, %xmm4
	sha256msg1 %xmm3, %xmm6
	rounds4 144, %xmm4
	schedule %xmm4, %xmm3, %xmm5
	sha256msg1 %xmm4, %xmm3
	rounds4 160, %xmm5
	schedule %xmm5, %xmm4, %xmm6
	sha256msg1 %xmm5, %xmm4
	rounds4 176, %xmm6
	schedule %xmm6, %xmm5, %xmm3
	sha256msg1 %xmm6, %xmm5
	rounds4 192, %xmm3
	schedule %xmm3, %xmm6, %xmm4
	sha256msg1 %xmm3, %xmm6
	rounds4 208, %xmm4
	schedule %xmm4, %xmm3, %xmm5
	rounds4 224, %xmm5
	schedule %xmm5, %xmm4, %xmm6
	rounds4 240, %xmm6

	paddd %xmm9, %xmm1
	paddd %xmm10, %xmm2
	addq $64, %rsi
	decq %rdx
	jnz 1b

	# Back from ABEF and CDGH to DCBA and HGFE.
	pshufd $0x1b, %xmm1, %xmm1	# FEBA
	pshufd $0xb1, %xmm2, %xmm2	# DCHG
	movdqa %xmm1, %xmm7
	pblendw $0xf0, %xmm2, %xmm1	# DCBA
	palignr $8, %xmm7, %xmm2	# HGFE
	movdqu %xmm1, 0(%rdi)
	movdqu %xmm2, 16(%rdi)
2:	ret
	.size "crypto/sha256.blockSHA", .-"crypto/sha256.blockSHA"
