//! Operators: arithmetic, comparison, truth, hashing and subscripting, with
//! fast paths for builtin types and the dunder protocol for user classes.

use std::cmp::Ordering;
use std::rc::Rc;

use pyslot_grammar::ast::{BinOp, CmpOp, UnaryOp};

use super::Interp;
use crate::runtime::dict::{may_have_user_eq, PyDict};
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::fallible;
use crate::runtime::hash::builtin_hash;
use crate::runtime::int::{self, as_number, compare_numbers};
use crate::runtime::set::{PySet, SetTable};
use crate::runtime::slots;
use crate::runtime::value::{PyList, PyRange, PySlice, PyStr, Value};

fn dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    let s = slots::binary(op);
    (s.method, s.reflected, s.in_place)
}

/// What `|` may join into a type union: a class or None.
fn is_union_operand(v: &Value) -> bool {
    matches!(v, Value::Class(_) | Value::None)
}

/// Arithmetic on two small ints or two floats (or one of each) whose
/// result needs no error check: the loop-body case, answered inline.
/// `None` sends the operation down the full path (overflow to big ints,
/// division by zero, negative modulo, user types...).
#[inline(always)]
pub(crate) fn arith_fast(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    let (x, y) = match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            let r = match op {
                BinOp::Add => x.checked_add(y),
                BinOp::Sub => x.checked_sub(y),
                BinOp::Mult => x.checked_mul(y),
                // Non-negative operands: Rust's and Python's rules agree.
                BinOp::Mod if x >= 0 && y > 0 => Some(x % y),
                BinOp::FloorDiv if x >= 0 && y > 0 => Some(x / y),
                BinOp::BitAnd => Some(x & y),
                BinOp::BitOr => Some(x | y),
                BinOp::BitXor => Some(x ^ y),
                _ => None,
            };
            return r.map(Value::Int);
        }
        (Value::Float(x), Value::Float(y)) => (*x, *y),
        // An i64 converts to the nearest float, as CPython's int does.
        (Value::Float(x), Value::Int(y)) => (*x, int::float_from_int(*y)),
        (Value::Int(x), Value::Float(y)) => (int::float_from_int(*x), *y),
        _ => return None,
    };
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div if y != 0.0 => x / y,
        // A positive base never needs complex results; a non-finite result
        // from finite operands is an OverflowError, left to the full path.
        BinOp::Pow if x > 0.0 => {
            let r = x.powf(y);
            if !r.is_finite() && x.is_finite() && y.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    };
    Some(Value::Float(r))
}

/// Normalize a sequence index (negative counts from the end).
/// `seq[i]` for a list or a tuple and an index in range, read in place;
/// `None` for the rest (which `getitem` answers, errors included).
#[inline(always)]
pub(crate) fn item_at(seq: &Value, i: i64) -> Option<Value> {
    match seq {
        Value::List(l) => {
            let items = l.items.borrow();
            norm_index(i, items.len()).map(|j| items[j].clone())
        }
        Value::Tuple(t) => norm_index(i, t.items.len()).map(|j| t.items[j].clone()),
        _ => None,
    }
}

pub(crate) fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + int::int_from_len(len) } else { i };
    usize::try_from(j).ok().filter(|&j| j < len)
}

/// A range's length as a sequence's: past `i64::MAX` an OverflowError, as
/// CPython's `len()` gives.
fn range_len(r: &PyRange) -> PyResult<usize> {
    r.len()
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| PyErr::overflow("Python int too large to convert to C ssize_t"))
}

