//! Importable builtin modules (`math`, `sys`, `time`), made on first import and cached.

use std::rc::Rc;

use crate::interp::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::function::{Kwargs, NativeFn};
use crate::runtime::instance::Instance;
use crate::runtime::value::Value;

impl Interp {
    /// A module built into pyslot (`math`, `sys`), made on first import and
    /// kept in `sys.modules`; None for any other name.
    pub fn builtin_module(&mut self, name: &str) -> Option<Value> {
        if let Some(m) = self.modules.get_str(name) {
            return Some(m);
        }
        if name == "builtins" {
            // The namespace names fall back to: `builtins.len = f` is seen
            // by every later `len(...)`.
            let ns = self.builtins.clone();
            if ns.get_str("__name__").is_none() {
                ns.set_str("__name__", Value::str("builtins"));
            }
            let m = self.module_object(ns);
            self.modules.set_str(name, m.clone());
            return Some(m);
        }
        let ns = crate::runtime::collector::new_dict_rc(PyDict::new());
        ns.set_str("__name__", Value::str(name));
        ns.set_str("__doc__", Value::None);
        ns.set_str("__package__", Value::str(""));
        match name {
            "math" => fill_math(&ns),
            "_time" => super::time_module::fill(&ns),
            "time" => return self.embedded_module(name, include_str!("python/time.py")),
            "_random" => super::random_core::fill(self, &ns),
            "random" => return self.embedded_module(name, include_str!("python/random.py")),
            "fractions" => return self.embedded_module(name, include_str!("python/fractions.py")),
            "decimal" => return self.embedded_module(name, include_str!("python/decimal.py")),
            "reprlib" => return self.embedded_module(name, include_str!("python/reprlib.py")),
            "_ctype" => super::ctype_module::fill(&ns),
            "statistics" => {
                return self.embedded_module(name, include_str!("python/statistics.py"))
            }
            "types" => return self.embedded_module(name, include_str!("python/types.py")),
            "__future__" => {
                return self.embedded_module(name, include_str!("python/__future__.py"))
            }
            "abc" => return self.embedded_module(name, include_str!("python/abc.py")),
            "typing" => return self.embedded_module(name, include_str!("python/typing.py")),
            "io" => return self.embedded_module(name, include_str!("python/io.py")),
            "os" => return self.embedded_module(name, include_str!("python/os.py")),
            "doctest" => return self.embedded_module(name, include_str!("python/doctest.py")),
            "json" => return self.embedded_module(name, include_str!("python/json.py")),
            "re" => return self.embedded_module(name, include_str!("python/re.py")),
            "hashlib" => return self.embedded_module(name, include_str!("python/hashlib.py")),
            "_hashlib" => super::hashlib_module::fill(&ns),
            "_sre" => super::regex_module::fill(&ns),
            "_sysinfo" => return self.embedded_module(name, include_str!("python/_sysinfo.py")),
            "datetime" => return self.embedded_module(name, include_str!("python/datetime.py")),
            "pprint" => return self.embedded_module(name, include_str!("python/pprint.py")),
            "timeit" => return self.embedded_module(name, include_str!("python/timeit.py")),
            "unittest" => return self.embedded_module(name, include_str!("python/unittest.py")),
            "os.path" => return self.embedded_module(name, include_str!("python/os_path.py")),
            "argparse" => return self.embedded_module(name, include_str!("python/argparse.py")),
            "pathlib" => return self.embedded_module(name, include_str!("python/pathlib.py")),
            "_files" => super::files_module::fill(&ns),
            "gc" => super::gc_module::fill(&ns),
            "_weakref" => super::weakref_module::fill(&ns),
            "weakref" => return self.embedded_module(name, include_str!("python/weakref.py")),
            "traceback" => super::traceback_module::fill(&ns),
            "contextlib" => {
                return self.embedded_module(name, include_str!("python/contextlib.py"))
            }
            "string" => return self.embedded_module(name, include_str!("python/string.py")),
            "textwrap" => return self.embedded_module(name, include_str!("python/textwrap.py")),
            "enum" => return self.embedded_module(name, include_str!("python/enum.py")),
            "dataclasses" => {
                return self.embedded_module(name, include_str!("python/dataclasses.py"))
            }
            "collections" => {
                return self.embedded_module(name, include_str!("python/collections.py"))
            }
            "copy" => return self.embedded_module(name, include_str!("python/copy.py")),
            "collections.abc" => {
                return self.embedded_module(name, include_str!("python/collections_abc.py"))
            }
            "itertools" => return self.embedded_module(name, include_str!("python/itertools.py")),
            "functools" => return self.embedded_module(name, include_str!("python/functools.py")),
            "operator" => return self.embedded_module(name, include_str!("python/operator.py")),
            "heapq" => return self.embedded_module(name, include_str!("python/heapq.py")),
            "_heapq" => super::heapq_module::fill(&ns),
            "bisect" => return self.embedded_module(name, include_str!("python/bisect.py")),
            "_bisect" => super::bisect_module::fill(&ns),
            "sys" => super::sys_module::fill(self, &ns),
            "array" => super::array_type::fill(self, &ns),
            "_collections" => super::deque_type::fill(self, &ns),
            "_struct" => super::struct_module::fill(self, &ns),
            "struct" => return self.embedded_module(name, include_str!("python/struct.py")),
            _ => return None,
        }
        let m = self.module_object(ns.clone());
        self.modules.set_str(name, m.clone());
        if name == "sys" {
            super::sys_module::add_version_info(self, &ns);
        }
        Some(m)
    }

