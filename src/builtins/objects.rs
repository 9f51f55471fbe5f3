//! `object`'s own methods, the descriptor types (`property`,
//! `classmethod`, `staticmethod`), `super`, and `sizeof`.

use std::cell::RefCell;
use std::rc::Rc;

use pyslot_grammar::ast::Name;

use super::{check_args, def_fn, def_method, def_slot, kwarg};
use crate::interp::Interp;
use crate::runtime::class::BuiltinKind;
use crate::runtime::descriptor::{Property, SuperObj};
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::{Kwargs, NativeFn};
use crate::runtime::value::Value;

pub(crate) fn register(i: &Interp) {
    let object = i.types.object.clone();
    def_slot(&object, "__init__", object_init);
    def_slot(&object, "__setattr__", object_setattr);
    def_slot(&object, "__getattribute__", object_getattribute);
    def_slot(&object, "__delattr__", object_delattr);
    def_slot(&object, "__repr__", object_repr);
    def_slot(&object, "__str__", object_str);
    def_slot(&object, "__eq__", object_eq);
    def_slot(&object, "__ne__", object_ne);
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        def_slot(&object, name, object_no_order);
    }
    def_slot(&object, "__hash__", object_hash);
    def_slot(&object, "__format__", object_format);
    // A class method, as in CPython: `super().__init_subclass__()` binds it.
    super::def_classmethod(
        &object,
        "__init_subclass__",
        "(*args, **kwargs)",
        object_init_subclass,
    );
    def_slot(&object, "__dir__", object_dir);
    def_slot(&object, "__sizeof__", object_sizeof);
    // `__class__` is listed by dir(); attribute access handles it directly.
    object.dict.set_str("__class__", Value::None);
    // `object.__new__(cls)` allocates an instance of any class.
    set_static(&object, "__new__", object_new);

    let property = i.types.misc_class("property", BuiltinKind::Object);
    set_static(&property, "__new__", property_new);
    def_method(&property, "getter", "(fget, /)", property_getter);
    def_method(&property, "setter", "(fset, /)", property_setter);
    def_method(&property, "deleter", "(fdel, /)", property_deleter);
    def_method(
        &property,
        "__set_name__",
        "(owner, name, /)",
        property_set_name,
    );
    def_slot(&property, "__get__", descr_get);
    def_slot(&property, "__set__", descr_set);
    def_slot(&property, "__delete__", descr_delete);
    i.builtins.set_str("property", Value::Class(property));

    let classmethod = i.types.misc_class("classmethod", BuiltinKind::Object);
    set_static(&classmethod, "__new__", classmethod_new);
    def_slot(&classmethod, "__get__", descr_get);
    i.builtins.set_str("classmethod", Value::Class(classmethod));

    let staticmethod = i.types.misc_class("staticmethod", BuiltinKind::Object);
    set_static(&staticmethod, "__new__", staticmethod_new);
    def_slot(&staticmethod, "__get__", descr_get);
    i.builtins
        .set_str("staticmethod", Value::Class(staticmethod));

    let member = i.types.misc_class("member_descriptor", BuiltinKind::Object);
    def_slot(&member, "__get__", descr_get);
    def_slot(&member, "__set__", descr_set);
    def_slot(&member, "__delete__", descr_delete);

    let function = i.types.function.clone();
    def_slot(&function, "__get__", descr_get);

    let sup = i.types.super_class();
    set_static(&sup, "__new__", super_new);
    i.builtins.set_str("super", Value::Class(sup));

    def_fn(i, "sizeof", "(obj, /, deep=False)", sizeof);
}

/// A class's constructor: called with the arguments of `Class(...)`.
fn set_static(class: &crate::runtime::class::Class, name: &'static str, f: NativeFn) {
    super::def_static(class, name, name, "(*args, **kwargs)", f);
}

/// Whether `b` is `object.__new__`.
pub(crate) fn is_object_new(b: &crate::runtime::function::Builtin) -> bool {
    std::ptr::fn_addr_eq(b.func, object_new as NativeFn)
}

/// Whether `b` is `object.__init__`.
pub(crate) fn is_object_init(b: &crate::runtime::function::Builtin) -> bool {
    std::ptr::fn_addr_eq(b.func, object_init as NativeFn)
}

