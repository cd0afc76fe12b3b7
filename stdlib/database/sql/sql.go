// Package sql is a common interface to SQL (and SQL-like) databases.
//
// It works with a database driver, which registers itself under a name
// with Register (see https://golang.org/s/sqldrivers for a list).
//
// The package is a layer between user code and the small interfaces of
// package driver. A DB is a pool of driver connections: each operation
// borrows a connection (DB.conn), runs on it, and gives it back
// (DB.putConn). A Tx or Conn pins one connection until it ends; a Stmt
// remembers on which connections it has been prepared; Rows keep their
// connection until they are closed. Closing is reference counted: an
// object's driver resources are released (finalClose) only once nothing
// depends on it any more (see addDep and removeDep in driverconn.go).
//
// This file holds the small public types; db.go the pool, dbops.go the
// operations of DB, conn.go Conn, tx.go Tx, stmt.go Stmt, rows.go Rows and
// Row, null.go the Null types, convert.go the argument and Scan
// conversions, ctxutil.go the calls into optional driver interfaces.
package sql

import (
	"database/sql/driver"
	"errors"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"time"
)

// drivers maps each registered name to its driver.
var (
	driversMu sync.RWMutex
	drivers   = make(map[string]driver.Driver)
)

// nowFunc returns the current time; tests replace it to age connections.
var nowFunc = time.Now

// Register makes driver available to Open under name. It panics if
// driver is nil or name is taken.
func Register(name string, driver driver.Driver) {
	driversMu.Lock()
	defer driversMu.Unlock()
	if driver == nil {
		panic("sql: Register driver is nil")
	}
	if _, dup := drivers[name]; dup {
		panic("sql: Register called twice for driver " + name)
	}
	drivers[name] = driver
}

// unregisterAllDrivers forgets every driver, for tests.
func unregisterAllDrivers() {
	driversMu.Lock()
	defer driversMu.Unlock()
	drivers = make(map[string]driver.Driver)
}

// Drivers returns the names of the registered drivers, sorted.
func Drivers() []string {
	driversMu.RLock()
	defer driversMu.RUnlock()
	list := make([]string, 0, len(drivers))
	for name := range drivers {
		list = append(list, name)
	}
	sort.Strings(list)
	return list
}

// NamedArg is a query argument bound to the placeholder of that name
// rather than by position. Named builds one.
type NamedArg struct {
	// The unexported field forces literals to name their fields,
	// leaving room for new fields later.
	_NamedFieldsRequired struct{}

	Name  string // the placeholder's name, without its symbol ("id" for @id)
	Value any    // any value a positional argument could be
}

// Named returns a NamedArg for the placeholder called name. For example:
//
//	db.ExecContext(ctx, `DELETE FROM log WHERE at >= @from AND at < @to`,
//		sql.Named("from", start),
//		sql.Named("to", end),
//	)
func Named(name string, value any) NamedArg {
	return NamedArg{Name: name, Value: value}
}

// IsolationLevel is the isolation level a transaction asks for in
// TxOptions.
type IsolationLevel int

// The isolation levels, described at
// https://en.wikipedia.org/wiki/Isolation_(database_systems)#Isolation_levels.
// A driver may reject a level it does not support.
const (
	LevelDefault IsolationLevel = iota
	LevelReadUncommitted
	LevelReadCommitted
	LevelWriteCommitted
	LevelRepeatableRead
	LevelSnapshot
	LevelSerializable
	LevelLinearizable
)

// isolationNames is indexed by IsolationLevel.
var isolationNames = [...]string{
	"Default", "Read Uncommitted", "Read Committed", "Write Committed",
	"Repeatable Read", "Snapshot", "Serializable", "Linearizable",
}

// String returns the level's name, such as "Read Committed".
func (i IsolationLevel) String() string {
	if i < 0 || int(i) >= len(isolationNames) {
		return "IsolationLevel(" + strconv.Itoa(int(i)) + ")"
	}
	return isolationNames[i]
}

// TxOptions are the options of a transaction, given to BeginTx.
type TxOptions struct {
	// Isolation is the level asked for; zero is the database's default.
	Isolation IsolationLevel
	ReadOnly  bool
}

// RawBytes is a Scan destination that points into the driver's own
// memory instead of copying it: it is only valid until the next Next,
// Scan or Close.
type RawBytes []byte

// Scanner is implemented by types that can be Scan destinations.
type Scanner interface {
	// Scan stores src, which is an int64, float64, bool, []byte, string,
	// time.Time, or nil for NULL; it returns an error rather than lose
	// information. A []byte belongs to the driver and must be copied to be
	// kept past the next Scan.
	Scan(src any) error
}

// Out is an argument that receives an OUTPUT parameter of a stored
// procedure, for the drivers and databases that have them. For example:
//
//	var total int
//	_, err := db.ExecContext(ctx, "SumOrders", sql.Named("Total", sql.Out{Dest: &total}))
type Out struct {
	_NamedFieldsRequired struct{}

	// Dest points to where the output value is stored.
	Dest any

	// In makes the parameter INOUT: its input value is *Dest, which the
	// output value then replaces.
	In bool
}

// ErrNoRows is what Row.Scan returns when the query of QueryRow selected
// no row.
var ErrNoRows = errors.New("sql: no rows in result set")

// Result describes what an executed statement did.
type Result interface {
	// LastInsertId returns the key the database generated for an inserted
	// row, such as an auto-increment column's; not every database has it.
	LastInsertId() (int64, error)

	// RowsAffected returns how many rows an UPDATE, INSERT or DELETE
	// changed; not every driver knows it.
	RowsAffected() (int64, error)
}

// driverResult wraps a driver's Result so that reading it holds the
// connection's lock: the driver may still be using the connection.
type driverResult struct {
	sync.Locker // the *driverConn
	resi        driver.Result
}

func (dr driverResult) LastInsertId() (int64, error) {
	dr.Lock()
	defer dr.Unlock()
	return dr.resi.LastInsertId()
}

func (dr driverResult) RowsAffected() (int64, error) {
	dr.Lock()
	defer dr.Unlock()
	return dr.resi.RowsAffected()
}

// stack returns the calling goroutine's stack, for debugging messages.
func stack() string {
	var buf [2 << 10]byte
	return string(buf[:runtime.Stack(buf[:], false)])
}

// withLock runs fn while holding lk, releasing it even if fn panics.
func withLock(lk sync.Locker, fn func()) {
	lk.Lock()
	defer lk.Unlock()
	fn()
}
