//! `layout(obj)`: how `obj` is stored in pyslot, part by part, each part
//! with its byte count; the parts add up to `sizeof(obj)`, printed as the
//! total. The byte counts come from the same functions `sizeof` uses.

use std::fmt::Write as _;
use std::mem::size_of;
use std::rc::Rc;

use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::exception::PyResult;
use crate::runtime::instance::Instance;
use crate::runtime::sizeof::{dict_heap, rc_box, sizeof};
use crate::runtime::value::Value;

/// One row of the diagram: where it starts in the object's block (None
/// for a separate block), its size, and what it holds.
struct Part {
    offset: Option<usize>,
    bytes: usize,
    what: String,
}

/// The diagram for `v`.
pub(crate) fn diagram(it: &mut Interp, v: &Value) -> PyResult<String> {
    let (title, parts, notes) = match v {
        Value::Instance(inst)
            if inst.class().kind == crate::runtime::class::BuiltinKind::User
                || inst.packed().is_some()
                || inst.deque().is_some() =>
        {
            instance(it, inst)?
        }
        Value::Class(c) => class(c),
        Value::List(l) => {
            let items = l.items.borrow();
            let (len, cap) = (items.len(), items.capacity());
            drop(items);
            (
                format!("list: {len} item{}, room for {cap}", plural(len)),
                vec![
                    part(None, rc_box::<crate::runtime::value::PyList>(),
                        "list object: reference counts, then the vector (borrow flag, pointer, capacity, length)"),
                    part(None, cap * size_of::<Value>(),
                        &format!("item buffer: {cap} value{} of 16 bytes ({len} in use)", plural(cap))),
                ],
                vec!["each item is a 16-byte value: small ints, floats, bools and None inside it, anything else a pointer".into()],
            )
        }
        Value::Tuple(t) => {
            let n = t.items.len();
            (
                format!("tuple: {n} item{}", plural(n)),
                vec![
                    part(
                        None,
                        rc_box::<crate::runtime::value::PyTuple>(),
                        "tuple object: reference counts, pointer and length of its items",
                    ),
                    part(
                        None,
                        n * size_of::<Value>(),
                        &format!("items: {n} value{} of 16 bytes", plural(n)),
                    ),
                ],
                Vec::new(),
            )
        }
        Value::Dict(d) => {
            let cap = d.map.borrow().capacity();
            let len = d.len();
            (
                format!(
                    "dict: {len} entr{}, room for {cap}",
                    if len == 1 { "y" } else { "ies" }
                ),
                vec![
                    part(
                        None,
                        rc_box::<crate::runtime::dict::PyDict>(),
                        "dict object: reference counts, the map's header, a version number",
                    ),
                    part(
                        None,
                        dict_heap(d),
                        &format!("entries (hash, key, value) for {cap} and their index table"),
                    ),
                ],
                vec!["insertion-ordered: entries in order, plus a hash index into them".into()],
            )
        }
        Value::Str(s) => {
            let heap = s.s.heap_bytes();
            let mut parts = vec![part(
                None,
                rc_box::<crate::runtime::value::PyStr>(),
                &format!(
                    "str object: reference counts, length in characters, cached hash, and {}",
                    if heap == 0 {
                        "the text itself (up to 22 bytes live inside)"
                    } else {
                        "a pointer to the text"
                    }
                ),
            )];
            if heap > 0 {
                parts.push(part(None, heap, &format!("text: {heap} bytes of UTF-8")));
            }
            (
                format!(
                    "str of {} character{}, {} bytes of UTF-8",
                    s.nchars,
                    plural(s.nchars),
                    s.s.len()
                ),
                parts,
                Vec::new(),
            )
        }
        Value::Int(i) => (
            format!("int {i}: inline"),
            vec![part(
                None,
                size_of::<Value>(),
                "the value itself: a tag and the 64-bit number, no heap block",
            )],
            Vec::new(),
        ),
        Value::BigInt(b) => {
            let limbs = b.iter_u64_digits().len();
            (
                format!("int of {} bits: a big integer", b.bits()),
                vec![
                    part(
                        None,
                        rc_box::<num_bigint::BigInt>(),
                        "int object: reference counts, sign, pointer to its digits",
                    ),
                    part(
                        None,
                        limbs * 8,
                        &format!("digits: {limbs} 64-bit limb{}", plural(limbs)),
                    ),
                ],
                Vec::new(),
            )
        }
        Value::Float(x) => (
            format!(
                "float {}: inline",
                crate::runtime::format_spec::float_repr(*x)
            ),
            vec![part(
                None,
                size_of::<Value>(),
                "the value itself: a tag and the 64-bit float, no heap block",
            )],
            Vec::new(),
        ),
        Value::None | Value::Bool(_) => (
            format!("{}: inline", it.repr(v)?),
            vec![part(
                None,
                size_of::<Value>(),
                "the value itself: a tag, no heap block",
            )],
            Vec::new(),
        ),
        other => (
            format!("{} object", it.types.class_of(other).name),
            vec![part(None, sizeof(other), "the object")],
            Vec::new(),
        ),
    };
    let total: usize = parts.iter().map(|p| p.bytes).sum();
    debug_assert_eq!(total, sizeof(v), "layout parts must add up to sizeof");
    let mut out = format!("{title}\n");
    let offsets = parts.iter().any(|p| p.offset.is_some());
    if offsets {
        out.push_str("  offset  bytes  part\n");
    } else {
        out.push_str("  bytes  part\n");
    }
    for p in &parts {
        if offsets {
            match p.offset {
                Some(o) => {
                    let _ = writeln!(out, "  {o:>6}  {:>5}  {}", p.bytes, p.what);
                }
                None => {
                    let _ = writeln!(out, "  {:>6}  {:>5}  {}", "", p.bytes, p.what);
                }
            }
        } else {
            let _ = writeln!(out, "  {:>5}  {}", p.bytes, p.what);
        }
    }
    let pad = if offsets { 8 } else { 0 };
    let _ = writeln!(out, "  {}{:>5}  total = sizeof()", " ".repeat(pad), total);
    for n in notes {
        let _ = writeln!(out, "  {n}");
    }
    Ok(out)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn part(offset: Option<usize>, bytes: usize, what: &str) -> Part {
    Part {
        offset,
        bytes,
        what: what.to_string(),
    }
}

type Diagram = (String, Vec<Part>, Vec<String>);

fn instance(it: &mut Interp, inst: &Instance) -> PyResult<Diagram> {
    let class = inst.class().clone();
    let layout = &class.layout;
    let slot_bytes = size_of::<Value>();
    let header = inst.size_bytes() - inst.slots().len() * slot_bytes;
    let mut parts = vec![part(
        Some(0),
        header,
        &format!(
            "header: reference count, slot count, class -> {}",
            class.name
        ),
    )];
    let shown = |it: &mut Interp, i: usize| -> PyResult<String> {
        match inst.get(i) {
            Some(v) => it.repr(&v),
            None => Ok("<unset>".into()),
        }
    };
    for i in 0..inst.slots().len() {
        let offset = header + i * slot_bytes;
        let what = if let Some((name, _)) = layout.slot_names.iter().find(|(_, s)| *s == i) {
            format!("slot {i}: {name} = {}", shown(it, i)?)
        } else if layout.dict_slot == Some(i) {
            match inst.dict() {
                Some(d) => format!(
                    "__dict__ slot -> a dict of {} attribute{} (below)",
                    d.len(),
                    plural(d.len())
                ),
                None => "__dict__ slot: empty (no dict built; values inline below)".into(),
            }
        } else if layout.base_value == Some(i) {
            let what = inst
                .base_value()
                .map(|v| it.types.class_of(&v).name.to_string())
                .unwrap_or_default();
            format!("value slot -> the {what} this instance is (below)")
        } else if layout.exc_slot == Some(i) {
            "exception state (args, traceback, cause, context)".into()
        } else if i == 0 && inst.packed().is_some() {
            "elements slot -> the packed array (below)".into()
        } else if i == 0 && inst.deque().is_some() {
            "items slot -> the deque's ring buffer (below)".into()
        } else if i >= layout.fixed {
            let j = i - layout.fixed;
            let key = class.shared_keys.borrow().get(j).cloned();
            match key {
                Some(k) => format!("value {j}: {k} = {}  (shared key {j})", shown(it, i)?),
                None => format!("value {j}: <unset>"),
            }
        } else {
            format!("slot {i}")
        };
        parts.push(part(Some(offset), slot_bytes, &what));
    }
    let mut notes = Vec::new();
    if let Some(v) = inst.base_value() {
        let shown = it.repr(&v)?;
        parts.push(part(
            None,
            sizeof(&v),
            &format!("its {} value: {shown}", it.types.class_of(&v).name),
        ));
    }
    if let Some(p) = inst.packed() {
        let p = p.borrow();
        parts.push(part(
            None,
            rc_box::<std::cell::RefCell<crate::runtime::packed::PackedArray>>()
                + p.bytes.capacity(),
            &format!(
                "its elements: {} of typecode '{}', {} byte{} each, packed (room for {} bytes)",
                p.len(),
                char::from(p.code),
                p.itemsize(),
                plural(p.itemsize()),
                p.bytes.capacity()
            ),
        ));
    }
    if let Some(d) = inst.deque() {
        let (len, cap) = (d.len(), d.items.borrow().capacity());
        parts.push(part(
            None,
            crate::runtime::sizeof::deque_size(&d),
            &format!(
                "its items: {len} in a ring buffer with room for {cap}, {} bytes each",
                std::mem::size_of::<Value>()
            ),
        ));
    }
    if let Some(d) = inst.dict() {
        let cap = d.map.borrow().capacity();
        parts.push(part(
            None,
            rc_box::<crate::runtime::dict::PyDict>() + dict_heap(&d),
            &format!(
                "its __dict__: {} entr{}, room for {cap} (built on request)",
                d.len(),
                if d.len() == 1 { "y" } else { "ies" }
            ),
        ));
    }
    let kind = if layout.dict_slot.is_some() {
        notes.push(format!(
            "{}'s shared key table: {}",
            class.name,
            shared_keys(&class)
        ));
        "__dict__ layout (attribute values inline, names in a key table shared by the class)"
    } else {
        notes.push("no __dict__: only the slots above can hold attributes".into());
        "__slots__ layout"
    };
    Ok((format!("{} object: {kind}", class.name), parts, notes))
}

/// A dict-backed class's shared key table: `0:x 1:y`, or `(empty)`.
fn shared_keys(c: &Class) -> String {
    let keys = c.shared_keys.borrow();
    if keys.is_empty() {
        return "(empty)".into();
    }
    let shown: Vec<String> = keys
        .iter()
        .enumerate()
        .map(|(j, k)| format!("{j}:{k}"))
        .collect();
    shown.join(" ")
}

fn class(c: &Rc<Class>) -> Diagram {
    let layout = &c.layout;
    let mut notes = Vec::new();
    let kind = if layout.dict_slot.is_some() && layout.slot_names.is_empty() {
        "__dict__ layout".to_string()
    } else if layout.dict_slot.is_some() {
        "__slots__ plus a __dict__".to_string()
    } else {
        "__slots__ layout".to_string()
    };
    notes.push(format!(
        "instances: {kind}, {} fixed slot{}",
        layout.fixed,
        plural(layout.fixed)
    ));
    for (name, i) in &layout.slot_names {
        let owner = c
            .mro()
            .into_iter()
            .find(|k| matches!(k.dict.get_str(name), Some(Value::Member(m)) if m.index == *i))
            .map(|k| k.name.to_string())
            .unwrap_or_else(|| c.name.to_string());
        notes.push(format!(
            "  slot {i}: {name}  (member descriptor {owner}.{name})"
        ));
    }
    if let Some(i) = layout.dict_slot {
        notes.push(format!("  slot {i}: __dict__ (built only when asked for)"));
        notes.push(format!("  shared key table: {}", shared_keys(c)));
    }
    let mro: Vec<String> = c.mro().iter().map(|k| k.name.to_string()).collect();
    notes.push(format!("MRO: {}", mro.join(" -> ")));
    (
        format!("class {}", c.name),
        vec![part(
            None,
            rc_box::<Class>(),
            "class object: name, bases, MRO, namespace pointer, layout, caches",
        )],
        notes,
    )
}
