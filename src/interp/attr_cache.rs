//! Inline caches on attribute access sites: `p.x` remembers, for the first
//! four classes it sees, which slot holds `x`, so the next access with an
//! instance of one of them is a few comparisons and one array read. Any change
//! to any class namespace bumps an epoch that invalidates every site.
//!
//! Behind the sites is one table for the whole interpreter, keyed by class
//! and name: a method of a base class runs on instances of a dozen
//! subclasses, more than a site holds, and each miss would otherwise walk
//! the MRO and hash the name several times.

use std::cell::Cell;
use std::rc::Rc;

use super::Interp;
use crate::runtime::class::{epoch, Class};
use crate::runtime::exception::PyResult;
use crate::runtime::function::{BoundMethod, Builtin, Function};
use crate::runtime::instance::Instance;
use crate::runtime::value::Value;

/// What the interpreter remembers about one attribute access site (an
/// inline cache): for up to four classes seen there, where the attribute
/// lives. Several entries, because a method inherited by subclasses sees
/// instances of each of them at the same site (a base `Task` with four
/// kinds of task); past four, the table behind the sites answers. The unit's side tables
/// (`site_tables.rs`) hold one per attribute access of its tree.
#[derive(Default)]
pub(crate) struct AttrSite {
    entries: [AttrEntry; SITE_ENTRIES],
}

/// Entries per site: four cover a base class and its usual handful of
/// subclasses (scheduler bench: 1.9% fewer instructions than two).
const SITE_ENTRIES: usize = 4;

impl AttrSite {
    /// Forget what was cached.
    pub(crate) fn clear(&self) {
        for e in &self.entries {
            e.class_id.set(0);
        }
    }
}

#[derive(Default)]
struct AttrEntry {
    /// Identity of the class (0: nothing cached).
    class_id: Cell<usize>,
    /// The class-change epoch the entry was made in.
    epoch: Cell<u64>,
    /// How to reach the attribute (one of the kinds below).
    kind: Cell<u8>,
    /// The slot, inline index or packed method place.
    index: Cell<u32>,
}

/// The attribute is a `__slots__` member: `index` is its slot.
const MEMBER: u8 = 1;
/// The attribute lives in a dict-backed instance's inline values, in slot
/// `index` (the class's fixed slots plus the shared-key position), and the
/// class has nothing by that name that would come first (see
/// `instance_first`). Making a `__dict__` empties the inline slots for
/// good, so a filled slot is the attribute's value whatever else holds.
const INLINE: u8 = 2;

/// The attribute lives in the instance's own (materialized) `__dict__`, and
/// the class has nothing by that name that would come first: no MRO walk,
/// and `index` is the dict entry where it was (a module's function, say),
/// tried before a hashed lookup.
const DICT: u8 = 4;

/// The attribute is a plain function in the class dict of MRO entry
/// `index >> METHOD_POS_SHIFT`, at dict entry `index & METHOD_ENTRY_MASK`:
/// a method call's target. Only method-call sites hold these.
const METHOD: u8 = 3;
/// A builtin class's method (a list's `append`), at the same kind of place
/// as a `METHOD`: the call site of a builtin value's method.
const BUILTIN_METHOD: u8 = 6;
/// A `METHOD` whose name is not among the class's shared instance keys, so
/// an instance keeping its attributes inline cannot hide it. (A class
/// learning a new shared key bumps the epoch, which retires this entry.)
const METHOD_UNHIDDEN: u8 = 5;
/// A property on the class (a data descriptor: it comes before the
/// instance's own attributes), at the same kind of place as a `METHOD`:
/// a read calls its getter. Only read sites hold these.
const PROPERTY: u8 = 7;
/// A `staticmethod` or a `classmethod` on the class, at the same kind of
/// place as a `METHOD`: a call site's target is the function inside, with
/// no receiver or with the instance's class. Only call sites hold these.
const STATIC_METHOD: u8 = 8;
const CLASS_METHOD: u8 = 9;
/// For a class itself as the receiver (`Config.SIZE`, `Base.__init__(self)`,
/// `Vector.zero()`): the value at a `METHOD`-like place along its MRO, as
/// it is (a function, a number, a string: see `plain_class_value`).
const CLASS_VALUE: u8 = 10;
/// For a class as the receiver: a `staticmethod` there (the function
/// inside).
const CLASS_STATIC: u8 = 11;
/// For a class as the receiver: a `classmethod` there (its function, with
/// the class).
const CLASS_CLASSMETHOD: u8 = 12;
/// A builtin value's method (a list's `append`), for a builtin value as
/// the receiver: `index` is the method's place in the table's `natives`.
/// A builtin type's dict never changes (its attributes cannot be set), so
/// the method found once is the method for good.
const NATIVE_METHOD: u8 = 13;
/// `super().name(...)` in a method of class `after`, for instances of the
/// entry's class: `index` packs `after`'s place in that class's MRO (its
/// top four bits), the place of the class `name` was found in after it
/// (the next four) and the dict entry there (the rest). The place of
/// `after` is checked at each use: a class body run twice makes two
/// classes whose methods share the site.
const SUPER_METHOD: u8 = 14;
const SUPER_AFTER_SHIFT: u32 = 28;
const SUPER_PLACE_LIMIT: usize = 16;
const METHOD_POS_SHIFT: u32 = 24;
const METHOD_ENTRY_MASK: u32 = (1 << METHOD_POS_SHIFT) - 1;

