//! Calling things: Python functions (binding arguments to parameter slots
//! with CPython's error messages), builtins, bound methods and classes.

use std::rc::Rc;

use pyslot_grammar::ast::Name;

use super::eval::recursion_error;
use super::frame::{Frame, FrameOwner};
use super::Interp;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::{CellRef, Function};
use crate::runtime::value::Value;

impl Interp {
    pub fn call(
        &mut self,
        callee: &Value,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        match callee {
            Value::Function(func) => self.call_function(func, args, kwargs),
            Value::Builtin(b) => match &b.bound {
                Some(recv) => {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(recv.clone());
                    full.extend(args);
                    self.call_native(b, &mut full, &kwargs)
                }
                None => {
                    self.check_method_self(b, &args)?;
                    let mut args = args;
                    self.call_native(b, &mut args, &kwargs)
                }
            },
            Value::BoundMethod(m) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(m.receiver.clone());
                full.extend(args);
                self.call(&m.func.clone(), full, kwargs)
            }
            Value::Class(c) => self.instantiate(c, args, kwargs),
            // A staticmethod object is callable itself (Python 3.10+).
            Value::StaticMethod(f) => self.call(&f.clone(), args, kwargs),
            Value::Instance(_) => match self.special_method(callee, "__call__") {
                Some(m) => self.call(&m, args, kwargs),
                None => Err(not_callable(callee)),
            },
            _ => Err(not_callable(callee)),
        }
    }

    /// Call a builtin on `args` (a method's receiver first), bound to its
    /// signature; a method gets them as `native_args` prepares them. A list, dict or set method that returns its receiver
    /// (`__iadd__`, `__ior__`) returns the subclass instance it was called
    /// on, not the value inside it.
    #[inline(always)]
    pub fn call_native(
        &mut self,
        b: &crate::runtime::function::Builtin,
        args: &mut [Value],
        kwargs: &[(Name, Value)],
    ) -> PyResult<Value> {
        let given = args.len().saturating_sub(b.receivers());
        if !kwargs.is_empty() || !b.sig.accepts_positional(given) {
            return self.call_native_binding(b, args, kwargs);
        }
        if !b.is_method || !needs_unwrap(b, args) {
            return (b.func)(self, args, &[]);
        }
        self.call_native_unwrapping(b, args, &[])
    }

    /// A call with keywords, or with a count of positional arguments the
    /// signature refuses: bound by `Signature::bind`, which moves keywords
    /// into their positions or produces CPython's error.
    #[inline(never)]
    fn call_native_binding(
        &mut self,
        b: &crate::runtime::function::Builtin,
        args: &mut [Value],
        kwargs: &[(Name, Value)],
    ) -> PyResult<Value> {
        let receivers = b.receivers().min(args.len());
        let bound = b.sig.bind(&b.callee(), &args[receivers..], kwargs)?;
        let mut full;
        let (args, kwargs) = match bound {
            None => (args, kwargs),
            Some(bound) => {
                full = args[..receivers].to_vec();
                full.extend(bound);
                (full.as_mut_slice(), &[][..])
            }
        };
        if !b.is_method {
            return (b.func)(self, args, kwargs);
        }
        self.call_native_unwrapping(b, args, kwargs)
    }

    #[inline(never)]
    fn call_native_unwrapping(
        &mut self,
        b: &crate::runtime::function::Builtin,
        args: &mut [Value],
        kwargs: &[(Name, Value)],
    ) -> PyResult<Value> {
        let original = match args.first() {
            Some(Value::Instance(i)) if i.base_value().is_some() => args.first().cloned(),
            _ => None,
        };
        native_args(b, args);
        let r = (b.func)(self, args, kwargs)?;
        if let (Some(inst), Some(me)) = (original, args.first()) {
            let mutable = matches!(
                me,
                Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_)
            );
            if mutable && r.is(me) {
                return Ok(inst);
            }
        }
        Ok(r)
    }

    /// A builtin type's method called through the type (`str.upper(x)`):
    /// its first argument must be an instance of that type.
    pub fn check_method_self(
        &self,
        b: &crate::runtime::function::Builtin,
        args: &[Value],
    ) -> PyResult<()> {
        if !b.is_method || b.bound.is_some() {
            return Ok(());
        }
        let Some(me) = args.first() else {
            return Err(PyErr::type_error(format!(
                "unbound method {}.{}() needs an argument",
                b.owner, b.name
            )));
        };
        let cls = self.types.class_of(me);
        // The owner is a builtin's name, or a module's type's dotted name.
        let is_owner = |c: &Rc<crate::runtime::class::Class>| match b.owner.rsplit_once('.') {
            Some((module, name)) => &*c.name == name && &*c.module == module && !c.is_user(),
            None => &*c.name == b.owner,
        };
        if is_owner(&cls) || cls.mro_rest.iter().any(is_owner) {
            return Ok(());
        }
        Err(PyErr::type_error(if b.is_slot_wrapper() {
            format!(
                "descriptor '{}' requires a '{}' object but received a '{}'",
                b.name,
                b.owner,
                me.type_name()
            )
        } else {
            format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                b.name,
                b.owner,
                me.type_name()
            )
        }))
    }

    pub fn call_function(
        &mut self,
        func: &Rc<Function>,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        let n = func.def.scope.n_locals as usize;
        let mut locals = self.take_locals(n);
        locals.resize(n, None);
        self.bind_args(func, &mut locals, args, kwargs)?;
        self.run_function(func, locals)
    }

    /// Run a function whose parameters are already bound to the first
    /// slots of `locals`; the remaining local slots are added here.
    pub fn run_function(
        &mut self,
        func: &Rc<Function>,
        mut locals: Vec<Option<Value>>,
    ) -> PyResult<Value> {
        let def = &func.def;
        let scope = &def.scope;
        super::frame::pad_slots(&mut locals, scope.n_locals as usize);
        // Most functions neither capture nor are closures: no cell work.
        let cells = if scope.cell_names.is_empty() {
            Vec::new()
        } else {
            make_cells(func, &mut locals)
        };
        let mut frame = Frame {
            locals,
            cells,
            globals: func.globals.clone(),
            sites: func.sites.clone(),
            class_ns: None,
            pos: def.span.start,
            own_cells: scope.n_cells,
            owner: FrameOwner::Function(func.clone()),
        };
        if def.is_generator | def.is_async {
            return self.make_generator(func, frame);
        }
        if super::generator::stack_pointer() < self.stack_limit {
            return Err(recursion_error());
        }
        super::interrupt::check()?;
        self.depth += 1;
        if self.depth >= self.recursion_limit {
            self.depth -= 1;
            return Err(recursion_error());
        }
        let mut r = self.run_body(&mut frame, &def.body);
        self.depth -= 1;
        if let Err(e) = &mut r {
            frame.add_traceback(e);
        }
        self.give_back_locals(std::mem::take(&mut frame.locals));
        r
    }

    /// Call `func`, whose parameters are exactly `first` and `rest` (see
    /// `simple_arity`): the values go straight into its frame's slots.
    pub fn run_positional(
        &mut self,
        func: &Rc<Function>,
        first: Value,
        rest: impl IntoIterator<Item = Value>,
    ) -> PyResult<Value> {
        let mut locals = self.take_locals(func.def.scope.n_locals as usize);
        locals.push(Some(first));
        locals.extend(rest.into_iter().map(Some));
        self.run_function(func, locals)
    }

    /// A cleared locals vector with room for `n` slots, reused when possible
    /// (a call then allocates nothing for its frame).
    #[inline(always)]
    pub fn take_locals(&mut self, n: usize) -> Vec<Option<Value>> {
        // Pooled vectors come back cleared (see give_back_locals).
        match self.locals_pool.pop() {
            Some(mut v) => {
                if v.capacity() < n {
                    v.reserve(n);
                }
                v
            }
            None => self.new_locals(n),
        }
    }

    #[cold]
    fn new_locals(&mut self, n: usize) -> Vec<Option<Value>> {
        Vec::with_capacity(n.max(4))
    }

    #[inline(always)]
    pub fn give_back_locals(&mut self, mut v: Vec<Option<Value>>) {
        if self.locals_pool.len() < 256 && v.capacity() <= 64 {
            while let Some(slot) = v.pop() {
                if let Some(value) = slot {
                    value.release();
                }
            }
            self.locals_pool.push(v);
        }
    }

    /// Bind call arguments to parameter slots: positional, then keywords,
    /// then defaults, with CPython's messages for every mismatch.
    fn bind_args(
        &mut self,
        func: &Function,
        locals: &mut [Option<Value>],
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<()> {
        let p = &func.def.params;
        let nparams = p.args.len();
        let nkwonly = p.kwonly.len();
        let nargs = args.len();
        // Only error messages read it: a reassigned `__qualname__` shows there.
        let qual = || func.shown_qualname();
        // Slots: args, kwonly, *vararg, **kwarg (the resolver's order).
        let vararg_slot = nparams + nkwonly;
        let kwarg_slot = vararg_slot + usize::from(p.vararg.is_some());

        let mut extra = Vec::new();
        for (i, v) in args.into_iter().enumerate() {
            if i < nparams {
                locals[i] = Some(v);
            } else {
                extra.push(v);
            }
        }
        if p.vararg.is_some() {
            locals[vararg_slot] = Some(Value::tuple(extra));
        } else if !extra.is_empty() {
            return Err(too_many_positional(func, nargs, &kwargs));
        }

        let kwdict = if p.kwarg.is_some() {
            Some(crate::runtime::dict::PyDict::new())
        } else {
            None
        };
        let mut posonly_as_kw: Vec<Name> = Vec::new();
        for (name, v) in kwargs {
            let pos = p
                .args
                .iter()
                .position(|a| a.name == name)
                .filter(|&i| i >= p.posonly)
                .or_else(|| {
                    p.kwonly
                        .iter()
                        .position(|a| a.name == name)
                        .map(|i| nparams + i)
                });
            match pos {
                Some(slot) => {
                    if locals[slot].is_some() {
                        return Err(PyErr::type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            qual(),
                            name
                        )));
                    }
                    locals[slot] = Some(v);
                }
                None => match &kwdict {
                    Some(d) => d.set_str(&name, v),
                    None => {
                        if p.args[..p.posonly].iter().any(|a| a.name == name) {
                            posonly_as_kw.push(name);
                            continue;
                        }
                        return Err(PyErr::type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            qual(),
                            name
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            let names: Vec<String> = posonly_as_kw.iter().map(|n| n.to_string()).collect();
            return Err(PyErr::type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                qual(),
                names.join(", ")
            )));
        }
        if let Some(d) = kwdict {
            locals[kwarg_slot] = Some(Value::new_dict(d));
        }
        // Defaults for the last positional parameters.
        let first_default = nparams - func.defaults.len();
        let mut missing: Vec<&str> = Vec::new();
        for (i, slot) in locals.iter_mut().enumerate().take(nparams) {
            if slot.is_none() {
                if i >= first_default {
                    *slot = Some(func.defaults[i - first_default].clone());
                } else {
                    missing.push(&p.args[i].name);
                }
            }
        }
        if !missing.is_empty() {
            return Err(PyErr::type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                qual(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                quote_list(&missing)
            )));
        }
        let mut missing_kw: Vec<&str> = Vec::new();
        for (i, param) in p.kwonly.iter().enumerate() {
            let slot = &mut locals[nparams + i];
            if slot.is_none() {
                match func.kwdefaults.get(i).cloned().flatten() {
                    Some(d) => *slot = Some(d),
                    None => missing_kw.push(&param.name),
                }
            }
        }
        if !missing_kw.is_empty() {
            return Err(PyErr::type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                qual(),
                missing_kw.len(),
                if missing_kw.len() == 1 { "" } else { "s" },
                quote_list(&missing_kw)
            )));
        }
        Ok(())
    }

    /// The name used in call error messages (`f()`'s "f").
    pub fn callable_name(&self, v: &Value) -> String {
        match v {
            Value::Function(f) => format!("{}()", f.shown_qualname()),
            Value::Builtin(b) => format!("{}()", b.name),
            Value::BoundMethod(m) => self.callable_name(&m.func),
            Value::Class(c) => format!("{}()", c.name),
            other => format!("{} object", other.type_name()),
        }
    }

    /// Look up `obj.name` for an immediate call. Returns the callable and
    /// whether `obj` must be passed as the first argument (saving the
    /// allocation of a bound method).
    pub fn load_method(&mut self, obj: &Value, name: &str) -> PyResult<(Value, bool)> {
        match obj {
            Value::Instance(inst) => {
                if inst.has_dict() {
                    if let Some(v) = inst.get_attr(name) {
                        return Ok((v, false));
                    }
                }
                if super::attr::user_override(inst.class(), "__getattribute__").is_some() {
                    return Ok((self.getattr(obj, name)?, false));
                }
                match inst.class().lookup(name) {
                    Some(Value::Function(f)) => Ok((Value::Function(f), true)),
                    _ => Ok((self.getattr(obj, name)?, false)),
                }
            }
            Value::Class(_) | Value::Function(_) | Value::Super(_) => {
                Ok((self.getattr(obj, name)?, false))
            }
            _ => {
                let cls = self.types.class_of(obj);
                match cls.lookup(name) {
                    Some(Value::Builtin(b)) if b.is_method => Ok((Value::Builtin(b), true)),
                    _ => Ok((self.getattr(obj, name)?, false)),
                }
            }
        }
    }

    /// A special method looked up on the type (never the instance), bound.
    pub fn special_method(&mut self, obj: &Value, name: &str) -> Option<Value> {
        let cls = self.types.class_of(obj);
        let m = cls.lookup(name)?;
        Some(match m {
            Value::Function(_) => {
                Value::BoundMethod(Rc::new(crate::runtime::function::BoundMethod {
                    func: m,
                    receiver: obj.clone(),
                }))
            }
            Value::Builtin(b) if b.is_method => Value::Builtin(Rc::new(b.bound_to(obj.clone()))),
            other => other,
        })
    }

    /// Call `obj.name(*args)` if the type defines it.
    /// `call_special` with one argument, borrowed: a binary operator's
    /// dunder on a plain function then allocates no argument vector.
    pub fn call_special1(
        &mut self,
        obj: &Value,
        name: &str,
        arg: &Value,
    ) -> Option<PyResult<Value>> {
        let cls = self.types.class_of(obj);
        if let Some(Value::Function(func)) = cls.lookup(name) {
            if super::eval::simple_arity(&func, 2) {
                return Some(self.run_positional(&func, obj.clone(), [arg.clone()]));
            }
        }
        self.call_special(obj, name, vec![arg.clone()])
    }

    pub fn call_special(
        &mut self,
        obj: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> Option<PyResult<Value>> {
        let cls = self.types.class_of(obj);
        let m = cls.lookup(name)?;
        if let Value::Function(func) = &m {
            if super::eval::simple_arity(func, args.len() + 1) {
                return Some(self.run_positional(func, obj.clone(), args));
            }
        }
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(obj.clone());
        full.extend(args);
        Some(match &m {
            Value::Function(f) => self.call_function(f, full, Vec::new()),
            Value::Builtin(b) if b.is_method => self.call_native(b, &mut full, &[]),
            other => {
                let other = other.clone();
                full.remove(0);
                self.call(&other, full, Vec::new())
            }
        })
    }
}

