//! Callables: Python functions (a definition plus its closure and
//! defaults), native builtins, and bound methods.

use std::cell::RefCell;
use std::rc::Rc;

use pyslot_grammar::ast::{FunctionDef, Name};

use super::dict::PyDict;
use super::exception::PyResult;
use super::source::Source;
use super::value::Value;
use crate::interp::Interp;

/// A captured variable shared between a frame and the closures made in it.
pub type CellRef = Rc<RefCell<Option<Value>>>;

pub struct Function {
    pub def: Rc<FunctionDef>,
    pub qualname: Name,
    pub globals: Rc<PyDict>,
    pub source: Rc<Source>,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Value>,
    /// Default per keyword-only parameter.
    pub kwdefaults: Vec<Option<Value>>,
    pub closure: Vec<CellRef>,
    /// Function attributes (`f.__doc__`, `f.x = 1`), created on demand.
    pub attrs: RefCell<Option<Rc<PyDict>>>,
}

/// Keyword arguments as passed to native functions.
pub type Kwargs<'a> = &'a [(Name, Value)];

pub type NativeFn = fn(&mut Interp, &[Value], Kwargs) -> PyResult<Value>;

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// `Some(self)` for a method bound to an object (`"a b".split`).
    pub bound: Option<Value>,
    /// A method of a builtin type (its first argument is `self`).
    pub is_method: bool,
    /// For methods: the type's name, for reprs like `<method 'append' of 'list' objects>`.
    pub owner: &'static str,
}

pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}