fn class_id(c: &Rc<Class>) -> usize {
    Rc::as_ptr(c) as usize
}

/// Entries about a class itself as the receiver are keyed by its address
/// with the low bit set (an `Rc`'s address is aligned, never odd), apart
/// from the entries about its instances.
fn receiver_class_id(c: &Rc<Class>) -> usize {
    class_id(c) | 1
}

/// A class attribute whose reading from the class gives it back as it is:
/// no descriptor to call (a Python instance might have `__get__`).
fn plain_class_value(v: &Value) -> bool {
    matches!(
        v,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::BigInt(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Tuple(_)
            | Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Function(_)
    )
}

/// What `cls.name` gives at a class-receiver entry's place: the value, and
/// the class when it is a classmethod's receiver. `None` when the place
/// holds something else now.
fn class_receiver_target(
    cls: &Rc<Class>,
    kind: u8,
    index: usize,
) -> Option<(Value, Option<Value>)> {
    match (kind, method_at(cls, index)?) {
        (CLASS_VALUE, v) if plain_class_value(&v) => Some((v, None)),
        (CLASS_STATIC, Value::StaticMethod(f)) => Some(((*f).clone(), None)),
        (CLASS_CLASSMETHOD, Value::ClassMethod(f)) => {
            Some(((*f).clone(), Some(Value::Class(cls.clone()))))
        }
        _ => None,
    }
}

fn site_hit(site: &AttrSite, id: usize) -> Option<(u8, usize)> {
    let e = site.entries.iter().find(|e| e.class_id.get() == id)?;
    if e.epoch.get() == epoch() {
        Some((e.kind.get(), e.index.get() as usize))
    } else {
        None
    }
}

/// How a site uses an attribute: its entries are only good for the same
/// use (a class may override `__setattr__` and not `__getattribute__`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
    Get,
    Set,
    Call,
}

/// What a site entry says, for one class, one name and one use.
struct Located {
    class_id: usize,
    epoch: u64,
    access: Access,
    name: Box<str>,
    kind: u8,
    index: u32,
}

/// The table behind the sites: direct-mapped, a new entry replaces
/// whatever had its place.
pub(crate) struct AttrTable {
    entries: Vec<Option<Located>>,
    /// The builtin types' methods that call sites have met, each once
    /// (`NATIVE_METHOD` entries name them by position).
    natives: Vec<Rc<Builtin>>,
}

/// Entries in the table: a program's (class, attribute) pairs that sites
/// share out, with room to spare.
const TABLE_BITS: u32 = 10;

impl AttrTable {
    pub(crate) fn new() -> AttrTable {
        AttrTable {
            entries: std::iter::repeat_with(|| None)
                .take(1 << TABLE_BITS)
                .collect(),
            natives: Vec::new(),
        }
    }

    /// The position of builtin method `b` in `natives`, added if new.
    /// Only a call site's miss asks, and a program meets a few dozen
    /// builtin methods: a walk of the list is enough.
    fn native_place(&mut self, b: &Rc<Builtin>) -> Option<u32> {
        let at = match self.natives.iter().position(|n| Rc::ptr_eq(n, b)) {
            Some(at) => at,
            None => {
                self.natives.push(b.clone());
                self.natives.len() - 1
            }
        };
        u32::try_from(at).ok()
    }

    /// The builtin method at position `at` of `natives`.
    pub(crate) fn native(&self, at: usize) -> Option<&Rc<Builtin>> {
        self.natives.get(at)
    }