/// The `self` a builtin type's native method works on: for an instance of
/// a Python subclass of that type, the builtin value it wraps (`object`'s
/// own methods keep the instance).
#[inline]
pub(crate) fn native_self(b: &crate::runtime::function::Builtin, recv: Value) -> Value {
    if let Value::Instance(i) = &recv {
        if b.is_method && b.owner != "object" {
            if let Some(v) = i.base_value() {
                return v;
            }
        }
    }
    recv
}

/// Whether `native_args` would change anything: an instance as `self` (a
/// subclass of the builtin type), or an instance among the other arguments
/// of a str, int or float method (which unwraps a subclass's value). A
/// list's `append(obj)` or a set's `add(obj)` takes instances as they are.
#[inline(always)]
pub(crate) fn needs_unwrap(b: &crate::runtime::function::Builtin, args: &[Value]) -> bool {
    match args.split_first() {
        Some((me, rest)) => {
            matches!(me, Value::Instance(_))
                || (rest.iter().any(|a| matches!(a, Value::Instance(_))) && unwraps_arguments(b))
        }
        None => false,
    }
}

/// The methods whose arguments other than `self` `native_args` unwraps.
fn unwraps_arguments(b: &crate::runtime::function::Builtin) -> bool {
    matches!(b.owner, "str" | "int" | "float")
}

