//! Class statements: running the body, the C3 MRO, the instance layout
//! (`__slots__` or a `__dict__`), and calling a class to make an instance.

use std::cell::RefCell;
use std::rc::Rc;

use pyslot_grammar::ast::{ClassDef, Name, Stmt};

use super::frame::{Frame, FrameOwner};
use super::Interp;
use crate::runtime::class::{BuiltinKind, Class};
use crate::runtime::descriptor::MemberDescr;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{ExcData, PyErr, PyResult};
use crate::runtime::function::CellRef;
use crate::runtime::instance::{Instance, InstanceLayout};
use crate::runtime::value::Value;

impl Interp {
    /// Run a class statement's body and create the class.
    pub fn build_class(&mut self, f: &mut Frame, cls: &Rc<ClassDef>) -> PyResult<Value> {
        let mut given = Vec::with_capacity(cls.bases.len());
        for b in &cls.bases {
            given.push(self.eval(f, b)?);
        }
        let (bases, orig_bases) = self.resolve_bases(given)?;
        // Class keywords: `metaclass=`, the rest for __init_subclass__
        // (and the metaclass).
        let mut meta = None;
        let mut class_kwargs: Vec<(Name, Value)> = Vec::new();
        for k in &cls.keywords {
            let v = self.eval(f, &k.value)?;
            match k.arg.as_deref() {
                Some("metaclass") => match v {
                    Value::Class(m) => meta = Some(m),
                    other => {
                        return Err(PyErr::new(
                            crate::runtime::exception::ExcKind::NotImplementedError,
                            format!(
                                "pyslot takes only classes as metaclass, not {}",
                                other.type_name()
                            ),
                        ))
                    }
                },
                Some(name) => class_kwargs.push((Rc::from(name), v)),
                None => {
                    let Value::Dict(d) = v else {
                        return Err(PyErr::type_error("argument after ** must be a mapping"));
                    };
                    for (key, val) in d.items() {
                        if let Value::Str(s) = key {
                            class_kwargs.push((Rc::from(s.as_str()), val));
                        }
                    }
                }
            }
        }
        let meta = self.metaclass_for(meta, &bases)?;
        let bases_tuple = || Value::tuple(bases.iter().cloned().map(Value::Class).collect());
        // A metaclass's __prepare__ makes the namespace the body fills.
        let prepared = match &meta {
            Some(m) => match m.lookup("__prepare__") {
                Some(p @ (Value::Function(_) | Value::ClassMethod(_) | Value::StaticMethod(_))) => {
                    let p = self.descr_get(p, None, m)?;
                    let args = vec![Value::str(&cls.name), bases_tuple()];
                    match self.call(&p, args, class_kwargs.clone())? {
                        Value::Dict(d) => Some(d),
                        other => {
                            return Err(PyErr::type_error(format!(
                                "{}.__prepare__() must return a mapping, not {}",
                                m.name,
                                other.type_name()
                            )))
                        }
                    }
                }
                _ => None,
            },
            None => None,
        };
        let ns = prepared.unwrap_or_else(|| crate::runtime::collector::new_dict_rc(PyDict::new()));
        ns.set_str(
            "__module__",
            f.globals.get_str("__name__").unwrap_or(Value::None),
        );
        if let Some(orig) = orig_bases {
            ns.set_str("__orig_bases__", orig);
        }
        let qualname = f.qualify(&cls.name);
        ns.set_str("__qualname__", Value::str(&qualname));
        if let Some(doc) = docstring(&cls.body) {
            ns.set_str("__doc__", doc);
        }
        let scope = &cls.scope;
        let mut cells: Vec<CellRef> = Vec::with_capacity(scope.cell_names.len());
        for _ in 0..scope.n_cells {
            cells.push(crate::runtime::collector::new_cell());
        }
        for &i in &scope.free_from {
            cells.push(f.cells.get(i as usize).cloned().unwrap_or_default());
        }
        let mut body_frame = Frame {
            locals: Vec::new(),
            cells,
            globals: f.globals.clone(),
            sites: f.sites.clone(),
            class_ns: Some(ns.clone()),
            pos: cls.span.start,
            own_cells: scope.n_cells,
            owner: FrameOwner::Other {
                name: cls.name.clone(),
                source: f.source().clone(),
                qual_prefix: Some(qualname.clone()),
                qual_is_function: false,
            },
        };
        if let Err(mut e) = self.exec_block(&mut body_frame, &cls.body) {
            body_frame.add_traceback(&mut e);
            return Err(e);
        }
        // `__qualname__` lives on the type, not in its namespace; the body
        // may have set its own.
        let qualname: Name = match ns.remove_str("__qualname__") {
            Some(Value::Str(s)) => Rc::from(s.as_str()),
            Some(other) => {
                return Err(PyErr::type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    other.type_name()
                )))
            }
            None => qualname,
        };
        let class = match &meta {
            // A Python metaclass makes the class: `M(name, bases, ns, **kw)`.
            Some(m) if m.is_user() => {
                let args = vec![Value::str(&cls.name), bases_tuple(), Value::Dict(ns)];
                self.call(&Value::Class(m.clone()), args, class_kwargs)?
            }
            _ => self.new_class_of(&cls.name, bases, ns, meta.clone(), class_kwargs)?,
        };
        if let Value::Class(c) = &class {
            *c.qualname.borrow_mut() = qualname;
            // Fill the implicit `__class__` cell used by zero-argument super().
            if let Some(ci) = scope.cell_names.iter().position(|n| &**n == "__class__") {
                *body_frame.cells[ci].borrow_mut() = Some(class.clone());
            }
        }
        Ok(class)
    }

    /// `type(name, bases, ns)`: the MRO, the instance layout, the class.
    pub fn new_class(
        &mut self,
        name: &str,
        bases: Vec<Rc<Class>>,
        ns: Rc<PyDict>,
    ) -> PyResult<Value> {
        self.new_class_of(name, bases, ns, None, Vec::new())
    }

    /// `type.__new__(meta, name, bases, ns, **kw)`: a class whose type is
    /// `meta` (else the most derived of its bases' metaclasses); `kw` goes
    /// to the parent's `__init_subclass__`.
    pub fn new_class_of(
        &mut self,
        name: &str,
        bases: Vec<Rc<Class>>,
        ns: Rc<PyDict>,
        meta: Option<Rc<Class>>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        let meta = self.metaclass_for(meta, &bases)?;
        let bases = if bases.is_empty() {
            vec![self.types.object.clone()]
        } else {
            bases
        };
        for (i, b) in bases.iter().enumerate() {
            if bases[..i].iter().any(|o| Rc::ptr_eq(o, b)) {
                return Err(PyErr::type_error(format!(
                    "duplicate base class {}",
                    b.name
                )));
            }
        }
        // Builtin types other than object and the exceptions keep their
        // data in their own representation, which instances of a Python
        // subclass would need too.
        let builtin_bases: Vec<&Rc<Class>> = bases
            .iter()
            .filter(|b| {
                !matches!(
                    b.kind,
                    BuiltinKind::User | BuiltinKind::Object | BuiltinKind::Exception(_)
                )
            })
            .collect();
        if let Some(b) = builtin_bases.first() {
            if matches!(
                b.kind,
                BuiltinKind::Bool
                    | BuiltinKind::NoneType
                    | BuiltinKind::Range
                    | BuiltinKind::Slice
                    | BuiltinKind::Function
                    | BuiltinKind::BuiltinFunction
                    | BuiltinKind::Method
            ) {
                return Err(PyErr::type_error(format!(
                    "type '{}' is not an acceptable base type",
                    b.name
                )));
            }
            if builtin_bases.len() > 1 {
                return Err(PyErr::type_error(
                    "multiple bases have instance lay-out conflict",
                ));
            }
            if !wraps_value(b) && b.kind != BuiltinKind::Type {
                return Err(PyErr::new(
                    crate::runtime::exception::ExcKind::NotImplementedError,
                    format!("pyslot cannot subclass the builtin type '{}' yet", b.name),
                ));
            }
        }
        let mro_rest = c3_merge(&bases).map_err(|names| {
            PyErr::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ))
        })?;
        let exc_base = mro_rest.iter().find_map(|c| c.exc_base);
        let module: Name = match ns.get_str("__module__") {
            Some(Value::Str(s)) => Rc::from(s.as_str()),
            _ => Rc::from("__main__"),
        };
        let (mut layout, new_slots) = self.compute_layout(name, &bases, &ns)?;
        layout.finalizer =
            ns.get_str("__del__").is_some() || bases.iter().any(|b| b.layout.finalizer);
        // A class that defines __eq__ but not __hash__ is unhashable.
        if ns.get_str("__eq__").is_some() && ns.get_str("__hash__").is_none() {
            ns.set_str("__hash__", Value::None);
        }
        // __new__ is a static method, __init_subclass__ and
        // __class_getitem__ class methods, even without decorators.
        if let Some(f @ Value::Function(_)) = ns.get_str("__new__") {
            ns.set_str("__new__", Value::StaticMethod(Rc::new(f)));
        }
        if let Some(f @ Value::Function(_)) = ns.get_str("__init_subclass__") {
            ns.set_str("__init_subclass__", Value::ClassMethod(Rc::new(f)));
        }
        let shared_keys = predicted_keys(&layout, &ns, &mro_rest);
        let c = Rc::new(Class {
            name: Rc::from(name),
            qualname: RefCell::new(Rc::from(name)),
            module,
            bases,
            mro_rest,
            dict: ns,
            kind: BuiltinKind::User,
            exc_base,
            metaclass: meta,
            shared_keys: RefCell::new(shared_keys),
            layout,
            cache: RefCell::new(Default::default()),
            builtin_ctor: Default::default(),
            census: crate::runtime::census::new_counts(),
            subclasses: RefCell::new(Vec::new()),
            c_name: Default::default(),
        });
        crate::runtime::collector::track_class(&c);
        for b in &c.bases {
            b.subclasses.borrow_mut().push(Rc::downgrade(&c));
        }
        // Member descriptors for the new slots live on the class.
        for (slot_name, index) in new_slots {
            c.dict.set_str(
                &slot_name,
                Value::Member(Rc::new(MemberDescr {
                    name: slot_name.clone(),
                    index,
                    owner: c.clone(),
                })),
            );
        }
        // Every class has a `__doc__`, last in its namespace.
        if c.dict.get_str("__doc__").is_none() {
            c.dict.set_str("__doc__", Value::None);
        }
        crate::runtime::class::classes_changed();
        let value = Value::Class(c.clone());
        // Descriptors learn the name they were bound to (PEP 487).
        for (k, v) in c.dict.items() {
            if let (Value::Property(p), Value::Str(s)) = (&v, &k) {
                *p.name.borrow_mut() = Some(Name::from(s.as_str()));
            }
            if let Value::Instance(i) = &v {
                if let Some(set_name) = i.class().lookup("__set_name__") {
                    let shown = match &k {
                        Value::Str(s) => s.as_str().to_string(),
                        _ => String::new(),
                    };
                    if let Err(mut e) =
                        self.call(&set_name, vec![v.clone(), value.clone(), k], Vec::new())
                    {
                        // CPython 3.11 reports the failure as a RuntimeError
                        // caused by the original error.
                        let cause = Value::Instance(self.exc_object(&mut e));
                        let mut err = PyErr::runtime_error(format!(
                            "Error calling __set_name__ on '{}' instance '{}' in '{}'",
                            i.class().name,
                            shown,
                            c.name
                        ));
                        let inst = self.exc_object(&mut err);
                        if let Some(data) = inst.exc() {
                            let mut d = data.borrow_mut();
                            d.cause = Some(cause.clone());
                            d.context = Some(cause);
                            d.suppress_context = true;
                        }
                        return Err(err);
                    }
                }
            }
        }
        // Let the parent class know (PEP 487).
        if let Some(parent) = c.mro_rest.first() {
            if let Some(init_sub) = parent.lookup("__init_subclass__") {
                let native = match &init_sub {
                    Value::ClassMethod(f) => matches!(**f, Value::Builtin(_)),
                    other => matches!(other, Value::Builtin(_)),
                };
                if !native {
                    let bound = self.descr_get(init_sub, None, &c)?;
                    if let Value::BoundMethod(m) = &bound {
                        // A classmethod found through the parent binds to the new class.
                        self.call(&m.func.clone(), vec![value.clone()], kwargs)?;
                    } else {
                        self.call(&bound, vec![value.clone()], kwargs)?;
                    }
                } else if !kwargs.is_empty() {
                    return Err(PyErr::type_error(format!(
                        "{}.__init_subclass__() takes no keyword arguments",
                        c.name
                    )));
                }
            }
        }
        Ok(value)
    }

    /// Decide where instances of a new class keep their state, with
    /// CPython's rules and messages for `__slots__`. Returns the layout and
    /// the slots this class adds (mangled name, index).
    fn compute_layout(
        &mut self,
        class_name: &str,
        bases: &[Rc<Class>],
        ns: &PyDict,
    ) -> PyResult<(InstanceLayout, Vec<(Name, usize)>)> {
        // The base whose layout is the largest decides; any other base with
        // named slots (or another layout of its own) conflicts.
        let mut base = bases[0].layout.clone();
        let mut base_hidden = hidden_slots_class(&bases[0]);
        for b in &bases[1..] {
            let l = &b.layout;
            let hidden = hidden_slots_class(b);
            let adds_state = !l.slot_names.is_empty()
                || l.exc_slot.is_some()
                || l.base_value.is_some()
                || hidden.is_some();
            let base_has_state = !base.slot_names.is_empty()
                || base.exc_slot.is_some()
                || base.base_value.is_some()
                || base_hidden.is_some();
            let same_hidden = match (&hidden, &base_hidden) {
                (Some(x), Some(y)) => Rc::ptr_eq(x, y),
                (None, None) => true,
                _ => false,
            };
            if adds_state && base_has_state && !(shares_layout(&base, l) && same_hidden) {
                return Err(PyErr::type_error(
                    "multiple bases have instance lay-out conflict",
                ));
            }
            if adds_state && !base_has_state {
                // Rebuild from the base that brings state, keeping a dict.
                let had_dict = base.dict_slot.is_some();
                base = l.clone();
                base_hidden = hidden;
                if had_dict && base.dict_slot.is_none() {
                    base.dict_slot = Some(base.fixed);
                    base.fixed += 1;
                }
            } else if l.dict_slot.is_some() && base.dict_slot.is_none() {
                base.dict_slot = Some(base.fixed);
                base.fixed += 1;
            }
            base.weakref |= l.weakref;
        }
        let mut layout = base;
        // A subclass of a builtin data type keeps the builtin value (the
        // list, the int...) in a hidden slot of its own, first.
        if layout.base_value.is_none()
            && bases.iter().any(|b| b.mro().iter().any(|c| wraps_value(c)))
        {
            layout.base_value = Some(layout.fixed);
            layout.fixed += 1;
        }
        let mut new_slots = Vec::new();
        let Some(slots_value) = ns.get_str("__slots__") else {
            if layout.dict_slot.is_none() {
                layout.dict_slot = Some(layout.fixed);
                layout.fixed += 1;
            }
            // Without `__slots__`, instances can be weakly referenced.
            layout.weakref = true;
            return Ok((layout, new_slots));
        };
        let names: Vec<Value> = match &slots_value {
            Value::Str(_) => vec![slots_value.clone()],
            other => self.collect(other)?,
        };
        // CPython's int, bytes and tuple keep their items inside the
        // object, so their subtypes can add no named slots.
        let variable_size = bases.iter().find_map(|b| {
            b.mro().into_iter().find(|c| {
                !c.is_user()
                    && matches!(
                        c.kind,
                        BuiltinKind::Int | BuiltinKind::Bytes | BuiltinKind::Tuple
                    )
            })
        });
        if let (Some(v), false) = (variable_size, names.is_empty()) {
            return Err(PyErr::type_error(format!(
                "nonempty __slots__ not supported for subtype of '{}'",
                v.name
            )));
        }
        let mut seen_dict = false;
        let mut seen_weakref = false;
        for n in names {
            let Value::Str(s) = &n else {
                return Err(PyErr::type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    n.type_name()
                )));
            };
            let s = s.as_str();
            if !crate::builtins::str_methods::is_identifier(s) {
                return Err(PyErr::type_error("__slots__ must be identifiers"));
            }
            if s == "__dict__" {
                if layout.dict_slot.is_some() || seen_dict {
                    return Err(PyErr::type_error(
                        "__dict__ slot disallowed: we already got one",
                    ));
                }
                seen_dict = true;
                continue;
            }
            if s == "__weakref__" {
                if layout.weakref || seen_weakref {
                    return Err(PyErr::type_error(
                        "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                    ));
                }
                seen_weakref = true;
                continue;
            }
            let mangled: Name = mangle(class_name, s);
            if ns.get_str(&mangled).is_some() {
                return Err(PyErr::value_error(format!(
                    "'{}' in __slots__ conflicts with class variable",
                    mangled
                )));
            }
            if new_slots.iter().any(|(m, _): &(Name, usize)| *m == mangled) {
                continue;
            }
            let index = layout.fixed;
            layout.fixed += 1;
            layout.slot_names.push((mangled.clone(), index));
            new_slots.push((mangled, index));
        }
        if seen_dict {
            layout.dict_slot = Some(layout.fixed);
            layout.fixed += 1;
        }
        layout.weakref |= seen_weakref;
        Ok((layout, new_slots))
    }

    /// Call a class: builtin constructors, or `__new__` then `__init__`.
    #[inline]
    pub fn instantiate(
        &mut self,
        c: &Rc<Class>,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        // A metaclass's own __call__ decides what calling the class does.
        if let Some(m) = &c.metaclass {
            if let Some(call @ Value::Function(_)) = m.lookup("__call__") {
                let full = with_first(Value::Class(c.clone()), args);
                return self.call(&call, full, kwargs);
            }
        }
        self.instantiate_plain(c, args, kwargs)
    }

    /// CPython's `object.__new__` refuses a class whose
    /// `__abstractmethods__` is not empty.
    fn check_not_abstract(&mut self, c: &Rc<Class>) -> PyResult<()> {
        let Some(names) = c.lookup("__abstractmethods__") else {
            return Ok(());
        };
        let mut names: Vec<String> = self
            .collect(&names)?
            .iter()
            .map(|n| n.as_str().unwrap_or_default().to_string())
            .collect();
        if names.is_empty() {
            return Ok(());
        }
        names.sort();
        Err(PyErr::type_error(format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            c.name,
            if names.len() == 1 { "" } else { "s" },
            names.join(", ")
        )))
    }

    /// `type.__call__(cls, ...)`: `__new__`, then `__init__`.
    pub fn instantiate_plain(
        &mut self,
        c: &Rc<Class>,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        // A Python subclass of `type`: calling it makes a class.
        if c.is_user() && c.mro_rest.iter().any(|k| k.kind == BuiltinKind::Type) {
            return self.instantiate_metaclass(c, args, kwargs);
        }
        if let Some(ctor) = builtin_constructor(c) {
            return self.call(&ctor, args, kwargs);
        }
        // Abstract classes come from a metaclass (abc.ABCMeta), so only a
        // class that has one pays for the check.
        if c.metaclass.is_some() {
            self.check_not_abstract(c)?;
        }
        if !c.is_user() {
            if let BuiltinKind::Exception(_) = c.kind {
                if !kwargs.is_empty() {
                    return Err(PyErr::type_error(format!(
                        "{}() takes no keyword arguments",
                        c.name
                    )));
                }
                // OSError(errno, ...) is the subclass for that errno.
                if c.kind == BuiltinKind::Exception(crate::runtime::exception::ExcKind::OSError) {
                    if let Some(kind) = crate::builtins::exceptions::oserror_kind(&args) {
                        let sub = self.types.exc_class(kind);
                        return Ok(self.new_instance(&sub, args));
                    }
                }
                return Ok(self.new_instance(c, args));
            }
            return Err(PyErr::type_error(format!(
                "cannot create '{}' instances",
                c.name
            )));
        }
        if let Some(base) = wrapped_type(c) {
            return self.instantiate_wrapping(c, &base, args, kwargs);
        }
        let (new, init) = c.constructors();
        let user_new = match new {
            Some(Value::StaticMethod(f)) => Some((*f).clone()),
            Some(f @ Value::Function(_)) => Some(f),
            // A builtin base's own `__new__` (complex's) makes the instance;
            // object's is what the code below does.
            Some(Value::Builtin(b)) if !crate::builtins::objects::is_object_new(&b) => {
                Some(Value::Builtin(b))
            }
            _ => None,
        };
        let user_init = match init {
            Some(f @ Value::Function(_)) => Some(f),
            // A builtin base whose `__init__` fills what its `__new__` made
            // (collections.deque); object's and exceptions' have nothing
            // left to do.
            Some(Value::Builtin(b))
                if c.exc_base.is_none() && !crate::builtins::objects::is_object_init(&b) =>
            {
                Some(Value::Builtin(b))
            }
            _ => None,
        };
        let inst = match &user_new {
            Some(new) => {
                let full = with_first(Value::Class(c.clone()), args.iter().cloned());
                self.call(new, full, kwargs.clone())?
            }
            None => {
                if user_init.is_none()
                    && c.exc_base.is_none()
                    && (!args.is_empty() || !kwargs.is_empty())
                {
                    return Err(PyErr::type_error(format!(
                        "{}() takes no arguments",
                        c.name
                    )));
                }
                // Only exception instances keep their arguments.
                let kept = if c.layout.exc_slot.is_some() {
                    args.clone()
                } else {
                    Vec::new()
                };
                self.new_instance(c, kept)
            }
        };
        // __init__ runs only when __new__ returned an instance of the class.
        let is_instance = match &inst {
            Value::Instance(i) => i.class().is_subclass(c),
            _ => false,
        };
        if let (Some(init), true) = (user_init, is_instance) {
            // A plain `__init__`: the instance and arguments go straight into
            // its frame's slots.
            if let Value::Function(func) = &init {
                if kwargs.is_empty() && crate::interp::eval::simple_arity(func, args.len() + 1) {
                    let r = self.run_positional(func, inst.clone(), args)?;
                    return init_result(r, inst);
                }
            }
            let full = with_first(inst.clone(), args);
            let r = self.call(&init, full, kwargs)?;
            return init_result(r, inst);
        }
        Ok(inst)
    }

    /// Calling a Python subclass of a builtin data type: `__new__` (the
    /// class's own, else the builtin's) makes the instance and its value,
    /// then `__init__` runs (the class's own, or the builtin's, which fills
    /// a list, dict or set).
    fn instantiate_wrapping(
        &mut self,
        c: &Rc<Class>,
        base: &Rc<Class>,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        let (new, init) = c.constructors();
        let new = match new {
            Some(Value::StaticMethod(f)) => (*f).clone(),
            Some(f) => f,
            None => return Err(PyErr::type_error("no __new__")),
        };
        let full = with_first(Value::Class(c.clone()), args.iter().cloned());
        let inst = self.call(&new, full, kwargs.clone())?;
        let is_instance = matches!(&inst, Value::Instance(i) if i.class().is_subclass(c));
        let Some(init) = init else {
            return Ok(inst);
        };
        // object.__init__ has nothing to do here: the value was made by __new__.
        let is_object_init =
            matches!(&init, Value::Builtin(b) if b.owner == "object" || !b.is_method);
        if !is_instance || is_object_init {
            return Ok(inst);
        }
        let _ = base;
        let full = with_first(inst.clone(), args);
        let r = self.call(&init, full, kwargs)?;
        init_result(r, inst)
    }

    /// Calling a metaclass: `M(name, bases, ns, **kw)` makes a class through
    /// `M.__new__` (else `type.__new__`), then `M.__init__` runs on it.
    fn instantiate_metaclass(
        &mut self,
        m: &Rc<Class>,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        let (new, init) = m.constructors();
        let new = match new {
            Some(Value::StaticMethod(f)) => Some((*f).clone()),
            other => other,
        };
        let cls = match &new {
            Some(f @ Value::Function(_)) => {
                let full = with_first(Value::Class(m.clone()), args.iter().cloned());
                self.call(f, full, kwargs.clone())?
            }
            _ => self.type_new_of(m, &args, kwargs.clone())?,
        };
        if let (Some(init @ Value::Function(_)), Value::Class(c)) = (&init, &cls) {
            if self.types.class_of(&Value::Class(c.clone())).is_subclass(m) {
                let full = with_first(cls.clone(), args);
                let r = self.call(init, full, kwargs)?;
                return init_result(r, cls);
            }
        }
        Ok(cls)
    }

    /// PEP 560: a base that is not a class (`Generic[T]`, `list[int]`)
    /// names the classes it stands for with `__mro_entries__`. Returns the
    /// classes, and the bases as written when they differ.
    fn resolve_bases(&mut self, given: Vec<Value>) -> PyResult<(Vec<Rc<Class>>, Option<Value>)> {
        if given.iter().all(|b| matches!(b, Value::Class(_))) {
            let bases = given
                .into_iter()
                .filter_map(|b| match b {
                    Value::Class(c) => Some(c),
                    _ => None,
                })
                .collect();
            return Ok((bases, None));
        }
        let orig = Value::tuple(given.clone());
        let mut bases = Vec::with_capacity(given.len());
        for b in given {
            if let Value::Class(c) = b {
                bases.push(c);
                continue;
            }
            let Ok(entries) = self.getattr(&b, "__mro_entries__") else {
                return Err(PyErr::type_error(format!(
                    "bases must be types, not {}",
                    b.type_name()
                )));
            };
            let Value::Tuple(t) = self.call(&entries, vec![orig.clone()], Vec::new())? else {
                return Err(PyErr::type_error("__mro_entries__ must return a tuple"));
            };
            for e in t.items.iter() {
                match e {
                    Value::Class(c) => bases.push(c.clone()),
                    other => {
                        return Err(PyErr::type_error(format!(
                            "bases must be types, not {}",
                            other.type_name()
                        )))
                    }
                }
            }
        }
        Ok((bases, Some(orig)))
    }

    /// `type.__new__(meta, name, bases, ns, **kw)` with `args` the last three.
    pub fn type_new_of(
        &mut self,
        meta: &Rc<Class>,
        args: &[Value],
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        let [Value::Str(name), Value::Tuple(bases), Value::Dict(ns)] = args else {
            return Err(PyErr::type_error(
                "type.__new__() takes exactly 3 arguments (name, bases, dict)",
            ));
        };
        let mut bs = Vec::with_capacity(bases.items.len());
        for b in bases.items.iter() {
            match b {
                Value::Class(c) => bs.push(c.clone()),
                other => {
                    return Err(PyErr::type_error(format!(
                        "bases must be types, not {}",
                        other.type_name()
                    )))
                }
            }
        }
        let ns = Rc::new(ns.copy()?);
        if ns.get_str("__module__").is_none() {
            ns.set_str("__module__", Value::str("__main__"));
        }
        let qualname = ns.remove_str("__qualname__");
        let class = self.new_class_of(name.as_str(), bs, ns, Some(meta.clone()), kwargs)?;
        if let (Value::Class(c), Some(Value::Str(q))) = (&class, qualname) {
            *c.qualname.borrow_mut() = Rc::from(q.as_str());
        }
        Ok(class)
    }

    /// An instance of `cls` (a Python subclass of a builtin data type)
    /// wrapping `value`.
    pub fn wrap_value(&mut self, cls: &Rc<Class>, value: Value) -> Value {
        let inst = Instance::new(cls.clone());
        if let Some(i) = cls.layout.base_value {
            inst.set(i, Some(value));
        }
        Value::Instance(inst)
    }

    /// The metaclass of a new class: the one asked for, or the most derived
    /// of the bases' types, which all others must be bases of.
    fn metaclass_for(
        &self,
        asked: Option<Rc<Class>>,
        bases: &[Rc<Class>],
    ) -> PyResult<Option<Rc<Class>>> {
        let type_ = self.types.type_.clone();
        let mut winner = asked.unwrap_or_else(|| type_.clone());
        for b in bases {
            let m = b.metaclass.clone().unwrap_or_else(|| type_.clone());
            if winner.is_subclass(&m) {
                continue;
            }
            if m.is_subclass(&winner) {
                winner = m;
                continue;
            }
            return Err(PyErr::type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            ));
        }
        Ok((!Rc::ptr_eq(&winner, &type_)).then_some(winner))
    }

    /// A fresh instance of `c` (exception classes record `args`).
    pub fn new_instance(&mut self, c: &Rc<Class>, args: Vec<Value>) -> Value {
        let inst = Instance::new(c.clone());
        if let Some(i) = c.layout.exc_slot {
            inst.set(
                i,
                Some(Value::ExcState(Rc::new(RefCell::new(ExcData {
                    args,
                    ..Default::default()
                })))),
            );
        }
        Value::Instance(inst)
    }
}