    fn place(id: usize, name: &str, access: Access) -> usize {
        use std::hash::Hasher;
        let mut h = rustc_hash::FxHasher::default();
        h.write_usize(id);
        h.write_u8(access as u8);
        // The name's address, not its bytes: a site passes the same string
        // each time, and the entry's own copy of the name decides.
        h.write_usize(name.as_ptr() as usize);
        // The top bits are the best mixed; the shift leaves TABLE_BITS of them.
        usize::try_from(h.finish() >> (64 - TABLE_BITS)).unwrap_or(0)
    }

    fn get(&self, id: usize, name: &str, access: Access) -> Option<(u8, usize)> {
        let e = self.entries.get(Self::place(id, name, access))?.as_ref()?;
        let found =
            e.class_id == id && e.epoch == epoch() && e.access == access && *e.name == *name;
        found.then_some((e.kind, e.index as usize))
    }

    fn put(&mut self, id: usize, name: &str, access: Access, kind: u8, index: u32) {
        let now = epoch();
        if let Some(slot) = self.entries.get_mut(Self::place(id, name, access)) {
            match slot {
                Some(e) if *e.name == *name => {
                    e.class_id = id;
                    e.epoch = now;
                    e.access = access;
                    e.kind = kind;
                    e.index = index;
                }
                _ => {
                    *slot = Some(Located {
                        class_id: id,
                        epoch: now,
                        access,
                        name: Box::from(name),
                        kind,
                        index,
                    })
                }
            }
        }
    }
}

impl Interp {
    /// Where `name` lives for instances of `inst`'s class: the site's
    /// entries first, then the table behind them.
    fn hit(
        &self,
        site: &AttrSite,
        inst: &Instance,
        name: &str,
        access: Access,
    ) -> Option<(u8, usize)> {
        let id = class_id(inst.class());
        site_hit(site, id).or_else(|| self.attr_table.get(id, name, access))
    }
}

/// The slot a site entry holds for this instance's class, a `__slots__`
/// member or an inline attribute (and which of the two): the check the
/// inline fast paths make. Every entry is looked at, not only the first: a
/// base class's method sees instances of each subclass at the same site.
#[inline(always)]
pub(super) fn inline_slot(site: &AttrSite, inst: &Instance) -> Option<(usize, bool)> {
    let id = class_id(inst.class());
    let e = site.entries.iter().find(|e| e.class_id.get() == id)?;
    let kind = e.kind.get();
    let found = matches!(kind, MEMBER | INLINE) && e.epoch.get() == epoch();
    found.then(|| (e.index.get() as usize, kind == MEMBER))
}

/// The value of the slot member or inline attribute the site knows for
/// this instance's class (None: not known, or not set).
#[inline(always)]
pub(super) fn slot_attr(site: &AttrSite, inst: &Instance) -> Option<Value> {
    let (i, _) = inline_slot(site, inst)?;
    inst.get(i)
}

/// Where `name` is first found along `cls`'s MRO, packed as a `METHOD`
/// entry's index (MRO position, dict entry), and what is there. None when
/// not found, or too far along the MRO or into a dict to pack.
fn method_place(cls: &Rc<Class>, name: &str) -> Option<(u32, Value)> {
    let (pos, entry, owner) = first_holder(cls, name, 0)?;
    let index = match (u32::try_from(pos), u32::try_from(entry)) {
        (Ok(p), Ok(e)) if p < 1 << (32 - METHOD_POS_SHIFT) && e <= METHOD_ENTRY_MASK => {
            (p << METHOD_POS_SHIFT) | e
        }
        _ => return None,
    };
    Some((index, owner.dict.value_at(entry)?))
}

/// The first class along `cls`'s MRO, from place `from` on, whose dict
/// holds `name`: its place, the name's dict entry there, and the class.
fn first_holder<'a>(
    cls: &'a Rc<Class>,
    name: &str,
    from: usize,
) -> Option<(usize, usize, &'a Rc<Class>)> {
    std::iter::once(cls)
        .chain(cls.mro_rest.iter())
        .enumerate()
        .skip(from)
        .find_map(|(pos, owner)| Some((pos, owner.dict.index_of_str(name)?, owner)))
}

/// The class along `cls`'s MRO a `METHOD` entry's packed place names.
fn method_owner(cls: &Rc<Class>, index: usize) -> Option<&Rc<Class>> {
    mro_at(cls, index >> METHOD_POS_SHIFT)
}

