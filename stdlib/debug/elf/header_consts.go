// This file lists the values of the ELF file header's fields, each type
// with its names as String and GoString print them.

package elf

// Version numbers the ELF format itself; both Header.Ident[EI_VERSION]
// and Header.Version hold one.
type Version byte

const (
	EV_NONE    Version = 0
	EV_CURRENT Version = 1
)

var versionNames = nameTable{
	{0, "EV_NONE"},
	{1, "EV_CURRENT"},
}

func (i Version) String() string   { return versionNames.name(uint32(i), "") }
func (i Version) GoString() string { return versionNames.name(uint32(i), "elf.") }

// Class tells 32-bit from 64-bit files; it is Header.Ident[EI_CLASS] and Header.Class.
type Class byte

const (
	ELFCLASSNONE Class = 0
	ELFCLASS32   Class = 1
	ELFCLASS64   Class = 2
)

var classNames = nameTable{
	{0, "ELFCLASSNONE"},
	{1, "ELFCLASS32"},
	{2, "ELFCLASS64"},
}

func (i Class) String() string   { return classNames.name(uint32(i), "") }
func (i Class) GoString() string { return classNames.name(uint32(i), "elf.") }

// Data tells the file's byte order (Header.Ident[EI_DATA], Header.Data).
type Data byte

const (
	ELFDATANONE Data = 0
	ELFDATA2LSB Data = 1
	ELFDATA2MSB Data = 2
)

var dataNames = nameTable{
	{0, "ELFDATANONE"},
	{1, "ELFDATA2LSB"},
	{2, "ELFDATA2MSB"},
}

func (i Data) String() string   { return dataNames.name(uint32(i), "") }
func (i Data) GoString() string { return dataNames.name(uint32(i), "elf.") }

// OSABI tells which operating system's ABI extensions the file uses
// (Header.Ident[EI_OSABI], Header.OSABI).
type OSABI byte

const (
	ELFOSABI_NONE       OSABI = 0
	ELFOSABI_HPUX       OSABI = 1
	ELFOSABI_NETBSD     OSABI = 2
	ELFOSABI_LINUX      OSABI = 3
	ELFOSABI_HURD       OSABI = 4
	ELFOSABI_86OPEN     OSABI = 5
	ELFOSABI_SOLARIS    OSABI = 6
	ELFOSABI_AIX        OSABI = 7
	ELFOSABI_IRIX       OSABI = 8
	ELFOSABI_FREEBSD    OSABI = 9
	ELFOSABI_TRU64      OSABI = 10
	ELFOSABI_MODESTO    OSABI = 11
	ELFOSABI_OPENBSD    OSABI = 12
	ELFOSABI_OPENVMS    OSABI = 13
	ELFOSABI_NSK        OSABI = 14
	ELFOSABI_AROS       OSABI = 15
	ELFOSABI_FENIXOS    OSABI = 16
	ELFOSABI_CLOUDABI   OSABI = 17
	ELFOSABI_ARM        OSABI = 97
	ELFOSABI_STANDALONE OSABI = 255
)

var oSABINames = nameTable{
	{0, "ELFOSABI_NONE"},
	{1, "ELFOSABI_HPUX"},
	{2, "ELFOSABI_NETBSD"},
	{3, "ELFOSABI_LINUX"},
	{4, "ELFOSABI_HURD"},
	{5, "ELFOSABI_86OPEN"},
	{6, "ELFOSABI_SOLARIS"},
	{7, "ELFOSABI_AIX"},
	{8, "ELFOSABI_IRIX"},
	{9, "ELFOSABI_FREEBSD"},
	{10, "ELFOSABI_TRU64"},
	{11, "ELFOSABI_MODESTO"},
	{12, "ELFOSABI_OPENBSD"},
	{13, "ELFOSABI_OPENVMS"},
	{14, "ELFOSABI_NSK"},
	{15, "ELFOSABI_AROS"},
	{16, "ELFOSABI_FENIXOS"},
	{17, "ELFOSABI_CLOUDABI"},
	{97, "ELFOSABI_ARM"},
	{255, "ELFOSABI_STANDALONE"},
}

