//! `match` statements: each case's pattern tried against the subject in
//! turn, by the rules of CPython 3.11's `MATCH_*` instructions (which
//! special methods run, in which order, and how often).
//!
//! The names a pattern captures are gathered while it is matched and
//! stored only when the whole pattern has matched, before the guard runs:
//! a failed pattern binds nothing.

use std::rc::Rc;

use smallvec::SmallVec;

use pyslot_grammar::ast::*;

use super::attr_cache::AttrSite;
use super::exec::Flow;
use super::frame::Frame;
use super::Interp;
use crate::runtime::class::{BuiltinKind, Class};
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::int::int_from_len;
use crate::runtime::value::Value;

/// The captures of the pattern being matched: target and value.
type Binds<'a> = SmallVec<[(&'a Expr, Value); 4]>;

/// `_` alone.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

/// The builtin types whose instances a class pattern with one positional
/// sub-pattern matches whole (`int(x)`): CPython's `_Py_TPFLAGS_MATCH_SELF`,
/// inherited by subclasses.
fn matches_self(cls: &Rc<Class>) -> bool {
    std::iter::once(cls).chain(cls.mro_rest.iter()).any(|c| {
        matches!(
            c.kind,
            BuiltinKind::Bool
                | BuiltinKind::Bytes
                | BuiltinKind::ByteArray
                | BuiltinKind::Dict
                | BuiltinKind::Float
                | BuiltinKind::FrozenSet
                | BuiltinKind::Int
                | BuiltinKind::List
                | BuiltinKind::Set
                | BuiltinKind::Str
                | BuiltinKind::Tuple
        )
    })
}

/// `subject == literal` for the common builtin pairs, without making the
/// literal's value; `None` when the interpreter must compare.
fn literal_eq(x: &Expr, v: &Value) -> Option<bool> {
    let c = match &x.kind {
        ExprKind::Constant(c) => c,
        ExprKind::UnaryOp {
            op: UnaryOp::Neg,
            operand,
        } => {
            return match (&operand.kind, v) {
                (ExprKind::Constant(Constant::Int(i)), Value::Int(j)) => {
                    Some(i.checked_neg() == Some(*j))
                }
                (ExprKind::Constant(Constant::Float(a)), Value::Float(b)) => Some(-a == *b),
                (_, Value::Str(_) | Value::None) => Some(false),
                _ => None,
            };
        }
        _ => return None,
    };
    match (c, v) {
        (Constant::Int(i), Value::Int(j)) => Some(i == j),
        (Constant::Int(i), Value::Bool(b)) => Some(*i == i64::from(*b)),
        (Constant::Float(a), Value::Float(b)) => Some(a == b),
        (Constant::Str(s), Value::Str(t)) => Some(**s == *t.as_str()),
        (Constant::Bytes(a), Value::Bytes(b)) => Some(a[..] == b[..]),
        (Constant::Str(_), Value::Int(_) | Value::Float(_) | Value::None | Value::Bool(_)) => {
            Some(false)
        }
        (Constant::Int(_) | Constant::Float(_), Value::Str(_) | Value::None) => Some(false),
        _ => None,
    }
}

impl Interp {
    pub(super) fn exec_match(
        &mut self,
        f: &mut Frame,
        subject: &Expr,
        cases: &[MatchCase],
    ) -> PyResult<Flow> {
        let subject = self.eval(f, subject)?;
        let mut binds: Binds = SmallVec::new();
        for case in cases {
            f.pos = case.pattern.span.start;
            binds.clear();
            if !self.match_pattern(f, &case.pattern, &subject, &mut binds)? {
                continue;
            }
            for (target, v) in binds.drain(..) {
                self.store(f, target, v)?;
            }
            if let Some(g) = &case.guard {
                f.pos = g.span.start;
                if !self.eval_test(f, g)? {
                    continue;
                }
            }
            return self.exec_block(f, &case.body);
        }
        Ok(Flow::Normal)
    }

