// This file implements Location, a time zone: the list of zones (name,
// offset east of UTC, daylight saving or not) and the transitions between
// them, read from a tzfile (zoneinfo_read.go), with a POSIX TZ rule
// string extending the list past its last transition (tzset.go). The
// tzfiles come, in Go's order, from $ZONEINFO (a directory or a zip
// file, zoneinfo_zip.go), the system's database, and Go's
// $GOROOT/lib/time/zoneinfo.zip. Local comes from $TZ, else
// /etc/localtime.

package time

import (
	"errors"
	"runtime"
	"sync"
	"syscall"
)

// A Location maps time instants to the zone in use at that time.
// Typically, the Location represents the collection of time offsets
// in use in a geographical area.
type Location struct {
	name string
	zone []zone
	tx   []zoneTrans

	// extend is a POSIX TZ rule for the times after the last transition.
	extend string

	// The zone in effect when the location was loaded, and its span
	// [cacheStart, cacheEnd): lookup answers at once for the times a
	// program mostly meets, without searching or reading extend.
	cacheStart int64
	cacheEnd   int64
	cacheZone  *zone
}

// A zone represents a single time zone such as CET.
type zone struct {
	name   string // abbreviated name, "CET"
	offset int    // seconds east of UTC
	isDST  bool   // is this zone Daylight Savings Time?
}

// A zoneTrans represents a single time zone transition.
type zoneTrans struct {
	when         int64 // transition time, in seconds since 1970 GMT
	index        uint8 // the index of the zone that goes into effect at that time
	isstd, isutc bool  // the file's standard/wall and UT/local indicators (unused)
}

// alpha and omega are the beginning and the end of time for zone
// transitions.
const (
	alpha = -1 << 63  // math.MinInt64
	omega = 1<<63 - 1 // math.MaxInt64
)

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

// utcLoc is separate so that get can refer to &utcLoc
// and ensure that it never returns a nil *Location,
// even if a badly behaved client has changed UTC.
var utcLoc = Location{name: "UTC"}

// Local represents the system's local time zone.
// On Unix systems, Local consults the TZ environment
// variable to find the time zone to use. No TZ means
// use the system default /etc/localtime.
// TZ="" means use UTC.
// TZ="foo" means use file foo in the system timezone directory.
var Local *Location = &localLoc

// localLoc is Local's zone information, read on first use (as Go's
// initLocal): a program that never asks for local time never opens
// /etc/localtime, and does not link the tzfile reader.
var localLoc Location
var localOnce sync.Once

func initLocal() {
	localLoc = loadLocal()
}

// get returns l, or UTC for a nil Location; Local is loaded on first use.
func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	if l == &localLoc {
		localOnce.Do(initLocal)
	}
	return l
}

// String returns a descriptive name for the time zone information,
// corresponding to the name argument to LoadLocation or FixedZone.
func (l *Location) String() string {
	return l.get().name
}

// FixedZone returns a Location that always uses
// the given zone name and offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	l := &Location{
		name: name,
		zone: []zone{{name, offset, false}},
		tx:   []zoneTrans{{alpha, 0, false, false}},
	}
	return l
}

// lookup returns information about the time zone in use at an instant in
// time expressed as seconds since January 1, 1970 00:00:00 UTC: the zone
// name, its offset, and the instants [start, end) the zone is in effect.
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	l = l.get()
	if len(l.zone) == 0 {
		return "UTC", 0, alpha, omega, false
	}
	if zone := l.cacheZone; zone != nil && l.cacheStart <= sec && sec < l.cacheEnd {
		return zone.name, zone.offset, l.cacheStart, l.cacheEnd, zone.isDST
	}
	if len(l.tx) == 0 || sec < l.tx[0].when {
		zone := &l.zone[l.lookupFirstZone()]
		end = omega
		if len(l.tx) > 0 {
			end = l.tx[0].when
		}
		return zone.name, zone.offset, alpha, end, zone.isDST
	}
	// Binary search for the last transition at or before sec.
	tx := l.tx
	end = omega
	lo, hi := 0, len(tx)
	for hi-lo > 1 {
		m := lo + (hi-lo)/2
		if lim := tx[m].when; sec < lim {
			end = lim
			hi = m
		} else {
			lo = m
		}
	}
	zone := &l.zone[tx[lo].index]
	name, offset, start, isDST = zone.name, zone.offset, tx[lo].when, zone.isDST
	// Past the last transition, the rule string knows the zone.
	if lo == len(tx)-1 && l.extend != "" {
		if ename, eoffset, estart, eend, eisDST, ok := tzset(l.extend, start, sec); ok {
			return ename, eoffset, estart, eend, eisDST
		}
	}
	return
}