impl Interp {
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = int::arith(op, a, b) {
            return r;
        }
        if let Some(r) = self.builtin_binary(op, a, b)? {
            return Ok(r);
        }
        // `int | str`, `str | None`: a union of types.
        if op == BinOp::BitOr
            && is_union_operand(a)
            && is_union_operand(b)
            && (matches!(a, Value::Class(_)) || matches!(b, Value::Class(_)))
        {
            return self.make_typing_object("UnionType", vec![a.clone(), b.clone()]);
        }
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            let (name, rname, _) = dunder(op);
            if self.right_first(a, b, rname) {
                if let Some(r) = self.try_special(b, rname, a)? {
                    return Ok(r);
                }
                if self.right_is_subclass(a, b) {
                    if let Some(r) = self.try_special(b, rname, a)? {
                        return Ok(r);
                    }
                }
                if let Some(r) = self.try_special(a, name, b)? {
                    return Ok(r);
                }
                return Err(self.binop_type_error(op, a, b));
            }
            if let Some(r) = self.try_special(a, name, b)? {
                return Ok(r);
            }
            if !a.is(b) || matches!(a, Value::Instance(_)) {
                if let Some(r) = self.try_special(b, rname, a)? {
                    return Ok(r);
                }
            }
        }
        Err(self.binop_type_error(op, a, b))
    }

    /// Call a binary special method; `None` when the type lacks it or it
    /// returned NotImplemented (so the caller tries the next option).
    fn try_special(&mut self, obj: &Value, name: &str, arg: &Value) -> PyResult<Option<Value>> {
        // A builtin type's own operator takes a subclass instance's value
        // (`Money(2) + Money(3)` adds two ints).
        let unwrapped;
        let arg = match arg {
            Value::Instance(i) if i.base_value().is_some() => {
                match self.types.class_of(obj).lookup(name) {
                    Some(Value::Builtin(_)) => {
                        unwrapped = i.base_value().unwrap_or_default();
                        &unwrapped
                    }
                    _ => arg,
                }
            }
            _ => arg,
        };
        match self.call_special1(obj, name, arg) {
            Some(r) => match r? {
                Value::NotImplemented => Ok(None),
                v => Ok(Some(v)),
            },
            None => Ok(None),
        }
    }

    /// Comparisons try the right operand's reflected method first whenever
    /// its type is a proper subclass of the left's (overridden or not).
    fn right_is_subclass(&self, a: &Value, b: &Value) -> bool {
        let (ta, tb) = (self.types.class_of(a), self.types.class_of(b));
        !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta)
    }

    /// The right operand goes first when its type is a proper subclass of
    /// the left's that overrides the reflected method.
    pub(crate) fn right_first(&self, a: &Value, b: &Value, rname: &str) -> bool {
        let (ta, tb) = (self.types.class_of(a), self.types.class_of(b));
        if Rc::ptr_eq(&ta, &tb) || !tb.is_subclass(&ta) {
            return false;
        }
        match (tb.lookup(rname), ta.lookup(rname)) {
            (Some(x), Some(y)) => !x.is(&y),
            (Some(_), None) => true,
            _ => false,
        }
    }

    fn binop_type_error(&self, op: BinOp, a: &Value, b: &Value) -> PyErr {
        match (op, a) {
            (BinOp::Add, Value::Str(_)) => PyErr::type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                b.type_name()
            )),
            (BinOp::Add, Value::List(_)) => PyErr::type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                b.type_name()
            )),
            (BinOp::Add, Value::Tuple(_)) => PyErr::type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                b.type_name()
            )),
            (BinOp::Mult, _) if repeats(a) => PyErr::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                b.type_name()
            )),
            (BinOp::Mult, _) if repeats(b) => PyErr::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                a.type_name()
            )),
            _ => int::unsupported(op, &a.type_name(), &b.type_name()),
        }
    }

    pub fn builtin_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        use Value::{Bool, Dict, FrozenSet, Int, List, Set, Str, Tuple};
        Ok(Some(match (op, a, b) {
            (BinOp::Add, Str(x), Str(y)) => {
                fallible::probe(fallible::sum(x.s.len(), y.s.len())?)?;
                Value::str_concat(x, y)
            }
            (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => {
                let mut v = fallible::vec_with_capacity(fallible::sum(x.len(), y.len())?)?;
                v.extend_from_slice(x);
                v.extend_from_slice(y);
                Value::Bytes(Rc::new(v))
            }
            // The left operand's type decides: bytes + bytearray is bytes.
            (
                BinOp::Add,
                Value::Bytes(_) | Value::ByteArray(_),
                Value::Bytes(_) | Value::ByteArray(_),
            ) => {
                let len = |v: &Value| v.with_bytes(<[u8]>::len).unwrap_or(0);
                let mut joined = fallible::vec_with_capacity(fallible::sum(len(a), len(b))?)?;
                a.with_bytes(|x| joined.extend_from_slice(x));
                b.with_bytes(|y| joined.extend_from_slice(y));
                match a {
                    Value::ByteArray(_) => Value::bytearray(joined),
                    _ => Value::Bytes(Rc::new(joined)),
                }
            }
            (BinOp::Add, Value::ByteArray(_), other) if !matches!(other, Value::Instance(_)) => {
                return Err(PyErr::type_error(format!(
                    "can't concat {} to bytearray",
                    other.type_name()
                )))
            }
            (BinOp::Add, Value::Bytes(_), other) if !matches!(other, Value::Instance(_)) => {
                return Err(PyErr::type_error(format!(
                    "can't concat {} to bytes",
                    other.type_name()
                )))
            }
            (BinOp::Add, List(x), List(y)) => {
                let (x, y) = (x.items.borrow(), y.items.borrow());
                let mut v = fallible::vec_with_capacity(fallible::sum(x.len(), y.len())?)?;
                v.extend(x.iter().cloned());
                v.extend(y.iter().cloned());
                Value::list(v)
            }
            (BinOp::Add, Tuple(x), Tuple(y)) => {
                let mut v =
                    fallible::vec_with_capacity(fallible::sum(x.items.len(), y.items.len())?)?;
                v.extend(x.items.iter().cloned());
                v.extend(y.items.iter().cloned());
                Value::tuple(v)
            }
            (
                BinOp::Mult,
                Str(_) | List(_) | Tuple(_) | Value::Bytes(_) | Value::ByteArray(_),
                Int(_) | Bool(_) | Value::BigInt(_),
            ) => return self.repeat(a, b).map(Some),
            (
                BinOp::Mult,
                Int(_) | Bool(_) | Value::BigInt(_),
                Str(_) | List(_) | Tuple(_) | Value::Bytes(_) | Value::ByteArray(_),
            ) => return self.repeat(b, a).map(Some),
            (
                BinOp::Mult,
                Str(_) | List(_) | Tuple(_) | Value::Bytes(_) | Value::ByteArray(_),
                Value::Instance(i),
            ) if i.class().lookup("__index__").is_some() => {
                let n = self.index_value(b)?;
                return self.repeat(a, &n).map(Some);
            }
            (BinOp::Mod, Str(s), _) => Value::string(self.percent_format(s.as_str(), b)?),
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Set(_) | FrozenSet(_),
                Set(_) | FrozenSet(_),
            ) => self.set_binary(op, a, b)?,
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::DictView(v), _)
                if v.kind != crate::runtime::iter::ViewKind::Values =>
            {
                let left = Value::new_set(crate::builtins::constructors::set_from(self, Some(a))?);
                let right = match b {
                    Set(_) | FrozenSet(_) => b.clone(),
                    other => match self.get_iter(other) {
                        Ok(_) => Value::new_set(crate::builtins::constructors::set_from(
                            self,
                            Some(other),
                        )?),
                        Err(_) => return Ok(None),
                    },
                };
                self.set_binary(op, &left, &right)?
            }
            (BinOp::BitOr, Dict(x), Dict(y)) => {
                let d = x.copy()?;
                for (k, h, v) in y.items_hashed() {
                    self.dict_set_hashed(&d, k, h, v)?;
                }
                Value::new_dict(d)
            }
            _ => return Ok(None),
        }))
    }

    fn repeat(&mut self, seq: &Value, n: &Value) -> PyResult<Value> {
        let n = repeat_count(n)?;
        // CPython: a str or bytes longer than the largest size is an
        // OverflowError, other sizes the allocator refuses a MemoryError.
        let too_long = |unit: usize, what: &str| {
            if unit.saturating_mul(n) > isize::MAX.unsigned_abs() {
                Err(PyErr::overflow(format!("repeated {what} too long")))
            } else {
                Ok(())
            }
        };
        Ok(match seq {
            Value::Str(s) => {
                too_long(s.s.len(), "string is")?;
                Value::string(fallible::repeat_str(&s.s, n)?)
            }
            Value::Bytes(b) => {
                too_long(b.len(), "bytes are")?;
                Value::Bytes(Rc::new(fallible::repeat(b, n)?))
            }
            Value::ByteArray(b) => {
                let v = fallible::repeat(&b.borrow(), n)?;
                Value::bytearray(v)
            }
            Value::List(l) => {
                let v = fallible::repeat(&l.items.borrow(), n)?;
                Value::list(v)
            }
            Value::Tuple(t) => Value::tuple(fallible::repeat(&t.items, n)?),
            _ => Value::None,
        })
    }

    fn set_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (Value::Set(x) | Value::FrozenSet(x)) = a else {
            return Ok(Value::None);
        };
        let (Value::Set(y) | Value::FrozenSet(y)) = b else {
            return Ok(Value::None);
        };
        let result = self.set_op(op, x, y)?;
        Ok(if matches!(a, Value::FrozenSet(_)) {
            Value::new_frozenset(result)
        } else {
            Value::new_set(result)
        })
    }

    /// `a op= b`: mutates lists, sets and dicts in place, else `a op b`.
    pub fn inplace_op(&mut self, op: BinOp, a: Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = arith_fast(op, &a, b) {
            return Ok(r);
        }
        match (op, &a) {
            (BinOp::Add, Value::List(l)) => {
                self.list_extend(l, b)?;
                return Ok(a);
            }
            (BinOp::Mult, Value::List(l)) => {
                let count = self.inplace_repeat_count(op, &a, b)?;
                let n = repeat_count(&count)?;
                let repeated = fallible::repeat(&l.items.borrow(), n)?;
                // The old items drop after the borrow ends (a `__del__` may
                // look at the list).
                let old = std::mem::replace(&mut *l.items.borrow_mut(), repeated);
                drop(old);
                return Ok(a);
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(s)) => {
                if let Value::Set(o) | Value::FrozenSet(o) = b {
                    if op != BinOp::BitAnd && !set_has_user_eq(s) && !set_has_user_eq(o) {
                        // In place, as CPython: the work is in proportion to
                        // the other set, and the order of what stays is kept.
                        set_update_builtin(op, s, o)?;
                        return Ok(a);
                    }
                    let r = self.set_op(op, s, o)?;
                    let t = r.table.into_inner();
                    *s.table.borrow_mut() = t;
                    return Ok(a);
                }
            }
            (BinOp::BitOr, Value::Dict(d)) => {
                self.dict_update_from_mapping(d, b, false)?;
                return Ok(a);
            }
            (BinOp::Add, Value::ByteArray(x)) => {
                // A copy first: `b` may be `x` itself.
                let Some(more) = b.with_bytes(fallible::copied) else {
                    return Err(PyErr::type_error(format!(
                        "can't concat {} to bytearray",
                        b.type_name()
                    )));
                };
                fallible::extend(&mut x.borrow_mut(), more?.into_iter())?;
                return Ok(a);
            }
            (BinOp::Mult, Value::ByteArray(x)) => {
                let n = self.inplace_repeat_count(op, &a, b)?;
                if let Value::ByteArray(repeated) = self.repeat(&a, &n)? {
                    let repeated = std::mem::take(&mut *repeated.borrow_mut());
                    *x.borrow_mut() = repeated;
                }
                return Ok(a);
            }
            _ => {}
        }
        // A list, set or dict subclass without operators of its own changes
        // its value in place and stays itself.
        if let Value::Instance(inst) = &a {
            if let Some(
                bv @ (Value::List(_) | Value::Set(_) | Value::Dict(_) | Value::ByteArray(_)),
            ) = inst.base_value()
            {
                let (name, _, iname) = dunder(op);
                let cls = inst.class();
                if super::attr::user_override(cls, iname).is_none()
                    && super::attr::user_override(cls, name).is_none()
                {
                    let r = self.inplace_op(op, bv.clone(), b)?;
                    return Ok(if r.is(&bv) { a.clone() } else { r });
                }
            }
        }
        if let Value::Instance(_) = &a {
            let (_, _, iname) = dunder(op);
            if let Some(r) = self.call_special(&a, iname, vec![b.clone()]) {
                let r = r?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        self.binary_op(op, &a, b).map_err(|e| {
            // CPython names the augmented operator in the message.
            if let Some(msg) = type_error_text(&e) {
                if msg.starts_with("unsupported operand type(s) for ") {
                    let sym = if op == BinOp::Pow { "**" } else { op.symbol() };
                    return PyErr::type_error(msg.replacen(
                        &format!(
                            "for {}:",
                            if op == BinOp::Pow { "** or pow()" } else { sym }
                        ),
                        &format!("for {}=:", sym),
                        1,
                    ));
                }
            }
            e
        })
    }

    pub fn unary_op(&mut self, op: UnaryOp, v: &Value) -> PyResult<Value> {
        match op {
            UnaryOp::Not => Ok(Value::Bool(!self.truthy(v)?)),
            UnaryOp::Neg => {
                if let Some(r) = int::negate(v) {
                    return Ok(r);
                }
                self.unary_dunder(v, op)
            }
            UnaryOp::Pos => match v {
                Value::Int(_) | Value::BigInt(_) | Value::Float(_) => Ok(v.clone()),
                Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
                _ => self.unary_dunder(v, op),
            },
            UnaryOp::Invert => match v {
                Value::Int(i) => Ok(Value::Int(!i)),
                Value::Bool(b) => Ok(Value::Int(!i64::from(*b))),
                Value::BigInt(b) => Ok(Value::bigint(-(**b).clone() - 1)),
                _ => self.unary_dunder(v, op),
            },
        }
    }

    fn unary_dunder(&mut self, v: &Value, op: UnaryOp) -> PyResult<Value> {
        let Some((name, sym)) = slots::unary(op) else {
            return Ok(Value::Bool(!self.truthy(v)?));
        };
        if let Some(r) = self.call_special(v, name, vec![]) {
            return r;
        }
        Err(PyErr::type_error(format!(
            "bad operand type for unary {}: '{}'",
            sym,
            v.type_name()
        )))
    }

    // ------------------------------------------------------------ truth

    /// `bool(v)`. A bool (what comparisons give `if` and `while`), None, an
    /// int or a list is answered inline at the caller; everything else out
    /// of line.
    #[inline(always)]
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        // `if flag:`, `while queue:`, `if p is None` written as `if p:`.
        match v {
            Value::Bool(b) => Ok(*b),
            Value::None => Ok(false),
            Value::Int(i) => Ok(*i != 0),
            Value::List(l) => Ok(!l.items.borrow().is_empty()),
            _ => self.truthy_other(v),
        }
    }

    #[inline(never)]
    fn truthy_other(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => *b,
            Value::None => false,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::BigInt(_) => true,
            Value::Str(s) => !s.s.is_empty(),
            Value::List(l) => !l.items.borrow().is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::ByteArray(b) => !b.borrow().is_empty(),
            Value::DictView(v) => !v.dict.is_empty(),
            Value::Instance(inst) => {
                if let Some(n) = crate::builtins::deque_type::exact_len(inst) {
                    return Ok(n != 0);
                }
                if let Some(r) = self.call_special(v, "__bool__", vec![]) {
                    return match r? {
                        Value::Bool(b) => Ok(b),
                        other => Err(PyErr::type_error(format!(
                            "__bool__ should return bool, returned {}",
                            other.type_name()
                        ))),
                    };
                }
                if let Some(r) = self.call_special(v, "__len__", vec![]) {
                    let n = r?;
                    return Ok(self.len_result(n)? != 0);
                }
                true
            }
            _ => true,
        })
    }

    pub fn len_result(&mut self, n: Value) -> PyResult<usize> {
        match n {
            Value::Int(i) if i >= 0 => usize::try_from(i)
                .map_err(|_| PyErr::overflow("cannot fit 'int' into an index-sized integer")),
            Value::Bool(b) => Ok(usize::from(b)),
            Value::Int(_) => Err(PyErr::value_error("__len__() should return >= 0")),
            Value::BigInt(b) if num_traits::Signed::is_negative(&*b) => {
                Err(PyErr::value_error("__len__() should return >= 0"))
            }
            Value::BigInt(_) => Err(PyErr::overflow(
                "cannot fit 'int' into an index-sized integer",
            )),
            other => Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            ))),
        }
    }

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.nchars,
            Value::List(l) => l.items.borrow().len(),
            Value::Tuple(t) => t.items.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) | Value::FrozenSet(s) => s.len(),
            Value::Range(r) => range_len(r)?,
            Value::Bytes(b) => b.len(),
            Value::ByteArray(b) => b.borrow().len(),
            Value::DictView(d) => d.dict.len(),
            _ => {
                if let Value::Instance(inst) = v {
                    if let Some(n) = crate::builtins::deque_type::exact_len(inst) {
                        return Ok(n);
                    }
                }
                if let Some(r) = self.call_special(v, "__len__", vec![]) {
                    let n = r?;
                    return self.len_result(n);
                }
                return Err(PyErr::type_error(format!(
                    "object of type '{}' has no len()",
                    v.type_name()
                )));
            }
        })
    }

    // ------------------------------------------------------- comparison

    /// For `a op b` with a builtin subclass instance on either side and no
    /// Python method for `op` (or its reflection) on it: the values to
    /// compare instead.
    fn compared_values(&self, op: CmpOp, a: &Value, b: &Value) -> Option<(Value, Value)> {
        let (name, reflected) = slots::comparison(op)?;
        let plain = |v: &Value, dunder: &str| -> Option<Option<Value>> {
            match v {
                Value::Instance(i) => {
                    if super::attr::user_override(i.class(), dunder).is_some() {
                        return None;
                    }
                    Some(i.base_value())
                }
                _ => Some(None),
            }
        };
        let x = plain(a, name)?;
        let y = plain(b, reflected)?;
        if x.is_none() && y.is_none() {
            return None;
        }
        // An instance without a value of its own keeps its own rules.
        if (matches!(a, Value::Instance(_)) && x.is_none())
            || (matches!(b, Value::Instance(_)) && y.is_none())
        {
            return None;
        }
        Some((
            x.unwrap_or_else(|| a.clone()),
            y.unwrap_or_else(|| b.clone()),
        ))
    }

    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        // Identity and membership have no special method of a builtin
        // subclass's value to stand in for: decided before looking.
        match op {
            CmpOp::Is => return Ok(Value::Bool(a.is(b))),
            CmpOp::IsNot => return Ok(Value::Bool(!a.is(b))),
            CmpOp::In => return Ok(Value::Bool(self.contains(b, a)?)),
            CmpOp::NotIn => return Ok(Value::Bool(!self.contains(b, a)?)),
            _ => {}
        }
        // A builtin subclass's instance compares as its value unless Python
        // code defines the comparison.
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            if let Some((x, y)) = self.compared_values(op, a, b) {
                return self.compare(op, &x, &y);
            }
        }
        Ok(Value::Bool(match op {
            CmpOp::Is => a.is(b),
            CmpOp::IsNot => !a.is(b),
            CmpOp::In => self.contains(b, a)?,
            CmpOp::NotIn => !self.contains(b, a)?,
            CmpOp::Eq => return self.rich_eq(a, b, false),
            CmpOp::NotEq => return self.rich_eq(a, b, true),
            _ => return self.rich_order(op, a, b),
        }))
    }

    /// A rich comparison's special methods in CPython's order: the right
    /// operand's reflected method first when its type is a subclass of the
    /// left's, then the left's, then (once) the reflected one.
    fn rich_specials(
        &mut self,
        a: &Value,
        b: &Value,
        name: &str,
        rname: &str,
    ) -> PyResult<Option<Value>> {
        let reflected_first = self.right_is_subclass(a, b);
        if reflected_first {
            if let Some(r) = self.try_special(b, rname, a)? {
                return Ok(Some(r));
            }
        }
        if let Some(r) = self.try_special(a, name, b)? {
            return Ok(Some(r));
        }
        if !reflected_first {
            return self.try_special(b, rname, a);
        }
        Ok(None)
    }

    fn rich_eq(&mut self, a: &Value, b: &Value, negate: bool) -> PyResult<Value> {
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            let op = if negate { CmpOp::NotEq } else { CmpOp::Eq };
            let (name, rname) = slots::comparison(op).unwrap_or(("__eq__", "__eq__"));
            if let Some(r) = self.rich_specials(a, b, name, rname)? {
                return Ok(r);
            }
            // (`object.__ne__` is what inverts `__eq__` when a class has no
            // `__ne__` of its own.)
            return Ok(Value::Bool(a.is(b) != negate));
        }
        Ok(Value::Bool(self.eq(a, b)? != negate))
    }

    /// `a == b` as a Rust bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        use Value::{
            Bytes, Dict, DictView, FrozenSet, Instance, Int, List, Range, Set, Str, Tuple,
        };
        Ok(match (a, b) {
            (Int(x), Int(y)) => x == y,
            (Str(x), Str(y)) => Rc::ptr_eq(x, y) || x.s == y.s,
            // A mappingproxy compares as the dict it shows.
            (DictView(v), other) | (other, DictView(v))
                if v.kind == crate::runtime::iter::ViewKind::Proxy =>
            {
                return self.eq(&Dict(v.dict.clone()), other);
            }
            (List(x), List(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(true);
                }
                self.check_stack(" in comparison")?;
                self.depth += 1;
                let r = self.list_eq(x, y);
                self.depth -= 1;
                r?
            }
            (Tuple(x), Tuple(y)) => {
                self.check_stack(" in comparison")?;
                self.depth += 1;
                let r = self.seq_eq(&x.items, &y.items);
                self.depth -= 1;
                r?
            }
            (Dict(x), Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                for (k, v) in x.items() {
                    match self.dict_get(y, &k)? {
                        Some(w) => {
                            if !(v.is(&w) || self.eq(&v, &w)?) {
                                return Ok(false);
                            }
                        }
                        None => return Ok(false),
                    }
                }
                true
            }
            (Set(x) | FrozenSet(x), Set(y) | FrozenSet(y)) => {
                x.len() == y.len() && self.set_is_subset(x, y)?
            }
            (Range(x), Range(y)) => {
                let (lx, ly) = (x.len_exact(), y.len_exact());
                lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
            }
            (Bytes(x), Bytes(y)) => x == y,
            (Bytes(_) | Value::ByteArray(_), Bytes(_) | Value::ByteArray(_)) => {
                // Read in place: no copy of a (big) bytearray.
                a.with_bytes(|x| b.with_bytes(|y| x == y)).flatten() == Some(true)
            }
            (Value::BoundMethod(x), Value::BoundMethod(y)) => {
                x.func.is(&y.func) && x.receiver.is(&y.receiver)
            }
            (DictView(x), DictView(y))
                if x.kind == crate::runtime::iter::ViewKind::Values
                    || y.kind == crate::runtime::iter::ViewKind::Values =>
            {
                Rc::ptr_eq(x, y)
            }
            (DictView(x), Set(_) | FrozenSet(_) | DictView(_))
                if x.kind != crate::runtime::iter::ViewKind::Values =>
            {
                let l = Value::new_set(crate::builtins::constructors::set_from(self, Some(a))?);
                let r = Value::new_set(crate::builtins::constructors::set_from(self, Some(b))?);
                return self.eq(&l, &r);
            }
            (Set(_) | FrozenSet(_), DictView(_)) => return self.eq(b, a),
            (Instance(_), _) | (_, Instance(_)) => {
                let r = self.rich_eq(a, b, false)?;
                return self.truthy(&r);
            }
            _ => match (as_number(a), as_number(b)) {
                (Some(x), Some(y)) => int::numbers_equal(&x, &y),
                _ => a.is(b),
            },
        })
    }

    /// `x == y` for lists, read as they are at each step: an `__eq__`
    /// may change either (CPython's order: lengths first, then items while
    /// both last, then lengths again).
    fn list_eq(&mut self, x: &PyList, y: &PyList) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        Ok(self.list_first_difference(x, y)?.is_none() && x.len() == y.len())
    }

    /// The first position where `x` and `y` hold unequal items, with those
    /// items; `None` when one list ran out first. Both are read afresh at
    /// every step.
    fn list_first_difference(
        &mut self,
        x: &PyList,
        y: &PyList,
    ) -> PyResult<Option<(Value, Value)>> {
        let mut i = 0;
        loop {
            let (Some(a), Some(b)) = (x.get(i), y.get(i)) else {
                return Ok(None);
            };
            if !(a.is(&b) || self.eq(&a, &b)?) {
                // The comparison may have changed the lists: compare what
                // they hold now at that position, if they still reach it.
                return Ok(match (x.get(i), y.get(i)) {
                    (Some(a), Some(b)) => Some((a, b)),
                    _ => None,
                });
            }
            i += 1;
        }
    }

    /// Ordering of lists, read afresh at each step: the first unequal
    /// items decide, else the lengths (as they are at the end).
    fn list_order(&mut self, x: &PyList, y: &PyList, op: CmpOp) -> PyResult<Option<Ordering>> {
        match self.list_first_difference(x, y)? {
            Some((a, b)) => self.order(&a, &b, op),
            None => Ok(Some(x.len().cmp(&y.len()))),
        }
    }

    fn seq_eq(&mut self, xs: &[Value], ys: &[Value]) -> PyResult<bool> {
        if xs.len() != ys.len() {
            return Ok(false);
        }
        for (x, y) in xs.iter().zip(ys) {
            if !(x.is(y) || self.eq(x, y)?) {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn rich_order(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            let (name, rname) = slots::comparison(op).unwrap_or(("__ge__", "__le__"));
            if let Some(r) = self.rich_specials(a, b, name, rname)? {
                return Ok(r);
            }
            return Err(order_error(op, a, b));
        }
        if let Value::DictView(v) = a {
            if v.kind != crate::runtime::iter::ViewKind::Values {
                let l = Value::new_set(crate::builtins::constructors::set_from(self, Some(a))?);
                return self.rich_order(op, &l, b);
            }
        }
        if let (Value::Set(_) | Value::FrozenSet(_), Value::DictView(_)) = (a, b) {
            let r = Value::new_set(crate::builtins::constructors::set_from(self, Some(b))?);
            return self.rich_order(op, a, &r);
        }
        if let (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) = (a, b) {
            return Ok(Value::Bool(match op {
                CmpOp::LtE => self.set_is_subset(x, y)?,
                CmpOp::Lt => x.len() < y.len() && self.set_is_subset(x, y)?,
                CmpOp::GtE => self.set_is_subset(y, x)?,
                _ => y.len() < x.len() && self.set_is_subset(y, x)?,
            }));
        }
        let ord = self.order(a, b, op)?;
        Ok(Value::Bool(match ord {
            None => false,
            Some(o) => match op {
                CmpOp::Lt => o == Ordering::Less,
                CmpOp::LtE => o != Ordering::Greater,
                CmpOp::Gt => o == Ordering::Greater,
                _ => o != Ordering::Less,
            },
        }))
    }

    /// Three-way comparison for ordering builtin values (`None` = unordered, NaN).
    pub fn order(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Ordering>> {
        use Value::*;
        match (a, b) {
            (Int(x), Int(y)) => Ok(Some(x.cmp(y))),
            (Str(x), Str(y)) => Ok(Some(x.s.cmp(&y.s))),
            (List(x), List(y)) => self.list_order(x, y, op),
            (Tuple(x), Tuple(y)) => self.seq_order(&x.items, &y.items, op),
            (Bytes(_) | ByteArray(_), Bytes(_) | ByteArray(_)) => {
                Ok(a.with_bytes(|x| b.with_bytes(|y| x.cmp(y))).flatten())
            }
            (Instance(_), _) | (_, Instance(_)) => {
                let lt = self.compare(CmpOp::Lt, a, b)?;
                if self.truthy(&lt)? {
                    return Ok(Some(Ordering::Less));
                }
                let gt = self.compare(CmpOp::Lt, b, a)?;
                Ok(Some(if self.truthy(&gt)? {
                    Ordering::Greater
                } else {
                    Ordering::Equal
                }))
            }
            _ => match (as_number(a), as_number(b)) {
                (Some(x), Some(y)) => Ok(compare_numbers(&x, &y)),
                _ => Err(order_error(op, a, b)),
            },
        }
    }

    fn seq_order(&mut self, xs: &[Value], ys: &[Value], op: CmpOp) -> PyResult<Option<Ordering>> {
        for (x, y) in xs.iter().zip(ys) {
            if x.is(y) || self.eq(x, y)? {
                continue;
            }
            return self.order(x, y, op);
        }
        Ok(Some(xs.len().cmp(&ys.len())))
    }

    /// `needle in container`.
    pub fn contains(&mut self, container: &Value, needle: &Value) -> PyResult<bool> {
        match container {
            Value::Bytes(_) | Value::ByteArray(_) => {
                // Read in place: no copy of a (big) bytearray.
                let within = |f: &dyn Fn(&[u8]) -> bool| container.with_bytes(f) == Some(true);
                match needle {
                    Value::Int(n) => match u8::try_from(*n) {
                        Ok(x) => Ok(within(&|b| b.contains(&x))),
                        Err(_) => Err(PyErr::value_error("byte must be in range(0, 256)")),
                    },
                    Value::Bytes(_) | Value::ByteArray(_) => Ok(within(&|b| {
                        needle.with_bytes(|n| n.is_empty() || b.windows(n.len()).any(|w| w == n))
                            == Some(true)
                    })),
                    other => Err(PyErr::type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        other.type_name()
                    ))),
                }
            }
            Value::Str(s) => match needle {
                Value::Str(n) => Ok(s.s.contains(&*n.s)),
                other => Err(PyErr::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    other.type_name()
                ))),
            },
            Value::List(l) => {
                // Read afresh at each step: an `__eq__` may change the list.
                let mut i = 0;
                while let Some(x) = l.get(i) {
                    if x.is(needle) || self.eq(&x, needle)? {
                        return Ok(true);
                    }
                    i += 1;
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                for x in t.items.iter() {
                    if x.is(needle) || self.eq(x, needle)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => Ok(self.dict_get(d, needle)?.is_some()),
            Value::Set(s) | Value::FrozenSet(s) => self.set_contains(s, needle),
            Value::Range(r) => Ok(match needle {
                Value::Int(i) => {
                    let i = *i;
                    if r.step > 0 {
                        i >= r.start && i < r.stop && (i - r.start) % r.step == 0
                    } else {
                        i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
                    }
                }
                Value::Bool(b) => {
                    let i = i64::from(*b);
                    r.len().is_some_and(|n| (0..n).any(|k| r.get(k) == i))
                }
                other => {
                    // A longer range is searched as far as an i64 counts: never reached.
                    let n = r.len().unwrap_or(i64::MAX);
                    let mut found = false;
                    for k in 0..n {
                        if self.eq(&Value::Int(r.get(k)), other)? {
                            found = true;
                            break;
                        }
                    }
                    found
                }
            }),
            Value::DictView(v) => {
                use crate::runtime::iter::ViewKind;
                match v.kind {
                    ViewKind::Keys | ViewKind::Proxy => {
                        let h = self.hash(needle)?;
                        Ok(v.dict.contains(needle, h))
                    }
                    ViewKind::Values => {
                        for x in v.dict.values() {
                            if x.is(needle) || self.eq(&x, needle)? {
                                return Ok(true);
                            }
                        }
                        Ok(false)
                    }
                    ViewKind::Items => {
                        let Value::Tuple(t) = needle else {
                            return Ok(false);
                        };
                        if t.items.len() != 2 {
                            return Ok(false);
                        }
                        let h = self.hash(&t.items[0])?;
                        match v.dict.get(&t.items[0], h) {
                            Some(val) => self.eq(&val, &t.items[1]),
                            None => Ok(false),
                        }
                    }
                }
            }
            _ => {
                if let Some(r) = self.call_special(container, "__contains__", vec![needle.clone()])
                {
                    let r = r?;
                    return self.truthy(&r);
                }
                let it = match self.get_iter(container) {
                    Ok(it) => it,
                    Err(e) if e.is(ExcKind::TypeError) => {
                        return Err(PyErr::type_error(format!(
                            "argument of type '{}' is not iterable",
                            container.type_name()
                        )))
                    }
                    Err(e) => return Err(e),
                };
                while let Some(x) = self.next(&it)? {
                    if x.is(needle) || self.eq(&x, needle)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    // ---------------------------------------------------------- hashing

    /// A value's Python hash (an i64), as its bit pattern.
    #[inline]
    pub fn hash(&mut self, v: &Value) -> PyResult<u64> {
        match v {
            Value::Int(i) => Ok(crate::runtime::hash::int_hash(*i).cast_unsigned()),
            // A string keeps its hash once computed.
            Value::Str(s) => Ok(crate::runtime::hash::str_key_hash(s)),
            _ => self.hash_other(v),
        }
    }

    fn hash_other(&mut self, v: &Value) -> PyResult<u64> {
        if let Some(h) = builtin_hash(v) {
            return Ok(h.cast_unsigned());
        }
        match v {
            Value::Tuple(t) => {
                let mut h = crate::runtime::hash::TupleHash::new();
                for item in t.items.iter() {
                    h.add(self.hash(item)?.cast_signed());
                }
                Ok(h.finish(t.items.len()).cast_unsigned())
            }
            Value::Instance(inst) => {
                match inst.class().lookup("__hash__") {
                    Some(Value::None) => {}
                    // A builtin value's hash, unless Python code defines one.
                    Some(Value::Builtin(_)) | None if inst.base_value().is_some() => {
                        let bv = inst.base_value().unwrap_or_default();
                        if matches!(bv, Value::List(_) | Value::Dict(_) | Value::Set(_)) {
                            return Err(PyErr::type_error(format!(
                                "unhashable type: '{}'",
                                inst.class().name
                            )));
                        }
                        return self.hash(&bv);
                    }
                    Some(_) => {
                        if let Some(r) = self.call_special(v, "__hash__", vec![]) {
                            return match r? {
                                Value::Int(i) => Ok(i.cast_unsigned()),
                                Value::Bool(b) => Ok(u64::from(b)),
                                Value::BigInt(b) => {
                                    Ok(crate::runtime::hash::bigint_hash(&b).cast_unsigned())
                                }
                                _ => Err(PyErr::type_error(
                                    "__hash__ method should return an integer",
                                )),
                            };
                        }
                    }
                    None => {
                        let p = inst.addr() as u64;
                        return Ok(p.rotate_right(4));
                    }
                }
                Err(unhashable(v))
            }
            _ => Err(unhashable(v)),
        }
    }

    /// The position of `key` in `d` under Python equality, for keys whose
    /// `__eq__` is Python code (the common keys never get here).
    fn user_key_index(&mut self, d: &PyDict, key: &Value, h: u64) -> PyResult<Option<usize>> {
        let user = has_user_eq(key);
        if !user && !d.may_hold_user_keys() {
            return Ok(None);
        }
        'search: loop {
            for (_, k) in d.candidates(h) {
                // Either side's Python `__eq__` decides (0.5 and Fraction(1, 2)).
                if k.is(key) || ((user || has_user_eq(&k)) && self.eq(key, &k)?) {
                    // The `__eq__` may have changed the dict: the key's
                    // position now, or (gone) the search again, as CPython
                    // starts its lookup again.
                    match d.position_of(&k, h) {
                        Some(i) => return Ok(Some(i)),
                        None => continue 'search,
                    }
                }
            }
            return Ok(None);
        }
    }

    pub fn dict_get(&mut self, d: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        if let Some(v) = d.get(key, h) {
            return Ok(Some(v));
        }
        Ok(self.user_key_index(d, key, h)?.and_then(|i| d.value_at(i)))
    }

    pub fn dict_set(&mut self, d: &PyDict, key: Value, v: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        self.dict_set_hashed(d, key, h, v)
    }

    /// `d[key] = v` for a key whose hash is known (taken from another dict
    /// or set, as CPython copies them without calling `__hash__`).
    pub(crate) fn dict_set_hashed(
        &mut self,
        d: &PyDict,
        key: Value,
        h: u64,
        v: Value,
    ) -> PyResult<()> {
        if (d.may_hold_user_keys() || has_user_eq(&key)) && !d.contains(&key, h) {
            if let Some(i) = self.user_key_index(d, &key, h)? {
                d.set_value_at(i, v);
                return Ok(());
            }
        }
        d.insert(key, h, v)
    }

    /// Whether `s` holds an element equal to `v` (by `__eq__` too).
    pub fn set_contains(&mut self, s: &PySet, v: &Value) -> PyResult<bool> {
        let h = self.hash(v)?.cast_signed();
        {
            let t = s.table.borrow();
            if t.contains(v, h) {
                return Ok(true);
            }
            if !t.may_hold_user_keys() && !may_have_user_eq(v) {
                return Ok(false);
            }
        }
        Ok(self.set_user_equal(s, v, h)?.is_some())
    }

    /// Remove the element equal to `v` (by `__eq__` too); whether there was one.
    pub fn set_discard(&mut self, s: &PySet, v: &Value) -> PyResult<bool> {
        let h = self.hash(v)?.cast_signed();
        if s.table.borrow_mut().remove(v, h) {
            return Ok(true);
        }
        match self.set_user_equal(s, v, h)? {
            // The stored element itself: removed by identity.
            Some(x) => Ok(s.table.borrow_mut().remove(&x, h)),
            None => Ok(false),
        }
    }

    /// Whether every element of `p` is in `q`.
    fn set_is_subset(&mut self, p: &PySet, q: &PySet) -> PyResult<bool> {
        if !set_has_user_eq(p) {
            return Ok(p.values().iter().all(|v| q.contains_builtin(v)));
        }
        for v in p.values() {
            if !self.set_contains(q, &v)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `x | y`, `x & y`, `x - y`, `x ^ y` as a new set.
    pub fn set_op(&mut self, op: BinOp, x: &PySet, y: &PySet) -> PyResult<PySet> {
        if !set_has_user_eq(x) && !set_has_user_eq(y) {
            return set_op_builtin(op, x, y);
        }
        // Elements with a Python `__eq__`: each test goes through it.
        let out = PySet::new();
        let (xs, ys) = (x.values(), y.values());
        match op {
            BinOp::BitOr => {
                for v in xs.into_iter().chain(ys) {
                    self.set_add(&out, v)?;
                }
            }
            // `&` keeps what is in y; `-` and `^` what is not, and `^` also
            // y's elements not in x.
            _ => {
                let keep_common = op == BinOp::BitAnd;
                for v in xs {
                    if self.set_contains(y, &v)? == keep_common {
                        self.set_add(&out, v)?;
                    }
                }
                if op == BinOp::BitXor {
                    for v in ys {
                        if !self.set_contains(x, &v)? {
                            self.set_add(&out, v)?;
                        }
                    }
                }
            }
        }
        Ok(out)
    }

    pub fn dict_del(&mut self, d: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        if let Some(v) = d.remove(key, h) {
            return Ok(Some(v));
        }
        Ok(self.user_key_index(d, key, h)?.and_then(|i| d.remove_at(i)))
    }

    pub fn set_add(&mut self, s: &PySet, v: Value) -> PyResult<()> {
        let h = self.hash(&v)?.cast_signed();
        let maybe_user = s.table.borrow().may_hold_user_keys() || may_have_user_eq(&v);
        if maybe_user && self.set_user_equal(s, &v, h)?.is_some() {
            return Ok(());
        }
        s.table.borrow_mut().insert(v, h)?;
        Ok(())
    }

    /// The element of `s` (with hash `h`) equal to `v` by a Python `__eq__`.
    fn set_user_equal(&mut self, s: &PySet, v: &Value, h: i64) -> PyResult<Option<Value>> {
        let user = has_user_eq(v);
        if !user && !s.table.borrow().may_hold_user_keys() {
            return Ok(None);
        }
        let candidates = s.table.borrow().same_hash(h);
        for x in candidates {
            // Either side's Python `__eq__` decides (0.5 and Fraction(1, 2)).
            if x.is(v) || ((user || has_user_eq(&x)) && self.eq(v, &x)?) {
                return Ok(Some(x));
            }
        }
        Ok(None)
    }

    /// `d.update(m)` / `{**m}`: `m` is a dict or has `keys()`.
    pub fn dict_update_from_mapping(
        &mut self,
        d: &PyDict,
        m: &Value,
        unpacking: bool,
    ) -> PyResult<()> {
        match m {
            Value::Dict(src) => {
                for (k, h, v) in src.items_hashed() {
                    self.dict_set_hashed(d, k, h, v)?;
                }
                Ok(())
            }
            // A mappingproxy: the dict it shows.
            Value::DictView(view) if view.kind == crate::runtime::iter::ViewKind::Proxy => {
                for (k, h, v) in view.dict.items_hashed() {
                    self.dict_set_hashed(d, k, h, v)?;
                }
                Ok(())
            }
            _ => {
                if self.special_method(m, "keys").is_none() {
                    return Err(PyErr::type_error(if unpacking {
                        format!("'{}' object is not a mapping", m.type_name())
                    } else {
                        format!("'{}' object is not iterable", m.type_name())
                    }));
                }
                let keys = self.call_method_by_name(m, "keys", vec![])?;
                let mut ks = Vec::new();
                self.extend_from_iterable(&mut ks, &keys)?;
                for k in ks {
                    let v = self.getitem(m, &k)?;
                    self.dict_set(d, k, v)?;
                }
                Ok(())
            }
        }
    }

    pub fn call_method_by_name(
        &mut self,
        obj: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> PyResult<Value> {
        let (m, pass_self) = self.load_method(obj, name)?;
        if pass_self {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(obj.clone());
            full.extend(args);
            self.call(&m, full, Vec::new())
        } else {
            self.call(&m, args, Vec::new())
        }
    }

    // ------------------------------------------------------ subscripting

    /// `operator.index(v)`: ints, and objects with `__index__`.
    // Conversions that may run Python code need the interpreter mutably.
    #[allow(clippy::wrong_self_convention)]
    pub fn to_index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(i64::from(*b)),
            Value::BigInt(_) => Err(PyErr::overflow(
                "Python int too large to convert to C ssize_t",
            )),
            Value::Instance(i)
                if matches!(i.base_value(), Some(Value::Int(_)))
                    && super::attr::user_override(i.class(), "__index__").is_none() =>
            {
                match i.base_value() {
                    Some(Value::Int(n)) => Ok(n),
                    _ => Ok(0),
                }
            }
            Value::Instance(_) => match self.call_special(v, "__index__", vec![]) {
                Some(r) => match r? {
                    Value::Int(i) => Ok(i),
                    Value::Bool(b) => Ok(i64::from(b)),
                    other => Err(PyErr::type_error(format!(
                        "__index__ returned non-int (type {})",
                        other.type_name()
                    ))),
                },
                None => Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    v.type_name()
                ))),
            },
            _ => Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            ))),
        }
    }

    /// `operator.index(v)` as a Python int, however big.
    /// The count of `seq *= n` for a list or bytearray: an int, or what an
    /// object's `__index__` gives, run before the sequence is read.
    fn inplace_repeat_count(&mut self, op: BinOp, seq: &Value, n: &Value) -> PyResult<Value> {
        match n {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(n.clone()),
            Value::Instance(i) if i.class().lookup("__index__").is_some() => {
                Ok(Value::Int(self.to_index(n)?))
            }
            _ => Err(self.binop_type_error(op, seq, n)),
        }
    }

    pub(crate) fn index_value(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Instance(i) = v {
            if super::attr::user_override(i.class(), "__index__").is_some() {
                if let Some(r) = self.call_special(v, "__index__", vec![]) {
                    return match r? {
                        r @ (Value::Int(_) | Value::BigInt(_)) => Ok(r),
                        Value::Bool(b) => Ok(Value::Int(i64::from(b))),
                        other => Err(PyErr::type_error(format!(
                            "__index__ returned non-int (type {})",
                            other.type_name()
                        ))),
                    };
                }
            }
        }
        match v {
            Value::BigInt(_) => Ok(v.clone()),
            _ => self.to_index(v).map(Value::Int),
        }
    }

    pub fn index_of(&mut self, v: &Value, what: &str) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(i64::from(*b)),
            Value::BigInt(_) => Err(PyErr::index_error(
                "cannot fit 'int' into an index-sized integer",
            )),
            Value::Instance(i) if i.class().lookup("__index__").is_some() => self.to_index(v),
            _ => Err(PyErr::type_error(format!(
                "{} indices must be integers or slices, not {}",
                what,
                v.type_name()
            ))),
        }
    }

    /// `a < b` as a truth (`PyObject_RichCompareBool(a, b, Py_LT)`), as
    /// sorting, heaps and binary search ask it: ints, floats, strs and
    /// tuples an int decides (`(priority, item)`) without the general
    /// comparison.
    pub(crate) fn less_than(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x < y),
            (Value::Float(x), Value::Float(y)) => return Ok(x < y),
            (Value::Str(x), Value::Str(y)) => return Ok(x.s < y.s),
            (Value::Tuple(x), Value::Tuple(y)) => {
                for (p, q) in x.items.iter().zip(y.items.iter()) {
                    match (p, q) {
                        (Value::Int(p), Value::Int(q)) if p == q => continue,
                        (Value::Int(p), Value::Int(q)) => return Ok(p < q),
                        _ => break,
                    }
                }
            }
            _ => {}
        }
        let r = self.compare(CmpOp::Lt, a, b)?;
        self.truthy(&r)
    }

    pub fn getitem(&mut self, obj: &Value, idx: &Value) -> PyResult<Value> {
        // A list or tuple indexed by an int in range: the item, read in place.
        if let Value::Int(i) = idx {
            if let Some(v) = item_at(obj, *i) {
                return Ok(v);
            }
        }
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = idx {
                    // `__index__` runs before the list is read.
                    let bounds = self.slice_unpack(s)?;
                    let items = l.items.borrow();
                    let (start, _stop, step, n) = bounds.adjust(items.len());
                    return Ok(Value::list(take_slice(&items, start, step, n)?));
                }
                let i = self.index_of(idx, "list")?;
                let items = l.items.borrow();
                match norm_index(i, items.len()) {
                    Some(j) => Ok(items[j].clone()),
                    None => Err(PyErr::index_error("list index out of range")),
                }
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = idx {
                    let (start, _stop, step, n) = self.slice_indices(s, t.items.len())?;
                    return Ok(Value::tuple(take_slice(&t.items, start, step, n)?));
                }
                let i = self.index_of(idx, "tuple")?;
                match norm_index(i, t.items.len()) {
                    Some(j) => Ok(t.items[j].clone()),
                    None => Err(PyErr::index_error("tuple index out of range")),
                }
            }
            Value::Str(s) => {
                if let Value::Slice(sl) = idx {
                    let (start, _stop, step, n) = self.slice_indices(sl, s.nchars)?;
                    return Ok(Value::string(str_slice(s, start, step, n)?));
                }
                let i = match idx {
                    Value::Int(_) | Value::Bool(_) | Value::Instance(_) => {
                        self.index_of(idx, "string")?
                    }
                    _ => {
                        return Err(PyErr::type_error(format!(
                            "string indices must be integers, not '{}'",
                            idx.type_name()
                        )))
                    }
                };
                match norm_index(i, s.nchars) {
                    Some(j) => Ok(self.str_consts.char(s.char_at(j))),
                    None => Err(PyErr::index_error("string index out of range")),
                }
            }
            Value::Dict(d) => match self.dict_get(d, idx)? {
                Some(v) => Ok(v),
                None => Err(PyErr::key_error(idx.clone())),
            },
            Value::Range(r) => {
                if let Value::Slice(s) = idx {
                    let (start, stop, step, _n) = self.slice_indices(s, range_len(r)?)?;
                    let new_start = r.start + start * r.step;
                    let new_step = r.step * step;
                    let new_stop = r.start + stop * r.step;
                    return Ok(Value::Range(Rc::new(crate::runtime::value::PyRange {
                        start: new_start,
                        stop: new_stop,
                        step: new_step,
                    })));
                }
                let i = self.index_of(idx, "range")?;
                match norm_index(i, range_len(r)?) {
                    Some(j) => Ok(Value::Int(r.get(int::int_from_len(j)))),
                    None => Err(PyErr::index_error("range object index out of range")),
                }
            }
            Value::DictView(view) if view.kind == crate::runtime::iter::ViewKind::Proxy => {
                match self.dict_get(&view.dict.clone(), idx)? {
                    Some(v) => Ok(v),
                    None => Err(PyErr::key_error(idx.clone())),
                }
            }
            Value::Bytes(_) | Value::ByteArray(_) => self.bytes_getitem(obj, idx),
            Value::Instance(inst) => {
                // A dict subclass's `__missing__` answers for absent keys.
                if let Some(Value::Dict(d)) = inst.base_value() {
                    let missing = super::attr::user_override(inst.class(), "__missing__");
                    let own_getitem = super::attr::user_override(inst.class(), "__getitem__");
                    if let (Some(missing), None) = (missing, own_getitem) {
                        return match self.dict_get(&d, idx)? {
                            Some(v) => Ok(v),
                            None => self.call(&missing, vec![obj.clone(), idx.clone()], Vec::new()),
                        };
                    }
                }
                match self.call_special(obj, "__getitem__", vec![idx.clone()]) {
                    Some(r) => r,
                    None => Err(not_subscriptable(obj)),
                }
            }
            // `Color['RED']`: the metaclass's `__getitem__` comes first.
            Value::Class(_) if self.types.class_of(obj).lookup("__getitem__").is_some() => {
                match self.call_special(obj, "__getitem__", vec![idx.clone()]) {
                    Some(r) => r,
                    None => Err(not_subscriptable(obj)),
                }
            }
            Value::Class(c)
                if matches!(
                    c.kind,
                    crate::runtime::class::BuiltinKind::List
                        | crate::runtime::class::BuiltinKind::Dict
                        | crate::runtime::class::BuiltinKind::Tuple
                        | crate::runtime::class::BuiltinKind::Set
                        | crate::runtime::class::BuiltinKind::FrozenSet
                        | crate::runtime::class::BuiltinKind::Type
                ) && !c.is_user() =>
            {
                // `list[int]`: a generic alias, as in annotations.
                self.make_typing_object("GenericAlias", vec![obj.clone(), idx.clone()])
            }
            // `Box[int]`: the class's `__class_getitem__` (a class method
            // even when not declared one).
            Value::Class(c) if c.lookup("__class_getitem__").is_some() => {
                let f = match c.lookup("__class_getitem__") {
                    Some(Value::ClassMethod(f)) => (*f).clone(),
                    Some(other) => other,
                    None => return Err(not_subscriptable(obj)),
                };
                self.call(&f, vec![obj.clone(), idx.clone()], Vec::new())
            }
            _ => Err(not_subscriptable(obj)),
        }
    }

    /// `b[i]` and `b[i:j:k]` of bytes or a bytearray. The index is worked
    /// out (it may call `__index__`) before the contents are read.
    fn bytes_getitem(&mut self, obj: &Value, idx: &Value) -> PyResult<Value> {
        let mutable = matches!(obj, Value::ByteArray(_));
        if let Value::Slice(sl) = idx {
            // `__index__` runs before the length is read.
            let bounds = self.slice_unpack(sl)?;
            let len = match obj {
                Value::Bytes(b) => b.len(),
                Value::ByteArray(b) => b.borrow().len(),
                _ => 0,
            };
            let (start, _stop, step, n) = bounds.adjust(len);
            let out = match obj {
                Value::Bytes(b) => take_slice(b, start, step, n)?,
                Value::ByteArray(b) => take_slice(&b.borrow(), start, step, n)?,
                _ => Vec::new(),
            };
            return Ok(if mutable {
                Value::bytearray(out)
            } else {
                Value::Bytes(Rc::new(out))
            });
        }
        let i = self.index_of(idx, if mutable { "bytearray" } else { "byte" })?;
        let byte = match obj {
            Value::Bytes(b) => norm_index(i, b.len()).map(|j| b[j]),
            Value::ByteArray(b) => {
                let b = b.borrow();
                norm_index(i, b.len()).and_then(|j| b.get(j).copied())
            }
            _ => None,
        };
        match byte {
            Some(x) => Ok(Value::Int(i64::from(x))),
            None if mutable => Err(PyErr::index_error("bytearray index out of range")),
            None => Err(PyErr::index_error("index out of range")),
        }
    }

    pub fn setitem(&mut self, obj: &Value, idx: &Value, v: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = idx {
                    return self.list_set_slice(l, s, v);
                }
                let i = self.index_of(idx, "list")?;
                let mut items = l.items.borrow_mut();
                match norm_index(i, items.len()) {
                    Some(j) => {
                        let old = std::mem::replace(&mut items[j], v);
                        drop(items);
                        drop(old);
                        Ok(())
                    }
                    None => Err(PyErr::index_error("list assignment index out of range")),
                }
            }
            Value::Dict(d) => self.dict_set(d, idx.clone(), v),
            Value::ByteArray(b) => crate::builtins::bytearray_type::set_item(self, b, idx, &v),
            Value::Instance(_) => match self.call_special(obj, "__setitem__", vec![idx.clone(), v])
            {
                Some(r) => r.map(|_| ()),
                None => Err(PyErr::type_error(format!(
                    "'{}' object does not support item assignment",
                    obj.type_name()
                ))),
            },
            _ => Err(PyErr::type_error(format!(
                "'{}' object does not support item assignment",
                obj.type_name()
            ))),
        }
    }

    pub fn delitem(&mut self, obj: &Value, idx: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = idx {
                    // `__index__` runs before the length is read.
                    let bounds = self.slice_unpack(s)?;
                    let mut items = l.items.borrow_mut();
                    let (start, _stop, step, n) = bounds.adjust(items.len());
                    let mut remove: Vec<usize> =
                        (0..n).map(|k| slice_pos(start, step, k)).collect();
                    remove.sort_unstable();
                    let mut keep = Vec::with_capacity(items.len() - remove.len());
                    let mut r = remove.iter().peekable();
                    for (i, v) in items.drain(..).enumerate() {
                        if r.peek() == Some(&&i) {
                            r.next();
                        } else {
                            keep.push(v);
                        }
                    }
                    let old = std::mem::replace(&mut *items, keep);
                    drop(items);
                    drop(old);
                    return Ok(());
                }
                let i = self.index_of(idx, "list")?;
                let mut items = l.items.borrow_mut();
                match norm_index(i, items.len()) {
                    Some(j) => {
                        let old = items.remove(j);
                        drop(items);
                        drop(old);
                        Ok(())
                    }
                    None => Err(PyErr::index_error("list assignment index out of range")),
                }
            }
            Value::Dict(d) => match self.dict_del(d, idx)? {
                Some(_) => Ok(()),
                None => Err(PyErr::key_error(idx.clone())),
            },
            Value::ByteArray(b) => crate::builtins::bytearray_type::del_item(self, b, idx),
            Value::Instance(_) => match self.call_special(obj, "__delitem__", vec![idx.clone()]) {
                Some(r) => r.map(|_| ()),
                None => Err(PyErr::type_error(format!(
                    "'{}' object doesn't support item deletion",
                    obj.type_name()
                ))),
            },
            Value::DictView(v) if v.kind == crate::runtime::iter::ViewKind::Proxy => Err(
                PyErr::type_error("'mappingproxy' object does not support item deletion"),
            ),
            _ => Err(PyErr::type_error(format!(
                "'{}' object doesn't support item deletion",
                obj.type_name()
            ))),
        }
    }

    /// `l[a:b:c] = v`, in CPython's order: the bounds (`__index__`), fitted
    /// to the length then; the items of `v` (which may run Python code,
    /// even change `l`); then the bounds are fitted again to what `l` is now.
    fn list_set_slice(&mut self, l: &PyList, s: &PySlice, v: Value) -> PyResult<()> {
        let bounds = self.slice_unpack(s)?;
        let (start, stop, step, _) = bounds.adjust(l.len());
        let mut new_items = Vec::new();
        self.extend_from_iterable(&mut new_items, &v).map_err(|e| {
            if e.is(ExcKind::TypeError) {
                PyErr::type_error(if step == 1 {
                    "can only assign an iterable"
                } else {
                    "must assign iterable to extended slice"
                })
            } else {
                e
            }
        })?;
        let mut items = l.items.borrow_mut();
        let len = items.len();
        if step == 1 {
            // Clamped to the list as it is now.
            let start = usize::try_from(start).unwrap_or(0).min(len);
            let stop = usize::try_from(stop).unwrap_or(0).clamp(start, len);
            let old: Vec<Value> = items.splice(start..stop, new_items).collect();
            drop(items);
            drop(old);
            return Ok(());
        }
        let (start, _, step, n) = bounds.adjust(len);
        if new_items.len() != n {
            return Err(PyErr::value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                n
            )));
        }
        let mut old = Vec::with_capacity(n);
        for (k, v) in new_items.into_iter().enumerate() {
            old.push(std::mem::replace(&mut items[slice_pos(start, step, k)], v));
        }
        drop(items);
        drop(old);
        Ok(())
    }

    /// Resolve a slice against a length: (start, stop, step, count). Only
    /// for sequences no Python code can change: a mutable one's length is
    /// read after `slice_unpack` (which may run `__index__`).
    pub fn slice_indices(&mut self, s: &PySlice, len: usize) -> PyResult<(i64, i64, i64, usize)> {
        Ok(self.slice_unpack(s)?.adjust(len))
    }

    /// A slice's bounds as integers (`__index__` runs here, step first,
    /// as in CPython), not yet fitted to a length.
    pub(crate) fn slice_unpack(&mut self, s: &PySlice) -> PyResult<SliceBounds> {
        let step = match &s.step {
            Value::None => 1,
            // As in CPython, a step below -sys.maxsize is -sys.maxsize (so
            // that it can be negated).
            v => self.slice_part(v)?.max(-i64::MAX),
        };
        if step == 0 {
            return Err(PyErr::value_error("slice step cannot be zero"));
        }
        let start = match &s.start {
            Value::None => None,
            v => Some(self.slice_part(v)?),
        };
        let stop = match &s.stop {
            Value::None => None,
            v => Some(self.slice_part(v)?),
        };
        Ok(SliceBounds { start, stop, step })
    }

    fn slice_part(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(i64::from(*b)),
            Value::BigInt(b) => Ok(if num_traits::Signed::is_negative(&**b) {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }),
            Value::Instance(_) => self.index_of(v, "slice"),
            _ => Err(PyErr::type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        }
    }
}

