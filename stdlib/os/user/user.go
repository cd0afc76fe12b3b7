// Package user allows user account lookups by name or id.
//
// On Unix systems this package reads the account databases itself:
// users from /etc/passwd and groups from /etc/group (as Go's own package
// does when built without cgo, or with the osusergo tag), rather than
// asking the C library, so accounts known only to NSS services such as
// LDAP are not found.
package user

import "strconv"

// Go's tests of this package skip the tests of a feature a platform
// lacks; here every feature is implemented.
var (
	userImplemented      = true
	groupImplemented     = true
	groupListImplemented = true
)

// A User describes one user account.
type User struct {
	// Uid is the user ID, a decimal number on POSIX systems.
	Uid string
	// Gid is the ID of the user's primary group, a decimal number on
	// POSIX systems.
	Gid string
	// Username is the name the user logs in with.
	Username string
	// Name is the user's full name, possibly blank: on POSIX systems,
	// the GECOS field up to its first comma.
	Name string
	// HomeDir is the user's home directory, if there is one.
	HomeDir string
}

// A Group describes one group of users. On POSIX systems its Gid is the
// group's number, in decimal.
type Group struct {
	Gid  string // group ID
	Name string // group name
}

// UnknownUserIdError is LookupId's error for a user ID that no account
// has.
type UnknownUserIdError int

func (e UnknownUserIdError) Error() string {
	return "user: unknown userid " + strconv.Itoa(int(e))
}

// UnknownUserError is Lookup's error for a username that no account has.
type UnknownUserError string

func (e UnknownUserError) Error() string {
	return "user: unknown user " + string(e)
}

// UnknownGroupIdError is LookupGroupId's error for a group ID that no
// group has.
type UnknownGroupIdError string

func (e UnknownGroupIdError) Error() string {
	return "group: unknown groupid " + string(e)
}

// UnknownGroupError is LookupGroup's error for a group name that no group
// has.
type UnknownGroupError string

func (e UnknownGroupError) Error() string {
	return "group: unknown group " + string(e)
}
