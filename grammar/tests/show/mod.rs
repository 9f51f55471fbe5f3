//! A compact s-expression rendering of the tree, shared by the tests.

#![allow(dead_code)]

use pyslot_grammar::ast::*;

pub(crate) fn expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name { id, .. } => id.to_string(),
        ExprKind::Constant(c) => constant(c),
        ExprKind::FString(parts) => format!("(f {})", fparts(parts)),
        ExprKind::BoolOp { op, values } => format!("({op:?} {})", list(values)),
        ExprKind::NamedExpr { target, value } => format!("(:= {} {})", expr(target), expr(value)),
        ExprKind::BinOp { left, op, right } => {
            format!("({} {} {})", op.symbol(), expr(left), expr(right))
        }
        ExprKind::UnaryOp { op, operand } => format!("({op:?} {})", expr(operand)),
        ExprKind::Lambda(f) => format!("(lambda {} {})", params(&f.params), stmts(&f.body)),
        ExprKind::IfExp { test, body, orelse } => {
            format!("(if {} {} {})", expr(test), expr(body), expr(orelse))
        }
        ExprKind::Dict(items) => {
            let v: Vec<String> = items
                .iter()
                .map(|(k, v)| match k {
                    Some(k) => format!("{}:{}", expr(k), expr(v)),
                    None => format!("**{}", expr(v)),
                })
                .collect();
            format!("(dict {})", v.join(" "))
        }
        ExprKind::Set(v) => format!("(set {})", list(v)),
        ExprKind::List(v) => format!("(list {})", list(v)),
        ExprKind::Tuple { items: v, .. } => format!("(tuple {})", list(v)),
        ExprKind::Comprehension(c) => {
            let mut s = format!("({:?}comp {}", c.kind, expr(&c.elt));
            if let Some(v) = &c.value {
                s += &format!(":{}", expr(v));
            }
            for g in &c.generators {
                s += &format!(" (for {} {}", expr(&g.target), expr(&g.iter));
                for i in &g.ifs {
                    s += &format!(" (if {})", expr(i));
                }
                s += ")";
            }
            s + ")"
        }
        ExprKind::Yield(v) => match v {
            Some(v) => format!("(yield {})", expr(v)),
            None => "(yield)".into(),
        },
        ExprKind::YieldFrom(v) => format!("(yield-from {})", expr(v)),
        ExprKind::Await(v) => format!("(await {})", expr(v)),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut s = format!("(cmp {}", expr(left));
            for (o, c) in ops.iter().zip(comparators) {
                s += &format!(" {} {}", o.symbol(), expr(c));
            }
            s + ")"
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let mut s = format!("(call {}", expr(func));
            for a in args {
                s += &format!(" {}", expr(a));
            }
            for k in keywords {
                match &k.arg {
                    Some(n) => s += &format!(" {n}={}", expr(&k.value)),
                    None => s += &format!(" **{}", expr(&k.value)),
                }
            }
            s + ")"
        }
        ExprKind::Attribute { value, attr, .. } => format!("(. {} {attr})", expr(value)),
        ExprKind::Subscript { value, index } => format!("(sub {} {})", expr(value), expr(index)),
        ExprKind::Starred(v) => format!("*{}", expr(v)),
        ExprKind::Slice { lower, upper, step } => {
            let o = |x: &Option<Box<Expr>>| x.as_ref().map_or("_".to_string(), |x| expr(x));
            format!("(slice {} {} {})", o(lower), o(upper), o(step))
        }
    }
}

fn constant(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::Ellipsis => "...".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => format!("big:{i}"),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Complex(f) => format!("{f:?}j"),
        Constant::Str(s) => format!("{s:?}"),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
    }
}

pub(crate) fn fparts(parts: &[FStringPart]) -> String {
    let v: Vec<String> = parts
        .iter()
        .map(|p| match p {
            FStringPart::Literal(s) => format!("{s:?}"),
            FStringPart::Expr {
                value,
                conversion,
                format_spec,
                debug_text,
            } => {
                let mut s = format!("{{{}", expr(value));
                if let Some(d) = debug_text {
                    s += &format!(" dbg={d:?}");
                }
                if let Some(c) = conversion {
                    s += &format!(" !{c}");
                }
                if let Some(f) = format_spec {
                    s += &format!(" :[{}]", fparts(f));
                }
                s + "}"
            }
        })
        .collect();
    v.join(" ")
}

fn list(v: &[Expr]) -> String {
    v.iter().map(expr).collect::<Vec<_>>().join(" ")
}

fn param(p: &Param) -> String {
    let mut s = p.name.to_string();
    if let Some(a) = &p.annotation {
        s += &format!(":{}", expr(a));
    }
    if let Some(d) = &p.default {
        s += &format!("={}", expr(d));
    }
    s
}

