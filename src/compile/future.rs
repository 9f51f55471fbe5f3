//! `from __future__ import ...`: checked before anything runs, as CPython's
//! compiler does. Every feature Python 3.11 knows is already the language's
//! behaviour (or, for `annotations`, changes nothing a script can rely on
//! here), so the statement only has to be in the right place and name a
//! real feature; at run time it imports the `__future__` module like any
//! other import.

use pyslot_grammar::ast::{Constant, Expr, ExprKind, Span, Stmt, StmtKind};
use pyslot_grammar::SyntaxError;

/// The feature names of Python 3.11's `__future__`.
const FEATURES: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Future imports must come first in a module (after its docstring) and
/// name known features. Returns whether `annotations` is one of them.
pub(crate) fn check(body: &[Stmt]) -> Result<bool, SyntaxError> {
    let mut at_start = true;
    let mut annotations = false;
    for (i, stmt) in body.iter().enumerate() {
        match &stmt.kind {
            StmtKind::Expr(e) if i == 0 && is_docstring(&e.kind) => {}
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
                ..
            } if &**m == "__future__" => {
                if !at_start {
                    return Err(SyntaxError::new(
                        "from __future__ imports must occur at the beginning of the file",
                        stmt.span,
                    ));
                }
                for alias in names {
                    let first_char = Span {
                        start: stmt.span.start,
                        end: stmt.span.start + 1,
                    };
                    if &*alias.name == "braces" {
                        return Err(SyntaxError::new("not a chance", first_char));
                    }
                    annotations |= &*alias.name == "annotations";
                    if !FEATURES.contains(&&*alias.name) {
                        return Err(SyntaxError::new(
                            format!("future feature {} is not defined", alias.name),
                            first_char,
                        ));
                    }
                }
            }
            _ => at_start = false,
        }
    }
    Ok(annotations)
}

/// PEP 563: with `from __future__ import annotations`, an annotation is
/// never evaluated; `__annotations__` holds its source text. So forward
/// references (`def add(self, other: Vector) -> Vector` inside `class
/// Vector`) work. The tree's annotations become string constants.
pub(crate) fn annotations_as_text(body: &mut [Stmt], text: &str) {
    for stmt in body {
        match &mut stmt.kind {
            StmtKind::FunctionDef(f) => {
                if let Some(f) = std::rc::Rc::get_mut(f) {
                    let p = &mut f.params;
                    let params = p
                        .args
                        .iter_mut()
                        .chain(p.vararg.iter_mut())
                        .chain(p.kwonly.iter_mut())
                        .chain(p.kwarg.iter_mut());
                    for param in params {
                        if let Some(a) = &mut param.annotation {
                            as_text(a, text);
                        }
                    }
                    if let Some(r) = &mut f.returns {
                        as_text(r, text);
                    }
                    annotations_as_text(&mut f.body, text);
                }
            }
            StmtKind::ClassDef(c) => {
                if let Some(c) = std::rc::Rc::get_mut(c) {
                    annotations_as_text(&mut c.body, text);
                }
            }
            StmtKind::AnnAssign { annotation, .. } => as_text(annotation, text),
            StmtKind::For { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::If { body, orelse, .. } => {
                annotations_as_text(body, text);
                annotations_as_text(orelse, text);
            }
            StmtKind::With { body, .. } => annotations_as_text(body, text),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                annotations_as_text(body, text);
                for h in handlers {
                    annotations_as_text(&mut h.body, text);
                }
                annotations_as_text(orelse, text);
                annotations_as_text(finalbody, text);
            }
            _ => {}
        }
    }
}

fn as_text(e: &mut Expr, text: &str) {
    let (start, end) = (e.span.start as usize, e.span.end as usize);
    if let Some(src) = text.get(start..end) {
        e.kind = ExprKind::Constant(Constant::Str(std::rc::Rc::from(src)));
    }
}

fn is_docstring(e: &ExprKind) -> bool {
    matches!(e, ExprKind::Constant(Constant::Str(_)))
}
