//! Methods of `set` and `frozenset`.

use std::rc::Rc;

use pyslot_grammar::ast::BinOp;

use super::{def_method, def_slot};
use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::function::Kwargs;
use crate::runtime::set::PySet;
use crate::runtime::value::Value;

pub(crate) fn register(set: &Rc<Class>, frozen: &Rc<Class>) {
    for c in [set, frozen] {
        def_method(c, "union", "(*others)", union);
        def_method(c, "intersection", "(*others)", intersection);
        def_method(c, "difference", "(*others)", difference);
        def_method(
            c,
            "symmetric_difference",
            "(other, /)",
            symmetric_difference,
        );
        def_method(c, "issubset", "(other, /)", issubset);
        def_method(c, "issuperset", "(other, /)", issuperset);
        def_method(c, "isdisjoint", "(other, /)", isdisjoint);
        def_method(c, "copy", "()", copy);
    }
    def_method(set, "add", "(elem, /)", add);
    def_method(set, "discard", "(elem, /)", discard);
    def_method(set, "remove", "(elem, /)", remove);
    def_method(set, "pop", "()", pop);
    def_method(set, "clear", "()", clear);
    def_method(set, "update", "(*others)", update);
    def_slot(set, "__init__", update);
    def_method(set, "intersection_update", "(*others)", intersection_update);
    def_method(set, "difference_update", "(*others)", difference_update);
    def_method(
        set,
        "symmetric_difference_update",
        "(other, /)",
        symmetric_difference_update,
    );
}

fn me(args: &[Value]) -> PyResult<&Rc<PySet>> {
    match args.first() {
        Some(Value::Set(s) | Value::FrozenSet(s)) => Ok(s),
        _ => Err(PyErr::type_error("descriptor requires a 'set' object")),
    }
}

/// Any iterable as a set value (sets pass through).
fn as_set(it: &mut Interp, v: &Value) -> PyResult<Value> {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => Ok(v.clone()),
        _ => Ok(Value::new_set(super::constructors::set_from(it, Some(v))?)),
    }
}

fn fold(it: &mut Interp, args: &[Value], op: BinOp) -> PyResult<Value> {
    let mut acc = match &args[0] {
        Value::FrozenSet(s) => Value::FrozenSet(s.clone()),
        Value::Set(s) => Value::new_set(PySet::from_table(s.table.borrow().copied()?)),
        _ => return Err(PyErr::type_error("descriptor requires a 'set' object")),
    };
    for other in &args[1..] {
        let o = as_set(it, other)?;
        acc = it.binary_op(op, &acc, &o)?;
    }
    Ok(acc)
}

fn union(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    fold(it, args, BinOp::BitOr)
}
fn intersection(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    fold(it, args, BinOp::BitAnd)
}
fn difference(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    fold(it, args, BinOp::Sub)
}
fn symmetric_difference(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    fold(it, args, BinOp::BitXor)
}

fn compare(
    it: &mut Interp,
    args: &[Value],
    _name: &str,
    op: pyslot_grammar::ast::CmpOp,
) -> PyResult<Value> {
    let o = as_set(it, &args[1])?;
    it.compare(op, &args[0], &o)
}

fn issubset(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    compare(it, args, "issubset", pyslot_grammar::ast::CmpOp::LtE)
}
fn issuperset(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    compare(it, args, "issuperset", pyslot_grammar::ast::CmpOp::GtE)
}
fn isdisjoint(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let s = me(args)?.clone();
    for v in it.collect(&args[1])? {
        if it.set_contains(&s, &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn copy(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(match &args[0] {
        Value::FrozenSet(s) => Value::FrozenSet(s.clone()),
        _ => Value::new_set(PySet::from_table(me(args)?.table.borrow().copied()?)),
    })
}

fn add(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    it.set_add(me(args)?, args[1].clone())?;
    Ok(Value::None)
}

fn discard(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    it.set_discard(me(args)?, &args[1])?;
    Ok(Value::None)
}

fn remove(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if !it.set_discard(me(args)?, &args[1])? {
        return Err(PyErr::key_error(args[1].clone()));
    }
    Ok(Value::None)
}

fn pop(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let s = me(args)?.clone();
    let v = s.table.borrow_mut().pop();
    v.ok_or_else(|| PyErr::new(ExcKind::KeyError, "pop from an empty set"))
}

fn clear(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    me(args)?.table.borrow_mut().clear();
    Ok(Value::None)
}

fn in_place(it: &mut Interp, args: &[Value], op: BinOp) -> PyResult<Value> {
    let s = me(args)?.clone();
    for other in &args[1..] {
        let o = as_set(it, other)?;
        let cur = Value::Set(s.clone());
        it.inplace_op(op, cur, &o)?;
    }
    Ok(Value::None)
}

fn update(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    in_place(it, args, BinOp::BitOr)
}
fn intersection_update(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    in_place(it, args, BinOp::BitAnd)
}
fn difference_update(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    in_place(it, args, BinOp::Sub)
}
fn symmetric_difference_update(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    in_place(it, args, BinOp::BitXor)
}
