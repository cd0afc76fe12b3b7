package sql

// This file calls into the driver through its context-aware optional
// interfaces when it has them, and otherwise through the original
// interfaces, checking the context for cancellation around the call.

import (
	"context"
	"database/sql/driver"
	"errors"
)

// ctxDriverPrepare prepares query on ci. A statement prepared by the old
// interface after ctx was canceled is closed again.
func ctxDriverPrepare(ctx context.Context, ci driver.Conn, query string) (driver.Stmt, error) {
	if ciCtx, ok := ci.(driver.ConnPrepareContext); ok {
		return ciCtx.PrepareContext(ctx, query)
	}
	si, err := ci.Prepare(query)
	if err == nil && ctx.Err() != nil {
		si.Close()
		return nil, ctx.Err()
	}
	return si, err
}

// ctxDriverExec runs query directly on the connection; exactly one of
// execerCtx and execer is non-nil.
func ctxDriverExec(ctx context.Context, execerCtx driver.ExecerContext, execer driver.Execer, query string, nvdargs []driver.NamedValue) (driver.Result, error) {
	if execerCtx != nil {
		return execerCtx.ExecContext(ctx, query, nvdargs)
	}
	dargs, err := valuesBeforeCall(ctx, nvdargs)
	if err != nil {
		return nil, err
	}
	return execer.Exec(query, dargs)
}

// ctxDriverQuery runs query directly on the connection; exactly one of
// queryerCtx and queryer is non-nil.
func ctxDriverQuery(ctx context.Context, queryerCtx driver.QueryerContext, queryer driver.Queryer, query string, nvdargs []driver.NamedValue) (driver.Rows, error) {
	if queryerCtx != nil {
		return queryerCtx.QueryContext(ctx, query, nvdargs)
	}
	dargs, err := valuesBeforeCall(ctx, nvdargs)
	if err != nil {
		return nil, err
	}
	return queryer.Query(query, dargs)
}

// ctxDriverStmtExec executes the prepared statement si.
func ctxDriverStmtExec(ctx context.Context, si driver.Stmt, nvdargs []driver.NamedValue) (driver.Result, error) {
	if siCtx, ok := si.(driver.StmtExecContext); ok {
		return siCtx.ExecContext(ctx, nvdargs)
	}
	dargs, err := valuesBeforeCall(ctx, nvdargs)
	if err != nil {
		return nil, err
	}
	return si.Exec(dargs)
}

// ctxDriverStmtQuery queries with the prepared statement si.
func ctxDriverStmtQuery(ctx context.Context, si driver.Stmt, nvdargs []driver.NamedValue) (driver.Rows, error) {
	if siCtx, ok := si.(driver.StmtQueryContext); ok {
		return siCtx.QueryContext(ctx, nvdargs)
	}
	dargs, err := valuesBeforeCall(ctx, nvdargs)
	if err != nil {
		return nil, err
	}
	return si.Query(dargs)
}

// valuesBeforeCall prepares a call through an interface without
// context: it strips the names off the arguments and fails if ctx is
// already done, since the call itself cannot be interrupted.
func valuesBeforeCall(ctx context.Context, nvdargs []driver.NamedValue) ([]driver.Value, error) {
	dargs, err := namedValueToValue(nvdargs)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return dargs, nil
}

// ctxDriverBegin starts a transaction on ci. Without ConnBeginTx only
// the default options can be honoured.
func ctxDriverBegin(ctx context.Context, opts *TxOptions, ci driver.Conn) (driver.Tx, error) {
	if ciCtx, ok := ci.(driver.ConnBeginTx); ok {
		dopts := driver.TxOptions{}
		if opts != nil {
			dopts.Isolation = driver.IsolationLevel(opts.Isolation)
			dopts.ReadOnly = opts.ReadOnly
		}
		return ciCtx.BeginTx(ctx, dopts)
	}
	if opts != nil && opts.Isolation != LevelDefault {
		return nil, errors.New("sql: driver does not support non-default isolation level")
	}
	if opts != nil && opts.ReadOnly {
		return nil, errors.New("sql: driver does not support read-only transactions")
	}
	txi, err := ci.Begin()
	if err == nil && ctx.Err() != nil {
		txi.Rollback()
		return nil, ctx.Err()
	}
	return txi, err
}

// namedValueToValue drops the names and ordinals, which the original
// driver interfaces have no room for; a named argument is an error.
func namedValueToValue(named []driver.NamedValue) ([]driver.Value, error) {
	dargs := make([]driver.Value, len(named))
	for i, param := range named {
		if len(param.Name) > 0 {
			return nil, errors.New("sql: driver does not support the use of Named Parameters")
		}
		dargs[i] = param.Value
	}
	return dargs, nil
}
