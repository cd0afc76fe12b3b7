// This file lists the values found in section and program headers, the
// dynamic section, notes and symbols, each type with its names as String
// and GoString print them.

package elf

// SectionIndex holds the special section numbers a symbol's Section may take.
type SectionIndex int

const (
	SHN_UNDEF     SectionIndex = 0
	SHN_LORESERVE SectionIndex = 0xff00
	SHN_LOPROC    SectionIndex = 0xff00
	SHN_HIPROC    SectionIndex = 0xff1f
	SHN_LOOS      SectionIndex = 0xff20
	SHN_HIOS      SectionIndex = 0xff3f
	SHN_ABS       SectionIndex = 0xfff1
	SHN_COMMON    SectionIndex = 0xfff2
	SHN_XINDEX    SectionIndex = 0xffff
	SHN_HIRESERVE SectionIndex = 0xffff
)

var sectionIndexNames = nameTable{
	{0, "SHN_UNDEF"},
	{0xff00, "SHN_LOPROC"},
	{0xff20, "SHN_LOOS"},
	{0xfff1, "SHN_ABS"},
	{0xfff2, "SHN_COMMON"},
	{0xffff, "SHN_XINDEX"},
}

func (i SectionIndex) String() string   { return sectionIndexNames.name(uint32(i), "") }
func (i SectionIndex) GoString() string { return sectionIndexNames.name(uint32(i), "elf.") }

// SectionType is a section's sh_type: what its contents are.
type SectionType uint32

const (
	SHT_NULL           SectionType = 0
	SHT_PROGBITS       SectionType = 1
	SHT_SYMTAB         SectionType = 2
	SHT_STRTAB         SectionType = 3
	SHT_RELA           SectionType = 4
	SHT_HASH           SectionType = 5
	SHT_DYNAMIC        SectionType = 6
	SHT_NOTE           SectionType = 7
	SHT_NOBITS         SectionType = 8
	SHT_REL            SectionType = 9
	SHT_SHLIB          SectionType = 10
	SHT_DYNSYM         SectionType = 11
	SHT_INIT_ARRAY     SectionType = 14
	SHT_FINI_ARRAY     SectionType = 15
	SHT_PREINIT_ARRAY  SectionType = 16
	SHT_GROUP          SectionType = 17
	SHT_SYMTAB_SHNDX   SectionType = 18
	SHT_LOOS           SectionType = 0x60000000
	SHT_GNU_ATTRIBUTES SectionType = 0x6ffffff5
	SHT_GNU_HASH       SectionType = 0x6ffffff6
	SHT_GNU_LIBLIST    SectionType = 0x6ffffff7
	SHT_GNU_VERDEF     SectionType = 0x6ffffffd
	SHT_GNU_VERNEED    SectionType = 0x6ffffffe
	SHT_GNU_VERSYM     SectionType = 0x6fffffff
	SHT_HIOS           SectionType = 0x6fffffff
	SHT_LOPROC         SectionType = 0x70000000
	SHT_MIPS_ABIFLAGS  SectionType = 0x7000002a
	SHT_HIPROC         SectionType = 0x7fffffff
	SHT_LOUSER         SectionType = 0x80000000
	SHT_HIUSER         SectionType = 0xffffffff
)

var sectionTypeNames = nameTable{
	{0, "SHT_NULL"},
	{1, "SHT_PROGBITS"},
	{2, "SHT_SYMTAB"},
	{3, "SHT_STRTAB"},
	{4, "SHT_RELA"},
	{5, "SHT_HASH"},
	{6, "SHT_DYNAMIC"},
	{7, "SHT_NOTE"},
	{8, "SHT_NOBITS"},
	{9, "SHT_REL"},
	{10, "SHT_SHLIB"},
	{11, "SHT_DYNSYM"},
	{14, "SHT_INIT_ARRAY"},
	{15, "SHT_FINI_ARRAY"},
	{16, "SHT_PREINIT_ARRAY"},
	{17, "SHT_GROUP"},
	{18, "SHT_SYMTAB_SHNDX"},
	{0x60000000, "SHT_LOOS"},
	{0x6ffffff5, "SHT_GNU_ATTRIBUTES"},
	{0x6ffffff6, "SHT_GNU_HASH"},
	{0x6ffffff7, "SHT_GNU_LIBLIST"},
	{0x6ffffffd, "SHT_GNU_VERDEF"},
	{0x6ffffffe, "SHT_GNU_VERNEED"},
	{0x6fffffff, "SHT_GNU_VERSYM"},
	{0x70000000, "SHT_LOPROC"},
	{0x7000002a, "SHT_MIPS_ABIFLAGS"},
	{0x7fffffff, "SHT_HIPROC"},
	{0x80000000, "SHT_LOUSER"},
	{0xffffffff, "SHT_HIUSER"},
}

