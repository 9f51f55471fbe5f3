//! `--ast`: the syntax tree as an indented outline, with the node and
//! field names of Python's `ast` module (`Module`, `Assign`, `BinOp`,
//! `Name`, ...) and each node's `line:col`, in the spirit of
//! `ast.dump(tree, indent=2)` but one node a line.
//!
//! ```text
//! Module
//!   body:
//!     Assign @1:0
//!       targets:
//!         Name id='x' ctx=Store @1:0
//!       value: BinOp op=Add @1:4
//!         left: Constant value=1 @1:4
//!         right: Constant value=2 @1:8
//! ```
//!
//! Scalar fields (`id`, `op`, `ctx`, `value` of a constant) sit on the
//! node's line; child nodes follow, indented under their field name. Empty
//! lists and absent optional fields are left out.

use pyslot_grammar::ast::*;

use crate::interp::repr::{bytes_repr, str_repr};
use crate::runtime::source::Source;

/// One node of the outline.
struct Node {
    kind: &'static str,
    scalars: Vec<(&'static str, String)>,
    children: Vec<(&'static str, Child)>,
    at: Option<Span>,
}

enum Child {
    One(Node),
    Many(Vec<Node>),
}

impl Node {
    fn new(kind: &'static str, at: Option<Span>) -> Node {
        Node {
            kind,
            scalars: Vec::new(),
            children: Vec::new(),
            at,
        }
    }
    fn scalar(mut self, name: &'static str, value: impl Into<String>) -> Node {
        self.scalars.push((name, value.into()));
        self
    }
    fn one(mut self, name: &'static str, node: Node) -> Node {
        self.children.push((name, Child::One(node)));
        self
    }
    fn opt(self, name: &'static str, node: Option<Node>) -> Node {
        match node {
            Some(n) => self.one(name, n),
            None => self,
        }
    }
    fn many(mut self, name: &'static str, nodes: Vec<Node>) -> Node {
        if !nodes.is_empty() {
            self.children.push((name, Child::Many(nodes)));
        }
        self
    }
}

/// The outline of a parsed module.
pub(crate) fn outline(source: &Source, body: &[Stmt]) -> String {
    let module = Node::new("Module", None).many("body", stmts(body));
    let mut out = String::new();
    write_node(source, &module, 0, None, &mut out);
    out
}

fn write_node(source: &Source, n: &Node, depth: usize, field: Option<&str>, out: &mut String) {
    let pad = "  ".repeat(depth);
    out.push_str(&pad);
    if let Some(f) = field {
        out.push_str(f);
        out.push_str(": ");
    }
    out.push_str(n.kind);
    for (name, value) in &n.scalars {
        out.push_str(&format!(" {name}={value}"));
    }
    if let Some(mut span) = n.at {
        if n.kind == "GeneratorExp" {
            span.start = call_paren(&source.text, span.start);
        }
        // Columns count UTF-8 bytes, as the ast module's col_offset does.
        let line = source.line_of(span.start);
        let col = span.start - source.line_start(line);
        out.push_str(&format!(" @{line}:{col}"));
    }
    out.push('\n');
    for (name, child) in &n.children {
        match child {
            Child::One(c) => write_node(source, c, depth + 1, Some(name), out),
            Child::Many(items) => {
                out.push_str(&format!("{pad}  {name}:\n"));
                for c in items {
                    write_node(source, c, depth + 2, None, out);
                }
            }
        }
    }
}

/// A generator expression without parentheses of its own (a call's only
/// argument) starts, in CPython, at the call's opening parenthesis.
fn call_paren(text: &str, start: u32) -> u32 {
    let before = &text.as_bytes()[..start as usize];
    if text.as_bytes().get(start as usize) == Some(&b'(') {
        return start;
    }
    let kept = before
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_whitespace())
        .count();
    match before.len().checked_sub(kept + 1) {
        Some(i) if before[i] == b'(' => u32::try_from(i).expect("i < start"),
        _ => start,
    }
}

fn stmts(body: &[Stmt]) -> Vec<Node> {
    body.iter().map(stmt).collect()
}

fn exprs(items: &[Expr], ctx: &'static str) -> Vec<Node> {
    items.iter().map(|e| expr(e, ctx)).collect()
}

fn load(e: &Expr) -> Node {
    expr(e, "Load")
}

fn stmt(s: &Stmt) -> Node {
    let at = Some(s.span);
    match &s.kind {
        StmtKind::FunctionDef(f) => function(f, at),
        StmtKind::ClassDef(c) => Node::new("ClassDef", at)
            .scalar("name", str_repr(&c.name))
            .many("bases", exprs(&c.bases, "Load"))
            .many("keywords", c.keywords.iter().map(keyword).collect())
            .many("body", stmts(&c.body))
            .many("decorator_list", exprs(&c.decorators, "Load")),
        StmtKind::Return(v) => Node::new("Return", at).opt("value", v.as_ref().map(load)),
        StmtKind::Delete(targets) => Node::new("Delete", at).many("targets", exprs(targets, "Del")),
        StmtKind::Assign { targets, value } => Node::new("Assign", at)
            .many("targets", exprs(targets, "Store"))
            .one("value", load(value)),
        StmtKind::AugAssign { target, op, value } => Node::new("AugAssign", at)
            .scalar("op", format!("{op:?}"))
            .one("target", expr(target, "Store"))
            .one("value", load(value)),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => Node::new("AnnAssign", at)
            .scalar("simple", u8::from(*simple).to_string())
            .one("target", expr(target, "Store"))
            .one("annotation", load(annotation))
            .opt("value", value.as_deref().map(load)),
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            is_async,
        } => Node::new(if *is_async { "AsyncFor" } else { "For" }, at)
            .one("target", expr(target, "Store"))
            .one("iter", load(iter))
            .many("body", stmts(body))
            .many("orelse", stmts(orelse)),
        StmtKind::While { test, body, orelse } => Node::new("While", at)
            .one("test", load(test))
            .many("body", stmts(body))
            .many("orelse", stmts(orelse)),
        StmtKind::If { test, body, orelse } => Node::new("If", at)
            .one("test", load(test))
            .many("body", stmts(body))
            .many("orelse", stmts(orelse)),
        StmtKind::With {
            items,
            body,
            is_async,
        } => Node::new(if *is_async { "AsyncWith" } else { "With" }, at)
            .many(
                "items",
                items
                    .iter()
                    .map(|i| {
                        Node::new("withitem", None)
                            .one("context_expr", load(&i.context))
                            .opt("optional_vars", i.target.as_ref().map(|t| expr(t, "Store")))
                    })
                    .collect(),
            )
            .many("body", stmts(body)),
        StmtKind::Raise { exc, cause } => Node::new("Raise", at)
            .opt("exc", exc.as_ref().map(load))
            .opt("cause", cause.as_deref().map(load)),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => Node::new("Try", at)
            .many("body", stmts(body))
            .many(
                "handlers",
                handlers
                    .iter()
                    .map(|h| {
                        let mut n = Node::new("ExceptHandler", Some(h.span));
                        if let Some(Expr {
                            kind: ExprKind::Name { id, .. },
                            ..
                        }) = &h.name
                        {
                            n = n.scalar("name", str_repr(id));
                        }
                        n.opt("type", h.typ.as_ref().map(load))
                            .many("body", stmts(&h.body))
                    })
                    .collect(),
            )
            .many("orelse", stmts(orelse))
            .many("finalbody", stmts(finalbody)),
        StmtKind::Assert { test, msg } => Node::new("Assert", at)
            .one("test", load(test))
            .opt("msg", msg.as_deref().map(load)),
        StmtKind::Import(names) => Node::new("Import", at).many("names", aliases(names)),
        StmtKind::ImportFrom {
            module,
            names,
            level,
            star,
        } => {
            let mut n = Node::new("ImportFrom", at);
            if let Some(m) = module {
                n = n.scalar("module", str_repr(m));
            }
            let names = if *star {
                vec![Node::new("alias", None).scalar("name", "'*'")]
            } else {
                aliases(names)
            };
            n.scalar("level", level.to_string()).many("names", names)
        }
        StmtKind::Global(names) => Node::new("Global", at).scalar("names", name_list(names)),
        StmtKind::Nonlocal(names) => Node::new("Nonlocal", at).scalar("names", name_list(names)),
        StmtKind::Match { subject, cases } => {
            Node::new("Match", at).one("subject", load(subject)).many(
                "cases",
                cases
                    .iter()
                    .map(|c| {
                        Node::new("match_case", None)
                            .one("pattern", pattern(&c.pattern))
                            .opt("guard", c.guard.as_ref().map(load))
                            .many("body", stmts(&c.body))
                    })
                    .collect(),
            )
        }
        StmtKind::Expr(e) => Node::new("Expr", at).one("value", load(e)),
        StmtKind::Pass => Node::new("Pass", at),
        StmtKind::Break => Node::new("Break", at),
        StmtKind::Continue => Node::new("Continue", at),
    }
}

