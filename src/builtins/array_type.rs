//! The `array` module: `array.array`, a sequence of numbers (or characters)
//! of one C type, stored packed. An instance keeps a `PackedArray` (the
//! typecode and a `Vec<u8>` of machine values, `runtime/packed.rs`) in its
//! hidden slot 0, so a subclass is an ordinary Python class over it; the
//! methods here read and write that buffer and make Python values only
//! when an element is read.

use std::cell::RefCell;
use std::rc::Rc;

use num_traits::ToPrimitive;
use pyslot_grammar::ast::CmpOp;

use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::fallible;
use crate::runtime::function::{Kwargs, NativeFn};
use crate::runtime::instance::Instance;
use crate::runtime::int::int_from_len;
use crate::runtime::iter::{IterState, PyIter};
use crate::runtime::packed::{itemsize, PackedArray, TYPECODES};
use crate::runtime::value::Value;

type Packed = Rc<RefCell<PackedArray>>;

/// Fill the `array` module: the class, its alias `ArrayType`, `typecodes`.
pub(crate) fn fill(it: &Interp, ns: &PyDict) {
    let c = super::module_class(it, CLASS_KEY, make_class);
    ns.set_str("array", Value::Class(c.clone()));
    ns.set_str("ArrayType", Value::Class(c));
    ns.set_str("typecodes", Value::str(TYPECODES));
}

fn make_class(it: &Interp) -> Rc<Class> {
    let c = crate::interp::types::make_module_class("array", "array", &it.types.object, 1);
    let methods: [(&'static str, &'static str, NativeFn); 25] = [
        ("append", "(v, /)", append),
        ("extend", "(bb, /)", extend),
        ("insert", "(i, v, /)", insert),
        ("pop", "(i=-1, /)", pop),
        ("remove", "(v, /)", remove),
        ("index", "(v, start=0, stop=sys.maxsize, /)", index),
        ("count", "(v, /)", count),
        ("reverse", "()", reverse),
        ("byteswap", "()", byteswap),
        ("buffer_info", "()", buffer_info),
        ("tobytes", "()", tobytes),
        ("frombytes", "(buffer, /)", frombytes),
        ("tolist", "()", tolist),
        ("fromlist", "(list, /)", fromlist),
        ("tounicode", "()", tounicode),
        ("fromunicode", "(ustr, /)", fromunicode),
        ("tofile", "(f, /)", tofile),
        ("fromfile", "(f, n, /)", fromfile),
        ("__copy__", "()", copy),
        ("__deepcopy__", "(unused, /)", copy),
        ("__eq__", "(value, /)", eq),
        ("__ne__", "(value, /)", ne),
        ("__lt__", "(value, /)", lt),
        ("__le__", "(value, /)", le),
        ("__gt__", "(value, /)", gt),
    ];
    super::def_methods(&c, &methods);
    let slots: [(&'static str, NativeFn); 13] = [
        ("__ge__", ge),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__repr__", repr),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__imul__", imul),
    ];
    super::def_slots(&c, &slots);
    let getters: [(&'static str, NativeFn); 2] = [("typecode", typecode), ("itemsize", item_size)];
    for (name, getter) in getters {
        super::def_getter(&c, name, getter);
    }
    c.dict.set_str("__hash__", Value::None);
    let _ = c
        .builtin_ctor
        .set(Some(super::native("array", "(*args, **kwargs)", array_new)));
    super::def_static(
        &c,
        "array",
        "__new__",
        "(*args, **kwargs)",
        array_dunder_new,
    );
    c
}

// ------------------------------------------------------------ helpers

/// The packed storage of `self`.
fn me(args: &[Value]) -> PyResult<Packed> {
    match args.first() {
        Some(Value::Instance(i)) => i.packed(),
        _ => None,
    }
    .ok_or_else(|| PyErr::type_error("descriptor requires a 'array.array' object"))
}

/// The storage of an argument, if it is an array.
fn as_array(v: &Value) -> Option<Packed> {
    match v {
        Value::Instance(i) => i.packed(),
        _ => None,
    }
}

/// The builtin `array.array` class above an instance's (a slice or a sum of
/// a subclass's instances is a plain array, as in CPython).
fn array_class(v: &Value) -> Option<Rc<Class>> {
    match v {
        Value::Instance(i) => i.class().mro().into_iter().find(|c| !c.is_user()),
        _ => None,
    }
}

fn make_in(class: &Rc<Class>, data: PackedArray) -> Value {
    let inst = Instance::new(class.clone());
    inst.set(0, Some(Value::Packed(Rc::new(RefCell::new(data)))));
    Value::Instance(inst)
}

/// A new plain array of the same class as `like`'s builtin base.
fn make_like(like: &Value, data: PackedArray) -> PyResult<Value> {
    let class = array_class(like).ok_or_else(|| PyErr::type_error("expected an array"))?;
    Ok(make_in(&class, data))
}

/// An integer argument as an `i128`: ints, bools and objects with
/// `__index__`; None for anything else. Ints beyond 64 bits come out as
/// ±2**100, out of range for every C type.
pub(crate) fn index_i128(it: &mut Interp, v: &Value) -> PyResult<Option<i128>> {
    fn big(b: &num_bigint::BigInt) -> i128 {
        b.to_i128()
            .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                -(1 << 100)
            } else {
                1 << 100
            })
    }
    Ok(match v {
        Value::Int(i) => Some(i128::from(*i)),
        Value::Bool(b) => Some(i128::from(*b)),
        Value::BigInt(b) => Some(big(b)),
        Value::Instance(i) if i.class().lookup("__index__").is_some() => {
            match it.call_special(v, "__index__", vec![]) {
                Some(r) => match r? {
                    Value::Int(i) => Some(i128::from(i)),
                    Value::Bool(b) => Some(i128::from(b)),
                    Value::BigInt(b) => Some(big(&b)),
                    other => {
                        return Err(PyErr::type_error(format!(
                            "__index__ returned non-int (type {})",
                            other.type_name()
                        )))
                    }
                },
                None => None,
            }
        }
        _ => None,
    })
}

