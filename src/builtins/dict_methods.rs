//! Methods of `dict`.

use std::rc::Rc;

use super::{def_method, def_slot};
use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::function::Kwargs;
use crate::runtime::iter::{DictView, ViewKind};
use crate::runtime::value::Value;

pub(crate) fn register(c: &Rc<Class>) {
    def_slot(c, "__init__", init);
    def_method(c, "get", "(key, default=None, /)", get);
    def_method(c, "setdefault", "(key, default=None, /)", setdefault);
    def_method(c, "pop", "(key, default=<unrepresentable>, /)", pop);
    def_method(c, "popitem", "()", popitem);
    def_method(
        c,
        "update",
        "(other=<unrepresentable>, /, **kwargs)",
        update,
    );
    def_method(c, "keys", "()", keys);
    def_method(c, "values", "()", values);
    def_method(c, "items", "()", items);
    def_method(c, "copy", "()", copy);
    def_method(c, "clear", "()", clear);
    // A class method: called on the type or an instance, it takes no `self`.
    // A class method: `Config.fromkeys(...)` makes a Config.
    super::def_classmethod(c, "fromkeys", "(iterable, value=None, /)", fromkeys);
    def_slot(c, "__getitem__", getitem);
    def_slot(c, "__contains__", contains);
}

/// Set-like views: `d.keys().isdisjoint(other)`.
pub(crate) fn register_views(keys: &Rc<Class>, items: &Rc<Class>) {
    def_method(keys, "isdisjoint", "(other, /)", view_isdisjoint);
    def_method(items, "isdisjoint", "(other, /)", view_isdisjoint);
}

fn view_isdisjoint(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    for v in it.collect(&args[1])? {
        if it.contains(&args[0], &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `mappingproxy` shares the reading methods: they act on the dict it shows.
pub(crate) fn register_proxy(c: &Rc<Class>) {
    def_method(c, "get", "(key, default=None, /)", get);
    def_method(c, "keys", "()", keys);
    def_method(c, "values", "()", values);
    def_method(c, "items", "()", items);
    def_method(c, "copy", "()", copy);
}

fn me(args: &[Value]) -> PyResult<&Rc<PyDict>> {
    match args.first() {
        Some(Value::Dict(d)) => Ok(d),
        Some(Value::DictView(v)) if v.kind == ViewKind::Proxy => Ok(&v.dict),
        Some(other) => Err(PyErr::type_error(format!(
            "descriptor requires a 'dict' object but received a '{}'",
            other.type_name()
        ))),
        None => Err(PyErr::type_error("descriptor needs an argument")),
    }
}

fn get(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let d = me(args)?.clone();
    Ok(it
        .dict_get(&d, &args[1])?
        .unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn setdefault(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let d = me(args)?;
    if let Some(v) = it.dict_get(d, &args[1])? {
        return Ok(v);
    }
    let v = args.get(2).cloned().unwrap_or(Value::None);
    it.dict_set(d, args[1].clone(), v.clone())?;
    Ok(v)
}

fn pop(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let d = me(args)?;
    match it.dict_del(d, &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(PyErr::key_error(args[1].clone())),
        },
    }
}

fn popitem(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let d = me(args)?;
    d.bump();
    let last = d.map.borrow_mut().pop();
    match last {
        Some((k, v)) => Ok(Value::tuple(vec![k.key, v])),
        None => Err(PyErr::new(
            ExcKind::KeyError,
            "popitem(): dictionary is empty",
        )),
    }
}

fn update(it: &mut Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = me(args)?.clone();
    super::constructors::dict_fill(it, &d, &args[1..], kwargs, "update")?;
    Ok(Value::None)
}

/// `dict.__init__`: fills the dict as `update` does, with the constructor's
/// name in the messages (`dict expected at most 1 argument, got 2`).
fn init(it: &mut Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = me(args)?.clone();
    super::constructors::dict_fill(it, &d, &args[1..], kwargs, "dict")?;
    Ok(Value::None)
}

fn view(args: &[Value], _name: &str, kind: ViewKind) -> PyResult<Value> {
    Ok(Value::DictView(Rc::new(DictView {
        dict: me(args)?.clone(),
        kind,
    })))
}

fn keys(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    view(args, "keys", ViewKind::Keys)
}

fn values(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    view(args, "values", ViewKind::Values)
}

fn items(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    view(args, "items", ViewKind::Items)
}

fn copy(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::new_dict(me(args)?.copy()?))
}

fn clear(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    me(args)?.bump();
    let old = std::mem::take(&mut *me(args)?.map.borrow_mut());
    drop(old);
    Ok(Value::None)
}

/// `cls.fromkeys(keys[, value])`: a dict, or for a subclass an instance
/// made by calling it, filled through its `__setitem__`.
fn fromkeys(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (cls, rest): (Option<&Rc<Class>>, &[Value]) = match args.first() {
        Some(Value::Class(c)) => (Some(c), &args[1..]),
        _ => (None, args),
    };
    if rest.is_empty() || rest.len() > 2 {
        return Err(PyErr::type_error(format!(
            "fromkeys expected at least 1 argument, got {}",
            rest.len()
        )));
    }
    let v = rest.get(1).cloned().unwrap_or(Value::None);
    if let Some(c) = cls.filter(|c| c.is_user()) {
        let out = it.call(&Value::Class(c.clone()), Vec::new(), Vec::new())?;
        for k in it.collect(&rest[0])? {
            it.setitem(&out, &k, v.clone())?;
        }
        return Ok(out);
    }
    let d = PyDict::new();
    // The keys of a dict or set come with their hashes: no `__hash__` runs.
    match &rest[0] {
        Value::Dict(src) => {
            for (k, h, _) in src.items_hashed() {
                it.dict_set_hashed(&d, k, h, v.clone())?;
            }
        }
        Value::Set(src) | Value::FrozenSet(src) => {
            let entries = src.table.borrow().entries();
            for (h, k) in entries {
                it.dict_set_hashed(&d, k, h.cast_unsigned(), v.clone())?;
            }
        }
        other => {
            // Item by item: a `__hash__` may change the iterable.
            let keys = it.get_iter(other)?;
            while let Some(k) = it.next(&keys)? {
                it.dict_set(&d, k, v.clone())?;
            }
        }
    }
    Ok(Value::new_dict(d))
}

fn getitem(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    it.getitem(&args[0], &args[1])
}

fn contains(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(it.contains(&args[0], &args[1])?))
}
