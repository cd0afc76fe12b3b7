package user

import (
	"errors"
	"os"
	"strconv"
	"sync"
)

// The account databases.
const (
	userFile  = "/etc/passwd"
	groupFile = "/etc/group"
)

// current is the current user, looked up once by Current.
var current struct {
	sync.Once
	u   *User
	err error
}

// Current returns the user running the process.
//
// The first call looks the user up and caches the result; later calls
// return a copy of it and do not see changes to the current user.
func Current() (*User, error) {
	current.Do(func() { current.u, current.err = lookupCurrent() })
	if current.err != nil {
		return nil, current.err
	}
	u := *current.u
	return &u, nil
}

// lookupCurrent finds the process's user in /etc/passwd by its uid or,
// if it is not there (as in a container run under an arbitrary uid),
// makes do with $USER and $HOME, which must then both be set.
func lookupCurrent() (*User, error) {
	uid := strconv.Itoa(os.Getuid())
	if u, err := lookupUserId(uid); err == nil {
		return u, nil
	}
	home, _ := os.UserHomeDir()
	u := &User{Uid: uid, Gid: strconv.Itoa(os.Getgid()), Username: os.Getenv("USER"), HomeDir: home}
	switch {
	case u.Username == "" && u.HomeDir == "":
		return u, errors.New("user: Current requires cgo or $USER, $HOME set in environment")
	case u.Username == "":
		return u, errors.New("user: Current requires cgo or $USER set in environment")
	case u.HomeDir == "":
		return u, errors.New("user: Current requires cgo or $HOME set in environment")
	}
	return u, nil
}

// Lookup finds the user with the given login name; if there is none, the
// error is an UnknownUserError.
func Lookup(username string) (*User, error) {
	if u, err := Current(); err == nil && u.Username == username {
		return u, nil
	}
	return lookupUser(username)
}

// LookupId finds the user with the given user ID; if there is none, the
// error is an UnknownUserIdError.
func LookupId(uid string) (*User, error) {
	if u, err := Current(); err == nil && u.Uid == uid {
		return u, nil
	}
	return lookupUserId(uid)
}

// LookupGroup finds the group with the given name; if there is none, the
// error is an UnknownGroupError.
func LookupGroup(name string) (*Group, error) {
	return lookupGroup(name)
}

// LookupGroupId finds the group with the given group ID; if there is
// none, the error is an UnknownGroupIdError.
func LookupGroupId(gid string) (*Group, error) {
	return lookupGroupId(gid)
}

// GroupIds returns the IDs of the groups u belongs to: its primary group
// first, then the groups of /etc/group listing it.
func (u *User) GroupIds() ([]string, error) {
	f, err := os.Open(groupFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return listGroupsFromReader(u, f)
}

func lookupUser(username string) (*User, error) {
	f, err := os.Open(userFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return findUsername(username, f)
}

func lookupUserId(uid string) (*User, error) {
	f, err := os.Open(userFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return findUserId(uid, f)
}

func lookupGroup(name string) (*Group, error) {
	f, err := os.Open(groupFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return findGroupName(name, f)
}

func lookupGroupId(gid string) (*Group, error) {
	f, err := os.Open(groupFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return findGroupId(gid, f)
}
