//! `help(obj)`: what python3's pydoc would say, short and without a pager,
//! plus what pyslot knows about a class: how its instances are stored
//! (a `__dict__` or `__slots__`), the slot numbers and the MRO.
//!
//! The `help`, `exit`, `quit`, `copyright`, `credits` and `license` objects
//! themselves are ordinary Python, in `python/site.py`, run at start-up.

use std::fmt::Write as _;
use std::rc::Rc;

use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::exception::PyResult;
use crate::runtime::function::{Function, Kwargs};
use crate::runtime::source::Source;
use crate::runtime::value::Value;

const SITE: &str = include_str!("python/site.py");

/// Run `site.py` and put the objects it makes into builtins.
pub(crate) fn install(it: &mut Interp) {
    let ns = it.new_globals("_sitebuiltins");
    ns.set_str(
        "help_text",
        super::native("help_text", "(obj, /)", help_text),
    );
    let source = Rc::new(Source::new("<site>", SITE));
    let Ok(unit) = it.compile_with_tree(&source, super::frozen_trees::tree("site")) else {
        return;
    };
    if it.run_module(&unit, source, ns.clone()).is_err() {
        return;
    }
    for name in ["exit", "quit", "help", "copyright", "credits", "license"] {
        if let Some(v) = ns.get_str(name) {
            it.builtins.set_str(name, v);
        }
    }
}

fn help_text(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let text = match &args[0] {
        Value::Function(f) => {
            let module = function_module(f);
            format!(
                "Help on function {} in module {}:\n\n{}\n",
                f.def.name,
                module,
                function_entry(it, f, "")?
            )
        }
        Value::BoundMethod(m) => match &m.func {
            Value::Function(f) => format!(
                "Help on method {} of {} object:\n\n{}\n",
                f.def.name,
                it.types.class_of(&m.receiver).name,
                function_entry(it, f, "")?
            ),
            other => format!("Help on {}:\n\n{}\n", it.repr(other)?, "(built-in method)"),
        },
        Value::Builtin(b) => {
            let kind = if b.is_method {
                format!("method_descriptor {} of {}", b.name, b.owner)
            } else {
                format!("built-in function {} in module builtins", b.name)
            };
            format!("Help on {kind}:\n\n{}(...)\n", b.name)
        }
        Value::Class(c) => class_help(it, c)?,
        Value::Instance(inst) if &*inst.class().name == "module" => {
            let names = inst.dict().map(|d| d.keys()).unwrap_or_default();
            let name = inst
                .get_attr("__name__")
                .map(|v| it.to_str(&v))
                .transpose()?;
            let name = name.unwrap_or_default();
            let mut out = format!("Help on module {name}:\n\nNAME\n    {name}\n");
            if let Some(Value::Str(doc)) = inst.get_attr("__doc__") {
                let _ = write!(out, "\nDESCRIPTION\n{}", indent(doc.as_str(), "    "));
            }
            let mut shown: Vec<String> = names
                .iter()
                .filter_map(|k| match k {
                    Value::Str(s) if !s.as_str().starts_with('_') => Some(s.as_str().to_string()),
                    _ => None,
                })
                .collect();
            shown.sort();
            let _ = write!(out, "\nCONTENTS\n    {}\n", shown.join(", "));
            if let Some(Value::Str(file)) = inst.get_attr("__file__") {
                let _ = write!(out, "\nFILE\n    {}\n", file.as_str());
            }
            out
        }
        other => {
            let class = it.types.class_of(other);
            class_help(it, &class)?
        }
    };
    Ok(Value::string(text))
}

fn function_module(f: &Function) -> String {
    match f.globals.get_str("__name__") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "__main__".to_string(),
    }
}

/// `name(params)` and the docstring below it, each line after `prefix`.
fn function_entry(it: &mut Interp, f: &Function, prefix: &str) -> PyResult<String> {
    let mut out = format!("{prefix}{}{}\n", f.def.name, signature(it, f)?);
    if let Some(Value::Str(doc)) = super::super::interp::class_build::function_doc(f) {
        out.push_str(&indent(doc.as_str(), &format!("{prefix}    ")));
    }
    Ok(out)
}