fn object_new(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match args.first() {
        None => Ok(Value::Instance(crate::runtime::instance::Instance::new(
            it.types.object.clone(),
        ))),
        Some(Value::Class(c)) => {
            if !c.is_user() && !Rc::ptr_eq(c, &it.types.object) {
                if let BuiltinKind::Exception(_) = c.kind {
                    return Ok(it.new_instance(c, args[1..].to_vec()));
                }
                return Err(PyErr::type_error(format!(
                    "object.__new__({}) is not safe, use {}.__new__()",
                    c.name, c.name
                )));
            }
            Ok(it.new_instance(c, args[1..].to_vec()))
        }
        Some(other) => Err(PyErr::type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            other.type_name()
        ))),
    }
}

fn object_init(_it: &mut Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    if args.len() > 1 || !kwargs.is_empty() {
        return Err(PyErr::type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    Ok(Value::None)
}

fn attr_name(v: &Value) -> PyResult<&str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

fn object_setattr(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let name = attr_name(&args[1])?;
    match &args[0] {
        Value::Instance(inst) => {
            it.generic_setattr(&args[0], &inst.clone(), name, args[2].clone())?
        }
        // `type.__setattr__` (what a metaclass's `super().__setattr__`
        // reaches): never the metaclass's own method again.
        Value::Class(c) => it.type_setattr(&c.clone(), name, args[2].clone())?,
        other => it.setattr(other, name, args[2].clone())?,
    }
    Ok(Value::None)
}

fn object_getattribute(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let name = attr_name(&args[1])?;
    match &args[0] {
        Value::Instance(inst) => {
            let cls = inst.class().clone();
            match it.generic_getattr(&args[0], &inst.clone(), &cls, name)? {
                Some(v) => Ok(v),
                None => Err(PyErr::attribute_error(format!(
                    "'{}' object has no attribute '{}'",
                    cls.name, name
                ))),
            }
        }
        other => it.getattr(other, name),
    }
}

fn object_delattr(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let name = attr_name(&args[1])?;
    match &args[0] {
        Value::Instance(inst) => it.generic_delattr(&args[0], &inst.clone(), name)?,
        Value::Class(c) if c.is_user() => crate::interp::attr::type_delattr(c, name)?,
        other => it.delattr(other, name)?,
    }
    Ok(Value::None)
}

fn object_repr(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match &args[0] {
        Value::Instance(inst) => {
            let c = inst.class();
            Ok(Value::string(format!(
                "<{}.{} object at {:#x}>",
                c.module,
                c.qualname.borrow(),
                inst.addr()
            )))
        }
        other => Ok(Value::string(it.repr(other)?)),
    }
}

fn object_str(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::string(it.repr(&args[0])?))
}

fn object_eq(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(if args[0].is(&args[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

/// `object.__ne__`: the inverse of `__eq__`, unless that has no answer.
fn object_ne(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let eq = match it.call_special(&args[0], "__eq__", vec![args[1].clone()]) {
        Some(r) => r?,
        None => Value::NotImplemented,
    };
    if let Value::NotImplemented = eq {
        return Ok(eq);
    }
    Ok(Value::Bool(!it.truthy(&eq)?))
}

/// `object.__lt__` and the other orderings: no answer (the operator then
/// tries the reflected method, then raises TypeError).
fn object_no_order(_it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn object_hash(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let p = args[0].heap_ptr().unwrap_or(0) as u64;
    Ok(Value::Int((p.rotate_right(4) >> 1).cast_signed()))
}

fn object_format(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match &args[1] {
        Value::Str(s) if s.s.is_empty() => Ok(Value::string(it.to_str(&args[0])?)),
        _ => Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            args[0].type_name()
        ))),
    }
}

fn object_init_subclass(_it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() || args.len() > 1 {
        let name = match args.first() {
            Some(Value::Class(c)) => c.name.to_string(),
            _ => "object".to_string(),
        };
        return Err(PyErr::type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

fn object_dir(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let dir = it.builtins.get_str("dir").unwrap_or(Value::None);
    it.call(&dir, vec![args[0].clone()], Vec::new())
}

// ------------------------------------------------------------ descriptors

fn property_new(_it: &mut Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let get = |i: usize, name: &str| -> Value {
        args.get(i)
            .or_else(|| kwarg(kwargs, name))
            .cloned()
            .unwrap_or(Value::None)
    };
    if args.len() > 4 {
        return Err(PyErr::type_error(format!(
            "property expected at most 4 arguments, got {}",
            args.len()
        )));
    }
    let fget = get(0, "fget");
    let mut doc = get(3, "doc");
    if doc.is_none() {
        if let Value::Function(f) = &fget {
            doc = crate::interp::class_build::function_doc(f).unwrap_or(Value::None);
        }
    }
    Ok(Value::Property(Rc::new(Property {
        fget,
        fset: get(1, "fset"),
        fdel: get(2, "fdel"),
        doc,
        name: RefCell::new(None),
    })))
}

fn with_accessor(args: &[Value], name: &str, which: u8) -> PyResult<Value> {
    let Value::Property(p) = &args[0] else {
        return Err(PyErr::type_error(format!(
            "descriptor '{}' requires a 'property' object",
            name
        )));
    };
    let f = args[1].clone();
    Ok(Value::Property(Rc::new(Property {
        fget: if which == 0 {
            f.clone()
        } else {
            p.fget.clone()
        },
        fset: if which == 1 {
            f.clone()
        } else {
            p.fset.clone()
        },
        fdel: if which == 2 { f } else { p.fdel.clone() },
        doc: p.doc.clone(),
        name: p.name.clone(),
    })))
}

/// `property.__set_name__(owner, name)`: called when a class body binds
/// it, so its messages can say which attribute it is.
fn property_set_name(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if let (Value::Property(p), Some(name)) = (&args[0], args.get(2)) {
        *p.name.borrow_mut() = name.as_str().map(Name::from);
    }
    Ok(Value::None)
}

fn property_getter(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    with_accessor(args, "getter", 0)
}
fn property_setter(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    with_accessor(args, "setter", 1)
}
fn property_deleter(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    with_accessor(args, "deleter", 2)
}

/// `descr.__get__(obj, type=None)` for the builtin descriptors.
fn descr_get(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let obj = &args[1];
    let owner = match (args.get(2), obj) {
        (Some(Value::Class(c)), _) => c.clone(),
        (_, o) => it.types.class_of(o),
    };
    let receiver = if obj.is_none() { None } else { Some(obj) };
    it.descr_get(args[0].clone(), receiver, &owner)
}

fn descr_set(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match (&args[0], &args[1]) {
        (Value::Member(m), Value::Instance(inst)) => {
            if !inst.class().is_subclass(&m.owner) {
                return Err(PyErr::type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    m.name,
                    m.owner.name,
                    inst.class().name
                )));
            }
            inst.set(m.index, Some(args[2].clone()));
            Ok(Value::None)
        }
        (Value::Member(m), other) => Err(PyErr::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            m.name,
            m.owner.name,
            other.type_name()
        ))),
        (Value::Property(p), obj) => {
            if p.fset.is_none() {
                return Err(PyErr::attribute_error("can't set attribute"));
            }
            let f = p.fset.clone();
            it.call(&f, vec![obj.clone(), args[2].clone()], Vec::new())?;
            Ok(Value::None)
        }
        _ => Err(PyErr::type_error("__set__ on a non-data descriptor")),
    }
}

fn descr_delete(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match (&args[0], &args[1]) {
        (Value::Member(m), Value::Instance(inst)) => match inst.set(m.index, None) {
            Some(_) => Ok(Value::None),
            None => Err(PyErr::attribute_error(m.name.to_string())),
        },
        (Value::Property(p), obj) => {
            if p.fdel.is_none() {
                return Err(PyErr::attribute_error("can't delete attribute"));
            }
            let f = p.fdel.clone();
            it.call(&f, vec![obj.clone()], Vec::new())?;
            Ok(Value::None)
        }
        _ => Err(PyErr::type_error("__delete__ on a non-data descriptor")),
    }
}

fn classmethod_new(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_args("classmethod", args, 1, 1)?;
    Ok(Value::ClassMethod(Rc::new(args[0].clone())))
}

fn staticmethod_new(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_args("staticmethod", args, 1, 1)?;
    Ok(Value::StaticMethod(Rc::new(args[0].clone())))
}

/// `super(type, obj)`; the zero-argument form is resolved by the evaluator.
fn super_new(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(PyErr::runtime_error("super(): no arguments"));
    }
    make_super(it, &args[0], &args[1])
}

pub(crate) fn make_super(it: &mut Interp, typ: &Value, obj: &Value) -> PyResult<Value> {
    let Value::Class(after) = typ else {
        return Err(PyErr::type_error(format!(
            "super() argument 1 must be a type, not {}",
            typ.type_name()
        )));
    };
    let obj_type = match obj {
        Value::Class(c) if c.is_subclass(after) => c.clone(),
        other => {
            let c = it.types.class_of(other);
            if !c.is_subclass(after) {
                return Err(PyErr::type_error(
                    "super(type, obj): obj must be an instance or subtype of type",
                ));
            }
            c
        }
    };
    Ok(Value::Super(Rc::new(SuperObj {
        after: after.clone(),
        obj: obj.clone(),
        obj_type,
    })))
}

// ------------------------------------------------------------------ sizeof

/// `sizeof(obj)`: the bytes this object occupies in pyslot.
/// `sizeof(obj, deep=False)` (also `sys.getsizeof` and `obj.__sizeof__()`).
pub(crate) fn sizeof(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let deep = match args.get(1).or_else(|| kwarg(kw, "deep")) {
        Some(d) => it.truthy(d)?,
        None => false,
    };
    let n = if deep {
        crate::runtime::sizeof::deep_sizeof(&args[0])
    } else {
        crate::runtime::sizeof::sizeof(&args[0])
    };
    Ok(Value::Int(crate::runtime::int::int_from_len(n)))
}

fn object_sizeof(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    sizeof(it, &args[..1], &[])
}

// ------------------------------------------------------ BaseException, type

pub(crate) fn register_exceptions(i: &Interp) {
    let base = i
        .types
        .exc_class(crate::runtime::exception::ExcKind::BaseException);
    def_slot(&base, "__init__", exc_init);
    def_slot(&base, "__str__", exc_str);
    def_slot(&base, "__repr__", exc_repr);
    def_method(&base, "with_traceback", "(tb, /)", exc_with_traceback);
    def_method(&i.types.type_, "mro", "()", type_mro);
    def_slot(&i.types.type_, "__subclasses__", type_subclasses);
    def_slot(&i.types.type_, "__call__", type_call);
    def_slot(&i.types.type_, "__init__", type_init);
}

fn exc_init(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if let Some(Value::Instance(inst)) = args.first() {
        if let Some(d) = inst.exc() {
            d.borrow_mut().args = args[1..].to_vec();
        }
    }
    Ok(Value::None)
}

fn exc_str(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if let Value::Instance(inst) = &args[0] {
        if let Some(text) = super::exceptions::oserror_str(it, inst)? {
            return Ok(Value::string(text));
        }
        if let Some(d) = inst.exc() {
            let a = d.borrow().args.clone();
            return Ok(Value::string(match a.len() {
                0 => String::new(),
                1 => it.to_str(&a[0])?,
                _ => it.repr(&Value::tuple(a))?,
            }));
        }
    }
    Ok(Value::string(it.to_str(&args[0])?))
}

fn exc_repr(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if let Value::Instance(inst) = &args[0] {
        if let Some(d) = inst.exc() {
            let a = d.borrow().args.clone();
            let inner = match a.len() {
                1 => it.repr(&a[0])?,
                _ => {
                    let mut parts = Vec::new();
                    for x in &a {
                        parts.push(it.repr(x)?);
                    }
                    parts.join(", ")
                }
            };
            return Ok(Value::string(format!("{}({})", inst.class().name, inner)));
        }
    }
    Ok(Value::string(it.repr(&args[0])?))
}

fn exc_with_traceback(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(args[0].clone())
}

/// `type.__call__(cls, ...)`: what calling a class does (a metaclass's
/// `__call__` reaches it through `super()`).
fn type_call(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => {
            let c = c.clone();
            it.instantiate_plain(&c, args[1..].to_vec(), kw.to_vec())
        }
        _ => Err(PyErr::type_error(
            "descriptor '__call__' requires a 'type' object",
        )),
    }
}

