//! Exceptions: the builtin hierarchy, the error type that unwinds the Rust
//! stack (`PyErr`), and the state every exception object carries.
//!
//! Errors raised by the runtime start *lazy* (a kind and a message): most are
//! caught by an `except` that only checks the class, so the exception object
//! is only built when a script looks at it.

use std::rc::Rc;

use super::instance::Instance;
use super::source::Source;
use super::value::Value;
use pyslot_grammar::ast::{Name, Span};

macro_rules! exc_kinds {
    ($($kind:ident : $parent:expr),* $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcKind { $($kind),* }
        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$kind),*];
            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$kind => stringify!($kind)),* }
            }
            pub fn parent(self) -> Option<ExcKind> {
                match self { $(ExcKind::$kind => $parent),* }
            }
        }
    };
}

use ExcKind as K;
exc_kinds! {
    BaseException: None,
    SystemExit: Some(K::BaseException),
    KeyboardInterrupt: Some(K::BaseException),
    GeneratorExit: Some(K::BaseException),
    Exception: Some(K::BaseException),
    StopIteration: Some(K::Exception),
    StopAsyncIteration: Some(K::Exception),
    ArithmeticError: Some(K::Exception),
    FloatingPointError: Some(K::ArithmeticError),
    OverflowError: Some(K::ArithmeticError),
    ZeroDivisionError: Some(K::ArithmeticError),
    AssertionError: Some(K::Exception),
    AttributeError: Some(K::Exception),
    BufferError: Some(K::Exception),
    EOFError: Some(K::Exception),
    ImportError: Some(K::Exception),
    ModuleNotFoundError: Some(K::ImportError),
    LookupError: Some(K::Exception),
    IndexError: Some(K::LookupError),
    KeyError: Some(K::LookupError),
    MemoryError: Some(K::Exception),
    NameError: Some(K::Exception),
    UnboundLocalError: Some(K::NameError),
    OSError: Some(K::Exception),
    FileNotFoundError: Some(K::OSError),
    FileExistsError: Some(K::OSError),
    PermissionError: Some(K::OSError),
    IsADirectoryError: Some(K::OSError),
    NotADirectoryError: Some(K::OSError),
    TimeoutError: Some(K::OSError),
    ReferenceError: Some(K::Exception),
    RuntimeError: Some(K::Exception),
    NotImplementedError: Some(K::RuntimeError),
    RecursionError: Some(K::RuntimeError),
    SyntaxError: Some(K::Exception),
    IndentationError: Some(K::SyntaxError),
    TabError: Some(K::IndentationError),
    SystemError: Some(K::Exception),
    TypeError: Some(K::Exception),
    ValueError: Some(K::Exception),
    UnicodeError: Some(K::ValueError),
    UnicodeDecodeError: Some(K::UnicodeError),
    UnicodeEncodeError: Some(K::UnicodeError),
    Warning: Some(K::Exception),
    UserWarning: Some(K::Warning),
    DeprecationWarning: Some(K::Warning),
    RuntimeWarning: Some(K::Warning),
    SyntaxWarning: Some(K::Warning),
}

impl ExcKind {
    pub fn is_subkind(self, ancestor: ExcKind) -> bool {
        let mut k = Some(self);
        while let Some(cur) = k {
            if cur == ancestor {
                return true;
            }
            k = cur.parent();
        }
        false
    }
}

/// One line of a traceback: a frame that the exception passed through.
#[derive(Clone)]
pub struct TbEntry {
    pub source: Rc<Source>,
    pub line: u32,
    pub func: Rc<str>,
    /// The expression that failed in this frame, for the caret line.
    pub span: Option<Span>,
}

/// The frames an exception passed through: a shared list, newest (outermost)
/// entry first, so that raising an exception object again, however often,
/// copies nothing (each raise only adds its own frames).
#[derive(Clone, Default)]
pub struct Traceback(Option<Rc<TbNode>>);

struct TbNode {
    entry: TbEntry,
    /// The entries added before this one (the frames inside it).
    inner: Traceback,
}

