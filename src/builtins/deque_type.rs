//! `collections.deque` (from the `_collections` module): a sequence that
//! adds and removes items at both ends in constant time. An instance keeps
//! its items in a `PyDeque` (`runtime/deque.rs`, a ring buffer) in its
//! hidden slot 0, so a subclass is an ordinary Python class over it, as
//! with `array.array`. Every search that compares items with Python code
//! reads one item at a time and checks the change counter after each
//! comparison, with CPython's messages.

use std::rc::Rc;

use pyslot_grammar::ast::CmpOp;

use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::deque::PyDeque;
use crate::runtime::descriptor::Property;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::function::{Kwargs, NativeFn};
use crate::runtime::instance::Instance;
use crate::runtime::int::int_from_len;
use crate::runtime::iter::{IterState, PyIter};
use crate::runtime::value::Value;

const CLASS_KEY: &str = "collections.deque";

/// Fill the `_collections` module: `deque`.
pub(crate) fn fill(it: &Interp, ns: &PyDict) {
    let c = super::module_class(it, CLASS_KEY, make_class);
    ns.set_str("deque", Value::Class(c));
}

fn the_class(it: &Interp) -> Option<Rc<Class>> {
    it.types.misc.borrow().get(CLASS_KEY).cloned()
}

fn make_class(it: &Interp) -> Rc<Class> {
    let c = crate::interp::types::make_module_class("collections", "deque", &it.types.object, 1);
    let methods: [(&'static str, &'static str, NativeFn); 17] = [
        ("append", "(x, /)", append),
        ("appendleft", "(x, /)", appendleft),
        ("pop", "()", pop),
        ("popleft", "()", popleft),
        ("extend", "(iterable, /)", extend),
        ("extendleft", "(iterable, /)", extendleft),
        ("clear", "()", clear),
        ("copy", "()", copy),
        ("__copy__", "()", copy),
        ("count", "(value, /)", count),
        ("index", "(value[, start[, stop]])", index),
        ("insert", "(index, value, /)", insert),
        ("remove", "(value, /)", remove),
        ("reverse", "()", reverse),
        ("rotate", "(n=1, /)", rotate),
        ("__reduce__", "()", reduce),
        ("__sizeof__", "()", size_of),
    ];
    super::def_methods(&c, &methods);
    let slots: [(&'static str, NativeFn); 20] = [
        ("__init__", init),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__repr__", repr),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__imul__", imul),
    ];
    super::def_slots(&c, &slots);
    c.dict.set_str("__hash__", Value::None);
    super::def_classmethod(
        &c,
        "__class_getitem__",
        "(item, /)",
        super::more_dunders::class_getitem,
    );
    c.dict.set_str(
        "maxlen",
        Value::Property(Rc::new(Property {
            fget: super::native("maxlen", "(self, /)", maxlen_get),
            fset: super::native("maxlen", "(self, value, /)", maxlen_set),
            fdel: Value::None,
            doc: Value::str("maximum size of a deque or None if unbounded"),
            name: std::cell::RefCell::new(Some(std::rc::Rc::from("maxlen"))),
        })),
    );
    c.dict.set_str(
        "__doc__",
        Value::str(
            "deque([iterable[, maxlen]]) --> deque object\n\n\
             A list-like sequence optimized for data accesses near its endpoints.",
        ),
    );
    let _ = c
        .builtin_ctor
        .set(Some(super::native("deque", "(*args, **kwargs)", deque_new)));
    super::def_static(&c, "deque", "__new__", "(*args, **kwargs)", dunder_new);
    c
}

// ------------------------------------------------------------ helpers

/// The items of `self`.
fn me(args: &[Value]) -> PyResult<Rc<PyDeque>> {
    as_deque(&args[0]).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor requires a 'collections.deque' object but received a '{}'",
            args[0].type_name()
        ))
    })
}

/// The items of an argument, if it is a deque.
fn as_deque(v: &Value) -> Option<Rc<PyDeque>> {
    match v {
        Value::Instance(i) => i.deque(),
        _ => None,
    }
}

/// The length of a deque of the deque class itself (a subclass may
/// define `__len__` or `__bool__`): what `len(d)` and `if d:` read
/// without a method call.
#[inline]
pub(crate) fn exact_len(inst: &Instance) -> Option<usize> {
    if inst.class().is_user() {
        return None;
    }
    inst.deque().map(|d| d.len())
}

/// A new empty deque of `class` (the deque class or a subclass).
fn make_in(class: &Rc<Class>) -> Value {
    let inst = Instance::new(class.clone());
    inst.set(0, Some(Value::Deque(Rc::new(PyDeque::new()))));
    Value::Instance(inst)
}

