# internal/bytealg.IndexByteString(s string, c byte) int: s's pointer in
# rdi, its length n in rsi, c in dl; the index in rax.
#
# Sixteen bytes at a time (SSE2, which every x86-64 has): xmm0 holds c in
# each of its bytes, pcmpeqb marks the bytes of a block equal to it, and
# pmovmskb gathers one bit per byte: the lowest bit set is the first
# match. The last block is the sixteen bytes ending at n, which overlaps
# bytes already searched (they hold no c). A string shorter than
# sixteen bytes is searched byte by byte: a block load could cross into
# an unmapped page.
	.section .text.internal/bytealg.IndexByteString,"ax",@progbits
	.globl "internal/bytealg.IndexByteString"
	.type "internal/bytealg.IndexByteString",@function
"internal/bytealg.IndexByteString":
	xorl %eax, %eax			# i
	cmpq $16, %rsi
	jb 4f
	movzbl %dl, %edx
	movd %edx, %xmm0
	punpcklbw %xmm0, %xmm0
	punpcklwd %xmm0, %xmm0
	pshufd $0, %xmm0, %xmm0		# c in every byte
1:	leaq 16(%rax), %rcx
	cmpq %rsi, %rcx
	ja 3f				# fewer than sixteen bytes left
	movdqu (%rdi,%rax), %xmm1
	pcmpeqb %xmm0, %xmm1
	pmovmskb %xmm1, %ecx
	testl %ecx, %ecx
	jnz 2f
	addq $16, %rax
	jmp 1b
2:	bsfl %ecx, %ecx
	addq %rcx, %rax
	ret
3:	cmpq %rsi, %rax
	je 6f				# none left
	leaq -16(%rsi), %rax		# the last block
	movdqu (%rdi,%rax), %xmm1
	pcmpeqb %xmm0, %xmm1
	pmovmskb %xmm1, %ecx
	testl %ecx, %ecx
	jnz 2b
	jmp 6f
4:	cmpq %rsi, %rax
	je 6f
	cmpb %dl, (%rdi,%rax)
	je 5f
	incq %rax
	jmp 4b
5:	ret
6:	movq $-1, %rax
	ret
	.size "internal/bytealg.IndexByteString", .-"internal/bytealg.IndexByteString"