/// The class at place `pos` of `cls`'s MRO (0: `cls` itself).
fn mro_at(cls: &Rc<Class>, pos: usize) -> Option<&Rc<Class>> {
    match pos {
        0 => Some(cls),
        pos => cls.mro_rest.get(pos - 1),
    }
}

/// The function a `SUPER_METHOD` entry's packed place names, when `after`
/// is where the entry found it.
fn super_function_at(
    obj_type: &Rc<Class>,
    after: &Rc<Class>,
    index: usize,
) -> Option<Rc<Function>> {
    let after_pos = index >> SUPER_AFTER_SHIFT;
    if !Rc::ptr_eq(mro_at(obj_type, after_pos)?, after) {
        return None;
    }
    let found_pos = (index >> METHOD_POS_SHIFT) & (SUPER_PLACE_LIMIT - 1);
    mro_at(obj_type, found_pos)?
        .dict
        .function_at(index & METHOD_ENTRY_MASK as usize)
}

/// What sits at a `METHOD` entry's packed place in `cls`'s MRO.
fn method_at(cls: &Rc<Class>, index: usize) -> Option<Value> {
    method_owner(cls, index)?
        .dict
        .value_at(index & METHOD_ENTRY_MASK as usize)
}

/// The plain function at a `METHOD` entry's packed place in `cls`'s MRO
/// (None when something else is there now).
fn function_at(cls: &Rc<Class>, index: usize) -> Option<Rc<Function>> {
    method_owner(cls, index)?
        .dict
        .function_at(index & METHOD_ENTRY_MASK as usize)
}

/// The function a `METHOD` or `METHOD_UNHIDDEN` entry names for `inst`,
/// unless an attribute of the instance's own by that name hides it.
#[inline(always)]
fn unhidden_method(inst: &Instance, name: &str, kind: u8, index: usize) -> Option<Rc<Function>> {
    if hidden_by_instance(inst, name, kind) {
        return None;
    }
    function_at(inst.class(), index)
}

/// The native method at a `BUILTIN_METHOD` entry's place bound to `obj`
/// (`inst`), unless an attribute of the instance's own hides it. Out of
/// line: the common reads' match stays small.
#[inline(never)]
fn bound_builtin_at(inst: &Instance, obj: &Value, name: &str, index: usize) -> Option<Value> {
    if hidden_by_instance(inst, name, BUILTIN_METHOD) {
        return None;
    }
    match method_at(inst.class(), index)? {
        Value::Builtin(b) if b.bound.is_none() => {
            Some(Value::Builtin(Rc::new(b.bound_to(obj.clone()))))
        }
        _ => None,
    }
}

/// How a plain function of the class called `name` is cached: whether an
/// instance's inline attributes could hide it.
fn method_kind(cls: &Rc<Class>, name: &str) -> u8 {
    if cls.shared_key_index(name).is_none() {
        METHOD_UNHIDDEN
    } else {
        METHOD
    }
}

/// Whether the instance has an attribute of its own called `name`, which
/// comes before a method of its class (a `METHOD_UNHIDDEN` name is none of
/// its inline attributes).
#[inline(always)]
fn hidden_by_instance(inst: &Instance, name: &str, kind: u8) -> bool {
    if !inst.has_dict() {
        return false;
    }
    // Most instances never make their `__dict__`: asked without taking it.
    if inst.dict_is_materialized() {
        return inst.dict().is_some_and(|d| d.get_str(name).is_some());
    }
    kind != METHOD_UNHIDDEN && inst.get_attr(name).is_some()
}

/// Whether plain attribute access on this class may be cached: no
/// `__getattribute__`/`__setattr__` of its own.
fn plain_access(cls: &Rc<Class>, hook: &str) -> bool {
    super::attr::user_override(cls, hook).is_none()
}

impl Interp {
    /// `obj.name` through the site's cache. A slot member or an inline
    /// attribute a site entry knows for the class is read at the caller.
    #[inline(always)]
    pub(crate) fn getattr_cached(
        &mut self,
        obj: &Value,
        name: &str,
        site: &AttrSite,
    ) -> PyResult<Value> {
        if let Value::Instance(inst) = obj {
            if let Some(v) = slot_attr(site, inst) {
                return Ok(v);
            }
        }
        self.getattr_through_site(obj, name, site)
    }