/// The builtin class whose instances keep hidden slots of their own
/// (`complex`'s parts, an `array.array`'s elements) that `c` derives from:
/// such a base decides where the slots of a class with several bases go.
fn hidden_slots_class(c: &Rc<Class>) -> Option<Rc<Class>> {
    c.mro().into_iter().find(|k| {
        !k.is_user()
            && k.layout.fixed > 0
            && k.layout.exc_slot.is_none()
            && k.layout.dict_slot.is_none()
    })
}

/// The native function that makes instances of a builtin type (`str`,
/// `list`, ...): calling the type is calling it. Exceptions are made
/// generically, user classes by `instantiate`.
pub(crate) fn builtin_constructor(c: &Class) -> Option<Value> {
    if !c.has_native_constructor() {
        return None;
    }
    c.builtin_ctor
        .get_or_init(|| {
            c.dict
                .get_str("__new__")
                .filter(|ctor| matches!(ctor, Value::Builtin(_)))
        })
        .clone()
}

/// An argument vector: `first`, then `rest`.
fn with_first(first: Value, rest: impl IntoIterator<Item = Value>) -> Vec<Value> {
    let rest = rest.into_iter();
    let mut v = Vec::with_capacity(rest.size_hint().0 + 1);
    v.push(first);
    v.extend(rest);
    v
}

