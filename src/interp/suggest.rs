//! "Did you mean" hints for NameError and AttributeError, worked out when a
//! traceback is printed, with CPython's rules: a weighted edit distance
//! (a case change costs half a substitution), at most a third of the
//! characters changed, the first closest candidate winning.

use std::rc::Rc;

use super::Interp;
use crate::runtime::exception::{ExcKind, ExcState, PyErr, Suggest};
use crate::runtime::value::Value;
use pyslot_grammar::ast::Name;

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
/// Longer names are not compared (as in CPython).
const MAX_STRING_SIZE: usize = 40;
/// Namespaces this large are not searched.
const MAX_CANDIDATES: usize = 750;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Edit distance between `a` and `b`, or anything above `max` once it is
/// sure to exceed it.
fn distance(a: &[u8], b: &[u8], max: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max {
        return max + 1;
    }
    // One row of the distance matrix, updated in place.
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut diag = bi * MOVE_COST;
        result = diag;
        let mut minimum = usize::MAX;
        for (ai, &ch) in a.iter().enumerate() {
            let substitute = diag + substitution_cost(code, ch);
            diag = row[ai];
            let insert_delete = result.min(diag) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max {
            return max + 1;
        }
    }
    result
}

/// The closest of `candidates` to `name`, if close enough.
fn best_match<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<String> {
    let candidates: Vec<&str> = candidates.collect();
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        // No more than a third of the characters may need changing.
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.to_string())
}

impl Interp {
    /// Keep what an attribute error's hint needs (only for errors raised by
    /// the attribute machinery itself, not ones raised by user code).
    #[cold]
    #[inline(never)]
    pub fn note_missing_attr(&self, mut err: PyErr, obj: &Value, name: &str) -> PyErr {
        if err.0.suggest.is_none()
            && matches!(
                err.0.state,
                ExcState::Lazy {
                    kind: ExcKind::AttributeError,
                    ..
                }
            )
        {
            err.0.suggest = Some(Rc::new(Suggest::Attr(obj.clone(), Name::from(name))));
        }
        err
    }

    /// Keep what a NameError's hint needs: the names CPython searches from `f`.
    #[cold]
    #[inline(never)]
    pub fn note_missing_name(&self, mut err: PyErr, f: &super::Frame, name: &Name) -> PyErr {
        if err.0.suggest.is_some()
            || !matches!(
                err.0.state,
                ExcState::Lazy {
                    kind: ExcKind::NameError,
                    ..
                }
            )
        {
            return err;
        }
        // As in CPython: the function's local variable names (bound or
        // not; a class body or module has none), then globals, builtins.
        let mut scopes = Vec::new();
        if let Some(code) = f.code() {
            scopes.push(code.scope.local_names.clone());
        }
        let keys = |d: &crate::runtime::dict::PyDict| -> Vec<Name> {
            d.keys()
                .iter()
                .filter_map(|k| match k {
                    Value::Str(s) => Some(Name::from(s.as_str())),
                    _ => None,
                })
                .collect()
        };
        scopes.push(keys(&f.globals));
        scopes.push(keys(&self.builtins));
        err.0.suggest = Some(Rc::new(Suggest::Name(name.clone(), scopes)));
        err
    }

    /// The hint for a printed exception, if one is close enough.
    pub fn suggestion(&mut self, s: &Suggest) -> Option<String> {
        match s {
            Suggest::Name(name, scopes) => scopes
                .iter()
                .find_map(|names| best_match(name, names.iter().map(|n| &**n))),
            Suggest::Attr(obj, name) => {
                let dir = self.builtins.get_str("dir")?;
                let listing = self.call(&dir, vec![obj.clone()], Vec::new()).ok()?;
                let Value::List(l) = listing else {
                    return None;
                };
                let items = l.items.borrow();
                let names = items.iter().filter_map(|v| match v {
                    Value::Str(s) => Some(s.as_str()),
                    _ => None,
                });
                best_match(name, names)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_weigh_case_changes_lightly() {
        assert_eq!(distance(b"append", b"append", 10), 0);
        assert_eq!(distance(b"appendd", b"append", 10), 2);
        assert_eq!(distance(b"Print", b"print", 10), 1);
        assert_eq!(distance(b"prnt", b"print", 10), 2);
        assert!(distance(b"abc", b"xyz", 3) > 3);
    }

    #[test]
    fn only_close_names_are_suggested() {
        let names = ["print", "property", "range"];
        assert_eq!(
            best_match("prnt", names.into_iter()).as_deref(),
            Some("print")
        );
        assert_eq!(best_match("zzzzz", names.into_iter()), None);
    }
}