    #[inline(never)]
    fn getattr_through_site(
        &mut self,
        obj: &Value,
        name: &str,
        site: &AttrSite,
    ) -> PyResult<Value> {
        let Value::Instance(inst) = obj else {
            if let Value::Class(cls) = obj {
                return self.class_attr_through_site(cls, obj, name, site);
            }
            return self
                .getattr(obj, name)
                .map_err(|e| self.note_missing_attr(e, obj, name));
        };
        if let Some((kind, index)) = self.hit(site, inst, name, Access::Get) {
            match kind {
                MEMBER | INLINE => {
                    if let Some(v) = inst.get(index) {
                        return Ok(v);
                    }
                }
                DICT => {
                    if let Some(v) = inst.dict().and_then(|d| d.get_str_hinted(name, index)) {
                        return Ok(v);
                    }
                }
                // `self.method` read as a value: bound here, no MRO walk.
                METHOD | METHOD_UNHIDDEN => {
                    if let Some(func) = unhidden_method(inst, name, kind, index) {
                        return Ok(Value::BoundMethod(Rc::new(BoundMethod {
                            func: Value::Function(func),
                            receiver: obj.clone(),
                        })));
                    }
                }
                BUILTIN_METHOD => {
                    if let Some(m) = bound_builtin_at(inst, obj, name, index) {
                        return Ok(m);
                    }
                }
                PROPERTY => {
                    if let Some(Value::Property(p)) = method_at(inst.class(), index) {
                        if !p.fget.is_none() {
                            return self
                                .call(&p.fget, vec![obj.clone()], Vec::new())
                                .map_err(|e| self.note_missing_attr(e, obj, name));
                        }
                    }
                }
                _ => {}
            }
        }
        let v = self
            .getattr(obj, name)
            .map_err(|e| self.note_missing_attr(e, obj, name))?;
        self.remember(inst, name, site, Access::Get);
        Ok(v)
    }

    /// `cls.name` read through the site: what the site or the table knows
    /// for this class, else the general lookup (after which they learn).
    fn class_attr_through_site(
        &mut self,
        cls: &Rc<Class>,
        obj: &Value,
        name: &str,
        site: &AttrSite,
    ) -> PyResult<Value> {
        if let Some((kind, index)) = self.class_receiver_hit(cls, name, site, Access::Get) {
            match class_receiver_target(cls, kind, index) {
                Some((func, Some(class))) => {
                    return Ok(Value::BoundMethod(Rc::new(BoundMethod {
                        func,
                        receiver: class,
                    })))
                }
                Some((v, None)) => return Ok(v),
                None => {}
            }
        }
        let v = self
            .getattr(obj, name)
            .map_err(|e| self.note_missing_attr(e, obj, name))?;
        self.remember_class_receiver(cls, name, site, Access::Get);
        Ok(v)
    }

    fn class_receiver_hit(
        &self,
        cls: &Rc<Class>,
        name: &str,
        site: &AttrSite,
        access: Access,
    ) -> Option<(u8, usize)> {
        let id = receiver_class_id(cls);
        site_hit(site, id).or_else(|| self.attr_table.get(id, name, access))
    }

    /// What `cls.name(...)` calls, and with which receiver (a classmethod's
    /// class), when the site or the table has seen this class called so.
    pub(crate) fn cached_class_call(
        &self,
        cls: &Rc<Class>,
        name: &str,
        site: &AttrSite,
    ) -> Option<(Value, Option<Value>)> {
        let (kind, index) = self.class_receiver_hit(cls, name, site, Access::Call)?;
        class_receiver_target(cls, kind, index)
    }

    /// After a call `cls.name(...)` went the general way: the site learns
    /// where the callee is, when that is a fixed place.
    pub(crate) fn remember_class_call(&mut self, cls: &Rc<Class>, name: &str, site: &AttrSite) {
        self.remember_class_receiver(cls, name, site, Access::Call);
    }

    /// Record where `cls.name` lives along the class's MRO, when reading it
    /// is that place's value and nothing else: the metaclass is `type`
    /// (whose lookup of a class attribute is `attr::class_attr`'s), and
    /// the name is none of the attributes `type` answers first (`__name__`,
    /// `__dict__`...; of the special names, only `__init__` is cached).
    fn remember_class_receiver(
        &mut self,
        cls: &Rc<Class>,
        name: &str,
        site: &AttrSite,
        access: Access,
    ) {
        let special = name.starts_with("__") && name.ends_with("__");
        if cls.metaclass.is_some() || (special && name != "__init__") {
            return;
        }
        let Some((index, found)) = method_place(cls, name) else {
            return;
        };
        // Static and class methods only around Python functions (a
        // builtin type's are called the general way).
        let kind = match found {
            Value::StaticMethod(f) if matches!(*f, Value::Function(_)) => CLASS_STATIC,
            Value::ClassMethod(f) if matches!(*f, Value::Function(_)) => CLASS_CLASSMETHOD,
            v if plain_class_value(&v) => CLASS_VALUE,
            _ => return,
        };
        let id = receiver_class_id(cls);
        fill_id(site, id, kind, index);
        self.attr_table.put(id, name, access, kind, index);
    }

