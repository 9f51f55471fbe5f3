//! Helpers for the grammar's actions: node construction, target checks,
//! argument and parameter order checks.

use crate::ast::*;
use crate::error::SyntaxError;
use std::collections::HashSet;
use std::rc::Rc;

type R<T> = Result<T, SyntaxError>;

/// What the start rule produces.
pub(crate) enum Top {
    Stmts(Vec<Stmt>),
    Expr(Expr),
}

pub(crate) fn e(kind: ExprKind, l: usize, r: usize) -> Expr {
    Expr {
        kind,
        span: Span::new(l, r),
    }
}

/// The parser's stack holds one value per symbol, each as big as the
/// biggest symbol type, and moves them on every shift and reduce: symbols
/// bigger than an `Expr` travel boxed, and are unboxed here when they
/// reach their place in the tree.
pub(crate) fn unbox<T>(v: Vec<Box<T>>) -> Vec<T> {
    v.into_iter().map(|x| *x).collect()
}

pub(crate) fn boxed_stmt(kind: StmtKind, l: usize, r: usize) -> Box<Stmt> {
    Box::new(stmt(kind, l, r))
}

pub(crate) fn stmt(kind: StmtKind, l: usize, r: usize) -> Stmt {
    let has_yield = crate::walk::stmt_kind_has_yield(&kind);
    Stmt {
        kind,
        span: Span::new(l, r),
        has_yield,
    }
}

pub(crate) fn name(id: Name, l: usize, r: usize) -> Expr {
    e(
        ExprKind::Name {
            id,
            scope: NameScope::Unresolved,
            site: Default::default(),
        },
        l,
        r,
    )
}

fn fail<T>(msg: impl Into<String>, span: Span) -> R<T> {
    Err(SyntaxError::new(msg, span))
}

pub(crate) fn binop(a: Expr, op: BinOp, b: Expr, l: usize, r: usize) -> Expr {
    e(
        ExprKind::BinOp {
            left: Box::new(a),
            op,
            right: Box::new(b),
        },
        l,
        r,
    )
}

pub(crate) fn boolop(op: BoolOp, first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
    let mut values = vec![first];
    values.extend(rest);
    e(ExprKind::BoolOp { op, values }, l, r)
}

// The items arrive as the parser's symbols do: boxed (see `unbox`).
#[allow(clippy::vec_box)]
pub(crate) fn compare(left: Expr, rest: Vec<Box<(CmpOp, Expr)>>, l: usize, r: usize) -> Expr {
    let (ops, comparators): (Vec<CmpOp>, Vec<Expr>) = rest.into_iter().map(|x| *x).unzip();
    e(
        ExprKind::Compare {
            left: Box::new(left),
            ops: ops.into_boxed_slice(),
            comparators: comparators.into_boxed_slice(),
        },
        l,
        r,
    )
}

/// `a, b` (or `a,`) is a tuple; a lone item without comma is itself.
pub(crate) fn tuple_or_single(mut v: Vec<Expr>, trailing: bool, l: usize, r: usize) -> Expr {
    if v.len() == 1 && !trailing {
        if let Some(x) = v.pop() {
            return x;
        }
    }
    e(
        ExprKind::Tuple {
            items: v,
            const_site: NOT_CONSTANT,
        },
        l,
        r,
    )
}

/// A value position (return, RHS): a bare `*x` is not allowed there.
pub(crate) fn value(x: Expr) -> R<Expr> {
    if matches!(x.kind, ExprKind::Starred(_)) {
        return fail("can't use starred expression here", x.span);
    }
    Ok(x)
}

// ------------------------------------------------------------------ targets

/// Where a target appears: each context words its errors differently.
#[derive(Clone, Copy, PartialEq)]
enum Ctx {
    Assign,
    Other,
    Del,
}

/// CPython's name for an expression in "cannot assign to ..." messages.
fn describe(x: &Expr) -> &'static str {
    match &x.kind {
        ExprKind::Call { .. } => "function call",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(_) | ExprKind::FString(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Lambda(_) => "lambda",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::Comprehension(c) => match c.kind {
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
            CompKind::Generator => "generator expression",
        },
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        _ => "expression",
    }
}

