//! The compile-time checks of a `case` pattern, with CPython 3.11's
//! messages and in its compiler's order: irrefutable patterns before
//! the last case, names bound twice, alternatives binding different names,
//! two starred names, repeated class-pattern keywords, duplicate literal
//! mapping keys, f-strings where a literal is required.
//!
//! CPython reports these errors at the last pattern its compiler entered
//! (it skips some wildcards), so the walk follows the same order and keeps
//! that location in `loc`.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use pyslot_grammar::ast::*;
use pyslot_grammar::SyntaxError;

use crate::interp::repr::{bytes_repr, str_repr};

type R = Result<(), SyntaxError>;

/// Checks one case's pattern. `allow_irrefutable`: the case is the last
/// one or has a guard.
pub(crate) fn check_case(p: &Pattern, allow_irrefutable: bool) -> R {
    let mut c = Checker {
        loc: p.span,
        stores: Vec::new(),
        allow_irrefutable,
    };
    c.pattern(p)
}

struct Checker {
    /// Where an error is reported: the last pattern entered.
    loc: Span,
    /// The names bound so far.
    stores: Vec<Name>,
    allow_irrefutable: bool,
}

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

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchStar(None))
}

fn name_of(x: &Expr) -> Option<&Name> {
    match &x.kind {
        ExprKind::Name { id, .. } => Some(id),
        _ => None,
    }
}

impl Checker {
    fn fail(&self, msg: impl Into<String>) -> R {
        Err(SyntaxError::new(msg, self.loc))
    }

