// This file reads the line number tables of .debug_line (DWARF 5 section
// 6.2). A table maps machine addresses to source positions. It is not
// stored as rows but as a program for a small state machine: each opcode
// updates the registers (address, file, line, column...) and some of them
// emit a row, the machine's state at that moment. The program's header
// gives the file names and the parameters of the special opcodes, which
// advance the address and the line together in a single byte.

package dwarf

import (
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// A LineReader reads the rows of the line table of one compile unit.
type LineReader struct {
	buf buf

	section []byte // .debug_line
	str     []byte // .debug_str
	lineStr []byte // the .debug_line_str section

	// The header's fields.
	version              uint16
	addrsize             int
	segmentSelectorSize  int
	minInstructionLength int
	maxOpsPerInstruction int
	defaultIsStmt        bool
	lineBase             int
	lineRange            int
	opcodeBase           int
	opcodeLengths        []int // operand counts of the standard opcodes
	directories          []string
	fileEntries          []*LineFile

	programOffset      Offset // offset of the program in .debug_line
	endOffset          Offset // offset of the end of the table
	initialFileEntries int    // number of files the header lists

	state     LineEntry // the state machine's registers
	fileIndex int       // the file register
}

// A LineEntry is a row of a line table: the source position of the
// machine instruction at Address.
type LineEntry struct {
	// Address is the address of the instruction, and OpIndex its index
	// within a VLIW bundle (0 elsewhere).
	Address uint64
	OpIndex int

	// File, Line and Column are the source position; Line 0 means the
	// instruction comes from no line in particular, Column 0 the start of
	// the line.
	File   *LineFile
	Line   int
	Column int

	// IsStmt marks a recommended breakpoint location, the start of a
	// statement.
	IsStmt bool

	// BasicBlock marks the start of a basic block.
	BasicBlock bool

	// PrologueEnd marks where a breakpoint should stop on entering a
	// function, once its prologue is done; EpilogueBegin where the
	// epilogue starts.
	PrologueEnd   bool
	EpilogueBegin bool

	// ISA is the instruction set architecture, and Discriminator tells
	// apart blocks of code at the same source position.
	ISA           int
	Discriminator int

	// EndSequence marks the address just past the end of a sequence of
	// instructions; only Address is meaningful in such a row.
	EndSequence bool
}

// A LineFile describes one of the source files a line table lists.
type LineFile struct {
	Name   string
	Mtime  uint64 // modification time, or 0 if unknown; its form is left to the producer
	Length int    // size in bytes; 0 when not recorded
}

// LineReader returns a reader of the line table of compile unit cu, or
// nil, nil if cu has none (no AttrStmtList).
func (d *Data) LineReader(cu *Entry) (*LineReader, error) {
	if d.line == nil {
		return nil, nil
	}
	off, ok := cu.Val(AttrStmtList).(int64)
	if !ok {
		return nil, nil
	}
	if off < 0 || off > int64(len(d.line)) {
		return nil, errors.New("AttrStmtList value out of range")
	}
	// Relative paths of the table are relative to the unit's directory.
	compDir, _ := cu.Val(AttrCompDir).(string)
	u := &d.unit[d.offsetToUnit(cu.Offset)]
	r := &LineReader{
		buf:     makeBuf(d, u, "line", Offset(off), d.line[off:]),
		section: d.line,
		str:     d.str,
		lineStr: d.lineStr,
	}
	if err := r.readHeader(compDir); err != nil {
		return nil, err
	}
	r.Reset()
	return r, nil
}

// headerError returns a DecodeError about the header at off.
func headerError(off Offset, format string, args ...any) error {
	return DecodeError{"line", off, fmt.Sprintf(format, args...)}
}

// readHeader reads the table's header, which lists its directories and
// files.
func (r *LineReader) readHeader(compDir string) error {
	b := &r.buf
	hdrOffset := b.off
	length, dwarf64 := b.unitLength()
	r.endOffset = b.off + length
	if r.endOffset > b.off+Offset(len(b.data)) {
		return headerError(hdrOffset, "line table end %d exceeds section size %d", r.endOffset, b.off+Offset(len(b.data)))
	}
	r.version = b.uint16()
	if b.err == nil && (r.version < 2 || r.version > 5) {
		return headerError(hdrOffset, "unknown line table version %d", r.version)
	}
	r.addrsize = b.format.addrsize()
	if r.version >= 5 {
		r.addrsize = int(b.uint8())
		r.segmentSelectorSize = int(b.uint8())
	}
	headerLength := Offset(b.offset(dwarf64))
	r.programOffset = b.off + headerLength
	if r.programOffset > r.endOffset {
		return headerError(hdrOffset, "malformed line table: program offset %d exceeds end offset %d", r.programOffset, r.endOffset)
	}
	if err := r.readParameters(hdrOffset); err != nil {
		return err
	}
	var err error
	if r.version < 5 {
		err = r.readFileTables4(compDir)
	} else {
		err = r.readFileTables5(dwarf64)
	}
	if err != nil {
		return err
	}
	r.initialFileEntries = len(r.fileEntries)
	return b.err
}

// knownOpcodeLengths gives the operand counts of the standard opcodes; a
// header that says otherwise is not one this reader understands.
var knownOpcodeLengths = map[int]int{
	lnsCopy:             0,
	lnsAdvancePC:        1,
	lnsAdvanceLine:      1,
	lnsSetFile:          1,
	lnsNegateStmt:       0,
	lnsSetBasicBlock:    0,
	lnsConstAddPC:       0,
	lnsSetPrologueEnd:   0,
	lnsSetEpilogueBegin: 0,
	lnsSetISA:           1,
}

// readParameters reads the parameters of the state machine.
func (r *LineReader) readParameters(hdrOffset Offset) error {
	b := &r.buf
	r.minInstructionLength = int(b.uint8())
	r.maxOpsPerInstruction = 1
	if r.version >= 4 {
		r.maxOpsPerInstruction = int(b.uint8())
	}
	r.defaultIsStmt = b.uint8() != 0
	r.lineBase = int(int8(b.uint8()))
	r.lineRange = int(b.uint8())
	if b.err != nil {
		return b.err
	}
	if r.maxOpsPerInstruction == 0 {
		return headerError(hdrOffset, "invalid maximum operations per instruction: 0")
	}
	if r.lineRange == 0 {
		return headerError(hdrOffset, "invalid line range: 0")
	}
	r.opcodeBase = int(b.uint8())
	r.opcodeLengths = make([]int, r.opcodeBase)
	for i := 1; i < r.opcodeBase; i++ {
		r.opcodeLengths[i] = int(b.uint8())
	}
	if b.err != nil {
		return b.err
	}
	for i, length := range r.opcodeLengths {
		if known, ok := knownOpcodeLengths[i]; ok && known != length {
			return headerError(hdrOffset, "opcode %d expected to have length %d, but has length %d", i, known, length)
		}
	}
	return nil
}

// readFileTables4 reads the directories and files of a DWARF 2 to 4
// header: lists of strings, each ending with an empty one. Directory 0
// is the unit's directory, and file 0 is not used.
func (r *LineReader) readFileTables4(compDir string) error {
	b := &r.buf
	r.directories = []string{compDir}
	for {
		dir := b.string()
		if b.err != nil {
			return b.err
		}
		if dir == "" {
			break
		}
		if !pathIsAbs(dir) {
			dir = pathJoin(compDir, dir)
		}
		r.directories = append(r.directories, dir)
	}
	r.fileEntries = make([]*LineFile, 1)
	for {
		done, err := r.readFileEntry()
		if err != nil {
			return err
		}
		if done {
			return nil
		}
	}
}

// readFileEntry reads a file of a DWARF 2 to 4 header or of a
// DW_LNE_define_file opcode; it returns true at the empty name that ends
// the list.
func (r *LineReader) readFileEntry() (bool, error) {
	b := &r.buf
	name := b.string()
	if b.err != nil {
		return false, b.err
	}
	if name == "" {
		return true, nil
	}
	off := b.off
	dirIndex := int(b.uint())
	if !pathIsAbs(name) {
		if dirIndex >= len(r.directories) {
			return false, DecodeError{"line", off, "directory index too large"}
		}
		name = pathJoin(r.directories[dirIndex], name)
	}
	mtime := b.uint()
	length := int(b.uint())
	// A file a define_file opcode added before a Seek or Reset is still
	// there past the end of the slice: keep the same *LineFile, so that
	// entries read twice compare equal.
	if n := len(r.fileEntries); n < cap(r.fileEntries) && r.fileEntries[:n+1][n] != nil {
		r.fileEntries = r.fileEntries[:n+1]
		return false, nil
	}
	r.fileEntries = append(r.fileEntries, &LineFile{name, mtime, length})
	return false, nil
}

// An lnctForm is a field of the DWARF 5 directory and file entries: a
// content type (lnct*) and the form of its value.
type lnctForm struct {
	lnct int
	form format
}

// readFileTables5 reads the directories and files of a DWARF 5 header,
// each list preceded by the description of its entries' fields.
func (r *LineReader) readFileTables5(dwarf64 bool) error {
	b := &r.buf
	dirFormat := r.readLNCTFormat()
	r.directories = make([]string, b.uint())
	for i := range r.directories {
		dir, _, _, err := r.readLNCT(dirFormat, dwarf64)
		if err != nil {
			return err
		}
		r.directories[i] = dir
	}
	fileFormat := r.readLNCTFormat()
	r.fileEntries = make([]*LineFile, b.uint())
	for i := range r.fileEntries {
		name, mtime, size, err := r.readLNCT(fileFormat, dwarf64)
		if err != nil {
			return err
		}
		r.fileEntries[i] = &LineFile{name, mtime, int(size)}
	}
	return nil
}

func (r *LineReader) readLNCTFormat() []lnctForm {
	fields := make([]lnctForm, r.buf.uint8())
	for i := range fields {
		fields[i].lnct = int(r.buf.uint())
		fields[i].form = format(r.buf.uint())
	}
	return fields
}

// readLNCT reads a DWARF 5 directory or file entry, made of fields.
func (r *LineReader) readLNCT(fields []lnctForm, dwarf64 bool) (path string, mtime uint64, size uint64, err error) {
	var dir string
	for _, f := range fields {
		str, val, err := r.readLNCTValue(f.form, dwarf64)
		if err != nil {
			return "", 0, 0, err
		}
		switch f.lnct {
		case lnctPath:
			path = str
		case lnctDirectoryIndex:
			if val >= uint64(len(r.directories)) {
				return "", 0, 0, DecodeError{"line", r.buf.off, "directory index out of range"}
			}
			dir = r.directories[val]
		case lnctTimestamp:
			mtime = val
		case lnctSize:
			size = val
		}
	}
	if dir != "" && path != "" {
		path = pathJoin(dir, path)
	}
	return path, mtime, size, nil
}

// readLNCTValue reads a field's value: a string or a number. The forms
// this reader has no use for (string indexes, MD5 digests...) are
// skipped.
func (r *LineReader) readLNCTValue(form format, dwarf64 bool) (string, uint64, error) {
	b := &r.buf
	switch form {
	case formString:
		return b.string(), 0, nil
	case formStrp, formLineStrp:
		off := b.offset(dwarf64)
		if uint64(int(off)) != off {
			return "", 0, DecodeError{"line", b.off, "strp/line_strp offset out of range"}
		}
		b1 := makeBuf(b.dwarf, b.format, "str", 0, r.str)
		if form == formLineStrp {
			b1 = makeBuf(b.dwarf, b.format, "line_str", 0, r.lineStr)
		}
		b1.skip(int(off))
		s := b1.string()
		if b1.err != nil {
			return "", 0, DecodeError{"line", b.off, b1.err.Error()}
		}
		return s, 0, nil
	case formStrpSup:
		b.offset(dwarf64)
	case formStrx:
		b.uint()
	case formStrx1:
		b.uint8()
	case formStrx2:
		b.uint16()
	case formStrx3:
		b.uint24()
	case formStrx4:
		b.uint32()
	case formUdata:
		return "", b.uint(), nil
	case formData1:
		return "", uint64(b.uint8()), nil
	case formData2:
		return "", uint64(b.uint16()), nil
	case formData4:
		return "", uint64(b.uint32()), nil
	case formData8:
		return "", b.uint64(), nil
	case formData16:
		b.bytes(16)
	case formDwarfBlock:
		b.bytes(int(b.uint()))
	}
	return "", 0, nil
}

// Files returns the files of the table, as far as the reader has read:
// those of the header and those defined by the program so far. A nil
// entry is a file number that names no file (file 0 before DWARF 5).
func (r *LineReader) Files() []*LineFile {
	return r.fileEntries
}

// Next sets *entry to the next row of the table; at the end it returns
// io.EOF.
func (r *LineReader) Next(entry *LineEntry) error {
	if r.buf.err != nil {
		return r.buf.err
	}
	for len(r.buf.data) > 0 {
		emitted := r.step(entry)
		if r.buf.err != nil {
			return r.buf.err
		}
		if emitted {
			return nil
		}
	}
	return io.EOF
}

// step runs one opcode, and reports whether it emitted a row into
// *entry.
func (r *LineReader) step(entry *LineEntry) bool {
	b := &r.buf
	opcode := int(b.uint8())
	if opcode >= r.opcodeBase {
		// A special opcode: advance the address and the line, then emit.
		n := opcode - r.opcodeBase
		r.advancePC(n / r.lineRange)
		r.state.Line += r.lineBase + n%r.lineRange
		r.emit(entry)
		return true
	}
	switch opcode {
	case 0:
		return r.stepExtended(entry)
	case lnsCopy:
		r.emit(entry)
		return true
	case lnsAdvancePC:
		r.advancePC(int(b.uint()))
	case lnsAdvanceLine:
		r.state.Line += int(b.int())
	case lnsSetFile:
		r.fileIndex = int(b.uint())
		r.updateFile()
	case lnsSetColumn:
		r.state.Column = int(b.uint())
	case lnsNegateStmt:
		r.state.IsStmt = !r.state.IsStmt
	case lnsSetBasicBlock:
		r.state.BasicBlock = true
	case lnsConstAddPC:
		// Advance the address as special opcode 255 would, without
		// touching the line.
		r.advancePC((255 - r.opcodeBase) / r.lineRange)
	case lnsFixedAdvancePC:
		r.state.Address += uint64(b.uint16())
	case lnsSetPrologueEnd:
		r.state.PrologueEnd = true
	case lnsSetEpilogueBegin:
		r.state.EpilogueBegin = true
	case lnsSetISA:
		r.state.ISA = int(b.uint())
	default:
		// An opcode newer than this reader: skip its LEB128 operands,
		// whose count the header gives.
		for i := 0; i < r.opcodeLengths[opcode]; i++ {
			b.uint()
		}
	}
	return false
}

// stepExtended runs an extended opcode: its length, then the opcode and
// its operands. Unknown ones are skipped over by their length.
func (r *LineReader) stepExtended(entry *LineEntry) bool {
	b := &r.buf
	length := Offset(b.uint())
	start := b.off
	opcode := b.uint8()
	switch opcode {
	case lneEndSequence:
		r.state.EndSequence = true
		*entry = r.state
		r.resetState()
	case lneSetAddress:
		switch r.addrsize {
		case 1:
			r.state.Address = uint64(b.uint8())
		case 2:
			r.state.Address = uint64(b.uint16())
		case 4:
			r.state.Address = uint64(b.uint32())
		case 8:
			r.state.Address = b.uint64()
		default:
			b.error("unknown address size")
		}
	case lneDefineFile:
		done, err := r.readFileEntry()
		if err == nil && done {
			err = DecodeError{"line", start, "malformed DW_LNE_define_file operation"}
		}
		if err != nil {
			b.err = err
			return false
		}
		r.updateFile()
	case lneSetDiscriminator:
		r.state.Discriminator = int(b.uint())
	}
	b.skip(int(start + length - b.off))
	return opcode == lneEndSequence
}

// emit copies the registers into *entry and clears those that hold for
// one row only.
func (r *LineReader) emit(entry *LineEntry) {
	*entry = r.state
	r.state.BasicBlock = false
	r.state.PrologueEnd = false
	r.state.EpilogueBegin = false
	r.state.Discriminator = 0
}

// advancePC advances the address by n operations: on VLIW machines
// several operations share an instruction, and OpIndex counts them.
func (r *LineReader) advancePC(n int) {
	opIndex := r.state.OpIndex + n
	r.state.Address += uint64(r.minInstructionLength * (opIndex / r.maxOpsPerInstruction))
	r.state.OpIndex = opIndex % r.maxOpsPerInstruction
}

// updateFile sets the File register after the file index changed.
func (r *LineReader) updateFile() {
	r.state.File = nil
	if r.fileIndex < len(r.fileEntries) {
		r.state.File = r.fileEntries[r.fileIndex]
	}
}

// resetState sets the registers to their values at the start of a
// sequence.
func (r *LineReader) resetState() {
	r.state = LineEntry{Line: 1, IsStmt: r.defaultIsStmt}
	r.fileIndex = 1
	r.updateFile()
}

// A LineReaderPos records where a LineReader is, so that Seek can come
// back to it; Tell makes one.
type LineReaderPos struct {
	off            Offset // offset in .debug_line of the next opcode
	numFileEntries int    // files defined so far
	state          LineEntry
	fileIndex      int
}

// Tell records the reader's place in its table, for a later Seek.
func (r *LineReader) Tell() LineReaderPos {
	return LineReaderPos{r.buf.off, len(r.fileEntries), r.state, r.fileIndex}
}

// Seek moves the reader back to pos, a position Tell returned.
func (r *LineReader) Seek(pos LineReaderPos) {
	r.buf.off = pos.off
	r.buf.data = r.section[r.buf.off:r.endOffset]
	r.fileEntries = r.fileEntries[:pos.numFileEntries]
	r.state = pos.state
	r.fileIndex = pos.fileIndex
}

// Reset moves the reader back to the start of the table.
func (r *LineReader) Reset() {
	r.buf.off = r.programOffset
	r.buf.data = r.section[r.buf.off:r.endOffset]
	r.fileEntries = r.fileEntries[:r.initialFileEntries]
	r.resetState()
}

// ErrUnknownPC is the error of SeekPC when no row covers the address.
var ErrUnknownPC = errors.New("ErrUnknownPC")

// SeekPC sets *entry to the row that covers pc: the last row at or
// before pc in its sequence, and leaves the reader at the row after. It
// searches forwards from the reader's position, and from the start of
// the table if pc is behind; it returns ErrUnknownPC if no row covers pc.
func (r *LineReader) SeekPC(pc uint64, entry *LineEntry) error {
	if err := r.Next(entry); err != nil {
		return err
	}
	if entry.Address > pc {
		r.Reset()
		if err := r.Next(entry); err != nil {
			return err
		}
		if entry.Address > pc {
			r.Reset()
			return ErrUnknownPC
		}
	}
	for {
		var next LineEntry
		pos := r.Tell()
		if err := r.Next(&next); err != nil {
			if err == io.EOF {
				return ErrUnknownPC
			}
			return err
		}
		if next.Address > pc {
			if entry.EndSequence {
				// pc falls in a gap between sequences.
				return ErrUnknownPC
			}
			r.Seek(pos)
			return nil
		}
		*entry = next
	}
}

// pathIsAbs reports whether path is absolute, in Unix or Windows form:
// the producer's paths need not be the host's.
func pathIsAbs(path string) bool {
	_, path = splitDrive(path)
	return len(path) > 0 && (path[0] == '/' || path[0] == '\\')
}

// pathJoin joins a directory and a file name of the line table, which
// may be Unix or Windows paths.
func pathJoin(dirname, filename string) string {
	if dirname == "" {
		return filename
	}
	drive, dirname := splitDrive(dirname)
	if drive == "" {
		return path.Join(dirname, filename)
	}
	// A Windows path: a file on another drive keeps its drive.
	drive2, filename := splitDrive(filename)
	if drive2 != "" && !strings.EqualFold(drive, drive2) {
		return drive2 + filename
	}
	if dirname != "" && !strings.HasSuffix(dirname, "/") && !strings.HasSuffix(dirname, `\`) {
		sep := `\`
		if strings.HasPrefix(dirname, "/") {
			sep = "/"
		}
		dirname += sep
	}
	return drive + dirname + filename
}

// splitDrive splits a Windows path into its drive ("C:" or a UNC
// "\\host\share") and the rest; a Unix path has no drive.
func splitDrive(path string) (drive, rest string) {
	if len(path) >= 2 && path[1] == ':' {
		if c := path[0]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			return path[:2], path[2:]
		}
	}
	if len(path) > 3 && (path[0] == '\\' || path[0] == '/') && (path[1] == '\\' || path[1] == '/') {
		p := strings.ReplaceAll(path, "/", `\`)
		if host := strings.IndexByte(p[2:], '\\') + 2; host > 2 {
			if share := strings.IndexByte(p[host+1:], '\\') + host + 1; share > host {
				return path[:share], path[share:]
			}
		}
	}
	return "", path
}