func (i SectionType) String() string   { return sectionTypeNames.name(uint32(i), "") }
func (i SectionType) GoString() string { return sectionTypeNames.name(uint32(i), "elf.") }

// SectionFlag is a set of sh_flags bits.
type SectionFlag uint32

const (
	SHF_WRITE            SectionFlag = 0x1
	SHF_ALLOC            SectionFlag = 0x2
	SHF_EXECINSTR        SectionFlag = 0x4
	SHF_MERGE            SectionFlag = 0x10
	SHF_STRINGS          SectionFlag = 0x20
	SHF_INFO_LINK        SectionFlag = 0x40
	SHF_LINK_ORDER       SectionFlag = 0x80
	SHF_OS_NONCONFORMING SectionFlag = 0x100
	SHF_GROUP            SectionFlag = 0x200
	SHF_TLS              SectionFlag = 0x400
	SHF_COMPRESSED       SectionFlag = 0x800
	SHF_MASKOS           SectionFlag = 0x0ff00000
	SHF_MASKPROC         SectionFlag = 0xf0000000
)

var sectionFlagNames = nameTable{
	{0x1, "SHF_WRITE"},
	{0x2, "SHF_ALLOC"},
	{0x4, "SHF_EXECINSTR"},
	{0x10, "SHF_MERGE"},
	{0x20, "SHF_STRINGS"},
	{0x40, "SHF_INFO_LINK"},
	{0x80, "SHF_LINK_ORDER"},
	{0x100, "SHF_OS_NONCONFORMING"},
	{0x200, "SHF_GROUP"},
	{0x400, "SHF_TLS"},
	{0x800, "SHF_COMPRESSED"},
}

func (i SectionFlag) String() string   { return sectionFlagNames.flags(uint32(i), "") }
func (i SectionFlag) GoString() string { return sectionFlagNames.flags(uint32(i), "elf.") }

// CompressionType is the algorithm named in a compressed section's header.
type CompressionType int

const (
	COMPRESS_ZLIB   CompressionType = 1
	COMPRESS_LOOS   CompressionType = 0x60000000
	COMPRESS_HIOS   CompressionType = 0x6fffffff
	COMPRESS_LOPROC CompressionType = 0x70000000
	COMPRESS_HIPROC CompressionType = 0x7fffffff
)

var compressionTypeNames = nameTable{
	{0, "COMPRESS_ZLIB"},
	{0x60000000, "COMPRESS_LOOS"},
	{0x6fffffff, "COMPRESS_HIOS"},
	{0x70000000, "COMPRESS_LOPROC"},
	{0x7fffffff, "COMPRESS_HIPROC"},
}

func (i CompressionType) String() string   { return compressionTypeNames.name(uint32(i), "") }
func (i CompressionType) GoString() string { return compressionTypeNames.name(uint32(i), "elf.") }

// ProgType is a program header's p_type (Prog.Type).
type ProgType int