impl Traceback {
    /// Add the next frame out.
    pub fn push(&mut self, entry: TbEntry) {
        let inner = std::mem::take(self);
        *self = Traceback(Some(Rc::new(TbNode { entry, inner })));
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }
    /// The entries in printing order: outermost frame first.
    pub fn iter(&self) -> impl Iterator<Item = &TbEntry> {
        let mut cur = self.0.as_deref();
        std::iter::from_fn(move || {
            let node = cur?;
            cur = node.inner.0.as_deref();
            Some(&node.entry)
        })
    }
}

impl Drop for Traceback {
    /// Iteratively: a long unshared chain must not recurse once per entry.
    fn drop(&mut self) {
        let mut next = self.0.take();
        while let Some(rc) = next {
            next = match Rc::try_unwrap(rc) {
                Ok(mut node) => node.inner.0.take(),
                Err(_) => None,
            };
        }
    }
}

/// What an exception object carries besides its attributes.
#[derive(Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    pub traceback: Traceback,
    /// What a "Did you mean" hint is worked out from, when printed.
    pub suggest: Option<Rc<Suggest>>,
}

/// The context of a missing name, kept so that the traceback can suggest a
/// close match (computed only when printed, as CPython does).
pub enum Suggest {
    /// AttributeError: the object and the name it lacks.
    Attr(Value, Name),
    /// NameError: the name, and the names searched for a close one, in
    /// order (the function's locals, globals, builtins).
    Name(Name, Vec<Vec<Name>>),
}

pub enum ExcState {
    Lazy { kind: ExcKind, args: Vec<Value> },
    Object(Instance),
}

pub struct ErrInner {
    pub state: ExcState,
    /// Frames unwound so far.
    pub tb: Traceback,
    /// The current frame is already in `tb` (a handler in it saw the error).
    pub frame_recorded: bool,
    /// The innermost expression of the current frame that failed.
    pub span: Option<Span>,
    pub suggest: Option<Rc<Suggest>>,
}

/// A Python exception propagating through Rust code.
pub struct PyErr(pub Box<ErrInner>);

pub(crate) type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        PyErr::with_args(kind, vec![Value::string(msg.into())])
    }
    pub fn with_args(kind: ExcKind, args: Vec<Value>) -> PyErr {
        PyErr(Box::new(ErrInner {
            state: ExcState::Lazy { kind, args },
            tb: Traceback::default(),
            frame_recorded: false,
            span: None,
            suggest: None,
        }))
    }
    pub fn from_instance(inst: Instance) -> PyErr {
        PyErr(Box::new(ErrInner {
            state: ExcState::Object(inst),
            tb: Traceback::default(),
            frame_recorded: false,
            span: None,
            suggest: None,
        }))
    }
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::TypeError, msg)
    }
    pub fn runtime_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::RuntimeError, msg)
    }
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ValueError, msg)
    }
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::IndexError, msg)
    }
    pub fn key_error(key: Value) -> PyErr {
        PyErr::with_args(ExcKind::KeyError, vec![key])
    }
    pub fn attribute_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::AttributeError, msg)
    }
    pub fn zero_division(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ZeroDivisionError, msg)
    }
    pub fn overflow(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::OverflowError, msg)
    }
    pub fn stop_iteration() -> PyErr {
        PyErr::with_args(ExcKind::StopIteration, vec![])
    }
    /// The builtin kind this error is (or derives from), when known without
    /// building the object.
    pub fn kind(&self) -> Option<ExcKind> {
        match &self.0.state {
            ExcState::Lazy { kind, .. } => Some(*kind),
            ExcState::Object(inst) => inst.class().exc_base,
        }
    }
    pub fn is(&self, kind: ExcKind) -> bool {
        self.kind().is_some_and(|k| k.is_subkind(kind))
    }
    /// Blame `span` in the current frame, unless a more inner expression
    /// already took the blame.
    pub fn at(mut self, span: Span) -> PyErr {
        if self.0.span.is_none() {
            self.0.span = Some(span);
        }
        self
    }
    pub fn push_tb(&mut self, entry: TbEntry) {
        self.0.tb.push(entry);
    }
}