/// `__init__` must return None; then the call's value is the instance.
fn init_result(r: Value, inst: Value) -> PyResult<Value> {
    if !r.is_none() {
        return Err(PyErr::type_error(format!(
            "__init__() should return None, not '{}'",
            r.type_name()
        )));
    }
    Ok(inst)
}

fn shares_layout(a: &InstanceLayout, b: &InstanceLayout) -> bool {
    a.slot_names == b.slot_names && a.exc_slot == b.exc_slot && a.base_value == b.base_value
}

/// The builtin types whose instances a Python subclass wraps: their value
/// lives in the subclass instance's `base_value` slot.
pub(crate) fn wraps_value(c: &Class) -> bool {
    matches!(
        c.kind,
        BuiltinKind::Int
            | BuiltinKind::Float
            | BuiltinKind::Str
            | BuiltinKind::Bytes
            | BuiltinKind::ByteArray
            | BuiltinKind::List
            | BuiltinKind::Tuple
            | BuiltinKind::Dict
            | BuiltinKind::Set
            | BuiltinKind::FrozenSet
    ) && !c.is_user()
}

/// The builtin data type `c` derives from, if any.
pub(crate) fn wrapped_type(c: &Rc<Class>) -> Option<Rc<Class>> {
    c.layout.base_value?;
    c.mro_rest.iter().find(|k| wraps_value(k)).cloned()
}

