package sql

// This file holds Conn, one connection taken out of the pool for a
// series of operations in the same database session.

import (
	"context"
	"database/sql/driver"
	"errors"
	"sync"
	"sync/atomic"
)

// ErrConnDone is the error of every operation on a Conn after its Close.
var ErrConnDone = errors.New("sql: connection is already closed")

// releaseConn gives a borrowed connection back, err saying how the
// operation on it ended.
type releaseConn func(error)

// Conn is one connection taken out of the pool, so that a series of
// operations shares its database session; use the DB itself unless they
// must. Close gives the connection back (it may be called while a query
// runs, and waits for it); afterwards every operation fails with
// ErrConnDone.
type Conn struct {
	db *DB

	// closemu is held for reading by every running operation and
	// exclusively by close, which so waits for them to finish.
	closemu sync.RWMutex

	// dc is the connection until close gives it back to the pool.
	dc *driverConn

	// done is set to 1 once the Conn is closed; accessed atomically.
	done int32
}

// grabConn takes the Conn's connection for one operation; the returned
// release must be called when it ends.
func (c *Conn) grabConn(context.Context) (*driverConn, releaseConn, error) {
	if atomic.LoadInt32(&c.done) != 0 {
		return nil, nil, ErrConnDone
	}
	c.closemu.RLock()
	return c.dc, c.closemuRUnlockCondReleaseConn, nil
}

// PingContext checks that the connection still works.
func (c *Conn) PingContext(ctx context.Context) error {
	dc, release, err := c.grabConn(ctx)
	if err != nil {
		return err
	}
	return c.db.pingDC(ctx, dc, release)
}

// ExecContext runs a query that returns no rows, such as an INSERT, with
// args for its placeholders.
func (c *Conn) ExecContext(ctx context.Context, query string, args ...any) (Result, error) {
	dc, release, err := c.grabConn(ctx)
	if err != nil {
		return nil, err
	}
	return c.db.execDC(ctx, dc, release, query, args)
}

// QueryContext runs a query that returns rows, such as a SELECT, with
// args for its placeholders.
func (c *Conn) QueryContext(ctx context.Context, query string, args ...any) (*Rows, error) {
	dc, release, err := c.grabConn(ctx)
	if err != nil {
		return nil, err
	}
	return c.db.queryDC(ctx, nil, dc, release, query, args)
}

// QueryRowContext runs a query for at most one row. The returned Row is
// never nil: an error, or ErrNoRows when nothing matched, comes out of its
// Scan, which reads the first row and discards the rest.
func (c *Conn) QueryRowContext(ctx context.Context, query string, args ...any) *Row {
	rows, err := c.QueryContext(ctx, query, args...)
	return &Row{rows: rows, err: err}
}

// PrepareContext prepares query on this connection. The statement may
// be run by several goroutines at once and must be closed after use; ctx
// is for preparing it only.
func (c *Conn) PrepareContext(ctx context.Context, query string) (*Stmt, error) {
	dc, release, err := c.grabConn(ctx)
	if err != nil {
		return nil, err
	}
	return c.db.prepareDC(ctx, dc, release, c, query)
}

// Raw calls f with the driver's own connection (a driver.Conn), which f
// must not keep. Unless f fails with driver.ErrBadConn (or panics), the
// Conn stays usable afterwards.
func (c *Conn) Raw(f func(driverConn any) error) (err error) {
	dc, release, err := c.grabConn(nil)
	if err != nil {
		return err
	}
	// A panic in f leaves the driver connection in an unknown state:
	// give it back as bad.
	fPanic := true
	dc.Mutex.Lock()
	defer func() {
		dc.Mutex.Unlock()
		if fPanic {
			err = driver.ErrBadConn
		}
		release(err)
	}()
	err = f(dc.ci)
	fPanic = false
	return err
}

// BeginTx starts a transaction on this connection. The transaction is
// rolled back if ctx ends before Commit or Rollback (Commit then fails).
// opts may be nil for the defaults; a driver that cannot honour them
// returns an error.
func (c *Conn) BeginTx(ctx context.Context, opts *TxOptions) (*Tx, error) {
	dc, release, err := c.grabConn(ctx)
	if err != nil {
		return nil, err
	}
	return c.db.beginDC(ctx, dc, release, opts)
}

// closemuRUnlockCondReleaseConn ends one operation; a connection found
// bad also closes the Conn, since it cannot be used any more.
func (c *Conn) closemuRUnlockCondReleaseConn(err error) {
	c.closemu.RUnlock()
	if errors.Is(err, driver.ErrBadConn) {
		c.close(err)
	}
}

// txCtx is nil: a Conn, unlike a Tx, has no context of its own.
func (c *Conn) txCtx() context.Context {
	return nil
}

func (c *Conn) close(err error) error {
	if !atomic.CompareAndSwapInt32(&c.done, 0, 1) {
		return ErrConnDone
	}
	// Wait for running operations, then return the connection.
	c.closemu.Lock()
	defer c.closemu.Unlock()
	c.dc.releaseConn(err)
	c.dc = nil
	c.db = nil
	return err
}

// Close gives the connection back to the pool after waiting for the
// operations running on it (canceling their context first ends them
// sooner). Every later operation fails with ErrConnDone.
func (c *Conn) Close() error {
	return c.close(nil)
}