/// A float argument: floats, ints and objects with `__float__` or
/// `__index__`; None for anything else.
pub(crate) fn float_of(it: &mut Interp, v: &Value) -> PyResult<Option<f64>> {
    let int_to_float = |b: &num_bigint::BigInt| {
        b.to_f64()
            .filter(|f| f.is_finite())
            .ok_or_else(|| PyErr::overflow("int too large to convert to float"))
    };
    Ok(match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(crate::runtime::int::float_from_int(*i)),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        Value::BigInt(b) => Some(int_to_float(b)?),
        Value::Instance(i) if i.class().lookup("__float__").is_some() => {
            match it.call_special(v, "__float__", vec![]).transpose()? {
                Some(Value::Float(f)) => Some(f),
                Some(other) => {
                    return Err(PyErr::type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        v.type_name(),
                        other.type_name()
                    )))
                }
                None => None,
            }
        }
        Value::Instance(i) if i.class().lookup("__index__").is_some() => {
            match it.call_special(v, "__index__", vec![]).transpose()? {
                Some(Value::Int(i)) => Some(crate::runtime::int::float_from_int(i)),
                Some(Value::BigInt(b)) => Some(int_to_float(&b)?),
                _ => None,
            }
        }
        _ => None,
    })
}

/// Check that `n` fits the C type of `code`, with the OverflowError
/// CPython's array raises for each type.
fn check_range(code: u8, n: i128) -> PyResult<()> {
    let long = i128::from(i64::MIN)..=i128::from(i64::MAX);
    let ulong_max = i128::from(u64::MAX);
    let between = |lo: i128, hi: i128, what: &str| -> PyResult<()> {
        if n < lo {
            Err(PyErr::overflow(format!("{what} is less than minimum")))
        } else if n > hi {
            Err(PyErr::overflow(format!("{what} is greater than maximum")))
        } else {
            Ok(())
        }
    };
    let (short, int) = (
        (i128::from(i16::MIN), i128::from(i16::MAX)),
        (i128::from(i32::MIN), i128::from(i32::MAX)),
    );
    match code {
        b'b' | b'B' | b'h' | b'H' | b'i' | b'l' if !long.contains(&n) => {
            Err(PyErr::overflow("Python int too large to convert to C long"))
        }
        b'b' => {
            between(short.0, short.1, "signed short integer")?;
            between(-128, 127, "signed char")
        }
        b'B' => between(0, 255, "unsigned byte integer"),
        b'h' => between(short.0, short.1, "signed short integer"),
        b'H' => {
            between(int.0, int.1, "signed integer")?;
            between(0, 65535, "unsigned short")
        }
        b'i' => between(int.0, int.1, "signed integer"),
        b'I' | b'L' if n < 0 => Err(PyErr::overflow(
            "can't convert negative value to unsigned int",
        )),
        b'I' | b'L' if n > ulong_max => Err(PyErr::overflow(
            "Python int too large to convert to C unsigned long",
        )),
        b'I' => between(0, i128::from(u32::MAX), "unsigned int"),
        b'q' if !long.contains(&n) => Err(PyErr::overflow("int too big to convert")),
        b'Q' if n < 0 => Err(PyErr::overflow("can't convert negative int to unsigned")),
        b'Q' if n > ulong_max => Err(PyErr::overflow("int too big to convert")),
        _ => Ok(()),
    }
}

