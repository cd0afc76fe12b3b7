package fstest

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"reflect"
	"sort"
	"strings"
	"testing/iotest"
)

// TestFS tests a file system implementation.
// It walks the entire tree of files in fsys,
// opening and checking that each file behaves correctly.
// It also checks that the file system contains at least the expected files.
// As a special case, if no expected files are listed, fsys must be empty.
// Otherwise, fsys must contain at least the listed files; it can also contain others.
// The contents of fsys must not change concurrently with TestFS.
//
// If TestFS finds any misbehaviors, it returns an error reporting all of them.
// The error text spans multiple lines, one per detected misbehavior.
//
// Typical usage inside a test is:
//
//	if err := fstest.TestFS(myFS, "file/that/should/be/present"); err != nil {
//		t.Fatal(err)
//	}
func TestFS(fsys fs.FS, expected ...string) error {
	if err := testFS(fsys, expected...); err != nil {
		return err
	}
	// The file system seen through fs.Sub of the first expected
	// directory must pass too: one such check is enough.
	for _, name := range expected {
		dir, _, found := strings.Cut(name, "/")
		if !found {
			continue
		}
		var subExpected []string
		for _, name := range expected {
			if strings.HasPrefix(name, dir+"/") {
				subExpected = append(subExpected, name[len(dir)+1:])
			}
		}
		sub, err := fs.Sub(fsys, dir)
		if err != nil {
			return err
		}
		if err := testFS(sub, subExpected...); err != nil {
			return fmt.Errorf("testing fs.Sub(fsys, %s): %v", dir, err)
		}
		break
	}
	return nil
}

// testFS walks fsys and checks that the expected names are in it.
func testFS(fsys fs.FS, expected ...string) error {
	t := fsTester{fsys: fsys}
	t.checkDir(".")
	t.checkOpen(".")
	found := make(map[string]bool)
	for _, name := range append(t.dirs, t.files...) {
		if name != "." {
			found[name] = true
		}
	}
	if len(expected) == 0 && len(found) > 0 {
		var list []string
		for name := range found {
			list = append(list, name)
		}
		sort.Strings(list)
		if len(list) > 15 {
			list = append(list[:10], "...")
		}
		t.errorf("expected empty file system but found files:\n%s", strings.Join(list, "\n"))
	}
	for _, name := range expected {
		if !found[name] {
			t.errorf("expected but not found: %s", name)
		}
	}
	if len(t.errText) == 0 {
		return nil
	}
	return errors.New("TestFS found errors:\n" + string(t.errText))
}

// An fsTester collects the misbehaviors of one file system and the
// directories and files it has walked.
type fsTester struct {
	fsys    fs.FS
	errText []byte
	dirs    []string
	files   []string
}

// errorf adds one misbehavior (one line, or more) to the report.
func (t *fsTester) errorf(format string, args ...any) {
	if len(t.errText) > 0 {
		t.errText = append(t.errText, '\n')
	}
	t.errText = append(t.errText, fmt.Sprintf(format, args...)...)
}

// openDir opens dir as a directory one can read, or reports why not.
func (t *fsTester) openDir(dir string) fs.ReadDirFile {
	f, err := t.fsys.Open(dir)
	if err != nil {
		t.errorf("%s: Open: %v", dir, err)
		return nil
	}
	d, ok := f.(fs.ReadDirFile)
	if !ok {
		f.Close()
		t.errorf("%s: Open returned File type %T, not a fs.ReadDirFile", dir, f)
		return nil
	}
	return d
}

