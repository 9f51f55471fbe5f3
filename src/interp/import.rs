//! The import system: `import a.b`, `from .m import x`, as CPython 3.11
//! does it for source files. A module is found on `sys.path` (or, inside a
//! package, on the package's `__path__`), put into `sys.modules` before its
//! body runs (so circular imports see the partly made module), and taken out
//! again when its body fails.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::runtime::dict::PyDict;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::instance::Instance;
use crate::runtime::int::int_from_len;
use crate::runtime::source::Source;
use crate::runtime::value::Value;

use super::{Frame, Interp};

/// Where a module's code was found.
pub(crate) enum Found {
    /// `name.py`, or a package's `__init__.py` (then `package_dir` is set).
    Source {
        file: PathBuf,
        package_dir: Option<PathBuf>,
    },
    /// A folder without `__init__.py`: a namespace package.
    Namespace(PathBuf),
}

impl Interp {
    /// `import a.b.c`: imports each part and gives the top package and the
    /// module named in full.
    pub fn import_dotted(&mut self, name: &str) -> PyResult<(Value, Value)> {
        let leaf = self.find_and_load(name)?;
        let top_name = name.split('.').next().unwrap_or(name);
        let top = if top_name == name {
            leaf.clone()
        } else {
            self.find_and_load(top_name)?
        };
        Ok((top, leaf))
    }

    /// `from <level dots><module> import ...`: the module the names come from.
    pub fn import_from_module(
        &mut self,
        f: &Frame,
        module: Option<&str>,
        level: u32,
    ) -> PyResult<(Value, String)> {
        let full = if level == 0 {
            module.unwrap_or("").to_string()
        } else {
            self.resolve_relative(f, module, level)?
        };
        Ok((self.find_and_load(&full)?, full))
    }