/// Append one value, converted to the array's type, to `out`.
fn encode(it: &mut Interp, code: u8, v: &Value, out: &mut Vec<u8>) -> PyResult<()> {
    match code {
        b'f' | b'd' => {
            let Some(x) = float_of(it, v)? else {
                return Err(PyErr::type_error(format!(
                    "must be real number, not {}",
                    v.type_name()
                )));
            };
            if code == b'd' {
                out.extend_from_slice(&x.to_ne_bytes());
            } else {
                // C's conversion to float: the nearest value, infinity
                // beyond the range (CPython's array does the same).
                #[allow(clippy::cast_possible_truncation)]
                let y = x as f32;
                out.extend_from_slice(&y.to_ne_bytes());
            }
        }
        b'u' => {
            let c = match v {
                Value::Str(s) if s.nchars == 1 => s.as_str().chars().next(),
                _ => None,
            }
            .ok_or_else(|| PyErr::type_error("array item must be unicode character"))?;
            out.extend_from_slice(&u32::from(c).to_ne_bytes());
        }
        _ => {
            let Some(n) = index_i128(it, v)? else {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    v.type_name()
                )));
            };
            check_range(code, n)?;
            out.extend_from_slice(&n.to_le_bytes()[..itemsize(code)]);
        }
    }
    Ok(())
}

/// The values of an iterable, packed for `code`.
fn encode_all(it: &mut Interp, code: u8, items: &[Value]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(items.len() * itemsize(code));
    for v in items {
        encode(it, code, v, &mut out)?;
    }
    Ok(out)
}

/// A sequence index (negative from the end), in range or None.
fn position(i: i64, len: usize) -> Option<usize> {
    let len = int_from_len(len);
    let i = if i < 0 { i + len } else { i };
    if (0..len).contains(&i) {
        usize::try_from(i).ok()
    } else {
        None
    }
}

/// A bytes-like argument's bytes (a bytes object's own, not a copy).
pub(crate) fn want_bytes<'a>(v: &'a Value) -> PyResult<std::borrow::Cow<'a, [u8]>> {
    v.byte_content().ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))
    })
}

// ------------------------------------------------------------ construction

/// The `array.array` class, made on the first import of `array` and kept
/// with the interpreter's types (a later import finds the same class).
fn the_class(it: &Interp) -> Option<Rc<Class>> {
    it.types.misc.borrow().get(CLASS_KEY).cloned()
}

const CLASS_KEY: &str = "array.array";

/// `array(typecode[, initializer])`.
fn array_new(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let class = the_class(it).ok_or_else(|| PyErr::runtime_error("array is not initialized"))?;
    construct(it, &class, args, kw)
}

