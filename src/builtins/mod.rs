//! The builtin namespace and the methods of builtin types, one file per family.

pub(crate) mod array_type;
pub(crate) mod bisect_module;
pub(crate) mod bytearray_type;
pub(crate) mod bytes_methods;
pub(crate) mod complex_type;
pub(crate) mod constructors;
pub(crate) mod container_dunders;
pub(crate) mod ctype_module;
pub(crate) mod deque_type;
pub(crate) mod dict_methods;
pub(crate) mod evaluation;
pub(crate) mod exceptions;
pub(crate) mod files_module;
pub(crate) mod float_hex;
pub(crate) mod frozen_trees;
pub(crate) mod functions;
pub(crate) mod gc_module;
pub(crate) mod generators;
pub(crate) mod hashlib_module;
pub(crate) mod heapq_module;
pub(crate) mod help;
pub(crate) mod int_bytes;
pub(crate) mod introspect;
pub(crate) mod iterators;
pub(crate) mod list_methods;
pub(crate) mod math_more;
pub(crate) mod math_special;
pub(crate) mod modules;
pub(crate) mod more_dunders;
pub(crate) mod namespaces;
pub(crate) mod number_methods;
pub(crate) mod objects;
pub(crate) mod random_core;
pub(crate) mod regex_module;
pub(crate) mod regex_syntax;
pub(crate) mod set_methods;
pub(crate) mod str_methods;
pub(crate) mod struct_module;
pub(crate) mod sys_module;
pub(crate) mod time_module;
pub(crate) mod traceback_module;
pub(crate) mod weakref_module;

use std::rc::Rc;

use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::{Builtin, Kwargs, NativeFn};
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;

pub(crate) fn install(interp: &mut Interp) {
    functions::register(interp);
    namespaces::install(interp);
    introspect::register(interp);
    evaluation::register(interp);
    bytes_methods::register(interp);
    bytearray_type::register(interp);
    complex_type::register(interp);
    int_bytes::register(interp);
    float_hex::register(interp);
    more_dunders::register(interp);
    constructors::register(interp);
    str_methods::register(&interp.types.str_.clone());
    list_methods::register(&interp.types.list.clone(), &interp.types.tuple.clone());
    dict_methods::register(&interp.types.dict.clone());
    dict_methods::register_views(
        &interp
            .types
            .misc_class("dict_keys", crate::runtime::class::BuiltinKind::DictView),
        &interp
            .types
            .misc_class("dict_items", crate::runtime::class::BuiltinKind::DictView),
    );
    dict_methods::register_proxy(
        &interp
            .types
            .misc_class("mappingproxy", crate::runtime::class::BuiltinKind::DictView),
    );
    set_methods::register(&interp.types.set.clone(), &interp.types.frozenset.clone());
    container_dunders::register(interp);
    number_methods::register(interp);
    number_methods::register_dunders(interp);
    objects::register(interp);
    generators::register(interp);
    objects::register_exceptions(interp);
    exceptions::register(interp);
    let b = interp.builtins.clone();
    for c in interp.types.exc.clone() {
        b.set_str(&c.name.clone(), Value::Class(c));
    }
    help::install(interp);
}

/// Register a builtin function in the builtins namespace.
pub(crate) fn def_fn(interp: &Interp, name: &'static str, sig: &'static str, func: NativeFn) {
    interp.builtins.set_str(name, native(name, sig, func));
}

/// Put native functions in a module's namespace, each under its name and
/// knowing its module's (for `__module__` and messages like `math.sqrt()
/// takes no keyword arguments`).
pub(crate) fn def_natives(
    ns: &crate::runtime::dict::PyDict,
    module: &'static str,
    fns: &[(&'static str, &'static str, NativeFn)],
) {
    for &(name, sig, func) in fns {
        ns.set_str(name, native_in(module, name, sig, func));
    }
}

/// A module's builtin type (`array.array`, `collections.deque`), made by
/// `make` once per interpreter and kept in `types.misc` under `key`.
pub(crate) fn module_class(
    it: &Interp,
    key: &'static str,
    make: fn(&Interp) -> Rc<Class>,
) -> Rc<Class> {
    let known = it.types.misc.borrow().get(key).cloned();
    known.unwrap_or_else(|| {
        let c = make(it);
        it.types.misc.borrow_mut().insert(key, c.clone());
        c
    })
}

/// Register methods on a builtin type (`def_method` for each).
pub(crate) fn def_methods(class: &Class, methods: &[(&'static str, &'static str, NativeFn)]) {
    for &(name, sig, f) in methods {
        def_method(class, name, sig, f);
    }
}

/// Register special methods on a builtin type (`def_slot` for each).
pub(crate) fn def_slots(class: &Class, slots: &[(&'static str, NativeFn)]) {
    for &(name, f) in slots {
        def_slot(class, name, f);
    }
}

/// A native function as a value (not bound, not a method).
pub(crate) fn native(name: &'static str, sig: &'static str, func: NativeFn) -> Value {
    native_in("", name, sig, func)
}

/// A module's native function (`module` "" for a builtin's own).
fn native_in(module: &'static str, name: &'static str, sig: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        sig: Signature::declared(sig),
        bound: None,
        is_method: false,
        on_class: false,
        owner: module,
    }))
}

