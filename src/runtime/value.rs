//! `Value`: what a Python variable holds.
//!
//! 16 bytes: small ints, floats, bools and None live inline; everything else
//! sits behind a reference-counted pointer, so copying a value is a tag and a
//! pointer plus (for heap objects) one counter increment.

use num_bigint::BigInt;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::class::Class;
use super::descriptor::{MemberDescr, Property, SuperObj};
use super::dict::PyDict;
use super::exception::ExcData;
use super::function::{BoundMethod, Builtin, Function};
use super::generator::PyGenerator;
use super::instance::Instance;
use super::iter::{DictView, PyIter, ViewKind};
use super::set::PySet;
use super::str_buf::StrBuf;

/// The tag is a whole word: a value moves as two aligned words, never as
/// a tag byte plus the seven bytes beside it.
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    #[default]
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    List(Rc<PyList>),
    Tuple(Rc<PyTuple>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    FrozenSet(Rc<PySet>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Function(Rc<Function>),
    Builtin(Rc<Builtin>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Instance),
    Iter(Rc<PyIter>),
    Generator(Rc<PyGenerator>),
    /// A coroutine or an async generator (its `kind` tells which).
    Coroutine(Rc<PyGenerator>),
    DictView(Rc<DictView>),
    Bytes(Rc<Vec<u8>>),
    /// A `bytearray`: bytes that can change in place.
    ByteArray(Rc<RefCell<Vec<u8>>>),
    Member(Rc<MemberDescr>),
    Property(Rc<Property>),
    ClassMethod(Rc<Value>),
    StaticMethod(Rc<Value>),
    Super(Rc<SuperObj>),
    /// Internal: the state of an exception object, kept in one of its slots.
    ExcState(Rc<RefCell<ExcData>>),
    /// Internal: the packed elements of an `array.array`, kept in its
    /// instance's slot 0.
    Packed(Rc<RefCell<super::packed::PackedArray>>),
    /// Internal: the items of a `collections.deque`, kept in its
    /// instance's slot 0.
    Deque(Rc<super::deque::PyDeque>),
    NotImplemented,
    Ellipsis,
}

/// Copying a value is written out so that it is inlined at every read:
/// nothing to do for the inline variants, one counter increment for the
/// rest; the derived copy was a call through one shared jump table.
impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        use std::mem::forget;
        match self {
            Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::NotImplemented
            | Value::Ellipsis => {}
            Value::Instance(i) => forget(i.clone()),
            Value::BigInt(r) => forget(Rc::clone(r)),
            Value::Str(r) => forget(Rc::clone(r)),
            Value::List(r) => forget(Rc::clone(r)),
            Value::Tuple(r) => forget(Rc::clone(r)),
            Value::Dict(r) => forget(Rc::clone(r)),
            Value::Set(r) | Value::FrozenSet(r) => forget(Rc::clone(r)),
            Value::Range(r) => forget(Rc::clone(r)),
            Value::Slice(r) => forget(Rc::clone(r)),
            Value::Function(r) => forget(Rc::clone(r)),
            Value::Builtin(r) => forget(Rc::clone(r)),
            Value::BoundMethod(r) => forget(Rc::clone(r)),
            Value::Class(r) => forget(Rc::clone(r)),
            Value::Iter(r) => forget(Rc::clone(r)),
            Value::Generator(r) | Value::Coroutine(r) => forget(Rc::clone(r)),
            Value::DictView(r) => forget(Rc::clone(r)),
            Value::Bytes(r) => forget(Rc::clone(r)),
            Value::ByteArray(r) => forget(Rc::clone(r)),
            Value::Member(r) => forget(Rc::clone(r)),
            Value::Property(r) => forget(Rc::clone(r)),
            Value::ClassMethod(r) | Value::StaticMethod(r) => forget(Rc::clone(r)),
            Value::Super(r) => forget(Rc::clone(r)),
            Value::ExcState(r) => forget(Rc::clone(r)),
            Value::Packed(r) => forget(Rc::clone(r)),
            Value::Deque(r) => forget(Rc::clone(r)),
        }
        // SAFETY: the match above took one more count on whatever `self`
        // owns (nothing, for the inline variants); the bitwise copy now owns
        // that count, so the copy and `self` each release one when dropped.
        unsafe { std::ptr::read(self) }
    }
}

/// A Python `str`: immutable UTF-8 text. `nchars` makes `len()` O(1) and lets
/// pure-ASCII strings (the common case) index by byte.
pub struct PyStr {
    pub s: StrBuf,
    pub nchars: usize,
    hash: Cell<u64>,
}

