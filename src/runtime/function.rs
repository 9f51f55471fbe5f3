//! Callables: Python functions (a definition plus its closure and
//! defaults), native builtins, and bound methods.

use std::cell::RefCell;
use std::rc::Rc;

use pyslot_grammar::ast::{FunctionDef, Name};

use super::dict::PyDict;
use super::exception::PyResult;
use super::signature::{Callee, Signature};
use super::source::Source;
use super::value::Value;
use crate::interp::site_tables::SiteTables;
use crate::interp::Interp;

/// A captured variable shared between a frame and the closures made in it.
pub(crate) type CellRef = Rc<RefCell<Option<Value>>>;

pub struct Function {
    pub def: Rc<FunctionDef>,
    pub qualname: Name,
    pub globals: Rc<PyDict>,
    pub source: Rc<Source>,
    /// The side tables of the unit the function was defined in.
    pub(crate) sites: Rc<SiteTables>,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Value>,
    /// Default per keyword-only parameter.
    pub kwdefaults: Vec<Option<Value>>,
    pub closure: Vec<CellRef>,
    /// Function attributes (`f.x = 1`), created on demand.
    pub attrs: RefCell<Option<Rc<PyDict>>>,
    /// `__name__`, `__qualname__`, `__doc__` or `__module__` assigned by the
    /// script (a decorator copying them): these win over the definition's.
    pub renamed: RefCell<Option<Box<FunctionNames>>>,
    /// `__annotations__`, evaluated when the `def` ran (None when it has none).
    pub annotations: Option<Rc<PyDict>>,
}

/// What a script assigned to a function's naming attributes.
#[derive(Default)]
pub struct FunctionNames {
    pub name: Option<Value>,
    pub qualname: Option<Value>,
    pub doc: Option<Value>,
    pub module: Option<Value>,
    pub annotations: Option<Value>,
}

impl FunctionNames {
    pub fn is_naming(attr: &str) -> bool {
        matches!(
            attr,
            "__name__" | "__qualname__" | "__doc__" | "__module__" | "__annotations__"
        )
    }

    pub fn slot(&mut self, attr: &str) -> Option<&mut Option<Value>> {
        match attr {
            "__name__" => Some(&mut self.name),
            "__qualname__" => Some(&mut self.qualname),
            "__doc__" => Some(&mut self.doc),
            "__module__" => Some(&mut self.module),
            "__annotations__" => Some(&mut self.annotations),
            _ => None,
        }
    }
}

impl Function {
    /// A naming attribute the script assigned, if it did.
    pub fn renamed(&self, attr: &str) -> Option<Value> {
        self.renamed.borrow_mut().as_mut()?.slot(attr)?.clone()
    }

    /// The qualified name `repr` shows (`__qualname__` may be reassigned).
    pub fn shown_qualname(&self) -> String {
        match self.renamed("__qualname__") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => self.qualname.to_string(),
        }
    }
}

/// Keyword arguments as passed to native functions.
pub(crate) type Kwargs<'a> = &'a [(Name, Value)];

pub(crate) type NativeFn = fn(&mut Interp, &[Value], Kwargs) -> PyResult<Value>;

/// What a call site needs of a plain builtin function to call it in place:
/// its native function, signature and name.
pub(crate) type NativeCall = (NativeFn, &'static super::signature::Signature, &'static str);

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// The declared parameters; the caller binds arguments to them.
    pub sig: &'static Signature,
    /// `Some(self)` for a method bound to an object (`"a b".split`).
    pub bound: Option<Value>,
    /// A method of a builtin type (its first argument is `self`).
    pub is_method: bool,
    /// A class method (its first argument is the class).
    pub on_class: bool,
    /// For methods: the type's name, for reprs like `<method 'append' of
    /// 'list' objects>`; for a module's functions, the module's name
    /// (`math`), for `__module__` and argument errors; else "".
    pub owner: &'static str,
}

impl Builtin {
    /// This method bound to `receiver` (`"a b".split`).
    pub fn bound_to(&self, receiver: Value) -> Builtin {
        Builtin {
            name: self.name,
            func: self.func,
            sig: self.sig,
            bound: Some(receiver),
            is_method: true,
            on_class: false,
            owner: self.owner,
        }
    }

    /// How many leading arguments are not the caller's: `self` or `cls`.
    #[inline(always)]
    pub fn receivers(&self) -> usize {
        usize::from(self.is_method || self.on_class)
    }

    /// A special method CPython implements as a slot wrapper
    /// (`int.__add__`), rather than as a method (`list.append`).
    pub fn is_slot_wrapper(&self) -> bool {
        self.is_method && self.callee().is_slot_wrapper()
    }

    /// The type of this object, as CPython names it.
    pub fn type_name(&self) -> &'static str {
        match (self.bound.is_some(), self.is_method) {
            (true, true) if self.is_slot_wrapper() => "method-wrapper",
            (false, true) if self.is_slot_wrapper() => "wrapper_descriptor",
            (false, true) => "method_descriptor",
            _ => "builtin_function_or_method",
        }
    }

    /// Who is called, for argument errors.
    pub fn callee(&self) -> Callee<'_> {
        Callee {
            name: self.name,
            // A method's type, or a module function's module.
            owner: self.owner,
        }
    }
}

pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}