/// A slice's integer bounds (`Interp::slice_unpack`), before they are
/// fitted to a length.
#[derive(Clone, Copy)]
pub(crate) struct SliceBounds {
    start: Option<i64>,
    stop: Option<i64>,
    /// Never 0.
    step: i64,
}

impl SliceBounds {
    /// Fit to a sequence of `len` items: (start, stop, step, count), with
    /// every selected position in `0..len`.
    pub(crate) fn adjust(self, len: usize) -> (i64, i64, i64, usize) {
        let len = int::int_from_len(len);
        let step = self.step;
        let (lo_default, hi_default) = if step > 0 { (0, len) } else { (len - 1, -1) };
        let clamp = |i: i64| -> i64 {
            if i < 0 {
                let j = i + len;
                if j < 0 {
                    if step > 0 {
                        0
                    } else {
                        -1
                    }
                } else {
                    j
                }
            } else if i >= len {
                if step > 0 {
                    len
                } else {
                    len - 1
                }
            } else {
                i
            }
        };
        let start = self.start.map_or(lo_default, clamp);
        let stop = self.stop.map_or(hi_default, clamp);
        let n = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        (
            start,
            stop,
            step,
            usize::try_from(n).expect("0 <= n <= len"),
        )
    }
}

/// The position of the `k`-th item of a slice resolved by `slice_indices`
/// (`k < n`): always in `0..len`.
pub(crate) fn slice_pos(start: i64, step: i64, k: usize) -> usize {
    usize::try_from(start + int::int_from_len(k) * step).expect("a slice's items lie in 0..len")
}