/// `array.__new__(cls, typecode[, initializer])`, for subclasses.
fn array_dunder_new(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let base = the_class(it);
    match (args.first(), base) {
        (Some(Value::Class(c)), Some(base)) if c.is_subclass(&base) => {
            let c = c.clone();
            construct(it, &c, &args[1..], kw)
        }
        _ => Err(PyErr::type_error(
            "array.__new__(X): X is not a type object",
        )),
    }
}

fn construct(it: &mut Interp, class: &Rc<Class>, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(
            "array.array() takes no keyword arguments",
        ));
    }
    match args.len() {
        0 => {
            return Err(PyErr::type_error(
                "array() takes at least 1 argument (0 given)",
            ))
        }
        1 | 2 => {}
        n => {
            return Err(PyErr::type_error(format!(
                "array() takes at most 2 arguments ({n} given)"
            )))
        }
    }
    let code = match &args[0] {
        Value::Str(s) if s.nchars == 1 => s.as_str().chars().next().unwrap_or(' '),
        other => {
            return Err(PyErr::type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                other.type_name()
            )))
        }
    };
    let code = match u8::try_from(code) {
        Ok(c) if TYPECODES.as_bytes().contains(&c) => c,
        _ => {
            return Err(PyErr::value_error(
                "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
            ))
        }
    };
    let bytes = match args.get(1) {
        None => Vec::new(),
        Some(Value::Str(s)) => {
            if code != b'u' {
                return Err(PyErr::type_error(format!(
                    "cannot use a str to initialize an array with typecode '{}'",
                    char::from(code)
                )));
            }
            let mut b = fallible::vec_with_capacity(fallible::total(4, s.nchars)?)?;
            b.extend(s.as_str().chars().flat_map(|c| u32::from(c).to_ne_bytes()));
            b
        }
        Some(v @ (Value::Bytes(_) | Value::ByteArray(_))) => {
            let b = fallible::copied(&want_bytes(v)?)?;
            if b.len() % itemsize(code) != 0 {
                return Err(PyErr::value_error(
                    "bytes length not a multiple of item size",
                ));
            }
            b
        }
        Some(v) => match as_array(v) {
            Some(src) => {
                let src = src.borrow();
                if src.code == b'u' && code != b'u' {
                    return Err(PyErr::type_error(format!(
                        "cannot use a unicode array to initialize an array with typecode '{}'",
                        char::from(code)
                    )));
                }
                let items: Vec<Value> = (0..src.len()).map(|i| src.item(i)).collect();
                drop(src);
                encode_all(it, code, &items)?
            }
            None => {
                let items = it.collect(v)?;
                encode_all(it, code, &items)?
            }
        },
    };
    Ok(make_in(class, PackedArray::new(code, bytes)))
}

// ------------------------------------------------------------ attributes

fn typecode(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let code = me(args)?.borrow().code;
    Ok(Value::string(char::from(code).to_string()))
}

fn item_size(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(int_from_len(me(args)?.borrow().itemsize())))
}

// ------------------------------------------------------------ methods

fn append(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    let code = a.borrow().code;
    let mut one = Vec::new();
    encode(it, code, &args[1], &mut one)?;
    fallible::extend(&mut a.borrow_mut().bytes, one.into_iter())?;
    Ok(Value::None)
}

fn extend(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    if let Some(other) = as_array(&args[1]) {
        return extend_with_array(&a, &other);
    }
    // Items are added one by one: an error leaves the ones before it.
    let code = a.borrow().code;
    let iter = it.get_iter(&args[1])?;
    while let Some(v) = it.next(&iter)? {
        let mut one = Vec::new();
        encode(it, code, &v, &mut one)?;
        fallible::extend(&mut a.borrow_mut().bytes, one.into_iter())?;
    }
    Ok(Value::None)
}

fn extend_with_array(a: &Packed, other: &Packed) -> PyResult<Value> {
    let more = {
        let o = other.borrow();
        if o.code != a.borrow().code {
            return Err(PyErr::type_error("can only extend with array of same kind"));
        }
        // A copy first: `other` may be `a` itself.
        fallible::copied(&o.bytes)?
    };
    fallible::extend(&mut a.borrow_mut().bytes, more.into_iter())?;
    Ok(Value::None)
}

