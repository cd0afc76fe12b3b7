# internal/cpu.cpuid(eax, ecx uint32, out *[4]uint32): run CPUID and store
# the four registers it sets. CPUID writes rbx, which a function must
# give back as it found it (System V ABI), and edx, which holds out: both
# are moved aside first.
	.section ".text.internal/cpu.cpuid","ax",@progbits
	.globl "internal/cpu.cpuid"
	.type "internal/cpu.cpuid",@function
"internal/cpu.cpuid":
	movq %rbx, %r8
	movq %rdx, %r9
	movl %edi, %eax
	movl %esi, %ecx
	cpuid
	movl %eax, 0(%r9)
	movl %ebx, 4(%r9)
	movl %ecx, 8(%r9)
	movl %edx, 12(%r9)
	movq %r8, %rbx
	ret
	.size "internal/cpu.cpuid", .-"internal/cpu.cpuid"
