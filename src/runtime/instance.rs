//! Instances of Python classes.
//!
//! An instance is one heap allocation: a 16-byte header (reference count,
//! slot count, class) followed by a fixed array of value slots whose meaning
//! the class's [`InstanceLayout`] decides:
//!
//! ```text
//!  slotted Point (__slots__ = ('x', 'y'))      dict-backed Point
//!  +------+-----+-------+                      +------+-----+-------+
//!  | refs | len | class |  header, 16 bytes    | refs | len | class |
//!  +------+-----+-------+                      +------+-----+-------+
//!  | x (slot 0)         |  16 bytes            | __dict__ (if made) |
//!  | y (slot 1)         |  16 bytes            | x  (shared key 0)  |
//!  +--------------------+                      | y  (shared key 1)  |
//!        48 bytes                              +--------------------+
//!                                                    64 bytes
//! ```
//!
//! Named slots (`__slots__`) are reached through member descriptors on the
//! class, by index. A dict-backed instance keeps its attributes' *values*
//! inline too, in the order of a key table shared by all instances of the
//! class (as CPython's key-sharing dictionaries do); a real `dict` is only
//! built when the script asks for `__dict__`, deletes an attribute, or sets
//! attributes in an order the shared table cannot express.

use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;
use std::rc::Rc;

use pyslot_grammar::ast::Name;

use super::class::Class;
use super::dict::PyDict;
use super::exception::ExcData;
use super::value::Value;

/// How many attribute values a dict-backed instance keeps inline at most.
pub(crate) const MAX_INLINE_ATTRS: usize = 30;

/// Where an instance keeps what, decided once per class.
#[derive(Clone, Debug, Default)]
pub struct InstanceLayout {
    /// Slots every instance has: named slots, then the hidden ones.
    pub fixed: usize,
    /// `__slots__` names (mangled) with their slot index, inherited first.
    pub slot_names: Vec<(Name, usize)>,
    /// The slot holding a materialized `__dict__` (dict-backed classes).
    pub dict_slot: Option<usize>,
    /// The slot holding exception state (exception classes).
    pub exc_slot: Option<usize>,
    /// The slot holding the builtin value a subclass of a builtin type
    /// wraps (the `list` of a `class Stack(list)` instance).
    pub base_value: Option<usize>,
    /// `__weakref__` was declared (or a base has it).
    pub weakref: bool,
    /// The class or a base defines `__del__`.
    pub finalizer: bool,
}

type Slot = Cell<Option<Value>>;

#[repr(C)]
struct Header {
    refs: Cell<u32>,
    /// The slot count in the low bits, the `FLAG_*` bits above it.
    meta: Cell<u32>,
    class: Rc<Class>,
}

/// The cycle collector's registry points at this block: when the last
/// handle goes, the contents are dropped but the block stays until the
/// registry lets go of it (an [`InstanceWeak`]).
const FLAG_TRACKED: u32 = 1 << 31;
/// `__del__` has run (it runs once, as CPython's does since PEP 442).
const FLAG_FINALIZED: u32 = 1 << 30;
/// Python weak references to this instance exist (`weakref.ref`).
const FLAG_WEAKLY_REFERENCED: u32 = 1 << 29;
const LEN_MASK: u32 = (1 << 29) - 1;

/// A reference-counted handle to an instance (one pointer).
pub struct Instance {
    ptr: NonNull<Header>,
}

fn layout_for(len: usize) -> Layout {
    match Layout::new::<Header>().extend(match Layout::array::<Slot>(len) {
        Ok(l) => l,
        Err(_) => handle_alloc_error(Layout::new::<Header>()),
    }) {
        Ok((l, _)) => l.pad_to_align(),
        Err(_) => handle_alloc_error(Layout::new::<Header>()),
    }
}

impl Instance {
    /// A new instance of `class` with every slot empty.
    pub fn new(class: Rc<Class>) -> Instance {
        let layout = &class.layout;
        let inline = if layout.dict_slot.is_some() {
            class.shared_keys.borrow().len().min(MAX_INLINE_ATTRS)
        } else {
            0
        };
        Instance::with_len(class.clone(), layout.fixed + inline)
    }