const (
	PT_NULL              ProgType = 0
	PT_LOAD              ProgType = 1
	PT_DYNAMIC           ProgType = 2
	PT_INTERP            ProgType = 3
	PT_NOTE              ProgType = 4
	PT_SHLIB             ProgType = 5
	PT_PHDR              ProgType = 6
	PT_TLS               ProgType = 7
	PT_LOOS              ProgType = 0x60000000
	PT_GNU_EH_FRAME      ProgType = 0x6474e550
	PT_GNU_STACK         ProgType = 0x6474e551
	PT_GNU_RELRO         ProgType = 0x6474e552
	PT_GNU_PROPERTY      ProgType = 0x6474e553
	PT_GNU_MBIND_LO      ProgType = 0x6474e555
	PT_GNU_MBIND_HI      ProgType = 0x6474f554
	PT_PAX_FLAGS         ProgType = 0x65041580
	PT_OPENBSD_RANDOMIZE ProgType = 0x65a3dbe6
	PT_OPENBSD_WXNEEDED  ProgType = 0x65a3dbe7
	PT_OPENBSD_BOOTDATA  ProgType = 0x65a41be6
	PT_SUNW_EH_FRAME     ProgType = 0x6474e550
	PT_SUNWSTACK         ProgType = 0x6ffffffb
	PT_HIOS              ProgType = 0x6fffffff
	PT_LOPROC            ProgType = 0x70000000
	PT_ARM_ARCHEXT       ProgType = 0x70000000
	PT_ARM_EXIDX         ProgType = 0x70000001
	PT_AARCH64_ARCHEXT   ProgType = 0x70000000
	PT_AARCH64_UNWIND    ProgType = 0x70000001
	PT_MIPS_REGINFO      ProgType = 0x70000000
	PT_MIPS_RTPROC       ProgType = 0x70000001
	PT_MIPS_OPTIONS      ProgType = 0x70000002
	PT_MIPS_ABIFLAGS     ProgType = 0x70000003
	PT_S390_PGSTE        ProgType = 0x70000000
	PT_HIPROC            ProgType = 0x7fffffff
)

var progTypeNames = nameTable{
	{0, "PT_NULL"},
	{1, "PT_LOAD"},
	{2, "PT_DYNAMIC"},
	{3, "PT_INTERP"},
	{4, "PT_NOTE"},
	{5, "PT_SHLIB"},
	{6, "PT_PHDR"},
	{7, "PT_TLS"},
	{0x60000000, "PT_LOOS"},
	{0x6474e550, "PT_GNU_EH_FRAME"},
	{0x6474e551, "PT_GNU_STACK"},
	{0x6474e552, "PT_GNU_RELRO"},
	{0x6474e553, "PT_GNU_PROPERTY"},
	{0x65041580, "PT_PAX_FLAGS"},
	{0x65a3dbe6, "PT_OPENBSD_RANDOMIZE"},
	{0x65a3dbe7, "PT_OPENBSD_WXNEEDED"},
	{0x65a41be6, "PT_OPENBSD_BOOTDATA"},
	{0x6ffffffb, "PT_SUNWSTACK"},
	{0x6fffffff, "PT_HIOS"},
	{0x70000000, "PT_LOPROC"},
	{0x7fffffff, "PT_HIPROC"},
}

func (i ProgType) String() string   { return progTypeNames.name(uint32(i), "") }
func (i ProgType) GoString() string { return progTypeNames.name(uint32(i), "elf.") }

// ProgFlag is a set of p_flags permission bits (Prog.Flags).
type ProgFlag uint32

const (
	PF_X        ProgFlag = 0x1
	PF_W        ProgFlag = 0x2
	PF_R        ProgFlag = 0x4
	PF_MASKOS   ProgFlag = 0x0ff00000
	PF_MASKPROC ProgFlag = 0xf0000000
)

var progFlagNames = nameTable{
	{0x1, "PF_X"},
	{0x2, "PF_W"},
	{0x4, "PF_R"},
}

func (i ProgFlag) String() string   { return progFlagNames.flags(uint32(i), "") }
func (i ProgFlag) GoString() string { return progFlagNames.flags(uint32(i), "elf.") }

// DynTag is the tag of an entry of the .dynamic section.
type DynTag int

