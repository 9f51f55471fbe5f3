//! The cycle collector. Reference counting frees most objects the moment
//! the last reference goes; what it cannot free is a group of objects that
//! refer to each other (`a.other = b; b.other = a`, `l.append(l)`) and that
//! nothing else reaches. This finds such groups as CPython's collector does:
//!
//! - Every container that can be part of a cycle (instances, lists, dicts,
//!   sets, tuples holding containers, functions, classes, closure cells) is
//!   *tracked*: a weak handle to it joins the youngest of three generations.
//! - After `threshold0` new tracked objects, the evaluator's next safe point
//!   collects the young generation; every `threshold1` young collections the
//!   middle one too, and the oldest after `threshold2` middle ones.
//! - A collection takes each object's reference count and subtracts the
//!   references that come from the other objects being collected. What is
//!   left over counts references from outside (the frames of running code,
//!   the interpreter, older objects): an object with any is alive, and so is
//!   everything it reaches. The rest is garbage held only by itself.
//! - Garbage instances with `__del__` are finalized first (once each); what
//!   that resurrects is spared; the rest is broken apart by emptying its
//!   mutable containers, and reference counting frees it all.
//!
//! References the collector cannot see (a stackful generator's native
//! stack, an iterator's container) only make it keep more, never free what
//! is in use: an unseen reference is counted as coming from outside.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use super::class::Class;
use super::dict::PyDict;
use super::function::{CellRef, Function};
use super::generator::{request_attention, GenState, PyGenerator};
use super::instance::{Instance, InstanceWeak};
use super::set::PySet;
use super::value::{PyList, PyTuple, Value};

/// A weak handle to a tracked object.
pub(crate) enum Tracked {
    Instance(InstanceWeak),
    List(Weak<PyList>),
    Tuple(Weak<PyTuple>),
    Dict(Weak<PyDict>),
    Set(Weak<PySet>),
    Function(Weak<Function>),
    Class(Weak<Class>),
    Cell(Weak<RefCell<Option<Value>>>),
}

/// A tracked object held alive while a collection looks at it.
enum Object {
    Instance(Instance),
    List(Rc<PyList>),
    Tuple(Rc<PyTuple>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    Function(Rc<Function>),
    Class(Rc<Class>),
    Cell(CellRef),
}

impl Tracked {
    /// Whether the object still lives.
    fn alive(&self) -> bool {
        match self {
            Tracked::Instance(w) => w.alive(),
            Tracked::List(w) => w.strong_count() > 0,
            Tracked::Tuple(w) => w.strong_count() > 0,
            Tracked::Dict(w) => w.strong_count() > 0,
            Tracked::Set(w) => w.strong_count() > 0,
            Tracked::Function(w) => w.strong_count() > 0,
            Tracked::Class(w) => w.strong_count() > 0,
            Tracked::Cell(w) => w.strong_count() > 0,
        }
    }

    fn upgrade(&self) -> Option<Object> {
        Some(match self {
            Tracked::Instance(w) => Object::Instance(w.upgrade()?),
            Tracked::List(w) => Object::List(w.upgrade()?),
            Tracked::Tuple(w) => Object::Tuple(w.upgrade()?),
            Tracked::Dict(w) => Object::Dict(w.upgrade()?),
            Tracked::Set(w) => Object::Set(w.upgrade()?),
            Tracked::Function(w) => Object::Function(w.upgrade()?),
            Tracked::Class(w) => Object::Class(w.upgrade()?),
            Tracked::Cell(w) => Object::Cell(w.upgrade()?),
        })
    }
}

fn addr<T: ?Sized>(rc: &Rc<T>) -> usize {
    Rc::as_ptr(rc) as *const () as usize
}

impl Object {
    fn addr(&self) -> usize {
        match self {
            Object::Instance(i) => i.addr(),
            Object::List(r) => addr(r),
            Object::Tuple(r) => addr(r),
            Object::Dict(r) => addr(r),
            Object::Set(r) => addr(r),
            Object::Function(r) => addr(r),
            Object::Class(r) => addr(r),
            Object::Cell(r) => addr(r),
        }
    }

