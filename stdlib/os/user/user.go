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

// User represents a user account.
type User struct {
	// Uid is the user ID, a decimal number on POSIX systems.
	Uid string
	// Gid is the ID of the user's primary group, a decimal number on
	// POSIX systems.
	Gid string
	// Username is the login name.
	Username string
	// Name is the user's real or display name; it may be blank. On
	// POSIX systems it is the first entry of the comma-separated GECOS
	// field.
	Name string
	// HomeDir is the path to the user's home directory (if they have one).
	HomeDir string
}

// Group represents a grouping of users.
//
// On POSIX systems Gid contains a decimal number representing the group ID.
type Group struct {
	Gid  string // group ID
	Name string // group name
}

// UnknownUserIdError is returned by LookupId when a user cannot be found.
type UnknownUserIdError int

func (e UnknownUserIdError) Error() string {
	return "user: unknown userid " + strconv.Itoa(int(e))
}

// UnknownUserError is returned by Lookup when a user cannot be found.
type UnknownUserError string

func (e UnknownUserError) Error() string {
	return "user: unknown user " + string(e)
}

// UnknownGroupIdError is returned by LookupGroupId when a group cannot be
// found.
type UnknownGroupIdError string

func (e UnknownGroupIdError) Error() string {
	return "group: unknown groupid " + string(e)
}

// UnknownGroupError is returned by LookupGroup when a group cannot be
// found.
type UnknownGroupError string

func (e UnknownGroupError) Error() string {
	return "group: unknown group " + string(e)
}