fn check_target(x: &Expr, ctx: Ctx, top: bool) -> R<()> {
    match &x.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple { items, .. } | ExprKind::List(items) => {
            if ctx != Ctx::Del {
                let stars = items
                    .iter()
                    .filter(|i| matches!(i.kind, ExprKind::Starred(_)))
                    .count();
                if stars > 1 {
                    return fail("multiple starred expressions in assignment", x.span);
                }
            }
            for item in items {
                match &item.kind {
                    ExprKind::Starred(inner) if ctx != Ctx::Del => check_target(inner, ctx, false)?,
                    _ => check_target(item, ctx, false)?,
                }
            }
            Ok(())
        }
        ExprKind::Starred(_) if ctx != Ctx::Del => fail(
            "starred assignment target must be in a list or tuple",
            x.span,
        ),
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) if ctx == Ctx::Assign => {
            fail("assignment to yield expression not possible", x.span)
        }
        ExprKind::Constant(Constant::True | Constant::False | Constant::None) => {
            let verb = if ctx == Ctx::Del {
                "delete"
            } else {
                "assign to"
            };
            fail(format!("cannot {verb} {}", describe(x)), x.span)
        }
        _ => {
            let what = describe(x);
            let msg = match ctx {
                Ctx::Del => format!("cannot delete {what}"),
                Ctx::Assign if top => {
                    format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
                }
                _ => format!("cannot assign to {what}"),
            };
            fail(msg, x.span)
        }
    }
}

/// `with (a, b):` means two context managers, as in CPython 3.9+.
pub(crate) fn with_items(mut items: Vec<WithItem>) -> Vec<WithItem> {
    let split = items.len() == 1
        && items[0].target.is_none()
        && matches!(&items[0].context.kind, ExprKind::Tuple { items: v, .. }
            if !v.is_empty() && !v.iter().any(|x| matches!(x.kind, ExprKind::Starred(_))));
    if split {
        if let Some(WithItem {
            context:
                Expr {
                    kind: ExprKind::Tuple { items: v, .. },
                    ..
                },
            ..
        }) = items.pop()
        {
            return v
                .into_iter()
                .map(|context| WithItem {
                    context,
                    target: None,
                })
                .collect();
        }
    }
    items
}

pub(crate) fn store_target(x: Expr) -> R<Expr> {
    check_target(&x, Ctx::Other, true)?;
    Ok(x)
}

pub(crate) fn for_target(x: Expr) -> R<Expr> {
    store_target(x)
}

pub(crate) fn del_targets(x: Expr) -> R<Vec<Expr>> {
    check_target(&x, Ctx::Del, true)?;
    Ok(match x.kind {
        ExprKind::Tuple { items, .. } => items,
        _ => vec![x],
    })
}

/// `first = rest[0] = ... = value`, or an expression statement.
pub(crate) fn assign(first: Expr, mut rest: Vec<Expr>, l: usize, r: usize) -> R<Stmt> {
    let Some(value) = rest.pop() else {
        return Ok(stmt(StmtKind::Expr(value(first)?), l, r));
    };
    let value = self::value(value)?;
    let mut targets = vec![first];
    targets.extend(rest);
    for (i, t) in targets.iter().enumerate() {
        check_target(t, Ctx::Assign, i == 0)?;
    }
    Ok(stmt(StmtKind::Assign { targets, value }, l, r))
}

pub(crate) fn aug_assign(target: Expr, op: BinOp, v: Expr, l: usize, r: usize) -> R<Stmt> {
    match target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        _ => {
            return fail(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    describe(&target)
                ),
                target.span,
            )
        }
    }
    let value = value(v)?;
    Ok(stmt(StmtKind::AugAssign { target, op, value }, l, r))
}

pub(crate) fn ann_assign(
    target: Expr,
    annotation: Expr,
    v: Option<Expr>,
    l: usize,
    r: usize,
) -> R<Stmt> {
    match target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple { .. } => {
            return fail(
                "only single target (not tuple) can be annotated",
                target.span,
            )
        }
        ExprKind::List(_) => {
            return fail(
                "only single target (not list) can be annotated",
                target.span,
            )
        }
        _ => return fail("illegal target for annotation", target.span),
    }
    // A parenthesized name starts after the statement does.
    let simple = matches!(target.kind, ExprKind::Name { .. }) && target.span.start as usize == l;
    let value = v.map(value).transpose()?.map(Box::new);
    Ok(stmt(
        StmtKind::AnnAssign {
            target,
            annotation: Box::new(annotation),
            value,
            simple,
        },
        l,
        r,
    ))
}

