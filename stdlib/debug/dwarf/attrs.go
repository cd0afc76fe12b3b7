// This file lists the attributes and tags of DWARF entries (DWARF 5
// sections 7.5.3 and 7.5.4) and the names String and GoString print.

package dwarf

import "strconv"

// An Attr is the kind of an attribute of an Entry: the name of a Field.
type Attr uint32

const (
	AttrSibling        Attr = 0x01
	AttrLocation       Attr = 0x02
	AttrName           Attr = 0x03
	AttrOrdering       Attr = 0x09
	AttrByteSize       Attr = 0x0B
	AttrBitOffset      Attr = 0x0C
	AttrBitSize        Attr = 0x0D
	AttrStmtList       Attr = 0x10
	AttrLowpc          Attr = 0x11
	AttrHighpc         Attr = 0x12
	AttrLanguage       Attr = 0x13
	AttrDiscr          Attr = 0x15
	AttrDiscrValue     Attr = 0x16
	AttrVisibility     Attr = 0x17
	AttrImport         Attr = 0x18
	AttrStringLength   Attr = 0x19
	AttrCommonRef      Attr = 0x1A
	AttrCompDir        Attr = 0x1B
	AttrConstValue     Attr = 0x1C
	AttrContainingType Attr = 0x1D
	AttrDefaultValue   Attr = 0x1E
	AttrInline         Attr = 0x20
	AttrIsOptional     Attr = 0x21
	AttrLowerBound     Attr = 0x22
	AttrProducer       Attr = 0x25
	AttrPrototyped     Attr = 0x27
	AttrReturnAddr     Attr = 0x2A
	AttrStartScope     Attr = 0x2C
	AttrStrideSize     Attr = 0x2E
	AttrUpperBound     Attr = 0x2F
	AttrAbstractOrigin Attr = 0x31
	AttrAccessibility  Attr = 0x32
	AttrAddrClass      Attr = 0x33
	AttrArtificial     Attr = 0x34
	AttrBaseTypes      Attr = 0x35
	AttrCalling        Attr = 0x36
	AttrCount          Attr = 0x37
	AttrDataMemberLoc  Attr = 0x38
	AttrDeclColumn     Attr = 0x39
	AttrDeclFile       Attr = 0x3A
	AttrDeclLine       Attr = 0x3B
	AttrDeclaration    Attr = 0x3C
	AttrDiscrList      Attr = 0x3D
	AttrEncoding       Attr = 0x3E
	AttrExternal       Attr = 0x3F
	AttrFrameBase      Attr = 0x40
	AttrFriend         Attr = 0x41
	AttrIdentifierCase Attr = 0x42
	AttrMacroInfo      Attr = 0x43
	AttrNamelistItem   Attr = 0x44
	AttrPriority       Attr = 0x45
	AttrSegment        Attr = 0x46
	AttrSpecification  Attr = 0x47
	AttrStaticLink     Attr = 0x48
	AttrType           Attr = 0x49
	AttrUseLocation    Attr = 0x4A
	AttrVarParam       Attr = 0x4B
	AttrVirtuality     Attr = 0x4C
	AttrVtableElemLoc  Attr = 0x4D

	// New in DWARF 3:
	AttrAllocated     Attr = 0x4E
	AttrAssociated    Attr = 0x4F
	AttrDataLocation  Attr = 0x50
	AttrStride        Attr = 0x51
	AttrEntrypc       Attr = 0x52
	AttrUseUTF8       Attr = 0x53
	AttrExtension     Attr = 0x54
	AttrRanges        Attr = 0x55
	AttrTrampoline    Attr = 0x56
	AttrCallColumn    Attr = 0x57
	AttrCallFile      Attr = 0x58
	AttrCallLine      Attr = 0x59
	AttrDescription   Attr = 0x5A
	AttrBinaryScale   Attr = 0x5B
	AttrDecimalScale  Attr = 0x5C
	AttrSmall         Attr = 0x5D
	AttrDecimalSign   Attr = 0x5E
	AttrDigitCount    Attr = 0x5F
	AttrPictureString Attr = 0x60
	AttrMutable       Attr = 0x61
	AttrThreadsScaled Attr = 0x62
	AttrExplicit      Attr = 0x63
	AttrObjectPointer Attr = 0x64
	AttrEndianity     Attr = 0x65
	AttrElemental     Attr = 0x66
	AttrPure          Attr = 0x67
	AttrRecursive     Attr = 0x68

	// New in DWARF 4:
	AttrSignature      Attr = 0x69
	AttrMainSubprogram Attr = 0x6A
	AttrDataBitOffset  Attr = 0x6B
	AttrConstExpr      Attr = 0x6C
	AttrEnumClass      Attr = 0x6D
	AttrLinkageName    Attr = 0x6E

	// New in DWARF 5:
	AttrStringLengthBitSize  Attr = 0x6F
	AttrStringLengthByteSize Attr = 0x70
	AttrRank                 Attr = 0x71
	AttrStrOffsetsBase       Attr = 0x72
	AttrAddrBase             Attr = 0x73
	AttrRnglistsBase         Attr = 0x74
	AttrDwoName              Attr = 0x76
	AttrReference            Attr = 0x77
	AttrRvalueReference      Attr = 0x78
	AttrMacros               Attr = 0x79
	AttrCallAllCalls         Attr = 0x7A
	AttrCallAllSourceCalls   Attr = 0x7B
	AttrCallAllTailCalls     Attr = 0x7C
	AttrCallReturnPC         Attr = 0x7D
	AttrCallValue            Attr = 0x7E
	AttrCallOrigin           Attr = 0x7F
	AttrCallParameter        Attr = 0x80
	AttrCallPC               Attr = 0x81
	AttrCallTailCall         Attr = 0x82
	AttrCallTarget           Attr = 0x83
	AttrCallTargetClobbered  Attr = 0x84
	AttrCallDataLocation     Attr = 0x85
	AttrCallDataValue        Attr = 0x86
	AttrNoreturn             Attr = 0x87
	AttrAlignment            Attr = 0x88
	AttrExportSymbols        Attr = 0x89
	AttrDeleted              Attr = 0x8A
	AttrDefaulted            Attr = 0x8B
	AttrLoclistsBase         Attr = 0x8C
)

