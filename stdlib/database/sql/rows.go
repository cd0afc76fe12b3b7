package sql

// This file holds Rows, the cursor over a query's results, Row, the
// result of QueryRow, and ColumnType.
//
// Rows hold their connection until closed, which happens when Next runs
// out of rows, on Close, or when the query's (or transaction's) context
// ends: awaitDone then closes them from another goroutine, so closemu
// guards the Rows against a concurrent close.

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sync"
)

// Rows is the cursor over a query's result, positioned before its first
// row: each Next moves it to the next row for Scan to read.
type Rows struct {
	dc          *driverConn // held until close calls releaseConn
	releaseConn func(error)
	rowsi       driver.Rows
	cancel      func()      // stops awaitDone on close; nil without it
	closeStmt   *driverStmt // one-off statement to close with the rows, or nil

	// closemu is held for reading by every operation and exclusively by
	// close, so the Rows cannot close under a running Next or Scan; it
	// guards closed and lasterr.
	closemu sync.RWMutex
	closed  bool
	lasterr error // why the iteration ended; set once closed

	// lastcols is the current row. Next, Scan and NextResultSet use it
	// without a lock: they are not called concurrently.
	lastcols []driver.Value
}

// lasterrOrErrLocked returns the error that ended the iteration, if any
// other than io.EOF, else err. The caller holds closemu.
func (rs *Rows) lasterrOrErrLocked(err error) error {
	if rs.lasterr != nil && rs.lasterr != io.EOF {
		return rs.lasterr
	}
	return err
}

// bypassRowsAwaitDone, set by tests, keeps a context from closing Rows.
var bypassRowsAwaitDone = false

// initContextClose starts awaitDone if either context can end.
func (rs *Rows) initContextClose(ctx, txctx context.Context) {
	if ctx.Done() == nil && (txctx == nil || txctx.Done() == nil) {
		return
	}
	if bypassRowsAwaitDone {
		return
	}
	ctx, rs.cancel = context.WithCancel(ctx)
	go rs.awaitDone(ctx, txctx)
}

// awaitDone blocks until either ctx or txctx is done (Close cancels
// ctx too) and then closes the Rows.
func (rs *Rows) awaitDone(ctx, txctx context.Context) {
	var txctxDone <-chan struct{}
	if txctx != nil {
		txctxDone = txctx.Done()
	}
	select {
	case <-ctx.Done():
	case <-txctxDone:
	}
	rs.close(ctx.Err())
}

// Next moves to the next row and reports whether there is one. False
// means the end of the rows or an error, which Err tells apart; at the
// end of the last result set the Rows close themselves.
//
// Scan may only be called after Next, even for the first row.
func (rs *Rows) Next() bool {
	var doClose, ok bool
	withLock(rs.closemu.RLocker(), func() {
		doClose, ok = rs.nextLocked()
	})
	if doClose {
		rs.Close()
	}
	return ok
}

// nextLocked reads the next row into lastcols; doClose asks the caller
// to close the Rows, which it cannot do while holding closemu.
func (rs *Rows) nextLocked() (doClose, ok bool) {
	if rs.closed {
		return false, false
	}
	// The connection's lock keeps a Tx from rolling back under the driver.
	rs.dc.Lock()
	defer rs.dc.Unlock()

	if rs.lastcols == nil {
		rs.lastcols = make([]driver.Value, len(rs.rowsi.Columns()))
	}
	rs.lasterr = rs.rowsi.Next(rs.lastcols)
	if rs.lasterr == nil {
		return false, true
	}
	if rs.lasterr != io.EOF {
		return true, false
	}
	// At the end of this result set the Rows stay open only if
	// another result set follows, for NextResultSet.
	nextResultSet, ok := rs.rowsi.(driver.RowsNextResultSet)
	if !ok {
		return true, false
	}
	return !nextResultSet.HasNextResultSet(), false
}

// NextResultSet moves to the next result set of a query that has
// several, reporting whether there is one (false on an error too, which
// Err tells apart). Next must be called before scanning the new set,
// which may be empty.
func (rs *Rows) NextResultSet() bool {
	var doClose, ok bool
	withLock(rs.closemu.RLocker(), func() {
		doClose, ok = rs.nextResultSetLocked()
	})
	if doClose {
		rs.Close()
	}
	return ok
}