    fn with_len(class: Rc<Class>, len: usize) -> Instance {
        let len32 = u32::try_from(len)
            .ok()
            .filter(|&n| n <= LEN_MASK)
            .expect("an instance has fewer than 2**29 slots");
        let layout = layout_for(len);
        // SAFETY: the layout has a non-zero size (the header); every slot is
        // initialized before the handle exists.
        unsafe {
            // Small instances land in the slab (the global allocator).
            let p = alloc(layout) as *mut Header;
            let Some(ptr) = NonNull::new(p) else {
                handle_alloc_error(layout)
            };
            if super::census::on() {
                super::census::note_new(&class, layout.size());
            }
            p.write(Header {
                refs: Cell::new(1),
                meta: Cell::new(len32),
                class,
            });
            let slots = Self::slots_ptr(p);
            for i in 0..len {
                slots.add(i).write(Cell::new(None));
            }
            // Not tracked by the cycle collector yet: an instance holding
            // only numbers and strings cannot be part of a cycle. `set`
            // tracks it when it first stores anything else.
            Instance { ptr }
        }
    }

    fn len(&self) -> usize {
        (self.header().meta.get() & LEN_MASK) as usize
    }

    fn flag(&self, flag: u32) -> bool {
        self.header().meta.get() & flag != 0
    }

    fn set_flag(&self, flag: u32, on: bool) {
        let meta = &self.header().meta;
        meta.set(if on {
            meta.get() | flag
        } else {
            meta.get() & !flag
        });
    }

    /// A new handle to the live instance at `addr`.
    ///
    /// # Safety
    /// `addr` must be the address of an instance whose count is above zero.
    pub(crate) unsafe fn from_live_addr(addr: usize) -> Instance {
        let ptr = NonNull::new(addr as *mut Header).unwrap_or(NonNull::dangling());
        let borrowed = std::mem::ManuallyDrop::new(Instance { ptr });
        Instance::clone(&borrowed)
    }

    /// Whether any slot holds a value that may be part of a cycle.
    pub(crate) fn may_cycle(&self) -> bool {
        let mut any = false;
        self.for_each_slot(&mut |v| any |= super::collector::may_cycle(v));
        any
    }

    /// Whether `__del__` has run on this instance.
    pub(crate) fn finalized(&self) -> bool {
        self.flag(FLAG_FINALIZED)
    }

    pub(crate) fn mark_finalized(&self) {
        self.set_flag(FLAG_FINALIZED, true);
    }

    pub(crate) fn weakly_referenced(&self) -> bool {
        self.flag(FLAG_WEAKLY_REFERENCED)
    }

    pub(crate) fn mark_weakly_referenced(&self) {
        self.set_flag(FLAG_WEAKLY_REFERENCED, true);
    }

    /// Empty every slot, returning what they held (the cycle collector
    /// breaks a garbage cycle this way).
    pub(crate) fn take_slots(&self) -> Vec<Value> {
        self.slots().iter().filter_map(Cell::take).collect()
    }

    /// Call `f` on each value the slots hold, without cloning them.
    pub(crate) fn for_each_slot(&self, f: &mut dyn FnMut(&Value)) {
        for slot in self.slots() {
            // SAFETY: single-threaded, and `f` only reads the value (the
            // collector's visitors run no Python code and store nothing),
            // so the slot is not replaced while it is borrowed.
            if let Some(v) = unsafe { &*slot.as_ptr() } {
                f(v);
            }
        }
    }

    fn slots_ptr(p: *mut Header) -> *mut Slot {
        // SAFETY: `p` points at an instance block made by `with_len`, whose
        // slots start right after the 16-byte header, inside the block.
        unsafe { (p as *mut u8).add(std::mem::size_of::<Header>()) as *mut Slot }
    }

    fn header(&self) -> &Header {
        // SAFETY: the handle keeps the allocation alive.
        unsafe { self.ptr.as_ref() }
    }

    pub fn class(&self) -> &Rc<Class> {
        &self.header().class
    }

    pub fn slots(&self) -> &[Slot] {
        let len = self.len();
        // SAFETY: `len` slots were initialized in `with_len`.
        unsafe { std::slice::from_raw_parts(Self::slots_ptr(self.ptr.as_ptr()), len) }
    }

