//! `explain(obj, 'name')`: the steps pyslot takes for `obj.name`, in
//! CPython's order (`object.__getattribute__`): a data descriptor on the
//! type first, then the instance's own storage, then a non-data descriptor
//! or plain class attribute, then `__getattr__`. With `store=True`, the
//! path of `obj.name = value`. It only looks: no descriptor or hook runs.

use std::fmt::Write as _;
use std::rc::Rc;

use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::exception::PyResult;
use crate::runtime::instance::Instance;
use crate::runtime::value::Value;

/// The explanation, as printed lines.
pub(crate) fn steps(it: &mut Interp, obj: &Value, name: &str, store: bool) -> PyResult<String> {
    let class = match obj {
        Value::Instance(i) => i.class().clone(),
        Value::Class(c) => return class_attribute(it, c, name, store),
        other => it.types.class_of(other),
    };
    let kind = describe_kind(&class);
    let op = if store {
        format!("{name} = ...")
    } else {
        name.to_string()
    };
    let mut out = format!(
        "obj.{op}  where obj is a {} instance ({kind})\n",
        class.name
    );
    let mut n = 0;
    let mut step = |out: &mut String, text: String| {
        n += 1;
        let _ = writeln!(out, "{n}. {text}");
    };
    let mro: Vec<Rc<Class>> = class.mro();
    let mro_names: Vec<&str> = mro.iter().map(|c| &*c.name).collect();
    let hook = if store {
        "__setattr__"
    } else {
        "__getattribute__"
    };
    if let Some(c) = overrides(&mro, hook) {
        step(&mut out, format!("{}.{hook} is defined in Python: it decides everything (the steps below are object.{hook}'s)", c.name));
    }
    // 1. The type, along its MRO.
    let found = mro
        .iter()
        .find_map(|c| c.dict.get_str(name).map(|v| (c.clone(), v)));
    match &found {
        Some((owner, v)) => {
            let what = it.repr(v)?;
            step(
                &mut out,
                format!(
                    "look up '{name}' along type(obj).__mro__ ({}): found in {}: {what}",
                    mro_names.join(", "),
                    owner.name
                ),
            );
        }
        None => step(
            &mut out,
            format!(
                "look up '{name}' along type(obj).__mro__ ({}): not found",
                mro_names.join(", ")
            ),
        ),
    }
    let inst = match obj {
        Value::Instance(i) => Some(i.clone()),
        _ => None,
    };
    // 2. A data descriptor on the type wins.
    if let Some((_, v)) = &found {
        if it.is_data_descriptor(v) {
            let how = match (v, store) {
                (Value::Member(m), false) => {
                    let now = inst.as_ref().and_then(|i| i.get(m.index));
                    match now {
                        Some(x) => format!("read slot {} -> {}", m.index, it.repr(&x)?),
                        None => format!("read slot {}: it is empty, so AttributeError: '{}' object has no attribute '{name}'", m.index, class.name),
                    }
                }
                (Value::Member(m), true) => format!("write slot {} of the instance", m.index),
                (Value::Property(_), false) => "call the property's getter".to_string(),
                (Value::Property(_), true) => {
                    "call the property's setter (AttributeError if it has none)".to_string()
                }
                (_, false) => "call its __get__(obj, type(obj))".to_string(),
                (_, true) => "call its __set__(obj, value)".to_string(),
            };
            let what = if matches!(v, Value::Member(_)) {
                "a member descriptor (a __slots__ entry), which is a data descriptor"
            } else {
                "a data descriptor"
            };
            step(
                &mut out,
                format!("it is {what}: it wins over the instance: {how}"),
            );
            return Ok(out);
        }
    }
    // 3. The instance's own storage.
    match &inst {
        Some(i) if i.has_dict() => {
            let (where_, value) = instance_storage(i, name, store);
            if store {
                step(
                    &mut out,
                    format!("no data descriptor: store into the instance's own storage, {where_}"),
                );
                return Ok(out);
            }
            match value {
                Some(v) => {
                    let shown = it.repr(&v)?;
                    step(&mut out, format!("no data descriptor: the instance's own storage has it, {where_} -> {shown}"));
                    return Ok(out);
                }
                None => step(
                    &mut out,
                    format!("the instance's own storage has no '{name}' ({where_})"),
                ),
            }
        }
        Some(_) => {
            let slots: Vec<String> = class
                .layout
                .slot_names
                .iter()
                .map(|(s, _)| format!("'{s}'"))
                .collect();
            let declared = format!(
                "__slots__ = ({}{})",
                slots.join(", "),
                if slots.len() == 1 { "," } else { "" }
            );
            if store {
                step(&mut out, format!("the instance has no __dict__ ({} defines {declared}), so there is nowhere else to put '{name}'", class.name));
                step(
                    &mut out,
                    format!(
                        "AttributeError: '{}' object has no attribute '{name}'",
                        class.name
                    ),
                );
                return Ok(out);
            }
            step(
                &mut out,
                format!(
                    "the instance has no __dict__ ({} defines {declared}): nothing to look in",
                    class.name
                ),
            );
        }
        None => {
            if store {
                step(
                    &mut out,
                    format!("a {} has no attribute storage: AttributeError", class.name),
                );
                return Ok(out);
            }
        }
    }
    // 4. Non-data descriptor or plain class attribute.
    if let Some((owner, v)) = &found {
        let what = match v {
            Value::Function(_) => format!(
                "a function: bound to obj, it becomes a method ({}.{name})",
                owner.name
            ),
            Value::Builtin(_) => format!("a builtin method of {}: bound to obj", owner.name),
            Value::ClassMethod(_) => "a classmethod: bound to type(obj)".to_string(),
            Value::StaticMethod(_) => "a staticmethod: the function itself".to_string(),
            other => format!(
                "a class attribute, shared by all instances: {}",
                it.repr(other)?
            ),
        };
        step(&mut out, format!("use what the type has: {what}"));
        return Ok(out);
    }
    // 5. __getattr__, then the error.
    if let Some(c) = overrides(&mro, "__getattr__") {
        step(
            &mut out,
            format!("not found: {}.__getattr__(obj, '{name}') is called", c.name),
        );
        return Ok(out);
    }
    step(
        &mut out,
        format!(
            "not found anywhere: AttributeError: '{}' object has no attribute '{name}'",
            class.name
        ),
    );
    Ok(out)
}