/// `native_self` on an argument vector's first entry.
#[inline]
pub(crate) fn native_self_in_place(b: &crate::runtime::function::Builtin, me: &mut Value) {
    if matches!(me, Value::Instance(_)) {
        *me = native_self(b, std::mem::take(me));
    }
}

/// The arguments of a builtin method as its native code wants them: the
/// receiver unwrapped (`native_self`), and for the methods of str, int and
/// float, whose arguments are only read as values, any argument that is an
/// instance of a str, int or float subclass too.
#[inline]
pub(crate) fn native_args(b: &crate::runtime::function::Builtin, args: &mut [Value]) {
    let Some((me, rest)) = args.split_first_mut() else {
        return;
    };
    native_self_in_place(b, me);
    // `str.format` formats each argument by its own type (a subclass's
    // `__str__` or `__format__` decides): those are not unwrapped.
    let formats = b.owner == "str" && matches!(b.name, "format" | "format_map");
    if b.is_method && unwraps_arguments(b) && !formats {
        for a in rest {
            if let Value::Instance(i) = a {
                if let Some(v @ (Value::Str(_) | Value::Int(_) | Value::Float(_))) = i.base_value()
                {
                    *a = v;
                }
            }
        }
    }
}

fn not_callable(v: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object is not callable", v.type_name()))
}

