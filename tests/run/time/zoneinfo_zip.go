// Tests LoadLocation from a zip file named by $ZONEINFO, as Go's
// $GOROOT/lib/time/zoneinfo.zip: the program writes a small archive of
// stored (uncompressed) tzfiles, one entry marked compressed, then loads
// zones from it, a zone it lacks and a name that is no zone.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

func le16(b []byte, v int) []byte { return append(b, byte(v), byte(v>>8)) }

func le32(b []byte, v int) []byte { return le16(le16(b, v), v>>16) }

// writeZip writes the files as a zip archive, each stored with the given
// method (0: stored), no CRC checked by the reader.
func writeZip(path string, names []string, data [][]byte, methods []int) error {
	var out, dir []byte
	for i, name := range names {
		offset := len(out)
		out = le32(out, 0x04034b50)
		out = le16(le16(le16(le16(le16(out, 20), 0), methods[i]), 0), 0)
		out = le32(le32(le32(out, 0), len(data[i])), len(data[i]))
		out = le16(le16(out, len(name)), 0)
		out = append(append(out, name...), data[i]...)

		dir = le32(dir, 0x02014b50)
		dir = le16(le16(le16(le16(le16(le16(dir, 20), 20), 0), methods[i]), 0), 0)
		dir = le32(le32(le32(dir, 0), len(data[i])), len(data[i]))
		dir = le16(le16(le16(le16(le16(dir, len(name)), 0), 0), 0), 0)
		dir = le32(le32(dir, 0), offset)
		dir = append(dir, name...)
	}
	start := len(out)
	out = append(out, dir...)
	out = le32(out, 0x06054b50)
	out = le16(le16(le16(le16(out, 0), 0), len(names)), len(names))
	out = le32(le32(out, len(dir)), start)
	out = le16(out, 0)
	return os.WriteFile(path, out, 0o644)
}

func main() {
	berlin, err := os.ReadFile("/usr/share/zoneinfo/Europe/Berlin")
	if err != nil {
		fmt.Println(err)
		return
	}
	tokyo, _ := os.ReadFile("/usr/share/zoneinfo/Asia/Tokyo")
	dir, _ := os.MkdirTemp("", "zip")
	defer os.RemoveAll(dir)
	zip := filepath.Join(dir, "zones.zip")
	names := []string{"Gominic/Berlin", "Gominic/Tokyo", "Gominic/Packed"}
	if err := writeZip(zip, names, [][]byte{berlin, tokyo, berlin}, []int{0, 0, 8}); err != nil {
		fmt.Println(err)
		return
	}
	os.Setenv("ZONEINFO", zip)
	for _, name := range []string{"Gominic/Berlin", "Gominic/Tokyo", "Europe/Paris", "Gominic/Missing"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(name, "error:", err)
			continue
		}
		fmt.Println(loc, time.Date(2022, 7, 1, 12, 0, 0, 0, time.UTC).In(loc))
	}
	_, err = time.LoadLocation("Gominic/Packed")
	fmt.Println(err != nil && err.Error() == "unsupported compression for Gominic/Packed in "+zip)
	_, err = time.LoadLocation("../etc/passwd")
	fmt.Println(err)
}
