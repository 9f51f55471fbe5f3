//! `--scopes`: what the resolver decided for each scope of a program
//! (module, class body, function, lambda, comprehension): every local with
//! its slot number, which locals live in cells because an inner function
//! captures them, which names are free variables (and whose cell they come
//! from), and which names are globals or fall back to builtins.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use pyslot_grammar::ast::*;

use crate::runtime::source::Source;

/// Names read or written in one scope, outside its nested scopes.
#[derive(Default)]
struct Uses {
    /// Names reached as module globals (then builtins), in first-use order.
    global: Vec<Name>,
    /// Names assigned at module level or declared `global`.
    assigned: BTreeSet<Name>,
    /// Names of a class body's namespace.
    class_names: Vec<Name>,
}

struct Walker<'a> {
    source: &'a Source,
    builtins: BTreeSet<String>,
    /// Names any scope stores as globals: module assignments and `global`.
    module_names: BTreeSet<Name>,
    out: String,
}

/// The listing for a resolved module. `builtins` are the names the
/// builtins namespace has.
pub(crate) fn listing(source: &Source, body: &[Stmt], builtins: BTreeSet<String>) -> String {
    let mut module_names = BTreeSet::new();
    collect_module_names(body, &mut module_names);
    let mut w = Walker {
        source,
        builtins,
        module_names,
        out: String::new(),
    };
    let mut uses = Uses::default();
    let mut nested = Vec::new();
    for s in body {
        scan_stmt(s, &mut uses, &mut nested, true);
    }
    w.out.push_str("module <module>\n");
    let assigned: Vec<&Name> = w.module_names.iter().collect();
    if !assigned.is_empty() {
        let names: Vec<&str> = assigned.iter().map(|n| &***n).collect();
        let _ = writeln!(w.out, "  globals (assigned here): {}", names.join(", "));
    }
    w.globals_and_builtins(&uses, true);
    w.nested(&nested, &[("<module>".into(), None)]);
    w.out
}

