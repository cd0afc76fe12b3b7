package tar

import (
	"bufio"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// This file fills in the fields of a Header that an os.FileInfo holds only
// in its system-dependent part, a syscall.Stat_t on Linux.

func init() {
	sysStat = statUnix
}

// userNames and groupNames cache the names looked up by id, since an
// archive often holds many files of the same owner.
var userNames, groupNames sync.Map // int -> string

// statUnix sets the owner, the access and change times and the device
// numbers of h from fi, when fi comes from the operating system.
func statUnix(fi fs.FileInfo, h *Header) error {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	h.Uid = int(st.Uid)
	h.Gid = int(st.Gid)
	h.Uname = lookupName(&userNames, "/etc/passwd", h.Uid)
	h.Gname = lookupName(&groupNames, "/etc/group", h.Gid)
	h.AccessTime = time.Unix(st.Atim.Unix())
	h.ChangeTime = time.Unix(st.Ctim.Unix())
	if h.Typeflag == TypeChar || h.Typeflag == TypeBlock {
		h.Devmajor, h.Devminor = splitDev(st.Rdev)
	}
	return nil
}

// splitDev splits a Linux device number into its major and minor parts,
// which glibc's makedev interleaves: the minor's low 8 bits come first,
// then 12 bits of major, 20 more bits of minor, and the major's high bits.
func splitDev(dev uint64) (major, minor int64) {
	major = int64((dev>>8)&0xfff | (dev>>32)&^0xfff)
	minor = int64(dev&0xff | (dev>>12)&^0xff)
	return major & 0xffffffff, minor & 0xffffffff
}

// lookupName returns the name of id in file, a passwd or group database
// whose lines are "name:password:id:...", or "" if it has none. The name
// is cached in cache.
func lookupName(cache *sync.Map, file string, id int) string {
	if name, ok := cache.Load(id); ok {
		return name.(string)
	}
	f, err := os.Open(file)
	if err != nil {
		return ""
	}
	defer f.Close()
	want := strconv.Itoa(id)
	lines := bufio.NewScanner(f)
	for lines.Scan() {
		fields := strings.SplitN(lines.Text(), ":", 4)
		if len(fields) >= 3 && fields[2] == want && !strings.HasPrefix(fields[0], "#") {
			cache.Store(id, fields[0])
			return fields[0]
		}
	}
	return ""
}