    /// A module written in Python and kept in the binary, run on first
    /// import like a file would be.
    fn embedded_module(&mut self, name: &str, text: &str) -> Option<Value> {
        let ns = self.new_globals(name);
        ns.set_str("__package__", Value::str(""));
        // The source a learner can open: it is compiled into the binary
        // from this file of pyslot's own tree.
        let stem = name.replace('.', "_");
        let file = format!(
            "{}/src/builtins/python/{stem}.py",
            env!("CARGO_MANIFEST_DIR")
        );
        ns.set_str("__file__", Value::str(&file));
        let module = self.module_object(ns.clone());
        self.modules.set_str(name, module.clone());
        let source = Rc::new(crate::runtime::source::Source::new(file, text));
        let ok = self
            .compile_with_tree(&source, super::frozen_trees::tree(&stem))
            .and_then(|unit| self.run_module(&unit, source, ns));
        if ok.is_err() {
            self.modules.remove_str(name);
            return None;
        }
        Some(module)
    }

    /// `types.<name>(args...)`: the Python-level helper types (GenericAlias,
    /// UnionType) the evaluator makes for `list[int]` and `int | str`.
    pub fn make_typing_object(&mut self, name: &str, args: Vec<Value>) -> PyResult<Value> {
        let module = self.find_and_load("types")?;
        let class = self.getattr(&module, name)?;
        self.call(&class, args, Vec::new())
    }

