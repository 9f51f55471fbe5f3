//! Builtin functions: print, len, sorted, min, max, isinstance, ...

use std::io::{BufRead, Write};
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{def_fn, kwarg, want_int};
use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::format_spec as fs;
use crate::runtime::function::Kwargs;
use crate::runtime::int::{self, as_number, number_value, Num};
use crate::runtime::iter::{IterState, PyIter};
use crate::runtime::value::Value;
use pyslot_grammar::ast::{BinOp, CmpOp};

pub(crate) fn register(i: &Interp) {
    def_fn(
        i,
        "print",
        "(*args, sep=' ', end='\\n', file=None, flush=False)",
        print,
    );
    def_fn(i, "input", "(prompt='', /)", input);
    def_fn(i, "len", "(obj, /)", len);
    def_fn(i, "repr", "(obj, /)", repr);
    def_fn(i, "ascii", "(obj, /)", ascii);
    def_fn(i, "abs", "(x, /)", abs);
    def_fn(
        i,
        "min",
        "(iterable, /, *args, key=None, default=<unrepresentable>)",
        min,
    );
    def_fn(
        i,
        "max",
        "(iterable, /, *args, key=None, default=<unrepresentable>)",
        max,
    );
    def_fn(i, "sum", "(iterable, /, start=0)", sum);
    def_fn(i, "any", "(iterable, /)", any);
    def_fn(i, "all", "(iterable, /)", all);
    def_fn(
        i,
        "sorted",
        "(iterable, /, *, key=None, reverse=False)|positional",
        sorted,
    );
    def_fn(i, "reversed", "(sequence, /)|positional", reversed);
    def_fn(i, "enumerate", "(iterable, start=0)", enumerate);
    def_fn(i, "zip", "(*iterables, strict=False)", zip);
    def_fn(i, "map", "(*args)", map);
    def_fn(i, "filter", "(function, iterable, /)", filter);
    def_fn(i, "iter", "(object, sentinel=<unrepresentable>, /)", iter);
    def_fn(i, "next", "(iterator, default=<unrepresentable>, /)", next);
    def_fn(i, "round", "(number, ndigits=None)", round);
    def_fn(i, "divmod", "(x, y, /)", divmod);
    def_fn(i, "pow", "(base, exp, mod=None)", pow);
    def_fn(i, "isinstance", "(obj, class_or_tuple, /)", isinstance);
    def_fn(i, "issubclass", "(cls, class_or_tuple, /)", issubclass);
    def_fn(i, "id", "(obj, /)", id);
    def_fn(i, "hash", "(obj, /)", hash);
    def_fn(i, "chr", "(i, /)", chr);
    def_fn(i, "ord", "(c, /)", ord);
    def_fn(i, "hex", "(number, /)", hex);
    def_fn(i, "bin", "(number, /)", bin);
    def_fn(i, "oct", "(number, /)", oct);
    def_fn(i, "format", "(value, format_spec='', /)", format);
    def_fn(i, "callable", "(obj, /)", callable);
    def_fn(
        i,
        "getattr",
        "(object, name, default=<unrepresentable>, /)",
        getattr,
    );
    def_fn(i, "setattr", "(obj, name, value, /)", setattr);
    def_fn(i, "hasattr", "(obj, name, /)", hasattr);
    def_fn(i, "delattr", "(obj, name, /)", delattr);
    def_fn(i, "vars", "(object=<unrepresentable>, /)", vars);
    def_fn(
        i,
        "__import__",
        "(name, globals=None, locals=None, fromlist=(), level=0)",
        super::modules::dunder_import,
    );
    def_fn(i, "dir", "(object=<unrepresentable>, /)", dir);
    def_fn(
        i,
        "open",
        "(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
        open,
    );
}

/// `open()`: the `io` module's, which is written in Python.
fn open(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let io = it.find_and_load("io")?;
    let open = it.getattr(&io, "open")?;
    it.call(&open, args.to_vec(), Vec::new())
}