    /// The value in slot `i` (None when unset or out of range).
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<Value> {
        let slot = self.slots().get(i)?;
        // SAFETY: single-threaded; cloning a Value runs no Python code, so
        // nothing can replace the slot while it is borrowed.
        unsafe { (*slot.as_ptr()).clone() }
    }

    /// The length of the list, tuple, str, dict or set in slot `i`, read
    /// where it is (no reference taken): `len(self.items)`. None for
    /// anything else, whose length may need Python code.
    #[inline(always)]
    pub(crate) fn builtin_len_at(&self, i: usize) -> Option<usize> {
        let slot = self.slots().get(i)?;
        // SAFETY: single-threaded; only a length is read, which runs no
        // Python code, so nothing can replace the slot while it is borrowed.
        match unsafe { &*slot.as_ptr() } {
            Some(Value::List(l)) => Some(l.items.borrow().len()),
            Some(Value::Tuple(t)) => Some(t.items.len()),
            Some(Value::Str(s)) => Some(s.nchars),
            Some(Value::Dict(d)) => Some(d.len()),
            Some(Value::Set(s)) => Some(s.len()),
            _ => None,
        }
    }

    /// Whether slot `i` holds a value (false when out of range).
    #[inline]
    pub(crate) fn is_set(&self, i: usize) -> bool {
        match self.slots().get(i) {
            // SAFETY: single-threaded; the slot is only looked at, and
            // nothing runs while it is.
            Some(slot) => unsafe { (*slot.as_ptr()).is_some() },
            None => false,
        }
    }

    /// Store into slot `i`, returning the previous value.
    pub fn set(&self, i: usize, v: Option<Value>) -> Option<Value> {
        if !self.flag(FLAG_TRACKED) && v.as_ref().is_some_and(super::collector::may_cycle) {
            super::collector::track(super::collector::Tracked::Instance(InstanceWeak::new(self)));
        }
        match self.slots().get(i) {
            Some(slot) => slot.replace(v),
            None => v,
        }
    }

    /// How many handles to this instance exist.
    pub(crate) fn ref_count(&self) -> usize {
        usize::try_from(self.header().refs.get()).unwrap_or(usize::MAX)
    }