    /// `sys.stdout` or `sys.stderr`: an object with `write` and `flush`.
    pub(crate) fn stream(&mut self, name: &str) -> Value {
        let class = self.types.stream_class();
        if class.dict.get_str("write").is_none() {
            super::def_method(&class, "write", "(s, /)", stream_write);
            super::def_method(&class, "flush", "()", stream_flush);
            super::def_method(&class, "readline", "(size=-1, /)", stream_readline);
            super::def_method(&class, "read", "(size=-1, /)", stream_read);
            super::def_method(&class, "readlines", "(hint=-1, /)", stream_readlines);
            super::def_slot(&class, "__iter__", super::iterators::iter_self);
            super::def_slot(&class, "__next__", stream_next);
        }
        let attrs = PyDict::new();
        attrs.set_str("name", Value::str(name));
        attrs.set_str("mode", Value::str("w"));
        attrs.set_str("encoding", Value::str("utf-8"));
        let inst = Instance::new(class);
        inst.replace_dict(Rc::new(attrs));
        Value::Instance(inst)
    }
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`:
/// what the import statement does, as a function. Without a fromlist it
/// gives the top package (`__import__('a.b')` is `a`), with one the module.
pub(crate) fn dunder_import(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::only_kwargs(
        "__import__",
        kw,
        &["name", "globals", "locals", "fromlist", "level"],
    )?;
    let get = |i: usize, key: &str| args.get(i).or_else(|| super::kwarg(kw, key)).cloned();
    let Some(Value::Str(name)) = get(0, "name") else {
        return Err(PyErr::type_error("__import__() argument 1 must be str"));
    };
    let level = match get(4, "level") {
        Some(v) => super::want_int(it, &v)?,
        None => 0,
    };
    if level < 0 {
        return Err(PyErr::value_error("level must be >= 0"));
    }
    let full = if level > 0 {
        let package = match get(1, "globals") {
            Some(Value::Dict(g)) => match g.get_str("__package__") {
                Some(Value::Str(p)) if !p.as_str().is_empty() => p.as_str().to_string(),
                _ => String::new(),
            },
            _ => {
                return Err(PyErr::with_args(
                    ExcKind::KeyError,
                    vec![Value::str("'__name__' not in globals")],
                ))
            }
        };
        if package.is_empty() {
            return Err(PyErr::new(
                ExcKind::ImportError,
                "attempted relative import with no known parent package",
            ));
        }
        let parts: Vec<&str> = package.split('.').collect();
        // level > 0 here; a level past usize::MAX goes beyond any package.
        let up = usize::try_from(level - 1).unwrap_or(usize::MAX);
        let keep = parts.len().saturating_sub(up);
        if keep == 0 {
            return Err(PyErr::new(
                ExcKind::ImportError,
                "attempted relative import beyond top-level package",
            ));
        }
        let base = parts[..keep].join(".");
        if name.as_str().is_empty() {
            base
        } else {
            format!("{base}.{}", name.as_str())
        }
    } else {
        if name.as_str().is_empty() {
            return Err(PyErr::value_error("Empty module name"));
        }
        name.as_str().to_string()
    };
    let wants_leaf = match get(3, "fromlist") {
        Some(list) => !list.is_none() && it.truthy(&list)?,
        None => false,
    };
    let (top, leaf) = it.import_dotted(&full)?;
    Ok(if wants_leaf || level > 0 { leaf } else { top })
}

pub(crate) fn func(
    ns: &PyDict,
    module: &'static str,
    name: &'static str,
    sig: &'static str,
    f: NativeFn,
) {
    super::def_natives(ns, module, &[(name, sig, f)]);
}

/// A float argument of a math function (an int, a float, `__float__`).
pub(crate) fn math_num(v: &Value) -> PyResult<f64> {
    num(v)
}

fn num(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Instance(i) if i.base_value().is_some() => num(&i.base_value().unwrap_or_default()),
        Value::Int(i) => Ok(crate::runtime::int::float_from_int(*i)),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        Value::BigInt(b) => num_traits::ToPrimitive::to_f64(&**b)
            .filter(|f| f.is_finite())
            .ok_or_else(|| PyErr::overflow("int too large to convert to float")),
        other => Err(PyErr::type_error(format!(
            "must be real number, not {}",
            other.type_name()
        ))),
    }
}

fn domain(x: f64) -> PyResult<Value> {
    if x.is_nan() {
        Err(PyErr::value_error("math domain error"))
    } else {
        Ok(Value::Float(x))
    }
}

macro_rules! math_fn {
    ($name:ident, $pyname:expr, |$x:ident| $body:expr) => {
        fn $name(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
            let $x = num(&args[0])?;
            $body
        }
    };
}

math_fn!(m_sqrt, "sqrt", |x| if x < 0.0 {
    Err(PyErr::value_error("math domain error"))
} else {
    Ok(Value::Float(x.sqrt()))
});
math_fn!(m_exp, "exp", |x| {
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        Err(PyErr::overflow("math range error"))
    } else {
        Ok(Value::Float(r))
    }
});
math_fn!(m_sin, "sin", |x| domain(x.sin()));
math_fn!(m_cos, "cos", |x| domain(x.cos()));
math_fn!(m_tan, "tan", |x| domain(x.tan()));
math_fn!(m_asin, "asin", |x| domain(x.asin()));
math_fn!(m_acos, "acos", |x| domain(x.acos()));
math_fn!(m_atan, "atan", |x| Ok(Value::Float(x.atan())));
math_fn!(m_fabs, "fabs", |x| Ok(Value::Float(x.abs())));
math_fn!(m_log10, "log10", |x| if x <= 0.0 {
    Err(PyErr::value_error("math domain error"))
} else {
    Ok(Value::Float(x.log10()))
});
math_fn!(m_log2, "log2", |x| if x <= 0.0 {
    Err(PyErr::value_error("math domain error"))
} else {
    Ok(Value::Float(x.log2()))
});
math_fn!(m_isnan, "isnan", |x| Ok(Value::Bool(x.is_nan())));
math_fn!(m_isinf, "isinf", |x| Ok(Value::Bool(x.is_infinite())));
math_fn!(m_isfinite, "isfinite", |x| Ok(Value::Bool(x.is_finite())));
math_fn!(m_radians, "radians", |x| Ok(Value::Float(x.to_radians())));
math_fn!(m_degrees, "degrees", |x| Ok(Value::Float(x.to_degrees())));

fn int_result(it: &mut Interp, v: &Value, f: fn(f64) -> f64, name: &str) -> PyResult<Value> {
    match v {
        Value::Instance(i)
            if i.base_value().is_some()
                && crate::interp::attr::user_override(i.class(), &format!("__{name}__"))
                    .is_none() =>
        {
            int_result(it, &i.base_value().unwrap_or_default(), f, name)
        }
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Float(x) => {
            if x.is_nan() {
                return Err(PyErr::value_error("cannot convert float NaN to integer"));
            }
            if x.is_infinite() {
                return Err(PyErr::overflow("cannot convert float infinity to integer"));
            }
            Ok(super::functions::float_to_int(f(*x)))
        }
        other => {
            let dunder = format!("__{}__", name);
            match it.call_special(other, &dunder, vec![]) {
                Some(r) => r,
                None => Err(PyErr::type_error(format!(
                    "must be real number, not {}",
                    other.type_name()
                ))),
            }
        }
    }
}

fn m_floor(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    int_result(it, &args[0], f64::floor, "floor")
}

fn m_ceil(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    int_result(it, &args[0], f64::ceil, "ceil")
}

fn m_trunc(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    int_result(it, &args[0], f64::trunc, "trunc")
}

fn m_log(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = num(&args[0])?;
    if x <= 0.0 {
        return Err(PyErr::value_error("math domain error"));
    }
    match args.get(1) {
        None => Ok(Value::Float(x.ln())),
        Some(b) => {
            let b = num(b)?;
            if b <= 0.0 || b == 1.0 {
                return Err(PyErr::value_error("math domain error"));
            }
            Ok(Value::Float(x.ln() / b.ln()))
        }
    }
}

fn m_pow(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (x, y) = (num(&args[0])?, num(&args[1])?);
    domain(x.powf(y))
}

fn m_atan2(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(num(&args[0])?.atan2(num(&args[1])?)))
}

fn m_hypot(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for a in args {
        acc = acc.hypot(num(a)?);
    }
    Ok(Value::Float(acc))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`, by CPython's rule.
fn m_isclose(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (a, b) = (num(&args[0])?, num(&args[1])?);
    let rel_tol = match args.get(2) {
        Some(v) => num(v)?,
        None => 1e-9,
    };
    let abs_tol = match args.get(3) {
        Some(v) => num(v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

fn m_gcd(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let mut g = num_bigint::BigInt::from(0);
    for a in args {
        let b = match a {
            Value::Int(i) => num_bigint::BigInt::from(*i),
            Value::Bool(b) => num_bigint::BigInt::from(i64::from(*b)),
            Value::BigInt(b) => (**b).clone(),
            other => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                )))
            }
        };
        g = num_integer::Integer::gcd(&g, &b);
    }
    Ok(Value::bigint(g))
}