/// A nested scope met while scanning: what it is, and its node.
enum Nested<'a> {
    Function(&'a FunctionDef, Span),
    Class(&'a ClassDef),
    Comprehension(&'a Comprehension),
}

impl Walker<'_> {
    fn line(&self, span: Span) -> usize {
        self.source.line_of(span.start)
    }

    /// `enclosing`: the chain of function-like scopes around, innermost
    /// last, each with its scope (None for the module), to say where a
    /// free variable comes from.
    fn nested(&mut self, items: &[Nested], enclosing: &[(String, Option<&Scope>)]) {
        for item in items {
            match item {
                Nested::Function(f, span) => {
                    let kind = if f.is_lambda { "lambda" } else { "function" };
                    let name = qualified(enclosing, &f.name);
                    let _ = writeln!(self.out, "\n{kind} {name} (line {})", self.line(*span));
                    let mut uses = Uses::default();
                    let mut inner = Vec::new();
                    for s in &f.body {
                        scan_stmt(s, &mut uses, &mut inner, false);
                    }
                    self.scope(&f.scope, enclosing);
                    self.globals_and_builtins(&uses, false);
                    let mut chain = enclosing.to_vec();
                    chain.push((name, Some(&f.scope)));
                    self.nested(&inner, &chain);
                }
                Nested::Class(c) => {
                    let name = qualified(enclosing, &c.name);
                    let _ = writeln!(self.out, "\nclass {name} (line {})", self.line(c.span));
                    let mut uses = Uses::default();
                    let mut inner = Vec::new();
                    for s in &c.body {
                        scan_stmt(s, &mut uses, &mut inner, false);
                    }
                    if !uses.class_names.is_empty() {
                        let names: Vec<&str> = uses.class_names.iter().map(|n| &**n).collect();
                        let _ = writeln!(self.out, "  class namespace: {}", names.join(", "));
                    }
                    self.scope(&c.scope, enclosing);
                    self.globals_and_builtins(&uses, false);
                    // Methods see the enclosing function scopes, not the class.
                    let mut chain = enclosing.to_vec();
                    chain.push((name, None));
                    self.nested(&inner, &chain);
                }
                Nested::Comprehension(c) => {
                    let kind = match c.kind {
                        CompKind::List => "<listcomp>",
                        CompKind::Set => "<setcomp>",
                        CompKind::Dict => "<dictcomp>",
                        CompKind::Generator => "<genexpr>",
                    };
                    let name = qualified(enclosing, kind);
                    let _ = writeln!(
                        self.out,
                        "\ncomprehension {name} (line {})",
                        self.line(c.span)
                    );
                    let mut uses = Uses::default();
                    let mut inner = Vec::new();
                    scan_comprehension_inside(c, &mut uses, &mut inner);
                    self.scope(&c.scope, enclosing);
                    self.globals_and_builtins(&uses, false);
                    let mut chain = enclosing.to_vec();
                    chain.push((name, Some(&c.scope)));
                    self.nested(&inner, &chain);
                }
            }
        }
    }

    /// Locals, cells and free variables of a function-like scope.
    fn scope(&mut self, scope: &Scope, enclosing: &[(String, Option<&Scope>)]) {
        if !scope.local_names.is_empty() {
            let locals: Vec<String> = scope
                .local_names
                .iter()
                .enumerate()
                .map(|(slot, n)| {
                    match scope.cell_locals.iter().find(|(s, _)| *s as usize == slot) {
                        Some((_, cell)) => format!("{n} (slot {slot}, in cell {cell})"),
                        None => format!("{n} (slot {slot})"),
                    }
                })
                .collect();
            let _ = writeln!(self.out, "  locals: {}", locals.join(", "));
        }
        let own = scope.n_cells as usize;
        let cells: Vec<String> = scope.cell_names[..own.min(scope.cell_names.len())]
            .iter()
            .enumerate()
            .map(|(i, n)| format!("{n} (cell {i})"))
            .collect();
        if !cells.is_empty() {
            let _ = writeln!(
                self.out,
                "  cells (captured by inner scopes): {}",
                cells.join(", ")
            );
        }
        let free: Vec<String> = scope
            .cell_names
            .iter()
            .skip(own)
            .zip(&scope.free_from)
            .enumerate()
            .map(|(k, (n, from))| {
                let owner = enclosing
                    .iter()
                    .rev()
                    .find(|(_, s)| s.is_some())
                    .map_or("<module>", |(name, _)| name.as_str());
                format!("{n} (cell {}, from {owner}'s cell {from})", own + k)
            })
            .collect();
        if !free.is_empty() {
            let _ = writeln!(self.out, "  free variables: {}", free.join(", "));
        }
    }

    fn globals_and_builtins(&mut self, uses: &Uses, at_module: bool) {
        let mut globals = Vec::new();
        let mut builtins = Vec::new();
        let mut undefined = Vec::new();
        for n in &uses.global {
            if self.module_names.contains(n) || uses.assigned.contains(n) {
                if !at_module {
                    globals.push(n.to_string());
                }
            } else if self.builtins.contains(&**n) {
                builtins.push(n.to_string());
            } else {
                undefined.push(n.to_string());
            }
        }
        if !globals.is_empty() {
            let _ = writeln!(self.out, "  globals: {}", globals.join(", "));
        }
        if !builtins.is_empty() {
            let _ = writeln!(self.out, "  builtins: {}", builtins.join(", "));
        }
        if !undefined.is_empty() {
            let _ = writeln!(
                self.out,
                "  globals not defined anywhere (NameError if run): {}",
                undefined.join(", ")
            );
        }
    }
}

fn qualified(enclosing: &[(String, Option<&Scope>)], name: &str) -> String {
    match enclosing.last() {
        Some((outer, _)) if outer != "<module>" => {
            let is_function = enclosing.last().is_some_and(|(_, s)| s.is_some());
            if is_function {
                format!("{outer}.<locals>.{name}")
            } else {
                format!("{outer}.{name}")
            }
        }
        _ => name.to_string(),
    }
}

/// Names stored at module level, and names declared `global` anywhere.
fn collect_module_names(body: &[Stmt], out: &mut BTreeSet<Name>) {
    let mut uses = Uses::default();
    let mut nested = Vec::new();
    for s in body {
        scan_stmt(s, &mut uses, &mut nested, true);
    }
    out.extend(uses.assigned);
    fn globals_declared(body: &[Stmt], out: &mut BTreeSet<Name>) {
        for s in body {
            match &s.kind {
                StmtKind::Global(names) => out.extend(names.iter().cloned()),
                StmtKind::FunctionDef(f) => globals_declared(&f.body, out),
                StmtKind::ClassDef(c) => globals_declared(&c.body, out),
                StmtKind::If { body, orelse, .. }
                | StmtKind::While { body, orelse, .. }
                | StmtKind::For { body, orelse, .. } => {
                    globals_declared(body, out);
                    globals_declared(orelse, out);
                }
                StmtKind::With { body, .. } => globals_declared(body, out),
                StmtKind::Match { cases, .. } => {
                    for c in cases {
                        globals_declared(&c.body, out);
                    }
                }
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                } => {
                    globals_declared(body, out);
                    for h in handlers {
                        globals_declared(&h.body, out);
                    }
                    globals_declared(orelse, out);
                    globals_declared(finalbody, out);
                }
                _ => {}
            }
        }
    }
    globals_declared(body, out);
}