const (
	DT_NULL                       DynTag = 0
	DT_NEEDED                     DynTag = 1
	DT_PLTRELSZ                   DynTag = 2
	DT_PLTGOT                     DynTag = 3
	DT_HASH                       DynTag = 4
	DT_STRTAB                     DynTag = 5
	DT_SYMTAB                     DynTag = 6
	DT_RELA                       DynTag = 7
	DT_RELASZ                     DynTag = 8
	DT_RELAENT                    DynTag = 9
	DT_STRSZ                      DynTag = 10
	DT_SYMENT                     DynTag = 11
	DT_INIT                       DynTag = 12
	DT_FINI                       DynTag = 13
	DT_SONAME                     DynTag = 14
	DT_RPATH                      DynTag = 15
	DT_SYMBOLIC                   DynTag = 16
	DT_REL                        DynTag = 17
	DT_RELSZ                      DynTag = 18
	DT_RELENT                     DynTag = 19
	DT_PLTREL                     DynTag = 20
	DT_DEBUG                      DynTag = 21
	DT_TEXTREL                    DynTag = 22
	DT_JMPREL                     DynTag = 23
	DT_BIND_NOW                   DynTag = 24
	DT_INIT_ARRAY                 DynTag = 25
	DT_FINI_ARRAY                 DynTag = 26
	DT_INIT_ARRAYSZ               DynTag = 27
	DT_FINI_ARRAYSZ               DynTag = 28
	DT_RUNPATH                    DynTag = 29
	DT_FLAGS                      DynTag = 30
	DT_ENCODING                   DynTag = 32
	DT_PREINIT_ARRAY              DynTag = 32
	DT_PREINIT_ARRAYSZ            DynTag = 33
	DT_SYMTAB_SHNDX               DynTag = 34
	DT_LOOS                       DynTag = 0x6000000d
	DT_HIOS                       DynTag = 0x6ffff000
	DT_VALRNGLO                   DynTag = 0x6ffffd00
	DT_GNU_PRELINKED              DynTag = 0x6ffffdf5
	DT_GNU_CONFLICTSZ             DynTag = 0x6ffffdf6
	DT_GNU_LIBLISTSZ              DynTag = 0x6ffffdf7
	DT_CHECKSUM                   DynTag = 0x6ffffdf8
	DT_PLTPADSZ                   DynTag = 0x6ffffdf9
	DT_MOVEENT                    DynTag = 0x6ffffdfa
	DT_MOVESZ                     DynTag = 0x6ffffdfb
	DT_FEATURE                    DynTag = 0x6ffffdfc
	DT_POSFLAG_1                  DynTag = 0x6ffffdfd
	DT_SYMINSZ                    DynTag = 0x6ffffdfe
	DT_SYMINENT                   DynTag = 0x6ffffdff
	DT_VALRNGHI                   DynTag = 0x6ffffdff
	DT_ADDRRNGLO                  DynTag = 0x6ffffe00
	DT_GNU_HASH                   DynTag = 0x6ffffef5
	DT_TLSDESC_PLT                DynTag = 0x6ffffef6
	DT_TLSDESC_GOT                DynTag = 0x6ffffef7
	DT_GNU_CONFLICT               DynTag = 0x6ffffef8
	DT_GNU_LIBLIST                DynTag = 0x6ffffef9
	DT_CONFIG                     DynTag = 0x6ffffefa
	DT_DEPAUDIT                   DynTag = 0x6ffffefb
	DT_AUDIT                      DynTag = 0x6ffffefc
	DT_PLTPAD                     DynTag = 0x6ffffefd
	DT_MOVETAB                    DynTag = 0x6ffffefe
	DT_SYMINFO                    DynTag = 0x6ffffeff
	DT_ADDRRNGHI                  DynTag = 0x6ffffeff
	DT_VERSYM                     DynTag = 0x6ffffff0
	DT_RELACOUNT                  DynTag = 0x6ffffff9
	DT_RELCOUNT                   DynTag = 0x6ffffffa
	DT_FLAGS_1                    DynTag = 0x6ffffffb
	DT_VERDEF                     DynTag = 0x6ffffffc
	DT_VERDEFNUM                  DynTag = 0x6ffffffd
	DT_VERNEED                    DynTag = 0x6ffffffe
	DT_VERNEEDNUM                 DynTag = 0x6fffffff
	DT_LOPROC                     DynTag = 0x70000000
	DT_MIPS_RLD_VERSION           DynTag = 0x70000001
	DT_MIPS_TIME_STAMP            DynTag = 0x70000002
	DT_MIPS_ICHECKSUM             DynTag = 0x70000003
	DT_MIPS_IVERSION              DynTag = 0x70000004
	DT_MIPS_FLAGS                 DynTag = 0x70000005
	DT_MIPS_BASE_ADDRESS          DynTag = 0x70000006
	DT_MIPS_MSYM                  DynTag = 0x70000007
	DT_MIPS_CONFLICT              DynTag = 0x70000008
	DT_MIPS_LIBLIST               DynTag = 0x70000009
	DT_MIPS_LOCAL_GOTNO           DynTag = 0x7000000a
	DT_MIPS_CONFLICTNO            DynTag = 0x7000000b
	DT_MIPS_LIBLISTNO             DynTag = 0x70000010
	DT_MIPS_SYMTABNO              DynTag = 0x70000011
	DT_MIPS_UNREFEXTNO            DynTag = 0x70000012
	DT_MIPS_GOTSYM                DynTag = 0x70000013
	DT_MIPS_HIPAGENO              DynTag = 0x70000014
	DT_MIPS_RLD_MAP               DynTag = 0x70000016
	DT_MIPS_DELTA_CLASS           DynTag = 0x70000017
	DT_MIPS_DELTA_CLASS_NO        DynTag = 0x70000018
	DT_MIPS_DELTA_INSTANCE        DynTag = 0x70000019
	DT_MIPS_DELTA_INSTANCE_NO     DynTag = 0x7000001a
	DT_MIPS_DELTA_RELOC           DynTag = 0x7000001b
	DT_MIPS_DELTA_RELOC_NO        DynTag = 0x7000001c
	DT_MIPS_DELTA_SYM             DynTag = 0x7000001d
	DT_MIPS_DELTA_SYM_NO          DynTag = 0x7000001e
	DT_MIPS_DELTA_CLASSSYM        DynTag = 0x70000020
	DT_MIPS_DELTA_CLASSSYM_NO     DynTag = 0x70000021
	DT_MIPS_CXX_FLAGS             DynTag = 0x70000022
	DT_MIPS_PIXIE_INIT            DynTag = 0x70000023
	DT_MIPS_SYMBOL_LIB            DynTag = 0x70000024
	DT_MIPS_LOCALPAGE_GOTIDX      DynTag = 0x70000025
	DT_MIPS_LOCAL_GOTIDX          DynTag = 0x70000026
	DT_MIPS_HIDDEN_GOTIDX         DynTag = 0x70000027
	DT_MIPS_PROTECTED_GOTIDX      DynTag = 0x70000028
	DT_MIPS_OPTIONS               DynTag = 0x70000029
	DT_MIPS_INTERFACE             DynTag = 0x7000002a
	DT_MIPS_DYNSTR_ALIGN          DynTag = 0x7000002b
	DT_MIPS_INTERFACE_SIZE        DynTag = 0x7000002c
	DT_MIPS_RLD_TEXT_RESOLVE_ADDR DynTag = 0x7000002d
	DT_MIPS_PERF_SUFFIX           DynTag = 0x7000002e
	DT_MIPS_COMPACT_SIZE          DynTag = 0x7000002f
	DT_MIPS_GP_VALUE              DynTag = 0x70000030
	DT_MIPS_AUX_DYNAMIC           DynTag = 0x70000031
	DT_MIPS_PLTGOT                DynTag = 0x70000032
	DT_MIPS_RWPLT                 DynTag = 0x70000034
	DT_MIPS_RLD_MAP_REL           DynTag = 0x70000035
	DT_PPC_GOT                    DynTag = 0x70000000
	DT_PPC_OPT                    DynTag = 0x70000001
	DT_PPC64_GLINK                DynTag = 0x70000000
	DT_PPC64_OPD                  DynTag = 0x70000001
	DT_PPC64_OPDSZ                DynTag = 0x70000002
	DT_PPC64_OPT                  DynTag = 0x70000003
	DT_SPARC_REGISTER             DynTag = 0x70000001
	DT_AUXILIARY                  DynTag = 0x7ffffffd
	DT_USED                       DynTag = 0x7ffffffe
	DT_FILTER                     DynTag = 0x7fffffff
	DT_HIPROC                     DynTag = 0x7fffffff
)