/// The error of a search whose comparison changed the deque.
fn mutated(kind: ExcKind) -> PyErr {
    PyErr::new(kind, "deque mutated during iteration")
}

/// An index argument as CPython's sequence protocol reads it (before the
/// length is looked at: `__index__` may change the deque).
fn want_index(it: &mut Interp, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::BigInt(_) => Err(PyErr::new(
            ExcKind::IndexError,
            "cannot fit 'int' into an index-sized integer",
        )),
        Value::Instance(i) if i.class().lookup("__index__").is_some() => it.to_index(v),
        _ => Err(PyErr::type_error(format!(
            "sequence index must be integer, not '{}'",
            v.type_name()
        ))),
    }
}

/// The position `d[index]` names, counting from the end when negative.
fn position(it: &mut Interp, d: &PyDeque, index: &Value) -> PyResult<usize> {
    let i = want_index(it, index)?;
    crate::interp::ops::norm_index(i, d.len())
        .ok_or_else(|| PyErr::new(ExcKind::IndexError, "deque index out of range"))
}

/// Drop what a change took out, after its borrow ended.
fn add_at(d: &PyDeque, x: Value, left: bool) -> PyResult<()> {
    let dropped = d.push(x, left)?;
    drop(dropped);
    Ok(())
}

// ------------------------------------------------------------ making one

/// `deque(iterable=(), maxlen=None)` of the deque class itself.
fn deque_new(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let class = the_class(it).ok_or_else(|| PyErr::runtime_error("deque is not initialized"))?;
    let d = make_in(&class);
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(d.clone());
    full.extend(args.iter().cloned());
    init(it, &full, kw)?;
    Ok(d)
}

/// `deque.__new__(cls, ...)`: an empty deque of a subclass; `__init__`
/// fills it.
fn dunder_new(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match (args.first(), the_class(it)) {
        (Some(Value::Class(c)), Some(base)) if c.is_subclass(&base) => Ok(make_in(c)),
        (Some(Value::Class(c)), _) => Err(PyErr::type_error(format!(
            "deque.__new__({}): {} is not a subtype of deque",
            c.name, c.name
        ))),
        _ => Err(PyErr::type_error(
            "deque.__new__(X): X is not a type object",
        )),
    }
}

/// `d.__init__(iterable=(), maxlen=None)`: empties the deque, sets the
/// bound and adds the iterable's items.
fn init(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = match args.first() {
        Some(v) => as_deque(v).ok_or_else(|| {
            PyErr::type_error(format!(
                "descriptor '__init__' requires a 'collections.deque' object but received a '{}'",
                v.type_name()
            ))
        })?,
        None => return Err(PyErr::type_error("descriptor '__init__' needs an argument")),
    };
    let given = &args[1..];
    if given.len() + kw.len() > 2 {
        return Err(PyErr::type_error(format!(
            "deque() takes at most 2 {}arguments ({} given)",
            if given.is_empty() { "keyword " } else { "" },
            given.len() + kw.len()
        )));
    }
    let mut iterable = given.first().cloned();
    let mut maxlen = given.get(1).cloned();
    for (name, v) in kw {
        let (place, position) = match &**name {
            "iterable" => (&mut iterable, 1),
            "maxlen" => (&mut maxlen, 2),
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for deque()"
                )))
            }
        };
        if place.is_some() {
            return Err(PyErr::type_error(format!(
                "argument for deque() given by name ('{name}') and position ({position})"
            )));
        }
        *place = Some(v.clone());
    }
    let bound = match maxlen {
        None | Some(Value::None) => None,
        Some(Value::BigInt(_)) => {
            return Err(PyErr::overflow(
                "Python int too large to convert to C ssize_t",
            ))
        }
        Some(v)
            if matches!(v, Value::Int(_) | Value::Bool(_))
                || it.types.class_of(&v).is_subclass(&it.types.int) =>
        {
            let n = it.to_index(&v)?;
            Some(
                usize::try_from(n)
                    .map_err(|_| PyErr::value_error("maxlen must be non-negative"))?,
            )
        }
        Some(_) => return Err(PyErr::type_error("an integer is required")),
    };
    d.set_maxlen(bound);
    if d.len() > 0 {
        drop(d.take_all());
    }
    if let Some(items) = iterable {
        add_all(it, &d, &items, false)?;
    }
    Ok(Value::None)
}

// ------------------------------------------------------------ both ends

fn append(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    add_at(&*me(args)?, args[1].clone(), false)?;
    Ok(Value::None)
}

