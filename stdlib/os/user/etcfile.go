package user

// This file reads /etc/passwd and /etc/group. Each has one entry a line,
// its fields separated by colons:
//
//	kevin:x:1005:1006:Kevin Smith,Room 1:/home/kevin:/usr/bin/zsh
//	wheel:x:10:root,kevin
//
// (name, password, uid, gid, GECOS, home directory and shell for a user;
// name, password, gid and members for a group). There is no standard
// for these files; like glibc's reader we allow blank space before an
// entry and comment lines starting with '#', and we skip the entries
// starting with '+' or '-', which glibc keeps for NIS and never matches.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// The number of fields of an entry of each file.
const (
	userFields  = 7
	groupFields = 4
)

// forEachEntry calls visit with the fields of each entry of r that has at
// least n fields, the last one holding the rest of the line, until visit
// returns true.
func forEachEntry(r io.Reader, n int, visit func(fields []string) bool) error {
	rd := bufio.NewReader(r)
	for {
		line, err := rd.ReadString('\n')
		line = strings.TrimSpace(line)
		if line != "" && !strings.ContainsAny(line[:1], "#+-") {
			if fields := strings.SplitN(line, ":", n); len(fields) == n && fields[0] != "" && visit(fields) {
				return nil
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// isNumber reports whether an id field holds a decimal number, as a uid
// or gid must.
func isNumber(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

// findUser returns the first user in r whose field idx is value, or nil.
func findUser(r io.Reader, idx int, value string) (*User, error) {
	var u *User
	err := forEachEntry(r, userFields, func(f []string) bool {
		if f[idx] != value || !isNumber(f[2]) || !isNumber(f[3]) {
			return false
		}
		name, _, _ := strings.Cut(f[4], ",")
		u = &User{Username: f[0], Uid: f[2], Gid: f[3], Name: name, HomeDir: f[5]}
		return true
	})
	return u, err
}

// findGroup returns the first group in r whose field idx is value, or nil.
func findGroup(r io.Reader, idx int, value string) (*Group, error) {
	var g *Group
	err := forEachEntry(r, groupFields, func(f []string) bool {
		if f[idx] != value || !isNumber(f[2]) {
			return false
		}
		g = &Group{Name: f[0], Gid: f[2]}
		return true
	})
	return g, err
}

// findUsername looks up a user by name in r, in the format of /etc/passwd.
func findUsername(name string, r io.Reader) (*User, error) {
	u, err := findUser(r, 0, name)
	if err == nil && u == nil {
		err = UnknownUserError(name)
	}
	return u, err
}

// findUserId looks up a user by uid in r, in the format of /etc/passwd.
func findUserId(uid string, r io.Reader) (*User, error) {
	id, err := strconv.Atoi(uid)
	if err != nil {
		return nil, errors.New("user: invalid userid " + uid)
	}
	u, err := findUser(r, 2, uid)
	if err == nil && u == nil {
		err = UnknownUserIdError(id)
	}
	return u, err
}

// findGroupName looks up a group by name in r, in the format of /etc/group.
func findGroupName(name string, r io.Reader) (*Group, error) {
	g, err := findGroup(r, 0, name)
	if err == nil && g == nil {
		err = UnknownGroupError(name)
	}
	return g, err
}

// findGroupId looks up a group by gid in r, in the format of /etc/group.
func findGroupId(gid string, r io.Reader) (*Group, error) {
	g, err := findGroup(r, 2, gid)
	if err == nil && g == nil {
		err = UnknownGroupIdError(gid)
	}
	return g, err
}

// listGroupsFromReader returns the gids of u: its primary group, then
// each other group of r, in the format of /etc/group, whose members
// include u.
func listGroupsFromReader(u *User, r io.Reader) ([]string, error) {
	if u.Username == "" {
		return nil, errors.New("user: list groups: empty username")
	}
	primary, err := strconv.Atoi(u.Gid)
	if err != nil {
		return nil, fmt.Errorf("user: list groups for %s: invalid gid %q", u.Username, u.Gid)
	}
	groups := []string{u.Gid}
	err = forEachEntry(r, groupFields, func(f []string) bool {
		// The members field must not hold another colon.
		if strings.Contains(f[3], ":") || !isMember(u.Username, f[3]) {
			return false
		}
		if gid, err := strconv.Atoi(f[2]); err == nil && gid != primary {
			groups = append(groups, f[2])
		}
		return false
	})
	return groups, err
}

// isMember reports whether name is one of the comma-separated members.
func isMember(name, members string) bool {
	for members != "" {
		var m string
		m, members, _ = strings.Cut(members, ",")
		if m == name {
			return true
		}
	}
	return false
}