pub(crate) fn walrus(t: Expr, v: Expr, l: usize, r: usize) -> R<Expr> {
    if !matches!(t.kind, ExprKind::Name { .. }) {
        return fail(
            format!("cannot use assignment expressions with {}", describe(&t)),
            t.span,
        );
    }
    Ok(e(
        ExprKind::NamedExpr {
            target: Box::new(t),
            value: Box::new(v),
        },
        l,
        r,
    ))
}

// ---------------------------------------------------------------- statements

pub(crate) fn alias(n: Name, l: usize, _r: usize, asname: Option<(usize, Name, usize)>) -> Alias {
    let target = match &asname {
        Some((al, a, ar)) => name(a.clone(), *al, *ar),
        None => {
            let first = n.split('.').next().unwrap_or(&n);
            name(Rc::from(first), l, l + first.len())
        }
    };
    Alias {
        name: n,
        asname: asname.map(|(_, a, _)| a),
        target,
    }
}

pub(crate) type Elif = (usize, Expr, Vec<Stmt>);

// The items arrive as the parser's symbols do: boxed (see `unbox`).
#[allow(clippy::vec_box)]
pub(crate) fn if_chain(
    l: usize,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<Box<Elif>>,
    orelse: Option<Vec<Stmt>>,
    r: usize,
) -> Stmt {
    // Build from the last `elif` outwards.
    let mut tail = orelse.unwrap_or_default();
    for (el, t, b) in elifs.into_iter().rev().map(|x| *x) {
        tail = vec![stmt(
            StmtKind::If {
                test: t,
                body: b,
                orelse: tail,
            },
            el,
            r,
        )];
    }
    stmt(
        StmtKind::If {
            test,
            body,
            orelse: tail,
        },
        l,
        r,
    )
}

type AsName = (usize, Name, usize);
pub(crate) type ExceptTarget = (Expr, Option<AsName>);

pub(crate) fn handler(
    t: Option<Box<ExceptTarget>>,
    body: Vec<Stmt>,
    l: usize,
    r: usize,
) -> ExceptHandler {
    let (typ, name) = match t.map(|x| *x) {
        Some((typ, n)) => (Some(typ), n.map(|(nl, n, nr)| self::name(n, nl, nr))),
        None => (None, None),
    };
    ExceptHandler {
        typ,
        name,
        body,
        span: Span::new(l, r),
    }
}

// ---------------------------------------------------------------- functions

pub(crate) enum ParamItem {
    Plain(Box<Param>),
    /// `*args` or a bare `*` (with its offset).
    Star(Option<Box<Param>>, usize),
    DoubleStar(Box<Param>),
    /// `/` at this offset.
    Slash(usize),
}

pub(crate) fn param(
    name: Name,
    annotation: Option<Expr>,
    default: Option<Expr>,
    l: usize,
    r: usize,
) -> Box<Param> {
    Box::new(Param {
        name,
        annotation,
        default,
        span: Span::new(l, r),
    })
}