fn insert(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    let i = super::want_int(it, &args[1])?;
    let code = a.borrow().code;
    let mut one = Vec::new();
    encode(it, code, &args[2], &mut one)?;
    let mut a = a.borrow_mut();
    let len = int_from_len(a.len());
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    let at = usize::try_from(i).unwrap_or(0) * a.itemsize();
    a.bytes.splice(at..at, one);
    Ok(Value::None)
}

fn pop(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    let i = match args.get(1) {
        Some(v) => super::want_int(it, v)?,
        None => -1,
    };
    let mut a = a.borrow_mut();
    if a.len() == 0 {
        return Err(PyErr::index_error("pop from empty array"));
    }
    let i = position(i, a.len()).ok_or_else(|| PyErr::index_error("pop index out of range"))?;
    let v = a.item(i);
    let size = a.itemsize();
    a.bytes.drain(i * size..(i + 1) * size);
    Ok(v)
}

/// The index of the first element equal to `v` in `lo..hi`.
fn find(it: &mut Interp, a: &Packed, v: &Value, lo: usize, hi: usize) -> PyResult<Option<usize>> {
    let mut i = lo;
    loop {
        let item = {
            let a = a.borrow();
            if i >= hi.min(a.len()) {
                return Ok(None);
            }
            a.item(i)
        };
        if it.eq(&item, v)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn remove(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    let Some(i) = find(it, &a, &args[1], 0, usize::MAX)? else {
        return Err(PyErr::value_error("array.remove(x): x not in array"));
    };
    let mut a = a.borrow_mut();
    let size = a.itemsize();
    a.bytes.drain(i * size..(i + 1) * size);
    Ok(Value::None)
}

fn index(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    let len = int_from_len(a.borrow().len());
    let mut bound = |k: usize, default: i64| -> PyResult<usize> {
        let n = match args.get(k) {
            Some(v) => super::want_int(it, v)?,
            None => default,
        };
        let n = if n < 0 { (n + len).max(0) } else { n.min(len) };
        Ok(usize::try_from(n).unwrap_or(0))
    };
    let (lo, hi) = (bound(2, 0)?, bound(3, i64::MAX)?);
    match find(it, &a, &args[1], lo, hi)? {
        Some(i) => Ok(Value::Int(int_from_len(i))),
        None => Err(PyErr::value_error("array.index(x): x not in array")),
    }
}

fn count(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    let (mut n, mut i) = (0usize, 0usize);
    while let Some(k) = find(it, &a, &args[1], i, usize::MAX)? {
        n += 1;
        i = k + 1;
    }
    Ok(Value::Int(int_from_len(n)))
}

fn reverse(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    let mut a = a.borrow_mut();
    let size = a.itemsize();
    let reversed: Vec<u8> = a.bytes.chunks(size).rev().flatten().copied().collect();
    a.bytes = reversed;
    Ok(Value::None)
}

fn byteswap(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    let mut a = a.borrow_mut();
    let size = a.itemsize();
    for item in a.bytes.chunks_mut(size) {
        item.reverse();
    }
    Ok(Value::None)
}

fn buffer_info(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    let a = a.borrow();
    let addr = i64::try_from(a.bytes.as_ptr() as usize).unwrap_or(0);
    Ok(Value::tuple(vec![
        Value::Int(addr),
        Value::Int(int_from_len(a.len())),
    ]))
}

fn tobytes(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bytes(Rc::new(fallible::copied(
        &me(args)?.borrow().bytes,
    )?)))
}

fn frombytes(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    // Copied out first when the bytes are an array's (`a` itself, maybe).
    let more = want_bytes(&args[1])?;
    if more.len() % a.borrow().itemsize() != 0 {
        return Err(PyErr::value_error(
            "bytes length not a multiple of item size",
        ));
    }
    fallible::extend(&mut a.borrow_mut().bytes, more.iter().copied())?;
    Ok(Value::None)
}

fn items(a: &Packed) -> PyResult<Vec<Value>> {
    let a = a.borrow();
    let mut out = fallible::vec_with_capacity(a.len())?;
    out.extend((0..a.len()).map(|i| a.item(i)));
    Ok(out)
}

fn tolist(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::list(items(&me(args)?)?))
}

