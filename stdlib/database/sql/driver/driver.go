// Package driver lists the interfaces a database driver implements for
// package sql, which is what programs use.
//
// A driver only has to implement Driver, Conn, Stmt, Rows, Result and
// Tx. Every other interface here is optional: package sql checks for it
// with a type assertion and falls back to the basic interfaces when it
// is missing (a driver may also return ErrSkip from an optional method
// to ask for that fallback). The Context variants let a driver honour
// cancellation; the ones without a context are the older, original API.
package driver

import (
	"context"
	"errors"
	"reflect"
)

// Value is a value a driver handles: nil, an int64, float64, bool,
// []byte, string or time.Time, or any type the driver's
// NamedValueChecker accepts. A driver with cursors may also return a
// Value that is a Rows, which sql scans into a *sql.Rows.
type Value any

// NamedValue is a query argument with its position and, if it was
// given as a sql.NamedArg, its name.
type NamedValue struct {
	Name    string // the placeholder's name without its symbol, or ""
	Ordinal int    // the argument's position, from 1; always set
	Value   Value
}

// Driver is implemented by every database driver.
//
// Open returns a new connection to the database named by name, in the
// driver's own format. The connection is used by one goroutine at a
// time.
type Driver interface {
	Open(name string) (Conn, error)
}

// DriverContext may be implemented by a Driver that wants to parse its
// name once: sql.Open then calls OpenConnector and opens every
// connection through the returned Connector.
type DriverContext interface {
	OpenConnector(name string) (Connector, error)
}

// Connector represents a driver in a fixed configuration and can create
// any number of equivalent Conns for use by multiple goroutines. It lets
// sql.OpenDB use a driver without a name string, and lets a driver honour
// the context while connecting. If a Connector implements io.Closer, the
// DB's Close method calls its Close method.
type Connector interface {
	// Connect returns a connection to the database, preferably a new
	// one. ctx bounds the connecting only, not the connection's life.
	Connect(context.Context) (Conn, error)

	// Driver returns the Driver behind the Connector, for DB.Driver.
	Driver() Driver
}

// ErrSkip is returned by an optional interface's method to have package
// sql behave as if the interface were not implemented, for this call.
var ErrSkip = errors.New("driver: skip fast-path; continue as if unimplemented")

// ErrBadConn should be returned by a driver to signal to the sql package
// that a driver.Conn is in a bad state (for example the server closed it)
// and the sql package should retry on a new connection. A driver must not
// return it once the database may already have performed the operation,
// since the retry would then perform it twice.
var ErrBadConn = errors.New("driver: bad connection")

// Pinger may be implemented by a Conn so that DB.Ping checks it; without
// it, Ping only checks that a connection can be had. Returning
// ErrBadConn removes the Conn from the pool.
type Pinger interface {
	Ping(ctx context.Context) error
}

// Execer may be implemented by a Conn to run a statement without
// preparing it first. It may return ErrSkip.
//
// Deprecated: implement ExecerContext instead.
type Execer interface {
	Exec(query string, args []Value) (Result, error)
}

// ExecerContext may be implemented by a Conn to run a statement without
// preparing it first. It may return ErrSkip, and must honour the
// context's cancellation.
type ExecerContext interface {
	ExecContext(ctx context.Context, query string, args []NamedValue) (Result, error)
}

// Queryer may be implemented by a Conn to run a query without preparing
// it first. It may return ErrSkip.
//
// Deprecated: implement QueryerContext instead.
type Queryer interface {
	Query(query string, args []Value) (Rows, error)
}

// QueryerContext may be implemented by a Conn to run a query without
// preparing it first. It may return ErrSkip, and must honour the
// context's cancellation.
type QueryerContext interface {
	QueryContext(ctx context.Context, query string, args []NamedValue) (Rows, error)
}