    fn match_pattern<'a>(
        &mut self,
        f: &mut Frame,
        p: &'a Pattern,
        v: &Value,
        binds: &mut Binds<'a>,
    ) -> PyResult<bool> {
        match &p.kind {
            PatternKind::MatchAs { pattern, name } => {
                if let Some(inner) = pattern {
                    if !self.match_pattern(f, inner, v, binds)? {
                        return Ok(false);
                    }
                }
                if let Some(n) = name {
                    binds.push((n, v.clone()));
                }
                Ok(true)
            }
            PatternKind::MatchValue(x) => {
                if let Some(r) = literal_eq(x, v) {
                    return Ok(r);
                }
                if self.compares_by_identity(v) && !matches!(x.kind, ExprKind::Attribute { .. }) {
                    // A literal is never the same object as an instance.
                    return Ok(false);
                }
                self.match_value(f, x, v).map_err(|e| e.at(p.span))
            }
            PatternKind::MatchSingleton(c) => Ok(match c {
                Constant::None => matches!(v, Value::None),
                Constant::True => matches!(v, Value::Bool(true)),
                Constant::False => matches!(v, Value::Bool(false)),
                _ => false,
            }),
            PatternKind::MatchSequence(items) => self
                .match_sequence(f, items, v, binds)
                .map_err(|e| e.at(p.span)),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self
                .match_mapping(f, keys, patterns, rest.as_ref(), v, binds)
                .map_err(|e| e.at(p.span)),
            PatternKind::MatchClass(c) => {
                self.match_class(f, c, v, binds).map_err(|e| e.at(p.span))
            }
            PatternKind::MatchStar(name) => {
                if let Some(n) = name {
                    binds.push((n, v.clone()));
                }
                Ok(true)
            }
            PatternKind::MatchOr(alts) => {
                let mark = binds.len();
                for alt in alts {
                    if self.match_pattern(f, alt, v, binds)? {
                        return Ok(true);
                    }
                    binds.truncate(mark);
                }
                Ok(false)
            }
        }
    }

    /// An instance whose `==` is `object`'s: identity, nothing to call.
    fn compares_by_identity(&self, v: &Value) -> bool {
        let Value::Instance(i) = v else {
            return false;
        };
        match (
            i.class().lookup("__eq__"),
            self.types.object.lookup("__eq__"),
        ) {
            (Some(Value::Builtin(a)), Some(Value::Builtin(b))) => Rc::ptr_eq(&a, &b),
            _ => false,
        }
    }

    /// A literal or dotted name: `subject == value`.
    fn match_value(&mut self, f: &mut Frame, x: &Expr, v: &Value) -> PyResult<bool> {
        let want = self.eval(f, x)?;
        let r = self.compare(CmpOp::Eq, v, &want)?;
        self.truthy(&r)
    }

    /// `MATCH_SEQUENCE`: lists, tuples, ranges and instances of list and
    /// tuple subclasses; never strings, bytes or mappings.
    fn is_sequence(&self, v: &Value) -> bool {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
            Value::Instance(i) => {
                let c = i.class();
                c.is_subclass(&self.types.list) || c.is_subclass(&self.types.tuple)
            }
            _ => false,
        }
    }

    fn match_sequence<'a>(
        &mut self,
        f: &mut Frame,
        items: &'a [Pattern],
        v: &Value,
        binds: &mut Binds<'a>,
    ) -> PyResult<bool> {
        if !self.is_sequence(v) {
            return Ok(false);
        }
        let n = items.len();
        let star = items
            .iter()
            .position(|p| matches!(p.kind, PatternKind::MatchStar(_)));
        let star_wildcard =
            star.is_some_and(|i| matches!(items[i].kind, PatternKind::MatchStar(None)));
        match star {
            None => {
                if self.len(v)? != n {
                    return Ok(false);
                }
            }
            Some(_) if n > 1 => {
                if self.len(v)? < n - 1 {
                    return Ok(false);
                }
            }
            Some(_) => {}
        }
        let only_wildcard = items
            .iter()
            .all(|p| is_wildcard(p) || matches!(p.kind, PatternKind::MatchStar(None)));
        if only_wildcard {
            return Ok(true);
        }
        if let (true, Some(star)) = (star_wildcard, star) {
            // `[a, *_, b]`: the elements by index, those after the star
            // counted from the length (the subject may not take negative
            // indexes).
            for (i, p) in items.iter().enumerate() {
                if i == star || is_wildcard(p) {
                    continue;
                }
                let index = if i < star {
                    int_from_len(i)
                } else {
                    int_from_len(self.len(v)?) - int_from_len(n - i)
                };
                let item = self.getitem(v, &Value::Int(index))?;
                if !self.match_pattern(f, p, &item, binds)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
        // Otherwise the subject is unpacked, as `a, *b, c = subject` would.
        let values = self.unpack_subject(v, n, star)?;
        let len = values.len();
        for (i, p) in items.iter().enumerate() {
            let ok = match star {
                Some(s) if i == s => {
                    let middle = values[s..len - (n - 1 - s)].to_vec();
                    self.match_pattern(f, p, &Value::list(middle), binds)?
                }
                Some(s) if i > s => self.match_pattern(f, p, &values[len - (n - i)], binds)?,
                _ => self.match_pattern(f, p, &values[i], binds)?,
            };
            if !ok {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The items of a sequence subject, checked against the pattern's
    /// length as unpacking checks them.
    fn unpack_subject(
        &mut self,
        v: &Value,
        n: usize,
        star: Option<usize>,
    ) -> PyResult<SmallVec<[Value; 8]>> {
        let values: SmallVec<[Value; 8]> = match v {
            Value::List(l) => l.items.borrow().iter().cloned().collect(),
            Value::Tuple(t) => t.items.iter().cloned().collect(),
            _ => {
                let it = self.get_iter(v)?;
                let mut out = SmallVec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                }
                out
            }
        };
        let got = values.len();
        match star {
            None if got > n => Err(PyErr::value_error(format!(
                "too many values to unpack (expected {n})"
            ))),
            None if got < n => Err(PyErr::value_error(format!(
                "not enough values to unpack (expected {n}, got {got})"
            ))),
            Some(_) if got + 1 < n => Err(PyErr::value_error(format!(
                "not enough values to unpack (expected at least {}, got {got})",
                n - 1
            ))),
            _ => Ok(values),
        }
    }

    /// `MATCH_MAPPING` then `MATCH_KEYS`: dicts and instances of dict
    /// subclasses, whose keys are looked up with `get(key, <missing>)`.
    fn match_mapping<'a>(
        &mut self,
        f: &mut Frame,
        keys: &[Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a Expr>,
        v: &Value,
        binds: &mut Binds<'a>,
    ) -> PyResult<bool> {
        let exact = match v {
            Value::Dict(d) => Some(d.clone()),
            Value::Instance(i) if i.class().is_subclass(&self.types.dict) => None,
            _ => return Ok(false),
        };
        if keys.is_empty() && rest.is_none() {
            return Ok(true);
        }
        if !keys.is_empty() && self.len(v)? < keys.len() {
            return Ok(false);
        }
        // Literal keys are distinct (checked at compile time); keys that
        // are dotted names may equal one another.
        let dotted = keys
            .iter()
            .any(|k| matches!(k.kind, ExprKind::Attribute { .. }));
        // A dict's `str` literal keys are looked up without making them.
        let by_str = exact.is_some() && !dotted && rest.is_none();
        let mut key_values: SmallVec<[Value; 4]> = SmallVec::new();
        if !by_str {
            for k in keys {
                key_values.push(self.eval(f, k)?);
            }
        }
        let getter = match &exact {
            Some(_) => None,
            None => {
                let get = self.getattr(v, "get")?;
                let missing =
                    self.call(&Value::Class(self.types.object.clone()), vec![], vec![])?;
                Some((get, missing))
            }
        };
        let mut values: SmallVec<[Value; 4]> = SmallVec::new();
        for (i, k) in keys.iter().enumerate() {
            let found = if by_str {
                match (&k.kind, &exact) {
                    (ExprKind::Constant(Constant::Str(s)), Some(d)) => d.get_str_key(s),
                    (_, Some(d)) => {
                        let key = self.eval(f, k)?;
                        self.dict_get(d, &key)?
                    }
                    (_, None) => None,
                }
            } else {
                let key = &key_values[i];
                if dotted {
                    self.check_duplicate_key(&key_values[..i], key)?;
                }
                match (&exact, &getter) {
                    (Some(d), _) => self.dict_get(d, key)?,
                    (None, Some((get, missing))) => {
                        let got = self.call(get, vec![key.clone(), missing.clone()], vec![])?;
                        (!got.is(missing)).then_some(got)
                    }
                    (None, None) => None,
                }
            };
            match found {
                Some(x) => values.push(x),
                None => return Ok(false),
            }
        }
        for (p, x) in patterns.iter().zip(values.iter()) {
            if !self.match_pattern(f, p, x, binds)? {
                return Ok(false);
            }
        }
        if let Some(target) = rest {
            // `**rest`: a new dict of the subject's other items.
            let copy = match (&exact, v) {
                (Some(d), _) => d.copy()?,
                // A dict subclass's items are copied as `dict.update` copies
                // them: from the dict itself.
                (None, Value::Instance(i)) => match i.base_value() {
                    Some(Value::Dict(d)) => d.copy()?,
                    _ => PyDict::new(),
                },
                (None, _) => PyDict::new(),
            };
            for key in &key_values {
                if self.dict_del(&copy, key)?.is_none() {
                    return Err(PyErr::key_error(key.clone()));
                }
            }
            binds.push((target, Value::new_dict(copy)));
        }
        Ok(true)
    }

    /// CPython puts a mapping pattern's keys in a set as it looks them up:
    /// the same key twice is an error.
    fn check_duplicate_key(&mut self, earlier: &[Value], key: &Value) -> PyResult<()> {
        let h = self.hash(key)?;
        for k in earlier {
            if self.hash(k)? == h && (k.is(key) || self.eq(k, key)?) {
                let r = self.repr(key)?;
                return Err(PyErr::value_error(format!(
                    "mapping pattern checks duplicate key ({r})"
                )));
            }
        }
        Ok(())
    }

    /// `MATCH_CLASS`: an instance check, then the attributes named by
    /// `__match_args__` (positional sub-patterns) and by the keywords,
    /// all fetched before any sub-pattern is tried.
    fn match_class<'a>(
        &mut self,
        f: &mut Frame,
        c: &'a ClassPattern,
        v: &Value,
        binds: &mut Binds<'a>,
    ) -> PyResult<bool> {
        let clsv = self.eval(f, &c.cls)?;
        let Value::Class(cls) = &clsv else {
            return Err(PyErr::type_error("called match pattern must be a type"));
        };
        if !self.instance_of(v, cls, &clsv)? {
            return Ok(false);
        }
        let nargs = c.patterns.len();
        // The attribute lookups' caches: one per positional pattern, then
        // one per keyword.
        let tables = f.sites.clone();
        let sites = tables.attrs(c.attr_sites, nargs + c.kwd_attrs.len());
        let mut attrs: SmallVec<[Value; 4]> = SmallVec::new();
        // The names used so far (a name twice is an error).
        let mut seen: SmallVec<[Value; 4]> = SmallVec::new();
        if nargs > 0 {
            let match_args = self.match_args(cls, &clsv)?;
            let (names, allowed) = match &match_args {
                Some(Value::Tuple(t)) => (Some(t.clone()), t.items.len()),
                Some(other) => {
                    return Err(PyErr::type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        cls.name,
                        other.type_name()
                    )))
                }
                None => (None, usize::from(matches_self(cls))),
            };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(PyErr::type_error(format!(
                    "{}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)",
                    cls.name
                )));
            }
            match names {
                None => attrs.push(v.clone()),
                Some(t) => {
                    let id = Rc::as_ptr(cls) as usize;
                    let filled_for = tables.class_pattern(c.class_site);
                    if filled_for.get() != id {
                        sites.iter().take(nargs).for_each(AttrSite::clear);
                        filled_for.set(id);
                    }
                    for (name, site) in t.items.iter().take(nargs).zip(sites) {
                        let Value::Str(s) = name else {
                            return Err(PyErr::type_error(format!(
                                "__match_args__ elements must be strings (got {})",
                                name.type_name()
                            )));
                        };
                        if seen.iter().any(|o| o.as_str() == Some(s.as_str())) {
                            return Err(repeated_attr(cls, s.as_str()));
                        }
                        seen.push(name.clone());
                        // The site caches per subject class; for one
                        // pattern class the name here stays the same
                        // (changing `__match_args__` bumps the epoch).
                        match self.getattr_cached(v, s.as_str(), site) {
                            Ok(a) => attrs.push(a),
                            Err(e) if e.is(ExcKind::AttributeError) => return Ok(false),
                            Err(e) => return Err(e),
                        }
                    }
                }
            }
        }
        for (name, site) in c.kwd_attrs.iter().zip(&sites[nargs..]) {
            if seen.iter().any(|o| o.as_str() == Some(&**name)) {
                return Err(repeated_attr(cls, name));
            }
            match self.getattr_cached(v, name, site) {
                Ok(a) => attrs.push(a),
                Err(e) if e.is(ExcKind::AttributeError) => return Ok(false),
                Err(e) => return Err(e),
            }
        }
        for (p, a) in c.patterns.iter().chain(&c.kwd_patterns).zip(attrs.iter()) {
            if !is_wildcard(p) && !self.match_pattern(f, p, a, binds)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `isinstance(v, cls)`, a metaclass's `__instancecheck__` included.
    fn instance_of(&mut self, v: &Value, cls: &Rc<Class>, clsv: &Value) -> PyResult<bool> {
        if cls.metaclass.is_some() {
            return crate::builtins::functions::class_matches(self, v, clsv, "isinstance");
        }
        Ok(self.types.class_of(v).is_subclass(cls))
    }

    /// `cls.__match_args__`, or `None` when the class has none.
    fn match_args(&mut self, cls: &Rc<Class>, clsv: &Value) -> PyResult<Option<Value>> {
        if cls.metaclass.is_none() {
            match cls.lookup("__match_args__") {
                None => return Ok(None),
                Some(t @ Value::Tuple(_)) => return Ok(Some(t)),
                // A descriptor: ask the class.
                Some(_) => {}
            }
        }
        match self.getattr(clsv, "__match_args__") {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is(ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

fn repeated_attr(cls: &Class, name: &str) -> PyErr {
    PyErr::type_error(format!(
        "{}() got multiple sub-patterns for attribute {}",
        cls.name,
        super::repr::str_repr(name)
    ))
}
