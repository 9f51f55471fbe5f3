//! Attribute access (`obj.name`), as CPython does it: data descriptors on
//! the type first (properties, slot members), then the instance's own
//! storage, then non-data descriptors (functions become bound methods,
//! classmethod, staticmethod) and plain class attributes; `__getattr__` last.

use std::rc::Rc;

use super::Interp;
use crate::runtime::class::Class;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::function::{BoundMethod, FunctionNames};
use crate::runtime::instance::Instance;
use crate::runtime::value::Value;

fn no_attribute(type_name: &str, name: &str) -> PyErr {
    PyErr::attribute_error(format!(
        "'{}' object has no attribute '{}'",
        type_name, name
    ))
}

impl Interp {
    /// `__isabstractmethod__` of a property or class/static method: true
    /// when a function it wraps is abstract (`abc.abstractmethod`).
    fn any_abstract(&mut self, parts: &[Value]) -> PyResult<Value> {
        for f in parts {
            if f.is_none() {
                continue;
            }
            if let Ok(v) = self.getattr(f, "__isabstractmethod__") {
                if self.truthy(&v)? {
                    return Ok(Value::Bool(true));
                }
            }
        }
        Ok(Value::Bool(false))
    }

    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => self.getattr_instance(obj, inst, name),
            Value::Class(c) => self.class_attr(c, name),
            Value::Super(s) => self.super_getattr(s, name),
            Value::Function(f) => self.function_getattr(obj, f, name),
            Value::Builtin(b) if name == "__name__" => Ok(Value::str(b.name)),
            Value::Builtin(b) if name == "__self__" => Ok(b.bound.clone().unwrap_or(Value::None)),
            Value::Builtin(b) if name == "__text_signature__" => {
                let first = match (b.is_method, b.on_class) {
                    (true, _) => "$self",
                    (_, true) => "$type",
                    _ => "$module",
                };
                Ok(b.sig
                    .text_signature(first)
                    .map_or(Value::None, Value::string))
            }
            Value::Builtin(b) if name == "__module__" && !b.is_method => {
                Ok(Value::str(if b.owner.is_empty() {
                    "builtins"
                } else {
                    b.owner
                }))
            }
            Value::Builtin(b) if name == "__qualname__" => Ok(Value::string(if b.is_method {
                format!("{}.{}", b.owner, b.name)
            } else {
                b.name.to_string()
            })),
            Value::BoundMethod(m) => match name {
                "__self__" => Ok(m.receiver.clone()),
                "__func__" => Ok(m.func.clone()),
                _ => self.getattr(&m.func.clone(), name),
            },
            Value::Member(m) => match name {
                "__name__" => Ok(Value::str(&m.name)),
                "__objclass__" => Ok(Value::Class(m.owner.clone())),
                _ => self.bound_builtin(obj, name),
            },
            Value::Property(p) => match name {
                "fget" => Ok(p.fget.clone()),
                "fset" => Ok(p.fset.clone()),
                "fdel" => Ok(p.fdel.clone()),
                "__doc__" => Ok(p.doc.clone()),
                "__isabstractmethod__" => {
                    let parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
                    self.any_abstract(&parts)
                }
                _ => self.bound_builtin(obj, name),
            },
            Value::ClassMethod(f) | Value::StaticMethod(f) => match name {
                "__func__" => Ok((**f).clone()),
                "__isabstractmethod__" => self.any_abstract(&[(**f).clone()]),
                _ => self.bound_builtin(obj, name),
            },
            _ => {
                match (obj, name) {
                    (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "real" | "numerator") => {
                        return Ok(match obj {
                            Value::Bool(b) => Value::Int(i64::from(*b)),
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
                self.bound_builtin(obj, name)
            }
        }
    }

    /// `obj.name` found on the builtin type of `obj`.
    fn bound_builtin(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let cls = self.types.class_of(obj);
        match cls.lookup(name) {
            Some(v) => self.descr_get(v, Some(obj), &cls),
            None => Err(no_attribute(&obj.type_name(), name)),
        }
    }

    fn getattr_instance(&mut self, obj: &Value, inst: &Instance, name: &str) -> PyResult<Value> {
        let cls = inst.class().clone();
        if let Some(ga) = user_override(&cls, "__getattribute__") {
            let r = self.call(&ga, vec![obj.clone(), Value::str(name)], Vec::new());
            return match r {
                Err(e) if e.is(ExcKind::AttributeError) => match user_override(&cls, "__getattr__")
                {
                    Some(g) => self.call(&g, vec![obj.clone(), Value::str(name)], Vec::new()),
                    None => Err(e),
                },
                r => r,
            };
        }
        let err = match self.generic_getattr(obj, inst, &cls, name) {
            Ok(Some(v)) => return Ok(v),
            // The data attributes of a wrapped builtin value (`m.real` of an
            // int subclass instance).
            // OSError's errno and the like, unless the instance set its own.
            Ok(None) if inst.exc().is_some() => {
                match crate::builtins::exceptions::oserror_attribute(inst, name) {
                    Some(v) => return Ok(v),
                    None => no_attribute(&cls.name, name),
                }
            }
            Ok(None) if inst.base_value().is_some() => {
                let bv = inst.base_value().unwrap_or_default();
                match self.getattr(&bv, name) {
                    Ok(v) => return Ok(v),
                    Err(_) => no_attribute(&cls.name, name),
                }
            }
            Ok(None) if Rc::ptr_eq(&cls, &self.types.module_class()) => {
                let module = inst.get_attr("__name__").unwrap_or(Value::None);
                PyErr::attribute_error(format!(
                    "module '{}' has no attribute '{}'",
                    self.to_str(&module).unwrap_or_default(),
                    name
                ))
            }
            Ok(None) => no_attribute(&obj.type_name(), name),
            Err(e) if e.is(ExcKind::AttributeError) => e,
            Err(e) => return Err(e),
        };
        match user_override(&cls, "__getattr__") {
            Some(g) => self.call(&g, vec![obj.clone(), Value::str(name)], Vec::new()),
            None => Err(err),
        }
    }

    /// `object.__getattribute__`: None when nothing is found.
    pub fn generic_getattr(
        &mut self,
        obj: &Value,
        inst: &Instance,
        cls: &Rc<Class>,
        name: &str,
    ) -> PyResult<Option<Value>> {
        match name {
            "__class__" => return Ok(Some(Value::Class(cls.clone()))),
            "__dict__" => {
                return Ok(if inst.has_dict() {
                    Some(Value::Dict(inst.materialize()))
                } else {
                    None
                })
            }
            _ => {}
        }
        let descr = cls.lookup(name);
        if let Some(d) = &descr {
            if self.is_data_descriptor(d) {
                return self.descr_get(d.clone(), Some(obj), cls).map(Some);
            }
        }
        if let Some(v) = self.exception_attr(inst, name) {
            return Ok(Some(v));
        }
        if let Some(v) = inst.get_attr(name) {
            return Ok(Some(v));
        }
        match descr {
            Some(d) => self.descr_get(d, Some(obj), cls).map(Some),
            None => Ok(None),
        }
    }

    pub fn is_data_descriptor(&self, d: &Value) -> bool {
        match d {
            Value::Member(_) | Value::Property(_) => true,
            Value::Instance(i) => {
                let c = i.class();
                c.lookup("__set__").is_some() || c.lookup("__delete__").is_some()
            }
            _ => false,
        }
    }

    /// Apply the descriptor protocol to `d` found on `cls`, for instance
    /// `obj` (None when looked up on the class itself).
    pub fn descr_get(&mut self, d: Value, obj: Option<&Value>, cls: &Rc<Class>) -> PyResult<Value> {
        Ok(match (&d, obj) {
            (Value::Function(_), Some(o)) => Value::BoundMethod(Rc::new(BoundMethod {
                func: d.clone(),
                receiver: o.clone(),
            })),
            (Value::Builtin(b), Some(o)) if b.is_method && b.bound.is_none() => {
                Value::Builtin(Rc::new(b.bound_to(o.clone())))
            }
            (Value::ClassMethod(f), _) => Value::BoundMethod(Rc::new(BoundMethod {
                func: (**f).clone(),
                receiver: Value::Class(cls.clone()),
            })),
            (Value::StaticMethod(f), _) => (**f).clone(),
            (Value::Member(m), Some(Value::Instance(i))) => {
                self.check_member_owner(m, i)?;
                match i.get(m.index) {
                    Some(v) => v,
                    None => return Err(no_attribute(&i.class().name, &m.name)),
                }
            }
            (Value::Property(p), Some(o)) => {
                if p.fget.is_none() {
                    return Err(PyErr::attribute_error(
                        p.missing_message("getter", &o.type_name()),
                    ));
                }
                let fget = p.fget.clone();
                self.call(&fget, vec![o.clone()], Vec::new())?
            }
            (Value::Instance(di), _) => {
                if let Some(get) = di.class().lookup("__get__") {
                    let owner = Value::Class(cls.clone());
                    let o = obj.cloned().unwrap_or(Value::None);
                    return self.call(&get, vec![d.clone(), o, owner], Vec::new());
                }
                d
            }
            _ => d,
        })
    }

    fn check_member_owner(
        &self,
        m: &crate::runtime::descriptor::MemberDescr,
        i: &Instance,
    ) -> PyResult<()> {
        if i.class().is_subclass(&m.owner) {
            Ok(())
        } else {
            Err(PyErr::type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                m.name,
                m.owner.name,
                i.class().name
            )))
        }
    }