fn print(it: &mut Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let sep = match kwarg(kwargs, "sep") {
        None | Some(Value::None) => " ".to_string(),
        Some(Value::Str(s)) => s.s.to_string(),
        Some(v) => {
            return Err(PyErr::type_error(format!(
                "sep must be None or a string, not {}",
                v.type_name()
            )))
        }
    };
    let end = match kwarg(kwargs, "end") {
        None | Some(Value::None) => "\n".to_string(),
        Some(Value::Str(s)) => s.s.to_string(),
        Some(v) => {
            return Err(PyErr::type_error(format!(
                "end must be None or a string, not {}",
                v.type_name()
            )))
        }
    };
    let redirected;
    let file = match kwarg(kwargs, "file") {
        Some(f) if !f.is_none() => Some(f),
        _ => {
            redirected = super::modules::redirected_stdout(it);
            redirected.as_ref()
        }
    };
    if let Some(file) = file.filter(|f| !is_standard_stream(f)) {
        // Any object with a `write` method gets each piece, as CPython
        // writes them.
        let file = file.clone();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                it.call_method_by_name(&file, "write", vec![Value::str(&sep)])?;
            }
            let piece = Value::string(it.to_str(a)?);
            it.call_method_by_name(&file, "write", vec![piece])?;
        }
        it.call_method_by_name(&file, "write", vec![Value::str(&end)])?;
        return Ok(Value::None);
    }
    let mut text = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            text.push_str(&sep);
        }
        text.push_str(&it.to_str(a)?);
    }
    text.push_str(&end);
    match file {
        None | Some(Value::None) => {
            let _ = it.out.write_all(text.as_bytes());
        }
        Some(stream) => super::modules::write_stream(it, stream, &text),
    }
    if matches!(kwarg(kwargs, "flush"), Some(Value::Bool(true))) {
        it.flush();
    }
    Ok(Value::None)
}

/// `None`, `sys.stdout` or `sys.stderr`: written to directly.
fn is_standard_stream(file: &Value) -> bool {
    file.is_none() || super::modules::is_stream(file)
}

fn input(it: &mut Interp, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    let prompt = match args.first() {
        Some(p) => it.to_str(p)?,
        None => String::new(),
    };
    it.flush();
    // On a terminal, read with line editing; Ctrl-C there is a
    // KeyboardInterrupt at once, as in python3.
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        if let Ok(mut editor) = rustyline::DefaultEditor::new() {
            use rustyline::error::ReadlineError;
            return match editor.readline(&prompt) {
                Ok(line) => Ok(Value::string(line)),
                Err(ReadlineError::Interrupted) => {
                    Err(PyErr::with_args(ExcKind::KeyboardInterrupt, Vec::new()))
                }
                Err(_) => Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line")),
            };
        }
    }
    let _ = it.out.write_all(prompt.as_bytes());
    it.flush();
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(0) | Err(_) => Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
    }
}

fn len(it: &mut Interp, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    let n = match &args[0] {
        Value::List(l) => l.items.borrow().len(),
        v => it.len(v)?,
    };
    Ok(Value::Int(int::int_from_len(n)))
}

fn repr(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::string(it.repr(&args[0])?))
}

fn ascii(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::string(crate::interp::repr::ascii_escape(
        &it.repr(&args[0])?,
    )?))
}

fn abs(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(match &args[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(i64::from(*b)),
        Value::BigInt(b) => Value::bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        v => match it.call_special(v, "__abs__", vec![]) {
            Some(r) => return r,
            None => {
                return Err(PyErr::type_error(format!(
                    "bad operand type for abs(): '{}'",
                    v.type_name()
                )))
            }
        },
    })
}

fn min(it: &mut Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    min_max(it, args, kwargs, "min", CmpOp::Lt)
}

fn max(it: &mut Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    min_max(it, args, kwargs, "max", CmpOp::Gt)
}

