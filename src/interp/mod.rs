//! The tree-walking evaluator: runs the resolved syntax tree.

pub(crate) mod attr;
pub(crate) mod attr_cache;
pub(crate) mod call;
pub(crate) mod class_build;
pub(crate) mod coroutine;
pub(crate) mod eval;
pub(crate) mod exec;
pub(crate) mod finalize;
pub(crate) mod flat_gen;
pub(crate) mod frame;
pub(crate) mod generator;
pub(crate) mod import;
pub(crate) mod interrupt;
pub(crate) mod iterate;
pub(crate) mod last_resort;
pub(crate) mod ops;
pub(crate) mod output;
pub(crate) mod patterns;
pub(crate) mod repr;
pub(crate) mod site_tables;
pub(crate) mod str_consts;
pub(crate) mod suggest;
pub(crate) mod traceback;
pub(crate) mod types;

use std::io::Write;
use std::rc::Rc;

use pyslot_grammar::ast::{Name, Stmt};

use crate::runtime::dict::PyDict;
use crate::runtime::exception::PyResult;
use crate::runtime::source::Source;
use crate::runtime::value::Value;
pub(crate) use frame::Frame;
pub(crate) use types::Types;

/// A parsed and resolved unit of code (a module, a script, a REPL input):
/// its statements and the side tables its code runs with.
pub(crate) struct Unit {
    pub(crate) body: Vec<Stmt>,
    pub(crate) sites: Rc<site_tables::SiteTables>,
}

impl Unit {
    /// Resolve a parsed module body (`resolve::resolve_module`).
    pub(crate) fn resolve(
        mut body: Vec<Stmt>,
        text: &str,
    ) -> Result<Unit, pyslot_grammar::SyntaxError> {
        let counts = crate::compile::resolve::resolve_module(&mut body, text)?;
        Ok(Unit {
            body,
            sites: site_tables::SiteTables::new(counts),
        })
    }
}

/// CPython's default recursion limit.
pub(crate) const RECURSION_LIMIT: usize = 1000;

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
    /// `<listcomp>`, `<setcomp>`, `<dictcomp>`, `<genexpr>`: a
    /// comprehension's frame name, made once rather than at every run.
    comprehension_names: [Name; 4],
    /// What a coroutine suspending in an `await` awaits, handed to its
    /// resumer (`coroutine::coro_resume`), which keeps it as `cr_await`.
    pub await_stash: Option<Value>,
    /// Set when an async generator suspends at a `yield` of its own (not
    /// inside an `await`): its resumer reads it at once.
    pub async_yielded: bool,
    /// Warnings already shown, by (file, line, text): CPython's default
    /// filter shows each once per place.
    pub warned: std::collections::HashSet<(String, usize, String)>,
    /// Where attributes live, by class and name, behind the access sites'
    /// own entries (`attr_cache.rs`).
    pub(crate) attr_table: attr_cache::AttrTable,
    /// One string object per string literal (see str_consts.rs).
    pub(crate) str_consts: str_consts::StrConsts,
    /// The builtin `len` and its entry in `builtins`, recognized at call
    /// sites by identity.
    pub(crate) len_builtin: Option<(Rc<crate::runtime::function::Builtin>, u32)>,
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
            comprehension_names: ["<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"]
                .map(Name::from),
            await_stash: None,
            async_yielded: false,
            warned: Default::default(),
            attr_table: attr_cache::AttrTable::new(),
            str_consts: str_consts::StrConsts::new(),
            len_builtin: None,
        };
        crate::builtins::install(&mut interp);
        if let Some(i) = interp.builtins.index_of_str("len") {
            if let (Some(Value::Builtin(len)), Ok(i)) =
                (interp.builtins.value_at(i), u32::try_from(i))
            {
                interp.len_builtin = Some((len, i));
            }
        }
        interp
    }

    pub fn flush(&mut self) {
        let _ = self.out.flush();
    }

    /// Run a resolved module body as `__main__`.
    pub(crate) fn run_module(
        &mut self,
        unit: &Unit,
        source: Rc<Source>,
        globals: Rc<PyDict>,
    ) -> PyResult<()> {
        let body = &unit.body;
        if let Some(doc) = class_build::docstring(body) {
            globals.set_str("__doc__", doc);
        }
        let mut frame = Frame::module(globals, source, unit.sites.clone());
        let r = self.exec_block(&mut frame, body);
        // What the last statement dropped is dealt with while its line
        // is still the current one.
        if r.is_ok() && generator::has_pending_closes() {
            self.close_pending_generators(Some(&frame));
        }
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
    pub(crate) fn run_interactive(
        &mut self,
        unit: &Unit,
        source: Rc<Source>,
        globals: Rc<PyDict>,
    ) -> PyResult<()> {
        let mut frame = Frame::module(globals, source, unit.sites.clone());
        self.run_interactive_in(&mut frame, &unit.body)
    }

    /// `run_interactive` in a given frame (`exec` of code compiled in
    /// 'single' mode runs in the namespaces it was given).
    pub(crate) fn run_interactive_in(&mut self, frame: &mut Frame, body: &[Stmt]) -> PyResult<()> {
        for s in body {
            let r = match &s.kind {
                pyslot_grammar::ast::StmtKind::Expr(e) => {
                    frame.pos = s.span.start;
                    self.eval(frame, e).and_then(|v| self.display(v))
                }
                _ => self.exec(frame, s).map(|_| ()),
            };
            if let Err(mut e) = r {
                frame.add_traceback(&mut e);
                return Err(e);
            }
        }
        Ok(())
    }

    /// CPython's `sys.displayhook`: a value other than None is printed as
    /// its repr (to `sys.stdout`, wherever the program pointed it) and
    /// kept in `_`.
    fn display(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let text = format!("{}\n", self.repr(&v)?);
        match crate::builtins::modules::redirected_stdout(self) {
            Some(out) => {
                self.call_method_by_name(&out, "write", vec![Value::string(text)])?;
            }
            None => {
                let _ = self.out.write_all(text.as_bytes());
            }
        }
        self.builtins.set_str("_", v);
        Ok(())
    }

    pub fn new_globals(&self, name: &str) -> Rc<PyDict> {
        let g = crate::runtime::collector::new_dict_rc(PyDict::new());
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
