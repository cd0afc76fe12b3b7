# This file implements the runtime's only assembly: the program entry point,
# setjmp/longjmp for panics (longjmp switching the stack segment), the
# goroutine context switch, stack growth (__morestack), the signal
# handler's entry, and the memory routines LLVM may call.
# GNU syntax, assembled by LLVM's integrated assembler.

# _rt0_amd64_linux: the kernel starts us with argc at (%rsp), argv above it.
# Align the stack as the System V ABI requires, keep its top as the system
# stack (g0sp, where __morestack runs the runtime), point the FS base at
# the thread block tls0 (every function's prologue compares the stack
# pointer with its word at %fs:0x70, the stack guard; 0 until a goroutine
# stack is in use: no check), then run Go code.
	.section .text._rt0_amd64_linux,"ax",@progbits
	.globl _rt0_amd64_linux
	.type _rt0_amd64_linux,@function
_rt0_amd64_linux:
	movq (%rsp), %r12
	leaq 8(%rsp), %r13
	xorl %ebp, %ebp
	andq $-16, %rsp
	movq %rsp, runtime.g0sp(%rip)
	movl $158, %eax
	movl $0x1002, %edi
	leaq runtime.tls0(%rip), %rsi
	syscall
	movq %r12, %rdi
	movq %r13, %rsi
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

# runtime.longjmp(buf *[8]uintptr): resume at the setjmp that filled buf,
# whose frame may be on an older stack segment than the running one (a
# recovered panic). unwindstack (stack.go) first makes that segment
# current, on the system stack with stack checks off, as newstack runs: a
# Go function switching segments must not grow the stack itself, or
# morestack's return through oldstack would leave the segment just chosen.
	.section .text.runtime.longjmp,"ax",@progbits
	.globl runtime.longjmp
	.type runtime.longjmp,@function
runtime.longjmp:
	movq %rdi, %rbx
	movq $0, %fs:0x70
	movq runtime.g0sp(%rip), %rsp
	movq 48(%rbx), %rdi
	call runtime.unwindstack
	movq %rbx, %rdi
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
# running goroutine's callee-saved registers, stack pointer, resume
# address and stack guard in from, then load to's and jump there. Only
# callee-saved state needs saving: to the compiled Go code, gogo is an
# ordinary call that clobbers every caller-saved register. gobuf layout
# (sched.go): sp, pc, rbp, rbx, r12, r13, r14, r15, stackguard.
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
	movq %fs:0x70, %rax
	movq %rax, 64(%rdi)
	movq 64(%rsi), %rax
	movq %rax, %fs:0x70
	movq 0(%rsi), %rsp
	movq 16(%rsi), %rbp
	movq 24(%rsi), %rbx
	movq 32(%rsi), %r12
	movq 40(%rsi), %r13
	movq 48(%rsi), %r14
	movq 56(%rsi), %r15
	jmpq *8(%rsi)
	.size runtime.gogo, .-runtime.gogo

# runtime.goexit: where a new goroutine's first switch lands (newproc sets
# pc here and sp at the top of the fresh stack). rbp=0 ends the
# frame-pointer chain; sp is 16-byte aligned, so the call below meets the
# System V rule. goentry runs the goroutine's function and never returns.
# As in Go, every goroutine's stack thus ends in runtime.goexit's frame
# (the walks leave goentry's out: traceback.go).
	.section .text.runtime.goexit,"ax",@progbits
	.globl runtime.goexit
	.type runtime.goexit,@function
runtime.goexit:
	xorl %ebp, %ebp
	call runtime.goentry
	ud2
	.size runtime.goexit, .-runtime.goexit

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

# runtime.GC(): record the caller's callee-saved registers (the only
# registers that can hold its live values across a call) and its stack
# pointer in runtime.gcCaller (mgc.go), then jump to runtime.gcForced,
# which returns straight to the caller. The cycle scans the caller's
# frames from there up, none of the collector's own.
	.section .text.runtime.GC,"ax",@progbits
	.globl runtime.GC
	.type runtime.GC,@function
runtime.GC:
	movq %rbx, runtime.gcCaller+0(%rip)
	movq %rbp, runtime.gcCaller+8(%rip)
	movq %r12, runtime.gcCaller+16(%rip)
	movq %r13, runtime.gcCaller+24(%rip)
	movq %r14, runtime.gcCaller+32(%rip)
	movq %r15, runtime.gcCaller+40(%rip)
	leaq 8(%rsp), %rax
	movq %rax, runtime.gcCaller+48(%rip)
	jmp runtime.gcForced
	.size runtime.GC, .-runtime.GC

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