    /// References to it, less the one this collection holds.
    fn refs(&self) -> usize {
        let n = match self {
            Object::Instance(i) => i.ref_count(),
            Object::List(r) => Rc::strong_count(r),
            Object::Tuple(r) => Rc::strong_count(r),
            Object::Dict(r) => Rc::strong_count(r),
            Object::Set(r) => Rc::strong_count(r),
            Object::Function(r) => Rc::strong_count(r),
            Object::Class(r) => Rc::strong_count(r),
            Object::Cell(r) => Rc::strong_count(r),
        };
        n.saturating_sub(1)
    }

    /// Call `edge` with the address of every object this one refers to.
    /// Each reference is reported once per time it is held, never more:
    /// an over-count would make a live object look like garbage. Contents
    /// borrowed elsewhere right now are not reported (kept, to be safe).
    fn visit(&self, edge: &mut dyn FnMut(usize)) {
        match self {
            Object::Function(f) => {
                edge(addr(&f.globals));
                for cell in &f.closure {
                    edge(addr(cell));
                }
                if let Ok(attrs) = f.attrs.try_borrow() {
                    if let Some(d) = attrs.as_ref() {
                        edge(addr(d));
                    }
                }
            }
            Object::Class(c) => {
                edge(addr(&c.dict));
                for b in c.bases.iter().chain(&c.mro_rest) {
                    edge(addr(b));
                }
                if let Some(m) = &c.metaclass {
                    edge(addr(m));
                }
            }
            _ => {}
        }
        self.for_each_value(&mut |v: &Value| visit_value(v, edge));
    }

    /// Each value the object holds directly.
    fn for_each_value(&self, value: &mut dyn FnMut(&Value)) {
        match self {
            Object::Instance(i) => i.for_each_slot(&mut *value),
            Object::List(l) => {
                if let Ok(items) = l.items.try_borrow() {
                    items.iter().for_each(value);
                }
            }
            Object::Tuple(t) => t.items.iter().for_each(value),
            Object::Dict(d) => visit_dict(d, value),
            Object::Set(s) => s.values().iter().for_each(value),
            Object::Function(f) => {
                f.defaults.iter().for_each(&mut *value);
                f.kwdefaults.iter().flatten().for_each(value);
            }
            Object::Class(_) => {}
            Object::Cell(cell) => {
                if let Ok(v) = cell.try_borrow() {
                    v.iter().for_each(value);
                }
            }
        }
    }

    /// Empty what can be emptied, so the garbage's cycles come apart; the
    /// contents are returned to be dropped once nothing is borrowed.
    fn clear(&self, out: &mut Vec<Value>) {
        match self {
            Object::Instance(i) => out.extend(i.take_slots()),
            Object::List(l) => {
                if let Ok(mut items) = l.items.try_borrow_mut() {
                    out.append(&mut items);
                }
            }
            Object::Dict(d) => {
                if let Ok(mut map) = d.map.try_borrow_mut() {
                    for (k, v) in std::mem::take(&mut *map) {
                        out.push(k.key);
                        out.push(v);
                    }
                }
                d.bump();
            }
            Object::Set(s) => {
                out.extend(s.values());
                if let Ok(mut t) = s.table.try_borrow_mut() {
                    t.clear();
                }
            }
            Object::Cell(cell) => {
                if let Ok(mut v) = cell.try_borrow_mut() {
                    out.extend(v.take());
                }
            }
            Object::Function(f) => {
                if let Ok(mut attrs) = f.attrs.try_borrow_mut() {
                    if let Some(d) = attrs.take() {
                        out.push(Value::Dict(d));
                    }
                }
            }
            // Immutable: freed when what refers to them is emptied. A class
            // is emptied through its namespace (tracked as a dict).
            Object::Tuple(_) | Object::Class(_) => {}
        }
    }

