package sql

// This file holds Stmt, a prepared statement.
//
// A statement of the DB is not tied to one connection: css lists the
// connections it has been prepared on, and each execution borrows any
// connection from the pool, preparing the statement there first if
// needed. A statement of a Tx or Conn (cg != nil) has exactly one driver
// statement, cgds, on the pinned connection.

import (
	"context"
	"database/sql/driver"
	"errors"
	"sync"
	"sync/atomic"
)

// connStmt records that a Stmt was prepared on dc as ds.
type connStmt struct {
	dc *driverConn
	ds *driverStmt
}

// stmtConnGrabber is what a Stmt bound to a Tx or Conn runs on.
type stmtConnGrabber interface {
	// grabConn lends the pinned connection for one operation; the
	// releaseConn it returns ends the loan.
	grabConn(context.Context) (*driverConn, releaseConn, error)

	// txCtx is the context of the transaction, or nil; rows of the
	// statement also close when it ends.
	txCtx() context.Context
}

var (
	_ stmtConnGrabber = &Tx{}
	_ stmtConnGrabber = &Conn{}
)

// Stmt is a prepared statement, usable from several goroutines at once.
//
// A Stmt prepared on a Tx or Conn runs on that one connection only and
// fails once the Tx or Conn has ended. A Stmt prepared on the DB lives as
// long as the DB: it is prepared again, transparently, on whichever pooled
// connection runs it.
type Stmt struct {
	// Immutable:
	db        *DB    // the database it was prepared for
	query     string // the statement's text
	stickyErr error  // if set, every operation fails with it

	closemu sync.RWMutex // held by Close exclusively, by operations for reading

	// cg is the Tx or Conn of a bound statement, whose driver statement
	// is cgds; for a statement of the DB cg is nil and css is used.
	cg   stmtConnGrabber
	cgds *driverStmt

	// parentStmt is the DB statement whose driver statement a Tx.Stmt
	// copy borrows; the copy holds a dependency on it, so the user may
	// close the parent while transactions still use it.
	parentStmt *Stmt

	mu     sync.Mutex // guards closed, css and lastNumClosed
	closed bool

	// css lists the connections this DB statement is prepared on.
	css []connStmt

	// lastNumClosed is db.numClosed when css was last pruned of closed
	// connections (see removeClosedStmtLocked).
	lastNumClosed uint64
}

// ExecContext runs the statement with args and returns its Result.
func (s *Stmt) ExecContext(ctx context.Context, args ...any) (Result, error) {
	s.closemu.RLock()
	defer s.closemu.RUnlock()

	var res Result
	err := s.db.retry(func(strategy connReuseStrategy) error {
		dc, releaseConn, ds, err := s.connStmt(ctx, strategy)
		if err != nil {
			return err
		}
		res, err = resultFromStatement(ctx, dc.ci, ds, args...)
		releaseConn(err)
		return err
	})
	return res, err
}

// Exec is ExecContext with context.Background.
func (s *Stmt) Exec(args ...any) (Result, error) {
	return s.ExecContext(context.Background(), args...)
}

// resultFromStatement executes the driver statement ds.
func resultFromStatement(ctx context.Context, ci driver.Conn, ds *driverStmt, args ...any) (Result, error) {
	ds.Lock()
	defer ds.Unlock()
	dargs, err := driverArgsConnLocked(ci, ds, args)
	if err != nil {
		return nil, err
	}
	resi, err := ctxDriverStmtExec(ctx, ds.si, dargs)
	if err != nil {
		return nil, err
	}
	return driverResult{ds.Locker, resi}, nil
}

// removeClosedStmtLocked drops from css the connections that have
// closed. The caller holds s.mu.
//
// Scanning css costs a lock of db.mu, so it is only done once enough
// connections have closed since the last scan (a share of len(css),
// at most 10) for some of them to be likely in css.
func (s *Stmt) removeClosedStmtLocked() {
	t := len(s.css)/2 + 1
	if t > 10 {
		t = 10
	}
	dbClosed := atomic.LoadUint64(&s.db.numClosed)
	if dbClosed-s.lastNumClosed < uint64(t) {
		return
	}
	s.db.mu.Lock()
	kept := s.css[:0]
	for _, cs := range s.css {
		if !cs.dc.dbmuClosed {
			kept = append(kept, cs)
		}
	}
	s.css = kept
	s.db.mu.Unlock()
	s.lastNumClosed = dbClosed
}