fn note_name(id: &Name, scope: NameScope, store: bool, uses: &mut Uses, module: bool) {
    match scope {
        NameScope::Global => {
            if store && module {
                uses.assigned.insert(id.clone());
            }
            if !uses.global.contains(id) {
                uses.global.push(id.clone());
            }
        }
        NameScope::ClassBody => {
            if store {
                if !uses.class_names.contains(id) {
                    uses.class_names.push(id.clone());
                }
            } else if !uses.global.contains(id) && !uses.class_names.contains(id) {
                uses.global.push(id.clone());
            }
        }
        _ => {}
    }
}

fn scan_body<'a>(body: &'a [Stmt], uses: &mut Uses, nested: &mut Vec<Nested<'a>>, module: bool) {
    for s in body {
        scan_stmt(s, uses, nested, module);
    }
}

fn scan_stmt<'a>(s: &'a Stmt, uses: &mut Uses, nested: &mut Vec<Nested<'a>>, module: bool) {
    let m = module;
    match &s.kind {
        StmtKind::FunctionDef(f) => {
            for d in &f.decorators {
                scan_expr(d, uses, nested, false, m);
            }
            scan_defaults(&f.params, uses, nested, m);
            nested.push(Nested::Function(f, s.span));
            def_name(&f.name, uses, m);
        }
        StmtKind::ClassDef(c) => {
            for e in c.decorators.iter().chain(&c.bases) {
                scan_expr(e, uses, nested, false, m);
            }
            for k in &c.keywords {
                scan_expr(&k.value, uses, nested, false, m);
            }
            nested.push(Nested::Class(c));
            def_name(&c.name, uses, m);
        }
        StmtKind::Return(v) => {
            if let Some(v) = v {
                scan_expr(v, uses, nested, false, m);
            }
        }
        StmtKind::Delete(targets) => {
            for t in targets {
                scan_expr(t, uses, nested, true, m);
            }
        }
        StmtKind::Assign { targets, value } => {
            scan_expr(value, uses, nested, false, m);
            for t in targets {
                scan_expr(t, uses, nested, true, m);
            }
        }
        StmtKind::AugAssign { target, value, .. } => {
            scan_expr(value, uses, nested, false, m);
            scan_expr(target, uses, nested, true, m);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            scan_expr(annotation, uses, nested, false, m);
            if let Some(v) = value {
                scan_expr(v, uses, nested, false, m);
            }
            scan_expr(target, uses, nested, true, m);
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            scan_expr(iter, uses, nested, false, m);
            scan_expr(target, uses, nested, true, m);
            scan_body(body, uses, nested, m);
            scan_body(orelse, uses, nested, m);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            scan_expr(test, uses, nested, false, m);
            scan_body(body, uses, nested, m);
            scan_body(orelse, uses, nested, m);
        }
        StmtKind::With { items, body, .. } => {
            for i in items {
                scan_expr(&i.context, uses, nested, false, m);
                if let Some(t) = &i.target {
                    scan_expr(t, uses, nested, true, m);
                }
            }
            scan_body(body, uses, nested, m);
        }
        StmtKind::Raise { exc, cause } => {
            for e in exc.iter().chain(cause.as_deref()) {
                scan_expr(e, uses, nested, false, m);
            }
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            scan_body(body, uses, nested, m);
            for h in handlers {
                if let Some(t) = &h.typ {
                    scan_expr(t, uses, nested, false, m);
                }
                if let Some(n) = &h.name {
                    scan_expr(n, uses, nested, true, m);
                }
                scan_body(&h.body, uses, nested, m);
            }
            scan_body(orelse, uses, nested, m);
            scan_body(finalbody, uses, nested, m);
        }
        StmtKind::Assert { test, msg } => {
            scan_expr(test, uses, nested, false, m);
            if let Some(msg) = msg {
                scan_expr(msg, uses, nested, false, m);
            }
        }
        StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
            for a in names {
                scan_expr(&a.target, uses, nested, true, m);
            }
        }
        StmtKind::Match { subject, cases } => {
            scan_expr(subject, uses, nested, false, m);
            for c in cases {
                scan_pattern(&c.pattern, uses, nested, m);
                if let Some(g) = &c.guard {
                    scan_expr(g, uses, nested, false, m);
                }
                scan_body(&c.body, uses, nested, m);
            }
        }
        StmtKind::Expr(e) => scan_expr(e, uses, nested, false, m),
        StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => {}
    }
}

