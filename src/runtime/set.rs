//! `set` and `frozenset`: an open-addressing table laid out as CPython's
//! (same sizes, probing and resize rule), so iterating a set of ints yields
//! the order CPython prints.

use std::cell::RefCell;

use super::exception::PyResult;
use super::fallible;
use super::hash::keys_equal;
use super::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// A hash's bits as an index, as CPython's `(size_t)hash`: only the bits
/// under the table's mask count, so dropping high ones is intended.
#[allow(clippy::cast_possible_truncation)]
fn low_bits(h: u64) -> usize {
    h as usize
}

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Full(i64, Value),
}

#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    /// Whether an element that may compare by a Python `__eq__` was ever
    /// added (see `PyDict::may_hold_user_keys`).
    user_keys: bool,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: std::iter::repeat_with(|| Slot::Empty)
                .take(MIN_SIZE)
                .collect(),
            fill: 0,
            used: 0,
            user_keys: false,
        }
    }
}

impl Drop for SetTable {
    /// Only full slots hold values: once `used` of them are released, the
    /// rest are empty or dummies with nothing to free, so the walk stops
    /// there instead of visiting every slot (a fresh set has eight).
    fn drop(&mut self) {
        let mut left = self.used;
        for slot in self.slots.iter_mut() {
            if left == 0 {
                break;
            }
            if let Slot::Full(..) = slot {
                *slot = Slot::Empty;
                left -= 1;
            }
        }
        // SAFETY: a shorter length never exposes an unset slot, and the
        // slots given up are not dropped at all (never twice). Every method
        // keeps `used` equal to the count of full slots, so all given up
        // are `Empty` or `Dummy`, which own nothing: nothing leaks. The
        // vector's buffer is still freed by its own drop.
        unsafe { self.slots.set_len(0) };
    }
}

