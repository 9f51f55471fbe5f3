//! Methods of `list` and `tuple`.

use std::rc::Rc;

use super::{check_method, def_method, kwarg, only_kwargs, want_int};
use crate::interp::ops::norm_index;
use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::Kwargs;
use crate::runtime::value::{PyList, Value};

pub fn register(list: &Rc<Class>, tuple: &Rc<Class>) {
    def_method(list, "__init__", init);
    def_method(list, "append", append);
    def_method(list, "extend", extend);
    def_method(list, "insert", insert);
    def_method(list, "pop", pop);
    def_method(list, "remove", remove);
    def_method(list, "index", index);
    def_method(list, "count", count);
    def_method(list, "sort", sort);
    def_method(list, "reverse", reverse);
    def_method(list, "clear", clear);
    def_method(list, "copy", copy);
    def_method(tuple, "index", index);
    def_method(tuple, "count", count);
}

fn me(args: &[Value]) -> PyResult<&Rc<PyList>> {
    match args.first() {
        Some(Value::List(l)) => Ok(l),
        Some(other) => Err(PyErr::type_error(format!(
            "descriptor requires a 'list' object but received a '{}'",
            other.type_name()
        ))),
        None => Err(PyErr::type_error("descriptor needs an argument")),
    }
}

fn append(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("append", args, 1, 1)?;
    me(args)?.items.borrow_mut().push(args[1].clone());
    Ok(Value::None)
}

/// `list.__init__(self, iterable=())`: what a subclass's `super().__init__`
/// calls; the list is emptied, then filled.
fn init(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::no_kwargs("list", kw)?;
    if args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "list expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let l = me(args)?;
    let mut items = Vec::new();
    if let Some(src) = args.get(1) {
        it.extend_from_iterable(&mut items, src)?;
    }
    let old = std::mem::replace(&mut *l.items.borrow_mut(), items);
    drop(old);
    Ok(Value::None)
}

fn extend(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("extend", args, 1, 1)?;
    let l = me(args)?;
    let mut items = Vec::new();
    it.extend_from_iterable(&mut items, &args[1])?;
    l.items.borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("insert", args, 2, 2)?;
    let l = me(args)?;
    let i = want_int(&args[1])?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(pos as usize, args[2].clone());
    Ok(Value::None)
}

fn pop(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("pop", args, 0, 1)?;
    let l = me(args)?;
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let i = match args.get(1) {
        Some(v) => want_int(v)?,
        None => -1,
    };
    match norm_index(i, items.len()) {
        Some(j) => Ok(items.remove(j)),
        None => Err(PyErr::index_error("pop index out of range")),
    }
}

fn remove(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("remove", args, 1, 1)?;
    let l = me(args)?;
    let items = l.items.borrow().clone();
    for (i, x) in items.iter().enumerate() {
        if x.is(&args[1]) || it.eq(x, &args[1])? {
            let mut items = l.items.borrow_mut();
            if i < items.len() {
                items.remove(i);
            }
            return Ok(Value::None);
        }
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

fn seq_items(args: &[Value]) -> Vec<Value> {
    match args.first() {
        Some(Value::List(l)) => l.items.borrow().clone(),
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    }
}

fn index(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("index", args, 1, 3)?;
    let items = seq_items(args);
    let n = items.len() as i64;
    let clamp = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.get(2) {
        Some(v) => clamp(want_int(v)?),
        None => 0,
    } as usize;
    let stop = match args.get(3) {
        Some(v) => clamp(want_int(v)?),
        None => n,
    } as usize;
    for (i, x) in items.iter().enumerate().take(stop).skip(start) {
        if x.is(&args[1]) || it.eq(x, &args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(PyErr::value_error(match &args[0] {
        Value::Tuple(_) => "tuple.index(x): x not in tuple".to_string(),
        _ => format!("{} is not in list", it.repr(&args[1])?),
    }))
}

fn count(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("count", args, 1, 1)?;
    let mut n = 0;
    for x in seq_items(args) {
        if x.is(&args[1]) || it.eq(&x, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn sort(it: &mut Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    only_kwargs("sort", kwargs, &["key", "reverse"])?;
    if args.len() > 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    let l = me(args)?;
    // Sort a copy, as CPython empties the list while sorting.
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let reverse = match kwarg(kwargs, "reverse") {
        Some(v) => it.truthy(v)?,
        None => false,
    };
    let r = super::functions::sort_values(it, &mut items, kwarg(kwargs, "key"), reverse);
    let modified = !l.items.borrow().is_empty();
    *l.items.borrow_mut() = items;
    r?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("reverse", args, 0, 0)?;
    me(args)?.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("clear", args, 0, 0)?;
    let old = std::mem::take(&mut *me(args)?.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("copy", args, 0, 0)?;
    Ok(Value::list(me(args)?.items.borrow().clone()))
}
