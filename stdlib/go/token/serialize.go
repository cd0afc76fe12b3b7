package token

// serializedFileSet is what Write hands to its encoder and Read gets from
// its decoder: a FileSet's state with exported fields, so that encoders
// working by reflection (encoding/gob, encoding/json) see all of it.
type serializedFileSet struct {
	Base  int
	Files []serializedFile
}

// serializedFile is a File's state, its fields those of File.
type serializedFile struct {
	Name  string
	Base  int
	Size  int
	Lines []int
	Infos []lineInfo
}

// Read fills s, which must not be nil, with a file set that decode
// reads back from what Write encoded; the files s had are dropped.
func (s *FileSet) Read(decode func(any) error) error {
	var ss serializedFileSet
	if err := decode(&ss); err != nil {
		return err
	}
	files := make([]*File, len(ss.Files))
	for i, sf := range ss.Files {
		files[i] = &File{name: sf.Name, base: sf.Base, size: sf.Size, lines: sf.Lines, infos: sf.Infos}
	}
	s.mutex.Lock()
	defer s.mutex.Unlock()
	s.base = ss.Base
	s.files = files
	s.last.Store(nil)
	return nil
}

// Write hands the state of s (its base and files) to encode, for Read to
// restore later.
func (s *FileSet) Write(encode func(any) error) error {
	s.mutex.Lock()
	ss := serializedFileSet{Base: s.base, Files: make([]serializedFile, len(s.files))}
	for i, f := range s.files {
		ss.Files[i] = f.serialize()
	}
	s.mutex.Unlock()
	return encode(ss)
}

// serialize returns a copy of f's state: the encoder may run while f
// grows.
func (f *File) serialize() serializedFile {
	f.mutex.Lock()
	defer f.mutex.Unlock()
	return serializedFile{
		Name:  f.name,
		Base:  f.base,
		Size:  f.size,
		Lines: append([]int(nil), f.lines...),
		Infos: append([]lineInfo(nil), f.infos...),
	}
}