// attrNames maps each Attr to its name without the Attr prefix.
var attrNames = map[Attr]string{
	AttrSibling:              "Sibling",
	AttrLocation:             "Location",
	AttrName:                 "Name",
	AttrOrdering:             "Ordering",
	AttrByteSize:             "ByteSize",
	AttrBitOffset:            "BitOffset",
	AttrBitSize:              "BitSize",
	AttrStmtList:             "StmtList",
	AttrLowpc:                "Lowpc",
	AttrHighpc:               "Highpc",
	AttrLanguage:             "Language",
	AttrDiscr:                "Discr",
	AttrDiscrValue:           "DiscrValue",
	AttrVisibility:           "Visibility",
	AttrImport:               "Import",
	AttrStringLength:         "StringLength",
	AttrCommonRef:            "CommonRef",
	AttrCompDir:              "CompDir",
	AttrConstValue:           "ConstValue",
	AttrContainingType:       "ContainingType",
	AttrDefaultValue:         "DefaultValue",
	AttrInline:               "Inline",
	AttrIsOptional:           "IsOptional",
	AttrLowerBound:           "LowerBound",
	AttrProducer:             "Producer",
	AttrPrototyped:           "Prototyped",
	AttrReturnAddr:           "ReturnAddr",
	AttrStartScope:           "StartScope",
	AttrStrideSize:           "StrideSize",
	AttrUpperBound:           "UpperBound",
	AttrAbstractOrigin:       "AbstractOrigin",
	AttrAccessibility:        "Accessibility",
	AttrAddrClass:            "AddrClass",
	AttrArtificial:           "Artificial",
	AttrBaseTypes:            "BaseTypes",
	AttrCalling:              "Calling",
	AttrCount:                "Count",
	AttrDataMemberLoc:        "DataMemberLoc",
	AttrDeclColumn:           "DeclColumn",
	AttrDeclFile:             "DeclFile",
	AttrDeclLine:             "DeclLine",
	AttrDeclaration:          "Declaration",
	AttrDiscrList:            "DiscrList",
	AttrEncoding:             "Encoding",
	AttrExternal:             "External",
	AttrFrameBase:            "FrameBase",
	AttrFriend:               "Friend",
	AttrIdentifierCase:       "IdentifierCase",
	AttrMacroInfo:            "MacroInfo",
	AttrNamelistItem:         "NamelistItem",
	AttrPriority:             "Priority",
	AttrSegment:              "Segment",
	AttrSpecification:        "Specification",
	AttrStaticLink:           "StaticLink",
	AttrType:                 "Type",
	AttrUseLocation:          "UseLocation",
	AttrVarParam:             "VarParam",
	AttrVirtuality:           "Virtuality",
	AttrVtableElemLoc:        "VtableElemLoc",
	AttrAllocated:            "Allocated",
	AttrAssociated:           "Associated",
	AttrDataLocation:         "DataLocation",
	AttrStride:               "Stride",
	AttrEntrypc:              "Entrypc",
	AttrUseUTF8:              "UseUTF8",
	AttrExtension:            "Extension",
	AttrRanges:               "Ranges",
	AttrTrampoline:           "Trampoline",
	AttrCallColumn:           "CallColumn",
	AttrCallFile:             "CallFile",
	AttrCallLine:             "CallLine",
	AttrDescription:          "Description",
	AttrBinaryScale:          "BinaryScale",
	AttrDecimalScale:         "DecimalScale",
	AttrSmall:                "Small",
	AttrDecimalSign:          "DecimalSign",
	AttrDigitCount:           "DigitCount",
	AttrPictureString:        "PictureString",
	AttrMutable:              "Mutable",
	AttrThreadsScaled:        "ThreadsScaled",
	AttrExplicit:             "Explicit",
	AttrObjectPointer:        "ObjectPointer",
	AttrEndianity:            "Endianity",
	AttrElemental:            "Elemental",
	AttrPure:                 "Pure",
	AttrRecursive:            "Recursive",
	AttrSignature:            "Signature",
	AttrMainSubprogram:       "MainSubprogram",
	AttrDataBitOffset:        "DataBitOffset",
	AttrConstExpr:            "ConstExpr",
	AttrEnumClass:            "EnumClass",
	AttrLinkageName:          "LinkageName",
	AttrStringLengthBitSize:  "StringLengthBitSize",
	AttrStringLengthByteSize: "StringLengthByteSize",
	AttrRank:                 "Rank",
	AttrStrOffsetsBase:       "StrOffsetsBase",
	AttrAddrBase:             "AddrBase",
	AttrRnglistsBase:         "RnglistsBase",
	AttrDwoName:              "DwoName",
	AttrReference:            "Reference",
	AttrRvalueReference:      "RvalueReference",
	AttrMacros:               "Macros",
	AttrCallAllCalls:         "CallAllCalls",
	AttrCallAllSourceCalls:   "CallAllSourceCalls",
	AttrCallAllTailCalls:     "CallAllTailCalls",
	AttrCallReturnPC:         "CallReturnPC",
	AttrCallValue:            "CallValue",
	AttrCallOrigin:           "CallOrigin",
	AttrCallParameter:        "CallParameter",
	AttrCallPC:               "CallPC",
	AttrCallTailCall:         "CallTailCall",
	AttrCallTarget:           "CallTarget",
	AttrCallTargetClobbered:  "CallTargetClobbered",
	AttrCallDataLocation:     "CallDataLocation",
	AttrCallDataValue:        "CallDataValue",
	AttrNoreturn:             "Noreturn",
	AttrAlignment:            "Alignment",
	AttrExportSymbols:        "ExportSymbols",
	AttrDeleted:              "Deleted",
	AttrDefaulted:            "Defaulted",
	AttrLoclistsBase:         "LoclistsBase",
}

