//! Methods of `list` and `tuple`.

use std::rc::Rc;

use super::{def_method, def_slot, want_int};
use crate::interp::ops::norm_index;
use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::Kwargs;
use crate::runtime::int::int_from_len;
use crate::runtime::value::{PyList, Value};

pub(crate) fn register(list: &Rc<Class>, tuple: &Rc<Class>) {
    def_slot(list, "__init__", init);
    def_method(list, "append", "(object, /)", append);
    def_method(list, "extend", "(iterable, /)", extend);
    def_method(list, "insert", "(index, object, /)", insert);
    def_method(list, "pop", "(index=-1, /)", pop);
    def_method(list, "remove", "(value, /)", remove);
    def_method(
        list,
        "index",
        "(value, start=0, stop=sys.maxsize, /)",
        index,
    );
    def_method(list, "count", "(value, /)", count);
    def_method(list, "sort", "(*, key=None, reverse=False)", sort);
    def_method(list, "reverse", "()", reverse);
    def_method(list, "clear", "()", clear);
    def_method(list, "copy", "()", copy);
    def_method(
        tuple,
        "index",
        "(value, start=0, stop=sys.maxsize, /)",
        index,
    );
    def_method(tuple, "count", "(value, /)", count);
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
    crate::runtime::fallible::push(&mut me(args)?.items.borrow_mut(), args[1].clone())?;
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
    let l = me(args)?;
    let mut items = Vec::new();
    it.extend_from_iterable(&mut items, &args[1])?;
    l.items.borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let l = me(args)?;
    let i = want_int(it, &args[1])?;
    let mut items = l.items.borrow_mut();
    let n = int_from_len(items.len());
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(
        usize::try_from(pos).expect("0 <= pos <= len"),
        args[2].clone(),
    );
    Ok(Value::None)
}

fn pop(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let l = me(args)?;
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let i = match args.get(1) {
        Some(v) => want_int(it, v)?,
        None => -1,
    };
    match norm_index(i, items.len()) {
        Some(j) => Ok(items.remove(j)),
        None => Err(PyErr::index_error("pop index out of range")),
    }
}

fn remove(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
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
    let items = seq_items(args);
    let n = int_from_len(items.len());
    let clamp = |i: i64| {
        let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
        usize::try_from(i).expect("0 <= i <= len")
    };
    let start = match args.get(2) {
        Some(v) => clamp(want_int(it, v)?),
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => clamp(want_int(it, v)?),
        None => items.len(),
    };
    for (i, x) in items.iter().enumerate().take(stop).skip(start) {
        if x.is(&args[1]) || it.eq(x, &args[1])? {
            return Ok(Value::Int(int_from_len(i)));
        }
    }
    Err(PyErr::value_error(match &args[0] {
        Value::Tuple(_) => "tuple.index(x): x not in tuple".to_string(),
        _ => format!("{} is not in list", it.repr(&args[1])?),
    }))
}

fn count(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let mut n = 0;
    for x in seq_items(args) {
        if x.is(&args[1]) || it.eq(&x, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `list.sort(*, key=None, reverse=False)`: `args` is `[self, key, reverse]`
/// as far as they were given.
fn sort(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let l = me(args)?;
    let reverse = match args.get(2) {
        Some(v) => it.truthy(v)?,
        None => false,
    };
    // Sort a copy, as CPython empties the list while sorting.
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let r = super::functions::sort_values(it, &mut items, args.get(1), reverse);
    let modified = !l.items.borrow().is_empty();
    *l.items.borrow_mut() = items;
    r?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    me(args)?.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let old = std::mem::take(&mut *me(args)?.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::list(me(args)?.items.borrow().clone()))
}