fn min_max(
    it: &mut Interp,
    args: &[Value],
    kwargs: Kwargs,
    name: &str,
    op: CmpOp,
) -> PyResult<Value> {
    let key = kwarg(kwargs, "key").filter(|k| !k.is_none()).cloned();
    let default = kwarg(kwargs, "default").cloned();
    // One iterable is read item by item as the key and comparisons run
    // (they may change it, as a list's iterator then sees).
    let source = match args.len() {
        0 => {
            return Err(PyErr::type_error(format!(
                "{} expected at least 1 argument, got 0",
                name
            )))
        }
        1 => it.get_iter(&args[0])?,
        _ => {
            if default.is_some() {
                return Err(PyErr::type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                )));
            }
            it.get_iter(&Value::tuple(args.to_vec()))?
        }
    };
    let mut best: Option<(Value, Value)> = None;
    while let Some(v) = it.next(&source)? {
        let k = match &key {
            Some(f) => it.call(f, vec![v.clone()], Vec::new())?,
            None => v.clone(),
        };
        best = match best {
            None => Some((k, v)),
            Some((bk, bv)) => {
                let better = it.compare(op, &k, &bk)?;
                if it.truthy(&better)? {
                    Some((k, v))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(PyErr::value_error(format!(
                "{}() arg is an empty sequence",
                name
            ))),
        },
    }
}

fn sum(it: &mut Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let mut acc = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kwargs, "start").cloned())
        .unwrap_or(Value::Int(0));
    match &acc {
        Value::Str(_) => {
            return Err(PyErr::type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ))
        }
        Value::Bytes(_) => {
            return Err(PyErr::type_error(
                "sum() can't sum bytes [use b''.join(seq) instead]",
            ))
        }
        _ => {}
    }
    let iter = it.get_iter(&args[0])?;
    while let Some(v) = it.next(&iter)? {
        acc = match (&acc, &v) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(r) => Value::Int(r),
                None => it.binary_op(BinOp::Add, &acc, &v)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => it.binary_op(BinOp::Add, &acc, &v)?,
        };
    }
    Ok(acc)
}

