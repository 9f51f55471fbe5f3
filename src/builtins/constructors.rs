//! The builtin types as callables: `int(...)`, `str(...)`, `list(...)`, ...

use std::rc::Rc;

use num_bigint::BigInt;

use super::{kwarg, want_int};
use crate::interp::iterate::PairStep;
use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::{Kwargs, NativeFn};
use crate::runtime::int::parse_int;
use crate::runtime::set::PySet;
use crate::runtime::value::{PyRange, PySlice, Value};

fn set_ctor(class: &Rc<Class>, name: &'static str, sig: &'static str, f: NativeFn) {
    super::def_static(class, name, "__new__", sig, f);
}

/// A builtin data type: calling the type calls `ctor` (`int(x)`), and its
/// `__new__(cls, ...)` makes instances of Python subclasses too.
pub(crate) fn set_wrapping_ctor(
    class: &Rc<Class>,
    name: &'static str,
    sig: &'static str,
    ctor: NativeFn,
    new: NativeFn,
) {
    let _ = class.builtin_ctor.set(Some(super::native(name, sig, ctor)));
    super::def_static(class, "__new__", "__new__", "(*args, **kwargs)", new);
}

/// `int.__new__(cls, ...)` and the like: a plain value for the type itself,
/// an instance wrapping one for a Python subclass. Mutable containers start
/// empty: their `__init__` fills them.
fn new_wrapped(
    it: &mut Interp,
    base: &Rc<Class>,
    ctor: NativeFn,
    args: &[Value],
    kw: Kwargs,
) -> PyResult<Value> {
    let Some(first) = args.first() else {
        return Err(PyErr::type_error(format!(
            "{}.__new__(): not enough arguments",
            base.name
        )));
    };
    let Value::Class(cls) = first else {
        return Err(PyErr::type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            base.name,
            first.type_name()
        )));
    };
    // The type's own call, bound to its declared signature.
    let call_ctor = |it: &mut Interp, args: &[Value]| match base.builtin_ctor.get() {
        Some(Some(f)) => it.call(&f.clone(), args.to_vec(), kw.to_vec()),
        _ => ctor(it, args, kw),
    };
    if Rc::ptr_eq(cls, base) {
        return call_ctor(it, &args[1..]);
    }
    if !cls.is_subclass(base) || cls.layout.base_value.is_none() {
        return Err(PyErr::type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            base.name, cls.name, cls.name, base.name
        )));
    }
    let mutable = matches!(
        base.kind,
        crate::runtime::class::BuiltinKind::List
            | crate::runtime::class::BuiltinKind::ByteArray
            | crate::runtime::class::BuiltinKind::Dict
            | crate::runtime::class::BuiltinKind::Set
    );
    let value = if mutable {
        ctor(it, &[], &[])?
    } else {
        call_ctor(it, &args[1..])?
    };
    Ok(it.wrap_value(cls, value))
}

macro_rules! dunder_new {
    ($vis:vis $name:ident, $field:ident, $ctor:ident) => {
        $vis fn $name(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
            let base = it.types.$field.clone();
            new_wrapped(it, &base, $ctor, args, kw)
        }
    };
}

dunder_new!(int_dunder_new, int, int_new);
dunder_new!(float_dunder_new, float, float_new);
dunder_new!(str_dunder_new, str_, str_new);
dunder_new!(list_dunder_new, list, list_new);
dunder_new!(tuple_dunder_new, tuple, tuple_new);
dunder_new!(dict_dunder_new, dict, dict_new);
dunder_new!(set_dunder_new, set, set_new);
dunder_new!(frozenset_dunder_new, frozenset, frozenset_new);
dunder_new!(pub(crate) bytes_dunder_new, bytes, bytes_ctor);
dunder_new!(pub(crate) bytearray_dunder_new, bytearray, bytearray_ctor);

fn bytearray_ctor(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::bytearray_type::new(it, args, kw)
}

fn bytes_ctor(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::bytes_methods::bytes_new(it, args, kw)
}