var dynTagNames = nameTable{
	{0, "DT_NULL"},
	{1, "DT_NEEDED"},
	{2, "DT_PLTRELSZ"},
	{3, "DT_PLTGOT"},
	{4, "DT_HASH"},
	{5, "DT_STRTAB"},
	{6, "DT_SYMTAB"},
	{7, "DT_RELA"},
	{8, "DT_RELASZ"},
	{9, "DT_RELAENT"},
	{10, "DT_STRSZ"},
	{11, "DT_SYMENT"},
	{12, "DT_INIT"},
	{13, "DT_FINI"},
	{14, "DT_SONAME"},
	{15, "DT_RPATH"},
	{16, "DT_SYMBOLIC"},
	{17, "DT_REL"},
	{18, "DT_RELSZ"},
	{19, "DT_RELENT"},
	{20, "DT_PLTREL"},
	{21, "DT_DEBUG"},
	{22, "DT_TEXTREL"},
	{23, "DT_JMPREL"},
	{24, "DT_BIND_NOW"},
	{25, "DT_INIT_ARRAY"},
	{26, "DT_FINI_ARRAY"},
	{27, "DT_INIT_ARRAYSZ"},
	{28, "DT_FINI_ARRAYSZ"},
	{29, "DT_RUNPATH"},
	{30, "DT_FLAGS"},
	{32, "DT_ENCODING"},
	{32, "DT_PREINIT_ARRAY"},
	{33, "DT_PREINIT_ARRAYSZ"},
	{34, "DT_SYMTAB_SHNDX"},
	{0x6000000d, "DT_LOOS"},
	{0x6ffff000, "DT_HIOS"},
	{0x6ffffd00, "DT_VALRNGLO"},
	{0x6ffffdf5, "DT_GNU_PRELINKED"},
	{0x6ffffdf6, "DT_GNU_CONFLICTSZ"},
	{0x6ffffdf7, "DT_GNU_LIBLISTSZ"},
	{0x6ffffdf8, "DT_CHECKSUM"},
	{0x6ffffdf9, "DT_PLTPADSZ"},
	{0x6ffffdfa, "DT_MOVEENT"},
	{0x6ffffdfb, "DT_MOVESZ"},
	{0x6ffffdfc, "DT_FEATURE"},
	{0x6ffffdfd, "DT_POSFLAG_1"},
	{0x6ffffdfe, "DT_SYMINSZ"},
	{0x6ffffdff, "DT_SYMINENT"},
	{0x6ffffdff, "DT_VALRNGHI"},
	{0x6ffffe00, "DT_ADDRRNGLO"},
	{0x6ffffef5, "DT_GNU_HASH"},
	{0x6ffffef6, "DT_TLSDESC_PLT"},
	{0x6ffffef7, "DT_TLSDESC_GOT"},
	{0x6ffffef8, "DT_GNU_CONFLICT"},
	{0x6ffffef9, "DT_GNU_LIBLIST"},
	{0x6ffffefa, "DT_CONFIG"},
	{0x6ffffefb, "DT_DEPAUDIT"},
	{0x6ffffefc, "DT_AUDIT"},
	{0x6ffffefd, "DT_PLTPAD"},
	{0x6ffffefe, "DT_MOVETAB"},
	{0x6ffffeff, "DT_SYMINFO"},
	{0x6ffffeff, "DT_ADDRRNGHI"},
	{0x6ffffff0, "DT_VERSYM"},
	{0x6ffffff9, "DT_RELACOUNT"},
	{0x6ffffffa, "DT_RELCOUNT"},
	{0x6ffffffb, "DT_FLAGS_1"},
	{0x6ffffffc, "DT_VERDEF"},
	{0x6ffffffd, "DT_VERDEFNUM"},
	{0x6ffffffe, "DT_VERNEED"},
	{0x6fffffff, "DT_VERNEEDNUM"},
	{0x70000000, "DT_LOPROC"},
	{0x7ffffffd, "DT_AUXILIARY"},
	{0x7ffffffe, "DT_USED"},
	{0x7fffffff, "DT_FILTER"},
}

