//! Finds `yield` in a function body, to set `FunctionDef.is_generator`,
//! `Stmt.has_yield` and `FunctionDef.flat_generator`. Nested functions,
//! lambdas and classes have bodies of their own and are skipped; a
//! comprehension's first iterable runs in the enclosing scope.

use crate::ast::*;

pub(crate) fn body_has_yield(body: &[Stmt]) -> bool {
    // Each statement worked this out when it was built.
    body.iter().any(|s| s.has_yield)
}

/// Whether every `yield` in `body` is a statement (`yield v`, `x = yield v`,
/// `yield from v`, `x = yield from v`) nested only in `for`, `while` and
/// `if` blocks, `with` blocks and the `try` blocks of `try` statements, with
/// no `yield` in their headers: such a generator is suspended between
/// statements, so where it stopped is a path of statement indexes, not a
/// native stack.
pub(crate) fn flat_resumable(body: &[Stmt]) -> bool {
    body.iter().all(|s| {
        !s.has_yield
            || match &s.kind {
                StmtKind::Expr(x) => plain_yield(x),
                StmtKind::Assign { targets, value } => {
                    plain_yield(value) && !targets.iter().any(expr_has_yield)
                }
                StmtKind::For {
                    target,
                    iter,
                    body,
                    orelse,
                    ..
                } => {
                    !expr_has_yield(target)
                        && !expr_has_yield(iter)
                        && flat_resumable(body)
                        && flat_resumable(orelse)
                }
                StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                    !expr_has_yield(test) && flat_resumable(body) && flat_resumable(orelse)
                }
                // Suspended only in the `try` block: the handlers, `else`
                // and `finally` then run whole, as in any function.
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                } => {
                    flat_resumable(body)
                        && !handlers
                            .iter()
                            .any(|h| opt(&h.typ) || body_has_yield(&h.body))
                        && !body_has_yield(orelse)
                        && !body_has_yield(finalbody)
                }
                StmtKind::With {
                    items,
                    body,
                    is_async: false,
                } => {
                    !items
                        .iter()
                        .any(|i| expr_has_yield(&i.context) || opt(&i.target))
                        && flat_resumable(body)
                }
                _ => false,
            }
    })
}

/// `yield`, `yield v` or `yield from v` where `v` itself yields nothing.
fn plain_yield(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::Yield(v) => !v.as_deref().is_some_and(expr_has_yield),
        ExprKind::YieldFrom(v) => !expr_has_yield(v),
        _ => false,
    }
}

fn opt(x: &Option<Expr>) -> bool {
    x.as_ref().is_some_and(expr_has_yield)
}

pub(crate) fn stmt_kind_has_yield(kind: &StmtKind) -> bool {
    match kind {
        StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) => false,
        StmtKind::Return(v) => opt(v),
        StmtKind::Delete(v) => v.iter().any(expr_has_yield),
        StmtKind::Assign { targets, value } => {
            expr_has_yield(value) || targets.iter().any(expr_has_yield)
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr_has_yield(target) || expr_has_yield(value)
        }
        StmtKind::AnnAssign { target, value, .. } => expr_has_yield(target) || opt(value),
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            expr_has_yield(target)
                || expr_has_yield(iter)
                || body_has_yield(body)
                || body_has_yield(orelse)
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            expr_has_yield(test) || body_has_yield(body) || body_has_yield(orelse)
        }
        StmtKind::With { items, body, .. } => {
            items
                .iter()
                .any(|i| expr_has_yield(&i.context) || opt(&i.target))
                || body_has_yield(body)
        }
        StmtKind::Raise { exc, cause } => opt(exc) || opt(cause),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            body_has_yield(body)
                || handlers
                    .iter()
                    .any(|h| opt(&h.typ) || body_has_yield(&h.body))
                || body_has_yield(orelse)
                || body_has_yield(finalbody)
        }
        StmtKind::Assert { test, msg } => expr_has_yield(test) || opt(msg),
        // Patterns hold only literals and dotted names.
        StmtKind::Match { subject, cases } => {
            expr_has_yield(subject)
                || cases
                    .iter()
                    .any(|c| opt(&c.guard) || body_has_yield(&c.body))
        }
        StmtKind::Expr(x) => expr_has_yield(x),
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
    let any = |v: &[Expr]| v.iter().any(expr_has_yield);
    match &x.kind {
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => true,
        ExprKind::Name { .. } | ExprKind::Constant(_) | ExprKind::Lambda(_) => false,
        ExprKind::FString(parts) => parts_have_yield(parts),
        ExprKind::BoolOp { values, .. } => any(values),
        ExprKind::NamedExpr { value, .. } => expr_has_yield(value),
        ExprKind::BinOp { left, right, .. } => expr_has_yield(left) || expr_has_yield(right),
        ExprKind::UnaryOp { operand, .. } => expr_has_yield(operand),
        ExprKind::IfExp { test, body, orelse } => {
            expr_has_yield(test) || expr_has_yield(body) || expr_has_yield(orelse)
        }
        ExprKind::Dict(items) => items.iter().any(|(k, v)| opt(k) || expr_has_yield(v)),
        ExprKind::Set(v) | ExprKind::List(v) | ExprKind::Tuple(v) => any(v),
        ExprKind::Comprehension(c) => c
            .generators
            .first()
            .is_some_and(|g| expr_has_yield(&g.iter)),
        ExprKind::Compare {
            left, comparators, ..
        } => expr_has_yield(left) || any(comparators),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => expr_has_yield(func) || any(args) || keywords.iter().any(|k| expr_has_yield(&k.value)),
        ExprKind::Attribute { value, .. } => expr_has_yield(value),
        ExprKind::Subscript { value, index } => expr_has_yield(value) || expr_has_yield(index),
        ExprKind::Starred(v) | ExprKind::Await(v) => expr_has_yield(v),
        ExprKind::Slice { lower, upper, step } => [lower, upper, step]
            .iter()
            .any(|p| p.as_ref().is_some_and(|b| expr_has_yield(b))),
    }
}

fn parts_have_yield(parts: &[FStringPart]) -> bool {
    parts.iter().any(|p| match p {
        FStringPart::Literal(_) => false,
        FStringPart::Expr {
            value, format_spec, ..
        } => expr_has_yield(value) || format_spec.as_deref().is_some_and(parts_have_yield),
    })
}
