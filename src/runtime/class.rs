//! Classes: builtin types and user classes share one representation, so
//! `type(x)`, `isinstance` and attribute lookup treat them alike.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use pyslot_grammar::ast::Name;

use super::dict::PyDict;
use super::exception::ExcKind;
use super::instance::InstanceLayout;
use super::value::Value;

/// Which builtin type a class is (or, for user classes, derives its
/// instances' native part from).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinKind {
    Object,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Type,
    Iterator,
    DictView,
    Bytes,
    ByteArray,
    NotImplementedType,
    Ellipsis,
    Exception(ExcKind),
    /// A class defined by Python code (its own kind is its nearest builtin base's).
    User,
}

pub struct Class {
    pub name: Name,
    pub qualname: RefCell<Name>,
    pub module: Name,
    pub bases: Vec<Rc<Class>>,
    /// Method resolution order without the class itself (avoids an Rc cycle).
    pub mro_rest: Vec<Rc<Class>>,
    pub dict: Rc<PyDict>,
    pub kind: BuiltinKind,
    /// For exception classes (builtin or derived): the nearest builtin exception.
    pub exc_base: Option<ExcKind>,
    pub metaclass: Option<Rc<Class>>,
    /// What an instance's slots hold.
    pub layout: InstanceLayout,
    /// Attribute names of dict-backed instances, in the order instances
    /// usually set them: their values live inline at these indexes.
    pub shared_keys: RefCell<Vec<Name>>,
    /// Results of `lookup` along the MRO, valid while no class changes.
    pub cache: RefCell<AttrCache>,
    /// A builtin type's constructor (`str`, `int`, ...), found once: a
    /// builtin type's namespace never changes.
    pub builtin_ctor: std::cell::OnceCell<Option<Value>>,
    /// Live and peak instance counts, kept only under `--memstat`.
    pub census: std::cell::Cell<super::census::Counts>,
    /// The classes that name this one as a base (`__subclasses__()`).
    pub subclasses: RefCell<Vec<std::rc::Weak<Class>>>,
    /// The name error messages give a class standing in for a type CPython
    /// writes in C (`decimal.Decimal`); unset, they give `name`.
    pub c_name: std::cell::OnceCell<Name>,
}

/// Bumped whenever any class's namespace changes after creation: every
/// class's lookup cache is then stale (MROs share classes).
static CLASS_EPOCH: AtomicU64 = AtomicU64::new(1);

pub(crate) fn epoch() -> u64 {
    CLASS_EPOCH.load(Ordering::Relaxed)
}

pub(crate) fn classes_changed() {
    CLASS_EPOCH.fetch_add(1, Ordering::Relaxed);
}

#[derive(Default)]
pub struct AttrCache {
    epoch: u64,
    map: HashMap<Box<str>, Option<Value>, BuildHasherDefault<NameHasher>>,
    /// `__new__` and `__init__`, which every instantiation needs.
    constructors: Option<(Option<Value>, Option<Value>)>,
}

/// A word-at-a-time multiply hash (FxHash's mix): attribute names are short,
/// so eight bytes per step beats both SipHash and a byte-wise hash.
#[derive(Default)]
pub struct NameHasher(u64);

impl NameHasher {
    #[inline(always)]
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for NameHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.mix(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
    }
    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.mix(u64::from(b));
    }
}

impl Class {
    /// The MRO as CPython shows it: the class first.
    pub fn mro(self: &Rc<Self>) -> Vec<Rc<Class>> {
        let mut v = Vec::with_capacity(self.mro_rest.len() + 1);
        v.push(self.clone());
        v.extend(self.mro_rest.iter().cloned());
        v
    }

    /// Look a name up along the MRO (cached per class).
    pub fn lookup(&self, name: &str) -> Option<Value> {
        let epoch = CLASS_EPOCH.load(Ordering::Relaxed);
        {
            let mut cache = self.cache.borrow_mut();
            if cache.epoch != epoch {
                cache.map.clear();
                cache.constructors = None;
                cache.epoch = epoch;
            } else if let Some(v) = cache.map.get(name) {
                return v.clone();
            }
        }
        let v = self.lookup_uncached(name);
        self.cache
            .borrow_mut()
            .map
            .insert(Box::from(name), v.clone());
        v
    }

    /// `__new__` and `__init__` along the MRO: one cache check for an
    /// instantiation instead of two name lookups.
    pub fn constructors(&self) -> (Option<Value>, Option<Value>) {
        {
            let cache = self.cache.borrow();
            if cache.epoch == epoch() {
                if let Some((new, init)) = &cache.constructors {
                    return (new.clone(), init.clone());
                }
            }
        }
        let new = self.lookup("__new__");
        let init = self.lookup("__init__");
        self.cache.borrow_mut().constructors = Some((new.clone(), init.clone()));
        (new, init)
    }

    fn lookup_uncached(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for c in &self.mro_rest {
            if let Some(v) = c.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    pub fn is_subclass(self: &Rc<Self>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro_rest.iter().any(|c| Rc::ptr_eq(c, other))
    }

    pub fn shared_key_index(&self, name: &str) -> Option<usize> {
        self.shared_keys.borrow().iter().position(|k| &**k == name)
    }

    pub fn is_user(&self) -> bool {
        self.kind == BuiltinKind::User
    }

    /// Whether calling this class calls a native constructor (`str`,
    /// `list`...): not for user classes (`instantiate` makes those) nor
    /// exceptions (made generically).
    pub(crate) fn has_native_constructor(&self) -> bool {
        !self.is_user() && !matches!(self.kind, BuiltinKind::Exception(_))
    }

    /// The native constructor, once `builtin_constructor` has found it.
    pub(crate) fn known_native_constructor(&self) -> Option<&Rc<super::function::Builtin>> {
        if !self.has_native_constructor() {
            return None;
        }
        match self.builtin_ctor.get() {
            Some(Some(Value::Builtin(b))) => Some(b),
            _ => None,
        }
    }
}