fn patterns(items: &[Pattern]) -> Vec<Node> {
    items.iter().map(pattern).collect()
}

/// A bound name's text: captures are `Name` nodes in pyslot's tree, plain
/// strings in the ast module's.
fn bound_name(name: &Option<Expr>) -> Option<String> {
    match name {
        Some(Expr {
            kind: ExprKind::Name { id, .. },
            ..
        }) => Some(str_repr(id)),
        _ => None,
    }
}

fn pattern(p: &Pattern) -> Node {
    let at = Some(p.span);
    let with_name = |n: Node, field: &'static str, name: &Option<Expr>| match bound_name(name) {
        Some(text) => n.scalar(field, text),
        None => n,
    };
    match &p.kind {
        PatternKind::MatchValue(v) => Node::new("MatchValue", at).one("value", load(v)),
        PatternKind::MatchSingleton(c) => {
            Node::new("MatchSingleton", at).scalar("value", constant(c))
        }
        PatternKind::MatchSequence(items) => {
            Node::new("MatchSequence", at).many("patterns", patterns(items))
        }
        PatternKind::MatchMapping {
            keys,
            patterns: values,
            rest,
        } => with_name(Node::new("MatchMapping", at), "rest", rest)
            .many("keys", exprs(keys, "Load"))
            .many("patterns", patterns(values)),
        PatternKind::MatchClass(c) => {
            let n = Node::new("MatchClass", at);
            let n = if c.kwd_attrs.is_empty() {
                n
            } else {
                n.scalar("kwd_attrs", name_list(&c.kwd_attrs))
            };
            n.one("cls", load(&c.cls))
                .many("patterns", patterns(&c.patterns))
                .many("kwd_patterns", patterns(&c.kwd_patterns))
        }
        PatternKind::MatchStar(name) => with_name(Node::new("MatchStar", at), "name", name),
        PatternKind::MatchAs {
            pattern: inner,
            name,
        } => with_name(Node::new("MatchAs", at), "name", name)
            .opt("pattern", inner.as_deref().map(pattern)),
        PatternKind::MatchOr(alts) => Node::new("MatchOr", at).many("patterns", patterns(alts)),
    }
}