// A Tag is the kind of an Entry: what the entry describes.
type Tag uint32

const (
	TagArrayType              Tag = 0x01
	TagClassType              Tag = 0x02
	TagEntryPoint             Tag = 0x03
	TagEnumerationType        Tag = 0x04
	TagFormalParameter        Tag = 0x05
	TagImportedDeclaration    Tag = 0x08
	TagLabel                  Tag = 0x0A
	TagLexDwarfBlock          Tag = 0x0B
	TagMember                 Tag = 0x0D
	TagPointerType            Tag = 0x0F
	TagReferenceType          Tag = 0x10
	TagCompileUnit            Tag = 0x11
	TagStringType             Tag = 0x12
	TagStructType             Tag = 0x13
	TagSubroutineType         Tag = 0x15
	TagTypedef                Tag = 0x16
	TagUnionType              Tag = 0x17
	TagUnspecifiedParameters  Tag = 0x18
	TagVariant                Tag = 0x19
	TagCommonDwarfBlock       Tag = 0x1A
	TagCommonInclusion        Tag = 0x1B
	TagInheritance            Tag = 0x1C
	TagInlinedSubroutine      Tag = 0x1D
	TagModule                 Tag = 0x1E
	TagPtrToMemberType        Tag = 0x1F
	TagSetType                Tag = 0x20
	TagSubrangeType           Tag = 0x21
	TagWithStmt               Tag = 0x22
	TagAccessDeclaration      Tag = 0x23
	TagBaseType               Tag = 0x24
	TagCatchDwarfBlock        Tag = 0x25
	TagConstType              Tag = 0x26
	TagConstant               Tag = 0x27
	TagEnumerator             Tag = 0x28
	TagFileType               Tag = 0x29
	TagFriend                 Tag = 0x2A
	TagNamelist               Tag = 0x2B
	TagNamelistItem           Tag = 0x2C
	TagPackedType             Tag = 0x2D
	TagSubprogram             Tag = 0x2E
	TagTemplateTypeParameter  Tag = 0x2F
	TagTemplateValueParameter Tag = 0x30
	TagThrownType             Tag = 0x31
	TagTryDwarfBlock          Tag = 0x32
	TagVariantPart            Tag = 0x33
	TagVariable               Tag = 0x34
	TagVolatileType           Tag = 0x35

	// New in DWARF 3:
	TagDwarfProcedure  Tag = 0x36
	TagRestrictType    Tag = 0x37
	TagInterfaceType   Tag = 0x38
	TagNamespace       Tag = 0x39
	TagImportedModule  Tag = 0x3A
	TagUnspecifiedType Tag = 0x3B
	TagPartialUnit     Tag = 0x3C
	TagImportedUnit    Tag = 0x3D
	TagMutableType     Tag = 0x3E
	TagCondition       Tag = 0x3F
	TagSharedType      Tag = 0x40

	// New in DWARF 4:
	TagTypeUnit            Tag = 0x41
	TagRvalueReferenceType Tag = 0x42
	TagTemplateAlias       Tag = 0x43

	// New in DWARF 5:
	TagCoarrayType       Tag = 0x44
	TagGenericSubrange   Tag = 0x45
	TagDynamicType       Tag = 0x46
	TagAtomicType        Tag = 0x47
	TagCallSite          Tag = 0x48
	TagCallSiteParameter Tag = 0x49
	TagSkeletonUnit      Tag = 0x4A
	TagImmutableType     Tag = 0x4B
)

