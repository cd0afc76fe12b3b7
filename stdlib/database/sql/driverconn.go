package sql

// This file holds driverConn and driverStmt, which pair a driver's
// connection or statement with the lock serializing calls into it, and
// the reference counting (addDep, removeDep) that decides when such an
// object, or a Stmt, is finally closed.

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// driverConn wraps a driver.Conn with a mutex, to be held during all
// calls into the Conn: the driver need not be safe for concurrent use.
type driverConn struct {
	db        *DB
	createdAt time.Time

	sync.Mutex  // guards the following
	ci          driver.Conn
	needReset   bool // reset the session before the next use
	closed      bool
	finalClosed bool // ci is closed and nil
	openStmt    map[*driverStmt]bool

	// The following are guarded by db.mu.
	inUse      bool
	returnedAt time.Time // when the connection was created or last returned
	onPut      []func()  // run (with db.mu held) when the conn is next returned
	dbmuClosed bool      // closed, readable under db.mu (removeClosedStmtLocked)
}

// releaseConn gives the connection back to the pool, err telling
// whether it is still usable.
func (dc *driverConn) releaseConn(err error) {
	dc.db.putConn(dc, err, true)
}

func (dc *driverConn) removeOpenStmt(ds *driverStmt) {
	dc.Lock()
	defer dc.Unlock()
	delete(dc.openStmt, ds)
}

// expired reports whether the connection is older than timeout; zero
// means no limit.
func (dc *driverConn) expired(timeout time.Duration) bool {
	if timeout <= 0 {
		return false
	}
	return dc.createdAt.Add(timeout).Before(nowFunc())
}

// resetSession resets the driver session if the connection was used
// since it was last reset.
func (dc *driverConn) resetSession(ctx context.Context) error {
	dc.Lock()
	defer dc.Unlock()
	if !dc.needReset {
		return nil
	}
	if cr, ok := dc.ci.(driver.SessionResetter); ok {
		return cr.ResetSession(ctx)
	}
	return nil
}

// validateConnection marks the connection for a session reset if asked
// and reports whether the driver still considers it usable.
func (dc *driverConn) validateConnection(needsReset bool) bool {
	dc.Lock()
	defer dc.Unlock()
	if needsReset {
		dc.needReset = true
	}
	if cv, ok := dc.ci.(driver.Validator); ok {
		return cv.IsValid()
	}
	return true
}

// prepareLocked prepares query on the connection, whose lock the caller
// holds. A statement of a Tx or Conn (cg != nil) is closed by its owner;
// any other is recorded in openStmt to be closed with the connection.
func (dc *driverConn) prepareLocked(ctx context.Context, cg stmtConnGrabber, query string) (*driverStmt, error) {
	si, err := ctxDriverPrepare(ctx, dc.ci, query)
	if err != nil {
		return nil, err
	}
	ds := &driverStmt{Locker: dc, si: si}
	if cg != nil {
		return ds, nil
	}
	if dc.openStmt == nil {
		dc.openStmt = make(map[*driverStmt]bool)
	}
	dc.openStmt[ds] = true
	return ds, nil
}

// closeDBLocked marks the connection closed and returns the function
// that finally closes it, to be called once db.mu is released.
func (dc *driverConn) closeDBLocked() func() error {
	dc.Lock()
	defer dc.Unlock()
	if dc.closed {
		return func() error { return errors.New("sql: duplicate driverConn close") }
	}
	dc.closed = true
	return dc.db.removeDepLocked(dc, dc)
}

func (dc *driverConn) Close() error {
	dc.Lock()
	if dc.closed {
		dc.Unlock()
		return errors.New("sql: duplicate driverConn close")
	}
	dc.closed = true
	dc.Unlock() // finalClose, run by removeDep, locks dc again

	dc.db.mu.Lock()
	dc.dbmuClosed = true
	fn := dc.db.removeDepLocked(dc, dc)
	dc.db.mu.Unlock()
	return fn()
}

// finalClose closes the connection's statements and then the driver
// connection itself, and lets the pool open a replacement for waiters.
func (dc *driverConn) finalClose() error {
	var openStmt []*driverStmt
	withLock(dc, func() {
		for ds := range dc.openStmt {
			openStmt = append(openStmt, ds)
		}
		dc.openStmt = nil
	})
	for _, ds := range openStmt {
		ds.Close()
	}
	var err error
	withLock(dc, func() {
		dc.finalClosed = true
		err = dc.ci.Close()
		dc.ci = nil
	})

	dc.db.mu.Lock()
	dc.db.numOpen--
	dc.db.maybeOpenNewConnections()
	dc.db.mu.Unlock()

	atomic.AddUint64(&dc.db.numClosed, 1)
	return err
}

// driverStmt pairs a driver.Stmt with the lock of its connection.
type driverStmt struct {
	sync.Locker // the *driverConn
	si          driver.Stmt
	closed      bool
	closeErr    error // result of the first Close, returned again by later ones
}

// Close closes the driver statement once; the caller must not hold its
// connection's lock.
func (ds *driverStmt) Close() error {
	ds.Lock()
	defer ds.Unlock()
	if ds.closed {
		return ds.closeErr
	}
	ds.closed = true
	ds.closeErr = ds.si.Close()
	return ds.closeErr
}

// depSet is the set of objects depending on a finalCloser.
type depSet map[any]bool

// finalCloser is an object closed only when its last dependency goes.
type finalCloser interface {
	// finalClose releases the object once its last dependency is
	// removed; it is called without db.mu held.
	finalClose() error
}

// addDep notes that x is in use by dep; x stays open until removeDep.
func (db *DB) addDep(x finalCloser, dep any) {
	db.mu.Lock()
	defer db.mu.Unlock()
	db.addDepLocked(x, dep)
}

func (db *DB) addDepLocked(x finalCloser, dep any) {
	if db.dep == nil {
		db.dep = make(map[finalCloser]depSet)
	}
	xdep := db.dep[x]
	if xdep == nil {
		xdep = make(depSet)
		db.dep[x] = xdep
	}
	xdep[dep] = true
}

// removeDep notes that x is no longer in use by dep and, if that was
// its last dependency, finally closes x and returns its error.
func (db *DB) removeDep(x finalCloser, dep any) error {
	db.mu.Lock()
	fn := db.removeDepLocked(x, dep)
	db.mu.Unlock()
	return fn()
}

// removeDepLocked removes the dependency and returns what the caller
// must run once db.mu is released: x.finalClose for the last one.
func (db *DB) removeDepLocked(x finalCloser, dep any) func() error {
	xdep, ok := db.dep[x]
	if !ok {
		panic(fmt.Sprintf("unpaired removeDep: no deps for %T", x))
	}
	if !xdep[dep] {
		panic(fmt.Sprintf("unpaired removeDep: no %T dep on %T", dep, x))
	}
	delete(xdep, dep)
	if len(xdep) > 0 {
		return func() error { return nil }
	}
	delete(db.dep, x)
	return x.finalClose
}
