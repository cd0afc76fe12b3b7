"""This module implements dead code elimination, as Go's cmd/link deadcode.go.

The algorithm is a flood fill of symbols, following their relocations,
beginning at the entry symbol (``_rt0_amd64_linux``) and ``main.main``.
Every symbol reached is marked reachable; everything else is left out of the
executable: its bytes are not laid out, its relocations are never decoded
(see Loader.relocs), and it is absent from the symbol table.

Because the compiler puts every function and global in its own input
section, "symbol" here means "input section": reaching a function reaches
exactly that function, not the rest of its package.  Reaching an alias (a
named symbol inside a section that holds several) reaches its containing
section, whose relocations are then followed.

The work list is a stack, so the fill is depth first; the order does not
change the result, only the order of the ``-dumpdep`` edges, which are
printed the first time each symbol is reached, as ``from -> to``, with
``_`` as the "from" of the roots.

Method pruning, as Go does it: a method's signature and code are reached
through its type's method table (or an itab) only if the type is used in
an interface (Go's UsedInIface: a conversion's go.useiface marker, an
itab, or the descriptor of a type so used refers to it, see ``in_iface``)
AND some reachable code calls a method of that name and signature through
an interface (a marker symbol is reachable; gominic/obj/methods.py
describes the convention). Until both hold, the table's slot relocations
wait in ``pending``; the slots of methods that never become live are
written as nil (a signature still reachable otherwise, through an
interface naming it, is written, so type assertions keep working).
Some words of a descriptor serve only reflect and interfaces: its method
table, its ptrToThis, a struct's tags, and a struct's field table (which
the runtime's typeeq and typehash also walk to compare or hash a T). A
descriptor reached otherwise (its values are allocated, or its name
printed) follows them only once its type is used in an interface; a
struct's fields also once its values are compared: code calling typeeq on
it (a ``go.useeq.`` marker), a map with it as key, or an array or struct so
compared that holds it. Words whose target nothing else reached are
written as nil (an empty list), and what only they named is left out.

reflect's entry points serve as markers too (gominic/obj/methods.py):
they release exported methods for Value.Method, and the call stubs and
trampolines of func types for Value.Call and MakeFunc.

Outlined map initialisers (gominic/obj/mapinit.py) follow the same idea:
the word through which a package's init calls ``V·mapinit`` is not
followed; ``V·mapinit`` is reached when the map variable V is, and
otherwise the word is nil and init skips it. So does the runtime's
memory-profile sampling: the word runtime.memProfileHook is followed only
once runtime.MemProfile, which reads the samples, is reachable (CONDITIONAL_WORDS).
"""

from __future__ import annotations

import struct
from typing import TextIO

from gominic.link.errors import LinkError
from gominic.link.loader import Loader, Sym
from gominic.link.typelinks import TYPELINKS
from gominic.obj.mapinit import MAPINIT_SLOT_SUFFIX, MAPINIT_SUFFIX
from gominic.obj.methods import (
    CALL_TABLE_MARKERS, CALL_TABLE_SUFFIX, FIELD_SIZE, FIELD_TYP_OFFSET, IFN_OFFSET, IMETHOD_SIZE,
    IMETHOD_TYP_OFFSET, IMETHODS_SUFFIX, ITAB_FUN_OFFSET, ITAB_PREFIX, MARKER_PREFIX, METHOD_SIZE,
    METHOD_TABLE_SUFFIX, MTYP_OFFSET, NAME_OFFSET, REFLECT_MARKERS, REFLECT_METHOD_MARKERS, USEEQ_PREFIX,
    USEIFACE_PREFIX, imethod_marker, method_exported, name_digest,
)
from gominic.obj.typelinks import (
    ADDRESS32_SIZE, DESCRIPTOR_PREFIX, ELEM_OFFSET, FIELDS_OFFSET, KIND_ARRAY, KIND_MAP, KIND_OFFSET, KIND_POINTER,
    KIND_STRUCT, LIST32_SIZE, LIST_SIZE, MAP_KEY_OFFSET, PTRTOTHIS_OFFSET, STRUCT_TAGS_OFFSET, WORD, is_descriptor,
    methods_offset,
)


# The names follow_special handles; the flood reaches every target of any other.
SPECIAL_PREFIXES = (MARKER_PREFIX, USEIFACE_PREFIX, USEEQ_PREFIX, DESCRIPTOR_PREFIX, ITAB_PREFIX)
SPECIAL_SUFFIXES = (MAPINIT_SLOT_SUFFIX, METHOD_TABLE_SUFFIX, CALL_TABLE_SUFFIX)