fn fromlist(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    let Value::List(l) = &args[1] else {
        return Err(PyErr::type_error("arg must be list"));
    };
    let values = l.items.borrow().clone();
    let code = a.borrow().code;
    // All or nothing: the array changes only when every item converts.
    let more = encode_all(it, code, &values)?;
    fallible::extend(&mut a.borrow_mut().bytes, more.into_iter())?;
    Ok(Value::None)
}

fn tounicode(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    let a = a.borrow();
    if a.code != b'u' {
        return Err(PyErr::value_error(
            "tounicode() may only be called on unicode type arrays",
        ));
    }
    let mut s = String::with_capacity(a.len());
    for i in 0..a.len() {
        if let Value::Str(c) = a.item(i) {
            s.push_str(c.as_str());
        }
    }
    Ok(Value::string(s))
}

fn fromunicode(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    let Value::Str(s) = &args[1] else {
        return Err(PyErr::type_error(format!(
            "fromunicode() argument must be str, not {}",
            super::arg_type_name(&args[1])
        )));
    };
    if a.borrow().code != b'u' {
        return Err(PyErr::value_error(
            "fromunicode() may only be called on unicode type arrays",
        ));
    }
    let more: Vec<u8> = s
        .as_str()
        .chars()
        .flat_map(|c| u32::from(c).to_ne_bytes())
        .collect();
    a.borrow_mut().bytes.extend_from_slice(&more);
    Ok(Value::None)
}

fn tofile(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let data = Value::Bytes(Rc::new(me(args)?.borrow().bytes.clone()));
    it.call_method_by_name(&args[1], "write", vec![data])?;
    Ok(Value::None)
}

fn fromfile(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    let n = super::want_int(it, &args[2])?;
    if n < 0 {
        return Err(PyErr::value_error("negative count"));
    }
    let size = a.borrow().itemsize();
    let want = usize::try_from(n)
        .ok()
        .and_then(|n| n.checked_mul(size))
        .ok_or_else(crate::runtime::fallible::memory_error)?;
    let data = it.call_method_by_name(&args[1], "read", vec![Value::Int(int_from_len(want))])?;
    let Value::Bytes(b) = &data else {
        return Err(PyErr::type_error("read() didn't return bytes"));
    };
    let whole = b.len() - b.len() % size;
    a.borrow_mut().bytes.extend_from_slice(&b[..whole]);
    if b.len() < want {
        return Err(PyErr::new(
            ExcKind::EOFError,
            "read() didn't return enough bytes",
        ));
    }
    Ok(Value::None)
}

fn copy(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    let data = {
        let a = a.borrow();
        PackedArray::new(a.code, fallible::copied(&a.bytes)?)
    };
    make_like(&args[0], data)
}

// ------------------------------------------------------------ sequence protocol

fn len(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(int_from_len(me(args)?.borrow().len())))
}

/// An index argument: an int or `__index__`, else CPython's TypeError.
fn want_index(it: &mut Interp, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => it.to_index(v),
        Value::Instance(i) if i.class().lookup("__index__").is_some() => it.to_index(v),
        _ => Err(PyErr::type_error("array indices must be integers")),
    }
}

fn getitem(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    if let Value::Slice(s) = &args[1] {
        // `__index__` runs before the length is read.
        let bounds = it.slice_unpack(s)?;
        let len = a.borrow().len();
        let (start, _, step, n) = bounds.adjust(len);
        let a = a.borrow();
        let mut bytes = Vec::with_capacity(n * a.itemsize());
        for k in 0..n {
            bytes.extend_from_slice(a.raw(crate::interp::ops::slice_pos(start, step, k)));
        }
        let data = PackedArray::new(a.code, bytes);
        drop(a);
        return make_like(&args[0], data);
    }
    let i = want_index(it, &args[1])?;
    let a = a.borrow();
    match position(i, a.len()) {
        Some(i) => Ok(a.item(i)),
        None => Err(PyErr::index_error("array index out of range")),
    }
}