/// A `case` pattern: values are read, captured names stored.
fn scan_pattern<'a>(p: &'a Pattern, uses: &mut Uses, nested: &mut Vec<Nested<'a>>, m: bool) {
    let store = |n: &'a Option<Expr>, uses: &mut Uses, nested: &mut Vec<Nested<'a>>| {
        if let Some(n) = n {
            scan_expr(n, uses, nested, true, m);
        }
    };
    match &p.kind {
        PatternKind::MatchValue(x) => scan_expr(x, uses, nested, false, m),
        PatternKind::MatchSingleton(_) => {}
        PatternKind::MatchSequence(items) | PatternKind::MatchOr(items) => {
            for item in items {
                scan_pattern(item, uses, nested, m);
            }
        }
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        } => {
            for k in keys {
                scan_expr(k, uses, nested, false, m);
            }
            for p in patterns {
                scan_pattern(p, uses, nested, m);
            }
            store(rest, uses, nested);
        }
        PatternKind::MatchClass(c) => {
            scan_expr(&c.cls, uses, nested, false, m);
            for p in c.patterns.iter().chain(&c.kwd_patterns) {
                scan_pattern(p, uses, nested, m);
            }
        }
        PatternKind::MatchStar(name) => store(name, uses, nested),
        PatternKind::MatchAs { pattern, name } => {
            if let Some(p) = pattern {
                scan_pattern(p, uses, nested, m);
            }
            store(name, uses, nested);
        }
    }
}

/// The name a `def` or `class` statement binds, wherever the resolver put it.
fn def_name(name: &Name, uses: &mut Uses, module: bool) {
    if module {
        uses.assigned.insert(name.clone());
    } else {
        // In a class body the name joins the namespace; in a function it is
        // a local the scope listing shows.
        if !uses.class_names.contains(name) {
            uses.class_names.push(name.clone());
        }
    }
}

