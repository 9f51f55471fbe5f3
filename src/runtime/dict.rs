//! `dict`: an insertion-ordered hash map (indexmap) whose keys carry their
//! Python hash, looked up through indexmap's raw entry API so equality can be
//! Python equality rather than Rust's.

use indexmap::map::RawEntryApiV1;
use indexmap::IndexMap;
use std::cell::{Cell, RefCell};
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use super::exception::PyResult;
use super::fallible::memory_error;
use super::function::Function;
use super::hash::{keys_equal, table_hash, BuildPassThrough};
use super::value::Value;

pub struct DictKey {
    pub hash: u64,
    pub key: Value,
}

impl DictKey {
    /// Whether the key is the exact `str` `name` (what a namespace
    /// lookup by name matches).
    #[inline(always)]
    fn is_str(&self, name: &str) -> bool {
        matches!(&self.key, Value::Str(s) if &*s.s == name)
    }
}

impl Hash for DictKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash)
    }
}
impl PartialEq for DictKey {
    fn eq(&self, other: &Self) -> bool {
        self.hash == other.hash && keys_equal(&self.key, &other.key)
    }
}
impl Eq for DictKey {}

/// The bit of `PyDict::version` that marks keys with a possible Python `__eq__`.
const USER_KEYS: u64 = 1 << 63;
/// The cycle collector tracks this dict (set once, when it is made).
const TRACKED: u64 = 1 << 62;

/// Whether `v` may compare by a Python `__eq__`: an instance, or a tuple
/// holding one. Asked at every set and dict insertion and lookup, so the
/// commonest answers (an int, a str) are given inline.
#[inline(always)]
pub(crate) fn may_have_user_eq(v: &Value) -> bool {
    match v {
        Value::Instance(_) => true,
        Value::Tuple(t) => tuple_may_have_user_eq(t),
        _ => false,
    }
}

fn tuple_may_have_user_eq(t: &super::value::PyTuple) -> bool {
    t.items.iter().any(may_have_user_eq)
}

pub(crate) type Map = IndexMap<DictKey, Value, BuildPassThrough>;