pub(crate) fn register(i: &Interp) {
    let t = &i.types;
    // (name, class, signature, the type's call, its `__new__`)
    type Wrapping = (&'static str, Rc<Class>, &'static str, NativeFn, NativeFn);
    let wrapping: Vec<Wrapping> = vec![
        (
            "int",
            t.int.clone(),
            "(x=0, /, base=10)",
            int_new,
            int_dunder_new,
        ),
        (
            "float",
            t.float.clone(),
            "(x=0, /)",
            float_new,
            float_dunder_new,
        ),
        (
            "str",
            t.str_.clone(),
            "(object='', encoding='utf-8', errors='strict')",
            str_new,
            str_dunder_new,
        ),
        (
            "list",
            t.list.clone(),
            "(iterable=(), /)",
            list_new,
            list_dunder_new,
        ),
        (
            "tuple",
            t.tuple.clone(),
            "(iterable=(), /)",
            tuple_new,
            tuple_dunder_new,
        ),
        (
            "dict",
            t.dict.clone(),
            "(iterable=<unrepresentable>, /, **kwargs)",
            dict_new,
            dict_dunder_new,
        ),
        (
            "set",
            t.set.clone(),
            "(iterable=(), /)",
            set_new,
            set_dunder_new,
        ),
        (
            "frozenset",
            t.frozenset.clone(),
            "(iterable=(), /)",
            frozenset_new,
            frozenset_dunder_new,
        ),
    ];
    for (name, class, sig, ctor, new) in wrapping {
        set_wrapping_ctor(&class, name, sig, ctor, new);
        // What `super().__repr__()` reaches from a subclass.
        super::def_slot(&class, "__repr__", value_repr);
        i.builtins.set_str(name, Value::Class(class));
    }
    super::def_slot(&t.str_, "__str__", value_str);
    // bytes has its own `__str__` (its repr), which a subclass's
    // `__repr__` does not change.
    super::def_slot(&t.bytes, "__str__", bytes_str);
    super::def_slot(&t.bool_, "__repr__", value_repr);
    let pairs: Vec<(&'static str, Rc<Class>, &'static str, NativeFn)> = vec![
        ("bool", t.bool_.clone(), "(x=False, /)", bool_new),
        (
            "range",
            t.range.clone(),
            "(start, stop=<unrepresentable>, step=<unrepresentable>, /)",
            range_new,
        ),
        (
            "slice",
            t.slice.clone(),
            "(start, stop=<unrepresentable>, step=<unrepresentable>, /)",
            slice_new,
        ),
        ("type", t.type_.clone(), "(*args, **kwargs)", type_new),
        ("object", t.object.clone(), "(*args, **kwargs)", object_new),
    ];
    for (name, class, sig, f) in pairs {
        set_ctor(&class, name, sig, f);
        i.builtins.set_str(name, Value::Class(class));
    }
    i.builtins.set_str("Ellipsis", Value::Ellipsis);
    i.builtins.set_str("NotImplemented", Value::NotImplemented);
    super::def_method(&i.types.range, "index", "(value, /)", range_index);
    super::def_method(&i.types.range, "count", "(value, /)", range_count);
    super::def_method(&i.types.slice, "indices", "(length, /)", slice_indices);
}

/// `list.__repr__(x)` and the like: the value's own repr.
fn value_repr(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::string(it.repr(&args[0])?))
}

/// `str.__str__(s)`: the text itself, as a plain str.
fn bytes_str(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::string(it.repr(&args[0])?))
}

fn value_str(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(args[0].clone())
}

/// A string `int()` rejects, as CPython's message shows it: its repr, cut
/// at 200 characters.
fn shown_literal(s: &str) -> String {
    crate::interp::repr::str_repr_cut(s, 200)
}

fn int_new(it: &mut Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let base = args.get(1).or_else(|| kwarg(kwargs, "base"));
    let Some(x) = args.first() else {
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = want_int(it, b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(PyErr::value_error(
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        let Value::Str(s) = x else {
            return Err(PyErr::type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        let base = u32::try_from(b).expect("0 or 2..=36");
        return parse_int(&s.s, base)
            .map_err(PyErr::value_error)?
            .ok_or_else(|| {
                PyErr::value_error(format!(
                    "invalid literal for int() with base {}: {}",
                    b,
                    shown_literal(&s.s)
                ))
            });
    }
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(PyErr::value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(PyErr::overflow("cannot convert float infinity to integer"));
            }
            Ok(super::functions::float_to_int(f.trunc()))
        }
        Value::Str(s) => parse_int(&s.s, 10)
            .map_err(PyErr::value_error)?
            .ok_or_else(|| {
                PyErr::value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    shown_literal(&s.s)
                ))
            }),
        _ => {
            for m in ["__int__", "__index__", "__trunc__"] {
                if let Some(r) = it.call_special(x, m, vec![]) {
                    return r;
                }
            }
            Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                x.type_name()
            )))
        }
    }
}