/// Put a plain native function into a class namespace (constructors and
/// `__new__`, called with the arguments as given).
pub(crate) fn def_static(
    class: &Class,
    name: &'static str,
    key: &str,
    sig: &'static str,
    func: NativeFn,
) {
    crate::runtime::class::classes_changed();
    class.dict.set_str(key, native(name, sig, func));
}

/// Register a class method on a builtin type (`dict.fromkeys`).
pub(crate) fn def_classmethod(
    class: &Class,
    name: &'static str,
    sig: &'static str,
    func: NativeFn,
) {
    crate::runtime::class::classes_changed();
    let f = Value::Builtin(Rc::new(Builtin {
        name,
        func,
        sig: Signature::declared(sig),
        bound: None,
        is_method: false,
        on_class: true,
        owner: "",
    }));
    class.dict.set_str(name, Value::ClassMethod(Rc::new(f)));
}

/// A read-only attribute of a builtin type computed by `get` (a property
/// on the type, named after the attribute for its messages).
pub(crate) fn def_getter(class: &Class, name: &'static str, get: NativeFn) {
    crate::runtime::class::classes_changed();
    class.dict.set_str(
        name,
        Value::Property(Rc::new(crate::runtime::descriptor::Property {
            fget: native(name, "(self, /)", get),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
            name: std::cell::RefCell::new(Some(Rc::from(name))),
        })),
    );
}

/// Register a method on a builtin type.
pub(crate) fn def_method(class: &Class, name: &'static str, sig: &'static str, func: NativeFn) {
    let owner: &'static str = match &*class.name {
        "str" => "str",
        "list" => "list",
        "tuple" => "tuple",
        "dict" => "dict",
        "set" => "set",
        "frozenset" => "frozenset",
        "int" => "int",
        "float" => "float",
        "range" => "range",
        "bytes" => "bytes",
        "bytearray" => "bytearray",
        "deque" => "collections.deque",
        "Random" => "_random.Random",
        "complex" => "complex",
        "generator" => "generator",
        "BaseException" => "BaseException",
        "type" => "type",
        "property" => "property",
        _ => "object",
    };
    crate::runtime::class::classes_changed();
    class.dict.set_str(
        name,
        Value::Builtin(Rc::new(Builtin {
            name,
            func,
            sig: Signature::declared(sig),
            bound: None,
            is_method: true,
            on_class: false,
            owner,
        })),
    );
}

/// Register a special method on a builtin type, with the signature every
/// type's method of that name has (`runtime::slots::signature`).
pub(crate) fn def_slot(class: &Class, name: &'static str, func: NativeFn) {
    let sig = crate::runtime::slots::signature(name)
        .unwrap_or_else(|| panic!("{name} is not a special method in runtime/slots.rs"));
    def_method(class, name, sig, func);
}

/// How CPython's argument-checking code names a wrong argument's type in
/// "argument 1 must be list, not None": `None` itself, else the type.
pub(crate) fn arg_type_name(v: &Value) -> String {
    match v {
        Value::None => "None".to_string(),
        other => other.type_name(),
    }
}

/// Check a builtin's argument count, with CPython's wording.
pub(crate) fn check_args(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let plural = |k: usize| if k == 1 { "argument" } else { "arguments" };
    Err(PyErr::type_error(if min == max {
        if min == 1 {
            format!("{}() takes exactly one argument ({} given)", name, n)
        } else if min == 0 {
            format!("{}() takes no arguments ({} given)", name, n)
        } else {
            format!("{} expected {} {}, got {}", name, min, plural(min), n)
        }
    } else if n < min {
        format!(
            "{} expected at least {} {}, got {}",
            name,
            min,
            plural(min),
            n
        )
    } else {
        format!(
            "{} expected at most {} {}, got {}",
            name,
            max,
            plural(max),
            n
        )
    }))
}

pub(crate) fn no_kwargs(name: &str, kwargs: Kwargs) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            name
        )))
    }
}

/// A keyword argument by name.
pub(crate) fn kwarg<'a>(kwargs: Kwargs<'a>, name: &str) -> Option<&'a Value> {
    kwargs.iter().find(|(k, _)| &**k == name).map(|(_, v)| v)
}

/// Reject keyword arguments other than `allowed`.
pub(crate) fn only_kwargs(fname: &str, kwargs: Kwargs, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kwargs {
        if !allowed.contains(&&**k) {
            return Err(PyErr::type_error(format!(
                "{}() got an unexpected keyword argument '{}'",
                fname, k
            )));
        }
    }
    Ok(())
}

/// An integer argument: an int, a bool, or an object with `__index__`
/// (as CPython's `PyNumber_AsSsize_t` accepts).
pub(crate) fn want_int(it: &mut Interp, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::Instance(_) | Value::BigInt(_) => it.to_index(v),
        _ => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))),
    }
}

/// An integer argument that CPython reads as a C int: `want_int`'s, then
/// OverflowError beyond the int's range.
pub(crate) fn want_c_int(it: &mut Interp, v: &Value) -> PyResult<i32> {
    let n = match v {
        Value::BigInt(_) => None,
        other => i32::try_from(want_int(it, other)?).ok(),
    };
    n.ok_or_else(|| PyErr::overflow("Python int too large to convert to C int"))
}

pub(crate) fn self_str(args: &[Value]) -> &str {
    match args.first() {
        Some(Value::Str(s)) => s.as_str(),
        _ => "",
    }
}
