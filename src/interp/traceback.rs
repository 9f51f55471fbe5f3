//! Exception objects: building them from `raise`, matching `except`
//! clauses, chaining, and printing CPython-style tracebacks.

use std::rc::Rc;

use super::Interp;
use crate::runtime::class::BuiltinKind;
use crate::runtime::exception::{ErrInner, ExcKind, ExcState, PyErr, PyResult, TbEntry};
use crate::runtime::instance::Instance;
use crate::runtime::value::Value;

impl Interp {
    /// Turn the operand of `raise` into an error: a class is instantiated.
    pub fn make_exception(&mut self, v: Value) -> PyResult<PyErr> {
        match &v {
            Value::Class(c) if c.exc_base.is_some() => {
                let inst = self.call(&v, vec![], Vec::new())?;
                self.make_exception(inst)
            }
            Value::Instance(inst) if inst.exc.is_some() => {
                let tb = inst
                    .exc
                    .as_ref()
                    .map(|d| d.borrow().traceback.clone())
                    .unwrap_or_default();
                let mut e = PyErr::from_instance(inst.clone());
                // Raising an exception again keeps its earlier frames.
                e.0.tb = tb;
                Ok(e)
            }
            _ => Err(PyErr::type_error(
                "exceptions must derive from BaseException",
            )),
        }
    }

    /// Re-raise (bare `raise`) an exception being handled.
    pub fn reraise(&mut self, v: Value) -> PyErr {
        match &v {
            Value::Instance(inst) => {
                let tb = inst
                    .exc
                    .as_ref()
                    .map(|d| d.borrow().traceback.clone())
                    .unwrap_or_default();
                PyErr(Box::new(ErrInner {
                    state: ExcState::Object(inst.clone()),
                    tb,
                    frame_recorded: true,
                }))
            }
            _ => PyErr::new(ExcKind::RuntimeError, "No active exception to reraise"),
        }
    }

    /// The exception object of an error (built now if it was lazy); its
    /// traceback so far is stored on it.
    pub fn exc_object(&mut self, err: &mut PyErr) -> Rc<Instance> {
        let inst = match &mut err.0.state {
            ExcState::Object(inst) => inst.clone(),
            ExcState::Lazy { kind, args } => {
                let class = self.types.exc_class(*kind);
                let args = std::mem::take(args);
                let v = self.new_exception_instance(&class, args);
                let Value::Instance(inst) = v else {
                    unreachable!("new_exception_instance makes instances")
                };
                err.0.state = ExcState::Object(inst.clone());
                inst
            }
        };
        if let Some(d) = &inst.exc {
            d.borrow_mut().traceback = err.0.tb.clone();
        }
        inst
    }

    /// Implicit chaining: `ctx` was being handled when `err` was raised.
    pub fn set_context(&mut self, err: &mut PyErr, ctx: Value) {
        let inst = self.exc_object(err);
        if let Value::Instance(c) = &ctx {
            if Rc::ptr_eq(c, &inst) {
                return;
            }
        }
        if let Some(d) = &inst.exc {
            let mut d = d.borrow_mut();
            if d.context.is_none() {
                d.context = Some(ctx);
            }
        }
    }

    pub fn exception_matches(&mut self, err: &PyErr, typ: &Value) -> PyResult<bool> {
        match typ {
            Value::Tuple(t) => {
                for c in t.items.iter() {
                    if self.exception_matches(err, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Class(c) if c.exc_base.is_some() => Ok(match &err.0.state {
                ExcState::Lazy { kind, .. } => match c.kind {
                    BuiltinKind::Exception(k) => kind.is_subkind(k),
                    _ => false,
                },
                ExcState::Object(inst) => inst.class.is_subclass(c),
            }),
            _ => Err(PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// `str(exc)` as the last line of a traceback shows it.
    pub fn exception_line(&mut self, inst: &Rc<Instance>) -> String {
        let name = if &*inst.class.module == "builtins" || &*inst.class.module == "__main__" {
            inst.class.qualname.borrow().to_string()
        } else {
            format!("{}.{}", inst.class.module, inst.class.qualname.borrow())
        };
        let text = match self.to_str(&Value::Instance(inst.clone())) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if text.is_empty() {
            name
        } else {
            format!("{}: {}", name, text)
        }
    }

    /// Print an uncaught exception the way CPython does, chain included.
    pub fn print_exception(&mut self, err: &mut PyErr) -> String {
        let inst = self.exc_object(err);
        let mut out = String::new();
        let mut seen: Vec<*const Instance> = Vec::new();
        self.format_chain(&inst, &mut out, &mut seen);
        out
    }

    fn format_chain(
        &mut self,
        inst: &Rc<Instance>,
        out: &mut String,
        seen: &mut Vec<*const Instance>,
    ) {
        seen.push(Rc::as_ptr(inst));
        let (cause, context, suppress, tb) = match &inst.exc {
            Some(d) => {
                let d = d.borrow();
                (
                    d.cause.clone(),
                    d.context.clone(),
                    d.suppress_context,
                    d.traceback.clone(),
                )
            }
            None => (None, None, false, Vec::new()),
        };
        if let Some(Value::Instance(c)) = &cause {
            if !seen.contains(&Rc::as_ptr(c)) {
                self.format_chain(c, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if let (Some(Value::Instance(c)), false) = (&context, suppress) {
            if !seen.contains(&Rc::as_ptr(c)) {
                self.format_chain(c, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for entry in tb.iter().rev() {
                format_entry(entry, out);
            }
        }
        let line = self.exception_line(inst);
        out.push_str(&line);
        out.push('\n');
    }
}

fn format_entry(e: &TbEntry, out: &mut String) {
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        e.source.filename, e.line, e.func
    ));
    let text = e.source.line_text(e.line as usize).trim();
    if !text.is_empty() {
        out.push_str("    ");
        out.push_str(text);
        out.push('\n');
    }
}