pub(crate) fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    if matches!(unsigned, "inf" | "infinity" | "nan") {
        let neg = lower.starts_with('-');
        let v = if unsigned == "nan" {
            f64::NAN
        } else {
            f64::INFINITY
        };
        return Some(if neg { -v } else { v });
    }
    // Underscores are allowed between digits only.
    if t.contains('_') {
        let b = t.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            if c == b'_' {
                let ok = i > 0
                    && i + 1 < b.len()
                    && b[i - 1].is_ascii_digit()
                    && b[i + 1].is_ascii_digit();
                if !ok {
                    return None;
                }
            }
        }
    }
    let clean: String = t.chars().filter(|&c| c != '_').collect();
    if clean.is_empty()
        || !clean
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'))
    {
        return None;
    }
    clean.parse::<f64>().ok()
}

fn float_new(it: &mut Interp, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    let Some(x) = args.first() else {
        return Ok(Value::Float(0.0));
    };
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Int(i) => Ok(Value::Float(crate::runtime::int::float_from_int(*i))),
        Value::Bool(b) => Ok(Value::Float(f64::from(u8::from(*b)))),
        Value::BigInt(b) => match num_traits::ToPrimitive::to_f64(&**b) {
            Some(f) if f.is_finite() => Ok(Value::Float(f)),
            _ => Err(PyErr::overflow("int too large to convert to float")),
        },
        Value::Str(s) => match parse_float(&s.s) {
            Some(f) => Ok(Value::Float(f)),
            None => Err(PyErr::value_error(format!(
                "could not convert string to float: {}",
                crate::interp::repr::try_str_repr(&s.s)?
            ))),
        },
        _ => {
            for m in ["__float__", "__index__"] {
                if let Some(r) = it.call_special(x, m, vec![]) {
                    let r = r?;
                    return float_new(it, &[r], &[]);
                }
            }
            Err(PyErr::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                x.type_name()
            )))
        }
    }
}

fn str_new(it: &mut Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let decoding =
        args.len() > 1 || kwarg(kwargs, "encoding").is_some() || kwarg(kwargs, "errors").is_some();
    match args.first().or_else(|| kwarg(kwargs, "object")) {
        None => Ok(Value::str("")),
        Some(Value::Str(_)) if decoding => Err(PyErr::type_error("decoding str is not supported")),
        Some(Value::Str(s)) => Ok(Value::Str(s.clone())),
        Some(Value::Int(i)) => Ok(Value::str(decimal(*i, &mut [0; 20]))),
        // str(b, encoding, errors) is b.decode(encoding, errors).
        Some(Value::Bytes(_)) if decoding && !args.is_empty() => {
            super::bytes_methods::decode(it, args, kwargs)
        }
        Some(Value::ByteArray(b)) if decoding && !args.is_empty() => {
            let mut args = args.to_vec();
            args[0] = Value::Bytes(Rc::new(b.borrow().clone()));
            super::bytes_methods::decode(it, &args, kwargs)
        }
        Some(v) => Ok(Value::string(it.to_str(v)?)),
    }
}

/// `i` in decimal, written into `buf` (no allocation, no formatter).
fn decimal(i: i64, buf: &mut [u8; 20]) -> &str {
    let mut n = i.unsigned_abs();
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    std::str::from_utf8(&buf[at..]).unwrap_or("")
}

fn bool_new(it: &mut Interp, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    match args.first() {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(it.truthy(v)?)),
    }
}

/// `list(x)` asks a sized source for its length first (CPython's
/// `__length_hint__`): a `reversed()` over a sequence asks the sequence.
fn length_hint(it: &mut Interp, v: &Value) -> PyResult<()> {
    if let Value::Iter(pit) = v {
        let seq = match &*pit.state.borrow() {
            crate::runtime::iter::IterState::Reversed {
                seq: s @ Value::Instance(_),
                ..
            } => Some(s.clone()),
            _ => None,
        };
        if let Some(s) = seq {
            it.len(&s)?;
        }
    }
    Ok(())
}

