//! Attribute access (`obj.name`), class statements and instantiation.

use std::cell::RefCell;
use std::rc::Rc;

use pyslot_grammar::ast::ClassDef;

use super::frame::Frame;
use super::Interp;
use crate::runtime::class::{BuiltinKind, Class};
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{ExcData, ExcKind, PyErr, PyResult};
use crate::runtime::function::{BoundMethod, Builtin, CellRef};
use crate::runtime::instance::Instance;
use crate::runtime::value::Value;

impl Interp {
    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => {
                if let Some(d) = &inst.dict {
                    if let Some(v) = d.get_str(name) {
                        return Ok(v);
                    }
                }
                if let Some(v) = self.exception_attr(inst, name) {
                    return Ok(v);
                }
                if name == "__dict__" {
                    if let Some(d) = &inst.dict {
                        return Ok(Value::Dict(d.clone()));
                    }
                }
                if name == "__class__" {
                    return Ok(Value::Class(inst.class.clone()));
                }
                match inst.class.lookup(name) {
                    Some(v) => Ok(self.bind(v, obj)),
                    None => {
                        if let Some(ga) = inst.class.lookup("__getattr__") {
                            let ga = self.bind(ga, obj);
                            return self.call(&ga, vec![Value::str(name)], Vec::new());
                        }
                        Err(PyErr::attribute_error(format!(
                            "'{}' object has no attribute '{}'",
                            inst.class.name, name
                        )))
                    }
                }
            }
            Value::Class(c) => self.class_attr(c, name),
            Value::Function(f) => match name {
                "__name__" => Ok(Value::str(&f.def.name)),
                "__qualname__" => Ok(Value::str(&f.qualname)),
                "__module__" => Ok(f.globals.get_str("__name__").unwrap_or(Value::None)),
                "__defaults__" => Ok(if f.defaults.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.defaults.clone())
                }),
                "__doc__" => Ok(function_doc(f).unwrap_or(Value::None)),
                "__dict__" => Ok(Value::Dict(self.function_attrs(f))),
                _ => {
                    if let Some(d) = &*f.attrs.borrow() {
                        if let Some(v) = d.get_str(name) {
                            return Ok(v);
                        }
                    }
                    Err(PyErr::attribute_error(format!(
                        "'function' object has no attribute '{}'",
                        name
                    )))
                }
            },
            Value::Builtin(b) if name == "__name__" => Ok(Value::str(b.name)),
            Value::BoundMethod(m) => match name {
                "__self__" => Ok(m.receiver.clone()),
                "__func__" => Ok(m.func.clone()),
                _ => self.getattr(&m.func.clone(), name),
            },
            _ => {
                match (obj, name) {
                    (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "real" | "numerator") => {
                        return Ok(match obj {
                            Value::Bool(b) => Value::Int(*b as i64),
                            _ => obj.clone(),
                        })
                    }
                    (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "imag") => {
                        return Ok(Value::Int(0))
                    }
                    (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "denominator") => {
                        return Ok(Value::Int(1))
                    }
                    (Value::Float(_), "real") => return Ok(obj.clone()),
                    (Value::Float(_), "imag") => return Ok(Value::Float(0.0)),
                    (Value::Range(r), "start") => return Ok(Value::Int(r.start)),
                    (Value::Range(r), "stop") => return Ok(Value::Int(r.stop)),
                    (Value::Range(r), "step") => return Ok(Value::Int(r.step)),
                    (Value::Slice(s), "start") => return Ok(s.start.clone()),
                    (Value::Slice(s), "stop") => return Ok(s.stop.clone()),
                    (Value::Slice(s), "step") => return Ok(s.step.clone()),
                    (_, "__class__") => return Ok(Value::Class(self.types.class_of(obj))),
                    _ => {}
                }
                let cls = self.types.class_of(obj);
                match cls.lookup(name) {
                    Some(v) => Ok(self.bind(v, obj)),
                    None => Err(PyErr::attribute_error(format!(
                        "'{}' object has no attribute '{}'",
                        obj.type_name(),
                        name
                    ))),
                }
            }
        }
    }

    /// Bind a class attribute found for `obj`: functions become methods.
    fn bind(&mut self, v: Value, obj: &Value) -> Value {
        match v {
            Value::Function(_) => Value::BoundMethod(Rc::new(BoundMethod {
                func: v,
                receiver: obj.clone(),
            })),
            Value::Builtin(b) if b.is_method && b.bound.is_none() => {
                Value::Builtin(Rc::new(Builtin {
                    name: b.name,
                    func: b.func,
                    bound: Some(obj.clone()),
                    is_method: true,
                    owner: b.owner,
                }))
            }
            other => other,
        }
    }

    fn function_attrs(&mut self, f: &crate::runtime::function::Function) -> Rc<PyDict> {
        let mut attrs = f.attrs.borrow_mut();
        attrs.get_or_insert_with(|| Rc::new(PyDict::new())).clone()
    }

    fn class_attr(&mut self, c: &Rc<Class>, name: &str) -> PyResult<Value> {
        match name {
            "__name__" => return Ok(Value::str(&c.name)),
            "__qualname__" => return Ok(Value::str(&c.qualname.borrow())),
            "__module__" => {
                if let Some(v) = c.dict.get_str("__module__") {
                    return Ok(v);
                }
                return Ok(Value::str(&c.module));
            }
            "__bases__" => {
                return Ok(Value::tuple(
                    c.bases.iter().map(|b| Value::Class(b.clone())).collect(),
                ))
            }
            "__base__" => {
                return Ok(c
                    .bases
                    .first()
                    .map(|b| Value::Class(b.clone()))
                    .unwrap_or(Value::None))
            }
            "__mro__" => {
                return Ok(Value::tuple(
                    c.mro().into_iter().map(Value::Class).collect(),
                ))
            }
            "__dict__" => return Ok(Value::Dict(Rc::new(c.dict.copy()))),
            "__class__" => return Ok(Value::Class(self.types.class_of(&Value::Class(c.clone())))),
            "__doc__" => return Ok(c.lookup("__doc__").unwrap_or(Value::None)),
            _ => {}
        }
        match c.lookup(name) {
            Some(v) => Ok(v),
            None => Err(PyErr::attribute_error(format!(
                "type object '{}' has no attribute '{}'",
                c.name, name
            ))),
        }
    }

    fn exception_attr(&mut self, inst: &Rc<Instance>, name: &str) -> Option<Value> {
        let data = inst.exc.as_ref()?;
        let d = data.borrow();
        Some(match name {
            "args" => Value::tuple(d.args.clone()),
            "__cause__" => d.cause.clone().unwrap_or(Value::None),
            "__context__" => d.context.clone().unwrap_or(Value::None),
            "__suppress_context__" => Value::Bool(d.suppress_context),
            "__traceback__" => Value::None,
            "value" if inst.class.exc_base == Some(ExcKind::StopIteration) => {
                d.args.first().cloned().unwrap_or(Value::None)
            }
            "code" if inst.class.exc_base == Some(ExcKind::SystemExit) => match d.args.len() {
                0 => Value::None,
                1 => d.args[0].clone(),
                _ => Value::tuple(d.args.clone()),
            },
            "msg"
                if inst
                    .class
                    .exc_base
                    .is_some_and(|k| k.is_subkind(ExcKind::SyntaxError)) =>
            {
                d.args.first().cloned().unwrap_or(Value::None)
            }
            _ => return None,
        })
    }

    pub fn setattr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(data) = &inst.exc {
                    let mut d = data.borrow_mut();
                    match name {
                        "args" => {
                            drop(d);
                            let args = self.collect(&v)?;
                            if let Some(data) = &inst.exc {
                                data.borrow_mut().args = args;
                            }
                            return Ok(());
                        }
                        "__cause__" => {
                            d.cause = if v.is_none() { None } else { Some(v) };
                            d.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            d.context = if v.is_none() { None } else { Some(v) };
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            d.suppress_context = matches!(v, Value::Bool(true));
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                match &inst.dict {
                    Some(d) => {
                        d.set_str(name, v);
                        Ok(())
                    }
                    None => Err(PyErr::attribute_error(format!(
                        "'{}' object has no attribute '{}'",
                        inst.class.name, name
                    ))),
                }
            }
            Value::Class(c) => {
                if c.is_user() {
                    c.dict.set_str(name, v);
                    Ok(())
                } else {
                    Err(PyErr::type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        name, c.name
                    )))
                }
            }
            Value::Function(f) => {
                self.function_attrs(f).set_str(name, v);
                Ok(())
            }
            _ => {
                let has = self.types.class_of(obj).lookup(name).is_some();
                Err(PyErr::attribute_error(if has {
                    format!(
                        "'{}' object attribute '{}' is read-only",
                        obj.type_name(),
                        name
                    )
                } else {
                    format!("'{}' object has no attribute '{}'", obj.type_name(), name)
                }))
            }
        }
    }

    pub fn delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => match &inst.dict {
                Some(d) if d.remove_str(name).is_some() => Ok(()),
                _ => Err(PyErr::attribute_error(format!(
                    "'{}' object has no attribute '{}'",
                    inst.class.name, name
                ))),
            },
            Value::Class(c) if c.is_user() => match c.dict.remove_str(name) {
                Some(_) => Ok(()),
                None => Err(PyErr::attribute_error(format!(
                    "type object '{}' has no attribute '{}'",
                    c.name, name
                ))),
            },
            _ => Err(PyErr::attribute_error(format!(
                "'{}' object has no attribute '{}'",
                obj.type_name(),
                name
            ))),
        }
    }

    // ------------------------------------------------------------ classes

    /// Run a class statement's body and create the class.
    pub fn build_class(&mut self, f: &mut Frame, cls: &Rc<ClassDef>) -> PyResult<Value> {
        let mut bases = Vec::with_capacity(cls.bases.len());
        for b in &cls.bases {
            match self.eval(f, b)? {
                Value::Class(c) => bases.push(c),
                other => {
                    return Err(PyErr::type_error(format!(
                        "bases must be types, not {}",
                        other.type_name()
                    )))
                }
            }
        }
        let ns = Rc::new(PyDict::new());
        ns.set_str(
            "__module__",
            f.globals.get_str("__name__").unwrap_or(Value::None),
        );
        let qualname = f.qualify(&cls.name);
        ns.set_str("__qualname__", Value::str(&qualname));
        if let Some(doc) = docstring(&cls.body) {
            ns.set_str("__doc__", doc);
        }
        let scope = &cls.scope;
        let mut cells: Vec<CellRef> = Vec::with_capacity(scope.cell_names.len());
        for _ in 0..scope.n_cells {
            cells.push(CellRef::default());
        }
        for &i in &scope.free_from {
            cells.push(f.cells.get(i as usize).cloned().unwrap_or_default());
        }
        let mut body_frame = Frame {
            locals: Vec::new(),
            cells,
            globals: f.globals.clone(),
            class_ns: Some(ns.clone()),
            source: f.source.clone(),
            pos: cls.span.start,
            func_name: cls.name.clone(),
            code: None,
            own_cells: scope.n_cells as usize,
            qual_prefix: Some(qualname.clone()),
            qual_is_function: false,
        };
        if let Err(mut e) = self.exec_block(&mut body_frame, &cls.body) {
            body_frame.add_traceback(&mut e);
            return Err(e);
        }
        let class = self.new_class(&cls.name, bases, ns)?;
        if let Value::Class(c) = &class {
            *c.qualname.borrow_mut() = qualname;
            // Fill the implicit `__class__` cell used by zero-argument super().
            if let Some(ci) = scope.cell_names.iter().position(|n| &**n == "__class__") {
                *body_frame.cells[ci].borrow_mut() = Some(class.clone());
            }
        }
        Ok(class)
    }

    /// `type(name, bases, ns)`: compute the MRO and create the class.
    pub fn new_class(
        &mut self,
        name: &str,
        bases: Vec<Rc<Class>>,
        ns: Rc<PyDict>,
    ) -> PyResult<Value> {
        let bases = if bases.is_empty() {
            vec![self.types.object.clone()]
        } else {
            bases
        };
        let mro_rest = c3_merge(&bases).ok_or_else(|| {
            let names: Vec<String> = bases.iter().map(|b| b.name.to_string()).collect();
            PyErr::type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            ))
        })?;
        let exc_base = mro_rest.iter().find_map(|c| c.exc_base);
        let module = match ns.get_str("__module__") {
            Some(Value::Str(s)) => Rc::from(s.as_str()),
            _ => Rc::from("__main__"),
        };
        let c = Rc::new(Class {
            name: Rc::from(name),
            qualname: RefCell::new(Rc::from(name)),
            module,
            bases,
            mro_rest,
            dict: ns,
            kind: BuiltinKind::User,
            exc_base,
            metaclass: None,
        });
        Ok(Value::Class(c))
    }

    /// Call a class: builtin constructors, or `__new__` + `__init__`.
    pub fn instantiate(
        &mut self,
        c: &Rc<Class>,
        args: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
    ) -> PyResult<Value> {
        if !c.is_user() {
            if let Some(ctor) = c.dict.get_str("__new__") {
                return self.call(&ctor, args, kwargs);
            }
            if let BuiltinKind::Exception(_) = c.kind {
                return Ok(self.new_exception_instance(c, args));
            }
            return Err(PyErr::type_error(format!(
                "cannot create '{}' instances",
                c.name
            )));
        }
        let inst = if c.exc_base.is_some() {
            self.new_exception_instance(c, args.clone())
        } else {
            Value::Instance(Rc::new(Instance {
                class: c.clone(),
                dict: Some(Rc::new(PyDict::new())),
                exc: None,
            }))
        };
        match c.lookup("__init__") {
            Some(init @ Value::Function(_)) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(inst.clone());
                full.extend(args);
                let r = self.call(&init, full, kwargs)?;
                if !r.is_none() {
                    return Err(PyErr::type_error(format!(
                        "__init__() should return None, not '{}'",
                        r.type_name()
                    )));
                }
            }
            _ => {
                if c.exc_base.is_none() && (!args.is_empty() || !kwargs.is_empty()) {
                    return Err(PyErr::type_error(format!(
                        "{}() takes no arguments",
                        c.name
                    )));
                }
            }
        }
        Ok(inst)
    }

    pub fn new_exception_instance(&mut self, c: &Rc<Class>, args: Vec<Value>) -> Value {
        Value::Instance(Rc::new(Instance {
            class: c.clone(),
            dict: Some(Rc::new(PyDict::new())),
            exc: Some(Box::new(RefCell::new(ExcData {
                args,
                ..Default::default()
            }))),
        }))
    }
}

/// C3 linearization of the bases' MROs (the class itself excluded).
fn c3_merge(bases: &[Rc<Class>]) -> Option<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.mro()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let mut candidate = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, head)));
            if !in_tail {
                candidate = Some(head.clone());
                break;
            }
        }
        let c = candidate?;
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

fn docstring(body: &[pyslot_grammar::ast::Stmt]) -> Option<Value> {
    use pyslot_grammar::ast::{Constant, ExprKind, StmtKind};
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(e)) => match &e.kind {
            ExprKind::Constant(Constant::Str(s)) => Some(Value::str(s)),
            _ => None,
        },
        _ => None,
    }
}

fn function_doc(f: &crate::runtime::function::Function) -> Option<Value> {
    if f.def.is_lambda {
        return None;
    }
    docstring(&f.def.body)
}