// Conn is a connection to a database. It is used by one goroutine at a
// time and may keep state.
type Conn interface {
	// Prepare returns a statement prepared on this connection.
	Prepare(query string) (Stmt, error)

	// Close ends the connection, and with it its statements and
	// transactions. Package sql pools connections itself, so a driver
	// need not cache them.
	Close() error

	// Begin starts a transaction.
	//
	// Deprecated: implement ConnBeginTx instead, or as well.
	Begin() (Tx, error)
}

// ConnPrepareContext is a Conn's Prepare with a context.
type ConnPrepareContext interface {
	// PrepareContext returns a statement prepared on this connection.
	// ctx bounds the preparing only; the statement must not keep it.
	PrepareContext(ctx context.Context, query string) (Stmt, error)
}

// IsolationLevel is a transaction's isolation level, numbered like
// sql.IsolationLevel.
type IsolationLevel int

// TxOptions are a transaction's options, the same as sql.TxOptions.
type TxOptions struct {
	Isolation IsolationLevel
	ReadOnly  bool
}

// ConnBeginTx is a Conn's Begin with a context and options.
type ConnBeginTx interface {
	// BeginTx starts a transaction. Package sql rolls it back if ctx
	// ends, so the driver need only watch ctx while starting. It must
	// fail for an isolation level or read-only mode it cannot provide.
	BeginTx(ctx context.Context, opts TxOptions) (Tx, error)
}

// SessionResetter may be implemented by a Conn to reset the session
// state before the connection is reused from the pool. Returning
// ErrBadConn discards the connection.
type SessionResetter interface {
	// ResetSession runs before a query on a connection used before.
	ResetSession(ctx context.Context) error
}

// Validator may be implemented by a Conn so the pool can ask whether it
// is still usable; a connection reporting false is discarded rather
// than returned to the pool.
type Validator interface {
	// IsValid runs before the connection goes back to the pool.
	IsValid() bool
}

// Result describes what an executed statement did.
type Result interface {
	// LastInsertId returns the key the database generated for an
	// inserted row, such as an auto-increment column's.
	LastInsertId() (int64, error)

	// RowsAffected returns how many rows the statement changed.
	RowsAffected() (int64, error)
}

// Stmt is a prepared statement, bound to one Conn and used by one
// goroutine at a time.
type Stmt interface {
	// Close closes the statement; package sql closes its Rows first.
	Close() error

	// NumInput returns the number of placeholder parameters. If it
	// returns >= 0, the sql package checks the argument count before
	// calling Exec or Query; -1 means the driver does not know and
	// checks the count itself.
	NumInput() int

	// Exec runs a statement that returns no rows, such as an INSERT.
	//
	// Deprecated: implement StmtExecContext instead, or as well.
	Exec(args []Value) (Result, error)

	// Query runs a statement that returns rows, such as a SELECT.
	//
	// Deprecated: implement StmtQueryContext instead, or as well.
	Query(args []Value) (Rows, error)
}

// StmtExecContext is a Stmt's Exec with a context.
type StmtExecContext interface {
	// ExecContext runs a statement that returns no rows; it must honour
	// the context's cancellation.
	ExecContext(ctx context.Context, args []NamedValue) (Result, error)
}

// StmtQueryContext is a Stmt's Query with a context.
type StmtQueryContext interface {
	// QueryContext runs a statement that returns rows; it must honour
	// the context's cancellation.
	QueryContext(ctx context.Context, args []NamedValue) (Rows, error)
}

// ErrRemoveArgument may be returned by a NamedValueChecker to drop the
// argument from the query: for an argument that is an option of the
// driver rather than a value of the statement.
var ErrRemoveArgument = errors.New("driver: remove argument from query")

// NamedValueChecker may be optionally implemented by Conn or Stmt. It
// gives the driver more control over which Go types it accepts as
// arguments, beyond the default Value types.
//
// The sql package asks, in order, the Stmt's NamedValueChecker, the
// Conn's NamedValueChecker, the Stmt's ColumnConverter and finally
// DefaultParameterConverter. CheckNamedValue may return ErrSkip to pass
// the argument on to the next checker, or ErrRemoveArgument to drop it.
type NamedValueChecker interface {
	// CheckNamedValue validates an argument and converts it in place to
	// a value the driver accepts.
	CheckNamedValue(*NamedValue) error
}