/// Where a dict-backed instance keeps `name`, and its value if set.
fn instance_storage(i: &Instance, name: &str, store: bool) -> (String, Option<Value>) {
    if let Some(d) = i.dict() {
        let n = d.len();
        let entries = if n == 1 { "entry" } else { "entries" };
        return (
            format!("its built __dict__ ({n} {entries})"),
            d.get_str(name),
        );
    }
    let class = i.class();
    match class.shared_key_index(name) {
        Some(j) => (
            format!("inline value {j} (key {j} of {}'s shared key table)", class.name),
            i.get_attr(name),
        ),
        None if store => (
            format!("a new key: {}'s shared key table grows if this instance is the furthest along, else a dict is built", class.name),
            None,
        ),
        None => (
            format!("neither its inline values nor a built __dict__ (no key '{name}' in {}'s shared key table)", class.name),
            None,
        ),
    }
}

/// The first class along `mro` whose own `hook` is Python code.
fn overrides(mro: &[Rc<Class>], hook: &str) -> Option<Rc<Class>> {
    mro.iter()
        .find(|c| matches!(c.dict.get_str(hook), Some(Value::Function(_))))
        .cloned()
}

fn describe_kind(class: &Rc<Class>) -> &'static str {
    match (
        class.layout.dict_slot.is_some(),
        class.layout.slot_names.is_empty(),
    ) {
        (true, true) => "__dict__ layout",
        (true, false) => "__slots__ plus a __dict__",
        (false, _) => "__slots__ layout",
    }
}

/// `Class.name`: the class's own MRO (descriptors' `__get__` with no
/// instance), or for a store, the class namespace.
fn class_attribute(it: &mut Interp, c: &Rc<Class>, name: &str, store: bool) -> PyResult<String> {
    let mut out = format!("{}.{name}  where {} is a class\n", c.name, c.name);
    if store {
        let _ = writeln!(
            out,
            "1. store '{name}' in {}'s own namespace (every instance sees the change)",
            c.name
        );
        return Ok(out);
    }
    let mro = c.mro();
    let names: Vec<&str> = mro.iter().map(|k| &*k.name).collect();
    match mro
        .iter()
        .find_map(|k| k.dict.get_str(name).map(|v| (k.clone(), v)))
    {
        Some((owner, v)) => {
            let shown = it.repr(&v)?;
            let _ = writeln!(
                out,
                "1. look up '{name}' along {}.__mro__ ({}): found in {}: {shown}",
                c.name,
                names.join(", "),
                owner.name
            );
            let how = match &v {
                Value::Member(m) => format!(
                    "a member descriptor: on the class it is itself (slot {} of each instance)",
                    m.index
                ),
                Value::Function(_) => "a function: on the class it stays a plain function".into(),
                Value::ClassMethod(_) => "a classmethod: bound to the class".into(),
                _ => "returned as it is".into(),
            };
            let _ = writeln!(out, "2. {how}");
        }
        None => {
            let _ = writeln!(out, "1. look up '{name}' along {}.__mro__ ({}): not found: AttributeError: type object '{}' has no attribute '{name}'", c.name, names.join(", "), c.name);
        }
    }
    Ok(out)
}