    pub fn addr(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    pub fn ptr_eq(a: &Instance, b: &Instance) -> bool {
        a.ptr == b.ptr
    }

    /// Bytes this instance occupies: header plus its slot array.
    pub fn size_bytes(&self) -> usize {
        layout_for(self.len()).size()
    }

    // ------------------------------------------------ exception state

    /// The builtin value an instance of a builtin type's subclass wraps.
    #[inline]
    pub fn base_value(&self) -> Option<Value> {
        let i = self.class().layout.base_value?;
        self.get(i)
    }

    /// The packed elements of an `array.array` (or a subclass's)
    /// instance, which keeps them in slot 0.
    pub fn packed(&self) -> Option<Rc<RefCell<super::packed::PackedArray>>> {
        match self.get(0) {
            Some(Value::Packed(p)) => Some(p),
            _ => None,
        }
    }

    /// The items of a `collections.deque` (or a subclass's) instance,
    /// which keeps them in slot 0.
    pub(crate) fn deque(&self) -> Option<Rc<super::deque::PyDeque>> {
        match self.get(0) {
            Some(Value::Deque(d)) => Some(d),
            _ => None,
        }
    }

    pub fn exc(&self) -> Option<Rc<RefCell<ExcData>>> {
        let i = self.class().layout.exc_slot?;
        match self.get(i) {
            Some(Value::ExcState(d)) => Some(d),
            _ => None,
        }
    }

    // ------------------------------------------------ attribute storage

    /// The materialized `__dict__`, if this instance has one now.
    pub fn dict(&self) -> Option<Rc<PyDict>> {
        let i = self.class().layout.dict_slot?;
        match self.get(i) {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        }
    }

    /// Whether this instance has made its `__dict__` (its inline slots
    /// are then empty for good).
    pub(crate) fn dict_is_materialized(&self) -> bool {
        self.class()
            .layout
            .dict_slot
            .is_some_and(|i| self.is_set(i))
    }

    pub fn has_dict(&self) -> bool {
        self.class().layout.dict_slot.is_some()
    }

    /// The inline attribute slots: (first slot index, count).
    fn inline_range(&self) -> (usize, usize) {
        let fixed = self.class().layout.fixed;
        (fixed, self.len().saturating_sub(fixed))
    }

    /// The names of the attributes the instance holds itself, in order,
    /// read without materializing a `__dict__`.
    pub(crate) fn own_attr_names(&self) -> Vec<String> {
        if let Some(d) = self.dict() {
            return d
                .keys()
                .iter()
                .filter_map(|k| k.as_str().map(str::to_string))
                .collect();
        }
        if self.class().layout.dict_slot.is_none() {
            return Vec::new();
        }
        let (base, n) = self.inline_range();
        let keys = self.class().shared_keys.borrow().clone();
        keys.iter()
            .enumerate()
            .take(n)
            .filter(|(j, _)| self.get(base + j).is_some())
            .map(|(_, k)| k.to_string())
            .collect()
    }

    /// Read an attribute from the instance's own storage.
    pub fn get_attr(&self, name: &str) -> Option<Value> {
        if let Some(d) = self.dict() {
            return d.get_str(name);
        }
        self.class().layout.dict_slot?;
        let (base, n) = self.inline_range();
        let j = self.class().shared_key_index(name)?;
        if j < n {
            self.get(base + j)
        } else {
            None
        }
    }

    /// Store an attribute; false when the instance has no `__dict__`.
    pub fn set_attr(&self, name: &str, v: Value) -> bool {
        let Some(dict_slot) = self.class().layout.dict_slot else {
            return false;
        };
        if let Some(Value::Dict(d)) = self.get(dict_slot) {
            // Instances that outgrew the inline storage still teach the
            // class its usual attribute order, for the instances after them.
            let class = self.class();
            let known = class.shared_keys.borrow().len();
            if d.len() == known
                && known < MAX_INLINE_ATTRS
                && class.shared_key_index(name).is_none()
            {
                class.shared_keys.borrow_mut().push(Rc::from(name));
                // Cached method lookups assumed this name could not be an
                // inline attribute (`attr_cache::METHOD_UNHIDDEN`).
                super::class::classes_changed();
            }
            d.set_str(name, v);
            return true;
        }
        let (base, n) = self.inline_range();
        let filled = (0..n).take_while(|&k| self.is_set(base + k)).count();
        let class = self.class();
        let j = match class.shared_key_index(name) {
            Some(j) => Some(j),
            // A new key extends the shared table when this instance is the
            // first to get that far (its values are a full prefix).
            None if filled == class.shared_keys.borrow().len()
                && class.shared_keys.borrow().len() < MAX_INLINE_ATTRS =>
            {
                class.shared_keys.borrow_mut().push(Rc::from(name));
                super::class::classes_changed();
                Some(class.shared_keys.borrow().len() - 1)
            }
            None => None,
        };
        if let Some(j) = j {
            // Inline when the slot exists and keeps insertion order a prefix.
            if j < n && j <= filled {
                let old = self.set(base + j, Some(v));
                drop(old);
                return true;
            }
        }
        let d = self.materialize();
        d.set_str(name, v);
        true
    }

    /// Remove an attribute from the instance's storage; None when absent.
    pub fn del_attr(&self, name: &str) -> Option<Value> {
        self.class().layout.dict_slot?;
        let d = self.materialize();
        d.remove_str(name)
    }

    /// Move the inline attribute values into a real dict (once) and return it.
    pub fn materialize(&self) -> Rc<PyDict> {
        if let Some(d) = self.dict() {
            return d;
        }
        let d = crate::runtime::collector::new_dict_rc(PyDict::new());
        let (base, n) = self.inline_range();
        let keys = self.class().shared_keys.borrow().clone();
        for (j, key) in keys.iter().enumerate().take(n) {
            if let Some(v) = self.set(base + j, None) {
                d.set_str(key, v);
            }
        }
        if let Some(i) = self.class().layout.dict_slot {
            self.set(i, Some(Value::Dict(d.clone())));
        }
        d
    }

    /// Replace the attribute storage with `d` (`obj.__dict__ = d`).
    pub fn replace_dict(&self, d: Rc<PyDict>) -> bool {
        let Some(i) = self.class().layout.dict_slot else {
            return false;
        };
        let (base, n) = self.inline_range();
        for k in 0..n {
            self.set(base + k, None);
        }
        self.set(i, Some(Value::Dict(d)));
        true
    }
}

impl Clone for Instance {
    fn clone(&self) -> Instance {
        let h = self.header();
        let n = h.refs.get();
        if n == u32::MAX {
            // A count that would wrap is a bug; never let it free live memory.
            std::process::abort();
        }
        h.refs.set(n + 1);
        Instance { ptr: self.ptr }
    }
}

impl Drop for Instance {
    #[inline(always)]
    fn drop(&mut self) {
        let h = self.header();
        let n = h.refs.get() - 1;
        h.refs.set(n);
        if n == 0 {
            self.last_handle_dropped();
        }
    }
}

impl Instance {
    /// The count reached zero: finalize, or free the slots and the block.
    #[inline(never)]
    fn last_handle_dropped(&mut self) {
        let h = self.header();
        if h.class.layout.finalizer && !self.finalized() {
            // `__del__` must run before the instance goes: keep it alive
            // (this handle's count back to one) until the evaluator's next
            // safe point calls it there.
            self.mark_finalized();
            h.refs.set(1);
            super::collector::finalize_later(Instance { ptr: self.ptr });
            return;
        }
        if self.weakly_referenced() {
            super::weak::referent_died(self.addr());
        }
        let len = self.len();
        if super::census::on() {
            super::census::note_drop(&h.class, layout_for(len).size());
        }
        let tracked = self.flag(FLAG_TRACKED);
        if tracked {
            super::collector::note_freed();
        }
        let p = self.ptr.as_ptr();
        // SAFETY: the count reached zero, so this is the last handle; the
        // slots and the header were initialized in `with_len`. The values
        // are moved out before the trash takes them, so each is dropped
        // once. A tracked block stays allocated (its slots and class gone)
        // until the registry's `InstanceWeak` frees it.
        unsafe {
            let slots = Self::slots_ptr(p);
            let nesting = super::trash::enter();
            for i in 0..len {
                if let Some(v) = std::ptr::read(slots.add(i)).into_inner() {
                    if nesting.is_some() {
                        drop(v);
                    } else {
                        super::trash::park(v);
                    }
                }
            }
            std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).class));
            if !tracked {
                dealloc(p as *mut u8, layout_for(len));
            }
            drop(nesting);
        }
    }
}