/// Private names in a class body: `__x` becomes `_Class__x`.
pub(crate) fn mangle(class_name: &str, name: &str) -> Name {
    if name.starts_with("__") && !name.ends_with("__") {
        let stripped = class_name.trim_start_matches('_');
        if !stripped.is_empty() {
            return Rc::from(format!("_{}{}", stripped, name));
        }
    }
    Rc::from(name)
}

/// C3 linearization of the bases' MROs (the class itself excluded).
/// On failure, the names CPython lists: the heads of the lists left.
fn c3_merge(bases: &[Rc<Class>]) -> Result<Vec<Rc<Class>>, Vec<String>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.mro()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
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
        let Some(c) = candidate else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = s[0].name.to_string();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(names);
        };
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// The shared key table a dict-backed class starts with: the attributes its
/// `__init__` (its own or the nearest inherited one) assigns on `self`, so
/// that the first instance already keeps them inline.
fn predicted_keys(
    layout: &crate::runtime::instance::InstanceLayout,
    ns: &PyDict,
    mro_rest: &[Rc<Class>],
) -> Vec<Name> {
    use crate::compile::instance_attrs::assigned_in;
    if layout.dict_slot.is_none() {
        return Vec::new();
    }
    let mut keys = init_keys(ns, mro_rest);
    // Then what the methods set outside `__init__` (`self.count += 1` in
    // `run`): such names would otherwise push the first instance out of its
    // inline storage into a dict. The class's own methods are read here;
    // the bases' did the same for theirs, and their instances taught them
    // the rest: their key tables.
    let no_base = |_: Option<&str>| Vec::new();
    for (_, v) in ns.items() {
        if let Value::Function(f) = v {
            if &*f.def.name != "__init__" {
                assigned_in(&f.def, &no_base, &mut keys);
            }
        }
    }
    for base in mro_rest {
        for k in base.shared_keys.borrow().iter() {
            if !keys.contains(k) {
                keys.push(k.clone());
            }
        }
    }
    // Names a slot or a property takes care of never reach the instance's
    // own storage.
    let handled = |name: &str| {
        layout.slot_names.iter().any(|(n, _)| &**n == name)
            || std::iter::once(ns)
                .chain(mro_rest.iter().map(|c| &*c.dict))
                .any(|d| matches!(d.get_str(name), Some(Value::Member(_) | Value::Property(_))))
    };
    keys.retain(|k| !handled(k));
    keys.truncate(crate::runtime::instance::MAX_INLINE_ATTRS);
    keys
}