    /// `obj.name = v` through the site's cache. A slot member or an inline
    /// attribute a site entry knows for the class is written at the caller.
    #[inline(always)]
    pub(crate) fn setattr_cached(
        &mut self,
        obj: &Value,
        name: &str,
        v: Value,
        site: &AttrSite,
    ) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            if let Some((i, member)) = inline_slot(site, inst) {
                // An inline attribute is overwritten in place; setting a new
                // one must keep the inline values a prefix (the slow path).
                if member || inst.is_set(i) {
                    let old = inst.set(i, Some(v));
                    drop(old);
                    return Ok(());
                }
            }
        }
        self.setattr_through_site(obj, name, v, site)
    }

    #[inline(never)]
    fn setattr_through_site(
        &mut self,
        obj: &Value,
        name: &str,
        v: Value,
        site: &AttrSite,
    ) -> PyResult<()> {
        let Value::Instance(inst) = obj else {
            return self.setattr(obj, name, v);
        };
        if let Some((kind, index)) = self.hit(site, inst, name, Access::Set) {
            match kind {
                MEMBER => {
                    let old = inst.set(index, Some(v));
                    drop(old);
                    return Ok(());
                }
                INLINE => {
                    let fixed = inst.class().layout.fixed;
                    let slot = index;
                    // Inline values are always a prefix of the shared keys:
                    // an overwrite, or the next key after the last one set
                    // (as `__init__` sets them), keeps it one.
                    let slots = inst.slots();
                    let fits = slot < slots.len()
                        && (slot == fixed || inst.is_set(slot) || inst.is_set(slot - 1));
                    if fits && !inst.dict_is_materialized() {
                        let old = inst.set(slot, Some(v));
                        drop(old);
                        return Ok(());
                    }
                }
                // Only overwrites: a new key may teach the class its order.
                DICT => {
                    if let Some(d) = inst.dict() {
                        if let Some(i) = d.index_of_str_hinted(name, index) {
                            d.set_value_at(i, v);
                            return Ok(());
                        }
                    }
                }
                _ => {}
            }
        }
        self.setattr(obj, name, v)?;
        self.remember(inst, name, site, Access::Set);
        Ok(())
    }

    /// The function `inst.name(...)` calls, when the site has seen this
    /// class: one comparison and a dict entry read instead of a name
    /// lookup along the MRO. `None` when not cached or when an instance
    /// attribute of that name hides the method.
    #[inline(always)]
    pub(crate) fn cached_method(
        &self,
        inst: &Instance,
        name: &str,
        site: &AttrSite,
    ) -> Option<Rc<Function>> {
        let (kind, index) = self.hit(site, inst, name, Access::Call)?;
        if kind != METHOD && kind != METHOD_UNHIDDEN {
            return None;
        }
        unhidden_method(inst, name, kind, index)
    }

    /// The plain function `super().name` finds for an instance of
    /// `obj_type` in a method of `after`: through the site while no class
    /// has changed, else by walking the MRO (then remembered). `None` when
    /// `after` is not in the MRO or what is found is not a plain function.
    pub(crate) fn super_method_through_site(
        &self,
        site: &AttrSite,
        obj_type: &Rc<Class>,
        after: &Rc<Class>,
        name: &str,
    ) -> Option<Rc<Function>> {
        let id = class_id(obj_type);
        if let Some((SUPER_METHOD, index)) = site_hit(site, id) {
            if let Some(func) = super_function_at(obj_type, after, index) {
                return Some(func);
            }
        }
        let after_pos = std::iter::once(obj_type)
            .chain(obj_type.mro_rest.iter())
            .position(|c| Rc::ptr_eq(c, after))?;
        let (pos, entry, owner) = first_holder(obj_type, name, after_pos + 1)?;
        let Value::Function(func) = owner.dict.value_at(entry)? else {
            return None;
        };
        // Past sixteen places or a huge dict: found, not remembered.
        if let (Ok(after_pos), Ok(pos), Ok(entry)) = (
            u32::try_from(after_pos),
            u32::try_from(pos),
            u32::try_from(entry),
        ) {
            if (pos as usize) < SUPER_PLACE_LIMIT && entry <= METHOD_ENTRY_MASK {
                let packed = (after_pos << SUPER_AFTER_SHIFT) | (pos << METHOD_POS_SHIFT) | entry;
                fill_id(site, id, SUPER_METHOD, packed);
            }
        }
        Some(func)
    }

    /// Record where the plain function `inst.name` calls lives (after a
    /// method lookup found one), for `cached_method`.
    pub(crate) fn remember_method(&mut self, inst: &Instance, name: &str, site: &AttrSite) {
        let cls = inst.class();
        if !plain_access(cls, "__getattribute__") {
            return;
        }
        let Some((index, found)) = method_place(cls, name) else {
            return;
        };
        let kind = match found {
            Value::Function(_) => method_kind(cls, name),
            Value::StaticMethod(_) => STATIC_METHOD,
            Value::ClassMethod(_) => CLASS_METHOD,
            // A native method of a builtin base (`deque.append` on a deque
            // or on an instance of a subclass).
            Value::Builtin(b) if b.is_method => BUILTIN_METHOD,
            _ => return,
        };
        fill(site, cls, kind, index);
        self.attr_table
            .put(class_id(cls), name, Access::Call, kind, index);
    }

    /// What `inst.name(...)` calls, and with which receiver, for what a
    /// call site knows besides plain methods: a static or class method
    /// (the function inside; no receiver, or the instance's class), a
    /// native method of a builtin base (with the instance), or a callable
    /// the instance holds itself (a module's function:
    /// `heapq.heappush(...)`).
    pub(crate) fn cached_call_target(
        &self,
        inst: &Instance,
        name: &str,
        site: &AttrSite,
    ) -> Option<(Value, Option<Value>)> {
        let (kind, index) = self.hit(site, inst, name, Access::Call)?;
        match kind {
            MEMBER | INLINE => return Some((inst.get(index)?, None)),
            DICT => return Some((inst.dict()?.get_str_hinted(name, index)?, None)),
            STATIC_METHOD | CLASS_METHOD | BUILTIN_METHOD
                if !hidden_by_instance(inst, name, kind) => {}
            _ => return None,
        }
        match (kind, method_at(inst.class(), index)?) {
            (BUILTIN_METHOD, m @ Value::Builtin(_)) => {
                Some((m, Some(Value::Instance(inst.clone()))))
            }
            (STATIC_METHOD, Value::StaticMethod(f)) => Some(((*f).clone(), None)),
            (CLASS_METHOD, Value::ClassMethod(f)) => {
                Some(((*f).clone(), Some(Value::Class(inst.class().clone()))))
            }
            _ => None,
        }
    }

    /// After a call of `inst.name(...)` found no method to pass the
    /// instance to: the site learns where the callee is, a callable of the
    /// instance's own or a static or class method.
    pub(crate) fn remember_call_target(&mut self, inst: &Instance, name: &str, site: &AttrSite) {
        if inst.get_attr(name).is_some() {
            self.remember(inst, name, site, Access::Call);
        } else {
            self.remember_method(inst, name, site);
        }
    }

    /// Where in the table's `natives` the method `obj.name(...)` calls on
    /// a builtin value (not an instance, class, function or super object)
    /// is, when the site or the table has seen the value's class.
    #[inline]
    pub(crate) fn cached_native_method(
        &self,
        obj: &Value,
        name: &str,
        site: &AttrSite,
    ) -> Option<usize> {
        let owned;
        let cls = match self.types.common_class_of(obj) {
            Some(c) => c,
            None => {
                owned = self.types.class_of(obj);
                &owned
            }
        };
        let id = class_id(cls);
        let (kind, index) =
            site_hit(site, id).or_else(|| self.attr_table.get(id, name, Access::Call))?;
        (kind == NATIVE_METHOD).then_some(index)
    }

    /// Record which builtin method a builtin value's `obj.name(...)` calls
    /// (after `load_method` found it on the value's type), for
    /// `cached_native_method`.
    pub(crate) fn remember_builtin_method(&mut self, obj: &Value, name: &str, site: &AttrSite) {
        let cls = self.types.class_of(obj);
        if cls.is_user() {
            return;
        }
        if let Some((_, Value::Builtin(b))) = method_place(&cls, name) {
            if b.is_method && b.bound.is_none() {
                if let Some(at) = self.attr_table.native_place(&b) {
                    fill(site, &cls, NATIVE_METHOD, at);
                    self.attr_table
                        .put(class_id(&cls), name, Access::Call, NATIVE_METHOD, at);
                }
            }
        }
    }

    /// Record where `name` lives for instances of this class, when that is
    /// a fixed place.
    fn remember(&mut self, inst: &Instance, name: &str, site: &AttrSite, access: Access) {
        let cls = inst.class().clone();
        let plain_get = plain_access(&cls, "__getattribute__");
        let plain_set = plain_access(&cls, "__setattr__");
        if !(if access == Access::Set {
            plain_set
        } else {
            plain_get
        }) {
            return;
        }
        let found = cls.lookup(name);
        let reading = access == Access::Get;
        let (kind, index) = match &found {
            Some(Value::Member(m)) if cls.is_subclass(&m.owner) => (MEMBER, m.index),
            // (An AttributeError from the getter sends a class with a
            // `__getattr__` there: the general path knows how.)
            Some(Value::Property(_)) if reading && cls.lookup("__getattr__").is_none() => {
                match method_place(&cls, name) {
                    Some((place, Value::Property(_))) => (PROPERTY, place as usize),
                    _ => return,
                }
            }
            Some(v) if !instance_first(v) => return,
            // A method read as a value, the instance having nothing of
            // that name: where the function is, as a call site keeps it.
            Some(Value::Function(_)) if reading && inst.get_attr(name).is_none() => {
                match method_place(&cls, name) {
                    Some((place, Value::Function(_))) => (method_kind(&cls, name), place as usize),
                    _ => return,
                }
            }
            // A builtin base's native method read as a value
            // (`getrandbits = self.getrandbits`): bound at each read.
            Some(Value::Builtin(b)) if reading && b.is_method && inst.get_attr(name).is_none() => {
                match method_place(&cls, name) {
                    Some((place, Value::Builtin(_))) => (BUILTIN_METHOD, place as usize),
                    _ => return,
                }
            }
            _ if cls.layout.dict_slot.is_some() && inst.dict().is_none() => {
                match cls.shared_key_index(name) {
                    Some(j) => (INLINE, cls.layout.fixed + j),
                    None => return,
                }
            }
            _ => match inst.dict() {
                Some(d) => (DICT, d.index_of_str(name).unwrap_or(0)),
                None => return,
            },
        };
        // An index past u32 (no class has one) is simply not cached.
        let Ok(index) = u32::try_from(index) else {
            return;
        };
        // `o.x += 1` reads and writes through one site: its entries must be
        // good for both, so a class that overrides either hook keeps its
        // entries in the table only, where reads and writes are apart.
        if plain_get && plain_set {
            fill(site, &cls, kind, index);
        }
        self.attr_table
            .put(class_id(&cls), name, access, kind, index);
    }
}

