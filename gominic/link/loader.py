"""This module implements the loader: it reads every package's ELF objects
and builds the linker's symbol index, as Go's cmd/link/internal/loader does.

The model (Levine, "Linkers and Loaders" ch. 7; Go's loader.go):

* A symbol is a dense integer ``Sym`` ID; 0 means "no symbol".  Everything
  known about a symbol lives in columns indexed by ID (name, kind, where its
  bytes are, size, alignment, outer symbol, value) and attribute bitmaps
  (reachable, dupok, local, special, weak reference) behind accessors.  A
  name -> ID table holds the global names.
* The unit of layout and dead-code elimination is the *input section*.  The
  compiler puts every function and global in a section of its own, so a
  section holding exactly one named symbol, at offset 0, simply *is* that
  symbol.  Sections LLVM makes on its own (constant pools ``.rodata.cst8``,
  merged strings, jump tables) hold no named symbol, or several: such a
  section becomes an anonymous local symbol, and the named symbols inside it
  become aliases with that ``outer`` symbol and their offset as ``value``.
  Relocations that name a section symbol or a local symbol are resolved to
  (section's loader symbol, offset + addend).
* Bytes are never copied while loading: a symbol records its object and
  section, and ``data(s)`` returns a memoryview into the archive's buffer.
  Relocations are decoded the first time someone asks for them, so the
  relocations of dead functions are never decoded at all.
* Duplicate definitions (Go's "dupok"): a WEAK definition (LLVM's
  linkonce_odr: string literals ``go:string.<hash>``, type descriptors) is
  dupok: the first one loaded wins and later copies are dropped whole, after
  checking that content-addressed ``go:string.`` bytes really are equal.  A
  strong definition beats a weak one; two strong ones are an error.

Only allocatable sections are loaded.  ``.eh_frame`` is skipped too: we emit
nounwind code and nothing in a Go binary unwinds through DWARF CFI (stack
traces come from the runtime's own tables), and so is ``.llvm_stackmaps``,
which the compiler has already turned into each function's stack maps in
its .gopclntab record.  Non-allocatable sections
(.comment, .note.GNU-stack, .llvm_addrsig, .symtab, .strtab, .rela.*,
.group) describe the object, not the program.
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from gominic.link.errors import LinkError
from gominic.link.objcache import ObjectIndex
from gominic.link.symkind import SymKind, kind_of_section
from gominic.obj.archive import Member, ObjError, Package, read_package
from gominic.obj.dwarf import ObjectDwarf
from gominic.obj.elffile import (
    SHF_ALLOC, SHN_ABS, SHN_COMMON, SHN_UNDEF, SHT_NOBITS, SHT_PROGBITS, SHT_RELA, STB_LOCAL, STB_WEAK, STT_FILE,
    STT_SECTION, ElfFile, RelocType, read_relocations,
)

if TYPE_CHECKING:
    from gominic.link.snapshot import Snapshot

# Allocatable sections that are not part of the program (see above).
SKIPPED_SECTIONS = (".eh_frame", ".llvm_stackmaps")

Sym = int

# A decoded relocation: (offset in the symbol, type, target Sym, addend).
Reloc = tuple[int, int, Sym, int]

CONTENT_ADDRESSED_PREFIX = "go:string."
SYM_KINDS = list(SymKind)  # a kind's number -> the SymKind (the object index keeps numbers)


@dataclass
class ObjFile:
    """One ELF object of a package and the map from its symbol table to Syms."""

    name: str  # "path/to/pkg.a(_go_.o)"
    pkg: int  # index in Loader.packages
    elf: ElfFile
    # What the object index keeps of it: its section plan, its DWARF facts
    # (ObjectDwarf.decoded); None when the object is not cached.
    decoded: dict[str, object] | None = None
    symids: list[Sym] = field(default_factory=list)  # ELF symbol index -> Sym
    symoffs: list[int] = field(default_factory=list)  # ... and offset within that Sym

    @functools.cached_property
    def dwarf(self) -> ObjectDwarf:
        """The reader of the object's debug sections, starting from the facts
        the object index kept."""
        return ObjectDwarf(self.elf, self.decoded)


class Loader:
    """The symbol index of a link: columns of per-symbol facts indexed by Sym."""

    def __init__(self, index: ObjectIndex | None = None) -> None:
        self.index = index or ObjectIndex(None)  # decoded objects kept between links
        self.packages: list[Package] = []
        self.objs: list[ObjFile] = []
        self.symbols_by_name: dict[str, Sym] = {}
        # Columns, one entry per Sym; entry 0 is the "no symbol" slot.
        self.names: list[str] = [""]
        self.kinds: list[SymKind] = [SymKind.SXXX]
        self.obj: list[int] = [-1]  # object holding the bytes, -1 if none
        self.sect: list[int] = [0]  # section index in that object
        self.rela: list[int] = [0]  # its SHT_RELA section index, 0 if none
        self.sizes: list[int] = [0]
        self.aligns: list[int] = [1]
        self.outer: list[Sym] = [0]  # containing section symbol of an alias
        self.values: list[int] = [0]  # offset in outer; the address after layout
        self.pkg: list[int] = [-1]  # package that defines the symbol
        # Attribute bitmaps (one byte per Sym).
        self._reachable = bytearray(1)
        self._defined = bytearray(1)
        self._dupok = bytearray(1)
        self._local = bytearray(1)
        self._special = bytearray(1)  # linker-defined marker (runtime.etext)
        self._weakref = bytearray(1)  # referenced only weakly: 0 if undefined
        # An anonymous section holding one named symbol that starts past
        # its first byte -> that symbol: a function whose code follows its
        # stack check's call (compile/nosplit.py).
        self.sole_inner: dict[Sym, Sym] = {}
        # Bytes and relocations the linker made or replaced (-X, the GOT).
        self.ext_data: dict[Sym, bytes] = {}
        self._relocs: dict[Sym, list[Reloc]] = {}
        # Syms from here on were created by the linker (Go's extStart).
        self.ext_start: Sym = 0
        # Symbols that own bytes, in the order their definitions were loaded
        # (Go's ctxt.Textp): the order of layout.  IDs are not: a reference
        # can create a Sym long before its definition is read.
        self.section_syms: list[Sym] = []
        # Sections dropped because an earlier copy of their dupok symbol won.
        self.dropped: list[tuple[int, int, Sym]] = []  # (obj, section, winner)

    # --- symbol creation and lookup ----------------------------------------

    def new_sym(self, name: str, kind: SymKind = SymKind.SXXX) -> Sym:
        """Append a fresh Sym with empty columns and return its ID."""
        return self.new_syms([name], kind)[0]

    def new_syms(self, names: list[str], kind: SymKind = SymKind.SXXX) -> range:
        """Append a fresh Sym per name, with empty columns; return their IDs.
        (Each column grows once, by all of them.)"""
        first, n = len(self.names), len(names)
        self.names += names
        self.kinds += [kind] * n
        self.obj += [-1] * n
        self.sect += [0] * n
        self.rela += [0] * n
        self.sizes += [0] * n
        self.aligns += [1] * n
        self.outer += [0] * n
        self.values += [0] * n
        self.pkg += [-1] * n
        zeros = bytes(n)
        for bitmap in (self._reachable, self._defined, self._dupok, self._local,
                       self._special, self._weakref):
            bitmap += zeros
        return range(first, first + n)

    def lookup(self, name: str) -> Sym:
        """The global symbol called ``name``, or 0."""
        return self.symbols_by_name.get(name, 0)

    def lookup_or_create(self, name: str) -> Sym:
        """The global symbol called ``name``, created undefined if new."""
        s = self.symbols_by_name.get(name, 0)
        if s == 0:
            s = self.symbols_by_name[name] = self.new_sym(name)
        return s

    def create_external(self, name: str, kind: SymKind, data: bytes = b"",
                        relocs: list[Reloc] | None = None) -> Sym:
        """Define a linker-made global symbol (a boundary marker, -X bytes, the GOT)."""
        s = self.lookup_or_create(name)
        if self.attr_defined(s):
            raise LinkError(f"duplicated definition of symbol {name}, from {self.pkg_name(s)} and the linker")
        self.set_content(s, kind, data, relocs or [])
        return s

    def set_content(self, s: Sym, kind: SymKind, data: bytes, relocs: list[Reloc]) -> None:
        """Give ``s`` new bytes and relocations (replacing what an object said)."""
        if s not in self.ext_data and self.obj[s] < 0:
            self.section_syms.append(s)
        self.kinds[s] = kind
        self.ext_data[s] = data
        self._relocs[s] = relocs
        self.sizes[s] = len(data)
        self.aligns[s] = max(self.aligns[s], 8 if relocs else 1)
        self._defined[s] = 1

    # --- accessors ---------------------------------------------------------

    def num_syms(self) -> int:
        return len(self.names) - 1

    def num_reachable(self) -> int:
        return self._reachable.count(1)

    def reachable_section_syms(self) -> list[Sym]:
        """The reachable symbols that own bytes, in load order."""
        return [s for s in self.section_syms if self._reachable[s] and self.is_section_sym(s)]

    def sym_name(self, s: Sym) -> str:
        """The symbol's name; an anonymous section symbol shows its section's name."""
        if self.names[s] or self.obj[s] < 0:
            return self.names[s]
        return self.objs[self.obj[s]].elf.sections[self.sect[s]].name

    def sym_kind(self, s: Sym) -> SymKind:
        return self.kinds[s]

    def sym_size(self, s: Sym) -> int:
        return self.sizes[s]

    def sym_align(self, s: Sym) -> int:
        return self.aligns[s]

    def outer_sym(self, s: Sym) -> Sym:
        return self.outer[s]

    def make_alias(self, s: Sym, outer: Sym, value: int) -> None:
        """Make section symbol s an alias at offset value in outer, whose
        bytes hold its own (strmerge.py): s is no longer laid out."""
        self.outer[s] = outer
        self.values[s] = value

    def sym_addresses(self) -> list[int]:
        """Every symbol's address, aliases resolved: for passes that look up many."""
        values, outer = self.values, self.outer
        return [v + values[o] if o else v for v, o in zip(values, outer)]

    def sym_value(self, s: Sym) -> int:
        """The symbol's address once layout has run (an alias adds its outer's)."""
        o = self.outer[s]
        return self.values[s] + (self.values[o] if o else 0)

    def set_sym_value(self, s: Sym, v: int) -> None:
        self.values[s] = v

    def pkg_name(self, s: Sym) -> str:
        p = self.pkg[s]
        return self.packages[p].path if p >= 0 else "<linker>"

    @property
    def reachable_bitmap(self) -> bytearray:
        """The reachable attribute of every Sym, for loops over all relocations."""
        return self._reachable

    @property
    def defined_bitmap(self) -> bytearray:
        """The defined attribute of every Sym, for loops over all relocations."""
        return self._defined

    def attr_reachable(self, s: Sym) -> bool:
        return self._reachable[s] != 0

    def set_attr_reachable(self, s: Sym) -> None:
        self._reachable[s] = 1

    def attr_defined(self, s: Sym) -> bool:
        return self._defined[s] != 0

    def attr_dupok(self, s: Sym) -> bool:
        return self._dupok[s] != 0

    def attr_local(self, s: Sym) -> bool:
        return self._local[s] != 0

    def attr_special(self, s: Sym) -> bool:
        return self._special[s] != 0

    def set_attr_special(self, s: Sym) -> None:
        self._special[s] = 1
        self._defined[s] = 1

    def attr_weakref(self, s: Sym) -> bool:
        return self._weakref[s] != 0

    def attr_in_output(self, s: Sym) -> bool:
        """Whether a symbol is in the executable (an alias is if its section is)."""
        o = self.outer[s]
        return (self._reachable[s] != 0 or (o != 0 and self._reachable[o] != 0)) and self._defined[s] != 0

    def is_anonymous(self, s: Sym) -> bool:
        """Whether ``s`` stands for an input section with no name of its own (.rodata.cst8)."""
        return self.names[s] == ""

    def inner_symbol(self, s: Sym) -> Sym:
        """The one named symbol inside anonymous section s, past its start (0: none)."""
        return self.sole_inner.get(s, 0)

    def is_section_sym(self, s: Sym) -> bool:
        """Whether ``s`` owns bytes of its own (it is laid out, not an alias or marker)."""
        return self._defined[s] != 0 and self.outer[s] == 0 and self._special[s] == 0

    def data(self, s: Sym) -> memoryview | bytes:
        """The bytes of a section symbol: a view into its object (empty for .bss)."""
        if s in self.ext_data:
            return self.ext_data[s]
        return self.objs[self.obj[s]].elf.section_data(self.sect[s])

    def relocs(self, s: Sym) -> list[Reloc]:
        """The relocations of ``s``, decoded and resolved on first use."""
        rs = self._relocs.get(s)
        if rs is None:
            rs = self._relocs[s] = self.decode_relocs(s) if self.rela[s] else []
        return rs

    def decode_relocs(self, s: Sym) -> list[Reloc]:
        """Resolve a section's RELA records to (offset, type, Sym, addend)."""
        obj = self.objs[self.obj[s]]
        ids, offs = obj.symids, obj.symoffs
        try:
            relocs = [(off, info & 0xFFFFFFFF, ids[info >> 32], add + offs[info >> 32])
                      for off, info, add in read_relocations(obj.elf, self.rela[s])]
        except IndexError:
            raise LinkError(f"{obj.name}: {self.sym_name(s)}: relocation names a symbol past the symbol table") from None
        self.check_relocs(obj, s, relocs)
        return relocs

    def check_relocs(self, obj: ObjFile, s: Sym, relocs: list[Reloc]) -> None:
        """Each relocation must patch bytes inside its section and name a
        symbol the loader knows (a section that was not loaded is none)."""
        size = self.sizes[s]
        for off, rtype, target, _ in relocs:
            if off + RELOC_WIDTHS.get(rtype, 4) > size:
                raise LinkError(f"{obj.name}: {self.sym_name(s)}: relocation at offset {off} "
                                f"is outside the section ({size} bytes)")
            if target == 0 and rtype != RelocType.R_X86_64_NONE:
                raise LinkError(f"{obj.name}: {self.sym_name(s)}: relocation at offset {off} "
                                f"names a symbol or section that is not loaded")

    # --- loading -----------------------------------------------------------

    def load_package(self, pkg: Package) -> None:
        """Read every object of a package."""
        self.packages.append(pkg)
        for member in pkg.objects:
            self.load_object(len(self.packages) - 1, member)

    def load_object(self, pkg: int, member: Member) -> None:
        """Read one ELF object: its sections become Syms, its symbols are resolved."""
        name = f"{self.packages[pkg].file}({member.name})"
        try:
            elf, decoded = self.index.read(member, name)
        except ObjError as e:
            raise LinkError(str(e)) from None
        if elf.type != 1:  # ET_REL
            raise LinkError(f"{name}: not a relocatable object")
        obj = ObjFile(name, pkg, elf, decoded)
        oi = len(self.objs)
        self.objs.append(obj)
        nsym = len(elf.symbols)
        obj.symids = [0] * nsym
        obj.symoffs = [0] * nsym
        plan = decoded.get("sections") if decoded is not None else None
        if plan is None:
            plan = self.section_plan(obj)
            if decoded is not None:
                decoded["sections"] = plan
        secsyms = self.load_sections(oi, obj, plan)
        self.resolve_symbol_table(obj, secsyms)

    @staticmethod
    def named_symbols_by_section(elf: ElfFile) -> dict[int, list[int]]:
        """For each section, the ELF indexes of the named symbols defined in it."""
        named: dict[int, list[int]] = {}
        names = elf.symbol_names
        for i, (_, info, _, shndx, _, _) in enumerate(elf.symbols):
            if names[i] and 0 < shndx < SHN_ABS and (info & 0xF) < STT_SECTION:
                named.setdefault(shndx, []).append(i)
        return named

    def section_plan(self, obj: ObjFile) -> list[tuple[int, int, list[int], int]]:
        """The sections to load, each (section index, kind, the ELF indexes
        of the named symbols defined in it, its SHT_RELA section or 0):
        facts of the object alone, kept in the object index cache."""
        elf = obj.elf
        named = self.named_symbols_by_section(elf)
        relas = {sec.info: i for i, sec in enumerate(elf.sections) if sec.type == SHT_RELA}
        plan = []
        for i, sec in enumerate(elf.sections):
            if not sec.flags & SHF_ALLOC or sec.name in SKIPPED_SECTIONS:
                continue
            if sec.type not in (SHT_PROGBITS, SHT_NOBITS):
                raise LinkError(f"{obj.name}: unsupported section {sec.name} (type {sec.type})")
            plan.append((i, int(kind_of_section(sec.name, sec.type, sec.flags)), named.get(i, []), relas.get(i, 0)))
        return plan

    def load_sections(self, oi: int, obj: ObjFile, plan: list[tuple[int, int, list[int], int]]) -> list[Sym]:
        """Make a Sym of every loaded section; return section index -> Sym (0: not loaded)."""
        elf = obj.elf
        secsyms = [0] * len(elf.sections)
        for i, kind, syms, rela in plan:
            kind = SYM_KINDS[kind]
            if len(syms) == 1 and elf.symbols[syms[0]][4] == 0:
                s, kept = self.define(obj, syms[0], kind, outer=0)
            else:
                s = self.new_sym("", kind)  # anonymous: sym_name shows sec.name
                self._local[s] = self._defined[s] = 1
                self.pkg[s] = obj.pkg
                for k in syms:
                    inner, inner_kept = self.define(obj, k, kind, outer=s)
                    if len(syms) == 1 and inner_kept:
                        self.sole_inner[s] = inner
                kept = True
            secsyms[i] = s
            if kept:
                if self.obj[s] < 0:  # else a strong definition replaces a dupok one in place
                    self.section_syms.append(s)
                sec = elf.sections[i]
                self.obj[s], self.sect[s], self.rela[s] = oi, i, rela
                self.sizes[s] = sec.size
                self.aligns[s] = sec.addralign or 1
            else:
                self.dropped.append((oi, i, s))
        return secsyms

    def define(self, obj: ObjFile, k: int, kind: SymKind, outer: Sym) -> tuple[Sym, bool]:
        """Define ELF symbol ``k`` of ``obj`` (a section owner if outer == 0).

        Returns the Sym that now stands for the name and whether this
        definition is the one kept (False for a dupok copy that lost to an
        earlier definition).
        """
        _, info, _, _, value, size = obj.elf.symbols[k]
        name = obj.elf.symbol_names[k]
        bind = info >> 4
        if bind == STB_LOCAL:
            s = self.new_sym(name)
            self._local[s] = 1
        else:
            s = self.lookup_or_create(name)
            if self._defined[s] and not self.replace_definition(obj, k, s):
                obj.symids[k] = s
                return s, False
            self._dupok[s] = bind == STB_WEAK
        obj.symids[k] = s
        self.kinds[s] = kind
        self.pkg[s] = obj.pkg
        self.outer[s] = outer
        self.values[s] = value if outer else 0
        self.sizes[s] = size
        self._defined[s] = 1
        return s, True

    def replace_definition(self, obj: ObjFile, k: int, s: Sym) -> bool:
        """Decide between an existing definition of ``s`` and ELF symbol ``k``.

        True means the new one replaces the old (strong beats dupok); False
        means the old one stays (dupok copies).  Two strong ones are an error.
        """
        name = obj.elf.symbol_names[k]
        new_dupok = obj.elf.symbols[k][1] >> 4 == STB_WEAK
        if new_dupok:
            if name.startswith(CONTENT_ADDRESSED_PREFIX):
                self.check_content(obj, k, s)
            return False
        if self._dupok[s]:
            return True
        # Go's loader names the later definition first; it loads main first, ours last.
        later, earlier = self.packages[obj.pkg].path, self.pkg_name(s)
        if later == "main":
            later, earlier = earlier, later
        raise LinkError(f"duplicated definition of symbol {name}, from {later} and {earlier}")

    def check_content(self, obj: ObjFile, k: int, s: Sym) -> None:
        """A content-addressed duplicate must hold exactly the winner's bytes."""
        _, _, _, shndx, value, size = obj.elf.symbols[k]
        new = bytes(obj.elf.section_data(shndx)[value : value + size])
        o = self.outer[s] or s
        old = bytes(self.data(o)[self.values[s] if self.outer[s] else 0 :][: self.sizes[s] or len(new)])
        if new != old:
            raise LinkError(f"{self.names[s]}: content-addressed symbol has different contents "
                            f"in {self.pkg_name(s)} and {self.packages[obj.pkg].path}")

    def resolve_symbol_table(self, obj: ObjFile, secsyms: list[Sym]) -> None:
        """Map every ELF symbol not defined by load_sections to (Sym, offset)."""
        undefined = []
        for k, (_, info, _, shndx, value, _) in enumerate(obj.elf.symbols):
            if k == 0 or obj.symids[k]:
                continue
            if shndx == SHN_UNDEF:
                if obj.elf.symbol_names[k]:
                    undefined.append(k)
            elif shndx == SHN_COMMON:
                raise LinkError(f"{obj.name}: common symbol {obj.elf.symbol_names[k]} not supported")
            elif shndx < SHN_ABS and (info & 0xF) != STT_FILE:
                # A section symbol, or a local label: the section plus its offset.
                obj.symids[k] = secsyms[shndx]
                obj.symoffs[k] = value
        self.reference(obj, undefined)

    def reference(self, obj: ObjFile, undefined: list[int]) -> None:
        """Record the undefined references of an object (ELF symbol indexes):
        names not seen before become Syms, all at once, in order.  A
        symbol only ever referenced weakly may stay 0 (attr_weakref)."""
        names, by_name = obj.elf.symbol_names, self.symbols_by_name
        new = list(dict.fromkeys(name for name in map(names.__getitem__, undefined) if name not in by_name))
        created = self.new_syms(new)
        by_name.update(zip(new, created))
        for s in created:
            self._weakref[s] = 1
        for k in undefined:
            s = obj.symids[k] = by_name[names[k]]
            if obj.elf.symbols[k][1] >> 4 != STB_WEAK:
                self._weakref[s] = 0


