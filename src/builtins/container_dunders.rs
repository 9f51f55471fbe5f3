//! The container protocol's special methods on builtin types, so a lesson
//! can show that `len(xs)` is `xs.__len__()` and `k in d` is
//! `d.__contains__(k)`. Each does what the operation does.

use std::rc::Rc;

use super::{check_method, def_method};
use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::exception::PyResult;
use crate::runtime::function::Kwargs;
use crate::runtime::value::Value;

pub fn register(it: &Interp) {
    let t = &it.types;
    let sized: [&Rc<Class>; 8] = [
        &t.list,
        &t.bytes,
        &t.tuple,
        &t.str_,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
    ];
    for c in sized {
        def_method(c, "__len__", len);
        def_method(c, "__iter__", iter);
        if c.dict.get_str("__contains__").is_none() {
            def_method(c, "__contains__", contains);
        }
    }
    for c in [&t.list, &t.tuple, &t.str_, &t.range, &t.bytes] {
        def_method(c, "__getitem__", getitem);
    }
    // Concatenation and repetition; `%` formatting on str.
    use super::number_methods as n;
    for c in [&t.list, &t.tuple, &t.str_] {
        def_method(c, "__add__", n::n_add);
        def_method(c, "__mul__", n::n_mul);
        def_method(c, "__rmul__", n::n_rmul);
        n::def_comparisons(c);
    }
    def_method(&t.str_, "__mod__", n::n_mod);
    for c in [&t.set, &t.frozenset] {
        def_method(c, "__or__", n::n_or);
        def_method(c, "__and__", n::n_and);
        def_method(c, "__xor__", n::n_xor);
        def_method(c, "__sub__", n::n_sub);
    }
    def_method(&t.dict, "__or__", n::n_or);
    for c in [&t.list, &t.dict] {
        def_method(c, "__setitem__", setitem);
        def_method(c, "__delitem__", delitem);
    }
}

fn len(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("__len__", args, 0, 0)?;
    Ok(Value::Int(it.len(&args[0])? as i64))
}

fn iter(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("__iter__", args, 0, 0)?;
    it.get_iter(&args[0])
}

fn contains(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("__contains__", args, 1, 1)?;
    Ok(Value::Bool(it.contains(&args[0], &args[1])?))
}

fn getitem(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("__getitem__", args, 1, 1)?;
    it.getitem(&args[0], &args[1])
}

fn setitem(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("__setitem__", args, 2, 2)?;
    it.setitem(&args[0], &args[1], args[2].clone())?;
    Ok(Value::None)
}

fn delitem(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("__delitem__", args, 1, 1)?;
    it.delitem(&args[0], &args[1])?;
    Ok(Value::None)
}