#[derive(Default)]
pub struct PyDict {
    pub map: RefCell<Map>,
    /// Bumped when a key is added or removed (entry indexes may move), so
    /// name-lookup caches holding an index know when to look again.
    version: Cell<u64>,
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }
    pub fn with_capacity(n: usize) -> PyDict {
        PyDict {
            map: RefCell::new(Map::with_capacity_and_hasher(n, Default::default())),
            version: Cell::new(0),
        }
    }
    pub fn version(&self) -> u64 {
        self.version.get()
    }
    /// Whether a key that may compare by a Python `__eq__` (an instance, or
    /// a tuple holding one) was ever stored: only then may a number find an
    /// equal key its own equality does not see (0.5 and Fraction(1, 2)).
    /// Kept in the version's top bit, which the counter never reaches.
    pub fn may_hold_user_keys(&self) -> bool {
        self.version.get() & USER_KEYS != 0
    }
    fn note_key(&self, key: &Value) {
        if may_have_user_eq(key) {
            self.version.set(self.version.get() | USER_KEYS);
        }
    }
    pub(crate) fn mark_tracked(&self) {
        self.version.set(self.version.get() | TRACKED);
    }
    pub(crate) fn is_tracked(&self) -> bool {
        self.version.get() & TRACKED != 0
    }
    /// Note a structural change made through `map` directly.
    pub fn bump(&self) {
        self.version.set(self.version.get() + 1);
    }
    /// The index of a `str` key (for lookup caches).
    pub fn index_of_str(&self, name: &str) -> Option<usize> {
        let h = super::hash::str_hash(name) >> 1;
        let map = self.map.borrow();
        map.raw_entry_v1()
            .from_hash_full(table_hash(h), |k| k.is_str(name))
            .map(|(i, _, _)| i)
    }
    /// The position of the `str` key `name`, tried first at `hint` (where
    /// a cache saw it last): a hit costs one string comparison, no hash.
    pub fn index_of_str_hinted(&self, name: &str, hint: usize) -> Option<usize> {
        let at_hint = match self.map.borrow().get_index(hint) {
            Some((k, _)) => k.is_str(name),
            None => false,
        };
        if at_hint {
            return Some(hint);
        }
        self.index_of_str(name)
    }
    /// The value under the `str` key `name`, looked for first at `hint`.
    pub fn get_str_hinted(&self, name: &str, hint: usize) -> Option<Value> {
        if let Some((k, v)) = self.map.borrow().get_index(hint) {
            if k.is_str(name) {
                return Some(v.clone());
            }
        }
        self.get_str(name)
    }
    pub fn len(&self) -> usize {
        self.map.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, key: &Value, hash: u64) -> Option<Value> {
        let map = self.map.borrow();
        map.raw_entry_v1()
            .from_hash(table_hash(hash), |k| keys_equal(&k.key, key))
            .map(|(_, v)| v.clone())
    }
    pub fn contains(&self, key: &Value, hash: u64) -> bool {
        let map = self.map.borrow();
        map.raw_entry_v1()
            .from_hash(table_hash(hash), |k| keys_equal(&k.key, key))
            .is_some()
    }
    /// Insert or replace; an existing key keeps its place (and its key
    /// object). MemoryError when a new key needs a bigger table and there
    /// is no memory for it.
    pub fn insert(&self, key: Value, hash: u64, value: Value) -> PyResult<()> {
        {
            let mut map = self.map.borrow_mut();
            // indexmap grows infallibly: when full, room for a new key is
            // had first.
            if map.len() == map.capacity()
                && map
                    .raw_entry_v1()
                    .from_hash(table_hash(hash), |k| keys_equal(&k.key, &key))
                    .is_none()
            {
                map.try_reserve(1).map_err(|_| memory_error())?;
            }
        }
        self.put(key, hash, value);
        Ok(())
    }

    /// `insert` growing infallibly, for the runtime's own names (module,
    /// class and instance namespaces), set where no error can be returned:
    /// they grow a name per statement, never by a count in one operation.
    fn put(&self, key: Value, hash: u64, value: Value) {
        let mut map = self.map.borrow_mut();
        use indexmap::map::raw_entry_v1::RawEntryMut;
        match map
            .raw_entry_mut_v1()
            .from_hash(table_hash(hash), |k| keys_equal(&k.key, &key))
        {
            RawEntryMut::Occupied(mut e) => {
                // Drop the old value after the borrow ends (its destructor may run code).
                let _old = std::mem::replace(e.get_mut(), value);
            }
            RawEntryMut::Vacant(e) => {
                self.note_key(&key);
                e.insert_hashed_nocheck(table_hash(hash), DictKey { hash, key }, value);
                self.bump();
            }
        }
    }
    pub fn remove(&self, key: &Value, hash: u64) -> Option<Value> {
        let mut map = self.map.borrow_mut();
        use indexmap::map::raw_entry_v1::RawEntryMut;
        match map
            .raw_entry_mut_v1()
            .from_hash(table_hash(hash), |k| keys_equal(&k.key, key))
        {
            RawEntryMut::Occupied(e) => {
                self.bump();
                Some(e.shift_remove())
            }
            RawEntryMut::Vacant(_) => None,
        }
    }
    // String-keyed helpers for namespaces (globals, class dicts, kwargs).
    pub fn get_str(&self, name: &str) -> Option<Value> {
        let h = super::hash::str_hash(name) >> 1;
        let map = self.map.borrow();
        map.raw_entry_v1()
            .from_hash(table_hash(h), |k| k.is_str(name))
            .map(|(_, v)| v.clone())
    }
    /// The value under the `str` key `name`, found as `get` would find
    /// `Value::str(name)` (a key of a `str` subclass included), without
    /// making that key.
    pub fn get_str_key(&self, name: &str) -> Option<Value> {
        let h = super::hash::str_hash(name) >> 1;
        let map = self.map.borrow();
        map.raw_entry_v1()
            .from_hash(table_hash(h), |k| match &k.key {
                Value::Str(s) => &*s.s == name,
                Value::Instance(i)
                    if crate::interp::attr::user_override(i.class(), "__eq__").is_none() =>
                {
                    matches!(i.base_value(), Some(Value::Str(s)) if &*s.s == name)
                }
                _ => false,
            })
            .map(|(_, v)| v.clone())
    }
    pub fn set_str(&self, name: &str, value: Value) {
        let key = Value::str(name);
        let h = str_key_hash(&key);
        self.put(key, h, value);
    }
    pub fn set_key_str(&self, key: Value, value: Value) {
        let h = str_key_hash(&key);
        self.put(key, h, value);
    }
    pub fn remove_str(&self, name: &str) -> Option<Value> {
        let key = Value::str(name);
        let h = str_key_hash(&key);
        self.remove(&key, h)
    }
    pub fn keys(&self) -> Vec<Value> {
        self.map.borrow().keys().map(|k| k.key.clone()).collect()
    }
    /// The keys that are strings, as Rust strings (namespaces' names).
    pub fn str_keys(&self) -> Vec<String> {
        self.map
            .borrow()
            .keys()
            .filter_map(|k| match &k.key {
                Value::Str(s) => Some(s.as_str().to_string()),
                _ => None,
            })
            .collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.map.borrow().values().cloned().collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.map
            .borrow()
            .iter()
            .map(|(k, v)| (k.key.clone(), v.clone()))
            .collect()
    }
    /// The entries with their stored hashes: copying a dict calls no
    /// `__hash__`, as in CPython.
    pub fn items_hashed(&self) -> Vec<(Value, u64, Value)> {
        self.map
            .borrow()
            .iter()
            .map(|(k, v)| (k.key.clone(), k.hash, v.clone()))
            .collect()
    }
    pub fn entry_at(&self, i: usize) -> Option<(Value, Value)> {
        self.map
            .borrow()
            .get_index(i)
            .map(|(k, v)| (k.key.clone(), v.clone()))
    }
    /// Keys stored under `hash`, with their positions (a slow scan, for
    /// keys whose equality is Python code).
    /// The keys stored with `hash` and their positions, in insertion order:
    /// a walk of that hash's probe sequence, not a scan of the table.
    pub fn candidates(&self, hash: u64) -> Vec<(usize, Value)> {
        let map = self.map.borrow();
        let mut keys = Vec::new();
        // The test never matches, so every entry on the probe sequence is seen.
        let _ = map.raw_entry_v1().from_hash(table_hash(hash), |k| {
            if k.hash == hash {
                keys.push(k.key.clone());
            }
            false
        });
        let mut out: Vec<(usize, Value)> = keys
            .into_iter()
            .filter_map(|key| {
                map.raw_entry_v1()
                    .from_hash_full(table_hash(hash), |k| k.key.is(&key))
                    .map(|(i, _, _)| (i, key))
            })
            .collect();
        out.sort_by_key(|(i, _)| *i);
        out
    }
    /// Where the key that is `key` itself (by identity) is now.
    pub fn position_of(&self, key: &Value, hash: u64) -> Option<usize> {
        self.map
            .borrow()
            .raw_entry_v1()
            .from_hash_full(table_hash(hash), |k| k.key.is(key))
            .map(|(i, _, _)| i)
    }
    pub fn value_at(&self, i: usize) -> Option<Value> {
        self.map.borrow().get_index(i).map(|(_, v)| v.clone())
    }
    /// The Python function at entry `i`, if that is what it holds: a call
    /// through a global then takes one reference to the function itself.
    #[inline(always)]
    pub fn function_at(&self, i: usize) -> Option<Rc<Function>> {
        match self.map.borrow().get_index(i) {
            Some((_, Value::Function(func))) => Some(func.clone()),
            _ => None,
        }
    }
    /// Whether entry `i` holds the builtin function `b` itself.
    #[inline(always)]
    pub(crate) fn holds_builtin_at(
        &self,
        i: usize,
        b: &Rc<crate::runtime::function::Builtin>,
    ) -> bool {
        matches!(self.map.borrow().get_index(i), Some((_, Value::Builtin(x))) if Rc::ptr_eq(x, b))
    }
    /// The native function calling entry `i` calls, when it holds a plain
    /// builtin function (`id`, `abs`, `isinstance`: no method, nothing
    /// bound) or a builtin type with a known native constructor (`set`,
    /// `list`), with its signature and name: a call then reads them in
    /// place.
    #[inline(always)]
    pub(crate) fn builtin_function_at(
        &self,
        i: usize,
    ) -> Option<crate::runtime::function::NativeCall> {
        let plain = |b: &crate::runtime::function::Builtin| b.receivers() == 0 && b.bound.is_none();
        match self.map.borrow().get_index(i) {
            Some((_, Value::Builtin(b))) if plain(b) => Some((b.func, b.sig, b.name)),
            Some((_, Value::Class(c))) => c
                .known_native_constructor()
                .filter(|b| plain(b))
                .map(|b| (b.func, b.sig, b.name)),
            _ => None,
        }
    }
    pub fn set_value_at(&self, i: usize, v: Value) {
        let old = self
            .map
            .borrow_mut()
            .get_index_mut(i)
            .map(|(_, slot)| std::mem::replace(slot, v));
        drop(old);
    }
    pub fn remove_at(&self, i: usize) -> Option<Value> {
        self.bump();
        self.map.borrow_mut().shift_remove_index(i).map(|(_, v)| v)
    }
    /// A shallow copy, or MemoryError.
    pub fn copy(&self) -> PyResult<PyDict> {
        let map = self.map.borrow();
        let mut new = Map::with_hasher(Default::default());
        new.try_reserve(map.len()).map_err(|_| memory_error())?;
        for (k, v) in map.iter() {
            new.insert(
                DictKey {
                    hash: k.hash,
                    key: k.key.clone(),
                },
                v.clone(),
            );
        }
        Ok(PyDict {
            map: RefCell::new(new),
            version: Cell::new(self.version.get() & USER_KEYS),
        })
    }
}

/// Hash of a value known to be a `str`.
pub(crate) fn str_key_hash(v: &Value) -> u64 {
    match v {
        Value::Str(s) => s.hash() >> 1,
        _ => 0,
    }
}