pub(crate) fn params(p: &Params) -> String {
    let mut v: Vec<String> = Vec::new();
    for (i, a) in p.args.iter().enumerate() {
        if i == p.posonly && p.posonly > 0 {
            v.push("/".into());
        }
        v.push(param(a));
    }
    if p.posonly == p.args.len() && p.posonly > 0 {
        v.push("/".into());
    }
    match &p.vararg {
        Some(a) => v.push(format!("*{}", param(a))),
        None if !p.kwonly.is_empty() => v.push("*".into()),
        None => {}
    }
    v.extend(p.kwonly.iter().map(param));
    if let Some(a) = &p.kwarg {
        v.push(format!("**{}", param(a)));
    }
    format!("[{}]", v.join(" "))
}

pub(crate) fn stmts(v: &[Stmt]) -> String {
    v.iter().map(stmt).collect::<Vec<_>>().join(" ")
}

fn block(v: &[Stmt]) -> String {
    format!("[{}]", stmts(v))
}

pub(crate) fn stmt(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::FunctionDef(f) => {
            let mut out = String::from("(def ");
            for d in &f.decorators {
                out += &format!("@{} ", expr(d));
            }
            out += &format!("{} {}", f.name, params(&f.params));
            if let Some(r) = &f.returns {
                out += &format!(" -> {}", expr(r));
            }
            if f.is_generator {
                out += " gen";
            }
            out + &format!(" {})", block(&f.body))
        }
        StmtKind::ClassDef(c) => {
            let mut out = String::from("(class ");
            for d in &c.decorators {
                out += &format!("@{} ", expr(d));
            }
            out += &format!("{} ({}", c.name, list(&c.bases));
            for k in &c.keywords {
                match &k.arg {
                    Some(n) => out += &format!(" {n}={}", expr(&k.value)),
                    None => out += &format!(" **{}", expr(&k.value)),
                }
            }
            out + &format!(") {})", block(&c.body))
        }
        StmtKind::Return(v) => match v {
            Some(v) => format!("(return {})", expr(v)),
            None => "(return)".into(),
        },
        StmtKind::Delete(v) => format!("(del {})", list(v)),
        StmtKind::Assign { targets, value } => format!("(= {} {})", list(targets), expr(value)),
        StmtKind::AugAssign { target, op, value } => {
            format!("({}= {} {})", op.symbol(), expr(target), expr(value))
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => format!(
            "(ann{} {} {}{})",
            if *simple { "" } else { "-complex" },
            expr(target),
            expr(annotation),
            value
                .as_ref()
                .map_or(String::new(), |v| format!(" {}", expr(v)))
        ),
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            is_async,
        } => format!(
            "({}for {} {} {} {})",
            if *is_async { "async-" } else { "" },
            expr(target),
            expr(iter),
            block(body),
            block(orelse)
        ),
        StmtKind::While { test, body, orelse } => {
            format!("(while {} {} {})", expr(test), block(body), block(orelse))
        }
        StmtKind::If { test, body, orelse } => {
            format!("(if {} {} {})", expr(test), block(body), block(orelse))
        }
        StmtKind::With {
            items,
            body,
            is_async,
        } => {
            let v: Vec<String> = items
                .iter()
                .map(|i| match &i.target {
                    Some(t) => format!("{} as {}", expr(&i.context), expr(t)),
                    None => expr(&i.context),
                })
                .collect();
            let kw = if *is_async { "async-with" } else { "with" };
            format!("({kw} {} {})", v.join(", "), block(body))
        }
        StmtKind::Raise { exc, cause } => {
            let mut out = String::from("(raise");
            if let Some(e) = exc {
                out += &format!(" {}", expr(e));
            }
            if let Some(c) = cause {
                out += &format!(" from {}", expr(c));
            }
            out + ")"
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            let mut out = format!("(try {}", block(body));
            for h in handlers {
                out += " (except";
                if let Some(t) = &h.typ {
                    out += &format!(" {}", expr(t));
                }
                if let Some(n) = &h.name {
                    out += &format!(" as {}", expr(n));
                }
                out += &format!(" {})", block(&h.body));
            }
            out + &format!(" {} {})", block(orelse), block(finalbody))
        }
        StmtKind::Assert { test, msg } => match msg {
            Some(m) => format!("(assert {} {})", expr(test), expr(m)),
            None => format!("(assert {})", expr(test)),
        },
        StmtKind::Import(v) => format!("(import {})", aliases(v)),
        StmtKind::ImportFrom {
            module,
            names,
            level,
            star,
        } => format!(
            "(from {}{} {})",
            ".".repeat(*level as usize),
            module.as_deref().unwrap_or(""),
            if *star {
                "*".to_string()
            } else {
                aliases(names)
            }
        ),
        StmtKind::Global(v) => format!("(global {})", v.join(" ")),
        StmtKind::Nonlocal(v) => format!("(nonlocal {})", v.join(" ")),
        StmtKind::Expr(e) => expr(e),
        StmtKind::Pass => "pass".into(),
        StmtKind::Match { cases, .. } => format!("(match {} cases)", cases.len()),
        StmtKind::Break => "break".into(),
        StmtKind::Continue => "continue".into(),
    }
}

fn aliases(v: &[Alias]) -> String {
    v.iter()
        .map(|a| match &a.asname {
            Some(n) => format!("{} as {}->{}", a.name, n, expr(&a.target)),
            None => format!("{}->{}", a.name, expr(&a.target)),
        })
        .collect::<Vec<_>>()
        .join(" ")
}