/// `type.__init__(cls, ...)`: nothing left to do once `__new__` made it.
fn type_init(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    // The class itself, then (name, bases, ns) or one object.
    match args.len().saturating_sub(1) {
        1 | 3 => Ok(Value::None),
        n => Err(PyErr::type_error(format!(
            "type.__init__() takes 1 or 3 arguments (got {n})"
        ))),
    }
}

/// `C.__subclasses__()`: the live classes naming C as a base, oldest first.
fn type_subclasses(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match &args[0] {
        Value::Class(c) => {
            let mut subs = c.subclasses.borrow_mut();
            subs.retain(|w| w.strong_count() > 0);
            Ok(Value::list(
                subs.iter()
                    .filter_map(|w| w.upgrade())
                    .map(Value::Class)
                    .collect(),
            ))
        }
        other => Err(PyErr::type_error(format!(
            "descriptor '__subclasses__' requires a 'type' object but received a '{}'",
            other.type_name()
        ))),
    }
}

fn type_mro(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match &args[0] {
        Value::Class(c) => Ok(Value::list(c.mro().into_iter().map(Value::Class).collect())),
        other => Err(PyErr::type_error(format!(
            "descriptor 'mro' requires a 'type' object but received a '{}'",
            other.type_name()
        ))),
    }
}