fn appendleft(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    add_at(&*me(args)?, args[1].clone(), true)?;
    Ok(Value::None)
}

fn pop(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    me(args)?
        .pop(false)
        .ok_or_else(|| PyErr::new(ExcKind::IndexError, "pop from an empty deque"))
}

fn popleft(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    me(args)?
        .pop(true)
        .ok_or_else(|| PyErr::new(ExcKind::IndexError, "pop from an empty deque"))
}

/// Add each item of `items` at one end. The deque itself is copied first;
/// other iterables are read one item at a time (their code may change
/// the deque, as a generator that appends to it).
fn add_all(it: &mut Interp, d: &Rc<PyDeque>, items: &Value, left: bool) -> PyResult<()> {
    // A list is read at once too: adding runs no Python code that could
    // change it, and no iterator is made.
    let now = match items {
        Value::List(l) => Some(l.items.borrow().clone()),
        _ if as_deque(items).is_some_and(|other| Rc::ptr_eq(&other, d)) => Some(d.snapshot()?),
        _ => None,
    };
    if let Some(now) = now {
        for x in now {
            add_at(d, x, left)?;
        }
        return Ok(());
    }
    let iter = it.get_iter(items)?;
    while let Some(x) = it.next(&iter)? {
        add_at(d, x, left)?;
    }
    Ok(())
}

fn extend(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    add_all(it, &me(args)?, &args[1], false)?;
    Ok(Value::None)
}

fn extendleft(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    add_all(it, &me(args)?, &args[1], true)?;
    Ok(Value::None)
}

fn clear(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let old = me(args)?.take_all();
    drop(old);
    Ok(Value::None)
}

/// `d.rotate(n=1)`: the last n items move to the front (the first -n to
/// the back when n < 0).
fn rotate(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let d = me(args)?;
    let n = match args.get(1) {
        Some(v) => super::want_int(it, v)?,
        None => 1,
    };
    let len = d.len();
    if len <= 1 {
        return Ok(Value::None);
    }
    let len_i = int_from_len(len);
    let k = usize::try_from(n.rem_euclid(len_i)).unwrap_or(0);
    d.changed();
    d.items.borrow_mut().rotate_right(k);
    Ok(Value::None)
}

fn maxlen_get(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(match me(args)?.maxlen() {
        Some(n) => Value::Int(int_from_len(n)),
        None => Value::None,
    })
}

fn maxlen_set(_it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Err(PyErr::attribute_error(
        "attribute 'maxlen' of 'collections.deque' objects is not writable",
    ))
}

// ------------------------------------------------------------ sequence protocol

fn len(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(int_from_len(me(args)?.len())))
}

fn getitem(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let d = me(args)?;
    let i = position(it, &d, &args[1])?;
    d.get(i)
        .ok_or_else(|| PyErr::new(ExcKind::IndexError, "deque index out of range"))
}

fn setitem(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let d = me(args)?;
    let i = position(it, &d, &args[1])?;
    let old = match d.items.borrow_mut().get_mut(i) {
        Some(slot) => std::mem::replace(slot, args[2].clone()),
        None => return Err(PyErr::new(ExcKind::IndexError, "deque index out of range")),
    };
    drop(old);
    Ok(Value::None)
}

fn delitem(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let d = me(args)?;
    let i = position(it, &d, &args[1])?;
    d.changed();
    let old = d.items.borrow_mut().remove(i);
    drop(old);
    Ok(Value::None)
}