fn build_params(items: Vec<ParamItem>) -> R<Params> {
    let mut p = Params::default();
    let mut star_seen = false;
    let mut bare_star: Option<usize> = None;
    let mut slash_seen = false;
    let mut default_seen = false;
    let mut names: HashSet<Name> = HashSet::new();
    let mut check_dup = |q: &Param| -> R<()> {
        if !names.insert(q.name.clone()) {
            return fail(
                format!("duplicate argument '{}' in function definition", q.name),
                q.span,
            );
        }
        Ok(())
    };
    for item in items {
        if let Some(kw) = &p.kwarg {
            return fail("arguments cannot follow var-keyword argument", kw.span);
        }
        match item {
            ParamItem::Plain(q) => {
                check_dup(&q)?;
                if star_seen {
                    p.kwonly.push(*q);
                } else {
                    if q.default.is_some() {
                        default_seen = true;
                    } else if default_seen {
                        return fail("non-default argument follows default argument", q.span);
                    }
                    p.args.push(*q);
                }
            }
            ParamItem::Slash(at) => {
                let span = Span::new(at, at + 1);
                if slash_seen {
                    return fail("/ may appear only once", span);
                }
                if star_seen {
                    return fail("/ must be ahead of *", span);
                }
                if p.args.is_empty() {
                    // CPython has no better message for a leading `/`.
                    return fail("invalid syntax", span);
                }
                slash_seen = true;
                p.posonly = p.args.len();
            }
            ParamItem::Star(q, at) => {
                if star_seen {
                    return fail("* argument may appear only once", Span::new(at, at + 1));
                }
                star_seen = true;
                match q {
                    Some(q) => {
                        check_dup(&q)?;
                        p.vararg = Some(*q);
                    }
                    None => bare_star = Some(at),
                }
            }
            ParamItem::DoubleStar(q) => {
                check_dup(&q)?;
                p.kwarg = Some(*q);
            }
        }
    }
    if let Some(at) = bare_star {
        if p.kwonly.is_empty() {
            return fail("named arguments must follow bare *", Span::new(at, at + 1));
        }
    }
    Ok(p)
}

/// What follows `def`: the parts of a function definition.
pub(crate) struct FuncParts {
    pub(crate) name: Name,
    pub(crate) params: Vec<ParamItem>,
    pub(crate) returns: Option<Expr>,
    pub(crate) body: Vec<Stmt>,
    /// Where the definition ends.
    pub(crate) end: usize,
}

/// `def` (or `async def`, starting at `l`).
pub(crate) fn funcdef(
    parts: FuncParts,
    decorators: Vec<Expr>,
    is_async: bool,
    l: usize,
) -> R<Stmt> {
    let FuncParts {
        name,
        params,
        returns,
        body,
        end: r,
    } = parts;
    let is_generator = crate::walk::body_has_yield(&body);
    let flat_generator = match (is_async, is_generator) {
        (false, false) => false,
        (false, true) => crate::walk::flat_resumable(&body, false),
        (true, _) => crate::walk::flat_resumable(&body, true),
    };
    let f = FunctionDef {
        name,
        params: build_params(params)?,
        body,
        decorators,
        returns,
        is_lambda: false,
        is_async,
        is_generator,
        flat_generator,
        flat_site: 0,
        span: Span::new(l, r),
        scope: Scope::default(),
    };
    Ok(stmt(StmtKind::FunctionDef(Rc::new(f)), l, r))
}

pub(crate) fn lambda(params: Vec<ParamItem>, body: Expr, l: usize, r: usize) -> R<Expr> {
    let is_generator = crate::walk::expr_has_yield(&body);
    let span = body.span;
    let f = FunctionDef {
        name: Rc::from("<lambda>"),
        params: build_params(params)?,
        body: vec![Stmt {
            kind: StmtKind::Return(Some(body)),
            span,
            has_yield: is_generator,
        }],
        decorators: vec![],
        returns: None,
        is_lambda: true,
        is_async: false,
        is_generator,
        flat_generator: false,
        flat_site: 0,
        span: Span::new(l, r),
        scope: Scope::default(),
    };
    Ok(e(ExprKind::Lambda(Rc::new(f)), l, r))
}

pub(crate) fn classdef(
    name: Name,
    args: Option<Vec<Arg>>,
    body: Vec<Stmt>,
    decorators: Vec<Expr>,
    l: usize,
    r: usize,
) -> R<Stmt> {
    let (bases, keywords) = split_args(args.unwrap_or_default())?;
    let c = ClassDef {
        name,
        bases,
        keywords,
        body,
        decorators,
        span: Span::new(l, r),
        scope: Scope::default(),
    };
    Ok(stmt(StmtKind::ClassDef(Rc::new(c)), l, r))
}

// -------------------------------------------------------------------- calls

pub(crate) enum Arg {
    Pos(Expr),
    /// A bare generator expression argument.
    Gen(Box<Expr>),
    Kw(Box<Keyword>),
    /// `**mapping`, as a keyword without a name.
    DoubleStar(Box<Keyword>),
}