// ColumnConverter may be implemented by a Stmt that knows the types of
// its parameters, to convert each argument for its column.
//
// Deprecated: implement NamedValueChecker instead.
type ColumnConverter interface {
	// ColumnConverter returns the converter for parameter idx;
	// DefaultParameterConverter suits one without special needs.
	ColumnConverter(idx int) ValueConverter
}

// Rows iterates over the result of a query.
type Rows interface {
	// Columns returns the names of the columns; its length is the
	// number of columns. An unnamed column has the name "".
	Columns() []string

	// Close ends the iteration.
	Close() error

	// Next is called to populate the next row of data into the provided
	// slice, which has the same length as Columns. It returns io.EOF
	// when there are no more rows. The []byte values it stores may be
	// reused by the driver on the next call, so they must not be kept.
	Next(dest []Value) error
}

// RowsNextResultSet is implemented by Rows of a query with several
// result sets.
type RowsNextResultSet interface {
	Rows

	// HasNextResultSet, called at the end of a result set, reports
	// whether another follows.
	HasNextResultSet() bool

	// NextResultSet moves to the next result set, skipping rows left in
	// the current one; it returns io.EOF after the last set.
	NextResultSet() error
}

// RowsColumnTypeScanType may be implemented by Rows to tell the Go type
// a column scans into, for example reflect.TypeOf(int64(0)) for a
// "bigint" column.
type RowsColumnTypeScanType interface {
	Rows
	ColumnTypeScanType(index int) reflect.Type
}

// RowsColumnTypeDatabaseTypeName may be implemented by Rows to tell the
// database's uppercase name of a column's type, without its length:
// "VARCHAR", "TEXT", "NVARCHAR", "DECIMAL", "BOOL", "INT", "BIGINT".
type RowsColumnTypeDatabaseTypeName interface {
	Rows
	ColumnTypeDatabaseTypeName(index int) string
}

// RowsColumnTypeLength may be implemented by Rows to tell the length of
// a variable-length column: in characters for text, in bytes for binary
// types, and math.MaxInt64 when unlimited. ok is false for the other
// types.
type RowsColumnTypeLength interface {
	Rows
	ColumnTypeLength(index int) (length int64, ok bool)
}

// RowsColumnTypeNullable may be implemented by Rows to tell whether a
// column may hold NULL; ok is false when that is not known.
type RowsColumnTypeNullable interface {
	Rows
	ColumnTypeNullable(index int) (nullable, ok bool)
}

// RowsColumnTypePrecisionScale may be implemented by Rows to tell the
// precision and scale of a decimal column; ok is false for the other
// types.
type RowsColumnTypePrecisionScale interface {
	Rows
	ColumnTypePrecisionScale(index int) (precision, scale int64, ok bool)
}

// Tx is a transaction in progress.
type Tx interface {
	Commit() error
	Rollback() error
}

// RowsAffected is the Result of a statement that changed that many rows
// and has no insert ID.
type RowsAffected int64

var _ Result = RowsAffected(0)

// LastInsertId always fails: the count of rows is all this Result knows.
func (RowsAffected) LastInsertId() (int64, error) {
	return 0, errors.New("LastInsertId is not supported by this driver")
}

// RowsAffected returns the count itself.
func (v RowsAffected) RowsAffected() (int64, error) {
	return int64(v), nil
}

// ResultNoRows is the Result for a driver to return after a DDL
// statement (such as CREATE TABLE): both of its methods fail.
var ResultNoRows noRows

type noRows struct{}

var _ Result = noRows{}

func (noRows) LastInsertId() (int64, error) {
	return 0, errors.New("no LastInsertId available after DDL statement")
}

func (noRows) RowsAffected() (int64, error) {
	return 0, errors.New("no RowsAffected available after DDL statement")
}
