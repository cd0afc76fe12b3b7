package sql

// This file holds Tx, a transaction pinned to one connection until it
// is committed or rolled back — explicitly, or when its context ends.

import (
	"context"
	"database/sql/driver"
	"errors"
	"sync"
	"sync/atomic"
)

// ErrTxDone is the error of every operation on a transaction after its
// Commit or Rollback.
var ErrTxDone = errors.New("sql: transaction has already been committed or rolled back")

// Tx is a transaction in progress, on one connection of the pool.
//
// It ends with Commit or Rollback, or is rolled back when the context
// given to BeginTx ends; afterwards every operation fails with ErrTxDone
// and the statements prepared through Prepare or Stmt are closed.
type Tx struct {
	db *DB

	// closemu is held for reading by every running operation and
	// exclusively while the transaction ends, which so waits for them.
	closemu sync.RWMutex

	// dc is the transaction's connection until it ends, when releaseConn
	// gives it back to the pool.
	dc          *driverConn
	txi         driver.Tx
	releaseConn func(error)

	// done becomes 1, once and atomically, when the transaction ends.
	done int32

	// keepConnOnRollback is true if the driver knows how to reset the
	// connection's session; a rollback caused by the context ending then
	// keeps the connection instead of discarding it.
	keepConnOnRollback bool

	// stmts are the statements to close when the transaction ends.
	stmts struct {
		sync.Mutex
		v []*Stmt
	}

	// ctx lives as long as the transaction; cancel ends it.
	cancel func()
	ctx    context.Context
}

// awaitDone rolls the transaction back when its context ends, whether
// by the caller's cancellation or by Commit and Rollback themselves.
func (tx *Tx) awaitDone() {
	<-tx.ctx.Done()
	// Without a way to reset the session the connection may still be
	// inside the canceled statement: discard it.
	discardConnection := !tx.keepConnOnRollback
	tx.rollback(discardConnection)
}

func (tx *Tx) isDone() bool {
	return atomic.LoadInt32(&tx.done) != 0
}

// close returns the connection to the pool.
func (tx *Tx) close(err error) {
	tx.releaseConn(err)
	tx.dc = nil
	tx.txi = nil
}

// hookTxGrabConn, if set, runs in every successful grabConn. For tests.
var hookTxGrabConn func()

// grabConn takes the transaction's connection for one operation.
func (tx *Tx) grabConn(ctx context.Context) (*driverConn, releaseConn, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	// closemu.RLock must come before the done check: the transaction
	// cannot end while an operation holds it.
	tx.closemu.RLock()
	if tx.isDone() {
		tx.closemu.RUnlock()
		return nil, nil, ErrTxDone
	}
	if hookTxGrabConn != nil {
		hookTxGrabConn()
	}
	return tx.dc, tx.closemuRUnlockRelease, nil
}

func (tx *Tx) txCtx() context.Context {
	return tx.ctx
}

// closemuRUnlockRelease ends one operation; the connection stays with
// the transaction.
func (tx *Tx) closemuRUnlockRelease(error) {
	tx.closemu.RUnlock()
}

// closePrepared closes the statements prepared for the transaction.
func (tx *Tx) closePrepared() {
	tx.stmts.Lock()
	defer tx.stmts.Unlock()
	for _, stmt := range tx.stmts.v {
		stmt.Close()
	}
}

// Commit makes the transaction's changes permanent.
func (tx *Tx) Commit() error {
	// A canceled context has already started (or finished) the
	// rollback; committing now would be a lie.
	if tx.ctx.Err() != nil {
		if atomic.LoadInt32(&tx.done) == 1 {
			return ErrTxDone
		}
		return tx.ctx.Err()
	}
	if !atomic.CompareAndSwapInt32(&tx.done, 0, 1) {
		return ErrTxDone
	}
	return tx.end(false, func() error { return tx.txi.Commit() })
}

// end finishes a transaction whose done flag was just set: it stops
// awaitDone, waits for running operations, runs finish (the driver's
// Commit or Rollback) and gives the connection back, discarded if
// discardConn.
func (tx *Tx) end(discardConn bool, finish func() error) error {
	tx.cancel()
	tx.closemu.Lock()
	tx.closemu.Unlock()

	var err error
	withLock(tx.dc, func() {
		err = finish()
	})
	if !errors.Is(err, driver.ErrBadConn) {
		tx.closePrepared()
	}
	if discardConn {
		err = driver.ErrBadConn
	}
	tx.close(err)
	return err
}

// rollbackHook is called, if set, when a rollback starts. For tests.
var rollbackHook func()

// rollback aborts the transaction and optionally forces the pool to
// discard the connection.
func (tx *Tx) rollback(discardConn bool) error {
	if !atomic.CompareAndSwapInt32(&tx.done, 0, 1) {
		return ErrTxDone
	}
	if rollbackHook != nil {
		rollbackHook()
	}
	return tx.end(discardConn, func() error { return tx.txi.Rollback() })
}

// Rollback discards the transaction's changes.
func (tx *Tx) Rollback() error {
	return tx.rollback(false)
}