fn any(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let iter = it.get_iter(&args[0])?;
    while let Some(v) = it.next(&iter)? {
        if it.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let iter = it.get_iter(&args[0])?;
    while let Some(v) = it.next(&iter)? {
        if !it.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Stable sort of `items` by optional key, as `list.sort` does. The keys
/// are compared with `<` only, as in CPython; a `__lt__` that is not a
/// consistent order gives some order, never a failure.
pub(crate) fn sort_values(
    it: &mut Interp,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(f) if !f.is_none() => {
            let mut ks = Vec::with_capacity(items.len());
            for v in items.iter() {
                ks.push(it.call(f, vec![v.clone()], Vec::new())?);
            }
            ks
        }
        _ => items.clone(),
    };
    // Whether item `a` goes strictly before item `b`. Reversed, a greater
    // key goes first and equal keys keep their order.
    let mut before = |it: &mut Interp, a: usize, b: usize| -> PyResult<bool> {
        if reverse {
            it.less_than(&keys[b], &keys[a])
        } else {
            it.less_than(&keys[a], &keys[b])
        }
    };
    let order = merge_sort(it, items.len(), &mut before)?;
    let sorted: Vec<Value> = order.iter().map(|&i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

/// The positions `0..n` in stably sorted order, by `before(it, a, b)`
/// ("a goes strictly before b"): insertion sort of short runs, then
/// merges of neighbouring runs (skipped when already in order, so sorted
/// input costs about n comparisons). Whatever `before` answers, every
/// position stays in bounds; its first error stops the sort.
fn merge_sort(
    it: &mut Interp,
    n: usize,
    before: &mut dyn FnMut(&mut Interp, usize, usize) -> PyResult<bool>,
) -> PyResult<Vec<usize>> {
    const RUN: usize = 16;
    let mut idx: Vec<usize> = (0..n).collect();
    for run in idx.chunks_mut(RUN) {
        for i in 1..run.len() {
            let x = run[i];
            let mut j = i;
            while j > 0 && before(it, x, run[j - 1])? {
                run[j] = run[j - 1];
                j -= 1;
            }
            run[j] = x;
        }
    }
    let mut merged = vec![0; n];
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi && before(it, idx[mid], idx[mid - 1])? {
                let (mut i, mut j, mut k) = (lo, mid, lo);
                while i < mid && j < hi {
                    if before(it, idx[j], idx[i])? {
                        merged[k] = idx[j];
                        j += 1;
                    } else {
                        merged[k] = idx[i];
                        i += 1;
                    }
                    k += 1;
                }
                // What is left of one of the two runs.
                merged[k..k + (mid - i)].copy_from_slice(&idx[i..mid]);
                k += mid - i;
                merged[k..hi].copy_from_slice(&idx[j..hi]);
                idx[lo..hi].copy_from_slice(&merged[lo..hi]);
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(idx)
}

/// The `reverse` argument of `sorted` and `list.sort`: an int (or
/// `__index__`) in C int range, as CPython takes it.
pub(crate) fn reverse_flag(it: &mut Interp, v: Option<&Value>) -> PyResult<bool> {
    match v {
        Some(v) => Ok(super::want_c_int(it, v)? != 0),
        None => Ok(false),
    }
}

/// `sorted(iterable, /, *, key=None, reverse=False)`.
fn sorted(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let mut items = it.collect(&args[0])?;
    let reverse = reverse_flag(it, args.get(2))?;
    sort_values(it, &mut items, args.get(1), reverse)?;
    Ok(Value::list(items))
}

fn reversed(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = &args[0];
    let (name, n) = match v {
        Value::List(l) => ("list_reverseiterator", l.items.borrow().len()),
        Value::Tuple(t) => ("reversed", t.items.len()),
        Value::Str(s) => ("reversed", s.nchars),
        Value::Range(r) => {
            // The last item is an i64 if there is one (an empty range's is never read).
            let last = i128::from(r.start) + (r.len_exact() - 1) * i128::from(r.step);
            return Ok(PyIter::new(
                "range_iterator",
                IterState::Range {
                    next: i64::try_from(last).unwrap_or(r.start),
                    step: -r.step,
                    // Past i64::MAX items the count saturates: never reached.
                    remaining: r.len().unwrap_or(i64::MAX),
                },
            ));
        }
        Value::Dict(d) => {
            let keys = d.keys();
            let n = keys.len();
            return Ok(PyIter::new(
                "dict_reversekeyiterator",
                IterState::Reversed {
                    seq: Value::list(keys),
                    idx: n,
                },
            ));
        }
        Value::Instance(inst) => {
            match inst.class().lookup("__reversed__") {
                Some(Value::None) => {
                    return Err(PyErr::type_error(format!(
                        "'{}' object is not reversible",
                        v.type_name()
                    )))
                }
                Some(_) => {
                    if let Some(r) = it.call_special(v, "__reversed__", vec![]) {
                        return r;
                    }
                }
                None => {}
            }
            if inst.class().lookup("__getitem__").is_none() {
                return Err(PyErr::type_error(format!(
                    "'{}' object is not reversible",
                    v.type_name()
                )));
            }
            ("reversed", it.len(v)?)
        }
        Value::DictView(view) => {
            let items = it.collect(v)?;
            let n = items.len();
            let name = match view.kind {
                crate::runtime::iter::ViewKind::Keys | crate::runtime::iter::ViewKind::Proxy => {
                    "dict_reversekeyiterator"
                }
                crate::runtime::iter::ViewKind::Values => "dict_reversevalueiterator",
                crate::runtime::iter::ViewKind::Items => "dict_reverseitemiterator",
            };
            return Ok(PyIter::new(
                name,
                IterState::Reversed {
                    seq: Value::list(items),
                    idx: n,
                },
            ));
        }
        // A class whose metaclass defines `__reversed__` (an enum).
        Value::Class(_) => {
            if let Some(r) = it.call_special(v, "__reversed__", vec![]) {
                return r;
            }
            return Err(PyErr::type_error(format!(
                "'{}' object is not reversible",
                v.type_name()
            )));
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "'{}' object is not reversible",
                v.type_name()
            )))
        }
    };
    Ok(PyIter::new(
        name,
        IterState::Reversed {
            seq: v.clone(),
            idx: n,
        },
    ))
}

fn enumerate(it: &mut Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let iterable = args
        .first()
        .or_else(|| kwarg(kwargs, "iterable"))
        .cloned()
        .ok_or_else(|| {
            PyErr::type_error("enumerate() missing required argument 'iterable' (pos 1)")
        })?;
    let start = match args.get(1).or_else(|| kwarg(kwargs, "start")) {
        Some(v @ (Value::Int(_) | Value::BigInt(_))) => v.clone(),
        Some(Value::Bool(b)) => Value::Int(i64::from(*b)),
        Some(v) => Value::Int(it.to_index(v)?),
        None => Value::Int(0),
    };
    let inner = it.get_iter(&iterable)?;
    Ok(PyIter::new(
        "enumerate",
        IterState::Enumerate {
            it: inner,
            count: start,
        },
    ))
}

fn zip(it: &mut Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let mut its = Vec::with_capacity(args.len());
    for (i, a) in args.iter().enumerate() {
        match it.get_iter(a) {
            Ok(x) => its.push(x),
            Err(_) => {
                return Err(PyErr::type_error(format!(
                    "zip argument #{} must support iteration",
                    i + 1
                )))
            }
        }
    }
    let strict = match kwarg(kwargs, "strict") {
        Some(v) => it.truthy(v)?,
        None => false,
    };
    Ok(PyIter::new("zip", IterState::Zip { its, strict }))
}

fn map(it: &mut Interp, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(args.len() - 1);
    for a in &args[1..] {
        its.push(it.get_iter(a)?);
    }
    Ok(PyIter::new(
        "map",
        IterState::Map {
            func: args[0].clone(),
            its,
        },
    ))
}

fn filter(it: &mut Interp, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    let inner = it.get_iter(&args[1])?;
    Ok(PyIter::new(
        "filter",
        IterState::Filter {
            func: args[0].clone(),
            it: inner,
        },
    ))
}

fn iter(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if args.len() == 2 {
        if !is_callable(&args[0]) {
            return Err(PyErr::type_error("iter(v, w): v must be callable"));
        }
        return Ok(PyIter::new(
            "callable_iterator",
            IterState::Callable {
                func: args[0].clone(),
                sentinel: args[1].clone(),
            },
        ));
    }
    it.get_iter(&args[0])
}

fn next(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let target = &args[0];
    // A generator is an iterator: no lookup of `__next__` on its class.
    if let (Value::Generator(_), None) = (target, args.get(1)) {
        return super::generators::gen_next(it, &args[..1], &[]);
    }
    let is_iterator = matches!(target, Value::Iter(_) | Value::Generator(_))
        || it.types.class_of(target).lookup("__next__").is_some();
    if !is_iterator {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an iterator",
            target.type_name()
        )));
    }
    // An awaitable's end carries the await's result.
    if let (Value::Iter(i), None) = (target, args.get(1)) {
        if it.awaitable_state(i).is_some() {
            return super::generators::await_next(it, &args[..1], &[]);
        }
    }
    if let (Value::Instance(_), None) = (target, args.get(1)) {
        // Let the user's StopIteration (with its value) propagate as is.
        if let Some(r) = it.call_special(target, "__next__", vec![]) {
            return r;
        }
    }
    match it.next(target)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::stop_iteration()),
        },
    }
}