# runtime.morestack and __morestack: a function F calls one of them from
# its prologue when its frame would reach below the stack guard
# (gominic/compile/nosplit.py chooses which check F has):
#  - our short check calls runtime.morestack from just before F's entry:
#    (%rsp) is F's entry, which on the new segment passes the check and
#    goes on to the body (B here is the entry); F's frame is at most 256
#    bytes, it has no stack arguments, and r10 holds its static chain
#    (nest), if any;
#  - LLVM's "split-stack" check calls __morestack (the protocol libgcc's
#    morestack.S serves gccgo): (%rsp) is a `ret` in F's prologue, F's
#    body B is just after it; r10 holds F's frame size, r11 the size of
#    its stack arguments, and rax its static chain (LLVM moved it from
#    r10; B moves it back).
# Then 8(%rsp) is F's own return address RA, followed by F's stack
# arguments, and the other argument registers hold F's arguments.
# newstack (stack.go), run on the system stack, gives a stack segment
# with the arguments copied to its top; B runs there, with the static
# chain in both rax and r10, and returns here; oldstack makes the previous
# segment current again, and we return to RA with F's results as if F had
# returned. The frame record built here is (caller's rbp, RA): a traceback
# walking the frame pointers from F's body goes through runtime.morestack
# (hidden) straight to F's caller.
	.section .text.runtime.morestack,"ax",@progbits
	.globl runtime.morestack
	.type runtime.morestack,@function
	.globl __morestack
	.type __morestack,@function
runtime.morestack:
	movq %r10, %rax
	movl $256, %r10d
	xorl %r11d, %r11d
	jmp 1f
__morestack:
	incq (%rsp)
1:	pushq %r10
	movq 8(%rsp), %r10
	movq %rbp, 8(%rsp)
	leaq 8(%rsp), %rbp
	pushq %r10
	pushq %r11
	pushq %rax
	pushq %rdi
	pushq %rsi
	pushq %rdx
	pushq %rcx
	pushq %r8
	pushq %r9
	subq $128, %rsp
	movdqu %xmm0, 0(%rsp)
	movdqu %xmm1, 16(%rsp)
	movdqu %xmm2, 32(%rsp)
	movdqu %xmm3, 48(%rsp)
	movdqu %xmm4, 64(%rsp)
	movdqu %xmm5, 80(%rsp)
	movdqu %xmm6, 96(%rsp)
	movdqu %xmm7, 112(%rsp)
	# newstack(framesize, argsize, argp, fp, sp) on the system stack,
	# with stack checks off (guard 0) while it runs there.
	movq -8(%rbp), %rdi
	movq -24(%rbp), %rsi
	leaq 16(%rbp), %rdx
	movq %rbp, %rcx
	movq %rsp, %r8
	movq $0, %fs:0x70
	movq runtime.g0sp(%rip), %rsp
	call runtime.newstack
	movq %rdx, %fs:0x70
	movq %rax, %r11
	leaq -208(%rbp), %rsp
	movdqu 0(%rsp), %xmm0
	movdqu 16(%rsp), %xmm1
	movdqu 32(%rsp), %xmm2
	movdqu 48(%rsp), %xmm3
	movdqu 64(%rsp), %xmm4
	movdqu 80(%rsp), %xmm5
	movdqu 96(%rsp), %xmm6
	movdqu 112(%rsp), %xmm7
	movq 128(%rsp), %r9
	movq 136(%rsp), %r8
	movq 144(%rsp), %rcx
	movq 152(%rsp), %rdx
	movq 160(%rsp), %rsi
	movq 168(%rsp), %rdi
	movq 176(%rsp), %rax
	movq %rax, %r10
	movq %r11, %rsp
	call *-16(%rbp)
	# F's results are in rax, rdx, rcx, r8 and xmm0-xmm3 (LLVM returns
	# aggregates of up to four words in registers): keep them over oldstack.
	subq $96, %rsp
	movq %rax, 64(%rsp)
	movq %rdx, 72(%rsp)
	movq %rcx, 80(%rsp)
	movq %r8, 88(%rsp)
	movdqu %xmm0, 0(%rsp)
	movdqu %xmm1, 16(%rsp)
	movdqu %xmm2, 32(%rsp)
	movdqu %xmm3, 48(%rsp)
	call runtime.oldstack
	movq 64(%rsp), %rax
	movq 72(%rsp), %rdx
	movq 80(%rsp), %rcx
	movq 88(%rsp), %r8
	movdqu 0(%rsp), %xmm0
	movdqu 16(%rsp), %xmm1
	movdqu 32(%rsp), %xmm2
	movdqu 48(%rsp), %xmm3
	movq %rbp, %rsp
	popq %rbp
	ret
	.globl runtime.morestackEnd
