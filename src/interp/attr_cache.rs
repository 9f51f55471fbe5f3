//! Inline caches on attribute access sites: `p.x` remembers, for the last
//! two classes it saw, which slot holds `x`, so the next access with an
//! instance of either is a comparison or two and one array read. Any change
//! to any class namespace bumps an epoch that invalidates every site.

use std::rc::Rc;

use pyslot_grammar::ast::AttrSite;

use super::Interp;
use crate::runtime::class::{epoch, Class};
use crate::runtime::exception::PyResult;
use crate::runtime::instance::{Instance, TakeIsSome};
use crate::runtime::value::Value;

/// The attribute is a `__slots__` member: `index` is its slot.
const MEMBER: u8 = 1;
/// The attribute lives in a dict-backed instance's inline values at
/// shared-key position `index`, and the class has nothing by that name.
const INLINE: u8 = 2;

/// The attribute lives in the instance's own (materialized) `__dict__`, and
/// the class has nothing by that name: one hashed lookup, no MRO walk.
const DICT: u8 = 4;

/// The attribute is a plain function in the class dict of MRO entry
/// `index >> METHOD_POS_SHIFT`, at dict entry `index & METHOD_ENTRY_MASK`:
/// a method call's target. Only method-call sites hold these.
const METHOD: u8 = 3;
const METHOD_POS_SHIFT: u32 = 24;
const METHOD_ENTRY_MASK: u32 = (1 << METHOD_POS_SHIFT) - 1;

fn class_id(c: &Rc<Class>) -> usize {
    Rc::as_ptr(c) as usize
}

fn hit(site: &AttrSite, inst: &Instance) -> Option<(u8, usize)> {
    let id = class_id(inst.class());
    let e = site.entries.iter().find(|e| e.class_id.get() == id)?;
    if e.epoch.get() == epoch() {
        Some((e.kind.get(), e.index.get() as usize))
    } else {
        None
    }
}

/// The slot of a `__slots__` member the site's first entry holds for this
/// instance's class: the check the inline fast paths make.
#[inline(always)]
fn first_entry_member(site: &AttrSite, inst: &Instance) -> Option<usize> {
    let [e, _] = &site.entries;
    let found = e.class_id.get() == class_id(inst.class())
        && e.kind.get() == MEMBER
        && e.epoch.get() == epoch();
    found.then(|| e.index.get() as usize)
}

/// Whether plain attribute access on this class may be cached: no
/// `__getattribute__`/`__setattr__` of its own.
fn plain_access(it: &Interp, cls: &Rc<Class>, hook: &str) -> bool {
    let _ = it;
    super::attr::user_override(cls, hook).is_none()
}