// tagNames maps each Tag to its name without the Tag prefix.
var tagNames = map[Tag]string{
	TagArrayType:              "ArrayType",
	TagClassType:              "ClassType",
	TagEntryPoint:             "EntryPoint",
	TagEnumerationType:        "EnumerationType",
	TagFormalParameter:        "FormalParameter",
	TagImportedDeclaration:    "ImportedDeclaration",
	TagLabel:                  "Label",
	TagLexDwarfBlock:          "LexDwarfBlock",
	TagMember:                 "Member",
	TagPointerType:            "PointerType",
	TagReferenceType:          "ReferenceType",
	TagCompileUnit:            "CompileUnit",
	TagStringType:             "StringType",
	TagStructType:             "StructType",
	TagSubroutineType:         "SubroutineType",
	TagTypedef:                "Typedef",
	TagUnionType:              "UnionType",
	TagUnspecifiedParameters:  "UnspecifiedParameters",
	TagVariant:                "Variant",
	TagCommonDwarfBlock:       "CommonDwarfBlock",
	TagCommonInclusion:        "CommonInclusion",
	TagInheritance:            "Inheritance",
	TagInlinedSubroutine:      "InlinedSubroutine",
	TagModule:                 "Module",
	TagPtrToMemberType:        "PtrToMemberType",
	TagSetType:                "SetType",
	TagSubrangeType:           "SubrangeType",
	TagWithStmt:               "WithStmt",
	TagAccessDeclaration:      "AccessDeclaration",
	TagBaseType:               "BaseType",
	TagCatchDwarfBlock:        "CatchDwarfBlock",
	TagConstType:              "ConstType",
	TagConstant:               "Constant",
	TagEnumerator:             "Enumerator",
	TagFileType:               "FileType",
	TagFriend:                 "Friend",
	TagNamelist:               "Namelist",
	TagNamelistItem:           "NamelistItem",
	TagPackedType:             "PackedType",
	TagSubprogram:             "Subprogram",
	TagTemplateTypeParameter:  "TemplateTypeParameter",
	TagTemplateValueParameter: "TemplateValueParameter",
	TagThrownType:             "ThrownType",
	TagTryDwarfBlock:          "TryDwarfBlock",
	TagVariantPart:            "VariantPart",
	TagVariable:               "Variable",
	TagVolatileType:           "VolatileType",
	TagDwarfProcedure:         "DwarfProcedure",
	TagRestrictType:           "RestrictType",
	TagInterfaceType:          "InterfaceType",
	TagNamespace:              "Namespace",
	TagImportedModule:         "ImportedModule",
	TagUnspecifiedType:        "UnspecifiedType",
	TagPartialUnit:            "PartialUnit",
	TagImportedUnit:           "ImportedUnit",
	TagMutableType:            "MutableType",
	TagCondition:              "Condition",
	TagSharedType:             "SharedType",
	TagTypeUnit:               "TypeUnit",
	TagRvalueReferenceType:    "RvalueReferenceType",
	TagTemplateAlias:          "TemplateAlias",
	TagCoarrayType:            "CoarrayType",
	TagGenericSubrange:        "GenericSubrange",
	TagDynamicType:            "DynamicType",
	TagAtomicType:             "AtomicType",
	TagCallSite:               "CallSite",
	TagCallSiteParameter:      "CallSiteParameter",
	TagSkeletonUnit:           "SkeletonUnit",
	TagImmutableType:          "ImmutableType",
}