impl PyStr {
    fn with_buf(s: StrBuf) -> PyStr {
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            nchars,
            hash: Cell::new(0),
        }
    }
    pub fn new(s: &str) -> PyStr {
        PyStr::with_buf(StrBuf::copy_of(s))
    }
    pub fn from_string(s: String) -> PyStr {
        PyStr::with_buf(StrBuf::from_string(s))
    }
    pub fn as_str(&self) -> &str {
        &self.s
    }
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }
    /// The string's hash, computed once (0 means "not yet").
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let mut h = super::hash::str_hash(&self.s);
        if h == 0 {
            h = 1;
        }
        self.hash.set(h);
        h
    }
    /// The `i`-th character (0-based, in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }
}

pub struct PyList {
    pub items: RefCell<Vec<Value>>,
}

impl PyList {
    /// The item at `i` now, cloned (`None` past the end): how code that
    /// calls into Python between items reads a list that may change.
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }
}

pub struct PyTuple {
    pub items: Box<[Value]>,
}

pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl PyRange {
    /// The number of items; `None` past `i64::MAX` (`range(-2**63, 2**63 - 1)`),
    /// a length CPython's `len()` refuses too.
    pub fn len(&self) -> Option<i64> {
        i64::try_from(self.len_exact()).ok()
    }
    /// The number of items, exactly (at most 2**64 - 1).
    pub fn len_exact(&self) -> i128 {
        let (start, stop, step) = (
            i128::from(self.start),
            i128::from(self.stop),
            i128::from(self.step),
        );
        if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == Some(0)
    }
    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Value {
    /// A copy of a value read from a local variable: small ints and floats
    /// (most locals in arithmetic) are copied inline, the rest go through
    /// the out-of-line `clone`, whose jump on the variant would otherwise
    /// be shared by every read.
    #[inline(always)]
    pub fn clone_local(&self) -> Value {
        match self {
            Value::Int(i) => Value::Int(*i),
            Value::Float(x) => Value::Float(*x),
            _ => self.clone(),
        }
    }

    /// Drop a value where most are None, bools or small numbers (a call
    /// statement's result, a test's operands): those release nothing, so
    /// the out-of-line drop is called only for the rest.
    #[inline(always)]
    pub(crate) fn release(self) {
        if matches!(
            self,
            Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)
        ) {
            std::mem::forget(self);
        } else {
            drop(self);
        }
    }

    /// Whether dropping this value can never drop another value (it holds
    /// none): a container of such values needs no guard against deep drops.
    #[inline(always)]
    pub(crate) fn holds_no_values(&self) -> bool {
        matches!(
            self,
            Value::None
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
                | Value::Str(_)
                | Value::BigInt(_)
                | Value::Bytes(_)
                | Value::Range(_)
        )
    }

    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    /// `x + y` for two strings (their character counts simply add).
    pub fn str_concat(x: &PyStr, y: &PyStr) -> Value {
        Value::Str(Rc::new(PyStr {
            s: StrBuf::concat(&x.s, &y.s),
            nchars: x.nchars + y.nchars,
            hash: Cell::new(0),
        }))
    }
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }
    pub fn list(items: Vec<Value>) -> Value {
        let l = Rc::new(PyList {
            items: RefCell::new(items),
        });
        super::collector::track_list(&l);
        Value::List(l)
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        let t = Rc::new(PyTuple {
            items: items.into_boxed_slice(),
        });
        super::collector::track_tuple(&t);
        Value::Tuple(t)
    }
    /// A new dict value, known to the cycle collector.
    pub(crate) fn new_dict(d: super::dict::PyDict) -> Value {
        Value::Dict(super::collector::new_dict_rc(d))
    }
    /// A new set value, known to the cycle collector.
    pub(crate) fn new_set(s: super::set::PySet) -> Value {
        let s = Rc::new(s);
        super::collector::track_set(&s);
        Value::Set(s)
    }
    pub(crate) fn new_frozenset(s: super::set::PySet) -> Value {
        let s = Rc::new(s);
        super::collector::track_set(&s);
        Value::FrozenSet(s)
    }
    pub fn bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The Python type name, as used in error messages.
    pub fn type_name(&self) -> String {
        match self {
            Value::Instance(i) => {
                let c = i.class();
                if let Some(name) = c.c_name.get() {
                    return name.to_string();
                }
                // A builtin type of a module goes by its dotted name, as
                // CPython's C types do ('array.array').
                if !c.is_user() && &*c.module != "builtins" {
                    format!("{}.{}", c.module, c.name)
                } else {
                    c.name.to_string()
                }
            }
            Value::Class(c) => {
                if let Some(meta) = &c.metaclass {
                    meta.name.to_string()
                } else {
                    "type".to_string()
                }
            }
            other => other.builtin_type_name().to_string(),
        }
    }

    pub fn builtin_type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
            Value::Range(_) => "range",
            Value::Slice(_) => "slice",
            Value::Function(_) => "function",
            Value::Builtin(b) => b.type_name(),
            Value::BoundMethod(_) => "method",
            Value::Class(_) => "type",
            Value::Instance(_) => "object",
            Value::Iter(it) => it.type_name(),
            Value::Generator(_) => "generator",
            Value::Coroutine(g) => g.kind.type_name(),
            Value::DictView(v) => match v.kind {
                ViewKind::Keys => "dict_keys",
                ViewKind::Values => "dict_values",
                ViewKind::Items => "dict_items",
                ViewKind::Proxy => "mappingproxy",
            },
            Value::Bytes(_) => "bytes",
            Value::ByteArray(_) => "bytearray",
            Value::Member(_) => "member_descriptor",
            Value::Property(_) => "property",
            Value::ClassMethod(_) => "classmethod",
            Value::StaticMethod(_) => "staticmethod",
            Value::Super(_) => "super",
            Value::ExcState(_) => "exception_state",
            Value::Packed(_) => "packed_array",
            Value::Deque(_) => "deque_storage",
            Value::NotImplemented => "NotImplementedType",
            Value::Ellipsis => "ellipsis",
        }
    }

    /// Identity, as `is` sees it.
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Instance(a), Value::Instance(b)) => Instance::ptr_eq(a, b),
            (Value::Instance(_), Value::None) | (Value::None, Value::Instance(_)) => false,
            _ => self.is_other(other),
        }
    }

    fn is_other(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints are cached in CPython; all inline ints compare by value here.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.heap_ptr(), other.heap_ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// Address of the heap object, for identity and `id()`.
    pub fn heap_ptr(&self) -> Option<usize> {
        Some(match self {
            Value::BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Set(r) | Value::FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Instance(r) => r.addr(),
            Value::Member(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Property(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::ClassMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::StaticMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Super(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::ExcState(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Packed(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Deque(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Generator(r) | Value::Coroutine(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::DictView(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::ByteArray(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return None,
        })
    }

    /// A new bytearray holding `bytes`.
    pub fn bytearray(bytes: Vec<u8>) -> Value {
        Value::ByteArray(Rc::new(RefCell::new(bytes)))
    }

    /// The bytes of a bytes-like value (bytes or bytearray); a bytearray's
    /// are copied, so no borrow outlives the call.
    pub fn byte_content(&self) -> Option<std::borrow::Cow<'_, [u8]>> {
        match self {
            Value::Bytes(b) => Some(std::borrow::Cow::Borrowed(&b[..])),
            Value::ByteArray(b) => Some(std::borrow::Cow::Owned(b.borrow().clone())),
            // An `array.array` exposes its packed elements (the buffer
            // protocol: `bytes(arr)`, `struct.unpack(fmt, arr)`).
            Value::Instance(i) => i
                .packed()
                .map(|p| std::borrow::Cow::Owned(p.borrow().bytes.clone())),
            _ => None,
        }
    }

    /// `f` of the bytes of a bytes-like value, read where they are (a
    /// bytearray's or an array's borrowed for the call, which must run no
    /// Python code): no copy, however big.
    pub fn with_bytes<R>(&self, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
        match self {
            Value::Bytes(b) => Some(f(b)),
            Value::ByteArray(b) => Some(f(&b.borrow())),
            Value::Instance(i) => i.packed().map(|p| f(&p.borrow().bytes)),
            _ => None,
        }
    }

    /// How many references to this object exist, for a value with a heap
    /// object of its own (None for values held inline: small ints, None).
    pub(crate) fn ref_count(&self) -> Option<usize> {
        Some(match self {
            Value::Str(r) => Rc::strong_count(r),
            Value::List(r) => Rc::strong_count(r),
            Value::Tuple(r) => Rc::strong_count(r),
            Value::Dict(r) => Rc::strong_count(r),
            Value::Set(r) | Value::FrozenSet(r) => Rc::strong_count(r),
            Value::Bytes(r) => Rc::strong_count(r),
            Value::ByteArray(r) => Rc::strong_count(r),
            Value::BigInt(r) => Rc::strong_count(r),
            Value::Function(r) => Rc::strong_count(r),
            Value::Class(r) => Rc::strong_count(r),
            Value::Instance(i) => i.ref_count(),
            _ => return None,
        })
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
    }

    #[test]
    fn a_copy_shares_the_object_and_counts_it() {
        let s = Rc::new(PyStr::new("counted"));
        let v = Value::Str(s.clone());
        let copies = vec![v.clone(), v.clone()];
        assert_eq!(Rc::strong_count(&s), 4);
        assert_eq!(copies[0].heap_ptr(), v.heap_ptr());
        drop(copies);
        drop(v);
        assert_eq!(Rc::strong_count(&s), 1);
        let n = Value::Int(7);
        assert!(matches!(n.clone(), Value::Int(7)));
    }
}
