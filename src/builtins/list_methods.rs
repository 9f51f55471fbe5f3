//! Methods of `list` and `tuple`.

use std::rc::Rc;

use super::{def_method, def_slot, want_int};
use crate::interp::ops::norm_index;
use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::fallible;
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
    let old = std::mem::take(&mut *l.items.borrow_mut());
    drop(old);
    if let Some(src) = args.get(1) {
        it.list_extend(l, src)?;
    }
    Ok(Value::None)
}

fn extend(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    it.list_extend(me(args)?, &args[1])?;
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
    // `__index__` runs before the list is read.
    let i = match args.get(1) {
        Some(v) => want_int(it, v)?,
        None => -1,
    };
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(PyErr::index_error("pop from empty list"));
    }
    match norm_index(i, items.len()) {
        Some(j) => Ok(items.remove(j)),
        None => Err(PyErr::index_error("pop index out of range")),
    }
}

fn remove(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let l = me(args)?;
    // Read afresh at each step: an `__eq__` may change the list.
    let mut i = 0;
    while let Some(x) = l.get(i) {
        if x.is(&args[1]) || it.eq(&x, &args[1])? {
            let mut items = l.items.borrow_mut();
            if i < items.len() {
                let old = items.remove(i);
                drop(items);
                drop(old);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

/// The item at `i` of a list (as it is now) or tuple.
fn seq_item(seq: &Value, i: usize) -> Option<Value> {
    match seq {
        Value::List(l) => l.get(i),
        Value::Tuple(t) => t.items.get(i).cloned(),
        _ => None,
    }
}

fn seq_len(seq: &Value) -> usize {
    match seq {
        Value::List(l) => l.len(),
        Value::Tuple(t) => t.items.len(),
        _ => 0,
    }
}

fn index(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    // The bounds (`__index__`) first, fitted to the length after them.
    let start = match args.get(2) {
        Some(v) => Some(want_int(it, v)?),
        None => None,
    };
    let stop = match args.get(3) {
        Some(v) => Some(want_int(it, v)?),
        None => None,
    };
    let n = int_from_len(seq_len(&args[0]));
    let clamp = |i: i64| {
        let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
        usize::try_from(i).expect("0 <= i <= len")
    };
    let start = start.map_or(0, clamp);
    let stop = stop.map_or(seq_len(&args[0]), clamp);
    // Read afresh at each step: an `__eq__` may change the list.
    let mut i = start;
    while i < stop {
        let Some(x) = seq_item(&args[0], i) else {
            break;
        };
        if x.is(&args[1]) || it.eq(&x, &args[1])? {
            return Ok(Value::Int(int_from_len(i)));
        }
        i += 1;
    }
    Err(PyErr::value_error(match &args[0] {
        Value::Tuple(_) => "tuple.index(x): x not in tuple".to_string(),
        _ => format!("{} is not in list", it.repr(&args[1])?),
    }))
}

fn count(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let mut n = 0;
    let mut i = 0;
    while let Some(x) = seq_item(&args[0], i) {
        if x.is(&args[1]) || it.eq(&x, &args[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

/// `list.sort(*, key=None, reverse=False)`: `args` is `[self, key, reverse]`
/// as far as they were given.
fn sort(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let l = me(args)?;
    let reverse = super::functions::reverse_flag(it, args.get(2))?;
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
    Ok(Value::list(fallible::copied(&me(args)?.items.borrow())?))
}
