//! Finds where a function body can suspend, to set `FunctionDef.is_generator`,
//! `Stmt.has_yield` and `FunctionDef.flat_generator`. Nested functions,
//! lambdas and classes have bodies of their own and are skipped; a
//! comprehension's first iterable runs in the enclosing scope.
//!
//! A `def` suspends at `yield`; an `async def` also at `await`, `async for`
//! and `async with` (`awaits`).

use crate::ast::*;

pub(crate) fn body_has_yield(body: &[Stmt]) -> bool {
    // Each statement worked this out when it was built.
    body.iter().any(|s| s.has_yield)
}

/// Whether statement `s` can suspend its function.
pub(crate) fn stmt_suspends(s: &Stmt, awaits: bool) -> bool {
    s.has_yield || (awaits && stmt_kind_suspends(&s.kind, true))
}

/// Whether any statement of `body` can suspend its function.
fn body_suspends(body: &[Stmt], awaits: bool) -> bool {
    body.iter().any(|s| stmt_suspends(s, awaits))
}

/// Whether every place `body` suspends can be laid out as flat steps
/// (`crate::flat`): such a function is suspended at a step number, not on
/// a native stack. A suspension may be a statement of its own or inside
/// the expression of an expression statement, an assignment, an augmented
/// assignment, a `return`, an `if` or `while` test or a `for` iterable
/// (`flat_expr` says which expressions), nested only in `for`, `while`,
/// `if`, `with` and `try` statements (any of their blocks).
pub(crate) fn flat_resumable(body: &[Stmt], awaits: bool) -> bool {
    body.iter()
        .all(|s| !stmt_suspends(s, awaits) || flat_stmt(s, awaits))
}

fn flat_stmt(s: &Stmt, awaits: bool) -> bool {
    let quiet = |x: &Expr| !expr_suspends(x, awaits);
    let flat = |x: &Expr| flat_expr(x, awaits);
    match &s.kind {
        StmtKind::Expr(x) => flat(x),
        StmtKind::Assign { targets, value } => flat(value) && targets.iter().all(quiet),
        StmtKind::AugAssign { target, value, .. } => {
            matches!(
                target.kind,
                ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
            ) && quiet(target)
                && flat(value)
        }
        StmtKind::Return(v) => v.as_ref().is_none_or(flat),
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            is_async: false,
        } => {
            quiet(target)
                && flat(iter)
                && flat_resumable(body, awaits)
                && flat_resumable(orelse, awaits)
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            flat(test) && flat_resumable(body, awaits) && flat_resumable(orelse, awaits)
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            flat_resumable(body, awaits)
                && handlers
                    .iter()
                    .all(|h| h.typ.as_ref().is_none_or(quiet) && flat_resumable(&h.body, awaits))
                && flat_resumable(orelse, awaits)
                && flat_resumable(finalbody, awaits)
        }
        StmtKind::With {
            items,
            body,
            is_async: false,
        } => {
            items
                .iter()
                .all(|i| quiet(&i.context) && i.target.as_ref().is_none_or(quiet))
                && flat_resumable(body, awaits)
        }
        _ => false,
    }
}

/// Whether the flat steps can evaluate `x`: it does not suspend, or it
/// suspends only inside calls (positional and named arguments), operators,
/// single comparisons, `and`/`or`, conditional expressions, attributes,
/// subscripts and displays without `*` or `**`.
pub(crate) fn flat_expr(x: &Expr, awaits: bool) -> bool {
    if !expr_suspends(x, awaits) {
        return true;
    }
    let flat = |x: &Expr| flat_expr(x, awaits);
    let unstarred = |x: &Expr| !matches!(x.kind, ExprKind::Starred(_)) && flat(x);
    match &x.kind {
        ExprKind::Yield(v) => v.as_deref().is_none_or(flat),
        ExprKind::YieldFrom(v)
        | ExprKind::Await(v)
        | ExprKind::UnaryOp { operand: v, .. }
        | ExprKind::Attribute { value: v, .. } => flat(v),
        ExprKind::BinOp { left, right, .. }
        | ExprKind::Subscript {
            value: left,
            index: right,
        } => flat(left) && flat(right),
        ExprKind::Compare {
            left, comparators, ..
        } => comparators.len() == 1 && flat(left) && comparators.iter().all(flat),
        ExprKind::BoolOp { values, .. } => values.iter().all(flat),
        ExprKind::IfExp { test, body, orelse } => flat(test) && flat(body) && flat(orelse),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            flat(func)
                && args.iter().all(unstarred)
                && keywords.iter().all(|k| k.arg.is_some() && flat(&k.value))
        }
        ExprKind::Tuple { items, .. } | ExprKind::List(items) | ExprKind::Set(items) => {
            items.iter().all(unstarred)
        }
        ExprKind::Dict(items) => items
            .iter()
            .all(|(k, v)| k.as_ref().is_some_and(flat) && flat(v)),
        _ => false,
    }
}