fn round(it: &mut Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let nd = args
        .get(1)
        .or_else(|| kwarg(kwargs, "ndigits"))
        .filter(|v| !v.is_none());
    // An int or float subclass without a `__round__` of its own rounds as
    // its value.
    let plain;
    let x = match &args[0] {
        Value::Instance(i)
            if i.base_value().is_some()
                && crate::interp::attr::user_override(i.class(), "__round__").is_none() =>
        {
            plain = i.base_value().unwrap_or_default();
            &plain
        }
        other => other,
    };
    match x {
        Value::Float(f) => match nd {
            None => {
                if f.is_nan() {
                    return Err(PyErr::value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(PyErr::overflow("cannot convert float infinity to integer"));
                }
                let r = round_half_even(*f);
                Ok(float_to_int(r))
            }
            Some(n) => {
                let n = want_int(it, n)?;
                Ok(Value::Float(round_float(*f, n)))
            }
        },
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match nd {
            None => Ok(match x {
                Value::Bool(b) => Value::Int(i64::from(*b)),
                _ => x.clone(),
            }),
            Some(n) => {
                let n = want_int(it, n)?;
                if n >= 0 {
                    return Ok(match x {
                        Value::Bool(b) => Value::Int(i64::from(*b)),
                        _ => x.clone(),
                    });
                }
                let v = match as_number(x) {
                    Some(num) => int::big(&num),
                    None => BigInt::zero(),
                };
                // (`n.unsigned_abs()`: `-n` overflows for -2**63.)
                let k = usize::try_from(n.unsigned_abs()).unwrap_or(usize::MAX);
                let p = num_traits::pow(BigInt::from(10), k);
                let (q, r) = num_integer::Integer::div_mod_floor(&v, &p);
                let twice = &r * 2;
                let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                    q + 1
                } else {
                    q
                };
                Ok(Value::bigint(q * p))
            }
        },
        _ => {
            let mut a = vec![];
            if let Some(n) = nd {
                a.push(n.clone());
            }
            match it.call_special(x, "__round__", a) {
                Some(r) => r,
                None => Err(PyErr::type_error(format!(
                    "type {} doesn't define __round__ method",
                    x.type_name()
                ))),
            }
        }
    }
}