/// The names the `__init__` that runs for a class with namespace `ns` sets,
/// in order, with those of a base's `__init__` where it calls it.
fn init_keys(ns: &PyDict, mro_rest: &[Rc<Class>]) -> Vec<Name> {
    let base_keys = |base: Option<&str>| -> Vec<Name> {
        let found = match base {
            None => mro_rest
                .iter()
                .position(|c| c.dict.get_str("__init__").is_some()),
            Some(name) => mro_rest.iter().position(|c| &*c.name == name),
        };
        match found {
            Some(i) => init_keys(&mro_rest[i].dict, &mro_rest[i].mro_rest),
            None => Vec::new(),
        }
    };
    let mut keys = Vec::new();
    match ns.get_str("__init__") {
        Some(Value::Function(f)) => {
            crate::compile::instance_attrs::assigned_in(&f.def, &base_keys, &mut keys)
        }
        Some(_) => {}
        None => keys = base_keys(None),
    }
    keys
}

/// A dict-backed class given its `__init__` after its statement ran (a
/// dataclass's generated one): when no attribute has been stored yet, the
/// new `__init__` predicts the shared key table as the class body's would
/// have, so the first instance keeps its attributes inline too.
pub(crate) fn predict_keys_for_new_init(c: &Class) {
    if !c.shared_keys.borrow().is_empty() {
        return;
    }
    let keys = predicted_keys(&c.layout, &c.dict, &c.mro_rest);
    c.shared_keys.borrow_mut().extend(keys);
}

pub(crate) fn docstring(body: &[Stmt]) -> Option<Value> {
    use pyslot_grammar::ast::{Constant, ExprKind, StmtKind};
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(e)) => match &e.kind {
            ExprKind::Constant(Constant::Str(s)) => Some(Value::str(s)),
            _ => None,
        },
        _ => None,
    }
}

pub(crate) fn function_doc(f: &crate::runtime::function::Function) -> Option<Value> {
    if f.def.is_lambda {
        return None;
    }
    docstring(&f.def.body)
}
