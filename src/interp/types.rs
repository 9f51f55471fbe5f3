//! The builtin type objects (`int`, `str`, `ValueError`, ...), made once per
//! interpreter, and the map from a value to its class.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::rc::Rc;

use crate::runtime::class::{BuiltinKind, Class, NameHasher};
use crate::runtime::dict::PyDict;
use crate::runtime::exception::ExcKind;
use crate::runtime::instance::InstanceLayout;
use crate::runtime::value::Value;

pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub bool_: Rc<Class>,
    pub int: Rc<Class>,
    pub float: Rc<Class>,
    pub str_: Rc<Class>,
    pub list: Rc<Class>,
    pub tuple: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub bytes: Rc<Class>,
    pub bytearray: Rc<Class>,
    pub complex: Rc<Class>,
    pub not_implemented: Rc<Class>,
    pub ellipsis: Rc<Class>,
    /// Iterator and view classes, made on first use, by name.
    pub misc: RefCell<HashMap<&'static str, Rc<Class>, BuildHasherDefault<NameHasher>>>,
    /// `super` (also in `misc`), kept at hand: every `super().m(...)` call
    /// checks that the name `super` still means it.
    super_: OnceCell<Rc<Class>>,
    /// Builtin exception classes, indexed by `ExcKind as usize`.
    pub exc: Vec<Rc<Class>>,
}

/// The name of the standard streams' type.
pub(crate) const STREAM_CLASS: &str = "TextIOWrapper";

/// A builtin class whose instances hold `slots` values (a complex number's
/// two parts).
pub(crate) fn make_slotted_class(name: &str, base: &Rc<Class>, slots: usize) -> Rc<Class> {
    make_module_class("builtins", name, base, slots)
}

/// A builtin class of a module (`array.array`) whose instances hold
/// `slots` hidden values.
pub(crate) fn make_module_class(
    module: &str,
    name: &str,
    base: &Rc<Class>,
    slots: usize,
) -> Rc<Class> {
    let c = make_class(name, Some(base), BuiltinKind::Object);
    let mut class = match Rc::try_unwrap(c) {
        Ok(class) => class,
        Err(c) => return c,
    };
    class.layout.fixed = slots;
    class.module = Rc::from(module);
    Rc::new(class)
}

pub(crate) fn make_class(name: &str, base: Option<&Rc<Class>>, kind: BuiltinKind) -> Rc<Class> {
    let (bases, mro_rest) = match base {
        Some(b) => (vec![b.clone()], b.mro()),
        None => (Vec::new(), Vec::new()),
    };
    let exc_base = match kind {
        BuiltinKind::Exception(k) => Some(k),
        _ => None,
    };
    let mut layout = base.map(|b| b.layout.clone()).unwrap_or_default();
    if kind == BuiltinKind::Exception(ExcKind::BaseException) {
        // Exceptions carry a __dict__ and their own state.
        layout = InstanceLayout {
            fixed: 2,
            dict_slot: Some(0),
            exc_slot: Some(1),
            ..Default::default()
        };
    }
    Rc::new(Class {
        name: Rc::from(name),
        qualname: RefCell::new(Rc::from(name)),
        module: Rc::from("builtins"),
        bases,
        mro_rest,
        dict: Rc::new(PyDict::new()),
        kind,
        exc_base,
        metaclass: None,
        layout,
        shared_keys: RefCell::new(Vec::new()),
        cache: RefCell::new(Default::default()),
        builtin_ctor: Default::default(),
        census: crate::runtime::census::new_counts(),
        subclasses: RefCell::new(Vec::new()),
        c_name: Default::default(),
    })
}