    fn pattern(&mut self, p: &Pattern) -> R {
        self.loc = p.span;
        match &p.kind {
            PatternKind::MatchValue(x) => {
                if folded(x).is_none() && !matches!(x.kind, ExprKind::Attribute { .. }) {
                    return self.fail("patterns may only match literals and attribute lookups");
                }
                Ok(())
            }
            PatternKind::MatchSingleton(_) => Ok(()),
            PatternKind::MatchSequence(items) => self.sequence(items),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                let mut seen: Vec<Folded> = Vec::new();
                for k in keys {
                    match folded(k) {
                        Some(v) => {
                            if seen.iter().any(|s| s.equals(&v)) {
                                return self.fail(format!(
                                    "mapping pattern checks duplicate key ({})",
                                    v.repr()
                                ));
                            }
                            seen.push(v);
                        }
                        None if matches!(k.kind, ExprKind::Attribute { .. }) => {}
                        None => return self.fail(
                            "mapping pattern keys may only match literals and attribute lookups",
                        ),
                    }
                }
                for p in patterns {
                    self.subpattern(p)?;
                }
                self.store(rest.as_ref())
            }
            PatternKind::MatchClass(c) => {
                for (i, attr) in c.kwd_attrs.iter().enumerate() {
                    if let Some(p) = c.kwd_patterns.get(i) {
                        self.loc = p.span;
                    }
                    if &**attr == "__debug__" {
                        return self.fail("cannot assign to __debug__");
                    }
                    if let Some(j) = c.kwd_attrs[i + 1..].iter().position(|o| o == attr) {
                        if let Some(p) = c.kwd_patterns.get(i + 1 + j) {
                            self.loc = p.span;
                        }
                        return self
                            .fail(format!("attribute name repeated in class pattern: {attr}"));
                    }
                }
                self.loc = p.span;
                for p in c.patterns.iter().chain(&c.kwd_patterns) {
                    if !is_wildcard(p) {
                        self.subpattern(p)?;
                    }
                }
                Ok(())
            }
            PatternKind::MatchStar(name) => self.store(name.as_ref()),
            PatternKind::MatchAs {
                pattern: None,
                name,
            } => {
                if !self.allow_irrefutable {
                    return match name.as_ref().and_then(name_of) {
                        Some(n) => self.fail(format!(
                            "name capture '{n}' makes remaining patterns unreachable"
                        )),
                        None => self.fail("wildcard makes remaining patterns unreachable"),
                    };
                }
                self.store(name.as_ref())
            }
            PatternKind::MatchAs {
                pattern: Some(inner),
                name,
            } => {
                self.pattern(inner)?;
                self.store(name.as_ref())
            }
            PatternKind::MatchOr(alts) => self.or(alts),
        }
    }

    /// A pattern inside another may be irrefutable.
    fn subpattern(&mut self, p: &Pattern) -> R {
        let saved = std::mem::replace(&mut self.allow_irrefutable, true);
        let r = self.pattern(p);
        self.allow_irrefutable = saved;
        r
    }

    fn sequence(&mut self, items: &[Pattern]) -> R {
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in items.iter().enumerate() {
            if let PatternKind::MatchStar(_) = p.kind {
                if star.is_some() {
                    return self.fail("multiple starred names in sequence pattern");
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        if only_wildcard {
            return Ok(());
        }
        for (i, p) in items.iter().enumerate() {
            // With `*_`, elements are fetched by index and wildcards skipped.
            if star_wildcard && (is_wildcard(p) || star == Some(i)) {
                continue;
            }
            self.subpattern(p)?;
        }
        Ok(())
    }

    fn or(&mut self, alts: &[Pattern]) -> R {
        let outer = std::mem::take(&mut self.stores);
        let allow = self.allow_irrefutable;
        let mut control: Option<Vec<Name>> = None;
        for (i, alt) in alts.iter().enumerate() {
            self.loc = alt.span;
            self.stores = Vec::new();
            self.allow_irrefutable = i + 1 == alts.len() && allow;
            self.pattern(alt)?;
            let stores = std::mem::take(&mut self.stores);
            match &control {
                None => control = Some(stores),
                Some(c) => {
                    if c.len() != stores.len() || c.iter().any(|n| !stores.contains(n)) {
                        return self.fail("alternative patterns bind different names");
                    }
                }
            }
        }
        self.allow_irrefutable = allow;
        self.stores = outer;
        for n in control.unwrap_or_default() {
            if self.stores.contains(&n) {
                return self.fail(format!("multiple assignments to name '{n}' in pattern"));
            }
            self.stores.push(n);
        }
        Ok(())
    }

    fn store(&mut self, name: Option<&Expr>) -> R {
        let Some(n) = name.and_then(name_of) else {
            return Ok(());
        };
        if &**n == "__debug__" {
            return self.fail("cannot assign to __debug__");
        }
        if self.stores.contains(n) {
            return self.fail(format!("multiple assignments to name '{n}' in pattern"));
        }
        self.stores.push(n.clone());
        Ok(())
    }
}

// ------------------------------------------------------- literal keys

/// A literal's value as CPython folds it before compiling (`-1`, `1+2j`,
/// `"a" "b"`), for finding equal mapping keys.
enum Folded {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(Name),
    Bytes(std::rc::Rc<[u8]>),
    None,
    Bool(bool),
}

fn folded(x: &Expr) -> Option<Folded> {
    Some(match &x.kind {
        ExprKind::Constant(c) => match c {
            Constant::Int(i) => Folded::Int(BigInt::from(*i)),
            Constant::BigInt(b) => Folded::Int(b.clone()),
            Constant::Float(f) => Folded::Float(*f),
            Constant::Complex(im) => Folded::Complex(0.0, *im),
            Constant::Str(s) => Folded::Str(s.clone()),
            Constant::Bytes(b) => Folded::Bytes(b.clone()),
            Constant::None => Folded::None,
            Constant::True => Folded::Bool(true),
            Constant::False => Folded::Bool(false),
            Constant::Ellipsis => return None,
        },
        ExprKind::UnaryOp {
            op: UnaryOp::Neg,
            operand,
        } => match folded(operand)? {
            Folded::Int(i) => Folded::Int(-i),
            Folded::Float(f) => Folded::Float(-f),
            Folded::Complex(re, im) => Folded::Complex(-re, -im),
            _ => return None,
        },
        ExprKind::BinOp { left, op, right } => {
            let re = match folded(left)? {
                Folded::Int(i) => i.to_f64().unwrap_or(f64::INFINITY),
                Folded::Float(f) => f,
                _ => return None,
            };
            let Folded::Complex(r2, im) = folded(right)? else {
                return None;
            };
            match op {
                BinOp::Add => Folded::Complex(re + r2, 0.0 + im),
                BinOp::Sub => Folded::Complex(re - r2, 0.0 - im),
                _ => return None,
            }
        }
        _ => return None,
    })
}

impl Folded {
    /// As a number `(re, im)` with an exact integer part when it is one.
    fn number(&self) -> Option<(Option<&BigInt>, f64, f64)> {
        match self {
            Folded::Int(i) => Some((Some(i), f64::NAN, 0.0)),
            Folded::Bool(b) => Some((None, f64::from(u8::from(*b)), 0.0)),
            Folded::Float(f) => Some((None, *f, 0.0)),
            Folded::Complex(re, im) => Some((None, *re, *im)),
            _ => None,
        }
    }

    /// Python's `==` between two literals.
    fn equals(&self, other: &Folded) -> bool {
        match (self, other) {
            (Folded::Str(a), Folded::Str(b)) => a == b,
            (Folded::Bytes(a), Folded::Bytes(b)) => a == b,
            (Folded::None, Folded::None) => true,
            _ => match (self.number(), other.number()) {
                (Some(a), Some(b)) => num_eq(a, b),
                _ => false,
            },
        }
    }

    fn repr(&self) -> String {
        match self {
            Folded::Int(i) => i.to_string(),
            Folded::Float(f) => crate::runtime::format_spec::float_repr(*f),
            Folded::Complex(re, im) => crate::builtins::complex_type::repr(*re, *im),
            Folded::Str(s) => str_repr(s),
            Folded::Bytes(b) => bytes_repr(b),
            Folded::None => "None".into(),
            Folded::Bool(true) => "True".into(),
            Folded::Bool(false) => "False".into(),
        }
    }
}

type Num<'a> = (Option<&'a BigInt>, f64, f64);

fn num_eq(a: Num, b: Num) -> bool {
    if a.2 != b.2 {
        return false;
    }
    match (a.0, b.0) {
        (Some(x), Some(y)) => x == y,
        (Some(i), None) => int_eq_float(i, b.1),
        (None, Some(i)) => int_eq_float(i, a.1),
        (None, None) => a.1 == b.1,
    }
}

fn int_eq_float(i: &BigInt, f: f64) -> bool {
    f.is_finite() && f.fract() == 0.0 && BigInt::from_f64(f).is_some_and(|g| &g == i)
}