// String returns the attribute's name without "Attr", or Attr(n) for an
// attribute this package does not know.
func (a Attr) String() string {
	if s, ok := attrNames[a]; ok {
		return s
	}
	return "Attr(" + strconv.FormatInt(int64(a), 10) + ")"
}

// GoString returns the attribute as Go source: dwarf.AttrName, or
// dwarf.Attr(n) for an attribute this package does not know.
func (a Attr) GoString() string {
	if s, ok := attrNames[a]; ok {
		return "dwarf.Attr" + s
	}
	return "dwarf." + a.String()
}

// String returns the tag's name without "Tag", or Tag(n) for a tag this
// package does not know.
func (t Tag) String() string {
	if s, ok := tagNames[t]; ok {
		return s
	}
	return "Tag(" + strconv.FormatInt(int64(t), 10) + ")"
}

// GoString returns the tag as Go source. Like Go 1.19, it puts the "Tag"
// prefix back only on the tags of DWARF 4 and before.
func (t Tag) GoString() string {
	if t <= TagTemplateAlias {
		return "dwarf.Tag" + t.String()
	}
	return "dwarf." + t.String()
}

// A Class is the kind of value an attribute holds, which its form
// (encoding) tells, and with it how to read Field.Val.
type Class int

const (
	ClassUnknown Class = iota

	// ClassAddress is an address in the target's memory: a uint64.
	ClassAddress

	// ClassBlock is a block of bytes whose meaning depends on the
	// attribute: a []byte.
	ClassBlock

	// ClassConstant is a constant: an int64, or a []byte for a constant
	// too large for one.
	ClassConstant

	// ClassExprLoc is a DWARF expression, which computes a location or
	// a value: a []byte.
	ClassExprLoc

	// ClassFlag is a bool.
	ClassFlag

	// ClassLinePtr is an offset in the .debug_line section: an int64.
	ClassLinePtr

	// ClassLocListPtr is an offset in the .debug_loc section: an int64.
	ClassLocListPtr

	// ClassMacPtr is an offset in the .debug_macinfo section: an int64.
	ClassMacPtr

	// ClassRangeListPtr is an offset in the .debug_ranges section: an
	// int64.
	ClassRangeListPtr

	// ClassReference is the Offset of another entry of .debug_info.
	ClassReference

	// ClassReferenceSig is the 64-bit signature (a uint64) of a type
	// unit.
	ClassReferenceSig

	// ClassString is a string, stored in the entry or in .debug_str.
	ClassString

	// ClassReferenceAlt is an offset (an int64) into the .debug_info
	// of a supplementary object file (DWARF 5, or the GNU .dwz
	// extension).
	ClassReferenceAlt

	// ClassStringAlt is an offset (an int64) into the string section of
	// a supplementary object file.
	ClassStringAlt

	// ClassAddrPtr is an offset in the .debug_addr section: an int64.
	ClassAddrPtr

	// ClassLocList is an index of a location list (DWARF 5): an int64.
	ClassLocList

	// ClassRngList is an index of a range list (DWARF 5): a uint64.
	ClassRngList

	// ClassRngListsPtr is an offset in the .debug_rnglists section: a
	// uint64.
	ClassRngListsPtr

	// ClassStrOffsetsPtr is an offset in the .debug_str_offsets section:
	// an int64.
	ClassStrOffsetsPtr
)

var classNames = []string{
	"ClassUnknown", "ClassAddress", "ClassBlock", "ClassConstant", "ClassExprLoc",
	"ClassFlag", "ClassLinePtr", "ClassLocListPtr", "ClassMacPtr", "ClassRangeListPtr",
	"ClassReference", "ClassReferenceSig", "ClassString", "ClassReferenceAlt", "ClassStringAlt",
	"ClassAddrPtr", "ClassLocList", "ClassRngList", "ClassRngListsPtr", "ClassStrOffsetsPtr",
}

// String returns the name of the class, or Class(n) for a value out of
// range.
func (i Class) String() string {
	if i < 0 || int(i) >= len(classNames) {
		return "Class(" + strconv.FormatInt(int64(i), 10) + ")"
	}
	return classNames[i]
}

// GoString returns the class as Go source.
func (i Class) GoString() string { return "dwarf." + i.String() }