# How many bytes a relocation of each type patches, where not 4 (as for an
# unknown type, which relocate reports).
RELOC_WIDTHS = {RelocType.R_X86_64_NONE: 0, RelocType.R_X86_64_64: 8, RelocType.R_X86_64_PC64: 8,
                RelocType.R_X86_64_GOTOFF64: 8, RelocType.R_X86_64_SIZE64: 8, RelocType.R_X86_64_16: 2,
                RelocType.R_X86_64_PC16: 2, RelocType.R_X86_64_8: 1, RelocType.R_X86_64_PC8: 1}


def load_packages(main: str, packagefiles: dict[str, str], index: ObjectIndex | None = None,
                  snapshot: Snapshot | None = None) -> Loader:
    """Load every package main imports, breadth first (the runtime always),
    then main itself. Main comes last so that the loader's state before it
    depends on the imports alone: a build server keeps that state between
    builds (snapshot.py), and a link it holds continues from it."""
    main_pkg = read_package_file("main", main)
    if snapshot is None:
        loader = load_imports(import_order(main_pkg, packagefiles, read_package_file), index)
    else:
        loader = snapshot.loader_for(import_order(main_pkg, packagefiles, snapshot.read))
    loaded = len(loader.section_syms)
    loader.load_package(main_pkg)
    # Main's sections lead the layout, as in Go's linker, which loads main first.
    loader.section_syms = loader.section_syms[loaded:] + loader.section_syms[:loaded]
    loader.ext_start = len(loader.names)
    return loader