// checkDir checks directory dir and, recursively, everything in it:
// every way of listing it (ReadDir(-1) twice, ReadDir in small steps,
// fsys.ReadDir, fs.ReadDir, Glob) must give the same entries.
func (t *fsTester) checkDir(dir string) {
	t.dirs = append(t.dirs, dir)
	d := t.openDir(dir)
	if d == nil {
		return
	}
	list, err := d.ReadDir(-1)
	if err != nil {
		d.Close()
		t.errorf("%s: ReadDir(-1): %v", dir, err)
		return
	}
	for _, entry := range list {
		name := entry.Name()
		if name == "." || name == ".." || name == "" || strings.ContainsAny(name, `/\`) {
			t.errorf("%s: ReadDir: child has invalid name: %#q", dir, name)
			continue
		}
		child := path.Join(dir, name)
		t.checkStat(child, entry)
		t.checkOpen(child)
		if entry.IsDir() {
			t.checkDir(child)
		} else {
			t.checkFile(child)
		}
	}
	// At the end of the directory: nothing more, with nil for -1 and EOF for 1.
	if more, err := d.ReadDir(-1); len(more) > 0 || err != nil {
		d.Close()
		t.errorf("%s: ReadDir(-1) at EOF = %d entries, %v, wanted 0 entries, nil", dir, len(more), err)
		return
	}
	if more, err := d.ReadDir(1); len(more) > 0 || err != io.EOF {
		d.Close()
		t.errorf("%s: ReadDir(1) at EOF = %d entries, %v, wanted 0 entries, EOF", dir, len(more), err)
		return
	}
	if err := d.Close(); err != nil {
		t.errorf("%s: Close: %v", dir, err)
	}
	d.Close() // a second Close must not crash; its result is unspecified

	if d = t.openDir(dir); d == nil {
		return
	}
	defer d.Close()
	list2, err := d.ReadDir(-1)
	if err != nil {
		t.errorf("%s: second Open+ReadDir(-1): %v", dir, err)
		return
	}
	t.checkDirList(dir, "first Open+ReadDir(-1) vs second Open+ReadDir(-1)", list, list2)

	if d = t.openDir(dir); d == nil {
		return
	}
	defer d.Close()
	if list2, ok := t.readDirInSteps(dir, d); ok {
		t.checkDirList(dir, "first Open+ReadDir(-1) vs third Open+ReadDir(1,2) loop", list, list2)
	}

	if fsys, ok := t.fsys.(fs.ReadDirFS); ok {
		list2, err := fsys.ReadDir(dir)
		if err != nil {
			t.errorf("%s: fsys.ReadDir: %v", dir, err)
			return
		}
		t.checkDirList(dir, "first Open+ReadDir(-1) vs fsys.ReadDir", list, list2)
		t.checkSorted(dir, "fsys.ReadDir", list2)
	}
	list2, err = fs.ReadDir(t.fsys, dir)
	if err != nil {
		t.errorf("%s: fs.ReadDir: %v", dir, err)
		return
	}
	t.checkDirList(dir, "first Open+ReadDir(-1) vs fs.ReadDir", list, list2)
	t.checkSorted(dir, "fs.ReadDir", list2)
	t.checkGlob(dir, list)
}

// readDirInSteps lists d one entry, then two at a time, checking each step.
func (t *fsTester) readDirInSteps(dir string, d fs.ReadDirFile) ([]fs.DirEntry, bool) {
	var list []fs.DirEntry
	for {
		n := 1
		if len(list) > 0 {
			n = 2
		}
		frag, err := d.ReadDir(n)
		if len(frag) > n {
			t.errorf("%s: third Open: ReadDir(%d) after %d: %d entries (too many)", dir, n, len(list), len(frag))
			return nil, false
		}
		list = append(list, frag...)
		if err == io.EOF {
			return list, true
		}
		if err != nil {
			t.errorf("%s: third Open: ReadDir(%d) after %d: %v", dir, n, len(list), err)
			return nil, false
		}
		if len(frag) == 0 {
			t.errorf("%s: third Open: ReadDir(%d) after %d: 0 entries but nil error", dir, n, len(list))
			return nil, false
		}
	}
}

// checkSorted checks that a listing is sorted by name, as fs.ReadDirFS promises.
func (t *fsTester) checkSorted(dir, desc string, list []fs.DirEntry) {
	for i := 0; i+1 < len(list); i++ {
		if list[i].Name() >= list[i+1].Name() {
			t.errorf("%s: %s: list not sorted: %s before %s", dir, desc, list[i].Name(), list[i+1].Name())
		}
	}
}

func formatEntry(entry fs.DirEntry) string {
	return fmt.Sprintf("%s IsDir=%v Type=%v", entry.Name(), entry.IsDir(), entry.Type())
}

func formatInfoEntry(info fs.FileInfo) string {
	return fmt.Sprintf("%s IsDir=%v Type=%v", info.Name(), info.IsDir(), info.Mode().Type())
}

func formatInfo(info fs.FileInfo) string {
	return fmt.Sprintf("%s IsDir=%v Mode=%v Size=%d ModTime=%v", info.Name(), info.IsDir(), info.Mode(), info.Size(), info.ModTime())
}

// checkGlob checks Glob, when fsys has it, on dir: a bad pattern is an
// error, and *c* for a letter c that some entries have and others not
// matches exactly those. dir itself is spelled with every kind of
// pattern syntax ([x], [x-x], [\x], ...), each of which must match it.
func (t *fsTester) checkGlob(dir string, list []fs.DirEntry) {
	globFS, ok := t.fsys.(fs.GlobFS)
	if !ok {
		return
	}
	glob := ""
	if dir != "." {
		elems := strings.Split(dir, "/")
		for i, elem := range elems {
			elems[i] = globLiteral(elem, i)
		}
		glob = strings.Join(elems, "/") + "/"
	}
	if _, err := globFS.Glob(glob + "nonexist/[]"); err == nil {
		t.errorf("%s: Glob(%#q): bad pattern not detected", dir, glob+"nonexist/[]")
	}

	c := splittingLetter(list)
	glob += "*" + string(c) + "*"
	var want []string
	for _, entry := range list {
		if strings.ContainsRune(entry.Name(), c) {
			want = append(want, path.Join(dir, entry.Name()))
		}
	}
	names, err := globFS.Glob(glob)
	if err != nil {
		t.errorf("%s: Glob(%#q): %v", dir, glob, err)
		return
	}
	if reflect.DeepEqual(want, names) {
		return
	}
	if !sort.StringsAreSorted(names) {
		t.errorf("%s: Glob(%#q): unsorted output:\n%s", dir, glob, strings.Join(names, "\n"))
		sort.Strings(names)
	}
	var problems []string
	for len(want) > 0 || len(names) > 0 {
		switch {
		case len(want) > 0 && len(names) > 0 && want[0] == names[0]:
			want, names = want[1:], names[1:]
		case len(want) > 0 && (len(names) == 0 || want[0] < names[0]):
			problems = append(problems, "missing: "+want[0])
			want = want[1:]
		default:
			problems = append(problems, "extra: "+names[0])
			names = names[1:]
		}
	}
	t.errorf("%s: Glob(%#q): wrong output:\n%s", dir, glob, strings.Join(problems, "\n"))
}

// globLiteral is a pattern matching exactly the path element elem (the
// i'th), written with a different pattern construct at each rune.
func globLiteral(elem string, i int) string {
	var b strings.Builder
	j := 0
	for _, r := range elem {
		if strings.ContainsRune(`*?\[-`, r) {
			b.WriteString(`\` + string(r))
		} else {
			switch (i + j) % 5 {
			case 0:
				b.WriteRune(r)
			case 1:
				b.WriteString("[" + string(r) + "]")
			case 2:
				b.WriteString("[" + string(r) + "-" + string(r) + "]")
			case 3:
				b.WriteString(`[\` + string(r) + "]")
			case 4:
				b.WriteString(`[\` + string(r) + `-\` + string(r) + "]")
			}
		}
		j++
	}
	return b.String()
}

// splittingLetter is the first letter that some of the entries' names
// contain and others do not ('a' when there is none).
func splittingLetter(list []fs.DirEntry) rune {
	for c := 'a'; c <= 'z'; c++ {
		have, haveNot := false, false
		for _, entry := range list {
			if strings.ContainsRune(entry.Name(), c) {
				have = true
			} else {
				haveNot = true
			}
		}
		if have && haveNot {
			return c
		}
	}
	return 'a'
}

// checkStat checks that a directory entry, its Info, the open file's
// Stat, fs.Stat and fsys.Stat all describe the file alike (a symbolic
// link's entry describes the link, Stat the file it points to).
func (t *fsTester) checkStat(path string, entry fs.DirEntry) {
	file, err := t.fsys.Open(path)
	if err != nil {
		t.errorf("%s: Open: %v", path, err)
		return
	}
	info, err := file.Stat()
	file.Close()
	if err != nil {
		t.errorf("%s: Stat: %v", path, err)
		return
	}
	symlink := entry.Type()&fs.ModeSymlink != 0
	fentry := formatEntry(entry)
	if fientry := formatInfoEntry(info); fentry != fientry && !symlink {
		t.errorf("%s: mismatch:\n\tentry = %s\n\tfile.Stat() = %s", path, fentry, fientry)
	}
	einfo, err := entry.Info()
	if err != nil {
		t.errorf("%s: entry.Info: %v", path, err)
		return
	}
	finfo := formatInfo(info)
	if symlink {
		if feentry := formatInfoEntry(einfo); fentry != feentry {
			t.errorf("%s: mismatch\n\tentry = %s\n\tentry.Info() = %s\n", path, fentry, feentry)
		}
	} else if feinfo := formatInfo(einfo); feinfo != finfo {
		t.errorf("%s: mismatch:\n\tentry.Info() = %s\n\tfile.Stat() = %s\n", path, feinfo, finfo)
	}

	info2, err := fs.Stat(t.fsys, path)
	if err != nil {
		t.errorf("%s: fs.Stat: %v", path, err)
		return
	}
	if finfo2 := formatInfo(info2); finfo2 != finfo {
		t.errorf("%s: fs.Stat(...) = %s\n\twant %s", path, finfo2, finfo)
	}
	if fsys, ok := t.fsys.(fs.StatFS); ok {
		info2, err := fsys.Stat(path)
		if err != nil {
			t.errorf("%s: fsys.Stat: %v", path, err)
			return
		}
		if finfo2 := formatInfo(info2); finfo2 != finfo {
			t.errorf("%s: fsys.Stat(...) = %s\n\twant %s", path, finfo2, finfo)
		}
	}
}

// checkDirList checks that two listings of dir hold the same entries
// (in any order), and that each entry's IsDir agrees with its Type.
func (t *fsTester) checkDirList(dir, desc string, list1, list2 []fs.DirEntry) {
	checkMode := func(entry fs.DirEntry) {
		if entry.IsDir() != (entry.Type()&fs.ModeDir != 0) {
			if entry.IsDir() {
				t.errorf("%s: ReadDir returned %s with IsDir() = true, Type() & ModeDir = 0", dir, entry.Name())
			} else {
				t.errorf("%s: ReadDir returned %s with IsDir() = false, Type() & ModeDir = ModeDir", dir, entry.Name())
			}
		}
	}
	old := make(map[string]fs.DirEntry)
	for _, entry1 := range list1 {
		old[entry1.Name()] = entry1
		checkMode(entry1)
	}
	var diffs []string
	for _, entry2 := range list2 {
		entry1 := old[entry2.Name()]
		if entry1 == nil {
			checkMode(entry2)
			diffs = append(diffs, "+ "+formatEntry(entry2))
			continue
		}
		if formatEntry(entry1) != formatEntry(entry2) {
			diffs = append(diffs, "- "+formatEntry(entry1), "+ "+formatEntry(entry2))
		}
		delete(old, entry2.Name())
	}
	for _, entry1 := range old {
		diffs = append(diffs, "- "+formatEntry(entry1))
	}
	if len(diffs) == 0 {
		return
	}
	// By name, then "-" before "+".
	sort.Slice(diffs, func(i, j int) bool {
		fi, fj := strings.Fields(diffs[i]), strings.Fields(diffs[j])
		return fi[1]+" "+fj[0] < fj[1]+" "+fi[0]
	})
	t.errorf("%s: diff %s:\n\t%s", dir, desc, strings.Join(diffs, "\n\t"))
}

// checkFile checks that every way of reading file gives the same bytes,
// that ReadFile's result belongs to the caller, and that the open file
// passes iotest.TestReader.
func (t *fsTester) checkFile(file string) {
	t.files = append(t.files, file)
	f, err := t.fsys.Open(file)
	if err != nil {
		t.errorf("%s: Open: %v", file, err)
		return
	}
	data, err := io.ReadAll(f)
	if err != nil {
		f.Close()
		t.errorf("%s: Open+ReadAll: %v", file, err)
		return
	}
	if err := f.Close(); err != nil {
		t.errorf("%s: Close: %v", file, err)
	}
	f.Close() // a second Close must not crash; its result is unspecified

	if fsys, ok := t.fsys.(fs.ReadFileFS); ok {
		data2, err := fsys.ReadFile(file)
		if err != nil {
			t.errorf("%s: fsys.ReadFile: %v", file, err)
			return
		}
		t.checkFileRead(file, "ReadAll vs fsys.ReadFile", data, data2)
		// Scribbling on the result must not change the file.
		for i := range data2 {
			data2[i]++
		}
		data2, err = fsys.ReadFile(file)
		if err != nil {
			t.errorf("%s: second call to fsys.ReadFile: %v", file, err)
			return
		}
		t.checkFileRead(file, "Readall vs second fsys.ReadFile", data, data2)
		t.checkBadPath(file, "ReadFile", func(name string) error {
			_, err := fsys.ReadFile(name)
			return err
		})
	}
	data2, err := fs.ReadFile(t.fsys, file)
	if err != nil {
		t.errorf("%s: fs.ReadFile: %v", file, err)
		return
	}
	t.checkFileRead(file, "ReadAll vs fs.ReadFile", data, data2)

	f, err = t.fsys.Open(file)
	if err != nil {
		t.errorf("%s: second Open: %v", file, err)
		return
	}
	defer f.Close()
	if err := iotest.TestReader(f, data); err != nil {
		t.errorf("%s: failed TestReader:\n\t%s", file, strings.ReplaceAll(err.Error(), "\n", "\n\t"))
	}
}

func (t *fsTester) checkFileRead(file, desc string, data1, data2 []byte) {
	if string(data1) != string(data2) {
		t.errorf("%s: %s: different data returned\n\t%q\n\t%q", file, desc, data1, data2)
	}
}

// checkOpen checks that Open refuses the invalid spellings of file.
func (t *fsTester) checkOpen(file string) {
	t.checkBadPath(file, "Open", func(file string) error {
		f, err := t.fsys.Open(file)
		if err == nil {
			f.Close()
		}
		return err
	})
}

// checkBadPath checks that open fails on names that are not valid
// spellings of file (rooted, with "." or ".." or an empty element, or a
// backslash for a slash), as fs.ValidPath requires.
func (t *fsTester) checkBadPath(file string, desc string, open func(string) error) {
	bad := []string{"/" + file, file + "/."}
	if file == "." {
		bad = append(bad, "/")
	}
	if i := strings.Index(file, "/"); i >= 0 {
		bad = append(bad, file[:i]+"//"+file[i+1:], file[:i]+"/./"+file[i+1:], file[:i]+`\`+file[i+1:],
			file[:i]+"/../"+file)
	}
	if i := strings.LastIndex(file, "/"); i >= 0 {
		bad = append(bad, file[:i]+"//"+file[i+1:], file[:i]+"/./"+file[i+1:], file[:i]+`\`+file[i+1:],
			file+"/../"+file[i+1:])
	}
	for _, b := range bad {
		if err := open(b); err == nil {
			t.errorf("%s: %s(%s) succeeded, want error", file, desc, b)
		}
	}
}
