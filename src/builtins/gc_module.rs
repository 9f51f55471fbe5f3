//! `gc`: the cycle collector's controls and counts (`runtime/collector.rs`).

use crate::interp::Interp;
use crate::runtime::collector;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::{Kwargs, NativeFn};
use crate::runtime::int::int_from_len;
use crate::runtime::value::Value;

pub(crate) fn fill(ns: &PyDict) {
    let fns: [(&'static str, &'static str, NativeFn); 10] = [
        ("collect", "(generation=2)", collect),
        ("enable", "()", enable),
        ("disable", "()", disable),
        ("isenabled", "()", isenabled),
        ("get_count", "()", get_count),
        ("get_threshold", "()", get_threshold),
        (
            "set_threshold",
            "(threshold0, threshold1=<unrepresentable>, threshold2=<unrepresentable>, /)",
            set_threshold,
        ),
        ("get_stats", "()", get_stats),
        ("is_tracked", "(obj, /)", is_tracked),
        ("is_finalized", "(obj, /)", is_finalized),
    ];
    super::def_natives(ns, "gc", &fns);
    ns.set_str("garbage", Value::list(Vec::new()));
    ns.set_str("callbacks", Value::list(Vec::new()));
}

fn collect(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = match args.first() {
        None => 2,
        Some(v) => super::want_int(it, v)?,
    };
    let g = usize::try_from(g)
        .ok()
        .filter(|&g| g <= 2)
        .ok_or_else(|| PyErr::value_error("invalid generation"))?;
    // What is already waiting to be freed goes first, as it would have.
    it.attend_to_collector();
    Ok(Value::Int(int_from_len(it.collect_garbage(g))))
}

fn enable(_it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    collector::set_enabled(true);
    Ok(Value::None)
}

fn disable(_it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    collector::set_enabled(false);
    Ok(Value::None)
}

fn isenabled(_it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(collector::enabled()))
}

fn triple(t: [usize; 3]) -> Value {
    Value::tuple(t.iter().map(|&n| Value::Int(int_from_len(n))).collect())
}

fn get_count(_it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(triple(collector::counts()))
}

fn get_threshold(_it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(triple(collector::thresholds()))
}

fn set_threshold(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let mut t = Vec::new();
    for v in args {
        // CPython keeps C ints here; a negative threshold acts as zero.
        let n = super::want_int(it, v)?;
        t.push(usize::try_from(n.max(0)).unwrap_or(usize::MAX));
    }
    collector::set_thresholds(&t);
    Ok(Value::None)
}

fn get_stats(_it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let gens = collector::stats()
        .iter()
        .map(|&(collections, collected)| {
            let d = PyDict::new();
            d.set_str("collections", Value::Int(int_from_len(collections)));
            d.set_str("collected", Value::Int(int_from_len(collected)));
            d.set_str("uncollectable", Value::Int(0));
            Value::new_dict(d)
        })
        .collect();
    Ok(Value::list(gens))
}

fn is_tracked(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(collector::is_tracked(&args[0])))
}

fn is_finalized(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(
        matches!(&args[0], Value::Instance(i) if i.finalized()),
    ))
}