pub(crate) fn keyword(n: Expr, value: Expr, l: usize, r: usize) -> R<Box<Keyword>> {
    match n.kind {
        ExprKind::Name { id, .. } => Ok(Box::new(Keyword {
            arg: Some(id),
            value,
            span: Span::new(l, r),
        })),
        ExprKind::Constant(Constant::True | Constant::False | Constant::None) => {
            fail(format!("cannot assign to {}", describe(&n)), n.span)
        }
        _ => fail(
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            Span::new(l, r),
        ),
    }
}

fn split_args(args: Vec<Arg>) -> R<(Vec<Expr>, Vec<Keyword>)> {
    let n = args.len();
    let mut pos = Vec::new();
    let mut kws: Vec<Keyword> = Vec::new();
    let mut seen_kw = false;
    let mut seen_dstar = false;
    for a in args {
        let x = match a {
            Arg::Gen(g) if n > 1 => {
                return fail("Generator expression must be parenthesized", g.span)
            }
            Arg::Pos(x) => x,
            Arg::Gen(g) => *g,
            Arg::Kw(k) => {
                if let Some(name) = &k.arg {
                    if kws.iter().any(|o| o.arg.as_ref() == Some(name)) {
                        return fail(format!("keyword argument repeated: {name}"), k.span);
                    }
                }
                seen_kw = true;
                kws.push(*k);
                continue;
            }
            Arg::DoubleStar(k) => {
                seen_dstar = true;
                kws.push(*k);
                continue;
            }
        };
        let starred = matches!(x.kind, ExprKind::Starred(_));
        if starred && seen_dstar {
            return fail(
                "iterable argument unpacking follows keyword argument unpacking",
                x.span,
            );
        }
        if !starred && seen_dstar {
            return fail(
                "positional argument follows keyword argument unpacking",
                x.span,
            );
        }
        if !starred && seen_kw {
            return fail("positional argument follows keyword argument", x.span);
        }
        pos.push(x);
    }
    Ok((pos, kws))
}

pub(crate) fn call(f: Expr, args: Vec<Arg>, l: usize, r: usize) -> R<Expr> {
    let (args, keywords) = split_args(args)?;
    Ok(e(
        ExprKind::Call {
            func: Box::new(f),
            args: args.into_boxed_slice(),
            keywords: keywords.into_boxed_slice(),
        },
        l,
        r,
    ))
}

// ----------------------------------------------------------------- displays

/// The inside of `(...)` or `[...]`.
pub(crate) enum Seq {
    Comp(Box<Expr>, Vec<CompFor>),
    Items(Vec<Expr>, bool),
}

// The items arrive as the parser's symbols do: boxed (see `unbox`).
#[allow(clippy::vec_box)]
pub(crate) enum DictSet {
    DictComp(Box<(Expr, Expr)>, Vec<CompFor>),
    SetComp(Box<Expr>, Vec<CompFor>),
    Dict(Vec<Box<(Option<Expr>, Expr)>>),
    Set(Vec<Expr>),
}

pub(crate) fn comp(
    kind: CompKind,
    elt: Expr,
    value: Option<Expr>,
    generators: Vec<CompFor>,
    l: usize,
    r: usize,
) -> Expr {
    e(
        ExprKind::Comprehension(Rc::new(Comprehension {
            kind,
            elt,
            value,
            generators,
            scope: Scope::default(),
            span: Span::new(l, r),
            is_async: false,
        })),
        l,
        r,
    )
}

fn comp_elt(x: &Expr) -> R<()> {
    if matches!(x.kind, ExprKind::Starred(_)) {
        return fail("iterable unpacking cannot be used in comprehension", x.span);
    }
    Ok(())
}

pub(crate) fn paren(s: Option<Seq>, l: usize, r: usize) -> R<Expr> {
    Ok(match s {
        None => e(
            ExprKind::Tuple {
                items: vec![],
                const_site: NOT_CONSTANT,
            },
            l,
            r,
        ),
        Some(Seq::Comp(x, c)) => {
            comp_elt(&x)?;
            comp(CompKind::Generator, *x, None, c, l, r)
        }
        Some(Seq::Items(mut v, trailing)) => {
            if v.len() == 1 && !trailing {
                if let Some(x) = v.pop() {
                    if matches!(x.kind, ExprKind::Starred(_)) {
                        return fail("cannot use starred expression here", x.span);
                    }
                    return Ok(x);
                }
            }
            e(
                ExprKind::Tuple {
                    items: v,
                    const_site: NOT_CONSTANT,
                },
                l,
                r,
            )
        }
    })
}