func (rs *Rows) nextResultSetLocked() (doClose, ok bool) {
	if rs.closed {
		return false, false
	}
	rs.lastcols = nil
	nextResultSet, ok := rs.rowsi.(driver.RowsNextResultSet)
	if !ok {
		return true, false
	}
	// The connection's lock keeps a Tx from rolling back under the driver.
	rs.dc.Lock()
	defer rs.dc.Unlock()
	rs.lasterr = nextResultSet.NextResultSet()
	if rs.lasterr != nil {
		return true, false
	}
	return false, true
}

// Err returns the error that ended the iteration, if any; io.EOF, the
// normal end, is not one. It works after Close too.
func (rs *Rows) Err() error {
	rs.closemu.RLock()
	defer rs.closemu.RUnlock()
	return rs.lasterrOrErrLocked(nil)
}

var errRowsClosed = errors.New("sql: Rows are closed")
var errNoRows = errors.New("sql: no Rows available")

// Columns returns the names of the columns; it fails once the Rows are
// closed.
func (rs *Rows) Columns() ([]string, error) {
	var names []string
	err := rs.withDriverRows(func() {
		names = rs.rowsi.Columns()
	})
	return names, err
}

// ColumnTypes describes the columns with what the driver knows of them.
func (rs *Rows) ColumnTypes() ([]*ColumnType, error) {
	var list []*ColumnType
	err := rs.withDriverRows(func() {
		list = rowsColumnInfoSetupConnLocked(rs.rowsi)
	})
	return list, err
}

// withDriverRows runs fn with the driver rows and connection locked, if
// the Rows are still open.
func (rs *Rows) withDriverRows(fn func()) error {
	rs.closemu.RLock()
	defer rs.closemu.RUnlock()
	if rs.closed {
		return rs.lasterrOrErrLocked(errRowsClosed)
	}
	if rs.rowsi == nil {
		return rs.lasterrOrErrLocked(errNoRows)
	}
	withLock(rs.dc, fn)
	return nil
}

// ColumnType describes a column of a query's result. The driver may know
// only some of its properties.
type ColumnType struct {
	name string

	hasNullable       bool
	hasLength         bool
	hasPrecisionScale bool

	nullable     bool
	length       int64
	databaseType string
	precision    int64
	scale        int64
	scanType     reflect.Type
}

// Name returns the column's name or alias.
func (ci *ColumnType) Name() string {
	return ci.name
}

// Length returns the length of a column of variable length (text or
// binary), math.MaxInt64 meaning unlimited; ok is false for other types
// or when the driver does not tell.
func (ci *ColumnType) Length() (length int64, ok bool) {
	return ci.length, ci.hasLength
}

// DecimalSize returns the precision and scale of a decimal column; ok is
// false for other types or when the driver does not tell.
func (ci *ColumnType) DecimalSize() (precision, scale int64, ok bool) {
	return ci.precision, ci.scale, ci.hasPrecisionScale
}

// ScanType returns a Go type Rows.Scan can store the column into, or
// the empty interface's type when the driver does not tell.
func (ci *ColumnType) ScanType() reflect.Type {
	return ci.scanType
}

// Nullable reports whether the column may hold NULL; ok is false when
// the driver does not tell.
func (ci *ColumnType) Nullable() (nullable, ok bool) {
	return ci.nullable, ci.hasNullable
}

// DatabaseTypeName returns the database's uppercase name of the column
// type, without its length: "VARCHAR", "INT", "BIGINT", "DECIMAL",
// "BOOL" and so on (see the driver's documentation). It is empty when
// the driver does not tell.
func (ci *ColumnType) DatabaseTypeName() string {
	return ci.databaseType
}

// rowsColumnInfoSetupConnLocked asks the driver rows for each
// optional column property it implements.
func rowsColumnInfoSetupConnLocked(rowsi driver.Rows) []*ColumnType {
	names := rowsi.Columns()
	list := make([]*ColumnType, len(names))
	for i, name := range names {
		ci := &ColumnType{name: name, scanType: reflect.TypeOf(new(any)).Elem()}
		if prop, ok := rowsi.(driver.RowsColumnTypeScanType); ok {
			ci.scanType = prop.ColumnTypeScanType(i)
		}
		if prop, ok := rowsi.(driver.RowsColumnTypeDatabaseTypeName); ok {
			ci.databaseType = prop.ColumnTypeDatabaseTypeName(i)
		}
		if prop, ok := rowsi.(driver.RowsColumnTypeLength); ok {
			ci.length, ci.hasLength = prop.ColumnTypeLength(i)
		}
		if prop, ok := rowsi.(driver.RowsColumnTypeNullable); ok {
			ci.nullable, ci.hasNullable = prop.ColumnTypeNullable(i)
		}
		if prop, ok := rowsi.(driver.RowsColumnTypePrecisionScale); ok {
			ci.precision, ci.scale, ci.hasPrecisionScale = prop.ColumnTypePrecisionScale(i)
		}
		list[i] = ci
	}
	return list
}

