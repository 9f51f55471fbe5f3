//! The container protocol's special methods on builtin types, so a lesson
//! can show that `len(xs)` is `xs.__len__()` and `k in d` is
//! `d.__contains__(k)`. Each does what the operation does.

use std::rc::Rc;

use super::def_slot;
use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::exception::PyResult;
use crate::runtime::function::Kwargs;
use crate::runtime::value::Value;
use pyslot_grammar::ast::CmpOp;

pub(crate) fn register(it: &Interp) {
    let t = &it.types;
    let sized: [&Rc<Class>; 9] = [
        &t.list,
        &t.bytes,
        &t.bytearray,
        &t.tuple,
        &t.str_,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
    ];
    for c in sized {
        def_slot(c, "__len__", len);
        def_slot(c, "__iter__", iter);
        if c.dict.get_str("__contains__").is_none() {
            def_slot(c, "__contains__", contains);
        }
    }
    for c in [&t.list, &t.tuple, &t.str_, &t.range, &t.bytes, &t.bytearray] {
        def_slot(c, "__getitem__", getitem);
    }
    // Concatenation and repetition; `%` formatting on str.
    use super::number_methods as n;
    for c in [&t.list, &t.tuple, &t.str_, &t.bytearray] {
        def_slot(c, "__add__", n::n_add);
        def_slot(c, "__mul__", n::n_mul);
        def_slot(c, "__rmul__", n::n_rmul);
        n::def_comparisons(c);
    }
    def_slot(&t.str_, "__mod__", n::n_mod);
    for c in [&t.set, &t.frozenset] {
        def_slot(c, "__or__", n::n_or);
        def_slot(c, "__and__", n::n_and);
        def_slot(c, "__xor__", n::n_xor);
        def_slot(c, "__sub__", n::n_sub);
    }
    def_slot(&t.dict, "__or__", n::n_or);
    def_slot(&t.dict, "__eq__", dict_eq);
    def_slot(&t.dict, "__ne__", dict_ne);
    for c in [&t.list, &t.dict] {
        def_slot(c, "__setitem__", setitem);
        def_slot(c, "__delitem__", delitem);
    }
    // Mutable containers are unhashable: their `__hash__` is None, which
    // is what `collections.abc.Hashable` looks at.
    for c in [&t.list, &t.dict, &t.set] {
        c.dict.set_str("__hash__", Value::None);
    }
}

/// `dict.__eq__(a, b)`: compares the mappings when `b` is a dict (or an
/// instance of a dict subclass, whose dict is compared); NotImplemented
/// otherwise. Dict subclasses such as OrderedDict call it through `super()`.
fn dict_eq(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match builtin_dict(&args[1]) {
        Some(other) => it.compare(CmpOp::Eq, &args[0], &other),
        None => Ok(Value::NotImplemented),
    }
}

/// `dict.__ne__(a, b)`: the negation of `dict.__eq__`.
fn dict_ne(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match builtin_dict(&args[1]) {
        Some(other) => it.compare(CmpOp::NotEq, &args[0], &other),
        None => Ok(Value::NotImplemented),
    }
}

/// The dict itself of a dict or of an instance of a dict subclass.
fn builtin_dict(v: &Value) -> Option<Value> {
    match v {
        Value::Dict(_) => Some(v.clone()),
        Value::Instance(i) => i.base_value().filter(|b| matches!(b, Value::Dict(_))),
        _ => None,
    }
}

fn len(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(crate::runtime::int::int_from_len(
        it.len(&args[0])?,
    )))
}

fn iter(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    it.get_iter(&args[0])
}

fn contains(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(it.contains(&args[0], &args[1])?))
}

fn getitem(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    it.getitem(&args[0], &args[1])
}

fn setitem(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    it.setitem(&args[0], &args[1], args[2].clone())?;
    Ok(Value::None)
}

fn delitem(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    it.delitem(&args[0], &args[1])?;
    Ok(Value::None)
}