impl SetTable {
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }
    /// Bytes of the slot table.
    pub fn heap_bytes(&self) -> usize {
        self.slots.capacity() * std::mem::size_of::<Slot>()
    }
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Visit the slots of `hash`'s probe sequence (CPython's: a few linear
    /// steps, then perturbed jumps) until an empty slot, or until `stop`
    /// says so for a full one.
    #[inline(always)]
    fn walk(&self, hash: i64, mut stop: impl FnMut(usize, i64, &Value) -> bool) {
        let mask = self.mask();
        let mut i = low_bits(hash.cast_unsigned()) & mask;
        let mut perturb = hash.cast_unsigned();
        loop {
            let last = if i + LINEAR_PROBES <= mask {
                i + LINEAR_PROBES
            } else {
                i
            };
            for (j, slot) in self.slots[i..last + 1].iter().enumerate() {
                match slot {
                    Slot::Empty => return,
                    Slot::Full(h, k) if stop(i + j, *h, k) => return,
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(low_bits(perturb)))
                & mask;
        }
    }

    /// Find the slot holding `key`.
    fn find(&self, key: &Value, hash: i64) -> Option<usize> {
        let mut found = None;
        self.walk(hash, |i, h, k| {
            let hit = h == hash && keys_equal(k, key);
            if hit {
                found = Some(i);
            }
            hit
        });
        found
    }

    pub fn contains(&self, key: &Value, hash: i64) -> bool {
        self.find(key, hash).is_some()
    }

    /// Whether an element that may compare by a Python `__eq__` (an
    /// instance, or a tuple holding one) was ever added.
    pub fn may_hold_user_keys(&self) -> bool {
        self.user_keys
    }

    /// The elements stored with `hash`: a walk of that hash's probe
    /// sequence, not a scan of the table.
    pub fn same_hash(&self, hash: i64) -> Vec<Value> {
        let mut out = Vec::new();
        self.walk(hash, |_, h, k| {
            if h == hash {
                out.push(k.clone());
            }
            false
        });
        out
    }

    /// Add `key`; returns false when it was already present. MemoryError
    /// when the table must grow and cannot: `key` is then not added (a
    /// table past its load limit could fill up, and a probe for an empty
    /// slot would never end).
    pub fn insert(&mut self, key: Value, hash: i64) -> PyResult<bool> {
        if !self.user_keys && super::dict::may_have_user_eq(&key) {
            self.user_keys = true;
        }
        let mask = self.mask();
        let mut i = low_bits(hash.cast_unsigned()) & mask;
        let mut perturb = hash.cast_unsigned();
        let mut freeslot: Option<usize> = None;
        let target;
        'outer: loop {
            let last = if i + LINEAR_PROBES <= mask {
                i + LINEAR_PROBES
            } else {
                i
            };
            for (j, slot) in self.slots[i..last + 1].iter().enumerate() {
                match slot {
                    Slot::Empty => {
                        target = i + j;
                        break 'outer;
                    }
                    Slot::Full(h, k) if *h == hash && keys_equal(k, &key) => return Ok(false),
                    Slot::Dummy if freeslot.is_none() => freeslot = Some(i + j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(low_bits(perturb)))
                & mask;
        }
        if let Some(free) = freeslot {
            self.slots[free] = Slot::Full(hash, key);
            self.used += 1;
            return Ok(true);
        }
        self.slots[target] = Slot::Full(hash, key);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= mask * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            // Grown with the new key in it, as CPython grows (the layout
            // decides the iteration order).
            if let Err(e) = self.resize(minused) {
                self.slots[target] = Slot::Empty;
                self.fill -= 1;
                self.used -= 1;
                return Err(e);
            }
        }
        Ok(true)
    }

    /// A new table holding the same elements, laid out as CPython lays out
    /// a copy (`set(s)`, `s.copy()`, the first step of `s | t`): sized for
    /// the elements, the slots copied as they are when the sizes agree and
    /// there are no dummies, else re-inserted in table order. The layout
    /// decides the copy's iteration order.
    pub fn copied(&self) -> PyResult<SetTable> {
        let mut t = SetTable::default();
        t.user_keys = self.user_keys;
        if self.used * 5 >= t.mask() * 3 {
            t.resize(self.used * 2)?;
        }
        if t.mask() == self.mask() && self.fill == self.used {
            t.slots.clone_from(&self.slots);
        } else {
            for slot in &self.slots {
                if let Slot::Full(h, k) = slot {
                    t.insert_clean(k.clone(), *h);
                }
            }
        }
        t.fill = self.used;
        t.used = self.used;
        Ok(t)
    }

    /// After removals (`difference_update`): when more than a quarter of
    /// the table is dummies, rebuild it, as CPython does (which decides the
    /// order the remaining elements iterate in).
    pub fn compact_after_removals(&mut self) -> PyResult<()> {
        if self.fill - self.used <= self.mask() / 4 {
            return Ok(());
        }
        let target = if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(target)
    }

    /// Rebuild the table with room for `minused` elements. The new slots
    /// are had first, so on MemoryError the table is as it was.
    fn resize(&mut self, minused: usize) -> PyResult<()> {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        // Made, not cloned, slot by slot: an empty slot is only its tag.
        let mut slots = fallible::vec_with_capacity(newsize)?;
        slots.extend(std::iter::repeat_with(|| Slot::Empty).take(newsize));
        let old = std::mem::replace(&mut self.slots, slots);
        self.fill = self.used;
        for slot in old {
            if let Slot::Full(h, k) = slot {
                self.insert_clean(k, h);
            }
        }
        Ok(())
    }

    fn insert_clean(&mut self, key: Value, hash: i64) {
        let mask = self.mask();
        let mut i = low_bits(hash.cast_unsigned()) & mask;
        let mut perturb = hash.cast_unsigned();
        loop {
            if matches!(self.slots[i], Slot::Empty) {
                self.slots[i] = Slot::Full(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(self.slots[i + j], Slot::Empty) {
                        self.slots[i + j] = Slot::Full(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(low_bits(perturb)))
                & mask;
        }
    }

    pub fn remove(&mut self, key: &Value, hash: i64) -> bool {
        match self.find(key, hash) {
            Some(i) => {
                self.slots[i] = Slot::Dummy;
                self.used -= 1;
                true
            }
            None => false,
        }
    }

    /// Remove and return an arbitrary element (CPython pops in table order).
    pub fn pop(&mut self) -> Option<Value> {
        let i = self
            .slots
            .iter()
            .position(|s| matches!(s, Slot::Full(..)))?;
        match std::mem::replace(&mut self.slots[i], Slot::Dummy) {
            Slot::Full(_, k) => {
                self.used -= 1;
                Some(k)
            }
            _ => None,
        }
    }

    pub fn clear(&mut self) {
        *self = SetTable::default();
    }

    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Full(h, k) => Some((*h, k.clone())),
                _ => None,
            })
            .collect()
    }
}

#[derive(Default)]
pub struct PySet {
    pub table: RefCell<SetTable>,
}

impl PySet {
    pub fn new() -> PySet {
        PySet::default()
    }
    pub fn from_table(t: SetTable) -> PySet {
        PySet {
            table: RefCell::new(t),
        }
    }
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn values(&self) -> Vec<Value> {
        self.table
            .borrow()
            .entries()
            .into_iter()
            .map(|(_, v)| v)
            .collect()
    }
    /// Whether any element satisfies `test` (no element is cloned).
    pub fn any(&self, test: impl Fn(&Value) -> bool) -> bool {
        self.table.borrow().slots.iter().any(|s| match s {
            Slot::Full(_, k) => test(k),
            _ => false,
        })
    }
    pub fn contains_builtin(&self, v: &Value) -> bool {
        match super::hash::builtin_hash(v) {
            Some(h) => self.table.borrow().contains(v, h),
            None => false,
        }
    }
    /// CPython's frozenset hash (order-independent).
    pub fn frozen_hash(&self) -> Option<i64> {
        let mut hash: u64 = 0;
        for (h, _) in self.table.borrow().entries() {
            let h = h.cast_unsigned();
            hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
        }
        let n = self.len() as u64;
        hash ^= (n + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        let mut h = hash.cast_signed();
        if h == -1 {
            h = 590923713;
        }
        Some(h)
    }
}