    fn as_instance(&self) -> Option<&Instance> {
        match self {
            Object::Instance(i) => Some(i),
            _ => None,
        }
    }
}

fn visit_dict(d: &PyDict, value: &mut dyn FnMut(&Value)) {
    if let Ok(map) = d.map.try_borrow() {
        for (k, v) in map.iter() {
            value(&k.key);
            value(v);
        }
    }
}

/// Report the tracked objects `v` refers to: itself when tracked, or what
/// an untracked wrapper only it holds refers to (a bound method in an
/// attribute, an exception's state). A wrapper shared with others is not
/// looked into: its references would be counted once per holder.
#[inline]
fn visit_value(v: &Value, edge: &mut dyn FnMut(usize)) {
    if may_cycle(v) {
        visit_container(v, edge);
    }
}

fn visit_container(v: &Value, edge: &mut dyn FnMut(usize)) {
    match v {
        Value::Instance(i) => edge(i.addr()),
        Value::List(r) => edge(addr(r)),
        Value::Tuple(r) => edge(addr(r)),
        Value::Dict(r) => edge(addr(r)),
        Value::Set(r) | Value::FrozenSet(r) => edge(addr(r)),
        Value::Function(r) => edge(addr(r)),
        Value::Class(r) => edge(addr(r)),
        Value::BoundMethod(m) if Rc::strong_count(m) == 1 => {
            visit_value(&m.func, edge);
            visit_value(&m.receiver, edge);
        }
        Value::Property(p) if Rc::strong_count(p) == 1 => {
            for f in [&p.fget, &p.fset, &p.fdel, &p.doc] {
                visit_value(f, edge);
            }
        }
        Value::ClassMethod(f) | Value::StaticMethod(f) if Rc::strong_count(f) == 1 => {
            visit_value(f, edge)
        }
        Value::Member(m) if Rc::strong_count(m) == 1 => edge(addr(&m.owner)),
        Value::Super(s) if Rc::strong_count(s) == 1 => {
            edge(addr(&s.after));
            visit_value(&s.obj, edge);
            edge(addr(&s.obj_type));
        }
        Value::DictView(view) if Rc::strong_count(view) == 1 => edge(addr(&view.dict)),
        // A deque's items, seen through the instance that holds them.
        Value::Deque(d) if Rc::strong_count(d) == 1 => {
            if let Ok(items) = d.items.try_borrow() {
                items.iter().for_each(|x| visit_value(x, edge));
            }
        }
        // A suspended generator's frame, when it runs on the caller's stack
        // (a stackful one's values are on its own native stack, unseen).
        Value::Generator(g) if Rc::strong_count(g) == 1 => {
            if let Ok(state) = g.state.try_borrow() {
                if let super::generator::GenState::Flat(flat) = &*state {
                    flat.visit(edge, visit_value);
                }
            }
        }
        Value::ExcState(state) if Rc::strong_count(state) == 1 => {
            if let Ok(data) = state.try_borrow() {
                data.args.iter().for_each(|a| visit_value(a, edge));
                for linked in data.cause.iter().chain(&data.context) {
                    visit_value(linked, edge);
                }
            }
        }
        _ => {}
    }
}

/// Whether a value may be part of a cycle (a tuple holding only such values
/// as numbers and strings never is, so it is not tracked).
pub(crate) fn may_cycle(v: &Value) -> bool {
    !matches!(
        v,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::BigInt(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(_)
            | Value::Builtin(_)
            | Value::NotImplemented
            | Value::Ellipsis
    )
}

const GENERATIONS: usize = 3;

struct Collector {
    generations: [Vec<Tracked>; GENERATIONS],
    /// New tracked objects since the last young collection, then young
    /// collections since the last middle one, and middle since the last old.
    counts: [usize; GENERATIONS],
    thresholds: [usize; GENERATIONS],
    enabled: bool,
    /// Objects found unreachable per generation, and collections run.
    collected: [usize; GENERATIONS],
    collections: [usize; GENERATIONS],
    /// The oldest generation's size after its last collection, and how many
    /// objects joined it since: it is collected again only when it has
    /// doubled (CPython waits for a quarter more; a scan costs pyslot more
    /// per object), so a program that builds a large structure does not
    /// re-scan it over and over.
    long_lived_total: usize,
    long_lived_pending: usize,
    /// The young generation's length at which dead entries are swept out.
    sweep_at: usize,
}

/// The least young-generation length that triggers a sweep.
const SWEEP_MIN: usize = 4096;

thread_local! {
    static COLLECTOR: RefCell<Collector> = const { RefCell::new(Collector {
        generations: [Vec::new(), Vec::new(), Vec::new()],
        counts: [0; GENERATIONS],
        thresholds: [700, 10, 10],
        enabled: true,
        collected: [0; GENERATIONS],
        collections: [0; GENERATIONS],
        long_lived_total: 0,
        long_lived_pending: 0,
        sweep_at: SWEEP_MIN,
    }) };
    /// Tracked objects made less tracked objects freed since the last young
    /// collection (CPython's count: short-lived temporaries never add up).
    static YOUNG: Cell<usize> = const { Cell::new(0) };
    /// Set while a collection runs (finalizers may allocate, but must not
    /// start another).
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
    /// Instances whose `__del__` must run at the next safe point.
    static TO_FINALIZE: RefCell<std::collections::VecDeque<Instance>> =
        const { RefCell::new(std::collections::VecDeque::new()) };
}

/// Start tracking a new container.
pub(crate) fn track(t: Tracked) {
    let _ = COLLECTOR.try_with(|c| {
        let Ok(mut c) = c.try_borrow_mut() else {
            return;
        };
        c.generations[0].push(t);
        if c.generations[0].len() >= c.sweep_at {
            // Temporaries freed since the last collection leave dead
            // entries (and their blocks) behind: let them go.
            c.generations[0].retain(Tracked::alive);
            c.sweep_at = (c.generations[0].len() * 2).max(SWEEP_MIN);
        }
        let young = YOUNG.with(Cell::get) + 1;
        YOUNG.with(|y| y.set(young));
        if young > c.thresholds[0] && c.enabled {
            request_attention();
        }
    });
}

/// A tracked container was freed.
#[inline]
pub(crate) fn note_freed() {
    let _ = YOUNG.try_with(|y| y.set(y.get().saturating_sub(1)));
}

pub(crate) fn track_list(l: &Rc<PyList>) {
    track(Tracked::List(Rc::downgrade(l)));
}

pub(crate) fn track_dict(d: &Rc<PyDict>) {
    d.mark_tracked();
    track(Tracked::Dict(Rc::downgrade(d)));
}

/// A new shared dict (a namespace, an instance's `__dict__`), tracked.
pub(crate) fn new_dict_rc(d: PyDict) -> Rc<PyDict> {
    let d = Rc::new(d);
    track_dict(&d);
    d
}

pub(crate) fn track_set(s: &Rc<PySet>) {
    track(Tracked::Set(Rc::downgrade(s)));
}

pub(crate) fn track_function(f: &Rc<Function>) {
    track(Tracked::Function(Rc::downgrade(f)));
}

pub(crate) fn track_class(c: &Rc<Class>) {
    track(Tracked::Class(Rc::downgrade(c)));
}

/// A new closure cell, known to the collector.
pub(crate) fn new_cell() -> CellRef {
    let c = CellRef::default();
    track(Tracked::Cell(Rc::downgrade(&c)));
    c
}

/// Track a tuple only when it holds something that may be part of a cycle.
/// Every tuple counts toward the young generation all the same, as in
/// CPython (whose tuples start out tracked): a program that keeps making
/// tuple keys for a closure's cache is collected as often as there, and
/// the garbage cycles it drops along the way (the closure and its cache)
/// do not pile up for want of other containers being made.
pub(crate) fn track_tuple(t: &Rc<PyTuple>) {
    if t.items.iter().any(may_cycle) {
        track(Tracked::Tuple(Rc::downgrade(t)));
    } else {
        count_untracked();
    }
}

/// One more young object the collector need not look at.
fn count_untracked() {
    let Ok(young) = YOUNG.try_with(|y| {
        let n = y.get() + 1;
        y.set(n);
        n
    }) else {
        return;
    };
    let _ = COLLECTOR.try_with(|c| {
        if let Ok(c) = c.try_borrow() {
            if young > c.thresholds[0] && c.enabled {
                request_attention();
            }
        }
    });
}

/// Queue an instance whose count reached zero for its `__del__`.
pub(crate) fn finalize_later(inst: Instance) {
    let mut inst = Some(inst);
    let _ = TO_FINALIZE.try_with(|q| {
        if let Ok(mut q) = q.try_borrow_mut() {
            q.extend(inst.take());
        }
    });
    if inst.is_some() {
        // At exit, with the queue gone: free it without its `__del__`.
        drop(inst);
        return;
    }
    request_attention();
}

/// The next instance waiting for its `__del__`.
pub(crate) fn next_to_finalize() -> Option<Instance> {
    TO_FINALIZE
        .try_with(|q| q.try_borrow_mut().ok().and_then(|mut q| q.pop_front()))
        .ok()
        .flatten()
}

/// Which generation is due for collection, if any.
pub(crate) fn due() -> Option<usize> {
    COLLECTOR
        .try_with(|c| {
            let c = c.try_borrow().ok()?;
            if !c.enabled || COLLECTING.with(Cell::get) {
                return None;
            }
            if YOUNG.with(Cell::get) <= c.thresholds[0] {
                return None;
            }
            // The oldest generation whose count passed its threshold.
            let mut g = 0;
            while g + 1 < GENERATIONS && c.counts[g + 1] >= c.thresholds[g + 1] {
                g += 1;
            }
            if g == GENERATIONS - 1 && c.long_lived_pending < c.long_lived_total {
                g -= 1;
            }
            Some(g)
        })
        .ok()
        .flatten()
}

/// What a collection found: the garbage, freed or waiting on finalizers.
pub(crate) struct Outcome {
    pub(crate) unreachable: usize,
    /// Instances whose `__del__` must run before the garbage is freed.
    pub(crate) to_finalize: Vec<Instance>,
    /// Suspended generators only the garbage holds, with a `finally` block
    /// or an `__exit__` to run: closed before the garbage is freed.
    pub(crate) to_close: Vec<Rc<PyGenerator>>,
}

/// The suspended generators only `garbage` holds that have code to run
/// when closed.
fn generators_to_close(garbage: &[Object]) -> Vec<Rc<PyGenerator>> {
    let mut found = Vec::new();
    for o in garbage {
        o.for_each_value(&mut |v| {
            if let Value::Generator(g) = v {
                let pending = Rc::strong_count(g) == 1
                    && matches!(g.state.try_borrow().as_deref(), Ok(GenState::Flat(f)) if f.needs_close());
                if pending {
                    found.push(g.clone());
                }
            }
        });
    }
    found
}

/// Collect generation `g` and the younger ones. Garbage with pending
/// finalizers is returned with them instead of being freed; the caller runs
/// them and calls [`collect`] again, which frees what was not resurrected.
pub(crate) fn collect(g: usize) -> Outcome {
    let g = g.min(GENERATIONS - 1);
    COLLECTING.with(|c| c.set(true));
    let mut young: Vec<Tracked> = Vec::new();
    let _ = COLLECTOR.try_with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            for gen in 0..=g {
                young.append(&mut c.generations[gen]);
                c.counts[gen] = 0;
            }
            if g + 1 < GENERATIONS {
                c.counts[g + 1] += 1;
            }
            c.collections[g] += 1;
        }
    });
    YOUNG.with(|y| y.set(0));
    // Dead entries are dropped here (their blocks freed); the live keep
    // their entry, moved to the next generation if they survive.
    let (entries, objects): (Vec<Tracked>, Vec<Object>) = young
        .into_iter()
        .filter_map(|t| t.upgrade().map(|o| (t, o)))
        .unzip();
    let reachable = reachable(&objects);
    let mut survivors = Vec::with_capacity(objects.len());
    let mut garbage_entries = Vec::new();
    let mut garbage = Vec::new();
    for ((entry, object), r) in entries.into_iter().zip(objects).zip(reachable) {
        if r {
            // An instance now holding only numbers and strings leaves the
            // collector's sight until it stores something else.
            if !matches!(&object, Object::Instance(i) if !i.may_cycle()) {
                survivors.push(entry);
            }
            drop(object);
        } else {
            garbage_entries.push(entry);
            garbage.push(object);
        }
    }
    let older = (g + 1).min(GENERATIONS - 1);
    let _ = COLLECTOR.try_with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            if g == GENERATIONS - 1 {
                c.long_lived_total = survivors.len();
                c.long_lived_pending = 0;
            } else if older == GENERATIONS - 1 {
                c.long_lived_pending += survivors.len();
            }
            c.generations[older].append(&mut survivors);
        }
    });
    // An instance's `__dict__` counts as part of it: CPython's instances
    // keep their attributes without a dict object unless asked for one.
    let own_dicts = garbage
        .iter()
        .filter_map(Object::as_instance)
        .filter(|i| i.dict().is_some())
        .count();
    let unreachable = garbage.len() - own_dicts;
    let to_finalize: Vec<Instance> = garbage
        .iter()
        .filter_map(Object::as_instance)
        .filter(|i| i.class().layout.finalizer && !i.finalized())
        .cloned()
        .collect();
    let to_close = generators_to_close(&garbage);
    if to_finalize.is_empty() && to_close.is_empty() {
        let mut contents = Vec::new();
        for o in &garbage {
            o.clear(&mut contents);
        }
        drop(contents);
        drop(garbage);
        drop(garbage_entries);
    } else {
        // Spared this time: back among the tracked, looked at again after
        // the finalizers ran.
        drop(garbage);
        let _ = COLLECTOR.try_with(|c| {
            if let Ok(mut c) = c.try_borrow_mut() {
                c.generations[0].append(&mut garbage_entries);
            }
        });
    }
    let _ = COLLECTOR.try_with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            c.collected[g] += unreachable;
        }
    });
    COLLECTING.with(|c| c.set(false));
    Outcome {
        unreachable,
        to_finalize,
        to_close,
    }
}