fn m_factorial(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let n = match &args[0] {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        Value::Float(_) => {
            return Err(PyErr::type_error(
                "'float' object cannot be interpreted as an integer",
            ))
        }
        other => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    if n < 0 {
        return Err(PyErr::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let mut r = num_bigint::BigInt::from(1);
    for k in 2..=n {
        r *= k;
    }
    Ok(Value::bigint(r))
}

fn m_isqrt(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let n = match &args[0] {
        Value::Int(i) => num_bigint::BigInt::from(*i),
        Value::BigInt(b) => (**b).clone(),
        Value::Bool(b) => num_bigint::BigInt::from(i64::from(*b)),
        other => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    if num_traits::Signed::is_negative(&n) {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::bigint(n.sqrt()))
}

fn fill_math(ns: &PyDict) {
    ns.set_str("pi", Value::Float(std::f64::consts::PI));
    ns.set_str("e", Value::Float(std::f64::consts::E));
    ns.set_str("tau", Value::Float(std::f64::consts::TAU));
    ns.set_str("inf", Value::Float(f64::INFINITY));
    ns.set_str("nan", Value::Float(f64::NAN));
    let fns: [(&'static str, &'static str, NativeFn); 27] = [
        ("sqrt", "(x, /)", m_sqrt),
        ("exp", "(x, /)", m_exp),
        ("sin", "(x, /)", m_sin),
        ("cos", "(x, /)", m_cos),
        ("tan", "(x, /)", m_tan),
        ("asin", "(x, /)", m_asin),
        ("acos", "(x, /)", m_acos),
        ("atan", "(x, /)", m_atan),
        ("atan2", "(y, x, /)", m_atan2),
        ("fabs", "(x, /)", m_fabs),
        ("log", "(x, base=<unrepresentable>, /)", m_log),
        ("log10", "(x, /)", m_log10),
        ("log2", "(x, /)", m_log2),
        ("pow", "(x, y, /)", m_pow),
        ("floor", "(x, /)", m_floor),
        ("ceil", "(x, /)", m_ceil),
        ("trunc", "(x, /)", m_trunc),
        ("isnan", "(x, /)", m_isnan),
        ("isinf", "(x, /)", m_isinf),
        ("isfinite", "(x, /)", m_isfinite),
        ("hypot", "(*coordinates)", m_hypot),
        (
            "isclose",
            "(a, b, *, rel_tol=1e-09, abs_tol=0.0)",
            m_isclose,
        ),
        ("gcd", "(*integers)", m_gcd),
        ("factorial", "(n, /)", m_factorial),
        ("isqrt", "(n, /)", m_isqrt),
        ("radians", "(x, /)", m_radians),
        ("degrees", "(x, /)", m_degrees),
    ];
    super::def_natives(ns, "math", &fns);
    super::math_more::fill(ns);
    super::math_special::fill(ns);
}

/// Whether `v` is `sys.stderr` (which `print(file=...)` and `write` send to
/// the error stream, after flushing what is buffered for stdout).
pub(crate) fn is_stderr(v: &Value) -> bool {
    match v {
        Value::Instance(inst) if is_stream(v) => {
            matches!(inst.get_attr("name"), Some(Value::Str(s)) if s.as_str() == "<stderr>")
        }
        _ => false,
    }
}

/// Whether `v` is `sys.stdout` or `sys.stderr`.
/// What a script put in `sys.stdout` in place of the standard stream (an
/// `io.StringIO`, an object with `write`), if it did: `print` and the
/// prompt's echo write there.
pub(crate) fn redirected_stdout(it: &Interp) -> Option<Value> {
    let Value::Instance(sys) = it.modules.get_str("sys")? else {
        return None;
    };
    let out = sys.get_attr("stdout")?;
    (!is_stream(&out)).then_some(out)
}

pub(crate) fn is_stream(v: &Value) -> bool {
    matches!(v, Value::Instance(inst)
        if !inst.class().is_user() && &*inst.class().name == crate::interp::types::STREAM_CLASS)
}

/// Text for one of the standard streams.
pub(crate) fn write_stream(it: &mut Interp, stream: &Value, text: &str) {
    use std::io::Write;
    if is_stderr(stream) {
        it.flush();
        let _ = std::io::stderr().write_all(text.as_bytes());
    } else {
        let _ = it.out.write_all(text.as_bytes());
    }
}

fn stream_write(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Value::Str(s) = &args[1] else {
        return Err(PyErr::type_error(format!(
            "write() argument must be str, not {}",
            super::arg_type_name(&args[1])
        )));
    };
    write_stream(it, &args[0], s.as_str());
    Ok(Value::Int(crate::runtime::int::int_from_len(s.nchars)))
}

/// Reading is for `sys.stdin`; the output streams refuse it as CPython's do.
fn readable(it: &mut Interp, stream: &Value) -> PyResult<()> {
    let name = match stream {
        Value::Instance(i) => i.get_attr("name"),
        _ => None,
    };
    match name {
        Some(Value::Str(s)) if s.as_str() == "<stdin>" => Ok(()),
        _ => {
            let _ = it;
            Err(PyErr::new(ExcKind::OSError, "not readable"))
        }
    }
}

fn stream_readline(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    readable(it, &args[0])?;
    Ok(Value::string(super::sys_module::read_line(it)?))
}

fn stream_next(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    readable(it, &args[0])?;
    let line = super::sys_module::read_line(it)?;
    if line.is_empty() {
        return Err(PyErr::stop_iteration());
    }
    Ok(Value::string(line))
}

fn stream_readlines(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    readable(it, &args[0])?;
    let mut lines = Vec::new();
    loop {
        let line = super::sys_module::read_line(it)?;
        if line.is_empty() {
            break;
        }
        lines.push(Value::string(line));
    }
    Ok(Value::list(lines))
}

fn stream_read(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    readable(it, &args[0])?;
    let mut text = String::new();
    loop {
        let line = super::sys_module::read_line(it)?;
        if line.is_empty() {
            break;
        }
        text.push_str(&line);
    }
    Ok(Value::string(text))
}

fn stream_flush(it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    it.flush();
    Ok(Value::None)
}