    /// `f.__code__`: what a program can read of a function's code (its
    /// name, file, first line and parameters), as a plain object.
    fn code_object(&mut self, f: &crate::runtime::function::Function) -> Value {
        let def = &f.def;
        let p = &def.params;
        let first = def
            .decorators
            .first()
            .map_or(def.span.start, |d| d.span.start);
        let line = f.source.line_of(first);
        let names: Vec<Value> = p
            .args
            .iter()
            .chain(&p.kwonly)
            .chain(p.vararg.iter())
            .chain(p.kwarg.iter())
            .map(|a| Value::str(&a.name))
            .collect();
        let ns = PyDict::new();
        ns.set_str("co_name", Value::str(&def.name));
        ns.set_str("co_qualname", Value::str(&f.qualname));
        ns.set_str("co_filename", Value::str(&f.source.filename));
        ns.set_str(
            "co_firstlineno",
            Value::Int(crate::runtime::int::int_from_len(line)),
        );
        ns.set_str(
            "co_argcount",
            Value::Int(crate::runtime::int::int_from_len(p.args.len())),
        );
        ns.set_str(
            "co_posonlyargcount",
            Value::Int(crate::runtime::int::int_from_len(p.posonly)),
        );
        ns.set_str(
            "co_kwonlyargcount",
            Value::Int(crate::runtime::int::int_from_len(p.kwonly.len())),
        );
        ns.set_str("co_varnames", Value::tuple(names));
        let code = Instance::new(self.types.dict_backed_class("code"));
        code.replace_dict(crate::runtime::collector::new_dict_rc(ns));
        Value::Instance(code)
    }