/// Addresses to positions in the set being collected: open addressing
/// over a power-of-two table (a general-purpose hash map costs more than
/// the rest of a young collection).
struct AddrIndex {
    slots: Vec<(usize, u32)>,
    mask: usize,
}

impl AddrIndex {
    fn new(objects: &[Object]) -> AddrIndex {
        let size = (objects.len() * 2).next_power_of_two().max(16);
        let mut index = AddrIndex {
            slots: vec![(0, 0); size],
            mask: size - 1,
        };
        for (i, o) in objects.iter().enumerate() {
            let a = o.addr();
            let mut k = Self::spread(a) & index.mask;
            while index.slots[k].0 != 0 {
                k = (k + 1) & index.mask;
            }
            index.slots[k] = (a, u32::try_from(i).unwrap_or(u32::MAX));
        }
        index
    }

    // The multiplier only scatters bits: on a 32-bit target its low half
    // does as well.
    #[allow(clippy::cast_possible_truncation)]
    fn spread(a: usize) -> usize {
        // Fibonacci hashing: the golden ratio's odd multiplier spreads
        // aligned addresses over the table.
        (a >> 4).wrapping_mul(0x9E37_79B9) >> 7
    }

    #[inline]
    fn get(&self, a: usize) -> Option<usize> {
        let mut k = Self::spread(a) & self.mask;
        loop {
            let (found, i) = self.slots[k];
            if found == a {
                return Some(i as usize);
            }
            if found == 0 {
                return None;
            }
            k = (k + 1) & self.mask;
        }
    }
}