pub(crate) fn round_half_even(f: f64) -> f64 {
    let r = f.round();
    if (f - f.trunc()).abs() == 0.5 {
        2.0 * (f / 2.0).round()
    } else {
        r
    }
}

/// `round(x, n)` for floats: correctly rounded through decimal text.
fn round_float(x: f64, n: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if n > 300 {
        return x;
    }
    if n >= 0 {
        let s = format!("{:.*}", usize::try_from(n).expect("0 <= n <= 300"), x);
        return s.parse().unwrap_or(x);
    }
    if n < -308 {
        return 0.0f64.copysign(x);
    }
    let p = 10f64.powi(i32::try_from(-n).expect("0 < -n <= 308"));
    let y = round_half_even(x / p) * p;
    if y.is_finite() {
        y
    } else {
        x
    }
}

pub(crate) fn float_to_int(f: f64) -> Value {
    if f.abs() < 9.0e18 {
        // Within i64's range: truncation toward zero is int()'s meaning.
        #[allow(clippy::cast_possible_truncation)]
        let i = f as i64;
        Value::Int(i)
    } else {
        Value::bigint(num_traits::FromPrimitive::from_f64(f).unwrap_or_default())
    }
}

fn divmod(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (a, b) = (&args[0], &args[1]);
    if let (Some(x), Some(y)) = (number_value(a), number_value(b)) {
        if let (Num::F(_), _) | (_, Num::F(_)) = (&x, &y) {
            let (p, q) = (int::to_f64(&x)?, int::to_f64(&y)?);
            if q == 0.0 {
                return Err(PyErr::zero_division("float divmod()"));
            }
            let (d, m) = int::float_divmod(p, q);
            return Ok(Value::tuple(vec![Value::Float(d), Value::Float(m)]));
        }
        let q = it.binary_op(BinOp::FloorDiv, a, b)?;
        let r = it.binary_op(BinOp::Mod, a, b)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    // a.__divmod__(b), then b.__rdivmod__(a) when the first is missing or
    // answers NotImplemented (a subclass of a's type goes first).
    let b_first = it.right_first(a, b, "__rdivmod__");
    let order: [(&Value, &Value, &str); 2] = if b_first {
        [(b, a, "__rdivmod__"), (a, b, "__divmod__")]
    } else {
        [(a, b, "__divmod__"), (b, a, "__rdivmod__")]
    };
    for (x, y, name) in order {
        if let Some(r) = it.call_special(x, name, vec![y.clone()]) {
            let r = r?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    Err(int::unsupported_named(
        "divmod()",
        &a.type_name(),
        &b.type_name(),
    ))
}

pub(crate) fn pow(it: &mut Interp, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    if let Some(m) = args.get(2).filter(|m| !m.is_none()) {
        let (Some(b), Some(e), Some(mm)) = (
            number_value(&args[0]),
            number_value(&args[1]),
            number_value(m),
        ) else {
            return Err(PyErr::type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        };
        if matches!(b, Num::F(_)) || matches!(e, Num::F(_)) || matches!(mm, Num::F(_)) {
            return Err(PyErr::type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        }
        let (b, e, mm) = (int::big(&b), int::big(&e), int::big(&mm));
        if mm.is_zero() {
            return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
        }
        let base = if e.is_negative() {
            match mod_inverse(&b, &mm) {
                Some(inv) => inv,
                None => {
                    return Err(PyErr::value_error(
                        "base is not invertible for the given modulus",
                    ))
                }
            }
        } else {
            b
        };
        let r = base.modpow(&e.abs(), &mm);
        // Python's result takes the modulus's sign.
        let r = if !r.is_zero() && (r.is_negative() != mm.is_negative()) {
            r + &mm
        } else {
            r
        };
        return Ok(Value::bigint(r));
    }
    it.binary_op(BinOp::Pow, &args[0], &args[1])
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m_abs = m.abs();
    let g = num_integer::Integer::extended_gcd(&num_integer::Integer::mod_floor(a, &m_abs), &m_abs);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(num_integer::Integer::mod_floor(&g.x, &m_abs))
}

/// `isinstance(v, cls)`: a class (asking its metaclass's
/// `__instancecheck__` when Python code defines one), a tuple of them, a
/// union, or any object whose type defines `__instancecheck__`.
pub(crate) fn class_matches(
    it: &mut Interp,
    v: &Value,
    cls: &Value,
    fname: &str,
) -> PyResult<bool> {
    if let Value::Class(c) = cls {
        // CPython's first test: an object of exactly that class matches
        // without asking any hook.
        if let Value::Instance(i) = v {
            if Rc::ptr_eq(i.class(), c) {
                return Ok(true);
            }
        }
        // Only a metaclass can define `__instancecheck__` for a class.
        if c.metaclass.is_none() {
            return Ok(it.types.class_of(v).is_subclass(c));
        }
    }
    if let Some(r) = check_hook(it, cls, "__instancecheck__", v) {
        return r;
    }
    match cls {
        Value::Class(c) => Ok(it.types.class_of(v).is_subclass(c)),
        // `int | str`: any of its types; `list[int]`: refused, as in CPython.
        Value::Instance(u) if &*u.class().name == "UnionType" => {
            let args = u.get_attr("__args__").unwrap_or(Value::None);
            class_matches(it, v, &args, fname)
        }
        Value::Instance(g) if &*g.class().name == "GenericAlias" => Err(PyErr::type_error(
            format!("{fname}() argument 2 cannot be a parameterized generic"),
        )),
        Value::Tuple(t) => {
            for c in t.items.iter() {
                if class_matches(it, v, c, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(PyErr::type_error(format!(
            "{}() arg 2 must be a type, a tuple of types, or a union",
            fname
        ))),
    }
}

/// The `__instancecheck__` / `__subclasscheck__` Python code defines for
/// `cls`: on its metaclass when it is a class, on its type otherwise
/// (`typing.List` is an object that answers isinstance()).
fn check_hook(it: &mut Interp, cls: &Value, hook: &str, arg: &Value) -> Option<PyResult<bool>> {
    let f = match cls {
        Value::Class(c) => c.metaclass.as_ref()?.lookup(hook)?,
        Value::Instance(i) => i.class().lookup(hook)?,
        _ => return None,
    };
    if !matches!(f, Value::Function(_)) {
        return None;
    }
    Some(
        it.call(&f, vec![cls.clone(), arg.clone()], Vec::new())
            .and_then(|r| it.truthy(&r)),
    )
}

fn isinstance(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(class_matches(
        it,
        &args[0],
        &args[1],
        "isinstance",
    )?))
}

/// `issubclass(c, cls)`, with the same kinds of `cls` as `class_matches`.
fn subclass_of(it: &mut Interp, c: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(r) = check_hook(it, cls, "__subclasscheck__", c) {
        return r;
    }
    let Value::Class(sub) = c else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    match cls {
        Value::Class(k) => Ok(sub.is_subclass(k)),
        Value::Instance(u) if &*u.class().name == "UnionType" => {
            let args = u.get_attr("__args__").unwrap_or(Value::None);
            subclass_of(it, c, &args)
        }
        Value::Tuple(t) => {
            for k in t.items.iter() {
                if subclass_of(it, c, k)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(PyErr::type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        )),
    }
}

fn issubclass(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(subclass_of(it, &args[0], &args[1])?))
}

fn id(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = &args[0];
    Ok(Value::Int(match v.heap_ptr() {
        Some(p) => i64::try_from(p).expect("addresses are below 2**63"),
        None => match v {
            Value::None => 0x1000,
            Value::Bool(b) => 0x1010 + i64::from(*b) * 16,
            Value::Int(i) => 0x2000_0000 ^ i.wrapping_mul(32),
            Value::Float(f) => f.to_bits().cast_signed(),
            _ => 0x1100,
        },
    }))
}

fn hash(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(it.hash(&args[0])?.cast_signed()))
}

fn chr(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    // CPython reads a C int first.
    let n = super::want_c_int(it, &args[0])?;
    if !(0..0x110000).contains(&n) {
        return Err(PyErr::value_error("chr() arg not in range(0x110000)"));
    }
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::str(c.encode_utf8(&mut [0; 4]))),
        None => Err(PyErr::value_error(
            "chr() arg is a surrogate, which pyslot strings cannot hold",
        )),
    }
}

fn ord(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match &args[0] {
        Value::Str(s) => {
            if s.nchars != 1 {
                return Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.nchars
                )));
            }
            Ok(Value::Int(
                s.s.chars().next().map(|c| c as i64).unwrap_or(0),
            ))
        }
        Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(i64::from(b[0]))),
        v => Err(PyErr::type_error(format!(
            "ord() expected string of length 1, but {} found",
            v.type_name()
        ))),
    }
}