# Runtime variables whose relocations are followed only once the symbol
# beside each is reachable; until then they wait, and stay nil if it never
# is (the runtime checks).
CONDITIONAL_WORDS = {"runtime.memProfileHook": "runtime.MemProfile"}


def deadcode(loader: Loader, entry: str, dumpdep: TextIO | None = None) -> None:
    """Mark every symbol reachable from the entry point (and main.main)."""
    root = loader.lookup(entry)
    if root == 0 or not loader.attr_defined(root):
        raise LinkError(f"{entry}: entry symbol not defined")
    d = DeadcodePass(loader, dumpdep)
    d.mark(root, 0)
    main = loader.lookup("main.main")
    if not main or not loader.attr_defined(main):
        # Go's runtime reaches main.main through runtime.main_main·f: its
        # linker names that reference when the main package has no main.
        raise LinkError("runtime.main_main·f: function main is undeclared in the main package")
    if not loader.attr_reachable(main):
        d.mark(main, 0)
    d.flood()
    typelinks = loader.lookup(TYPELINKS)
    while d.follow_conditional_words() or typelinks and loader.attr_reachable(typelinks) \
            and d.pointers_from_typelinks():
        d.flood()
    d.compact_method_tables()
    d.drop_reflect_words()


class DeadcodePass:
    """The state of the flood fill (Go's deadcodePass)."""

    def __init__(self, loader: Loader, dumpdep: TextIO | None) -> None:
        self.loader = loader
        self.dumpdep = dumpdep
        self.names = loader.names  # raw names: markers, method tables and map initialisers are always named
        self.work: list[Sym] = []
        self.mapinits = {name[:-len(MAPINIT_SUFFIX)]: s for s, name in enumerate(self.names)
                         if name and name.endswith(MAPINIT_SUFFIX)}  # map variable -> its outlined initialiser
        self.used: set[str] = set()  # method markers reached
        self.pending: dict[str, list[tuple[Sym, Sym]]] = {}  # marker -> (slot target, table) waiting for it
        self.in_iface: set[Sym] = set()  # type symbols used in an interface (Go's UsedInIface)
        self.converted: set[str] = set()  # digests of the descriptors named by reached useiface markers
        self.digests: dict[str, Sym] = {}  # digest of a reached descriptor's name -> the descriptor
        self.compared: set[Sym] = set()  # descriptors of types whose values typeeq or typehash walk
        self.compared_digests: set[str] = set()  # digests named by reached useeq markers
        self.left: dict[tuple[Sym, int], Sym] = {}  # (descriptor, offset) -> target, not followed
        self.waiting: list[Sym] = []  # reached CONDITIONAL_WORDS not followed yet

    def flood(self) -> None:
        """Follow relocations from every queued symbol until the queue is empty."""
        loader, names, reachable = self.loader, self.names, self.loader.reachable_bitmap
        while self.work:
            s = self.work.pop()
            name = names[s]
            if name.startswith(SPECIAL_PREFIXES) or name.endswith(SPECIAL_SUFFIXES) or name in REFLECT_MARKERS:
                self.follow_special(s, name)
                continue
            if name in CONDITIONAL_WORDS:
                self.waiting.append(s)
                continue
            # A plain symbol, as nearly all are: every target is reached.
            self.reach_mapinit(s, name)
            for _, _, target, _ in loader.relocs(s):
                if target and not reachable[target]:
                    self.mark(target, s)

    def follow_conditional_words(self) -> bool:
        """Follow each waiting conditional word whose condition is now
        reachable; report whether any was."""
        ready = [s for s in self.waiting if self.loader.attr_reachable(self.loader.lookup(CONDITIONAL_WORDS[self.names[s]]))]
        for s in ready:
            self.waiting.remove(s)
            for _, _, target, _ in self.loader.relocs(s):
                if target and not self.loader.attr_reachable(target):
                    self.mark(target, s)
        return bool(ready)

    def reach_mapinit(self, s: Sym, name: str) -> None:
        """Reaching a map variable reaches its outlined initialiser."""
        mapinit = self.mapinits.get(name)
        if mapinit and not self.loader.attr_reachable(mapinit):
            self.mark(mapinit, s)

    def follow_special(self, s: Sym, name: str) -> None:
        """Follow the relocations of a marker, a type descriptor, an itab or
        a method or call table: some wait, some release others."""
        loader, names = self.loader, self.names
        if name.startswith(MARKER_PREFIX) or name in REFLECT_MARKERS:
            self.used.add(name)
            for target, table in self.pending.pop(name, []):
                self.mark_slot(target, table)
        elif name.startswith(USEIFACE_PREFIX):
            self.reach_converted(name[len(USEIFACE_PREFIX):])
        elif name.startswith(USEEQ_PREFIX):
            self.reach_compared(name[len(USEEQ_PREFIX):])
        elif name.startswith(DESCRIPTOR_PREFIX):
            self.reach_descriptor(s, name)
        if name.endswith(MAPINIT_SLOT_SUFFIX):
            return  # its initialiser is kept only if the map is (reach_mapinit)
        self.reach_mapinit(s, name)
        iface = s in self.in_iface or name.startswith(ITAB_PREFIX)
        slots = code_markers(loader, s, name)
        later = unexported_names(loader, s) if name.endswith(METHOD_TABLE_SUFFIX) else ()
        waiting = self.reflect_words(s, name) if not iface else ()
        for off, _, target, _ in loader.relocs(s):
            if not target or off in later:
                continue
            if off in waiting:
                self.left[s, off] = target
                continue
            if iface and target not in self.in_iface and names[target].startswith(DESCRIPTOR_PREFIX) \
                    and off not in slots:
                # reflect can take a value of a type that a type used in
                # an interface refers to (an element, a field) and put
                # it in an interface.
                self.use_in_iface(target, s)
            if loader.attr_reachable(target):
                continue
            markers = slots.get(off)
            if markers is None:
                self.mark(target, s)
            elif iface or not name.endswith(METHOD_TABLE_SUFFIX):
                # A method's slot: live once a call of it is reachable.
                if self.used.intersection(markers):
                    self.mark_slot(target, s)
                else:
                    for marker in markers:
                        self.pending.setdefault(marker, []).append((target, s))
            # else: a method of a type not (yet) used in an interface.

    def mark_slot(self, target: Sym, table: Sym) -> None:
        """Keep a method's signature or code; a signature is a type a
        program can reach through reflect, hence used in an interface."""
        if self.names[target].startswith(DESCRIPTOR_PREFIX):
            self.use_in_iface(target, table)
        elif not self.loader.attr_reachable(target):
            self.mark(target, table)

    def reach_converted(self, digest: str) -> None:
        """A conversion to an interface of the type whose name hashes to digest is reachable."""
        self.converted.add(digest)
        s = self.digests.get(digest)
        if s:
            self.use_in_iface(s, 0)

    def reach_descriptor(self, s: Sym, name: str) -> None:
        """A type descriptor is reachable: is a conversion of its type too?
        A comparison? A map's key type is compared and hashed."""
        if is_descriptor(name):
            digest = name_digest(name)
            self.digests[digest] = s
            if digest in self.converted:
                self.in_iface.add(s)
            if digest in self.compared_digests:
                self.use_in_eq(s, 0)
            if self.loader.data(s)[KIND_OFFSET] == KIND_MAP:
                key = reloc_at(self.loader, s, MAP_KEY_OFFSET)
                if key:
                    self.use_in_eq(key, s)

    def reflect_words(self, s: Sym, name: str) -> tuple[int, ...]:
        """The offsets of the words of s, a symbol not used in an
        interface, that wait until it is (or, for a struct's fields, until
        its values are compared)."""
        if not is_descriptor(name):
            return ()
        data = self.loader.data(s)
        words = (PTRTOTHIS_OFFSET, methods_offset(data)) if methods_offset(data) else (PTRTOTHIS_OFFSET,)
        if data[KIND_OFFSET] != KIND_STRUCT:
            return words
        if s in self.compared:
            return words + (STRUCT_TAGS_OFFSET,)
        return words + (STRUCT_TAGS_OFFSET, FIELDS_OFFSET)

    def reach_compared(self, digest: str) -> None:
        """A typeeq of the type whose name hashes to digest is reachable."""
        self.compared_digests.add(digest)
        s = self.digests.get(digest)
        if s:
            self.use_in_eq(s, 0)

    def use_in_eq(self, s: Sym, parent: Sym) -> None:
        """Values of type s are compared or hashed: keep its fields, and
        what an array's elements and a struct's fields hold is compared
        too (runtime/iface.go's typeeq, map.go's typehash)."""
        if s in self.compared:
            return
        self.compared.add(s)
        loader = self.loader
        if loader.attr_reachable(s):
            self.work.append(s)
        else:
            self.mark(s, parent)
        kind = loader.data(s)[KIND_OFFSET]
        if kind == KIND_ARRAY:
            elem = reloc_at(loader, s, ELEM_OFFSET)
            if elem:
                self.use_in_eq(elem, s)
        elif kind == KIND_STRUCT:
            table = reloc_at(loader, s, FIELDS_OFFSET)
            for off, _, target, _ in loader.relocs(table) if table else ():
                if off % FIELD_SIZE == FIELD_TYP_OFFSET:
                    self.use_in_eq(target, table)

    def use_in_iface(self, s: Sym, parent: Sym) -> None:
        """Set UsedInIface on a type symbol; one already flooded is flooded
        again, now with its methods (Go unmarks and marks it)."""
        if s in self.in_iface:
            return
        self.in_iface.add(s)
        if self.loader.attr_reachable(s):
            self.work.append(s)
        else:
            self.mark(s, parent)

    def pointers_from_typelinks(self) -> bool:
        """reflect's PointerTo finds *T in the type links (gominic/link/typelinks.py):
        a reachable *T is used in an interface if T is. Whether any changed."""
        changed = False
        for s in list(self.digests.values()):
            if s in self.in_iface or self.loader.data(s)[KIND_OFFSET] != KIND_POINTER:
                continue
            elem = reloc_at(self.loader, s, ELEM_OFFSET)
            if elem in self.in_iface:
                self.use_in_iface(s, 0)
                changed = True
        return changed

    def compact_method_tables(self) -> None:
        """Leave out of every method table the unexported methods whose
        signature is not reachable, and their names. Such an entry is inert:
        the runtime matches a method to an interface's by name and signature
        (a reachable descriptor), and reflect lists only exported methods.
        The names of the other unexported methods, not followed by the
        flood, are reached now; the type's methods list is shortened."""
        loader = self.loader
        for table in [s for s, name in enumerate(self.names) if name.endswith(METHOD_TABLE_SUFFIX)]:
            if not loader.attr_reachable(table):
                continue
            relocs = loader.relocs(table)
            slots = {off: target for off, _, target, _ in relocs}
            bases = {off - NAME_OFFSET for off in unexported_names(loader, table)}
            dropped = {base for base in bases if not loader.attr_reachable(slots.get(base + MTYP_OFFSET, 0))}
            for base in bases - dropped:
                if not loader.attr_reachable(slots[base + NAME_OFFSET]):
                    self.mark(slots[base + NAME_OFFSET], table)
            if dropped:
                self.drop_methods(table, dropped)
        self.flood()

    def drop_methods(self, table: Sym, dropped: set[int]) -> None:
        """Rewrite a method table without the entries at offsets dropped, and
        its descriptor's methods list (address, length) to match."""
        loader = self.loader
        data, relocs = loader.data(table), loader.relocs(table)
        kept = [base for base in range(0, loader.sym_size(table), METHOD_SIZE) if base not in dropped]
        moved = {base: METHOD_SIZE * i for i, base in enumerate(kept)}
        content = b"".join(bytes(data[base : base + METHOD_SIZE]) for base in kept)
        new_relocs = [(moved[off - off % METHOD_SIZE] + off % METHOD_SIZE, rtype, target, addend)
                      for off, rtype, target, addend in relocs if off - off % METHOD_SIZE in moved]
        loader.set_content(table, loader.sym_kind(table), content, new_relocs)
        desc = loader.lookup(self.names[table][: -len(METHOD_TABLE_SUFFIX)])
        desc_data = bytearray(loader.data(desc))
        struct.pack_into("<I", desc_data, methods_offset(desc_data) + ADDRESS32_SIZE, len(kept))
        loader.set_content(desc, loader.sym_kind(desc), bytes(desc_data), loader.relocs(desc))

    def drop_reflect_words(self) -> None:
        """Write nil (a nil, empty list for fields and methods) in every
        descriptor word whose target nothing reached."""
        loader = self.loader
        dropped: dict[Sym, list[int]] = {}
        for (desc, off), target in sorted(self.left.items()):
            if not loader.attr_reachable(target):
                dropped.setdefault(desc, []).append(off)
        for desc, offs in dropped.items():
            data = bytearray(loader.data(desc))
            for off in offs:
                n = reflect_word_size(data, off)
                data[off : off + n] = bytes(n)
            relocs = [r for r in loader.relocs(desc) if r[0] not in offs]
            loader.set_content(desc, loader.sym_kind(desc), bytes(data), relocs)

    def mark(self, s: Sym, parent: Sym) -> None:
        """Mark ``s`` reachable and queue it; an alias also marks its outer
        section, whose relocations are its own, and is queued for its name
        alone: a function whose code starts after its stack check's call (an
        alias in its section, compile/nosplit.py) may be a marker, such as
        reflect.Value.Call."""
        loader = self.loader
        loader.set_attr_reachable(s)
        if self.dumpdep is not None and not (parent and loader.outer_sym(parent) == s):
            self.dumpdep.write(f"{self.dep_name(parent)} -> {self.dep_name(s)}\n")
        outer = loader.outer_sym(s)
        if outer and not loader.attr_reachable(outer):
            self.mark(outer, s)
        self.work.append(s)

    def dep_name(self, s: Sym) -> str:
        """A symbol as -dumpdep names it: a function that starts inside its
        section (after its stack check's call) stands for the section, so
        an edge reads as Go's, from function to function."""
        if not s:
            return "_"
        return self.loader.sym_name(self.loader.inner_symbol(s) or s)