/// Which of `objects` are reachable from outside the set.
fn reachable(objects: &[Object]) -> Vec<bool> {
    let index = AddrIndex::new(objects);
    let mut refs: Vec<isize> = objects
        .iter()
        .map(|o| isize::try_from(o.refs()).unwrap_or(isize::MAX))
        .collect();
    // Whether an object refers to any other in the set: those that do not
    // need no second look when marking what is reachable.
    let mut links = vec![false; objects.len()];
    for (i, o) in objects.iter().enumerate() {
        o.visit(&mut |a| {
            if let Some(j) = index.get(a) {
                refs[j] -= 1;
                links[i] = true;
            }
        });
    }
    if refs.iter().any(|&r| r < 0) {
        // More references seen than counted: a bug in a visitor. Free
        // nothing rather than risk freeing what is in use.
        return vec![true; objects.len()];
    }
    let reachable_from_outside = |i: &usize| refs[*i] > 0;
    let mut reachable: Vec<bool> = (0..objects.len())
        .map(|i| reachable_from_outside(&i))
        .collect();
    let mut work: Vec<usize> = (0..objects.len())
        .filter(|i| reachable[*i] && links[*i])
        .collect();
    while let Some(i) = work.pop() {
        objects[i].visit(&mut |a| {
            if let Some(j) = index.get(a) {
                if !reachable[j] {
                    reachable[j] = true;
                    work.push(j);
                }
            }
        });
    }
    reachable
}