// fillCache remembers the zone in effect at sec (seconds since 1970) and
// its span; it runs once, on a location just loaded, which no other
// goroutine sees yet.
func (l *Location) fillCache(sec int64) {
	name, offset, start, end, isDST := l.lookup(sec)
	l.cacheStart, l.cacheEnd = start, end
	for i := range l.zone {
		if z := &l.zone[i]; z.name == name && z.offset == offset && z.isDST == isDST {
			l.cacheZone = z
			return
		}
	}
	l.cacheZone = &zone{name: name, offset: offset, isDST: isDST} // a zone of extend's
}

// lookupFirstZone returns the index of the time zone to use for times
// before the first transition time, or when there are no transition
// times: the first zone no transition uses, else the first standard-time
// zone before the first transition's, else the first standard-time zone,
// else the first zone.
func (l *Location) lookupFirstZone() int {
	if !l.firstZoneUsed() {
		return 0
	}
	if len(l.tx) > 0 && l.zone[l.tx[0].index].isDST {
		for zi := int(l.tx[0].index) - 1; zi >= 0; zi-- {
			if !l.zone[zi].isDST {
				return zi
			}
		}
	}
	for zi := range l.zone {
		if !l.zone[zi].isDST {
			return zi
		}
	}
	return 0
}

// firstZoneUsed reports whether the first zone is used by some transition.
func (l *Location) firstZoneUsed() bool {
	for _, tx := range l.tx {
		if tx.index == 0 {
			return true
		}
	}
	return false
}

// lookupName returns information about the time zone with
// the given name (such as "EST") at the given pseudo-Unix time
// (what the given time of day would be in UTC).
func (l *Location) lookupName(name string, unix int64) (offset int, ok bool) {
	l = l.get()
	// First try a zone of that name in effect at the time (in Sydney,
	// "EST" names both standard and daylight time).
	for i := range l.zone {
		zone := &l.zone[i]
		if zone.name == name {
			nam, offset, _, _, _ := l.lookup(unix - int64(zone.offset))
			if nam == zone.name {
				return offset, true
			}
		}
	}
	for i := range l.zone {
		zone := &l.zone[i]
		if zone.name == name {
			return zone.offset, true
		}
	}
	return
}

// platformZoneSources are the directories holding the system's tzfile
// database.
var platformZoneSources = []string{
	"/usr/share/zoneinfo/",
	"/usr/share/lib/zoneinfo/",
	"/usr/lib/locale/TZ/",
}

// loadLocal reads the local zone: from $TZ (a name in the database, or an
// absolute file after an optional ':'), else from /etc/localtime; UTC if
// neither works.
func loadLocal() Location {
	tz, ok := syscall.Getenv("TZ")
	switch {
	case !ok:
		if z, err := loadLocation("localtime", []string{"/etc/"}); err == nil {
			z.name = "Local"
			return *z
		}
	case tz != "":
		if tz[0] == ':' {
			tz = tz[1:]
		}
		if tz != "" && tz[0] == '/' {
			if z, err := loadLocation(tz, []string{""}); err == nil {
				if tz == "/etc/localtime" {
					z.name = "Local"
				} else {
					z.name = tz
				}
				return *z
			}
		} else if tz != "" && tz != "UTC" {
			if z, err := loadLocation(tz, platformZoneSources); err == nil {
				return *z
			}
		}
	}
	return Location{name: "UTC"}
}

var errLocation = errors.New("time: invalid location name")

// zoneinfo is $ZONEINFO, read once by LoadLocation: a directory or a zip
// file of tzfiles, looked at before the system's.
var zoneinfo *string
var zoneinfoOnce sync.Once