pub(crate) fn list(s: Option<Seq>, l: usize, r: usize) -> R<Expr> {
    Ok(match s {
        None => e(ExprKind::List(vec![]), l, r),
        Some(Seq::Comp(x, c)) => {
            comp_elt(&x)?;
            comp(CompKind::List, *x, None, c, l, r)
        }
        Some(Seq::Items(v, _)) => e(ExprKind::List(v), l, r),
    })
}

pub(crate) fn dict_or_set(d: Option<DictSet>, l: usize, r: usize) -> R<Expr> {
    Ok(match d {
        None => e(ExprKind::Dict(vec![]), l, r),
        Some(DictSet::DictComp(kv, c)) => {
            let (k, v) = *kv;
            comp(CompKind::Dict, k, Some(v), c, l, r)
        }
        Some(DictSet::SetComp(x, c)) => {
            comp_elt(&x)?;
            comp(CompKind::Set, *x, None, c, l, r)
        }
        Some(DictSet::Dict(v)) => e(ExprKind::Dict(unbox(v)), l, r),
        Some(DictSet::Set(v)) => e(ExprKind::Set(v), l, r),
    })
}

// ------------------------------------------------------------------ match

pub(crate) fn prepend<T>(first: T, rest: Vec<T>) -> Vec<T> {
    let mut v = Vec::with_capacity(rest.len() + 1);
    v.push(first);
    v.extend(rest);
    v
}

/// `match a, *b:`: the subject is a tuple.
pub(crate) fn subject_tuple(first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
    e(
        ExprKind::Tuple {
            items: prepend(first, rest),
            const_site: NOT_CONSTANT,
        },
        l,
        r,
    )
}

pub(crate) fn pattern(kind: PatternKind, l: usize, r: usize) -> Pattern {
    Pattern {
        kind,
        span: Span::new(l, r),
    }
}

/// `None`, `True` and `False` are compared by identity, other literals by
/// equality.
pub(crate) fn literal_pattern(x: Expr, l: usize, r: usize) -> Pattern {
    let kind = match &x.kind {
        ExprKind::Constant(c @ (Constant::None | Constant::True | Constant::False)) => {
            PatternKind::MatchSingleton(c.clone())
        }
        _ => PatternKind::MatchValue(x),
    };
    pattern(kind, l, r)
}

/// A bare name captures the subject; `_` is the wildcard.
pub(crate) fn capture_pattern(n: Name, l: usize, r: usize) -> Pattern {
    let name = (&*n != "_").then(|| name(n, l, r));
    pattern(
        PatternKind::MatchAs {
            pattern: None,
            name,
        },
        l,
        r,
    )
}

/// `*name` (or `*_`) in a sequence pattern.
pub(crate) fn star_pattern(n: Name, nl: usize, l: usize, r: usize) -> Pattern {
    let name = (&*n != "_").then(|| name(n, nl, r));
    pattern(PatternKind::MatchStar(name), l, r)
}

/// The name after `**` in a mapping pattern.
pub(crate) fn capture_target(n: Name, l: usize, r: usize) -> R<Expr> {
    if &*n == "_" {
        return fail("invalid syntax", Span::new(l, r));
    }
    Ok(name(n, l, r))
}

pub(crate) fn as_pattern(p: Pattern, n: Name, nl: usize, nr: usize, l: usize) -> R<Pattern> {
    if &*n == "_" {
        return fail("cannot use '_' as a target", Span::new(nl, nr));
    }
    Ok(pattern(
        PatternKind::MatchAs {
            pattern: Some(Box::new(p)),
            name: Some(name(n, nl, nr)),
        },
        l,
        nr,
    ))
}

/// The number inside a signed number (`-1` holds `1`).
fn unsigned(x: &Expr) -> &Expr {
    match &x.kind {
        ExprKind::UnaryOp { operand, .. } => operand,
        _ => x,
    }
}