impl Types {
    pub fn new() -> Types {
        let object = make_class("object", None, BuiltinKind::Object);
        let o = Some(&object);
        let int = make_class("int", o, BuiltinKind::Int);
        let bool_ = make_class("bool", Some(&int), BuiltinKind::Bool);
        let mut exc: Vec<Rc<Class>> = Vec::new();
        for &k in ExcKind::ALL {
            let parent = match k.parent() {
                Some(p) => exc[p as usize].clone(),
                None => object.clone(),
            };
            exc.push(make_class(
                k.name(),
                Some(&parent),
                BuiltinKind::Exception(k),
            ));
        }
        Types {
            type_: make_class("type", o, BuiltinKind::Type),
            none: make_class("NoneType", o, BuiltinKind::NoneType),
            float: make_class("float", o, BuiltinKind::Float),
            str_: make_class("str", o, BuiltinKind::Str),
            list: make_class("list", o, BuiltinKind::List),
            tuple: make_class("tuple", o, BuiltinKind::Tuple),
            dict: make_class("dict", o, BuiltinKind::Dict),
            set: make_class("set", o, BuiltinKind::Set),
            frozenset: make_class("frozenset", o, BuiltinKind::FrozenSet),
            range: make_class("range", o, BuiltinKind::Range),
            slice: make_class("slice", o, BuiltinKind::Slice),
            function: make_class("function", o, BuiltinKind::Function),
            builtin_function: make_class(
                "builtin_function_or_method",
                o,
                BuiltinKind::BuiltinFunction,
            ),
            method: make_class("method", o, BuiltinKind::Method),
            bytes: make_class("bytes", o, BuiltinKind::Bytes),
            bytearray: make_class("bytearray", o, BuiltinKind::ByteArray),
            complex: make_slotted_class("complex", &object, 2),
            not_implemented: make_class("NotImplementedType", o, BuiltinKind::NotImplementedType),
            ellipsis: make_class("ellipsis", o, BuiltinKind::Ellipsis),
            misc: RefCell::new(HashMap::default()),
            super_: OnceCell::new(),
            int,
            bool_,
            exc,
            object,
        }
    }

    /// Every builtin class made so far: with their subclasses, every class
    /// there is (a builtin class is not listed as its base's subclass).
    pub fn all(&self) -> Vec<Rc<Class>> {
        let mut all = vec![
            self.object.clone(),
            self.type_.clone(),
            self.none.clone(),
            self.bool_.clone(),
            self.int.clone(),
            self.float.clone(),
            self.str_.clone(),
            self.list.clone(),
            self.tuple.clone(),
            self.dict.clone(),
            self.set.clone(),
            self.frozenset.clone(),
            self.range.clone(),
            self.slice.clone(),
            self.function.clone(),
            self.builtin_function.clone(),
            self.method.clone(),
            self.bytes.clone(),
            self.bytearray.clone(),
            self.complex.clone(),
            self.not_implemented.clone(),
            self.ellipsis.clone(),
        ];
        all.extend(self.exc.iter().cloned());
        all.extend(self.misc.borrow().values().cloned());
        all
    }

    pub fn exc_class(&self, k: ExcKind) -> Rc<Class> {
        self.exc[k as usize].clone()
    }

    pub fn misc_class(&self, name: &'static str, kind: BuiltinKind) -> Rc<Class> {
        if let Some(c) = self.misc.borrow().get(name) {
            return c.clone();
        }
        let class = make_class(name, Some(&self.object), kind);
        if kind == BuiltinKind::Iterator {
            crate::builtins::iterators::install(&class);
        }
        self.misc.borrow_mut().insert(name, class.clone());
        class
    }

    pub fn module_class(&self) -> Rc<Class> {
        self.dict_backed_class("module")
    }

    /// The type of `sys.stdout` and `sys.stderr`.
    pub fn stream_class(&self) -> Rc<Class> {
        self.dict_backed_class(STREAM_CLASS)
    }