fn too_many_positional(func: &Function, given: usize, kwargs: &[(Name, Value)]) -> PyErr {
    let p = &func.def.params;
    let total = p.args.len();
    let required = total - func.defaults.len();
    let takes = if required == total {
        format!(
            "{} positional argument{}",
            total,
            if total == 1 { "" } else { "s" }
        )
    } else {
        format!("from {} to {} positional arguments", required, total)
    };
    let kwonly_given = kwargs
        .iter()
        .filter(|(n, _)| p.kwonly.iter().any(|k| k.name == *n))
        .count();
    let given_text = if kwonly_given > 0 {
        format!(
            "{} positional argument{} (and {} keyword-only argument{}) were given",
            given,
            if given == 1 { "" } else { "s" },
            kwonly_given,
            if kwonly_given == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{} {} given",
            given,
            if given == 1 { "was" } else { "were" }
        )
    };
    PyErr::type_error(format!(
        "{}() takes {} but {}",
        func.shown_qualname(),
        takes,
        given_text
    ))
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists missing names.
fn quote_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// The cells of a call's frame: its captured locals (moved out of their
/// slots), then the closure's free variables.
fn make_cells(func: &Function, locals: &mut [Option<Value>]) -> Vec<CellRef> {
    let scope = &func.def.scope;
    let mut cells: Vec<CellRef> = Vec::with_capacity(scope.cell_names.len());
    for _ in 0..scope.n_cells {
        cells.push(crate::runtime::collector::new_cell());
    }
    for &(slot, ci) in &scope.cell_locals {
        if let Some(v) = locals.get_mut(slot as usize).and_then(|s| s.take()) {
            *cells[ci as usize].borrow_mut() = Some(v);
        }
    }
    cells.extend(func.closure.iter().cloned());
    cells
}
