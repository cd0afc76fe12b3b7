# internal/bytealg.CountString(s string, c byte) int: s's pointer in rdi,
# its length n in rsi, c in dl; the count in rax.
#
# Sixteen bytes at a time (SSE2): pcmpeqb makes each byte equal to c
# 0xff, that is -1, and psubb subtracts it from a byte counter of its own
# (xmm2). Before a counter could pass 255, psadbw sums the sixteen
# counters (their distances from the zeros of xmm3) into the total. The
# last n mod 16 bytes are counted one by one.

# flush: add xmm2's counters to the total, and clear them.
.macro flush
	psadbw %xmm3, %xmm2		# each half's eight counters summed
	movq %xmm2, %r9
	addq %r9, %rax
	psrldq $8, %xmm2
	movq %xmm2, %r9
	addq %r9, %rax
	pxor %xmm2, %xmm2
.endm

	.section .text.internal/bytealg.CountString,"ax",@progbits
	.globl "internal/bytealg.CountString"
	.type "internal/bytealg.CountString",@function
"internal/bytealg.CountString":
	xorl %eax, %eax			# the count
	xorl %ecx, %ecx			# i
	movzbl %dl, %edx
	movd %edx, %xmm0
	punpcklbw %xmm0, %xmm0
	punpcklwd %xmm0, %xmm0
	pshufd $0, %xmm0, %xmm0		# c in every byte
	pxor %xmm2, %xmm2
	pxor %xmm3, %xmm3
0:	movl $255, %r8d			# blocks before a counter could overflow
1:	leaq 16(%rcx), %r9
	cmpq %rsi, %r9
	ja 2f
	movdqu (%rdi,%rcx), %xmm1
	pcmpeqb %xmm0, %xmm1
	psubb %xmm1, %xmm2
	movq %r9, %rcx
	decl %r8d
	jnz 1b
	flush
	jmp 0b
2:	flush
3:	cmpq %rsi, %rcx
	je 5f
	cmpb %dl, (%rdi,%rcx)
	jne 4f
	incq %rax
4:	incq %rcx
	jmp 3b
5:	ret
	.size "internal/bytealg.CountString", .-"internal/bytealg.CountString"