    fn function_getattr(
        &mut self,
        obj: &Value,
        f: &crate::runtime::function::Function,
        name: &str,
    ) -> PyResult<Value> {
        // A name a decorator assigned wins over the definition's.
        if let Some(v) = f.renamed(name) {
            return Ok(v);
        }
        match name {
            "__name__" => Ok(Value::str(&f.def.name)),
            "__qualname__" => Ok(Value::str(&f.qualname)),
            "__module__" => Ok(f.globals.get_str("__name__").unwrap_or(Value::None)),
            "__defaults__" => Ok(if f.defaults.is_empty() {
                Value::None
            } else {
                Value::tuple(f.defaults.clone())
            }),
            "__doc__" => Ok(super::class_build::function_doc(f).unwrap_or(Value::None)),
            "__annotations__" => {
                Ok(Value::Dict(f.annotations.clone().unwrap_or_else(|| {
                    crate::runtime::collector::new_dict_rc(PyDict::new())
                })))
            }
            "__dict__" => Ok(Value::Dict(self.function_attrs(f))),
            "__class__" => Ok(Value::Class(self.types.function.clone())),
            "__code__" => Ok(self.code_object(f)),
            _ => {
                if let Some(d) = &*f.attrs.borrow() {
                    if let Some(v) = d.get_str(name) {
                        return Ok(v);
                    }
                }
                if name == "__get__" {
                    return self.bound_builtin(obj, name);
                }
                Err(no_attribute("function", name))
            }
        }
    }