    /// A builtin type whose instances keep their attributes in a dict.
    pub fn dict_backed_class(&self, name: &'static str) -> Rc<Class> {
        if let Some(c) = self.misc.borrow().get(name) {
            return c.clone();
        }
        let c = make_class(name, Some(&self.object), BuiltinKind::Object);
        let c = Rc::new(Class {
            layout: InstanceLayout {
                fixed: 1,
                dict_slot: Some(0),
                ..Default::default()
            },
            name: c.name.clone(),
            qualname: RefCell::new(c.name.clone()),
            module: c.module.clone(),
            bases: c.bases.clone(),
            mro_rest: c.mro_rest.clone(),
            dict: c.dict.clone(),
            kind: c.kind,
            exc_base: None,
            metaclass: None,
            shared_keys: RefCell::new(Vec::new()),
            cache: RefCell::new(Default::default()),
            builtin_ctor: Default::default(),
            census: crate::runtime::census::new_counts(),
            subclasses: RefCell::new(Vec::new()),
            c_name: Default::default(),
        });
        self.misc.borrow_mut().insert(name, c.clone());
        c
    }

    pub fn super_class(&self) -> Rc<Class> {
        self.super_
            .get_or_init(|| self.misc_class("super", BuiltinKind::Object))
            .clone()
    }

    pub fn named_class(&self, name: &'static str) -> Rc<Class> {
        self.misc_class(name, BuiltinKind::Object)
    }

    /// The class of a value of the commonest builtin types, borrowed (no
    /// count taken): a method call on a list or a set asks this each time.
    #[inline(always)]
    pub(crate) fn common_class_of(&self, v: &Value) -> Option<&Rc<Class>> {
        Some(match v {
            Value::Str(_) => &self.str_,
            Value::List(_) => &self.list,
            Value::Tuple(_) => &self.tuple,
            Value::Dict(_) => &self.dict,
            Value::Set(_) => &self.set,
            Value::Int(_) | Value::BigInt(_) => &self.int,
            Value::Float(_) => &self.float,
            _ => return None,
        })
    }

    /// `type(v)`.
    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        match v {
            Value::None => self.none.clone(),
            Value::Bool(_) => self.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => self.int.clone(),
            Value::Float(_) => self.float.clone(),
            Value::Str(_) => self.str_.clone(),
            Value::List(_) => self.list.clone(),
            Value::Tuple(_) => self.tuple.clone(),
            Value::Dict(_) => self.dict.clone(),
            Value::Set(_) => self.set.clone(),
            Value::FrozenSet(_) => self.frozenset.clone(),
            Value::Range(_) => self.range.clone(),
            Value::Slice(_) => self.slice.clone(),
            Value::Function(_) => self.function.clone(),
            Value::Builtin(b) => match b.type_name() {
                "builtin_function_or_method" => self.builtin_function.clone(),
                name => self.misc_class(name, BuiltinKind::BuiltinFunction),
            },
            Value::BoundMethod(_) => self.method.clone(),
            Value::Class(c) => c.metaclass.clone().unwrap_or_else(|| self.type_.clone()),
            Value::Instance(i) => i.class().clone(),
            Value::Member(_) => self.misc_class("member_descriptor", BuiltinKind::Object),
            Value::Property(_) => self.misc_class("property", BuiltinKind::Object),
            Value::ClassMethod(_) => self.misc_class("classmethod", BuiltinKind::Object),
            Value::StaticMethod(_) => self.misc_class("staticmethod", BuiltinKind::Object),
            Value::Super(_) => self.super_class(),
            Value::ExcState(_) | Value::Packed(_) | Value::Deque(_) => self.object.clone(),
            Value::Iter(it) => self.misc_class(it.name, BuiltinKind::Iterator),
            Value::Generator(_) => self.misc_class("generator", BuiltinKind::Iterator),
            Value::Coroutine(g) => self.misc_class(g.kind.type_name(), BuiltinKind::Object),
            Value::DictView(_) => self.misc_class(v.builtin_type_name(), BuiltinKind::DictView),
            Value::Bytes(_) => self.bytes.clone(),
            Value::ByteArray(_) => self.bytearray.clone(),
            Value::NotImplemented => self.not_implemented.clone(),
            Value::Ellipsis => self.ellipsis.clone(),
        }
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}