def reflect_word_size(desc: bytearray, off: int) -> int:
    """The size of the word (or list) at off that reflect_words may leave
    out of the descriptor desc."""
    if off == methods_offset(desc):
        return LIST32_SIZE
    if off == FIELDS_OFFSET:
        return LIST_SIZE
    if off == PTRTOTHIS_OFFSET:
        return ADDRESS32_SIZE
    return WORD


def reloc_at(loader: Loader, s: Sym, at: int) -> Sym:
    """The target of s's relocation at offset at (0: none)."""
    return next((target for off, _, target, _ in loader.relocs(s) if off == at), 0)


def code_markers(loader: Loader, s: Sym, name: str) -> dict[int, tuple[str, ...]]:
    """For a method table, an itab or a call table: the offset of each code
    slot -> the markers any of which releases it."""
    if name.endswith(METHOD_TABLE_SUFFIX):
        return method_code_markers(loader, s)
    if name.startswith(ITAB_PREFIX):
        return itab_code_markers(loader, s)
    if name.endswith(CALL_TABLE_SUFFIX):
        return {8 * i: markers for i, markers in enumerate(CALL_TABLE_MARKERS)}
    return {}


def method_markers(name: str, mtyp_symbol: str) -> tuple[str, ...]:
    """The markers releasing the code of method ``name``: its interface
    method's, and reflect's for an exported method."""
    markers = (imethod_marker(name, mtyp_symbol),)
    if method_exported(name):
        markers += REFLECT_METHOD_MARKERS
    return markers