def load_imports(packages: list[Package], index: ObjectIndex | None) -> Loader:
    """A loader holding the packages, loaded in order."""
    loader = Loader(index)
    for pkg in packages:
        loader.load_package(pkg)
    return loader


def import_order(main: Package, packagefiles: dict[str, str],
                 read: Callable[[str, str], Package]) -> list[Package]:
    """The packages main imports, directly or not, breadth first, each read
    by read(import path, archive); the runtime last if nothing imports it."""
    order: list[Package] = []
    queue: deque[str] = deque()
    seen = {"main"}

    def enqueue(imports: list[str]) -> None:
        for imp in imports:
            if imp not in seen:
                seen.add(imp)
                queue.append(imp)

    enqueue(main.imports)
    while queue or "runtime" not in seen:
        if not queue:
            enqueue(["runtime"])
        path = queue.popleft()
        pkg = read(path, package_file(packagefiles, path))
        order.append(pkg)
        enqueue(pkg.imports)
    return order


def read_package_file(path: str, file: str) -> Package:
    """The archive of package path, read and checked (a damaged one is a link error)."""
    try:
        return read_package(file)
    except ObjError as e:
        raise LinkError(str(e)) from None


def package_file(packagefiles: dict[str, str], path: str) -> str:
    """The archive of an imported package, as importcfg's packagefile lines give it."""
    try:
        return str(packagefiles[path])
    except KeyError:
        raise LinkError(f"cannot find package {path} (using -importcfg)") from None