fn opt(x: &Option<Expr>, awaits: bool) -> bool {
    x.as_ref().is_some_and(|x| expr_suspends(x, awaits))
}

pub(crate) fn stmt_kind_has_yield(kind: &StmtKind) -> bool {
    stmt_kind_suspends(kind, false)
}

fn stmt_kind_suspends(kind: &StmtKind, awaits: bool) -> bool {
    let ex = |x: &Expr| expr_suspends(x, awaits);
    let opt = |x: &Option<Expr>| opt(x, awaits);
    let body = |b: &[Stmt]| body_suspends(b, awaits);
    match kind {
        StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) => false,
        StmtKind::Return(v) => opt(v),
        StmtKind::Delete(v) => v.iter().any(ex),
        StmtKind::Assign { targets, value } => ex(value) || targets.iter().any(ex),
        StmtKind::AugAssign { target, value, .. } => ex(target) || ex(value),
        StmtKind::AnnAssign { target, value, .. } => ex(target) || value.as_deref().is_some_and(ex),
        StmtKind::For {
            target,
            iter,
            body: b,
            orelse,
            is_async,
        } => (awaits && *is_async) || ex(target) || ex(iter) || body(b) || body(orelse),
        StmtKind::While {
            test,
            body: b,
            orelse,
        }
        | StmtKind::If {
            test,
            body: b,
            orelse,
        } => ex(test) || body(b) || body(orelse),
        StmtKind::With {
            items,
            body: b,
            is_async,
        } => {
            (awaits && *is_async)
                || items.iter().any(|i| ex(&i.context) || opt(&i.target))
                || body(b)
        }
        StmtKind::Raise { exc, cause } => opt(exc) || cause.as_deref().is_some_and(ex),
        StmtKind::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
        } => {
            body(b)
                || handlers.iter().any(|h| opt(&h.typ) || body(&h.body))
                || body(orelse)
                || body(finalbody)
        }
        StmtKind::Assert { test, msg } => ex(test) || msg.as_deref().is_some_and(ex),
        // Patterns hold only literals and dotted names.
        StmtKind::Match { subject, cases } => {
            ex(subject) || cases.iter().any(|c| opt(&c.guard) || body(&c.body))
        }
        StmtKind::Expr(x) => ex(x),
        StmtKind::Import(_)
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => false,
    }
}

pub(crate) fn expr_has_yield(x: &Expr) -> bool {
    expr_suspends(x, false)
}

/// Whether evaluating `x` can suspend its function.
pub(crate) fn expr_suspends(x: &Expr, awaits: bool) -> bool {
    let ex = |x: &Expr| expr_suspends(x, awaits);
    let any = |v: &[Expr]| v.iter().any(ex);
    match &x.kind {
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => true,
        ExprKind::Name { .. } | ExprKind::Constant(_) | ExprKind::Lambda(_) => false,
        ExprKind::FString(parts) => parts_suspend(parts, awaits),
        ExprKind::BoolOp { values, .. } => any(values),
        ExprKind::NamedExpr { value, .. } => ex(value),
        ExprKind::BinOp { left, right, .. } => ex(left) || ex(right),
        ExprKind::UnaryOp { operand, .. } => ex(operand),
        ExprKind::IfExp { test, body, orelse } => ex(test) || ex(body) || ex(orelse),
        ExprKind::Dict(items) => items.iter().any(|(k, v)| opt(k, awaits) || ex(v)),
        ExprKind::Set(v) | ExprKind::List(v) | ExprKind::Tuple { items: v, .. } => any(v),
        // Only the first iterable runs here, but an `await` anywhere in a
        // comprehension suspends the function running it.
        ExprKind::Comprehension(c) => {
            c.generators.first().is_some_and(|g| ex(&g.iter))
                || (awaits
                    && (ex(&c.elt)
                        || opt(&c.value, true)
                        || c.generators
                            .iter()
                            .any(|g| g.is_async || ex(&g.iter) || ex(&g.target) || any(&g.ifs))))
        }
        ExprKind::Compare {
            left, comparators, ..
        } => ex(left) || any(comparators),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => ex(func) || any(args) || keywords.iter().any(|k| ex(&k.value)),
        ExprKind::Attribute { value, .. } => ex(value),
        ExprKind::Subscript { value, index } => ex(value) || ex(index),
        ExprKind::Starred(v) => ex(v),
        ExprKind::Await(v) => awaits || ex(v),
        ExprKind::Slice { lower, upper, step } => [lower, upper, step]
            .iter()
            .any(|p| p.as_ref().is_some_and(|b| ex(b))),
    }
}

fn parts_suspend(parts: &[FStringPart], awaits: bool) -> bool {
    parts.iter().any(|p| match p {
        FStringPart::Literal(_) => false,
        FStringPart::Expr {
            value, format_spec, ..
        } => {
            expr_suspends(value, awaits)
                || format_spec
                    .as_deref()
                    .is_some_and(|s| parts_suspend(s, awaits))
        }
    })
}
