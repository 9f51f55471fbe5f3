//! Which attributes a class's instances will get, read from the
//! `self.name = ...` assignments of its `__init__`, in source order.
//!
//! A dict-backed instance keeps its attribute values inline, in the order
//! of a key table its class shares among all instances; the instance's size
//! is fixed when it is made. Knowing the usual names before the first
//! instance exists lets that first instance be laid out (and be as fast) as
//! every later one. Names found here that an instance never sets just stay
//! empty slots; names not found here still join the table the first time an
//! instance sets them.

use pyslot_grammar::ast::{Expr, ExprKind, FunctionDef, Name, Stmt, StmtKind};

/// The attribute names `def __init__(self, ...)` assigns on `self`, each
/// once, in the order they first appear.
pub(crate) fn assigned_in_init(init: &FunctionDef) -> Vec<Name> {
    let Some(receiver) = init.params.args.first().map(|p| p.name.clone()) else {
        return Vec::new();
    };
    let mut names = Vec::new();
    walk(&init.body, &receiver, &mut names);
    names
}

fn walk(body: &[Stmt], receiver: &str, names: &mut Vec<Name>) {
    for s in body {
        match &s.kind {
            StmtKind::Assign { targets, .. } => {
                for t in targets {
                    target(t, receiver, names);
                }
            }
            StmtKind::AugAssign { target: t, .. } | StmtKind::AnnAssign { target: t, .. } => {
                target(t, receiver, names)
            }
            StmtKind::For {
                target: t,
                body,
                orelse,
                ..
            } => {
                target(t, receiver, names);
                walk(body, receiver, names);
                walk(orelse, receiver, names);
            }
            StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
                walk(body, receiver, names);
                walk(orelse, receiver, names);
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    if let Some(t) = &item.target {
                        target(t, receiver, names);
                    }
                }
                walk(body, receiver, names);
            }
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    walk(&c.body, receiver, names);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                walk(body, receiver, names);
                for h in handlers {
                    walk(&h.body, receiver, names);
                }
                walk(orelse, receiver, names);
                walk(finalbody, receiver, names);
            }
            _ => {}
        }
    }
}

fn target(t: &Expr, receiver: &str, names: &mut Vec<Name>) {
    match &t.kind {
        ExprKind::Attribute { value, attr, .. } => {
            if let ExprKind::Name { id, .. } = &value.kind {
                if &**id == receiver && !names.contains(attr) {
                    names.push(attr.clone());
                }
            }
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for item in items {
                target(item, receiver, names);
            }
        }
        ExprKind::Starred(inner) => target(inner, receiver, names),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn init_of(src: &str) -> Vec<String> {
        let body = pyslot_grammar::parse_module(src).expect("parses");
        let StmtKind::ClassDef(c) = &body[0].kind else {
            panic!("a class");
        };
        let init = c
            .body
            .iter()
            .find_map(|s| match &s.kind {
                StmtKind::FunctionDef(f) if &*f.name == "__init__" => Some(f.clone()),
                _ => None,
            })
            .expect("__init__");
        assigned_in_init(&init)
            .iter()
            .map(|n| n.to_string())
            .collect()
    }

    #[test]
    fn names_in_source_order_once_each() {
        let src = "class P:\n    def __init__(me, x, y):\n        me.x, me.y = x, y\n        if x:\n            me.z = 1\n        else:\n            me.x = 2\n        other.w = 3\n        me.total += 1\n";
        assert_eq!(init_of(src), vec!["x", "y", "z", "total"]);
    }
}