fn name_list(names: &[Name]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| str_repr(n)).collect();
    format!("[{}]", quoted.join(", "))
}

fn aliases(names: &[Alias]) -> Vec<Node> {
    names
        .iter()
        .map(|a| {
            let n = Node::new("alias", Some(a.target.span)).scalar("name", str_repr(&a.name));
            match &a.asname {
                Some(asname) => n.scalar("asname", str_repr(asname)),
                None => n,
            }
        })
        .collect()
}

fn function(f: &FunctionDef, at: Option<Span>) -> Node {
    let kind = if f.is_async {
        "AsyncFunctionDef"
    } else {
        "FunctionDef"
    };
    Node::new(kind, at)
        .scalar("name", str_repr(&f.name))
        .one("args", arguments(&f.params))
        .many("body", stmts(&f.body))
        .many("decorator_list", exprs(&f.decorators, "Load"))
        .opt("returns", f.returns.as_ref().map(load))
}

fn arguments(p: &Params) -> Node {
    let arg = |a: &Param| {
        Node::new("arg", Some(a.span))
            .scalar("arg", str_repr(&a.name))
            .opt("annotation", a.annotation.as_ref().map(load))
    };
    let defaults: Vec<Node> = p
        .args
        .iter()
        .filter_map(|a| a.default.as_ref().map(load))
        .collect();
    let kw_defaults: Vec<Node> = p
        .kwonly
        .iter()
        .map(|a| match &a.default {
            Some(d) => load(d),
            None => Node::new("None", None),
        })
        .collect();
    Node::new("arguments", None)
        .many("posonlyargs", p.args[..p.posonly].iter().map(arg).collect())
        .many("args", p.args[p.posonly..].iter().map(arg).collect())
        .opt("vararg", p.vararg.as_ref().map(arg))
        .many("kwonlyargs", p.kwonly.iter().map(arg).collect())
        .many(
            "kw_defaults",
            if p.kwonly.iter().any(|a| a.default.is_some()) {
                kw_defaults
            } else {
                Vec::new()
            },
        )
        .opt("kwarg", p.kwarg.as_ref().map(arg))
        .many("defaults", defaults)
}