func (i DynTag) String() string   { return dynTagNames.name(uint32(i), "") }
func (i DynTag) GoString() string { return dynTagNames.name(uint32(i), "elf.") }

// DynFlag is a set of bits of the DT_FLAGS entry.
type DynFlag int

const (
	DF_ORIGIN     DynFlag = 0x0001
	DF_SYMBOLIC   DynFlag = 0x0002
	DF_TEXTREL    DynFlag = 0x0004
	DF_BIND_NOW   DynFlag = 0x0008
	DF_STATIC_TLS DynFlag = 0x0010
)

var dynFlagNames = nameTable{
	{0x0001, "DF_ORIGIN"},
	{0x0002, "DF_SYMBOLIC"},
	{0x0004, "DF_TEXTREL"},
	{0x0008, "DF_BIND_NOW"},
	{0x0010, "DF_STATIC_TLS"},
}

func (i DynFlag) String() string   { return dynFlagNames.flags(uint32(i), "") }
func (i DynFlag) GoString() string { return dynFlagNames.flags(uint32(i), "elf.") }

// NType is the type of a note, as found in core files.
type NType int

const (
	NT_PRSTATUS NType = 1
	NT_FPREGSET NType = 2
	NT_PRPSINFO NType = 3
)

var nTypeNames = nameTable{
	{1, "NT_PRSTATUS"},
	{2, "NT_FPREGSET"},
	{3, "NT_PRPSINFO"},
}