fn setitem(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    let code = a.borrow().code;
    let size = itemsize(code);
    let Value::Slice(s) = &args[1] else {
        let i = want_index(it, &args[1])?;
        let mut one = Vec::new();
        encode(it, code, &args[2], &mut one)?;
        let mut a = a.borrow_mut();
        let i = position(i, a.len())
            .ok_or_else(|| PyErr::index_error("array assignment index out of range"))?;
        a.bytes[i * size..(i + 1) * size].copy_from_slice(&one);
        return Ok(Value::None);
    };
    let Some(src) = as_array(&args[2]) else {
        return Err(PyErr::type_error(format!(
            "can only assign array (not \"{}\") to array slice",
            args[2].type_name()
        )));
    };
    let new = {
        let src = src.borrow();
        if src.code != code {
            return Err(PyErr::type_error(
                "bad argument type for built-in operation",
            ));
        }
        src.bytes.clone()
    };
    // `__index__` runs before the length is read.
    let bounds = it.slice_unpack(s)?;
    let len = a.borrow().len();
    let (start, stop, step, n) = bounds.adjust(len);
    let mut a = a.borrow_mut();
    if step == 1 {
        let lo = usize::try_from(start).unwrap_or(0);
        let hi = usize::try_from(stop).unwrap_or(0).max(lo);
        a.bytes.splice(lo * size..hi * size, new);
        return Ok(Value::None);
    }
    let count = new.len() / size;
    if count != n {
        return Err(PyErr::value_error(format!(
            "attempt to assign array of size {count} to extended slice of size {n}"
        )));
    }
    for (k, item) in new.chunks(size).enumerate() {
        let at = crate::interp::ops::slice_pos(start, step, k) * size;
        a.bytes[at..at + size].copy_from_slice(item);
    }
    Ok(Value::None)
}

fn delitem(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    let size = a.borrow().itemsize();
    let Value::Slice(s) = &args[1] else {
        let i = want_index(it, &args[1])?;
        let mut a = a.borrow_mut();
        let i = position(i, a.len())
            .ok_or_else(|| PyErr::index_error("array assignment index out of range"))?;
        a.bytes.drain(i * size..(i + 1) * size);
        return Ok(Value::None);
    };
    // `__index__` runs before the length is read.
    let bounds = it.slice_unpack(s)?;
    let len = a.borrow().len();
    let (start, _, step, n) = bounds.adjust(len);
    let mut gone = vec![false; len];
    for k in 0..n {
        gone[crate::interp::ops::slice_pos(start, step, k)] = true;
    }
    let mut a = a.borrow_mut();
    let kept: Vec<u8> = a
        .bytes
        .chunks(size)
        .zip(&gone)
        .filter(|(_, g)| !**g)
        .flat_map(|(item, _)| item.iter().copied())
        .collect();
    a.bytes = kept;
    Ok(Value::None)
}

fn contains(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    Ok(Value::Bool(
        find(it, &a, &args[1], 0, usize::MAX)?.is_some(),
    ))
}

fn iter(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    me(args)?;
    Ok(PyIter::new(
        "arrayiterator",
        IterState::GetItem {
            obj: args[0].clone(),
            idx: 0,
        },
    ))
}

fn repr(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::string(repr_text(it, &args[0])?))
}

/// `array('i', [1, 2])`, `array('u', 'ab')`, `array('d')` (a subclass
/// gives its own name).
pub(crate) fn repr_text(it: &mut Interp, v: &Value) -> PyResult<String> {
    let args = std::slice::from_ref(v);
    let a = me(args)?;
    let name = match v {
        Value::Instance(i) => i.class().name.to_string(),
        _ => "array".to_string(),
    };
    let (code, empty) = {
        let a = a.borrow();
        (a.code, a.len() == 0)
    };
    if empty {
        return Ok(format!("{name}('{}')", char::from(code)));
    }
    let body = if code == b'u' {
        let s = tounicode(it, args, &[])?;
        it.repr(&s)?
    } else {
        it.repr(&Value::list(items(&a)?))?
    };
    Ok(format!("{name}('{}', {body})", char::from(code)))
}

