//! The iterator protocol: `iter()` and `next()` over builtin and user objects.

use crate::runtime::fallible;
use std::rc::Rc;

use super::generator::GenStep;
use super::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::generator::GenAction;
use crate::runtime::iter::{IterState, PyIter, ViewKind};
use crate::runtime::value::{PyList, Value};

impl Interp {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(_) => PyIter::new(
                "list_iterator",
                IterState::Seq {
                    seq: v.clone(),
                    idx: 0,
                },
            ),
            Value::Tuple(_) => PyIter::new(
                "tuple_iterator",
                IterState::Seq {
                    seq: v.clone(),
                    idx: 0,
                },
            ),
            Value::Str(s) => PyIter::new(
                if s.is_ascii() {
                    "str_ascii_iterator"
                } else {
                    "str_iterator"
                },
                IterState::Seq {
                    seq: v.clone(),
                    idx: 0,
                },
            ),
            Value::ByteArray(_) => PyIter::new(
                "bytearray_iterator",
                IterState::Seq {
                    seq: v.clone(),
                    idx: 0,
                },
            ),
            Value::Bytes(_) => PyIter::new(
                "bytes_iterator",
                IterState::Seq {
                    seq: v.clone(),
                    idx: 0,
                },
            ),
            Value::Range(r) => {
                let (next, step, remaining) = range_walk(r);
                PyIter::new(
                    "range_iterator",
                    IterState::Range {
                        next,
                        step,
                        remaining,
                    },
                )
            }
            Value::Dict(d) => PyIter::new(
                "dict_keyiterator",
                IterState::DictKeys {
                    dict: d.clone(),
                    idx: 0,
                    len: d.len(),
                },
            ),
            Value::DictView(view) => {
                let (dict, len) = (view.dict.clone(), view.dict.len());
                match view.kind {
                    ViewKind::Keys | ViewKind::Proxy => PyIter::new(
                        "dict_keyiterator",
                        IterState::DictKeys { dict, idx: 0, len },
                    ),
                    ViewKind::Values => PyIter::new(
                        "dict_valueiterator",
                        IterState::DictValues { dict, idx: 0, len },
                    ),
                    ViewKind::Items => PyIter::new(
                        "dict_itemiterator",
                        IterState::DictItems { dict, idx: 0, len },
                    ),
                }
            }
            Value::Set(s) | Value::FrozenSet(s) => PyIter::new(
                "set_iterator",
                IterState::Set {
                    items: s.values(),
                    idx: 0,
                    set: v.clone(),
                    len: s.len(),
                },
            ),
            Value::Iter(_) | Value::Generator(_) => v.clone(),
            // A class is iterable when its metaclass defines `__iter__`
            // (an enum's members).
            Value::Instance(_) | Value::Class(_) => {
                if let Some(r) = self.call_special(v, "__iter__", vec![]) {
                    let it = r?;
                    if self.types.class_of(&it).lookup("__next__").is_none()
                        && !matches!(it, Value::Iter(_))
                    {
                        return Err(PyErr::type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            it.type_name()
                        )));
                    }
                    return Ok(it);
                }
                if self.types.class_of(v).lookup("__getitem__").is_some() {
                    return Ok(PyIter::new(
                        "iterator",
                        IterState::GetItem {
                            obj: v.clone(),
                            idx: 0,
                        },
                    ));
                }
                return Err(not_iterable(v));
            }
            _ => return Err(not_iterable(v)),
        })
    }

    /// Advance an iterator: `Ok(None)` when exhausted.
    ///
    /// A step over a list or a range (most `for` loops) is taken here, small
    /// enough to inline into the loop; every other iterator goes through
    /// [`Interp::next_other`].
    #[inline]
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Iter(pit) = it {
            let mut st = pit.state.borrow_mut();
            match &mut *st {
                IterState::Seq {
                    seq: Value::List(l),
                    idx,
                } => {
                    super::interrupt::check()?;
                    // Read afresh at each step: the loop's body may change the list.
                    let r = l.items.borrow().get(*idx).cloned();
                    return Ok(match r {
                        Some(v) => {
                            *idx += 1;
                            Some(v)
                        }
                        None => {
                            *st = IterState::Done;
                            None
                        }
                    });
                }
                IterState::Range {
                    next,
                    step,
                    remaining,
                } => {
                    super::interrupt::check()?;
                    return Ok(range_step(next, *step, remaining).map(Value::Int));
                }
                _ => {}
            }
        }
        self.next_other(it)
    }

    /// [`Interp::next`] for every iterator but a list's or a range's.
    #[inline(never)]
    fn next_other(&mut self, it: &Value) -> PyResult<Option<Value>> {
        super::interrupt::check()?;
        let pit = match it {
            Value::Iter(pit) => pit,
            Value::Generator(g) => {
                return match self
                    .gen_resume(g, crate::runtime::generator::GenAction::Send(Value::None))?
                {
                    super::generator::GenStep::Yielded(v) => Ok(Some(v)),
                    super::generator::GenStep::Returned(_) => Ok(None),
                };
            }
            _ => return self.next_user(it),
        };
        let mut st = pit.state.borrow_mut();
        match &mut *st {
            IterState::Range {
                next,
                step,
                remaining,
            } => {
                if *remaining <= 0 {
                    return Ok(None);
                }
                let v = *next;
                *remaining -= 1;
                *next = next.wrapping_add(*step);
                Ok(Some(Value::Int(v)))
            }
            IterState::Seq { seq, idx } => {
                let r = match seq {
                    Value::List(l) => l.items.borrow().get(*idx).cloned(),
                    Value::Tuple(t) => t.items.get(*idx).cloned(),
                    Value::Str(s) => {
                        if s.is_ascii() {
                            s.s.as_bytes()
                                .get(*idx)
                                .map(|&b| self.str_consts.char(char::from(b)))
                        } else {
                            // Keep a byte cursor in idx for non-ASCII text.
                            let rest = s.s.get(*idx..).unwrap_or("");
                            match rest.chars().next() {
                                Some(c) => {
                                    *idx += c.len_utf8() - 1;
                                    Some(self.str_consts.char(c))
                                }
                                None => None,
                            }
                        }
                    }
                    Value::Bytes(b) => b.get(*idx).map(|&x| Value::Int(i64::from(x))),
                    Value::ByteArray(b) => b.borrow().get(*idx).map(|&x| Value::Int(i64::from(x))),
                    _ => None,
                };
                match r {
                    Some(v) => {
                        *idx += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *st = IterState::Done;
                        Ok(None)
                    }
                }
            }
            IterState::DictKeys { dict, idx, len }
            | IterState::DictValues { dict, idx, len }
            | IterState::DictItems { dict, idx, len } => {
                let Some((k, v)) = dict_step(dict, idx, len)? else {
                    return Ok(None);
                };
                Ok(Some(match &*st {
                    IterState::DictKeys { .. } => k,
                    IterState::DictValues { .. } => v,
                    _ => Value::tuple(vec![k, v]),
                }))
            }
            IterState::Set {
                items,
                idx,
                set,
                len,
            } => {
                let cur = match set {
                    Value::Set(s) | Value::FrozenSet(s) => s.len(),
                    _ => *len,
                };
                if cur != *len {
                    *len = usize::MAX;
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "Set changed size during iteration",
                    ));
                }
                let r = items.get(*idx).cloned();
                *idx += 1;
                Ok(r)
            }
            IterState::Deque {
                deque,
                idx,
                state,
                reverse,
            } => {
                // As CPython: the forward iterator checks for a change
                // first, the reversed one only while items are left.
                if *reverse && *idx == 0 {
                    return Ok(None);
                }
                if deque.state() != *state {
                    *idx = 0;
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "deque mutated during iteration",
                    ));
                }
                if *reverse {
                    *idx -= 1;
                    Ok(deque.get(*idx))
                } else {
                    let x = deque.get(*idx);
                    *idx += 1;
                    Ok(x)
                }
            }
            IterState::Done => Ok(None),
            IterState::Running => Err(PyErr::value_error("generator already executing")),
            // An awaitable keeps its state (it reports reuse itself).
            IterState::Awaitable(aw) => {
                let aw = aw.clone();
                drop(st);
                match self.awaitable_step(&aw, GenAction::Send(Value::None))? {
                    GenStep::Yielded(v) => Ok(Some(v)),
                    GenStep::Returned(_) => Ok(None),
                }
            }
            _ => {
                // States that call back into Python: take the state out so
                // the RefCell is not borrowed during the call.
                let mut state = std::mem::replace(&mut *st, IterState::Running);
                drop(st);
                let r = self.next_composite(&mut state);
                // An exhausted iterator, or a generator that raised, is done.
                let finished = match &r {
                    Ok(None) => true,
                    Err(_) => matches!(state, IterState::GenExpr(_)),
                    Ok(Some(_)) => false,
                };
                *pit.state.borrow_mut() = if finished { IterState::Done } else { state };
                r
            }
        }
    }

    /// `enumerate`'s next `(index, item)`, its count advanced.
    fn enumerate_step(
        &mut self,
        it: &Value,
        count: &mut Value,
    ) -> PyResult<Option<(Value, Value)>> {
        let Some(v) = self.next(&it.clone())? else {
            return Ok(None);
        };
        let i = count.clone();
        *count = match &i {
            Value::Int(n) if *n < i64::MAX => Value::Int(n + 1),
            _ => self.binary_op(pyslot_grammar::ast::BinOp::Add, &i, &Value::Int(1))?,
        };
        Ok(Some((i, v)))
    }

    /// The next item of `it` for a `for a, b in it` loop: the two values
    /// themselves when `it` makes pairs (`enumerate(xs)`, `d.items()`,
    /// `zip(xs, ys)`), with no tuple made to be taken apart; else the item.
    pub(crate) fn next_pair(&mut self, it: &Value) -> PyResult<PairStep> {
        let Value::Iter(pit) = it else {
            return Ok(PairStep::from(self.next_item(it)?));
        };
        let mut st = pit.state.borrow_mut();
        let mut state = match &mut *st {
            IterState::DictItems { dict, idx, len } => {
                return Ok(match dict_step(dict, idx, len)? {
                    Some((k, v)) => PairStep::Pair(k, v),
                    None => PairStep::End,
                });
            }
            IterState::Enumerate { .. } => std::mem::replace(&mut *st, IterState::Running),
            IterState::Zip { its, strict: false } if its.len() == 2 => {
                std::mem::replace(&mut *st, IterState::Running)
            }
            _ => {
                drop(st);
                return Ok(PairStep::from(self.next_item(it)?));
            }
        };
        // As `next` does with states that call back into Python: the
        // state is out of its cell meanwhile.
        drop(st);
        let r = match &mut state {
            IterState::Enumerate { it, count } => self.enumerate_step(it, count),
            IterState::Zip { its, .. } => match self.next(&its[0].clone()) {
                Ok(Some(a)) => self.next(&its[1].clone()).map(|b| b.map(|b| (a, b))),
                other => other.map(|_| None),
            },
            _ => Ok(None),
        };
        let finished = matches!(r, Ok(None));
        *pit.state.borrow_mut() = if finished { IterState::Done } else { state };
        Ok(match r? {
            Some((a, b)) => PairStep::Pair(a, b),
            None => PairStep::End,
        })
    }

    fn next_composite(&mut self, state: &mut IterState) -> PyResult<Option<Value>> {
        match state {
            IterState::Enumerate { it, count } => Ok(self
                .enumerate_step(it, count)?
                .map(|(i, v)| Value::tuple(vec![i, v]))),
            IterState::Zip { its, strict } => {
                if its.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                // (The state is out of its cell: `its` stays as it is while
                // each iterator runs, and needs no copy per step.)
                for (i, it) in its.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            if !*strict {
                                return Ok(None);
                            }
                            let which = |i: usize| {
                                if i == 1 {
                                    "argument 1".to_string()
                                } else {
                                    format!("arguments 1-{}", i)
                                }
                            };
                            if i > 0 {
                                return Err(PyErr::value_error(format!(
                                    "zip() argument {} is shorter than {}",
                                    i + 1,
                                    which(i)
                                )));
                            }
                            // The first ran out: any other still going is longer.
                            for (j, other) in its.iter().enumerate().skip(1) {
                                if self.next(other)?.is_some() {
                                    return Err(PyErr::value_error(format!(
                                        "zip() argument {} is longer than {}",
                                        j + 1,
                                        which(j)
                                    )));
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(Value::tuple(out)))
            }
            IterState::Map { func, its } => {
                let mut args = Vec::with_capacity(its.len());
                for it in its.iter() {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                let f = func.clone();
                self.call(&f, args, Vec::new()).map(Some)
            }
            IterState::Filter { func, it } => {
                let (f, it) = (func.clone(), it.clone());
                while let Some(v) = self.next(&it)? {
                    let keep = if f.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call(&f, vec![v.clone()], Vec::new())?;
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            IterState::Reversed { seq, idx } => {
                if *idx == 0 {
                    return Ok(None);
                }
                *idx -= 1;
                let i = Value::Int(crate::runtime::int::int_from_len(*idx));
                let s = seq.clone();
                match self.getitem(&s, &i) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is(ExcKind::IndexError) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            IterState::Callable { func, sentinel } => {
                let (f, s) = (func.clone(), sentinel.clone());
                let v = self.call(&f, vec![], Vec::new())?;
                if self.eq(&v, &s)? {
                    Ok(None)
                } else {
                    Ok(Some(v))
                }
            }
            IterState::GenExpr(g) => self.genexpr_next(g),
            IterState::GetItem { obj, idx } => {
                let o = obj.clone();
                let i = Value::Int(*idx);
                *idx += 1;
                match self.getitem(&o, &i) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is(ExcKind::IndexError) || e.is(ExcKind::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => Ok(None),
        }
    }

    fn next_user(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match self.call_special(it, "__next__", vec![]) {
            Some(Ok(v)) => Ok(Some(v)),
            Some(Err(e)) if e.is(ExcKind::StopIteration) => Ok(None),
            Some(Err(e)) => Err(e),
            None => Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                it.type_name()
            ))),
        }
    }

    /// Append everything an iterable yields.
    pub fn extend_from_iterable(&mut self, out: &mut Vec<Value>, v: &Value) -> PyResult<()> {
        match v {
            Value::List(l) => {
                let items = l.items.borrow();
                fallible::reserve(out, items.len())?;
                out.extend(items.iter().cloned());
            }
            Value::Tuple(t) => {
                fallible::reserve(out, t.items.len())?;
                out.extend(t.items.iter().cloned());
            }
            _ => {
                // A range, str, bytes, dict or set knows its length: too
                // long a one is MemoryError before any work, as in CPython
                // (not after its items have filled the memory).
                let known = match v {
                    Value::Range(r) => {
                        Some(usize::try_from(r.len_exact()).map_err(|_| fallible::memory_error())?)
                    }
                    Value::Str(s) => Some(s.nchars),
                    Value::Bytes(b) => Some(b.len()),
                    Value::Dict(d) => Some(d.len()),
                    Value::Set(s) | Value::FrozenSet(s) => Some(s.len()),
                    _ => None,
                };
                if let Some(n) = known {
                    fallible::reserve(out, n)?;
                }
                let it = self.get_iter(v)?;
                while let Some(x) = self.next(&it)? {
                    fallible::push(out, x)?;
                }
            }
        }
        Ok(())
    }

    /// `l.extend(v)` as CPython does it: a list or tuple is copied in at
    /// once; any other iterable's items go into `l` one by one as they come
    /// (so its code sees them there, and those before an error stay).
    pub fn list_extend(&mut self, l: &PyList, v: &Value) -> PyResult<()> {
        match v {
            Value::List(src) => {
                // A copy first: `src` may be `l` itself.
                let more = fallible::copied(&src.items.borrow())?;
                fallible::extend(&mut l.items.borrow_mut(), more.into_iter())?;
            }
            Value::Tuple(t) => {
                fallible::extend(&mut l.items.borrow_mut(), t.items.iter().cloned())?
            }
            _ => {
                let it = self.get_iter(v)?;
                while let Some(x) = self.next(&it)? {
                    fallible::push(&mut l.items.borrow_mut(), x)?;
                }
            }
        }
        Ok(())
    }

    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        let mut out = Vec::new();
        self.extend_from_iterable(&mut out, v)?;
        Ok(out)
    }
}

pub(crate) fn not_iterable(v: &Value) -> PyErr {
    match v {
        Value::Class(c) => PyErr::type_error(format!("'type' object is not iterable{}", {
            let _ = c;
            ""
        })),
        _ => PyErr::type_error(format!("'{}' object is not iterable", v.type_name())),
    }
}

#[allow(dead_code)]
fn _unused(_: Rc<()>) {}

/// Where a walk over a range starts: its first number, its step and how
/// many numbers it gives (past i64::MAX the count saturates: never reached).
#[inline]
pub(crate) fn range_walk(r: &crate::runtime::value::PyRange) -> (i64, i64, i64) {
    (r.start, r.step, r.len().unwrap_or(i64::MAX))
}

/// The next number of a walk over a range (`next` goes by `step`, with
/// `remaining` items left), or None at its end.
#[inline(always)]
pub(crate) fn range_step(next: &mut i64, step: i64, remaining: &mut i64) -> Option<i64> {
    if *remaining <= 0 {
        return None;
    }
    let v = *next;
    *remaining -= 1;
    *next = next.wrapping_add(step);
    Some(v)
}

/// One step over a dict's entries (`keys()`, `values()`, `items()`), or
/// CPython's error when its size changed since the iteration began.
fn dict_step(dict: &PyDict, idx: &mut usize, len: &mut usize) -> PyResult<Option<(Value, Value)>> {
    if dict.len() != *len {
        *len = usize::MAX;
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "dictionary changed size during iteration",
        ));
    }
    let Some(entry) = dict.entry_at(*idx) else {
        return Ok(None);
    };
    *idx += 1;
    Ok(Some(entry))
}

/// What `next_pair` got.
pub(crate) enum PairStep {
    Pair(Value, Value),
    Item(Value),
    End,
}

impl From<Option<Value>> for PairStep {
    fn from(item: Option<Value>) -> PairStep {
        match item {
            Some(v) => PairStep::Item(v),
            None => PairStep::End,
        }
    }
}