fn scan_defaults<'a>(p: &'a Params, uses: &mut Uses, nested: &mut Vec<Nested<'a>>, m: bool) {
    for a in p.args.iter().chain(&p.kwonly) {
        if let Some(d) = &a.default {
            scan_expr(d, uses, nested, false, m);
        }
    }
}

fn scan_comprehension_inside<'a>(
    c: &'a Comprehension,
    uses: &mut Uses,
    nested: &mut Vec<Nested<'a>>,
) {
    for (i, g) in c.generators.iter().enumerate() {
        // The first iterable belongs to the enclosing scope.
        if i > 0 {
            scan_expr(&g.iter, uses, nested, false, false);
        }
        scan_expr(&g.target, uses, nested, true, false);
        for cond in &g.ifs {
            scan_expr(cond, uses, nested, false, false);
        }
    }
    scan_expr(&c.elt, uses, nested, false, false);
    if let Some(v) = &c.value {
        scan_expr(v, uses, nested, false, false);
    }
}

fn scan_expr<'a>(e: &'a Expr, uses: &mut Uses, nested: &mut Vec<Nested<'a>>, store: bool, m: bool) {
    let go = |x: &'a Expr, uses: &mut Uses, nested: &mut Vec<Nested<'a>>| {
        scan_expr(x, uses, nested, false, m)
    };
    match &e.kind {
        ExprKind::Name { id, scope, .. } => note_name(id, *scope, store, uses, m),
        ExprKind::Constant(_) => {}
        ExprKind::FString(parts) => scan_fstring(parts, uses, nested, m),
        ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| go(v, uses, nested)),
        ExprKind::NamedExpr { target, value } => {
            go(value, uses, nested);
            scan_expr(target, uses, nested, true, m);
        }
        ExprKind::BinOp { left, right, .. } => {
            go(left, uses, nested);
            go(right, uses, nested);
        }
        ExprKind::UnaryOp { operand, .. } => go(operand, uses, nested),
        ExprKind::Lambda(f) => {
            scan_defaults(&f.params, uses, nested, m);
            nested.push(Nested::Function(f, e.span));
        }
        ExprKind::IfExp { test, body, orelse } => {
            go(test, uses, nested);
            go(body, uses, nested);
            go(orelse, uses, nested);
        }
        ExprKind::Dict(items) => {
            for (k, v) in items {
                if let Some(k) = k {
                    go(k, uses, nested);
                }
                go(v, uses, nested);
            }
        }
        ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple { items, .. } => {
            for x in items {
                scan_expr(x, uses, nested, store, m);
            }
        }
        ExprKind::Comprehension(c) => {
            if let Some(g) = c.generators.first() {
                go(&g.iter, uses, nested);
            }
            nested.push(Nested::Comprehension(c));
        }
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                go(v, uses, nested);
            }
        }
        ExprKind::YieldFrom(v) | ExprKind::Await(v) => go(v, uses, nested),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            go(left, uses, nested);
            comparators.iter().for_each(|c| go(c, uses, nested));
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            go(func, uses, nested);
            args.iter().for_each(|a| go(a, uses, nested));
            keywords.iter().for_each(|k| go(&k.value, uses, nested));
        }
        ExprKind::Attribute { value, .. } => go(value, uses, nested),
        ExprKind::Subscript { value, index } => {
            go(value, uses, nested);
            go(index, uses, nested);
        }
        ExprKind::Starred(inner) => scan_expr(inner, uses, nested, store, m),
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                go(x, uses, nested);
            }
        }
    }
}

fn scan_fstring<'a>(
    parts: &'a [FStringPart],
    uses: &mut Uses,
    nested: &mut Vec<Nested<'a>>,
    m: bool,
) {
    for p in parts {
        if let FStringPart::Expr {
            value, format_spec, ..
        } = p
        {
            scan_expr(value, uses, nested, false, m);
            if let Some(spec) = format_spec {
                scan_fstring(spec, uses, nested, m);
            }
        }
    }
}