/// A function's parameters as `def` wrote them, with the default values.
pub(crate) fn signature(it: &mut Interp, f: &Function) -> PyResult<String> {
    let p = &f.def.params;
    let mut parts = Vec::new();
    let first_default = p.args.len() - f.defaults.len().min(p.args.len());
    for (i, a) in p.args.iter().enumerate() {
        let mut s = a.name.to_string();
        if i >= first_default {
            let d = f.defaults[i - first_default].clone();
            let _ = write!(s, "={}", it.repr(&d)?);
        }
        parts.push(s);
        if p.posonly > 0 && i + 1 == p.posonly {
            parts.push("/".into());
        }
    }
    match &p.vararg {
        Some(v) => parts.push(format!("*{}", v.name)),
        None if !p.kwonly.is_empty() => parts.push("*".into()),
        None => {}
    }
    for (i, k) in p.kwonly.iter().enumerate() {
        match f.kwdefaults.get(i).cloned().flatten() {
            Some(d) => parts.push(format!("{}={}", k.name, it.repr(&d)?)),
            None => parts.push(k.name.to_string()),
        }
    }
    if let Some(k) = &p.kwarg {
        parts.push(format!("**{}", k.name));
    }
    Ok(format!("({})", parts.join(", ")))
}

fn class_help(it: &mut Interp, c: &Rc<Class>) -> PyResult<String> {
    let bases: Vec<String> = c.bases.iter().map(qualified).collect();
    let bases = if bases.is_empty() {
        String::new()
    } else {
        format!("({})", bases.join(", "))
    };
    let mut out = format!(
        "Help on class {} in module {}:\n\nclass {}{}\n",
        c.name, c.module, c.name, bases
    );
    let bar = " |  ";
    if let Some(Value::Function(init)) = c.mro().iter().find_map(|k| k.dict.get_str("__init__")) {
        let sig = signature(it, &init)?;
        let sig = sig.replacen("(self, ", "(", 1).replacen("(self)", "()", 1);
        let _ = writeln!(out, "{bar}{}{}", c.name, sig);
        out.push_str(" |\n");
    }
    if let Some(Value::Str(doc)) = c.dict.get_str("__doc__") {
        out.push_str(&indent(doc.as_str(), bar));
        out.push_str(" |\n");
    }
    // What pyslot adds: how the instances are laid out.
    let layout = &c.layout;
    if !layout.slot_names.is_empty() || layout.dict_slot.is_none() {
        let slots: Vec<String> = layout
            .slot_names
            .iter()
            .map(|(n, i)| format!("{n} (slot {i})"))
            .collect();
        let _ = writeln!(
            out,
            "{bar}Instances: __slots__ layout, {} slot{}{}{}",
            slots.len(),
            if slots.len() == 1 { "" } else { "s" },
            if slots.is_empty() { "" } else { ": " },
            slots.join(", ")
        );
        if layout.dict_slot.is_none() {
            let _ = writeln!(
                out,
                "{bar}    no __dict__: other attribute names raise AttributeError"
            );
        }
    } else {
        let _ = writeln!(
            out,
            "{bar}Instances: __dict__ layout (attribute names in a key table shared by the class)"
        );
    }
    let mro: Vec<String> = c.mro().iter().map(qualified).collect();
    let _ = writeln!(out, "{bar}Method resolution order: {}", mro.join(", "));
    let mut methods = Vec::new();
    for (k, v) in c.dict.items() {
        if let (Value::Str(name), Value::Function(f)) = (&k, &v) {
            methods.push((name.as_str().to_string(), f.clone()));
        }
    }
    if !methods.is_empty() {
        out.push_str(" |\n |  Methods defined here:\n |\n");
        for (_, f) in methods {
            out.push_str(&function_entry(it, &f, bar)?);
            out.push_str(" |\n");
        }
    }
    Ok(out)
}

fn qualified(c: &Rc<Class>) -> String {
    if &*c.module == "__main__" {
        c.name.to_string()
    } else {
        format!("{}.{}", c.module, c.name)
    }
}

/// `text` with `prefix` before each line (a docstring's own indentation
/// after its first line removed, as `inspect.cleandoc` does).
fn indent(text: &str, prefix: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let margin = lines
        .iter()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let line = if i == 0 {
            line.trim()
        } else {
            line.get(margin..).unwrap_or("").trim_end()
        };
        if i == 0 && line.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{}{}", prefix, line);
    }
    out
}