/// Stop tracking everything this thread tracks. For in-process runs
/// (`run_sandboxed`) that end by breaking their interpreter apart: what
/// one of them leaks must not be walked by every later run's collections.
pub(crate) fn forget_all() {
    let old = COLLECTOR.try_with(|c| {
        c.try_borrow_mut()
            .map(|mut c| std::mem::take(&mut c.generations))
            .unwrap_or_default()
    });
    let _ = YOUNG.try_with(|y| y.set(0));
    drop(old);
}

/// `gc.get_count()`.
pub(crate) fn counts() -> [usize; GENERATIONS] {
    let mut counts: [usize; GENERATIONS] = COLLECTOR
        .try_with(|c| c.try_borrow().map(|c| c.counts).unwrap_or_default())
        .unwrap_or_default();
    counts[0] = YOUNG.try_with(Cell::get).unwrap_or(0);
    counts
}

/// `gc.get_threshold()`.
pub(crate) fn thresholds() -> [usize; GENERATIONS] {
    COLLECTOR
        .try_with(|c| c.try_borrow().map(|c| c.thresholds).unwrap_or_default())
        .unwrap_or_default()
}

/// `gc.set_threshold(...)`: the given generations' thresholds.
pub(crate) fn set_thresholds(t: &[usize]) {
    let _ = COLLECTOR.try_with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            for (slot, &v) in c.thresholds.iter_mut().zip(t) {
                *slot = v;
            }
        }
    });
}

/// `gc.enable()` / `gc.disable()`.
pub(crate) fn set_enabled(on: bool) {
    let _ = COLLECTOR.try_with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            c.enabled = on;
        }
    });
}

pub(crate) fn enabled() -> bool {
    COLLECTOR
        .try_with(|c| c.try_borrow().map(|c| c.enabled).unwrap_or(false))
        .unwrap_or(false)
}

/// `gc.get_stats()`: per generation, collections run and objects collected.
pub(crate) fn stats() -> [(usize, usize); GENERATIONS] {
    COLLECTOR
        .try_with(|c| {
            c.try_borrow()
                .map(|c| std::array::from_fn(|g| (c.collections[g], c.collected[g])))
                .unwrap_or_default()
        })
        .unwrap_or_default()
}

/// `gc.is_tracked(v)`: whether `v` is a kind of object the collector tracks.
pub(crate) fn is_tracked(v: &Value) -> bool {
    match v {
        Value::Instance(_)
        | Value::List(_)
        | Value::Dict(_)
        | Value::Set(_)
        | Value::FrozenSet(_)
        | Value::Function(_)
        | Value::Class(_) => true,
        Value::Tuple(t) => t.items.iter().any(may_cycle),
        _ => false,
    }
}