fn radix(it: &mut Interp, args: &[Value], spec: &str) -> PyResult<Value> {
    let v = match &args[0] {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(i64::from(*b)),
        Value::BigInt(b) => (**b).clone(),
        v => {
            if let Some(r) = it.call_special(v, "__index__", vec![]) {
                let r = r?;
                return radix(it, &[r], spec);
            }
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            )));
        }
    };
    fs::format_int_spec(&v, spec, "int")
        .map(Value::string)
        .map_err(PyErr::value_error)
}

fn hex(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    radix(it, args, "#x")
}
fn bin(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    radix(it, args, "#b")
}
fn oct(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    radix(it, args, "#o")
}

fn format(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.s.to_string(),
        Some(v) => {
            return Err(PyErr::type_error(format!(
                "format() argument 2 must be str, not {}",
                super::arg_type_name(v)
            )))
        }
        None => String::new(),
    };
    Ok(Value::string(it.format_value(&args[0], &spec)?))
}

pub(crate) fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_)
        | Value::Builtin(_)
        | Value::BoundMethod(_)
        | Value::Class(_)
        | Value::StaticMethod(_) => true,
        Value::Instance(i) => i.class().lookup("__call__").is_some(),
        _ => false,
    }
}

fn callable(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(is_callable(&args[0])))
}