// LoadLocation returns the Location with the given name.
//
// If the name is "" or "UTC", LoadLocation returns UTC.
// If the name is "Local", LoadLocation returns Local.
//
// Otherwise, the name is taken to be a location name corresponding to a file
// in the IANA Time Zone database, such as "America/New_York", looked for
// in the directory or zip file named by $ZONEINFO, then in the system's
// directories, then in $GOROOT/lib/time/zoneinfo.zip.
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		// No valid IANA Time Zone name contains a single dot,
		// much less dot dot. Likewise, none begin with a slash.
		return nil, errLocation
	}
	zoneinfoOnce.Do(func() {
		env, _ := syscall.Getenv("ZONEINFO")
		zoneinfo = &env
	})
	var firstErr error
	if *zoneinfo != "" {
		data, err := loadTzinfoFromDirOrZip(*zoneinfo, name)
		if err == nil {
			if z, err := LoadLocationFromTZData(name, data); err == nil {
				return z, nil
			}
		}
		if err != syscall.ENOENT {
			firstErr = err
		}
	}
	z, err := loadLocation(name, platformZoneSources)
	if err != nil && firstErr != nil {
		err = firstErr
	}
	return z, err
}

// containsDotDot reports whether s contains "..".
func containsDotDot(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s)-1; i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

// loadLocation returns the Location with the given name from one of
// the specified sources (directories or zip files), else from the
// embedded database or Go's zoneinfo.zip. The first file that parses
// wins; a file that exists but does not parse is reported if none does.
func loadLocation(name string, sources []string) (z *Location, firstErr error) {
	// try parses the data of one source; its error counts unless the
	// source just lacks the zone.
	try := func(data []byte, err error) bool {
		if err == nil {
			if z, err = LoadLocationFromTZData(name, data); err == nil {
				return true
			}
		}
		if firstErr == nil && err != syscall.ENOENT {
			firstErr = err
		}
		return false
	}
	for _, source := range sources {
		if try(loadTzinfo(name, source)) {
			return z, nil
		}
	}
	if loadFromEmbeddedTZData != nil {
		data, err := loadFromEmbeddedTZData(name)
		if try([]byte(data), err) {
			return z, nil
		}
	}
	if source, ok := gorootZoneSource(runtime.GOROOT()); ok {
		if try(loadTzinfo(name, source)) {
			return z, nil
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, errors.New("unknown time zone " + name)
}

// loadFromEmbeddedTZData returns a zone's tzfile from the database that
// importing time/tzdata embeds in the program; nil without it.
var loadFromEmbeddedTZData func(zone string) (string, error)

// registerLoadFromEmbeddedTZData is called by the init of time/tzdata,
// through a //go:linkname: time cannot import it (it would embed the
// database in every program that tells the time).
func registerLoadFromEmbeddedTZData(f func(string) (string, error)) {
	loadFromEmbeddedTZData = f
}

// gorootZoneSource returns Go's own copy of the database under goroot.
func gorootZoneSource(goroot string) (string, bool) {
	if goroot == "" {
		return "", false
	}
	return goroot + "/lib/time/zoneinfo.zip", true
}

// loadTzinfo returns the tzfile of zone name from source.
func loadTzinfo(name string, source string) ([]byte, error) {
	return loadTzinfoFromDirOrZip(source, name)
}

// loadTzinfoFromDirOrZip returns the tzfile of zone name from dir, a
// directory or a zip file.
func loadTzinfoFromDirOrZip(dir, name string) ([]byte, error) {
	if len(dir) > 4 && dir[len(dir)-4:] == ".zip" {
		return loadTzinfoFromZip(dir, name)
	}
	if dir != "" {
		name = dir + "/" + name
	}
	return readFile(name)
}

// readFile reads a whole file through system calls (time cannot import os).
func readFile(name string) ([]byte, error) {
	fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	var data []byte
	buf := make([]byte, 4096)
	for {
		n, err := syscall.Read(fd, buf)
		if n > 0 {
			data = append(data, buf[:n]...)
		}
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return data, nil
		}
		if len(data) > 10<<20 {
			return nil, errors.New("time: file " + name + " is too large")
		}
	}
}