/// The `n` items of a slice (`slice_pos` positions), or MemoryError.
pub(crate) fn take_slice<T: Clone>(
    items: &[T],
    start: i64,
    step: i64,
    n: usize,
) -> PyResult<Vec<T>> {
    if n == 0 {
        return Ok(Vec::new());
    }
    if step == 1 {
        let s = slice_pos(start, 1, 0);
        return fallible::copied(&items[s..s + n]);
    }
    let mut out = fallible::vec_with_capacity(n)?;
    out.extend((0..n).map(|k| items[slice_pos(start, step, k)].clone()));
    Ok(out)
}

/// The `n` characters of a str slice (`slice_pos` positions, counted in
/// characters), sized before it is written: MemoryError when it does not
/// fit.
fn str_slice(s: &PyStr, start: i64, step: i64, n: usize) -> PyResult<String> {
    if s.is_ascii() {
        let bytes = take_slice(s.s.as_bytes(), start, step, n)?;
        // ASCII bytes are whole characters.
        return String::from_utf8(bytes).map_err(|_| fallible::memory_error());
    }
    if n == 0 {
        return Ok(String::new());
    }
    let first = int::count_from_int(start);
    let stride = usize::try_from(step.unsigned_abs()).unwrap_or(usize::MAX);
    // Walking the str in the step's direction.
    if step > 0 {
        sized_string(|| s.s.chars().skip(first).step_by(stride).take(n))
    } else {
        let from_end = s.nchars - 1 - first;
        sized_string(|| s.s.chars().rev().skip(from_end).step_by(stride).take(n))
    }
}