/// The first position from `start` (below `stop`) whose item is or
/// equals `value`. A comparison that changed the deque raises `kind`
/// after it, unless it found the item (`found_first`: `index` and
/// `in` answer at once, as CPython's do).
fn find(
    it: &mut Interp,
    d: &PyDeque,
    value: &Value,
    start: usize,
    stop: usize,
    kind: ExcKind,
    found_first: bool,
) -> PyResult<Option<usize>> {
    let state = d.state();
    let mut i = start;
    while i < stop {
        let Some(x) = d.get(i) else {
            break;
        };
        let found = x.is(value) || it.eq(&x, value)?;
        if found && found_first {
            return Ok(Some(i));
        }
        if d.state() != state {
            return Err(mutated(kind));
        }
        if found {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn contains(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let d = me(args)?;
    let found = find(it, &d, &args[1], 0, usize::MAX, ExcKind::RuntimeError, true)?;
    Ok(Value::Bool(found.is_some()))
}

fn count(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let d = me(args)?;
    let state = d.state();
    let mut n = 0;
    let mut i = 0;
    while let Some(x) = d.get(i) {
        if x.is(&args[1]) || it.eq(&x, &args[1])? {
            n += 1;
        }
        if d.state() != state {
            return Err(mutated(ExcKind::RuntimeError));
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

/// `d.index(value[, start[, stop]])`.
fn index(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let d = me(args)?;
    // Bounds past i64 are past any length: saturated, as CPython clamps.
    let mut bound = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        let Some(v) = v else {
            return Ok(default);
        };
        match super::array_type::index_i128(it, v)? {
            Some(n) => Ok(i64::try_from(n).unwrap_or(if n < 0 { i64::MIN } else { i64::MAX })),
            None => Err(PyErr::type_error(
                "slice indices must be integers or have an __index__ method",
            )),
        }
    };
    let start = bound(args.get(2), 0)?;
    let stop = bound(args.get(3), i64::MAX)?;
    let n = int_from_len(d.len());
    let clamp = |i: i64| {
        let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
        usize::try_from(i).unwrap_or(0)
    };
    let (start, stop) = (clamp(start), clamp(stop));
    match find(it, &d, &args[1], start, stop, ExcKind::RuntimeError, true)? {
        Some(i) => Ok(Value::Int(int_from_len(i))),
        None => Err(PyErr::value_error(format!(
            "{} is not in deque",
            it.repr(&args[1])?
        ))),
    }
}

fn remove(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let d = me(args)?;
    match find(it, &d, &args[1], 0, usize::MAX, ExcKind::IndexError, false)? {
        Some(i) => {
            d.changed();
            let old = d.items.borrow_mut().remove(i);
            drop(old);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error(format!(
            "{} is not in deque",
            it.repr(&args[1])?
        ))),
    }
}

/// `d.insert(i, x)`: x goes before position i (at an end when i is past
/// one).
fn insert(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let d = me(args)?;
    let i = super::want_int(it, &args[1])?;
    if d.maxlen() == Some(d.len()) {
        return Err(PyErr::new(
            ExcKind::IndexError,
            "deque already at its maximum size",
        ));
    }
    let n = int_from_len(d.len());
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    let at = usize::try_from(at).unwrap_or(0);
    d.changed();
    let mut items = d.items.borrow_mut();
    items
        .try_reserve(1)
        .map_err(|_| crate::runtime::fallible::memory_error())?;
    items.insert(at, args[2].clone());
    Ok(Value::None)
}

fn reverse(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let d = me(args)?;
    d.changed();
    let mut items = d.items.borrow_mut();
    let n = items.len();
    for k in 0..n / 2 {
        items.swap(k, n - 1 - k);
    }
    Ok(Value::None)
}

fn iter(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let d = me(args)?;
    let state = d.state();
    Ok(PyIter::new(
        "_deque_iterator",
        IterState::Deque {
            deque: d,
            idx: 0,
            state,
            reverse: false,
        },
    ))
}

fn reversed(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let d = me(args)?;
    let (state, idx) = (d.state(), d.len());
    Ok(PyIter::new(
        "_deque_reverse_iterator",
        IterState::Deque {
            deque: d,
            idx,
            state,
            reverse: true,
        },
    ))
}

// ------------------------------------------------------------ copies and text

/// A new deque of `like`'s class with its items and bound: the deque
/// class's own copy directly, a subclass's through calling the class (as
/// CPython does, so its `__init__` runs).
fn copy_of(it: &mut Interp, like: &Value) -> PyResult<Value> {
    let d = me(std::slice::from_ref(like))?;
    let class = it.types.class_of(like);
    if the_class(it).is_some_and(|c| Rc::ptr_eq(&c, &class)) {
        let new = make_in(&class);
        if let Some(nd) = as_deque(&new) {
            nd.set_maxlen(d.maxlen());
            *nd.items.borrow_mut() = d.snapshot()?.into();
        }
        return Ok(new);
    }
    let mut args = vec![like.clone()];
    if let Some(n) = d.maxlen() {
        args.push(Value::Int(int_from_len(n)));
    }
    it.call(&Value::Class(class), args, Vec::new())
}

fn copy(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    copy_of(it, &args[0])
}

/// `(cls, ((), maxlen) or (), __dict__ or None, iter(d))`, what copy and
/// pickle rebuild a deque from.
fn reduce(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let d = me(args)?;
    let class = Value::Class(it.types.class_of(&args[0]));
    let ctor_args = match d.maxlen() {
        Some(n) => Value::tuple(vec![Value::tuple(vec![]), Value::Int(int_from_len(n))]),
        None => Value::tuple(vec![]),
    };
    let state = match &args[0] {
        Value::Instance(i) => i.dict().filter(|d| !d.is_empty()).map(Value::Dict),
        _ => None,
    };
    let items = iter(it, args, &[])?;
    Ok(Value::tuple(vec![
        class,
        ctor_args,
        state.unwrap_or(Value::None),
        items,
    ]))
}

fn size_of(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(int_from_len(crate::runtime::sizeof::sizeof(
        &args[0],
    ))))
}

/// `deque([1, 2])`, `deque([1], maxlen=3)`, a subclass by its name; the
/// items are read first (their reprs may change the deque), `[...]` for a
/// deque reached again while its repr is made.
fn repr(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::string(repr_text(it, &args[0])?))
}

pub(crate) fn repr_text(it: &mut Interp, v: &Value) -> PyResult<String> {
    let d = me(std::slice::from_ref(v))?;
    let name = match v {
        Value::Instance(i) => i.class().name.to_string(),
        _ => "deque".to_string(),
    };
    let Some(body) = it.repr_guarded(v, |it| it.repr(&Value::list(d.snapshot()?)))? else {
        return Ok("[...]".to_string());
    };
    Ok(match d.maxlen() {
        Some(n) => format!("{name}({body}, maxlen={n})"),
        None => format!("{name}({body})"),
    })
}

// ------------------------------------------------------------ operators

/// Compare two deques as lists of their items; NotImplemented for
/// anything else.
fn compare(it: &mut Interp, args: &[Value], op: CmpOp) -> PyResult<Value> {
    let a = me(args)?;
    let Some(b) = as_deque(&args[1]) else {
        return Ok(Value::NotImplemented);
    };
    let (a, b) = (Value::list(a.snapshot()?), Value::list(b.snapshot()?));
    it.compare(op, &a, &b)
}

fn eq(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    compare(it, args, CmpOp::Eq)
}
fn ne(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    compare(it, args, CmpOp::NotEq)
}
fn lt(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    compare(it, args, CmpOp::Lt)
}
fn le(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    compare(it, args, CmpOp::LtE)
}
fn gt(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    compare(it, args, CmpOp::Gt)
}
fn ge(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    compare(it, args, CmpOp::GtE)
}

/// `d + other`: a copy of d (its class and bound) extended by another deque.
fn add(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    me(args)?;
    if as_deque(&args[1]).is_none() {
        return Err(PyErr::type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            args[1].type_name()
        )));
    }
    let result = copy_of(it, &args[0])?;
    let nd = me(std::slice::from_ref(&result))?;
    add_all(it, &nd, &args[1], false)?;
    Ok(result)
}

fn iadd(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    add_all(it, &me(args)?, &args[1], false)?;
    Ok(args[0].clone())
}

/// The count of `d * n`: an int or `__index__` (OverflowError past a C
/// index, as CPython), else None for NotImplemented.
fn repeat_count(it: &mut Interp, n: &Value) -> PyResult<Option<i64>> {
    match super::array_type::index_i128(it, n)? {
        Some(n) => i64::try_from(n)
            .map(Some)
            .map_err(|_| PyErr::overflow("cannot fit 'int' into an index-sized integer")),
        None => Ok(None),
    }
}

/// Repeat d's items in place to `n` copies; a bounded deque keeps its
/// last maxlen items, so no more copies than fill it are made.
fn repeat_in_place(d: &PyDeque, n: i64) -> PyResult<()> {
    if n <= 0 {
        drop(d.take_all());
        return Ok(());
    }
    let items = d.snapshot()?;
    if items.is_empty() || n == 1 {
        return Ok(());
    }
    let mut copies = usize::try_from(n).unwrap_or(usize::MAX);
    if let Some(max) = d.maxlen() {
        copies = copies.min(max / items.len() + 2);
    } else {
        let total = crate::runtime::fallible::total(items.len(), copies)?;
        crate::runtime::fallible::probe(total.saturating_mul(std::mem::size_of::<Value>()))?;
    }
    for _ in 1..copies {
        for x in &items {
            add_at(d, x.clone(), false)?;
        }
    }
    Ok(())
}

fn mul(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    me(args)?;
    let Some(n) = repeat_count(it, &args[1])? else {
        return Ok(Value::NotImplemented);
    };
    let result = copy_of(it, &args[0])?;
    repeat_in_place(&*me(std::slice::from_ref(&result))?, n)?;
    Ok(result)
}

fn imul(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let d = me(args)?;
    let Some(n) = repeat_count(it, &args[1])? else {
        return Ok(Value::NotImplemented);
    };
    repeat_in_place(&d, n)?;
    Ok(args[0].clone())
}