fn keyword(k: &Keyword) -> Node {
    let n = Node::new("keyword", Some(k.span));
    let n = match &k.arg {
        Some(a) => n.scalar("arg", str_repr(a)),
        None => n,
    };
    n.one("value", load(&k.value))
}

fn constant(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => i.to_string(),
        Constant::Float(x) => crate::runtime::format_spec::float_repr(*x),
        Constant::Complex(x) => crate::builtins::complex_type::repr(0.0, *x),
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
    }
}

fn expr(e: &Expr, ctx: &'static str) -> Node {
    let at = Some(e.span);
    match &e.kind {
        ExprKind::Name { id, .. } => Node::new("Name", at)
            .scalar("id", str_repr(id))
            .scalar("ctx", ctx),
        ExprKind::Constant(c) => Node::new("Constant", at).scalar("value", constant(c)),
        ExprKind::FString(parts) => Node::new("JoinedStr", at).many("values", fstring(parts, at)),
        ExprKind::BoolOp { op, values } => Node::new("BoolOp", at)
            .scalar("op", format!("{op:?}"))
            .many("values", exprs(values, "Load")),
        ExprKind::NamedExpr { target, value } => Node::new("NamedExpr", at)
            .one("target", expr(target, "Store"))
            .one("value", load(value)),
        ExprKind::BinOp { left, op, right } => Node::new("BinOp", at)
            .scalar("op", format!("{op:?}"))
            .one("left", load(left))
            .one("right", load(right)),
        ExprKind::UnaryOp { op, operand } => {
            let op = match op {
                UnaryOp::Not => "Not",
                UnaryOp::Neg => "USub",
                UnaryOp::Pos => "UAdd",
                UnaryOp::Invert => "Invert",
            };
            Node::new("UnaryOp", at)
                .scalar("op", op)
                .one("operand", load(operand))
        }
        ExprKind::Lambda(f) => {
            let body = match f.body.first().map(|s| &s.kind) {
                Some(StmtKind::Return(Some(v))) => load(v),
                _ => Node::new("None", None),
            };
            Node::new("Lambda", at)
                .one("args", arguments(&f.params))
                .one("body", body)
        }
        ExprKind::IfExp { test, body, orelse } => Node::new("IfExp", at)
            .one("test", load(test))
            .one("body", load(body))
            .one("orelse", load(orelse)),
        ExprKind::Dict(items) => Node::new("Dict", at)
            .many(
                "keys",
                items
                    .iter()
                    .map(|(k, _)| match k {
                        Some(k) => load(k),
                        None => Node::new("None", None),
                    })
                    .collect(),
            )
            .many("values", items.iter().map(|(_, v)| load(v)).collect()),
        ExprKind::Set(items) => Node::new("Set", at).many("elts", exprs(items, "Load")),
        ExprKind::List(items) => Node::new("List", at)
            .scalar("ctx", ctx)
            .many("elts", exprs(items, ctx)),
        ExprKind::Tuple { items, .. } => Node::new("Tuple", at)
            .scalar("ctx", ctx)
            .many("elts", exprs(items, ctx)),
        ExprKind::Comprehension(c) => {
            let kind = match c.kind {
                CompKind::List => "ListComp",
                CompKind::Set => "SetComp",
                CompKind::Dict => "DictComp",
                CompKind::Generator => "GeneratorExp",
            };
            let n = Node::new(kind, at);
            let n = match &c.value {
                Some(v) => n.one("key", load(&c.elt)).one("value", load(v)),
                None => n.one("elt", load(&c.elt)),
            };
            n.many(
                "generators",
                c.generators
                    .iter()
                    .map(|g| {
                        let n = Node::new("comprehension", None);
                        // CPython's field; shown only where it is set.
                        let n = if g.is_async {
                            n.scalar("is_async", "1")
                        } else {
                            n
                        };
                        n.one("target", expr(&g.target, "Store"))
                            .one("iter", load(&g.iter))
                            .many("ifs", exprs(&g.ifs, "Load"))
                    })
                    .collect(),
            )
        }
        ExprKind::Yield(v) => Node::new("Yield", at).opt("value", v.as_deref().map(load)),
        ExprKind::YieldFrom(v) => Node::new("YieldFrom", at).one("value", load(v)),
        ExprKind::Await(v) => Node::new("Await", at).one("value", load(v)),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let ops: Vec<String> = ops.iter().map(|o| format!("{o:?}")).collect();
            Node::new("Compare", at)
                .scalar("ops", format!("[{}]", ops.join(", ")))
                .one("left", load(left))
                .many("comparators", exprs(comparators, "Load"))
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => Node::new("Call", at)
            .one("func", load(func))
            .many("args", exprs(args, "Load"))
            .many("keywords", keywords.iter().map(keyword).collect()),
        ExprKind::Attribute { value, attr, .. } => Node::new("Attribute", at)
            .scalar("attr", str_repr(attr))
            .scalar("ctx", ctx)
            .one("value", load(value)),
        ExprKind::Subscript { value, index } => Node::new("Subscript", at)
            .scalar("ctx", ctx)
            .one("value", load(value))
            .one("slice", load(index)),
        ExprKind::Starred(inner) => Node::new("Starred", at)
            .scalar("ctx", ctx)
            .one("value", expr(inner, ctx)),
        ExprKind::Slice { lower, upper, step } => Node::new("Slice", at)
            .opt("lower", lower.as_deref().map(load))
            .opt("upper", upper.as_deref().map(load))
            .opt("step", step.as_deref().map(load)),
    }
}