fn attr_name<'a>(v: &'a Value, fname: &str) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => {
            let _ = fname;
            Err(PyErr::type_error(format!(
                "attribute name must be string, not '{}'",
                other.type_name()
            )))
        }
    }
}

fn getattr(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let name = attr_name(&args[1], "getattr")?;
    match it.getattr(&args[0], name) {
        Ok(v) => Ok(v),
        Err(e) if e.is(ExcKind::AttributeError) && args.len() == 3 => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let name = attr_name(&args[1], "setattr")?;
    it.setattr(&args[0], name, args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let name = attr_name(&args[1], "hasattr")?;
    match it.getattr(&args[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.is(ExcKind::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let name = attr_name(&args[1], "delattr")?;
    it.delattr(&args[0], name)?;
    Ok(Value::None)
}

/// `exit()` / `quit()`: leave by raising SystemExit.
fn vars(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Ok(super::namespaces::main_namespace(it));
    };
    match v {
        Value::Instance(i) if i.has_dict() => Ok(Value::Dict(i.materialize())),
        Value::Instance(i) => match i.dict() {
            Some(d) => Ok(Value::Dict(d)),
            None => Err(PyErr::type_error(
                "vars() argument must have __dict__ attribute",
            )),
        },
        Value::Class(c) => Ok(Value::DictView(Rc::new(crate::runtime::iter::DictView {
            dict: c.dict.clone(),
            kind: crate::runtime::iter::ViewKind::Proxy,
        }))),
        _ => Err(PyErr::type_error(
            "vars() argument must have __dict__ attribute",
        )),
    }
}

fn dir(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Ok(super::namespaces::dir_of_main(it));
    };
    let mut names: Vec<String> = Vec::new();
    let add_class = |c: &Rc<Class>, names: &mut Vec<String>| {
        for k in c.dict.keys() {
            if let Value::Str(s) = k {
                names.push(s.s.to_string());
            }
        }
        for b in &c.mro_rest {
            for k in b.dict.keys() {
                if let Value::Str(s) = k {
                    names.push(s.s.to_string());
                }
            }
        }
    };
    match v {
        Value::Class(c) => add_class(c, &mut names),
        Value::Instance(i) => {
            if let Some(d) = i.has_dict().then(|| i.materialize()) {
                for k in d.keys() {
                    if let Value::Str(s) = k {
                        names.push(s.s.to_string());
                    }
                }
            }
            add_class(i.class(), &mut names);
        }
        other => {
            let c = it.types.class_of(other);
            add_class(&c, &mut names);
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

#[allow(dead_code)]
fn _to_i64(b: &BigInt) -> Option<i64> {
    b.to_i64()
}