func (i OSABI) String() string   { return oSABINames.name(uint32(i), "") }
func (i OSABI) GoString() string { return oSABINames.name(uint32(i), "elf.") }

// Type is the kind of file (Header.Type): relocatable object, executable, shared object, core.
type Type uint16

const (
	ET_NONE   Type = 0
	ET_REL    Type = 1
	ET_EXEC   Type = 2
	ET_DYN    Type = 3
	ET_CORE   Type = 4
	ET_LOOS   Type = 0xfe00
	ET_HIOS   Type = 0xfeff
	ET_LOPROC Type = 0xff00
	ET_HIPROC Type = 0xffff
)

var typeNames = nameTable{
	{0, "ET_NONE"},
	{1, "ET_REL"},
	{2, "ET_EXEC"},
	{3, "ET_DYN"},
	{4, "ET_CORE"},
	{0xfe00, "ET_LOOS"},
	{0xfeff, "ET_HIOS"},
	{0xff00, "ET_LOPROC"},
	{0xffff, "ET_HIPROC"},
}

func (i Type) String() string   { return typeNames.name(uint32(i), "") }
func (i Type) GoString() string { return typeNames.name(uint32(i), "elf.") }

// Machine is the target architecture (Header.Machine).
type Machine uint16

const (
	EM_NONE          Machine = 0
	EM_M32           Machine = 1
	EM_SPARC         Machine = 2
	EM_386           Machine = 3
	EM_68K           Machine = 4
	EM_88K           Machine = 5
	EM_860           Machine = 7
	EM_MIPS          Machine = 8
	EM_S370          Machine = 9
	EM_MIPS_RS3_LE   Machine = 10
	EM_PARISC        Machine = 15
	EM_VPP500        Machine = 17
	EM_SPARC32PLUS   Machine = 18
	EM_960           Machine = 19
	EM_PPC           Machine = 20
	EM_PPC64         Machine = 21
	EM_S390          Machine = 22
	EM_V800          Machine = 36
	EM_FR20          Machine = 37
	EM_RH32          Machine = 38
	EM_RCE           Machine = 39
	EM_ARM           Machine = 40
	EM_SH            Machine = 42
	EM_SPARCV9       Machine = 43
	EM_TRICORE       Machine = 44
	EM_ARC           Machine = 45
	EM_H8_300        Machine = 46
	EM_H8_300H       Machine = 47
	EM_H8S           Machine = 48
	EM_H8_500        Machine = 49
	EM_IA_64         Machine = 50
	EM_MIPS_X        Machine = 51
	EM_COLDFIRE      Machine = 52
	EM_68HC12        Machine = 53
	EM_MMA           Machine = 54
	EM_PCP           Machine = 55
	EM_NCPU          Machine = 56
	EM_NDR1          Machine = 57
	EM_STARCORE      Machine = 58
	EM_ME16          Machine = 59
	EM_ST100         Machine = 60
	EM_TINYJ         Machine = 61
	EM_X86_64        Machine = 62
	EM_PDSP          Machine = 63
	EM_PDP10         Machine = 64
	EM_PDP11         Machine = 65
	EM_FX66          Machine = 66
	EM_ST9PLUS       Machine = 67
	EM_ST7           Machine = 68
	EM_68HC16        Machine = 69
	EM_68HC11        Machine = 70
	EM_68HC08        Machine = 71
	EM_68HC05        Machine = 72
	EM_SVX           Machine = 73
	EM_ST19          Machine = 74
	EM_VAX           Machine = 75
	EM_CRIS          Machine = 76
	EM_JAVELIN       Machine = 77
	EM_FIREPATH      Machine = 78
	EM_ZSP           Machine = 79
	EM_MMIX          Machine = 80
	EM_HUANY         Machine = 81
	EM_PRISM         Machine = 82
	EM_AVR           Machine = 83
	EM_FR30          Machine = 84
	EM_D10V          Machine = 85
	EM_D30V          Machine = 86
	EM_V850          Machine = 87
	EM_M32R          Machine = 88
	EM_MN10300       Machine = 89
	EM_MN10200       Machine = 90
	EM_PJ            Machine = 91
	EM_OPENRISC      Machine = 92
	EM_ARC_COMPACT   Machine = 93
	EM_XTENSA        Machine = 94
	EM_VIDEOCORE     Machine = 95
	EM_TMM_GPP       Machine = 96
	EM_NS32K         Machine = 97
	EM_TPC           Machine = 98
	EM_SNP1K         Machine = 99
	EM_ST200         Machine = 100
	EM_IP2K          Machine = 101
	EM_MAX           Machine = 102
	EM_CR            Machine = 103
	EM_F2MC16        Machine = 104
	EM_MSP430        Machine = 105
	EM_BLACKFIN      Machine = 106
	EM_SE_C33        Machine = 107
	EM_SEP           Machine = 108
	EM_ARCA          Machine = 109
	EM_UNICORE       Machine = 110
	EM_EXCESS        Machine = 111
	EM_DXP           Machine = 112
	EM_ALTERA_NIOS2  Machine = 113
	EM_CRX           Machine = 114
	EM_XGATE         Machine = 115
	EM_C166          Machine = 116
	EM_M16C          Machine = 117
	EM_DSPIC30F      Machine = 118
	EM_CE            Machine = 119
	EM_M32C          Machine = 120
	EM_TSK3000       Machine = 131
	EM_RS08          Machine = 132
	EM_SHARC         Machine = 133
	EM_ECOG2         Machine = 134
	EM_SCORE7        Machine = 135
	EM_DSP24         Machine = 136
	EM_VIDEOCORE3    Machine = 137
	EM_LATTICEMICO32 Machine = 138
	EM_SE_C17        Machine = 139
	EM_TI_C6000      Machine = 140
	EM_TI_C2000      Machine = 141
	EM_TI_C5500      Machine = 142
	EM_TI_ARP32      Machine = 143
	EM_TI_PRU        Machine = 144
	EM_MMDSP_PLUS    Machine = 160
	EM_CYPRESS_M8C   Machine = 161
	EM_R32C          Machine = 162
	EM_TRIMEDIA      Machine = 163
	EM_QDSP6         Machine = 164
	EM_8051          Machine = 165
	EM_STXP7X        Machine = 166
	EM_NDS32         Machine = 167
	EM_ECOG1         Machine = 168
	EM_ECOG1X        Machine = 168
	EM_MAXQ30        Machine = 169
	EM_XIMO16        Machine = 170
	EM_MANIK         Machine = 171
	EM_CRAYNV2       Machine = 172
	EM_RX            Machine = 173
	EM_METAG         Machine = 174
	EM_MCST_ELBRUS   Machine = 175
	EM_ECOG16        Machine = 176
	EM_CR16          Machine = 177
	EM_ETPU          Machine = 178
	EM_SLE9X         Machine = 179
	EM_L10M          Machine = 180
	EM_K10M          Machine = 181
	EM_AARCH64       Machine = 183
	EM_AVR32         Machine = 185
	EM_STM8          Machine = 186
	EM_TILE64        Machine = 187
	EM_TILEPRO       Machine = 188
	EM_MICROBLAZE    Machine = 189
	EM_CUDA          Machine = 190
	EM_TILEGX        Machine = 191
	EM_CLOUDSHIELD   Machine = 192
	EM_COREA_1ST     Machine = 193
	EM_COREA_2ND     Machine = 194
	EM_ARC_COMPACT2  Machine = 195
	EM_OPEN8         Machine = 196
	EM_RL78          Machine = 197
	EM_VIDEOCORE5    Machine = 198
	EM_78KOR         Machine = 199
	EM_56800EX       Machine = 200
	EM_BA1           Machine = 201
	EM_BA2           Machine = 202
	EM_XCORE         Machine = 203
	EM_MCHP_PIC      Machine = 204
	EM_INTEL205      Machine = 205
	EM_INTEL206      Machine = 206
	EM_INTEL207      Machine = 207
	EM_INTEL208      Machine = 208
	EM_INTEL209      Machine = 209
	EM_KM32          Machine = 210
	EM_KMX32         Machine = 211
	EM_KMX16         Machine = 212
	EM_KMX8          Machine = 213
	EM_KVARC         Machine = 214
	EM_CDP           Machine = 215
	EM_COGE          Machine = 216
	EM_COOL          Machine = 217
	EM_NORC          Machine = 218
	EM_CSR_KALIMBA   Machine = 219
	EM_Z80           Machine = 220
	EM_VISIUM        Machine = 221
	EM_FT32          Machine = 222
	EM_MOXIE         Machine = 223
	EM_AMDGPU        Machine = 224
	EM_RISCV         Machine = 243
	EM_LANAI         Machine = 244
	EM_BPF           Machine = 247
	EM_LOONGARCH     Machine = 258
	EM_486           Machine = 6
	EM_MIPS_RS4_BE   Machine = 10
	EM_ALPHA_STD     Machine = 41
	EM_ALPHA         Machine = 0x9026
)