/// The cycle collector's handle on an instance: it neither keeps the
/// instance alive nor lets its block be freed under it.
pub(crate) struct InstanceWeak {
    ptr: NonNull<Header>,
}

impl InstanceWeak {
    fn new(inst: &Instance) -> InstanceWeak {
        inst.set_flag(FLAG_TRACKED, true);
        InstanceWeak { ptr: inst.ptr }
    }

    pub(crate) fn alive(&self) -> bool {
        // SAFETY: as in `upgrade`.
        unsafe { self.ptr.as_ref() }.refs.get() > 0
    }

    /// A handle to the instance while it lives.
    pub(crate) fn upgrade(&self) -> Option<Instance> {
        // SAFETY: the block stays allocated while this weak handle exists
        // (FLAG_TRACKED); only its header fields are read here.
        let h = unsafe { self.ptr.as_ref() };
        let n = h.refs.get();
        if n == 0 || n == u32::MAX {
            return None;
        }
        h.refs.set(n + 1);
        Some(Instance { ptr: self.ptr })
    }
}

impl Drop for InstanceWeak {
    fn drop(&mut self) {
        let p = self.ptr.as_ptr();
        // SAFETY: as in `upgrade`, the block is still allocated. A dead
        // instance's contents were dropped by `Instance::drop`, which left
        // the block to this handle; a live one just stops being tracked.
        unsafe {
            let h = &*p;
            let meta = h.meta.get();
            if h.refs.get() == 0 {
                dealloc(p as *mut u8, layout_for((meta & LEN_MASK) as usize));
            } else {
                h.meta.set(meta & !FLAG_TRACKED);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_sizes_are_pinned() {
        // The lesson's numbers depend on these: a change shows up here first.
        assert_eq!(std::mem::size_of::<Header>(), 16);
        assert_eq!(std::mem::size_of::<Slot>(), 16);
        assert_eq!(std::mem::size_of::<Instance>(), 8);
        assert_eq!(layout_for(0).size(), 16);
        assert_eq!(layout_for(2).size(), 48);
    }
}