// PrepareContext prepares query on the transaction's connection; the
// statement is closed when the transaction ends (Tx.Stmt adapts one
// prepared on the DB). ctx is for preparing only: the statement runs
// under the transaction's context.
func (tx *Tx) PrepareContext(ctx context.Context, query string) (*Stmt, error) {
	dc, release, err := tx.grabConn(ctx)
	if err != nil {
		return nil, err
	}
	stmt, err := tx.db.prepareDC(ctx, dc, release, tx, query)
	if err != nil {
		return nil, err
	}
	tx.addStmt(stmt)
	return stmt, nil
}

// addStmt records a statement to close when the transaction ends.
func (tx *Tx) addStmt(stmt *Stmt) {
	tx.stmts.Lock()
	tx.stmts.v = append(tx.stmts.v, stmt)
	tx.stmts.Unlock()
}

// Prepare is PrepareContext with context.Background.
func (tx *Tx) Prepare(query string) (*Stmt, error) {
	return tx.PrepareContext(context.Background(), query)
}

// StmtContext returns a copy of stmt that runs inside the transaction
// and is closed when it ends. For example:
//
//	debit, err := db.Prepare("UPDATE account SET balance=balance-? WHERE id=?")
//	...
//	tx, err := db.BeginTx(ctx, nil)
//	...
//	res, err := tx.StmtContext(ctx, debit).Exec(10, 42)
//
// ctx is for preparing the statement on the connection if needed, not
// for running it.
func (tx *Tx) StmtContext(ctx context.Context, stmt *Stmt) *Stmt {
	dc, release, err := tx.grabConn(ctx)
	if err != nil {
		return &Stmt{stickyErr: err}
	}
	defer release(nil)

	if tx.db != stmt.db {
		return &Stmt{stickyErr: errors.New("sql: Tx.Stmt: statement from different database used")}
	}
	si, parentStmt, err := tx.driverStmtFor(ctx, dc, stmt)
	if err != nil {
		return &Stmt{stickyErr: err}
	}
	txs := &Stmt{
		db:         tx.db,
		cg:         tx,
		cgds:       &driverStmt{Locker: dc, si: si},
		parentStmt: parentStmt,
		query:      stmt.query,
	}
	if parentStmt != nil {
		// The parent's driver statement is shared: keep it open while
		// the transaction's copy exists.
		tx.db.addDep(parentStmt, txs)
	}
	tx.addStmt(txs)
	return txs
}

// driverStmtFor finds or makes the driver statement of stmt on the
// transaction's connection dc. When it belongs to stmt (parentStmt is
// then stmt), stmt keeps owning it; a statement prepared just for the
// transaction has no parent.
func (tx *Tx) driverStmtFor(ctx context.Context, dc *driverConn, stmt *Stmt) (si driver.Stmt, parentStmt *Stmt, err error) {
	stmt.mu.Lock()
	if stmt.closed || stmt.cg != nil {
		// A closed statement, or one bound to another Tx or Conn, cannot
		// lend its driver statement: prepare the query anew.
		stmt.mu.Unlock()
		withLock(dc, func() {
			si, err = ctxDriverPrepare(ctx, dc.ci, stmt.query)
		})
		return si, nil, err
	}
	stmt.removeClosedStmtLocked()
	for _, v := range stmt.css {
		if v.dc == dc {
			si = v.ds.si
			break
		}
	}
	stmt.mu.Unlock()
	if si == nil {
		var ds *driverStmt
		withLock(dc, func() {
			ds, err = stmt.prepareOnConnLocked(ctx, dc)
		})
		if err != nil {
			return nil, nil, err
		}
		si = ds.si
	}
	return si, stmt, nil
}

// Stmt is StmtContext with context.Background.
func (tx *Tx) Stmt(stmt *Stmt) *Stmt {
	return tx.StmtContext(context.Background(), stmt)
}

// ExecContext runs a query that returns no rows, such as an INSERT,
// inside the transaction.
func (tx *Tx) ExecContext(ctx context.Context, query string, args ...any) (Result, error) {
	dc, release, err := tx.grabConn(ctx)
	if err != nil {
		return nil, err
	}
	return tx.db.execDC(ctx, dc, release, query, args)
}

// Exec is ExecContext with context.Background.
func (tx *Tx) Exec(query string, args ...any) (Result, error) {
	return tx.ExecContext(context.Background(), query, args...)
}

// QueryContext runs a query that returns rows, such as a SELECT,
// inside the transaction.
func (tx *Tx) QueryContext(ctx context.Context, query string, args ...any) (*Rows, error) {
	dc, release, err := tx.grabConn(ctx)
	if err != nil {
		return nil, err
	}
	return tx.db.queryDC(ctx, tx.ctx, dc, release, query, args)
}

// Query is QueryContext with context.Background.
func (tx *Tx) Query(query string, args ...any) (*Rows, error) {
	return tx.QueryContext(context.Background(), query, args...)
}

// QueryRowContext runs a query for at most one row inside the
// transaction. The returned Row is never nil: an error, or ErrNoRows when
// nothing matched, comes out of its Scan, which reads the first row and
// discards the rest.
func (tx *Tx) QueryRowContext(ctx context.Context, query string, args ...any) *Row {
	rows, err := tx.QueryContext(ctx, query, args...)
	return &Row{rows: rows, err: err}
}

// QueryRow is QueryRowContext with context.Background.
func (tx *Tx) QueryRow(query string, args ...any) *Row {
	return tx.QueryRowContext(context.Background(), query, args...)
}