/// `n` of `a * n`: an int or `__index__`, else CPython's TypeError.
fn repeat_count(it: &mut Interp, v: &Value) -> PyResult<usize> {
    match index_i128(it, v)? {
        // Past what a C index holds, CPython's error: OverflowError, not
        // MemoryError.
        Some(n) if i64::try_from(n).is_err() => Err(PyErr::overflow(
            "cannot fit 'int' into an index-sized integer",
        )),
        Some(n) => Ok(usize::try_from(n.max(0)).unwrap_or(usize::MAX)),
        None => Err(PyErr::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            v.type_name()
        ))),
    }
}

fn add(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    let Some(b) = as_array(&args[1]) else {
        return Err(PyErr::type_error(format!(
            "can only append array (not \"{}\") to array",
            args[1].type_name()
        )));
    };
    let data = {
        let (a, b) = (a.borrow(), b.borrow());
        if a.code != b.code {
            return Err(PyErr::type_error(
                "bad argument type for built-in operation",
            ));
        }
        let mut bytes = fallible::vec_with_capacity(fallible::sum(a.bytes.len(), b.bytes.len())?)?;
        bytes.extend_from_slice(&a.bytes);
        bytes.extend_from_slice(&b.bytes);
        PackedArray::new(a.code, bytes)
    };
    make_like(&args[0], data)
}

fn iadd(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    let Some(b) = as_array(&args[1]) else {
        return Err(PyErr::type_error(format!(
            "can only extend array with array (not \"{}\")",
            args[1].type_name()
        )));
    };
    extend_with_array(&a, &b)?;
    Ok(args[0].clone())
}

fn mul(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    let n = repeat_count(it, &args[1])?;
    let data = {
        let a = a.borrow();
        PackedArray::new(a.code, fallible::repeat(&a.bytes, n)?)
    };
    make_like(&args[0], data)
}

fn imul(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let a = me(args)?;
    let n = repeat_count(it, &args[1])?;
    let bytes = fallible::repeat(&a.borrow().bytes, n)?;
    a.borrow_mut().bytes = bytes;
    Ok(args[0].clone())
}

// ------------------------------------------------------------ comparisons

/// Compare two arrays as sequences: element by element, then by length.
fn compare(it: &mut Interp, args: &[Value], op: CmpOp) -> PyResult<Value> {
    let (Ok(a), Some(b)) = (me(args), as_array(&args[1])) else {
        return Ok(Value::NotImplemented);
    };
    let (la, lb) = (a.borrow().len(), b.borrow().len());
    if matches!(op, CmpOp::Eq | CmpOp::NotEq) && la != lb {
        return Ok(Value::Bool(op == CmpOp::NotEq));
    }
    let mut i = 0;
    while i < la.min(lb) {
        let (x, y) = (a.borrow().item(i), b.borrow().item(i));
        if !it.eq(&x, &y)? {
            return match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::NotEq => Ok(Value::Bool(true)),
                _ => it.compare(op, &x, &y),
            };
        }
        i += 1;
    }
    Ok(Value::Bool(match op {
        CmpOp::Eq => la == lb,
        CmpOp::NotEq => la != lb,
        CmpOp::Lt => la < lb,
        CmpOp::LtE => la <= lb,
        CmpOp::Gt => la > lb,
        _ => la >= lb,
    }))
}

macro_rules! comparison {
    ($name:ident, $op:expr) => {
        fn $name(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
            compare(it, args, $op)
        }
    };
}

comparison!(eq, CmpOp::Eq);
comparison!(ne, CmpOp::NotEq);
comparison!(lt, CmpOp::Lt);
comparison!(le, CmpOp::LtE);
comparison!(gt, CmpOp::Gt);
comparison!(ge, CmpOp::GtE);