    /// One name of `from module import name`: the attribute, else a
    /// submodule of that name, else CPython's ImportError.
    pub fn import_from_name(
        &mut self,
        module: &Value,
        module_name: &str,
        name: &str,
    ) -> PyResult<Value> {
        match self.getattr(module, name) {
            Ok(v) => return Ok(v),
            Err(e) if !e.is(ExcKind::AttributeError) => return Err(e),
            Err(_) => {}
        }
        // A submodule not imported yet: `from pkg import mod`.
        if module_attr(module, "__path__").is_some() {
            let sub = format!("{module_name}.{name}");
            match self.find_and_load(&sub) {
                Ok(v) => return Ok(v),
                Err(e) if e.is(ExcKind::ModuleNotFoundError) => {}
                Err(e) => return Err(e),
            }
        }
        let location = match module_attr(module, "__file__") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => "unknown location".to_string(),
        };
        let shown = match module_attr(module, "__name__") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => module_name.to_string(),
        };
        let msg = if self.initializing.contains(&shown) {
            format!(
                "cannot import name '{name}' from partially initialized module '{shown}' \
                 (most likely due to a circular import) ({location})"
            )
        } else {
            format!("cannot import name '{name}' from '{shown}' ({location})")
        };
        let path = module_attr(module, "__file__").unwrap_or(Value::None);
        Err(self.import_error(ExcKind::ImportError, msg, Value::str(&shown), path))
    }

    /// `from module import *`: the names in `__all__`, else every name not
    /// starting with an underscore.
    pub fn import_star(&mut self, f: &mut Frame, m: &Value) -> PyResult<()> {
        let Value::Instance(inst) = m else {
            return Ok(());
        };
        let Some(d) = inst.dict() else {
            return Ok(());
        };
        if let Some(all) = d.get_str("__all__") {
            for name in self.collect(&all)? {
                let Value::Str(s) = &name else {
                    return Err(PyErr::type_error(format!(
                        "Item in {}.__all__ must be str, not {}",
                        module_attr(m, "__name__")
                            .map(|n| self.to_str(&n).unwrap_or_default())
                            .unwrap_or_default(),
                        name.type_name()
                    )));
                };
                let v = self.getattr(m, s.as_str())?;
                f.globals.set_key_str(name.clone(), v);
            }
            return Ok(());
        }
        for (k, v) in d.items() {
            if let Value::Str(s) = &k {
                if !s.s.starts_with('_') {
                    f.globals.set_key_str(k.clone(), v);
                }
            }
        }
        Ok(())
    }

    /// The absolute name of a relative import in frame `f`.
    fn resolve_relative(
        &mut self,
        f: &Frame,
        module: Option<&str>,
        level: u32,
    ) -> PyResult<String> {
        let package = match f.globals.get_str("__package__") {
            Some(Value::Str(s)) if !s.as_str().is_empty() => s.as_str().to_string(),
            _ => {
                return Err(PyErr::new(
                    ExcKind::ImportError,
                    "attempted relative import with no known parent package",
                ))
            }
        };
        let parts: Vec<&str> = package.split('.').collect();
        let keep = parts
            .len()
            .checked_sub(level as usize - 1)
            .filter(|&k| k > 0);
        let Some(keep) = keep else {
            return Err(PyErr::new(
                ExcKind::ImportError,
                "attempted relative import beyond top-level package",
            ));
        };
        let base = parts[..keep].join(".");
        Ok(match module {
            Some(m) if !m.is_empty() => format!("{base}.{m}"),
            _ => base,
        })
    }

    /// The module called `name` in full: from `sys.modules`, else found,
    /// loaded and run (its parent packages first).
    pub fn find_and_load(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get_str(name) {
            if m.is_none() {
                return Err(self.import_error(
                    ExcKind::ModuleNotFoundError,
                    format!("import of {name} halted; None in sys.modules"),
                    Value::str(name),
                    Value::None,
                ));
            }
            return Ok(m);
        }
        let (parent, last) = match name.rsplit_once('.') {
            Some((p, l)) => (Some(p), l),
            None => (None, name),
        };
        let search: Vec<PathBuf> = match parent {
            Some(p) => {
                let parent_module = self.find_and_load(p)?;
                // Importing the parent may have imported this module too.
                if let Some(m) = self.modules.get_str(name) {
                    return Ok(m);
                }
                // A submodule of a package embedded in pyslot
                // (`collections.abc`).
                if let Some(m) = self.builtin_module(name) {
                    if let Value::Instance(pm) = &parent_module {
                        pm.set_attr(last, m.clone());
                    }
                    return Ok(m);
                }
                match module_attr(&parent_module, "__path__") {
                    Some(path) => self.path_entries(&path)?,
                    None => {
                        return Err(self.import_error(
                            ExcKind::ModuleNotFoundError,
                            format!("No module named '{name}'; '{p}' is not a package"),
                            Value::str(name),
                            Value::None,
                        ))
                    }
                }
            }
            None => {
                if let Some(m) = self.builtin_module(name) {
                    return Ok(m);
                }
                let path = self.sys_path.clone();
                self.path_entries(&path)?
            }
        };
        let Some(found) = find_in(&search, last) else {
            return Err(self.import_error(
                ExcKind::ModuleNotFoundError,
                format!("No module named '{name}'"),
                Value::str(name),
                Value::None,
            ));
        };
        let module = self.load(name, found)?;
        if let Some(p) = parent {
            if let Some(Value::Instance(pm)) = self.modules.get_str(p) {
                pm.set_attr(last, module.clone());
            }
        }
        Ok(module)
    }

    /// The folders a path list names (`''` is the current folder).
    pub(crate) fn path_entries(&mut self, path: &Value) -> PyResult<Vec<PathBuf>> {
        let mut dirs = Vec::new();
        for entry in self.collect(path)? {
            if let Value::Str(s) = entry {
                dirs.push(if s.as_str().is_empty() {
                    PathBuf::from(".")
                } else {
                    PathBuf::from(s.as_str())
                });
            }
        }
        Ok(dirs)
    }

    /// Make the module object for `found`, register it and run its body.
    fn load(&mut self, name: &str, found: Found) -> PyResult<Value> {
        let (file, package_dir) = match found {
            Found::Source { file, package_dir } => (Some(file), package_dir),
            Found::Namespace(dir) => (None, Some(dir)),
        };
        let ns = self.new_globals(name);
        let package = match &package_dir {
            Some(_) => name.to_string(),
            None => name
                .rsplit_once('.')
                .map(|(p, _)| p)
                .unwrap_or("")
                .to_string(),
        };
        ns.set_str("__package__", Value::str(&package));
        if let Some(dir) = &package_dir {
            let shown = dir.display().to_string();
            ns.set_str("__path__", Value::list(vec![Value::string(shown)]));
        }
        let file_text = file.as_ref().map(|p| p.display().to_string());
        ns.set_str(
            "__file__",
            file_text.as_deref().map(Value::str).unwrap_or(Value::None),
        );
        let module = self.module_object(ns.clone());
        self.modules.set_str(name, module.clone());
        let Some(file) = file else {
            return Ok(module);
        };
        self.initializing.push(name.to_string());
        let r = self.run_module_file(&file, file_text.unwrap_or_default(), ns);
        self.initializing.pop();
        if let Err(e) = r {
            self.modules.remove_str(name);
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        Ok(self.modules.get_str(name).unwrap_or(module))
    }

    /// Read, parse and run one module's source with `ns` as its globals.
    pub fn run_module_file(&mut self, file: &Path, shown: String, ns: Rc<PyDict>) -> PyResult<()> {
        let text = match std::fs::read(file) {
            Ok(bytes) => String::from_utf8(bytes).map_err(|_| {
                PyErr::new(
                    ExcKind::SyntaxError,
                    format!("(unicode error) '{shown}' is not valid UTF-8"),
                )
            })?,
            Err(e) => {
                return Err(PyErr::new(
                    ExcKind::OSError,
                    format!("cannot read '{shown}': {e}"),
                ))
            }
        };
        let source = Rc::new(Source::new(shown, text));
        let unit = self.compile_source(&source)?;
        self.run_module(&unit, source, ns)
    }

    /// Parse and resolve a source, a syntax error becoming a Python
    /// `SyntaxError`.
    pub(crate) fn compile_source(&mut self, source: &Source) -> PyResult<super::Unit> {
        self.compile_with_tree(source, None)
    }

    /// Compiles `source`, starting from its tree frozen at build time
    /// when there is one (the embedded modules): decoding it is much
    /// cheaper than parsing the text again.
    pub(crate) fn compile_with_tree(
        &mut self,
        source: &Source,
        frozen: Option<&[u8]>,
    ) -> PyResult<super::Unit> {
        let tree = match frozen.and_then(pyslot_grammar::frozen::thaw) {
            Some(body) => Ok(body),
            None => pyslot_grammar::parse_module(&source.text),
        };
        let resolved = tree.and_then(|body| super::Unit::resolve(body, &source.text));
        resolved.map_err(|e| self.syntax_error(source, &e))
    }

    /// A syntax error as a Python `SyntaxError` with CPython's attributes
    /// (`msg`, `filename`, `lineno`, `offset`, `text`, `end_lineno`,
    /// `end_offset`) and its `args` of `(msg, (filename, lineno, ...))`.
    pub fn syntax_error(&mut self, source: &Source, e: &pyslot_grammar::SyntaxError) -> PyErr {
        let kind = match e.kind {
            pyslot_grammar::SyntaxErrorKind::SyntaxError => ExcKind::SyntaxError,
            pyslot_grammar::SyntaxErrorKind::IndentationError => ExcKind::IndentationError,
            pyslot_grammar::SyntaxErrorKind::TabError => ExcKind::TabError,
        };
        let line = source.line_of(e.span.start);
        let end_line = source.line_of(e.span.end.max(e.span.start));
        let col = |at: u32| Value::Int(int_from_len(source.column_of(at)) + 1);
        let text = Value::string(format!("{}\n", source.line_text(line)));
        let attrs = [
            ("filename", Value::str(&source.filename)),
            ("lineno", Value::Int(int_from_len(line))),
            ("offset", col(e.span.start)),
            ("text", text),
            ("end_lineno", Value::Int(int_from_len(end_line))),
            ("end_offset", col(e.span.end.max(e.span.start + 1))),
        ];
        let msg = Value::str(&e.msg);
        let details = Value::tuple(attrs.iter().map(|(_, v)| v.clone()).collect());
        let mut err = PyErr::with_args(kind, vec![msg.clone(), details]);
        let inst = self.exc_object(&mut err);
        inst.set_attr("msg", msg);
        for (name, v) in attrs {
            inst.set_attr(name, v);
        }
        err
    }

    /// A module object over the namespace `ns`.
    pub fn module_object(&mut self, ns: Rc<PyDict>) -> Value {
        let inst = Instance::new(self.types.module_class());
        inst.replace_dict(ns);
        Value::Instance(inst)
    }

    /// An ImportError (or subclass) with its `name` and `path` attributes.
    fn import_error(&mut self, kind: ExcKind, msg: String, name: Value, path: Value) -> PyErr {
        let mut err = PyErr::new(kind, msg);
        let inst = self.exc_object(&mut err);
        inst.set_attr("name", name);
        inst.set_attr("path", path);
        err
    }
}

/// `module.__xxx__`, read straight from a module's namespace.
fn module_attr(module: &Value, name: &str) -> Option<Value> {
    match module {
        Value::Instance(inst) => inst.dict()?.get_str(name),
        _ => None,
    }
}

/// Look for `name` in each folder: a package (`name/__init__.py`) before a
/// module (`name.py`); a bare folder counts only when nothing else does.
pub(crate) fn find_in(dirs: &[PathBuf], name: &str) -> Option<Found> {
    let mut namespace = None;
    for dir in dirs {
        let pkg = dir.join(name);
        let init = pkg.join("__init__.py");
        if init.is_file() {
            return Some(Found::Source {
                file: absolute(&init),
                package_dir: Some(absolute(&pkg)),
            });
        }
        let file = dir.join(format!("{name}.py"));
        if file.is_file() {
            return Some(Found::Source {
                file: absolute(&file),
                package_dir: None,
            });
        }
        if namespace.is_none() && pkg.is_dir() {
            namespace = Some(Found::Namespace(absolute(&pkg)));
        }
    }
    namespace
}

/// A path as CPython shows it in `__file__`: absolute, `.` parts dropped.
pub(crate) fn absolute(p: &Path) -> PathBuf {
    let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    abs.components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .collect()
}