fn list_new(it: &mut Interp, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    match args.first() {
        None => Ok(Value::list(vec![])),
        Some(v) => {
            length_hint(it, v)?;
            Ok(Value::list(it.collect(v)?))
        }
    }
}

fn tuple_new(it: &mut Interp, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    match args.first() {
        None => Ok(Value::tuple(vec![])),
        Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
        Some(v) => Ok(Value::tuple(it.collect(v)?)),
    }
}

/// Fill a dict from `dict(...)`-style arguments (also used by `update`).
pub(crate) fn dict_fill(
    it: &mut Interp,
    d: &PyDict,
    args: &[Value],
    kwargs: Kwargs,
    fname: &str,
) -> PyResult<()> {
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "{} expected at most 1 argument, got {}",
            fname,
            args.len()
        )));
    }
    if let Some(src) = args.first() {
        let is_mapping = matches!(src, Value::Dict(_))
            || matches!(src, Value::DictView(v) if v.kind == crate::runtime::iter::ViewKind::Proxy)
            || (matches!(src, Value::Instance(_))
                && it.types.class_of(src).lookup("keys").is_some());
        if is_mapping {
            it.dict_update_from_mapping(d, src, false)?;
        } else {
            let iter = it.get_iter(src)?;
            let mut n = 0usize;
            loop {
                // `dict(zip(keys, values))`, `dict(enumerate(xs))`: the pairs
                // come as two values, no tuple made.
                let item = match it.next_pair(&iter)? {
                    PairStep::Pair(k, v) => {
                        it.dict_set(d, k, v)?;
                        n += 1;
                        continue;
                    }
                    PairStep::Item(item) => item,
                    PairStep::End => break,
                };
                let pair = match it.collect(&item) {
                    Ok(p) => p,
                    Err(_) => {
                        return Err(PyErr::type_error(format!(
                            "cannot convert dictionary update sequence element #{} to a sequence",
                            n
                        )))
                    }
                };
                if pair.len() != 2 {
                    return Err(PyErr::value_error(format!(
                        "dictionary update sequence element #{} has length {}; 2 is required",
                        n,
                        pair.len()
                    )));
                }
                let mut pair = pair.into_iter();
                let (k, v) = match (pair.next(), pair.next()) {
                    (Some(k), Some(v)) => (k, v),
                    _ => break,
                };
                it.dict_set(d, k, v)?;
                n += 1;
            }
        }
    }
    for (k, v) in kwargs {
        d.set_str(k, v.clone());
    }
    Ok(())
}

fn dict_new(it: &mut Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = PyDict::new();
    dict_fill(it, &d, args, kwargs, "dict")?;
    Ok(Value::new_dict(d))
}

pub(crate) fn set_from(it: &mut Interp, v: Option<&Value>) -> PyResult<PySet> {
    let s = PySet::new();
    if let Some(v) = v {
        if let Value::Set(src) | Value::FrozenSet(src) = v {
            return Ok(PySet::from_table(src.table.borrow().copied()?));
        }
        let iter = it.get_iter(v)?;
        while let Some(x) = it.next(&iter)? {
            it.set_add(&s, x)?;
        }
    }
    Ok(s)
}

fn set_new(it: &mut Interp, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    Ok(Value::new_set(set_from(it, args.first())?))
}

fn frozenset_new(it: &mut Interp, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    if let Some(Value::FrozenSet(f)) = args.first() {
        return Ok(Value::FrozenSet(f.clone()));
    }
    Ok(Value::new_frozenset(set_from(it, args.first())?))
}

fn range_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::BigInt(_) => Err(PyErr::overflow(
            "Python int too large to convert to C ssize_t",
        )),
        _ => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))),
    }
}