/// The characters `chars()` yields, in a string sized for them first (two
/// walks): MemoryError when it does not fit.
fn sized_string<I: Iterator<Item = char>>(chars: impl Fn() -> I) -> PyResult<String> {
    let mut out = fallible::string_with_capacity(chars().map(char::len_utf8).sum())?;
    out.extend(chars());
    Ok(out)
}

/// `s |= o`, `s -= o`, `s ^= o` in place, for elements that all compare
/// as builtins.
fn set_update_builtin(op: BinOp, s: &PySet, o: &PySet) -> PyResult<()> {
    if std::ptr::eq(s, o) {
        if op != BinOp::BitOr {
            s.table.borrow_mut().clear();
        }
        return Ok(());
    }
    let others = o.table.borrow().entries();
    let mut t = s.table.borrow_mut();
    for (h, v) in others {
        match op {
            BinOp::BitOr => {
                t.insert(v, h)?;
            }
            BinOp::Sub => {
                t.remove(&v, h);
            }
            _ => {
                if !t.remove(&v, h) {
                    t.insert(v, h)?;
                }
            }
        }
    }
    if op == BinOp::Sub {
        t.compact_after_removals()?;
    }
    Ok(())
}

/// `Interp::set_op` for sets whose elements all compare as builtins, with
/// CPython's choices of what to copy (which decide the result's order).
fn set_op_builtin(op: BinOp, x: &PySet, y: &PySet) -> PyResult<PySet> {
    match op {
        // A large set less a small one: a copy with the few taken out.
        BinOp::Sub if x.len() / 4 > y.len() => {
            let out = PySet::from_table(x.table.borrow().copied()?);
            set_update_builtin(op, &out, y)?;
            return Ok(out);
        }
        // The symmetric difference starts from a copy of the right side.
        BinOp::BitXor => {
            let out = PySet::from_table(y.table.borrow().copied()?);
            set_update_builtin(op, &out, x)?;
            return Ok(out);
        }
        _ => {}
    }
    let mut t = SetTable::default();
    let xs = x.table.borrow().entries();
    let ys = y.table.borrow();
    match op {
        BinOp::BitOr => {
            let mut t = x.table.borrow().copied()?;
            for (h, v) in ys.entries() {
                t.insert(v, h)?;
            }
            return Ok(PySet::from_table(t));
        }
        BinOp::BitAnd => {
            let (small, big) = if xs.len() <= ys.len() {
                (xs, &*ys)
            } else {
                (ys.entries(), &*x.table.borrow())
            };
            for (h, v) in small {
                if big.contains(&v, h) {
                    t.insert(v, h)?;
                }
            }
            return Ok(PySet::from_table(t));
        }
        BinOp::Sub => {
            for (h, v) in xs {
                if !ys.contains(&v, h) {
                    t.insert(v, h)?;
                }
            }
        }
        _ => {
            for (h, v) in xs {
                if !ys.contains(&v, h) {
                    t.insert(v, h)?;
                }
            }
            let xt = x.table.borrow();
            for (h, v) in ys.entries() {
                if !xt.contains(&v, h) {
                    t.insert(v, h)?;
                }
            }
        }
    }
    Ok(PySet::from_table(t))
}

