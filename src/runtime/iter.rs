//! Builtin iterator objects: each is a small state machine advanced by
//! `Interp::next`, so iteration is lazy and allocates nothing per step.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::dict::PyDict;
use super::generator::PyGenerator;
use super::value::Value;

pub enum IterState {
    /// Over a list, tuple or str by index (a list may change while iterated).
    Seq {
        seq: Value,
        idx: usize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    DictKeys {
        dict: Rc<PyDict>,
        idx: usize,
        len: usize,
    },
    DictValues {
        dict: Rc<PyDict>,
        idx: usize,
        len: usize,
    },
    DictItems {
        dict: Rc<PyDict>,
        idx: usize,
        len: usize,
    },
    /// A snapshot of a set's elements (sets are small; the snapshot keeps
    /// the table free to change while iterating, detected by length).
    Set {
        items: Vec<Value>,
        idx: usize,
        set: Value,
        len: usize,
    },
    Enumerate {
        it: Value,
        /// The next index (an int of any size).
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Reversed {
        seq: Value,
        idx: usize,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Over a deque: forwards from `idx`, or backwards with `idx` items
    /// left; `state` is the deque's change counter when it began.
    Deque {
        deque: Rc<super::deque::PyDeque>,
        idx: usize,
        state: u64,
        reverse: bool,
    },
    /// Old-style iteration through `__getitem__` with 0, 1, 2, ...
    GetItem {
        obj: Value,
        idx: i64,
    },
    /// A generator expression, suspended between items.
    GenExpr(Box<GenExprState>),
    /// What `await` drives for a coroutine or an async generator step.
    Awaitable(Rc<Awaitable>),
    /// Being advanced right now (re-entry is an error).
    Running,
    Done,
}

/// A generator expression needs no coroutine: its body is nested loops, so
/// the loop iterators and its scope's frame are all the state there is.
pub struct GenExprState {
    pub comp: Rc<pyslot_grammar::ast::Comprehension>,
    pub frame: crate::interp::Frame,
    /// The active iterator of each `for` clause, outermost first.
    pub iters: Vec<Value>,
}

/// `coro.__await__()`, `agen.__anext__()`, `agen.asend(v)`,
/// `agen.athrow(...)`, `agen.aclose()`: iterators that resume `gen`.
pub struct Awaitable {
    pub gen: Rc<PyGenerator>,
    pub op: AwaitOp,
    pub state: Cell<AwaitState>,
}

pub enum AwaitOp {
    /// `coroutine_wrapper`: the coroutine's own steps.
    Wrapper,
    /// `__anext__()` (None) or `asend(value)`.
    ASend(Value),
    /// `athrow(typ[, val[, tb]])`.
    AThrow(Vec<Value>),
    AClose,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum AwaitState {
    Init,
    Iter,
    Closed,
}

impl Awaitable {
    #[allow(clippy::new_ret_no_self)]
    pub fn new(gen: Rc<PyGenerator>, op: AwaitOp) -> Value {
        let name = match op {
            AwaitOp::Wrapper => "coroutine_wrapper",
            AwaitOp::ASend(_) => "async_generator_asend",
            AwaitOp::AThrow(_) | AwaitOp::AClose => "async_generator_athrow",
        };
        PyIter::new(
            name,
            IterState::Awaitable(Rc::new(Awaitable {
                gen,
                op,
                state: Cell::new(AwaitState::Init),
            })),
        )
    }
}

pub struct PyIter {
    pub state: RefCell<IterState>,
    pub name: &'static str,
}

impl PyIter {
    #[allow(clippy::new_ret_no_self)]
    pub fn new(name: &'static str, state: IterState) -> Value {
        Value::Iter(Rc::new(PyIter {
            state: RefCell::new(state),
            name,
        }))
    }
    pub fn type_name(&self) -> &'static str {
        self.name
    }
}

/// `dict.keys()`, `.values()`, `.items()`: live views of a dict.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
    /// `Class.__dict__`: a read-only view of the whole mapping.
    Proxy,
}

pub struct DictView {
    pub dict: Rc<PyDict>,
    pub kind: ViewKind,
}
