//! The rest of the builtin types' special methods, so that `dir()` of each
//! type and `x.__dunder__` agree with CPython: each delegates to the
//! evaluator's own operation (`inplace_op`, `round`, `reversed`...), and a
//! binary one answers NotImplemented for an operand it does not take.

use std::rc::Rc;

use pyslot_grammar::ast::BinOp;

use super::number_methods as n;
use super::{def_method, def_slot};
use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::{Kwargs, NativeFn};
use crate::runtime::value::Value;

pub(crate) fn register(i: &Interp) {
    let t = &i.types;
    for c in [&t.int, &t.float] {
        def_slot(c, "__divmod__", divmod);
        def_slot(c, "__rdivmod__", rdivmod);
        def_slot(c, "__round__", round);
        def_slot(c, "__floor__", floor);
        def_slot(c, "__ceil__", ceil);
        def_slot(c, "__trunc__", trunc);
        def_slot(c, "__pos__", pos);
        def_slot(c, "__getnewargs__", getnewargs);
    }
    def_slot(&t.int, "__invert__", invert);
    def_slot(&t.int, "__rlshift__", n::n_rlshift);
    def_slot(&t.int, "__rrshift__", n::n_rrshift);
    def_slot(&t.str_, "__rmod__", not_implemented);
    def_slot(&t.str_, "__getnewargs__", getnewargs);
    def_slot(&t.tuple, "__getnewargs__", getnewargs);
    def_slot(&t.bytes, "__getnewargs__", getnewargs);
    // Generic aliases: `list[int]` through the type's own method.
    for c in [&t.list, &t.dict, &t.set, &t.frozenset, &t.tuple] {
        super::def_classmethod(c, "__class_getitem__", "(item, /)", class_getitem);
    }
    def_slot(&t.list, "__reversed__", reversed);
    def_slot(&t.dict, "__reversed__", reversed);
    let in_place: [(&Rc<Class>, &'static str, NativeFn); 8] = [
        (&t.list, "__iadd__", iadd),
        (&t.list, "__imul__", imul),
        (&t.dict, "__ior__", ior),
        (&t.set, "__ior__", ior),
        (&t.set, "__iand__", iand),
        (&t.set, "__isub__", isub),
        (&t.set, "__ixor__", ixor),
        (&t.dict, "__ror__", n::n_ror),
    ];
    for (c, name, f) in in_place {
        def_slot(c, name, f);
    }
    for c in [&t.set, &t.frozenset] {
        def_slot(c, "__ror__", n::n_ror);
        def_slot(c, "__rand__", n::n_rand);
        def_slot(c, "__rxor__", n::n_rxor);
        def_slot(c, "__rsub__", n::n_rsub);
    }
    let b = &t.bytes;
    def_slot(b, "__add__", bytes_add);
    def_slot(b, "__mul__", n::n_mul);
    def_slot(b, "__rmul__", n::n_rmul);
    def_slot(b, "__mod__", not_implemented);
    def_slot(b, "__rmod__", not_implemented);
    def_slot(b, "__bytes__", same);
    let ba = &t.bytearray;
    def_slot(ba, "__mod__", not_implemented);
    def_slot(ba, "__rmod__", not_implemented);
    def_slot(ba, "__imul__", imul);
    def_method(ba, "__alloc__", "()", alloc);
    if let Some(maketrans) = b.dict.get_str("maketrans") {
        ba.dict.set_str("maketrans", maketrans);
    }
    // The first line of each type's docstring, as CPython's begins.
    let docs: [(&Rc<Class>, &str); 15] = [
        (&t.object, "The base class of the class hierarchy."),
        (&t.int, "int([x]) -> integer"),
        (
            &t.float,
            "Convert a string or number to a floating point number, if possible.",
        ),
        (&t.str_, "str(object='') -> str"),
        (&t.list, "Built-in mutable sequence."),
        (&t.dict, "dict() -> new empty dictionary"),
        (&t.set, "set() -> new empty set object"),
        (&t.frozenset, "frozenset() -> empty frozenset object"),
        (&t.tuple, "Built-in immutable sequence."),
        (&t.bytes, "bytes(iterable_of_ints) -> bytes"),
        (
            &t.complex,
            "Create a complex number from a real part and an optional imaginary part.",
        ),
        (&t.bool_, "bool(x) -> bool"),
        (&t.type_, "type(object) -> the object's type"),
        (&t.range, "range(stop) -> range object"),
        (&t.slice, "slice(stop)"),
    ];
    for (c, doc) in docs {
        c.dict.set_str("__doc__", Value::str(doc));
    }
    super::def_classmethod(
        &t.object,
        "__subclasshook__",
        "(subclass, /)",
        not_implemented,
    );
    super::def_classmethod(&t.float, "__getformat__", "(typestr, /)", getformat);
}

/// `bytearray.__alloc__()`: the bytes its buffer holds room for (with the
/// terminating zero CPython keeps).
fn alloc(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(match &args[0] {
        Value::ByteArray(b) => {
            let cap = b.borrow().capacity();
            Value::Int(if cap == 0 {
                0
            } else {
                i64::try_from(cap + 1).unwrap_or(i64::MAX)
            })
        }
        _ => Value::Int(0),
    })
}

/// `float.__getformat__('double')`: how floats are stored.
fn getformat(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match args.last() {
        Some(Value::Str(s)) if matches!(s.as_str(), "double" | "float") => {
            Ok(Value::str(if cfg!(target_endian = "little") {
                "IEEE, little-endian"
            } else {
                "IEEE, big-endian"
            }))
        }
        _ => Err(PyErr::value_error(
            "__getformat__() argument 1 must be 'double' or 'float'",
        )),
    }
}

fn not_implemented(_it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn same(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

fn builtin(it: &mut Interp, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let f = it.builtins.get_str(name).unwrap_or(Value::None);
    it.call(&f, args, Vec::new())
}

fn divmod(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if !is_number(&args[1]) {
        return Ok(Value::NotImplemented);
    }
    builtin(it, "divmod", args.to_vec())
}

fn rdivmod(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if !is_number(&args[1]) {
        return Ok(Value::NotImplemented);
    }
    builtin(it, "divmod", vec![args[1].clone(), args[0].clone()])
}

fn round(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    builtin(it, "round", args.to_vec())
}

fn math(it: &mut Interp, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = it.find_and_load("math")?;
    let f = it.getattr(&m, name)?;
    it.call(&f, vec![args[0].clone()], Vec::new())
}

fn floor(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    math(it, "floor", args)
}
fn ceil(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    math(it, "ceil", args)
}
fn trunc(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    math(it, "trunc", args)
}

fn pos(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(match &args[0] {
        Value::Bool(b) => Value::Int(i64::from(*b)),
        other => other.clone(),
    })
}

fn invert(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    // ~x is -(x + 1) for every int.
    let plus_one = it.binary_op(BinOp::Add, &args[0], &Value::Int(1))?;
    it.binary_op(BinOp::Sub, &Value::Int(0), &plus_one)
}

fn getnewargs(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::tuple(vec![args[0].clone()]))
}

pub(crate) fn class_getitem(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(PyErr::type_error(
            "__class_getitem__ takes exactly one argument",
        ));
    }
    it.make_typing_object("GenericAlias", args.to_vec())
}

fn reversed(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    builtin(it, "reversed", vec![args[0].clone()])
}

fn in_place(it: &mut Interp, args: &[Value], op: BinOp, _name: &str) -> PyResult<Value> {
    // A set's in-place operators take only sets; a dict's `|=` any mapping.
    if matches!(args[0], Value::Set(_)) && !matches!(args[1], Value::Set(_) | Value::FrozenSet(_)) {
        return Ok(Value::NotImplemented);
    }
    it.inplace_op(op, args[0].clone(), &args[1])
}

fn iadd(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    in_place(it, args, BinOp::Add, "__iadd__")
}
fn imul(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    in_place(it, args, BinOp::Mult, "__imul__")
}
fn ior(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    in_place(it, args, BinOp::BitOr, "__ior__")
}
fn iand(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    in_place(it, args, BinOp::BitAnd, "__iand__")
}
fn isub(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    in_place(it, args, BinOp::Sub, "__isub__")
}
fn ixor(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    in_place(it, args, BinOp::BitXor, "__ixor__")
}

/// `b + other`: bytes only, with CPython's message for anything else.
fn bytes_add(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    it.binary_op(BinOp::Add, &args[0], &args[1])
}