/// `real + imaginary` or `real - imaginary` in a pattern.
pub(crate) fn complex_literal(re: Expr, op: BinOp, im: Expr, l: usize, r: usize) -> R<Expr> {
    let num = unsigned(&re);
    if matches!(num.kind, ExprKind::Constant(Constant::Complex(_))) {
        return fail("real number required in complex literal", num.span);
    }
    if !matches!(im.kind, ExprKind::Constant(Constant::Complex(_))) {
        return fail("imaginary number required in complex literal", im.span);
    }
    Ok(binop(re, op, im, l, r))
}

// The items arrive as the parser's symbols do: boxed (see `unbox`).
#[allow(clippy::vec_box)]
pub(crate) fn mapping_pattern(
    items: Vec<Box<(Expr, Pattern)>>,
    rest: Option<Expr>,
    l: usize,
    r: usize,
) -> Pattern {
    let (keys, patterns) = items.into_iter().map(|x| *x).unzip();
    pattern(
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        },
        l,
        r,
    )
}

/// A class pattern's argument: `p` or `name=p`.
pub(crate) enum ClassArg {
    Pos(Box<Pattern>),
    Kw(Name, Box<Pattern>),
}

pub(crate) fn class_pattern(cls: Expr, args: Vec<ClassArg>, l: usize, r: usize) -> R<Pattern> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    // CPython blames the first run of positional patterns after a keyword.
    let mut misplaced: Option<Span> = None;
    let mut run_open = false;
    for arg in args {
        match arg {
            ClassArg::Pos(p) => {
                if !kwd_attrs.is_empty() {
                    match &mut misplaced {
                        None => {
                            misplaced = Some(p.span);
                            run_open = true;
                        }
                        Some(span) if run_open => span.end = p.span.end,
                        Some(_) => {}
                    }
                }
                patterns.push(*p);
            }
            ClassArg::Kw(n, p) => {
                run_open = false;
                kwd_attrs.push(n);
                kwd_patterns.push(*p);
            }
        }
    }
    if let Some(span) = misplaced {
        return fail("positional patterns follow keyword patterns", span);
    }
    Ok(pattern(
        PatternKind::MatchClass(Box::new(ClassPattern {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
            attr_sites: 0,
            class_site: 0,
        })),
        l,
        r,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::{StrTok, Tok};
    use std::mem::size_of;

    /// Every type a grammar symbol carries, as named in `python.lalrpop`.
    /// The parser's stack entries are as big as the biggest of them, and
    /// are moved on every shift and reduce: a symbol bigger than an `Expr`
    /// makes every token of every file slower to parse. Box it instead.
    /// The interpreter walks these nodes: every byte more is more cache
    /// lines to touch per statement run (D1 misses on the tree's nodes are
    /// the commonest kind). Rarely run parts (an annotation, a `for`'s
    /// iterable, `raise ... from`) are boxed to keep the common ones small.
    #[test]
    fn statements_stay_compact() {
        let stmt = size_of::<Stmt>();
        assert!(stmt <= 136, "Stmt grew to {stmt} bytes");
    }

    #[test]
    fn no_symbol_is_bigger_than_an_expression() {
        let expr = size_of::<Expr>();
        let sizes = [
            ("Tok", size_of::<Tok>()),
            ("StrTok", size_of::<StrTok>()),
            ("Top", size_of::<Top>()),
            ("Option<Expr>", size_of::<Option<Expr>>()),
            ("Option<Option<Expr>>", size_of::<Option<Option<Expr>>>()),
            ("Arg", size_of::<Arg>()),
            ("Option<Arg>", size_of::<Option<Arg>>()),
            ("ClassArg", size_of::<ClassArg>()),
            ("ParamItem", size_of::<ParamItem>()),
            ("Seq", size_of::<Seq>()),
            ("DictSet", size_of::<DictSet>()),
            ("(usize, Name, usize)", size_of::<(usize, Name, usize)>()),
            ("(u32, Option<Name>)", size_of::<(u32, Option<Name>)>()),
            ("(Vec<Alias>, bool)", size_of::<(Vec<Alias>, bool)>()),
            ("Box<Stmt>", size_of::<Box<Stmt>>()),
        ];
        assert!(expr <= 56, "Expr grew to {expr} bytes");
        for (name, size) in sizes {
            assert!(
                size <= expr,
                "{name} is {size} bytes, bigger than Expr ({expr})"
            );
        }
    }
}