/// The parts of an f-string; as in CPython 3.11, each carries the position
/// of the whole f-string.
fn fstring(parts: &[FStringPart], at: Option<Span>) -> Vec<Node> {
    let mut nodes = Vec::new();
    for p in parts {
        // `f"{x=}"` shows its text "x=" as a constant before the value.
        if let FStringPart::Expr {
            debug_text: Some(text),
            ..
        } = p
        {
            nodes.push(Node::new("Constant", at).scalar("value", str_repr(text)));
        }
        nodes.push(fstring_part(p, at));
    }
    nodes
}

fn fstring_part(p: &FStringPart, at: Option<Span>) -> Node {
    match p {
        FStringPart::Literal(s) => Node::new("Constant", at).scalar("value", str_repr(s)),
        FStringPart::Expr {
            value,
            conversion,
            format_spec,
            ..
        } => {
            let conv = match conversion {
                Some('s') => 115,
                Some('r') => 114,
                Some('a') => 97,
                _ => -1,
            };
            Node::new("FormattedValue", at)
                .scalar("conversion", conv.to_string())
                .one("value", load(value))
                .opt(
                    "format_spec",
                    format_spec
                        .as_ref()
                        .map(|spec| Node::new("JoinedStr", at).many("values", fstring(spec, at))),
                )
        }
    }
}
