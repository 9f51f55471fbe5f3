//! The tree-walking evaluator: runs the resolved syntax tree.

pub mod attr;
pub mod attr_cache;
pub mod call;
pub mod class_build;
pub mod eval;
pub mod exec;
pub mod flat_gen;
pub mod frame;
pub mod generator;
pub mod import;
pub mod interrupt;
pub mod iterate;
pub mod ops;
pub mod output;
pub mod patterns;
pub mod repr;
pub mod suggest;
pub mod traceback;
pub mod types;

use std::io::Write;
use std::rc::Rc;

use pyslot_grammar::ast::Stmt;

use crate::runtime::dict::PyDict;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::source::Source;
use crate::runtime::value::Value;
pub use frame::Frame;
pub use types::Types;

/// CPython's default recursion limit.
pub const RECURSION_LIMIT: usize = 1000;

pub struct Interp {
    pub types: Types,
    pub builtins: Rc<PyDict>,
    /// Python call depth, for RecursionError.
    pub depth: usize,
    /// `sys.getrecursionlimit()`: the depth at which RecursionError is raised.
    pub recursion_limit: usize,
    /// Exceptions being handled by `except` blocks, innermost last (for bare
    /// `raise` and implicit chaining).
    pub handling: Vec<Value>,
    /// Where `print` writes: buffered stdout (a REPL session or a test may
    /// give another writer).
    pub out: Box<dyn Write>,
    /// Objects being repr'd, to print `[...]` for recursive containers.
    pub repr_stack: Vec<usize>,
    pub argv: Vec<String>,
    /// Imported modules, by name: `sys.modules`.
    pub modules: Rc<PyDict>,
    /// `sys.path`: the folders imports search, in order.
    pub sys_path: Value,
    /// Modules whose bodies are running, innermost last (for the message
    /// of an import from a partially initialized module).
    pub initializing: Vec<String>,
    /// Generators running right now, innermost last.
    pub gen_contexts: Vec<generator::GenContext>,
    /// Stacks of finished generators, for reuse.
    pub stack_pool: Vec<corosensei::stack::DefaultStack>,
    /// Lowest stack address Python calls may reach (0: unchecked).
    pub stack_limit: usize,
    /// Emptied locals vectors of finished calls, for reuse.
    pub locals_pool: Vec<Vec<Option<Value>>>,
}

impl Interp {
    pub fn new() -> Interp {
        let types = Types::new();
        let builtins = Rc::new(PyDict::new());
        let mut interp = Interp {
            types,
            builtins,
            depth: 0,
            recursion_limit: RECURSION_LIMIT,
            handling: Vec::new(),
            out: output::stdout_writer(false),
            repr_stack: Vec::new(),
            argv: Vec::new(),
            modules: Rc::new(PyDict::new()),
            sys_path: Value::list(Vec::new()),
            initializing: Vec::new(),
            gen_contexts: Vec::new(),
            stack_pool: Vec::new(),
            stack_limit: 0,
            locals_pool: Vec::new(),
        };
        crate::builtins::install(&mut interp);
        interp
    }

    pub fn flush(&mut self) {
        let _ = self.out.flush();
    }

    /// Run a parsed, resolved module body as `__main__`.
    pub fn run_module(
        &mut self,
        body: &[Stmt],
        source: Rc<Source>,
        globals: Rc<PyDict>,
    ) -> PyResult<()> {
        if let Some(doc) = class_build::docstring(body) {
            globals.set_str("__doc__", doc);
        }
        let mut frame = Frame::module(globals, source);
        let r = self.exec_block(&mut frame, body);
        match r {
            Ok(_) => Ok(()),
            Err(mut e) => {
                frame.add_traceback(&mut e);
                Err(e)
            }
        }
    }

    /// Run one interactive input: expression statements print their
    /// value's repr (and store it in `_`), as CPython's REPL does.
    pub fn run_interactive(
        &mut self,
        body: &[Stmt],
        source: Rc<Source>,
        globals: Rc<PyDict>,
    ) -> PyResult<()> {
        let mut frame = Frame::module(globals, source);
        for s in body {
            let r = match &s.kind {
                pyslot_grammar::ast::StmtKind::Expr(e) => {
                    frame.pos = s.span.start;
                    self.eval(&mut frame, e).and_then(|v| {
                        if !v.is_none() {
                            let text = self.repr(&v)?;
                            let _ = writeln!(self.out, "{}", text);
                            self.builtins.set_str("_", v);
                        }
                        Ok(())
                    })
                }
                _ => self.exec(&mut frame, s).map(|_| ()),
            };
            if let Err(mut e) = r {
                frame.add_traceback(&mut e);
                return Err(e);
            }
        }
        Ok(())
    }

    pub fn new_globals(&self, name: &str) -> Rc<PyDict> {
        let g = Rc::new(PyDict::new());
        g.set_str("__name__", Value::str(name));
        g.set_str("__builtins__", Value::Dict(self.builtins.clone()));
        g.set_str("__doc__", Value::None);
        g
    }
}

impl Default for Interp {
    fn default() -> Self {
        Interp::new()
    }
}

/// Shorthand used throughout the evaluator.
pub fn type_error<T>(msg: impl Into<String>) -> PyResult<T> {
    Err(PyErr::type_error(msg))
}