var machineNames = nameTable{
	{0, "EM_NONE"},
	{1, "EM_M32"},
	{2, "EM_SPARC"},
	{3, "EM_386"},
	{4, "EM_68K"},
	{5, "EM_88K"},
	{7, "EM_860"},
	{8, "EM_MIPS"},
	{9, "EM_S370"},
	{10, "EM_MIPS_RS3_LE"},
	{15, "EM_PARISC"},
	{17, "EM_VPP500"},
	{18, "EM_SPARC32PLUS"},
	{19, "EM_960"},
	{20, "EM_PPC"},
	{21, "EM_PPC64"},
	{22, "EM_S390"},
	{36, "EM_V800"},
	{37, "EM_FR20"},
	{38, "EM_RH32"},
	{39, "EM_RCE"},
	{40, "EM_ARM"},
	{42, "EM_SH"},
	{43, "EM_SPARCV9"},
	{44, "EM_TRICORE"},
	{45, "EM_ARC"},
	{46, "EM_H8_300"},
	{47, "EM_H8_300H"},
	{48, "EM_H8S"},
	{49, "EM_H8_500"},
	{50, "EM_IA_64"},
	{51, "EM_MIPS_X"},
	{52, "EM_COLDFIRE"},
	{53, "EM_68HC12"},
	{54, "EM_MMA"},
	{55, "EM_PCP"},
	{56, "EM_NCPU"},
	{57, "EM_NDR1"},
	{58, "EM_STARCORE"},
	{59, "EM_ME16"},
	{60, "EM_ST100"},
	{61, "EM_TINYJ"},
	{62, "EM_X86_64"},
	{63, "EM_PDSP"},
	{64, "EM_PDP10"},
	{65, "EM_PDP11"},
	{66, "EM_FX66"},
	{67, "EM_ST9PLUS"},
	{68, "EM_ST7"},
	{69, "EM_68HC16"},
	{70, "EM_68HC11"},
	{71, "EM_68HC08"},
	{72, "EM_68HC05"},
	{73, "EM_SVX"},
	{74, "EM_ST19"},
	{75, "EM_VAX"},
	{76, "EM_CRIS"},
	{77, "EM_JAVELIN"},
	{78, "EM_FIREPATH"},
	{79, "EM_ZSP"},
	{80, "EM_MMIX"},
	{81, "EM_HUANY"},
	{82, "EM_PRISM"},
	{83, "EM_AVR"},
	{84, "EM_FR30"},
	{85, "EM_D10V"},
	{86, "EM_D30V"},
	{87, "EM_V850"},
	{88, "EM_M32R"},
	{89, "EM_MN10300"},
	{90, "EM_MN10200"},
	{91, "EM_PJ"},
	{92, "EM_OPENRISC"},
	{93, "EM_ARC_COMPACT"},
	{94, "EM_XTENSA"},
	{95, "EM_VIDEOCORE"},
	{96, "EM_TMM_GPP"},
	{97, "EM_NS32K"},
	{98, "EM_TPC"},
	{99, "EM_SNP1K"},
	{100, "EM_ST200"},
	{101, "EM_IP2K"},
	{102, "EM_MAX"},
	{103, "EM_CR"},
	{104, "EM_F2MC16"},
	{105, "EM_MSP430"},
	{106, "EM_BLACKFIN"},
	{107, "EM_SE_C33"},
	{108, "EM_SEP"},
	{109, "EM_ARCA"},
	{110, "EM_UNICORE"},
	{111, "EM_EXCESS"},
	{112, "EM_DXP"},
	{113, "EM_ALTERA_NIOS2"},
	{114, "EM_CRX"},
	{115, "EM_XGATE"},
	{116, "EM_C166"},
	{117, "EM_M16C"},
	{118, "EM_DSPIC30F"},
	{119, "EM_CE"},
	{120, "EM_M32C"},
	{131, "EM_TSK3000"},
	{132, "EM_RS08"},
	{133, "EM_SHARC"},
	{134, "EM_ECOG2"},
	{135, "EM_SCORE7"},
	{136, "EM_DSP24"},
	{137, "EM_VIDEOCORE3"},
	{138, "EM_LATTICEMICO32"},
	{139, "EM_SE_C17"},
	{140, "EM_TI_C6000"},
	{141, "EM_TI_C2000"},
	{142, "EM_TI_C5500"},
	{143, "EM_TI_ARP32"},
	{144, "EM_TI_PRU"},
	{160, "EM_MMDSP_PLUS"},
	{161, "EM_CYPRESS_M8C"},
	{162, "EM_R32C"},
	{163, "EM_TRIMEDIA"},
	{164, "EM_QDSP6"},
	{165, "EM_8051"},
	{166, "EM_STXP7X"},
	{167, "EM_NDS32"},
	{168, "EM_ECOG1"},
	{168, "EM_ECOG1X"},
	{169, "EM_MAXQ30"},
	{170, "EM_XIMO16"},
	{171, "EM_MANIK"},
	{172, "EM_CRAYNV2"},
	{173, "EM_RX"},
	{174, "EM_METAG"},
	{175, "EM_MCST_ELBRUS"},
	{176, "EM_ECOG16"},
	{177, "EM_CR16"},
	{178, "EM_ETPU"},
	{179, "EM_SLE9X"},
	{180, "EM_L10M"},
	{181, "EM_K10M"},
	{183, "EM_AARCH64"},
	{185, "EM_AVR32"},
	{186, "EM_STM8"},
	{187, "EM_TILE64"},
	{188, "EM_TILEPRO"},
	{189, "EM_MICROBLAZE"},
	{190, "EM_CUDA"},
	{191, "EM_TILEGX"},
	{192, "EM_CLOUDSHIELD"},
	{193, "EM_COREA_1ST"},
	{194, "EM_COREA_2ND"},
	{195, "EM_ARC_COMPACT2"},
	{196, "EM_OPEN8"},
	{197, "EM_RL78"},
	{198, "EM_VIDEOCORE5"},
	{199, "EM_78KOR"},
	{200, "EM_56800EX"},
	{201, "EM_BA1"},
	{202, "EM_BA2"},
	{203, "EM_XCORE"},
	{204, "EM_MCHP_PIC"},
	{205, "EM_INTEL205"},
	{206, "EM_INTEL206"},
	{207, "EM_INTEL207"},
	{208, "EM_INTEL208"},
	{209, "EM_INTEL209"},
	{210, "EM_KM32"},
	{211, "EM_KMX32"},
	{212, "EM_KMX16"},
	{213, "EM_KMX8"},
	{214, "EM_KVARC"},
	{215, "EM_CDP"},
	{216, "EM_COGE"},
	{217, "EM_COOL"},
	{218, "EM_NORC"},
	{219, "EM_CSR_KALIMBA "},
	{220, "EM_Z80 "},
	{221, "EM_VISIUM "},
	{222, "EM_FT32 "},
	{223, "EM_MOXIE"},
	{224, "EM_AMDGPU"},
	{243, "EM_RISCV"},
	{244, "EM_LANAI"},
	{247, "EM_BPF"},
	{258, "EM_LOONGARCH"},
	{6, "EM_486"},
	{10, "EM_MIPS_RS4_BE"},
	{41, "EM_ALPHA_STD"},
	{0x9026, "EM_ALPHA"},
}

func (i Machine) String() string   { return machineNames.name(uint32(i), "") }
func (i Machine) GoString() string { return machineNames.name(uint32(i), "elf.") }
