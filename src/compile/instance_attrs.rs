//! Which attributes a class's instances will get, read from the
//! `self.name = ...` assignments of its `__init__`, in source order, with
//! what the base class's `__init__` sets where it is called, then those of
//! its other methods.
//!
//! A dict-backed instance keeps its attribute values inline, in the order
//! of a key table its class shares among all instances; the instance's size
//! is fixed when it is made. Knowing the usual names before the first
//! instance exists lets that first instance be laid out (and be as fast) as
//! every later one. Names found here that an instance never sets just stay
//! empty slots; names not found here still join the table the first time an
//! instance sets them.

use pyslot_grammar::ast::{Expr, ExprKind, FunctionDef, Name, Stmt, StmtKind};

/// What a base class's `__init__` assigns, for a call of it in a
/// subclass's: `super().__init__(...)` asks with `None`, `Base.__init__(self,
/// ...)` with `Some("Base")`.
pub(crate) type Inherited<'a> = &'a dyn Fn(Option<&str>) -> Vec<Name>;

/// The attribute names method `f` (`def f(self, ...)`) assigns on `self`,
/// each once, in the order they first appear, added to `names`.
pub(crate) fn assigned_in(f: &FunctionDef, inherited: Inherited, names: &mut Vec<Name>) {
    let Some(receiver) = f.params.args.first().map(|p| p.name.clone()) else {
        return;
    };
    walk(&f.body, &receiver, inherited, names);
}

/// `super().__init__(...)` (`Some(None)`) or `Name.__init__(receiver, ...)`
/// (`Some(Some(name))`).
fn base_init_call<'a>(x: &'a Expr, receiver: &str) -> Option<Option<&'a str>> {
    let ExprKind::Call { func, args, .. } = &x.kind else {
        return None;
    };
    let ExprKind::Attribute { value, attr, .. } = &func.kind else {
        return None;
    };
    if &**attr != "__init__" {
        return None;
    }
    match &value.kind {
        ExprKind::Call { func, args, .. } if args.is_empty() => match &func.kind {
            ExprKind::Name { id, .. } if &**id == "super" => Some(None),
            _ => None,
        },
        ExprKind::Name { id, .. } => match args.first().map(|a| &a.kind) {
            Some(ExprKind::Name { id: first, .. }) if &**first == receiver => Some(Some(&**id)),
            _ => None,
        },
        _ => None,
    }
}

fn walk(body: &[Stmt], receiver: &str, inherited: Inherited, names: &mut Vec<Name>) {
    let inner = |body: &[Stmt], names: &mut Vec<Name>| walk(body, receiver, inherited, names);
    for s in body {
        match &s.kind {
            StmtKind::Expr(x) => {
                if let Some(base) = base_init_call(x, receiver) {
                    for name in inherited(base) {
                        if !names.contains(&name) {
                            names.push(name);
                        }
                    }
                }
            }
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
                inner(body, names);
                inner(orelse, names);
            }
            StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
                inner(body, names);
                inner(orelse, names);
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    if let Some(t) = &item.target {
                        target(t, receiver, names);
                    }
                }
                inner(body, names);
            }
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    inner(&c.body, names);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                inner(body, names);
                for h in handlers {
                    inner(&h.body, names);
                }
                inner(orelse, names);
                inner(finalbody, names);
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
        ExprKind::Tuple { items, .. } | ExprKind::List(items) => {
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
        let mut names = Vec::new();
        let base = |_: Option<&str>| vec![Name::from("a"), Name::from("x")];
        assigned_in(&init, &base, &mut names);
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn names_in_source_order_once_each() {
        let src = "class P:\n    def __init__(me, x, y):\n        me.x, me.y = x, y\n        if x:\n            me.z = 1\n        else:\n            me.x = 2\n        other.w = 3\n        me.total += 1\n";
        assert_eq!(init_of(src), vec!["x", "y", "z", "total"]);
    }

    #[test]
    fn a_base_init_call_brings_the_base_names_in_its_place() {
        let src = "class P(B):\n    def __init__(self, y):\n        self.y = y\n        super().__init__()\n        self.z = 1\n";
        assert_eq!(init_of(src), vec!["y", "a", "x", "z"]);
        let src = "class P(B):\n    def __init__(self):\n        B.__init__(self, 1)\n        self.x = 1\n        B.__init__(other)\n";
        assert_eq!(init_of(src), vec!["a", "x"]);
    }
}