runtime.morestackEnd:
	.size runtime.morestack, .-runtime.morestack

# runtime.sigtramp(sig, info, ctx): the kernel calls signal handlers here,
# on the alternate signal stack. The stack guard belongs to the goroutine
# stack that was interrupted: turn checks off while the Go handler runs,
# and restore the guard for the interrupted code.
	.section .text.runtime.sigtramp,"ax",@progbits
	.globl runtime.sigtramp
	.type runtime.sigtramp,@function
runtime.sigtramp:
	pushq %rbx
	movq %fs:0x70, %rbx
	movq $0, %fs:0x70
	call runtime.sighandler
	movq %rbx, %fs:0x70
	popq %rbx
	ret
	.size runtime.sigtramp, .-runtime.sigtramp

# runtime.preemptPark: the loop back-edges of user code call it when the
# timer signal asked the goroutine to yield (preempt.go). It is called
# with LLVM's preserve_all convention (gominic/compile/function.py): the
# loop may keep values in every register but r11, so the hot loop needs
# no spills for this rare call; save them all here and yield in Go.
# 8 words + 264 bytes keep the stack 16-byte aligned at the call; all of
# it fits in the stackGuard bytes below a frame (stack.go).
	.section .text.runtime.preemptPark,"ax",@progbits
	.globl runtime.preemptPark
	.type runtime.preemptPark,@function
runtime.preemptPark:
	pushq %rax
	pushq %rcx
	pushq %rdx
	pushq %rsi
	pushq %rdi
	pushq %r8
	pushq %r9
	pushq %r10
	subq $264, %rsp
	movdqu %xmm0, 0(%rsp)
	movdqu %xmm1, 16(%rsp)
	movdqu %xmm2, 32(%rsp)
	movdqu %xmm3, 48(%rsp)
	movdqu %xmm4, 64(%rsp)
	movdqu %xmm5, 80(%rsp)
	movdqu %xmm6, 96(%rsp)
	movdqu %xmm7, 112(%rsp)
	movdqu %xmm8, 128(%rsp)
	movdqu %xmm9, 144(%rsp)
	movdqu %xmm10, 160(%rsp)
	movdqu %xmm11, 176(%rsp)
	movdqu %xmm12, 192(%rsp)
	movdqu %xmm13, 208(%rsp)
	movdqu %xmm14, 224(%rsp)
	movdqu %xmm15, 240(%rsp)
	call runtime.gopreempt
	movdqu 0(%rsp), %xmm0
	movdqu 16(%rsp), %xmm1
	movdqu 32(%rsp), %xmm2
	movdqu 48(%rsp), %xmm3
	movdqu 64(%rsp), %xmm4
	movdqu 80(%rsp), %xmm5
	movdqu 96(%rsp), %xmm6
	movdqu 112(%rsp), %xmm7
	movdqu 128(%rsp), %xmm8
	movdqu 144(%rsp), %xmm9
	movdqu 160(%rsp), %xmm10
	movdqu 176(%rsp), %xmm11
	movdqu 192(%rsp), %xmm12
	movdqu 208(%rsp), %xmm13
	movdqu 224(%rsp), %xmm14
	movdqu 240(%rsp), %xmm15
	addq $264, %rsp
	popq %r10
	popq %r9
	popq %r8
	popq %rdi
	popq %rsi
	popq %rdx
	popq %rcx
	popq %rax
	ret
	.size runtime.preemptPark, .-runtime.preemptPark

# memmove/memcpy(dst, src, n). Up to 64 bytes, every byte is loaded
# before any is stored, from the two ends (the middle is covered twice
# when n is not a power of two), so overlapping regions need no care and
# a short copy (copy(), append, a slice of a few words) runs no loop:
# `rep movsb` costs tens of cycles to start. Longer copies use it,
# backwards when the regions overlap with dst above src.
	.section .text.memmove,"ax",@progbits
	.p2align 4
	.globl memmove
	.type memmove,@function
	.globl memcpy
	.type memcpy,@function
