# This file implements the runtime's only assembly: the program entry point,
# setjmp/longjmp for panics, the goroutine context switch, and the memory
# routines LLVM may call.
# GNU syntax, assembled by LLVM's integrated assembler.

# _rt0_amd64_linux: the kernel starts us with argc at (%rsp), argv above it.
# Align the stack as the System V ABI requires, then run Go code.
	.section .text._rt0_amd64_linux,"ax",@progbits
	.globl _rt0_amd64_linux
	.type _rt0_amd64_linux,@function
_rt0_amd64_linux:
	movq (%rsp), %rdi
	leaq 8(%rsp), %rsi
	xorl %ebp, %ebp
	andq $-16, %rsp
	call runtime.rt0_go
	ud2
	.size _rt0_amd64_linux, .-_rt0_amd64_linux

# runtime.setjmp(buf *[8]uintptr) int: save the callee-saved registers, the
# stack pointer and the return address; return 0 (1 when longjmp resumes).
	.section .text.runtime.setjmp,"ax",@progbits
	.globl runtime.setjmp
	.type runtime.setjmp,@function
runtime.setjmp:
	movq %rbx, 0(%rdi)
	movq %rbp, 8(%rdi)
	movq %r12, 16(%rdi)
	movq %r13, 24(%rdi)
	movq %r14, 32(%rdi)
	movq %r15, 40(%rdi)
	leaq 8(%rsp), %rdx
	movq %rdx, 48(%rdi)
	movq (%rsp), %rdx
	movq %rdx, 56(%rdi)
	xorl %eax, %eax
	ret
	.size runtime.setjmp, .-runtime.setjmp

# runtime.longjmp(buf *[8]uintptr): resume at the setjmp that filled buf.
	.section .text.runtime.longjmp,"ax",@progbits
	.globl runtime.longjmp
	.type runtime.longjmp,@function
runtime.longjmp:
	movq 0(%rdi), %rbx
	movq 8(%rdi), %rbp
	movq 16(%rdi), %r12
	movq 24(%rdi), %r13
	movq 32(%rdi), %r14
	movq 40(%rdi), %r15
	movq 48(%rdi), %rsp
	movl $1, %eax
	jmpq *56(%rdi)
	.size runtime.longjmp, .-runtime.longjmp

# runtime.gogo(from, to *gobuf): the goroutine context switch. Save the
# running goroutine's callee-saved registers, stack pointer and resume
# address in from, then load to's and jump there. Only callee-saved state
# needs saving: to the compiled Go code, gogo is an ordinary call that
# clobbers every caller-saved register. gobuf layout (sched.go):
# sp, pc, rbp, rbx, r12, r13, r14, r15.
	.section .text.runtime.gogo,"ax",@progbits
	.globl runtime.gogo
	.type runtime.gogo,@function
runtime.gogo:
	movq (%rsp), %rax
	leaq 8(%rsp), %rdx
	movq %rdx, 0(%rdi)
	movq %rax, 8(%rdi)
	movq %rbp, 16(%rdi)
	movq %rbx, 24(%rdi)
	movq %r12, 32(%rdi)
	movq %r13, 40(%rdi)
	movq %r14, 48(%rdi)
	movq %r15, 56(%rdi)
	movq 0(%rsi), %rsp
	movq 16(%rsi), %rbp
	movq 24(%rsi), %rbx
	movq 32(%rsi), %r12
	movq 40(%rsi), %r13
	movq 48(%rsi), %r14
	movq 56(%rsi), %r15
	jmpq *8(%rsi)
	.size runtime.gogo, .-runtime.gogo

# runtime.gostart: where a new goroutine's first switch lands (newproc sets
# pc here and sp at the top of the fresh stack). rbp=0 ends the
# frame-pointer chain; sp is 16-byte aligned, so the call below meets the
# System V rule. goentry runs the goroutine's function and never returns.
	.section .text.runtime.gostart,"ax",@progbits
	.globl runtime.gostart
	.type runtime.gostart,@function
runtime.gostart:
	xorl %ebp, %ebp
	call runtime.goentry
	ud2
	.size runtime.gostart, .-runtime.gostart

# runtime.scanstackregs(hi uintptr): push the callee-saved registers (a
# caller may keep the only pointer to an object in one), then scan the
# running goroutine's stack from here up to hi: scanblock(sp, hi)
# (mgcmark.go). The extra 8 bytes keep the call 16-byte aligned.
	.section .text.runtime.scanstackregs,"ax",@progbits
	.globl runtime.scanstackregs
	.type runtime.scanstackregs,@function
runtime.scanstackregs:
	pushq %rbx
	pushq %rbp
	pushq %r12
	pushq %r13
	pushq %r14
	pushq %r15
	subq $8, %rsp
	movq %rdi, %rsi
	movq %rsp, %rdi
	call runtime.scanblock
	addq $8, %rsp
	popq %r15
	popq %r14
	popq %r13
	popq %r12
	popq %rbp
	popq %rbx
	ret
	.size runtime.scanstackregs, .-runtime.scanstackregs

# runtime.getrootbounds(b *[4]uintptr): store the linker's boundary
# symbols of the sections holding pointer-bearing package variables,
# .data and .bss: the collector's roots (mgcmark.go).
	.section .text.runtime.getrootbounds,"ax",@progbits
	.globl runtime.getrootbounds
	.type runtime.getrootbounds,@function
runtime.getrootbounds:
	leaq runtime.data(%rip), %rax
	movq %rax, 0(%rdi)
	leaq runtime.edata(%rip), %rax
	movq %rax, 8(%rdi)
	leaq runtime.bss(%rip), %rax
	movq %rax, 16(%rdi)
	leaq runtime.ebss(%rip), %rax
	movq %rax, 24(%rdi)
	ret
	.size runtime.getrootbounds, .-runtime.getrootbounds

# memmove/memcpy(dst, src, n): copy backwards when the regions overlap
# with dst above src.
	.section .text.memmove,"ax",@progbits
	.globl memmove
	.type memmove,@function
	.globl memcpy
	.type memcpy,@function
memmove:
memcpy:
	movq %rdi, %rax
	movq %rdx, %rcx
	cmpq %rsi, %rdi
	jbe 1f
	leaq (%rsi,%rdx), %r8
	cmpq %r8, %rdi
	jae 1f
	leaq -1(%rdi,%rdx), %rdi
	leaq -1(%rsi,%rdx), %rsi
	std
	rep movsb
	cld
	ret
1:
	rep movsb
	ret
	.size memmove, .-memmove

# memset(dst, c, n)
	.section .text.memset,"ax",@progbits
	.globl memset
	.type memset,@function
memset:
	movq %rdi, %r8
	movl %esi, %eax
	movq %rdx, %rcx
	rep stosb
	movq %r8, %rax
	ret
	.size memset, .-memset

# memcmp/bcmp(a, b, n): <0, 0 or >0 like C's.
	.section .text.memcmp,"ax",@progbits
	.globl memcmp
	.type memcmp,@function
	.globl bcmp
	.type bcmp,@function
memcmp:
bcmp:
	xorl %eax, %eax
	testq %rdx, %rdx
	je 2f
1:
	movzbl (%rdi), %eax
	movzbl (%rsi), %ecx
	subl %ecx, %eax
	jne 2f
	incq %rdi
	incq %rsi
	decq %rdx
	jne 1b
2:
	ret
	.size memcmp, .-memcmp

	.section .note.GNU-stack,"",@progbits