/// Whether an instance's own attribute comes before this class attribute
/// of the same name, for reading and for writing: true of the values that
/// are surely no data descriptor (`Task.runs = 0` read and written as
/// `self.runs`). An instance of a user class might define `__set__`: not
/// cached.
fn instance_first(class_attr: &Value) -> bool {
    plain_class_value(class_attr)
        || matches!(
            class_attr,
            Value::Builtin(_) | Value::ClassMethod(_) | Value::StaticMethod(_)
        )
}

/// Put an entry for `cls` in the site: replacing this class's stale entry,
/// else a free or stale one, else the last (the others stay with the
/// classes that came first).
fn fill(site: &AttrSite, cls: &Rc<Class>, kind: u8, index: u32) {
    fill_id(site, class_id(cls), kind, index);
}

/// `fill` for an entry keyed by `id` (a class, or a class as the receiver).
fn fill_id(site: &AttrSite, id: usize, kind: u8, index: u32) {
    let now = epoch();
    let entries = &site.entries;
    let e = entries
        .iter()
        .find(|e| e.class_id.get() == id)
        .or_else(|| {
            entries
                .iter()
                .find(|e| e.class_id.get() == 0 || e.epoch.get() != now)
        })
        .unwrap_or(&entries[SITE_ENTRIES - 1]);
    e.class_id.set(id);
    e.epoch.set(now);
    e.kind.set(kind);
    e.index.set(index);
}