fn order_error(op: CmpOp, a: &Value, b: &Value) -> PyErr {
    PyErr::type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        op.symbol(),
        a.type_name(),
        b.type_name()
    ))
}

/// A sequence that `* n` repeats (CPython's `sq_repeat`): what the error
/// of `seq * 2.5` calls a sequence.
fn repeats(v: &Value) -> bool {
    match v {
        Value::Str(_)
        | Value::List(_)
        | Value::Tuple(_)
        | Value::Bytes(_)
        | Value::ByteArray(_) => true,
        Value::Instance(i) => i.deque().is_some(),
        _ => false,
    }
}

/// An instance whose class defines `__eq__` in Python.
pub(crate) fn has_user_eq(v: &Value) -> bool {
    match v {
        Value::Instance(i) => super::attr::user_override(i.class(), "__eq__").is_some(),
        // Only instances and tuples can hold one: no call for the rest.
        Value::Tuple(t) => t
            .items
            .iter()
            .any(|x| matches!(x, Value::Instance(_) | Value::Tuple(_)) && has_user_eq(x)),
        _ => false,
    }
}

/// Whether any element of the set compares by a Python `__eq__`: set
/// algebra then goes element by element through the interpreter.
fn set_has_user_eq(s: &PySet) -> bool {
    s.table.borrow().may_hold_user_keys() && s.any(has_user_eq)
}

pub(crate) fn unhashable(v: &Value) -> PyErr {
    PyErr::type_error(format!("unhashable type: '{}'", v.type_name()))
}

fn not_subscriptable(v: &Value) -> PyErr {
    match v {
        Value::Class(c) => PyErr::type_error(format!("type '{}' is not subscriptable", c.name)),
        _ => PyErr::type_error(format!("'{}' object is not subscriptable", v.type_name())),
    }
}

pub(crate) fn type_error_text(e: &PyErr) -> Option<String> {
    if let crate::runtime::exception::ExcState::Lazy {
        kind: ExcKind::TypeError,
        args,
    } = &e.0.state
    {
        if let Some(Value::Str(s)) = args.first() {
            return Some(s.s.to_string());
        }
    }
    None
}

/// A sequence's repeat count: negative counts as zero; one that does not
/// fit a size is CPython's OverflowError.
pub(crate) fn repeat_count(n: &Value) -> PyResult<usize> {
    match n {
        Value::Int(i) => Ok(int::count_from_int(*i)),
        Value::Bool(b) => Ok(usize::from(*b)),
        _ => Err(PyErr::overflow(
            "cannot fit 'int' into an index-sized integer",
        )),
    }
}