memmove:
memcpy:
	movq %rdi, %rax
	cmpq $16, %rdx
	ja 3f
	cmpq $8, %rdx
	jb 1f
	movq (%rsi), %rcx
	movq -8(%rsi,%rdx), %r8
	movq %rcx, (%rdi)
	movq %r8, -8(%rdi,%rdx)
	ret
1:	cmpq $4, %rdx
	jb 2f
	movl (%rsi), %ecx
	movl -4(%rsi,%rdx), %r8d
	movl %ecx, (%rdi)
	movl %r8d, -4(%rdi,%rdx)
	ret
2:	testq %rdx, %rdx
	je 9f
	movzbl (%rsi), %ecx
	cmpq $1, %rdx
	je 1f
	movzwl -2(%rsi,%rdx), %r8d
	movw %r8w, -2(%rdi,%rdx)
1:	movb %cl, (%rdi)
	ret
3:	cmpq $32, %rdx
	ja 4f
	movups (%rsi), %xmm0
	movups -16(%rsi,%rdx), %xmm1
	movups %xmm0, (%rdi)
	movups %xmm1, -16(%rdi,%rdx)
	ret
4:	cmpq $64, %rdx
	ja 5f
	movups (%rsi), %xmm0
	movups 16(%rsi), %xmm1
	movups -32(%rsi,%rdx), %xmm2
	movups -16(%rsi,%rdx), %xmm3
	movups %xmm0, (%rdi)
	movups %xmm1, 16(%rdi)
	movups %xmm2, -32(%rdi,%rdx)
	movups %xmm3, -16(%rdi,%rdx)
	ret
5:	movq %rdx, %rcx
	cmpq %rsi, %rdi
	jbe 6f
	leaq (%rsi,%rdx), %r8
	cmpq %r8, %rdi
	jae 6f
	leaq -1(%rdi,%rdx), %rdi
	leaq -1(%rsi,%rdx), %rsi
	std
	rep movsb
	cld
	ret
6:	rep movsb
9:	ret
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

# runtime.Breakpoint(): a breakpoint trap (SIGTRAP), as Go's; with a frame
# of its own, so that a traceback from the trap reaches its caller.
	.section .text.runtime.Breakpoint,"ax",@progbits
	.globl runtime.Breakpoint
	.type runtime.Breakpoint,@function
runtime.Breakpoint:
	pushq %rbp
	movq %rsp, %rbp
	int3
	popq %rbp
	ret
	.size runtime.Breakpoint, .-runtime.Breakpoint

# memcmp/bcmp(a, b, n): <0, 0 or >0 like C's. Sixteen bytes at a time
# (SSE2, which every x86-64 has): pcmpeqb marks the bytes that are equal,
# pmovmskb gathers one bit per byte, and the first bit clear is the first
# byte that differs. Then eight bytes at a time: at the first word that
# differs, the two words read big-endian (bswap) compare as their first
# differing bytes do. Then the last few bytes one by one.
	.section .text.memcmp,"ax",@progbits
	.p2align 4
	.globl memcmp
	.type memcmp,@function
	.globl bcmp
	.type bcmp,@function
memcmp:
bcmp:
	xorl %eax, %eax
0:	cmpq $16, %rdx
	jb 1f
	movdqu (%rdi), %xmm0
	movdqu (%rsi), %xmm1
	pcmpeqb %xmm1, %xmm0
	pmovmskb %xmm0, %ecx
	xorl $0xffff, %ecx
	jnz 6f
	addq $16, %rdi
	addq $16, %rsi
	subq $16, %rdx
	jmp 0b
1:	cmpq $8, %rdx
	jb 3f
	movq (%rdi), %rcx
	movq (%rsi), %r8
	cmpq %r8, %rcx
	jne 2f
	addq $8, %rdi
	addq $8, %rsi
	subq $8, %rdx
	jmp 1b
2:	bswapq %rcx
	bswapq %r8
	cmpq %r8, %rcx
	sbbl %eax, %eax
	orl $1, %eax
	ret
3:	testq %rdx, %rdx
	je 5f
4:	movzbl (%rdi), %eax
	movzbl (%rsi), %ecx
	subl %ecx, %eax
	jne 5f
	incq %rdi
	incq %rsi
	decq %rdx
	jne 4b
5:	ret
6:	bsfl %ecx, %ecx
	movzbl (%rdi,%rcx), %eax
	movzbl (%rsi,%rcx), %ecx
	subl %ecx, %eax
	ret
	.size memcmp, .-memcmp

	.section .note.GNU-stack,"",@progbits