impl Interp {
    /// `obj.name` through the site's cache. A slot member found by the
    /// site's first entry is read inline at the caller.
    #[inline(always)]
    pub fn getattr_cached(&mut self, obj: &Value, name: &str, site: &AttrSite) -> PyResult<Value> {
        if let Value::Instance(inst) = obj {
            if let Some(i) = first_entry_member(site, inst) {
                if let Some(v) = inst.get(i) {
                    return Ok(v);
                }
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
            return self
                .getattr(obj, name)
                .map_err(|e| self.note_missing_attr(e, obj, name));
        };
        if let Some((kind, index)) = hit(site, inst) {
            match kind {
                MEMBER => {
                    if let Some(v) = inst.get(index) {
                        return Ok(v);
                    }
                }
                INLINE if inst.dict().is_none() => {
                    if let Some(v) = inst.get(inst.class().layout.fixed + index) {
                        return Ok(v);
                    }
                }
                DICT => {
                    if let Some(v) = inst.dict().and_then(|d| d.get_str(name)) {
                        return Ok(v);
                    }
                }
                _ => {}
            }
        }
        let v = self
            .getattr(obj, name)
            .map_err(|e| self.note_missing_attr(e, obj, name))?;
        self.remember(inst, name, site, "__getattribute__");
        Ok(v)
    }

    /// `obj.name = v` through the site's cache. A slot member found by the
    /// site's first entry is written inline at the caller.
    #[inline(always)]
    pub fn setattr_cached(
        &mut self,
        obj: &Value,
        name: &str,
        v: Value,
        site: &AttrSite,
    ) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            if let Some(i) = first_entry_member(site, inst) {
                let old = inst.set(i, Some(v));
                drop(old);
                return Ok(());
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
        if let Some((kind, index)) = hit(site, inst) {
            match kind {
                MEMBER => {
                    let old = inst.set(index, Some(v));
                    drop(old);
                    return Ok(());
                }
                INLINE => {
                    let fixed = inst.class().layout.fixed;
                    let slot = fixed + index;
                    // Inline values are always a prefix of the shared keys:
                    // an overwrite, or the next key after the last one set
                    // (as `__init__` sets them), keeps it one.
                    let slots = inst.slots();
                    let fits = slot < slots.len()
                        && (slot == fixed
                            || inst.get(slot).is_some()
                            || slots[slot - 1].take_is_some());
                    if inst.dict().is_none() && fits {
                        let old = inst.set(slot, Some(v));
                        drop(old);
                        return Ok(());
                    }
                }
                // Only overwrites: a new key may teach the class its order.
                DICT => {
                    if let Some(d) = inst.dict() {
                        if let Some(i) = d.index_of_str(name) {
                            d.set_value_at(i, v);
                            return Ok(());
                        }
                    }
                }
                _ => {}
            }
        }
        self.setattr(obj, name, v)?;
        self.remember(inst, name, site, "__setattr__");
        Ok(())
    }

    /// The function `inst.name(...)` calls, when the site has seen this
    /// class: one comparison and a dict entry read instead of a name
    /// lookup along the MRO. `None` when not cached or when an instance
    /// attribute of that name hides the method.
    #[inline]
    pub fn cached_method(&self, inst: &Instance, name: &str, site: &AttrSite) -> Option<Value> {
        let (kind, index) = hit(site, inst)?;
        if kind != METHOD || (inst.has_dict() && inst.get_attr(name).is_some()) {
            return None;
        }
        let cls = inst.class();
        let pos = index >> METHOD_POS_SHIFT;
        let owner = if pos == 0 {
            cls
        } else {
            cls.mro_rest.get(pos - 1)?
        };
        match owner.dict.value_at(index & METHOD_ENTRY_MASK as usize)? {
            f @ Value::Function(_) => Some(f),
            _ => None,
        }
    }

    /// Record where the plain function `inst.name` calls lives (after a
    /// method lookup found one), for `cached_method`.
    pub fn remember_method(&self, inst: &Instance, name: &str, site: &AttrSite) {
        let cls = inst.class();
        if !plain_access(self, cls, "__getattribute__") {
            return;
        }
        let owners = std::iter::once(cls).chain(cls.mro_rest.iter());
        for (pos, owner) in owners.enumerate() {
            if let Some(i) = owner.dict.index_of_str(name) {
                // Too far along the MRO or into the dict to pack: not cached.
                let index = match (u32::try_from(pos), u32::try_from(i)) {
                    (Ok(p), Ok(e))
                        if p < 1 << (32 - METHOD_POS_SHIFT) && e <= METHOD_ENTRY_MASK =>
                    {
                        (p << METHOD_POS_SHIFT) | e
                    }
                    _ => return,
                };
                if let Some(Value::Function(_)) = owner.dict.value_at(i) {
                    fill(site, cls, METHOD, index);
                }
                return;
            }
        }
    }

    /// Record where `name` lives for instances of this class, when that is
    /// a fixed place.
    fn remember(&mut self, inst: &Instance, name: &str, site: &AttrSite, hook: &str) {
        let cls = inst.class().clone();
        if !plain_access(self, &cls, hook) {
            return;
        }
        let (kind, index) = match cls.lookup(name) {
            Some(Value::Member(m)) if cls.is_subclass(&m.owner) => (MEMBER, m.index),
            None if cls.layout.dict_slot.is_some() && inst.dict().is_none() => {
                match cls.shared_key_index(name) {
                    Some(j) => (INLINE, j),
                    None => return,
                }
            }
            None if inst.dict().is_some() => (DICT, 0),
            _ => return,
        };
        // An index past u32 (no class has one) is simply not cached.
        let Ok(index) = u32::try_from(index) else {
            return;
        };
        fill(site, &cls, kind, index);
    }
}

/// Put an entry for `cls` in the site: replacing this class's stale entry,
/// else a free or stale one, else the second (the first stays with the
/// class that came first).
fn fill(site: &AttrSite, cls: &Rc<Class>, kind: u8, index: u32) {
    let id = class_id(cls);
    let now = epoch();
    let [first, second] = &site.entries;
    let e = if first.class_id.get() == id || first.class_id.get() == 0 || first.epoch.get() != now {
        first
    } else {
        second
    };
    e.class_id.set(id);
    e.epoch.set(now);
    e.kind.set(kind);
    e.index.set(index);
}