    fn function_attrs(&mut self, f: &crate::runtime::function::Function) -> Rc<PyDict> {
        let mut attrs = f.attrs.borrow_mut();
        attrs
            .get_or_insert_with(|| crate::runtime::collector::new_dict_rc(PyDict::new()))
            .clone()
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
            "__dict__" => {
                return Ok(Value::DictView(Rc::new(crate::runtime::iter::DictView {
                    dict: c.dict.clone(),
                    kind: crate::runtime::iter::ViewKind::Proxy,
                })))
            }
            "__class__" => return Ok(Value::Class(self.types.class_of(&Value::Class(c.clone())))),
            "__doc__" => return Ok(c.dict.get_str("__doc__").unwrap_or(Value::None)),
            _ => {}
        }
        // The metaclass's data descriptors (a property on it) come first.
        let meta = c.metaclass.clone();
        if let Some(m) = &meta {
            if let Some(d) = m.lookup(name) {
                if self.is_data_descriptor(&d) {
                    return self.descr_get(d, Some(&Value::Class(c.clone())), m);
                }
            }
        }
        match c.lookup(name) {
            Some(v) => self.descr_get(v, None, c),
            None => {
                // Methods of the metaclass (`type`'s own, as `C.mro()`),
                // bound to the class.
                let meta = meta.unwrap_or_else(|| self.types.type_.clone());
                if let Some(m) = meta.lookup(name) {
                    return self.descr_get(m, Some(&Value::Class(c.clone())), &meta);
                }
                Err(PyErr::attribute_error(format!(
                    "type object '{}' has no attribute '{}'",
                    c.name, name
                )))
            }
        }
    }

    /// A plain function found by `super()` for an instance: the function
    /// and the instance to pass as self.
    pub fn super_method(
        &self,
        s: &crate::runtime::descriptor::SuperObj,
        name: &str,
    ) -> Option<(Value, Value)> {
        if matches!(s.obj, Value::Class(_)) {
            return None;
        }
        self.super_method_in(&s.after, &s.obj, &s.obj_type, name)
    }

    /// A plain function named `name` after `after` in `obj_type`'s MRO,
    /// with `obj` as the receiver (`None` for anything but a function).
    pub fn super_method_in(
        &self,
        after: &Rc<Class>,
        obj: &Value,
        obj_type: &Rc<Class>,
        name: &str,
    ) -> Option<(Value, Value)> {
        match lookup_after(obj_type, after, name)? {
            v @ Value::Function(_) => Some((v, obj.clone())),
            _ => None,
        }
    }

    fn super_getattr(
        &mut self,
        s: &crate::runtime::descriptor::SuperObj,
        name: &str,
    ) -> PyResult<Value> {
        if name == "__class__" {
            return Ok(Value::Class(self.types.super_class()));
        }
        if let Some(v) = lookup_after(&s.obj_type, &s.after, name) {
            // A class is the receiver when super() runs in a metaclass's
            // method (the class is an instance there), not in a classmethod.
            let in_metaclass = s.obj_type.is_subclass(&self.types.type_);
            let receiver = match &s.obj {
                Value::Class(_) if !in_metaclass => None,
                o => Some(o),
            };
            return self.descr_get(v, receiver, &s.obj_type);
        }
        Err(PyErr::attribute_error(format!(
            "'super' object has no attribute '{}'",
            name
        )))
    }

    fn exception_attr(&mut self, inst: &Instance, name: &str) -> Option<Value> {
        let data = inst.exc()?;
        let d = data.borrow();
        let class = inst.class();
        Some(match name {
            "args" => Value::tuple(d.args.clone()),
            "__cause__" => d.cause.clone().unwrap_or(Value::None),
            "__context__" => d.context.clone().unwrap_or(Value::None),
            "__suppress_context__" => Value::Bool(d.suppress_context),
            "__traceback__" => Value::None,
            "value"
                if class
                    .exc_base
                    .is_some_and(|k| k.is_subkind(ExcKind::StopIteration)) =>
            {
                d.args.first().cloned().unwrap_or(Value::None)
            }
            "code"
                if class
                    .exc_base
                    .is_some_and(|k| k.is_subkind(ExcKind::SystemExit)) =>
            {
                match d.args.len() {
                    0 => Value::None,
                    1 => d.args[0].clone(),
                    _ => Value::tuple(d.args.clone()),
                }
            }
            "msg"
                if class
                    .exc_base
                    .is_some_and(|k| k.is_subkind(ExcKind::SyntaxError)) =>
            {
                d.args.first().cloned().unwrap_or(Value::None)
            }
            _ => return None,
        })
    }

    // ------------------------------------------------------------ setting

    pub fn setattr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(sa) = user_override(inst.class(), "__setattr__") {
                    self.call(&sa, vec![obj.clone(), Value::str(name), v], Vec::new())?;
                    return Ok(());
                }
                self.generic_setattr(obj, inst, name, v)
            }
            Value::Class(c) => {
                // A metaclass's own `__setattr__` (an enum refusing to
                // rebind its members).
                if let Some(meta) = &c.metaclass {
                    if let Some(sa) = user_override(meta, "__setattr__") {
                        self.call(&sa, vec![obj.clone(), Value::str(name), v], Vec::new())?;
                        return Ok(());
                    }
                }
                self.type_setattr(c, name, v)
            }
            Value::Function(f) => {
                if matches!(name, "__name__" | "__qualname__") && !matches!(v, Value::Str(_)) {
                    return Err(PyErr::type_error(format!(
                        "{} must be set to a string object",
                        name
                    )));
                }
                if name == "__annotations__" && !matches!(v, Value::Dict(_)) {
                    return Err(PyErr::type_error(
                        "__annotations__ must be set to a dict object",
                    ));
                }
                if FunctionNames::is_naming(name) {
                    let mut renamed = f.renamed.borrow_mut();
                    if let Some(slot) = renamed.get_or_insert_with(Default::default).slot(name) {
                        *slot = Some(v);
                    }
                } else {
                    self.function_attrs(f).set_str(name, v);
                }
                Ok(())
            }
            _ => {
                let has = self.types.class_of(obj).lookup(name).is_some();
                let data_attr = matches!(
                    (obj, name),
                    (
                        Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
                        "real" | "imag" | "numerator" | "denominator"
                    ) | (Value::Float(_), "real" | "imag")
                );
                Err(PyErr::attribute_error(if data_attr {
                    format!(
                        "attribute '{}' of '{}' objects is not writable",
                        name,
                        obj.type_name()
                    )
                } else if has {
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

    /// `type.__setattr__`: set an attribute of a class written in Python.
    pub(crate) fn type_setattr(&mut self, c: &Rc<Class>, name: &str, v: Value) -> PyResult<()> {
        if c.is_user() {
            let is_init = name == "__init__" && matches!(v, Value::Function(_));
            c.dict.set_str(name, v);
            crate::runtime::class::classes_changed();
            if is_init {
                super::class_build::predict_keys_for_new_init(c);
            }
            Ok(())
        } else {
            Err(PyErr::type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name, c.name
            )))
        }
    }

    /// `object.__setattr__`.
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        inst: &Instance,
        name: &str,
        v: Value,
    ) -> PyResult<()> {
        let cls = inst.class().clone();
        if name == "__class__" {
            return match &v {
                Value::Class(c) if Rc::ptr_eq(c, &cls) => Ok(()),
                Value::Class(_) => Err(PyErr::new(
                    ExcKind::NotImplementedError,
                    "__class__ assignment is not supported by pyslot",
                )),
                other => Err(PyErr::type_error(format!(
                    "__class__ must be set to a class, not '{}' object",
                    other.type_name()
                ))),
            };
        }
        if let Some(d) = cls.lookup(name) {
            match &d {
                Value::Member(m) => {
                    self.check_member_owner(m, inst)?;
                    let old = inst.set(m.index, Some(v));
                    drop(old);
                    return Ok(());
                }
                Value::Property(p) => {
                    if p.fset.is_none() {
                        return Err(PyErr::attribute_error(
                            p.missing_message("setter", &cls.name),
                        ));
                    }
                    let fset = p.fset.clone();
                    self.call(&fset, vec![obj.clone(), v], Vec::new())?;
                    return Ok(());
                }
                Value::Instance(di) => {
                    if let Some(set) = di.class().lookup("__set__") {
                        self.call(&set, vec![d.clone(), obj.clone(), v], Vec::new())?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if let Some(data) = inst.exc() {
            let mut d = data.borrow_mut();
            match name {
                "args" => {
                    drop(d);
                    let args = self.collect(&v)?;
                    data.borrow_mut().args = args;
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
        if name == "__dict__" && inst.has_dict() {
            return match v {
                Value::Dict(d) => {
                    inst.replace_dict(d);
                    Ok(())
                }
                other => Err(PyErr::type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    other.type_name()
                ))),
            };
        }
        if inst.set_attr(name, v) {
            Ok(())
        } else if cls.lookup(name).is_some() {
            Err(PyErr::attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                cls.name, name
            )))
        } else {
            Err(no_attribute(&cls.name, name))
        }
    }

    pub fn delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(da) = user_override(inst.class(), "__delattr__") {
                    self.call(&da, vec![obj.clone(), Value::str(name)], Vec::new())?;
                    return Ok(());
                }
                self.generic_delattr(obj, inst, name)
            }
            Value::Class(c) if c.is_user() => {
                if let Some(meta) = &c.metaclass {
                    if let Some(da) = user_override(meta, "__delattr__") {
                        self.call(&da, vec![obj.clone(), Value::str(name)], Vec::new())?;
                        return Ok(());
                    }
                }
                type_delattr(c, name)
            }
            Value::Function(f) => match self.function_attrs(f).remove_str(name) {
                Some(_) => Ok(()),
                None => Err(no_attribute("function", name)),
            },
            _ => Err(no_attribute(&obj.type_name(), name)),
        }
    }

    /// `object.__delattr__`.
    pub fn generic_delattr(&mut self, obj: &Value, inst: &Instance, name: &str) -> PyResult<()> {
        let cls = inst.class().clone();
        if let Some(d) = cls.lookup(name) {
            match &d {
                Value::Member(m) => {
                    self.check_member_owner(m, inst)?;
                    return match inst.set(m.index, None) {
                        Some(_) => Ok(()),
                        None => Err(PyErr::attribute_error(m.name.to_string())),
                    };
                }
                Value::Property(p) => {
                    if p.fdel.is_none() {
                        return Err(PyErr::attribute_error(
                            p.missing_message("deleter", &cls.name),
                        ));
                    }
                    let fdel = p.fdel.clone();
                    self.call(&fdel, vec![obj.clone()], Vec::new())?;
                    return Ok(());
                }
                Value::Instance(di) => {
                    if let Some(del) = di.class().lookup("__delete__") {
                        self.call(&del, vec![d.clone(), obj.clone()], Vec::new())?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        match inst.del_attr(name) {
            Some(_) => Ok(()),
            None => Err(no_attribute(&cls.name, name)),
        }
    }
}

/// A special method defined by Python code somewhere in the MRO (not the
/// builtin default of `object`).
/// `type.__delattr__`: remove an attribute of a class written in Python.
pub(crate) fn type_delattr(c: &Rc<Class>, name: &str) -> PyResult<()> {
    match c.dict.remove_str(name) {
        Some(_) => {
            crate::runtime::class::classes_changed();
            Ok(())
        }
        None => Err(PyErr::attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            c.name, name
        ))),
    }
}

pub(crate) fn user_override(cls: &Rc<Class>, name: &str) -> Option<Value> {
    match cls.lookup(name)? {
        Value::Builtin(_) => None,
        v => Some(v),
    }
}

/// `name` in the first class after `after` in `obj_type`'s MRO that has it
/// (what `super()` finds), walking the MRO without building it.
fn lookup_after(obj_type: &Rc<Class>, after: &Rc<Class>, name: &str) -> Option<Value> {
    std::iter::once(obj_type)
        .chain(obj_type.mro_rest.iter())
        .skip_while(|c| !Rc::ptr_eq(c, after))
        .skip(1)
        .find_map(|c| c.dict.get_str(name))
}