def itab_code_markers(loader: Loader, itab: Sym) -> dict[int, tuple[str, ...]]:
    """For an itab: the offset of each code slot -> the markers of its interface method."""
    relocs = {off: target for off, _, target, _ in loader.relocs(itab)}
    iface = relocs.get(0)
    imethods = loader.lookup(loader.sym_name(iface) + IMETHODS_SUFFIX) if iface else 0
    if not imethods:
        return {}
    irelocs = {off: target for off, _, target, _ in loader.relocs(imethods)}
    out = {}
    for i, base in enumerate(range(0, loader.sym_size(imethods), IMETHOD_SIZE)):
        name_sym, mtyp = irelocs.get(base), irelocs.get(base + IMETHOD_TYP_OFFSET)
        if name_sym and mtyp:
            name = bytes(loader.data(name_sym)).decode()
            out[ITAB_FUN_OFFSET + 8 * i] = method_markers(name, loader.sym_name(mtyp))
    return out


def unexported_names(loader: Loader, table: Sym) -> set[int]:
    """The offsets of the name fields of a method table's unexported
    methods: the flood leaves these names to compact_method_tables."""
    return {base + NAME_OFFSET for base, name in method_names(loader, table) if not method_exported(name)}


def method_names(loader: Loader, table: Sym) -> list[tuple[int, str]]:
    """(offset, name) of every entry of a method table."""
    relocs = {off: target for off, _, target, _ in loader.relocs(table)}
    return [(base, bytes(loader.data(relocs[base + NAME_OFFSET])).decode())
            for base in range(0, loader.sym_size(table), METHOD_SIZE) if base + NAME_OFFSET in relocs]


def method_code_markers(loader: Loader, table: Sym) -> dict[int, tuple[str, ...]]:
    """For a method table: the offset of each code slot -> the markers it waits for."""
    relocs = {off: target for off, _, target, _ in loader.relocs(table)}
    out = {}
    for base in range(0, loader.sym_size(table), METHOD_SIZE):
        name_sym, mtyp = relocs.get(base + NAME_OFFSET), relocs.get(base + MTYP_OFFSET)
        if not name_sym or not mtyp:
            continue
        name = bytes(loader.data(name_sym)).decode()
        markers = method_markers(name, loader.sym_name(mtyp))
        out[base + MTYP_OFFSET] = out[base + IFN_OFFSET] = markers
    return out