func (i NType) String() string   { return nTypeNames.name(uint32(i), "") }
func (i NType) GoString() string { return nTypeNames.name(uint32(i), "elf.") }

// SymBind is a symbol's binding: local, global or weak (see ST_BIND).
type SymBind int

const (
	STB_LOCAL  SymBind = 0
	STB_GLOBAL SymBind = 1
	STB_WEAK   SymBind = 2
	STB_LOOS   SymBind = 10
	STB_HIOS   SymBind = 12
	STB_LOPROC SymBind = 13
	STB_HIPROC SymBind = 15
)

var symBindNames = nameTable{
	{0, "STB_LOCAL"},
	{1, "STB_GLOBAL"},
	{2, "STB_WEAK"},
	{10, "STB_LOOS"},
	{12, "STB_HIOS"},
	{13, "STB_LOPROC"},
	{15, "STB_HIPROC"},
}

func (i SymBind) String() string   { return symBindNames.name(uint32(i), "") }
func (i SymBind) GoString() string { return symBindNames.name(uint32(i), "elf.") }

// SymType is what a symbol names: object, function, section... (see ST_TYPE).
type SymType int

const (
	STT_NOTYPE  SymType = 0
	STT_OBJECT  SymType = 1
	STT_FUNC    SymType = 2
	STT_SECTION SymType = 3
	STT_FILE    SymType = 4
	STT_COMMON  SymType = 5
	STT_TLS     SymType = 6
	STT_LOOS    SymType = 10
	STT_HIOS    SymType = 12
	STT_LOPROC  SymType = 13
	STT_HIPROC  SymType = 15
)

var symTypeNames = nameTable{
	{0, "STT_NOTYPE"},
	{1, "STT_OBJECT"},
	{2, "STT_FUNC"},
	{3, "STT_SECTION"},
	{4, "STT_FILE"},
	{5, "STT_COMMON"},
	{6, "STT_TLS"},
	{10, "STT_LOOS"},
	{12, "STT_HIOS"},
	{13, "STT_LOPROC"},
	{15, "STT_HIPROC"},
}

func (i SymType) String() string   { return symTypeNames.name(uint32(i), "") }
func (i SymType) GoString() string { return symTypeNames.name(uint32(i), "elf.") }

// SymVis is a symbol's visibility (see ST_VISIBILITY).
type SymVis int

const (
	STV_DEFAULT   SymVis = 0x0
	STV_INTERNAL  SymVis = 0x1
	STV_HIDDEN    SymVis = 0x2
	STV_PROTECTED SymVis = 0x3
)

var symVisNames = nameTable{
	{0x0, "STV_DEFAULT"},
	{0x1, "STV_INTERNAL"},
	{0x2, "STV_HIDDEN"},
	{0x3, "STV_PROTECTED"},
}

func (i SymVis) String() string   { return symVisNames.name(uint32(i), "") }
func (i SymVis) GoString() string { return symVisNames.name(uint32(i), "elf.") }