// Scan stores the columns of the current row into dest, one pointer per
// column. Besides any Scanner, it accepts pointers to
//
//	string, []byte, RawBytes, bool, time.Time,
//	signed and unsigned integers of every size, float32, float64,
//	interface{}, and *Rows for a column holding a cursor.
//
// Between numbers, strings and []byte the value is converted when no
// information is lost (a string column may fill an *int if it holds a
// decimal number that fits); a bool destination accepts what
// strconv.ParseBool does, and the integers 0 and 1; a NULL column sets a
// pointer destination to nil and fails for a non-pointer one. A *RawBytes
// destination avoids a copy but is only valid until the next call to
// Next, Scan, or Close.
func (rs *Rows) Scan(dest ...any) error {
	rs.closemu.RLock()
	if rs.lasterr != nil && rs.lasterr != io.EOF {
		rs.closemu.RUnlock()
		return rs.lasterr
	}
	if rs.closed {
		err := rs.lasterrOrErrLocked(errRowsClosed)
		rs.closemu.RUnlock()
		return err
	}
	rs.closemu.RUnlock()

	if rs.lastcols == nil {
		return errors.New("sql: Scan called without calling Next")
	}
	if len(dest) != len(rs.lastcols) {
		return fmt.Errorf("sql: expected %d destination arguments in Scan, not %d", len(rs.lastcols), len(dest))
	}
	for i, sv := range rs.lastcols {
		if err := convertAssignRows(dest[i], sv, rs); err != nil {
			return fmt.Errorf(`sql: Scan error on column index %d, name %q: %w`, i, rs.rowsi.Columns()[i], err)
		}
	}
	return nil
}

// rowsCloseHook gives the hook, if any, that tests run when Rows close;
// it is a function so that tests can swap it under their own lock.
var rowsCloseHook = func() func(*Rows, *error) { return nil }

// Close ends the iteration and gives back the connection. It is done
// automatically when Next reaches the end; calling it again does
// nothing, and Err is not affected.
func (rs *Rows) Close() error {
	return rs.close(nil)
}

// close ends the Rows; err, the reason from awaitDone, becomes the error
// reported by Err unless an earlier one is already recorded.
func (rs *Rows) close(err error) error {
	rs.closemu.Lock()
	defer rs.closemu.Unlock()

	if rs.closed {
		return nil
	}
	rs.closed = true
	if rs.lasterr == nil {
		rs.lasterr = err
	}

	withLock(rs.dc, func() {
		err = rs.rowsi.Close()
	})
	if fn := rowsCloseHook(); fn != nil {
		fn(rs, &err)
	}
	if rs.cancel != nil {
		rs.cancel()
	}
	if rs.closeStmt != nil {
		rs.closeStmt.Close()
	}
	rs.releaseConn(err)

	rs.lasterr = rs.lasterrOrErrLocked(err)
	return err
}

// Row is the result of QueryRow: one row, or the error that prevented it.
type Row struct {
	// err, if not nil, is returned by Scan; rows is then nil.
	err  error // the query's error, returned by Scan
	rows *Rows
}

// Scan stores the columns of the first row into dest like Rows.Scan, and
// discards the other rows; with no row at all it returns ErrNoRows.
func (r *Row) Scan(dest ...any) error {
	if r.err != nil {
		return r.err
	}
	defer r.rows.Close()
	// RawBytes would point into the driver's memory, which Close
	// (below) may release before the caller reads it.
	for _, dp := range dest {
		if _, ok := dp.(*RawBytes); ok {
			return errors.New("sql: RawBytes isn't allowed on Row.Scan")
		}
	}
	if !r.rows.Next() {
		if err := r.rows.Err(); err != nil {
			return err
		}
		return ErrNoRows
	}
	if err := r.rows.Scan(dest...); err != nil {
		return err
	}
	// Closing reports an error that came after the row.
	return r.rows.Close()
}

// Err returns the error of running the query, if any, which Scan would
// return; it lets wrappers check without scanning.
func (r *Row) Err() error {
	return r.err
}