// connStmt borrows a connection to run the statement on and returns it
// with its release function and the driver statement prepared there.
func (s *Stmt) connStmt(ctx context.Context, strategy connReuseStrategy) (dc *driverConn, releaseConn func(error), ds *driverStmt, err error) {
	if err = s.stickyErr; err != nil {
		return
	}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		err = errors.New("sql: statement is closed")
		return
	}

	// In a transaction or connection, we always use the connection
	// it is bound to.
	if s.cg != nil {
		s.mu.Unlock()
		dc, releaseConn, err = s.cg.grabConn(ctx) // blocks, waiting for the connection
		if err != nil {
			return
		}
		return dc, releaseConn, s.cgds, nil
	}

	s.removeClosedStmtLocked()
	s.mu.Unlock()

	dc, err = s.db.conn(ctx, strategy)
	if err != nil {
		return nil, nil, nil, err
	}

	s.mu.Lock()
	for _, v := range s.css {
		if v.dc == dc {
			s.mu.Unlock()
			return dc, dc.releaseConn, v.ds, nil
		}
	}
	s.mu.Unlock()

	// Not prepared on this connection yet.
	withLock(dc, func() {
		ds, err = s.prepareOnConnLocked(ctx, dc)
	})
	if err != nil {
		dc.releaseConn(err)
		return nil, nil, nil, err
	}
	return dc, dc.releaseConn, ds, nil
}

// prepareOnConnLocked prepares the statement on dc, whose lock the
// caller holds, and records it in css.
func (s *Stmt) prepareOnConnLocked(ctx context.Context, dc *driverConn) (*driverStmt, error) {
	ds, err := dc.prepareLocked(ctx, s.cg, s.query)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.css = append(s.css, connStmt{dc, ds})
	s.mu.Unlock()
	return ds, nil
}

// QueryContext runs the statement with args and returns its rows.
func (s *Stmt) QueryContext(ctx context.Context, args ...any) (*Rows, error) {
	s.closemu.RLock()
	defer s.closemu.RUnlock()

	var rows *Rows
	err := s.db.retry(func(strategy connReuseStrategy) error {
		dc, releaseConn, ds, err := s.connStmt(ctx, strategy)
		if err != nil {
			return err
		}
		rowsi, err := rowsiFromStatement(ctx, dc.ci, ds, args...)
		if err != nil {
			releaseConn(err)
			return err
		}
		rows = s.newRows(ctx, dc, releaseConn, rowsi)
		return nil
	})
	return rows, err
}

// newRows wraps rowsi; the statement stays open (through a dependency)
// until the rows are closed.
func (s *Stmt) newRows(ctx context.Context, dc *driverConn, releaseConn func(error), rowsi driver.Rows) *Rows {
	rows := &Rows{dc: dc, rowsi: rowsi}
	s.db.addDep(s, rows)
	rows.releaseConn = func(err error) {
		releaseConn(err)
		s.db.removeDep(s, rows)
	}
	var txctx context.Context
	if s.cg != nil {
		txctx = s.cg.txCtx()
	}
	rows.initContextClose(ctx, txctx)
	return rows
}

// Query is QueryContext with context.Background.
func (s *Stmt) Query(args ...any) (*Rows, error) {
	return s.QueryContext(context.Background(), args...)
}

// rowsiFromStatement queries with the driver statement ds.
func rowsiFromStatement(ctx context.Context, ci driver.Conn, ds *driverStmt, args ...any) (driver.Rows, error) {
	ds.Lock()
	defer ds.Unlock()
	dargs, err := driverArgsConnLocked(ci, ds, args)
	if err != nil {
		return nil, err
	}
	return ctxDriverStmtQuery(ctx, ds.si, dargs)
}

// QueryRowContext runs the statement with args for at most one row. The
// returned Row is never nil: an error, or ErrNoRows when nothing matched,
// comes out of its Scan, which reads the first row and discards the rest.
func (s *Stmt) QueryRowContext(ctx context.Context, args ...any) *Row {
	rows, err := s.QueryContext(ctx, args...)
	if err != nil {
		return &Row{err: err}
	}
	return &Row{rows: rows}
}

// QueryRow is QueryRowContext with context.Background. For example:
//
//	var title string
//	err := titleByID.QueryRow(id).Scan(&title)
func (s *Stmt) QueryRow(args ...any) *Row {
	return s.QueryRowContext(context.Background(), args...)
}

// Close releases the statement. Its driver statements close once rows
// still reading from it are closed too.
func (s *Stmt) Close() error {
	s.closemu.Lock()
	defer s.closemu.Unlock()

	if s.stickyErr != nil {
		return s.stickyErr
	}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	txds := s.cgds
	s.cgds = nil
	s.mu.Unlock()

	switch {
	case s.cg == nil:
		// Open Rows keep the statement alive through their dependency.
		return s.db.removeDep(s, s)
	case s.parentStmt != nil:
		// The driver statement is the parent's; only drop our hold on it.
		return s.db.removeDep(s.parentStmt, s)
	default:
		return txds.Close()
	}
}

// finalClose hands each driver statement to its connection to close as
// soon as the connection is not in use.
func (s *Stmt) finalClose() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, v := range s.css {
		s.db.noteUnusedDriverStatement(v.dc, v.ds)
		v.dc.removeOpenStmt(v.ds)
	}
	s.css = nil
	return nil
}