fn range_new(it: &mut Interp, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    // The count first, as CPython does; then each bound (an object with
    // `__index__` converted through it), without gathering them anywhere.
    if args.is_empty() {
        return Err(PyErr::type_error(
            "range expected at least 1 argument, got 0",
        ));
    }
    if args.len() > 3 {
        return Err(PyErr::type_error(format!(
            "range expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    let mut bounds = [0i64; 3];
    for (bound, a) in bounds.iter_mut().zip(args) {
        *bound = match a {
            Value::Instance(_) => it.to_index(a)?,
            other => range_arg(other)?,
        };
    }
    let (start, stop, step) = match args.len() {
        1 => (0, bounds[0], 1),
        2 => (bounds[0], bounds[1], 1),
        _ => (bounds[0], bounds[1], bounds[2]),
    };
    if step == 0 {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(PyRange { start, stop, step })))
}

fn slice_new(_it: &mut Interp, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    let (start, stop, step) = match args.len() {
        1 => (Value::None, args[0].clone(), Value::None),
        2 => (args[0].clone(), args[1].clone(), Value::None),
        _ => (args[0].clone(), args[1].clone(), args[2].clone()),
    };
    Ok(Value::Slice(Rc::new(PySlice { start, stop, step })))
}

fn type_new(it: &mut Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    // `type.__new__(meta, name, bases, ns)`, from a metaclass's __new__.
    if let (4, Some(Value::Class(meta))) = (args.len(), args.first()) {
        let meta = meta.clone();
        return it.type_new_of(&meta, &args[1..], kwargs.to_vec());
    }
    match args.len() {
        1 if kwargs.is_empty() => Ok(Value::Class(it.types.class_of(&args[0]))),
        3 => {
            let Value::Str(name) = &args[0] else {
                return Err(PyErr::type_error(format!(
                    "type.__new__() argument 1 must be str, not {}",
                    super::arg_type_name(&args[0])
                )));
            };
            let Value::Tuple(bases) = &args[1] else {
                return Err(PyErr::type_error(format!(
                    "type.__new__() argument 2 must be tuple, not {}",
                    super::arg_type_name(&args[1])
                )));
            };
            let Value::Dict(ns) = &args[2] else {
                return Err(PyErr::type_error(format!(
                    "type.__new__() argument 3 must be dict, not {}",
                    super::arg_type_name(&args[2])
                )));
            };
            let mut bs = Vec::new();
            for b in bases.items.iter() {
                match b {
                    Value::Class(c) => bs.push(c.clone()),
                    _ => return Err(PyErr::type_error("bases must be types")),
                }
            }
            let ns = Rc::new(ns.copy()?);
            if ns.get_str("__module__").is_none() {
                ns.set_str("__module__", Value::str("__main__"));
            }
            it.new_class(name.as_str(), bs, ns)
        }
        _ => Err(PyErr::type_error("type() takes 1 or 3 arguments")),
    }
}

fn object_new(it: &mut Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    if !args.is_empty() || !kwargs.is_empty() {
        return Err(PyErr::type_error("object() takes no arguments"));
    }
    Ok(Value::Instance(crate::runtime::instance::Instance::new(
        it.types.object.clone(),
    )))
}

#[allow(dead_code)]
fn _big(_: BigInt) {}

fn range_index(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Value::Range(r) = &args[0] else {
        return Err(PyErr::type_error(
            "descriptor 'index' requires a 'range' object",
        ));
    };
    if let Value::Int(v) = &args[1] {
        let v = *v;
        let inside = if r.step > 0 {
            v >= r.start && v < r.stop
        } else {
            v <= r.start && v > r.stop
        };
        if inside && (v - r.start) % r.step == 0 {
            return Ok(Value::Int((v - r.start) / r.step));
        }
    } else {
        // A longer range is searched as far as an i64 counts: never reached.
        for k in 0..r.len().unwrap_or(i64::MAX) {
            if it.eq(&Value::Int(r.get(k)), &args[1])? {
                return Ok(Value::Int(k));
            }
        }
    }
    Err(PyErr::value_error(format!(
        "{} is not in range",
        it.repr(&args[1])?
    )))
}

/// `slice.indices(len)`: the (start, stop, step) the slice picks from a
/// sequence of that length.
fn slice_indices(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Value::Slice(s) = &args[0] else {
        return Err(PyErr::type_error(
            "descriptor 'indices' requires a 'slice' object",
        ));
    };
    let len = super::want_int(it, &args[1])?;
    let len =
        usize::try_from(len).map_err(|_| PyErr::value_error("length should not be negative"))?;
    let (start, stop, step, _) = it.slice_indices(s, len)?;
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

fn range_count(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(i64::from(it.contains(&args[0], &args[1])?)))
}
