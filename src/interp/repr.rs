//! `repr()`, `str()`, `format()`, `%`-formatting and `str.format`.

use num_bigint::BigInt;

use super::Interp;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::fallible;
use crate::runtime::format_spec::{self as fs, WidthOrStar};
use crate::runtime::iter::ViewKind;
use crate::runtime::value::Value;

impl Interp {
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        if matches!(
            v,
            Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Instance(_)
        ) {
            self.check_stack(" while getting the repr of an object")?;
            self.depth += 1;
            let r = self.repr_inner(v);
            self.depth -= 1;
            return r;
        }
        self.repr_inner(v)
    }

    fn repr_inner(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => crate::runtime::int::to_decimal(b).map_err(PyErr::value_error)?,
            Value::Float(f) => fs::float_repr(*f),
            Value::Str(s) => try_str_repr(&s.s)?,
            Value::List(l) => {
                let Some(_guard) = self.enter_repr(v) else {
                    return Ok("[...]".into());
                };
                // Read afresh at each step: a `__repr__` may change the list.
                let r = (|| -> PyResult<String> {
                    let mut out = String::new();
                    let mut i = 0;
                    while let Some(x) = l.get(i) {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        out.push_str(&self.repr(&x)?);
                        i += 1;
                    }
                    Ok(out)
                })();
                self.repr_stack.pop();
                format!("[{}]", r?)
            }
            Value::Tuple(t) => {
                if t.items.len() == 1 {
                    format!("({},)", self.repr(&t.items[0])?)
                } else {
                    let Some(_g) = self.enter_repr(v) else {
                        return Ok("(...)".into());
                    };
                    let r = self.join_reprs(&t.items);
                    self.repr_stack.pop();
                    format!("({})", r?)
                }
            }
            Value::Dict(d) => {
                let Some(_g) = self.enter_repr(v) else {
                    return Ok("{...}".into());
                };
                let r = (|| -> PyResult<String> {
                    // Entry by entry as the dict is now: a `__repr__` may
                    // change it.
                    let mut parts = Vec::with_capacity(d.len());
                    let mut i = 0;
                    while let Some((k, val)) = d.entry_at(i) {
                        parts.push(format!("{}: {}", self.repr(&k)?, self.repr(&val)?));
                        i += 1;
                    }
                    Ok(parts.join(", "))
                })();
                self.repr_stack.pop();
                format!("{{{}}}", r?)
            }
            Value::Set(s) => {
                if s.is_empty() {
                    "set()".into()
                } else {
                    format!("{{{}}}", self.join_reprs(&s.values())?)
                }
            }
            Value::FrozenSet(s) => {
                if s.is_empty() {
                    "frozenset()".into()
                } else {
                    format!("frozenset({{{}}})", self.join_reprs(&s.values())?)
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => format!(
                "slice({}, {}, {})",
                self.repr(&s.start)?,
                self.repr(&s.stop)?,
                self.repr(&s.step)?
            ),
            Value::Function(f) => format!("<function {} at {:#x}>", f.shown_qualname(), addr(v)),
            Value::Builtin(b) => match &b.bound {
                Some(recv) if b.is_slot_wrapper() => format!(
                    "<method-wrapper '{}' of {} object at {:#x}>",
                    b.name,
                    recv.type_name(),
                    addr(recv)
                ),
                _ if b.is_slot_wrapper() => {
                    format!("<slot wrapper '{}' of '{}' objects>", b.name, b.owner)
                }
                Some(recv) if !matches!(recv, Value::Class(_)) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    recv.type_name(),
                    addr(recv)
                ),
                _ if b.is_method => format!("<method '{}' of '{}' objects>", b.name, b.owner),
                _ => format!("<built-in function {}>", b.name),
            },
            Value::BoundMethod(m) => {
                let fname = match &m.func {
                    Value::Function(f) => f.shown_qualname(),
                    other => other.type_name(),
                };
                format!(
                    "<bound method {} of {}>",
                    fname,
                    self.repr(&m.receiver.clone())?
                )
            }
            Value::Class(c) => {
                // A metaclass's own `__repr__` (an enum's `<enum 'Color'>`).
                if let Some(meta) = &c.metaclass {
                    if super::attr::user_override(meta, "__repr__").is_some() {
                        if let Some(r) = self.call_special(v, "__repr__", vec![]) {
                            return match r? {
                                Value::Str(s) => Ok(s.s.to_string()),
                                other => Err(PyErr::type_error(format!(
                                    "__repr__ returned non-string (type {})",
                                    other.type_name()
                                ))),
                            };
                        }
                    }
                }
                if &*c.module == "builtins" {
                    format!("<class '{}'>", c.qualname.borrow())
                } else {
                    format!("<class '{}.{}'>", c.module, c.qualname.borrow())
                }
            }
            Value::Instance(inst) => {
                if super::attr::user_override(inst.class(), "__repr__").is_some() {
                    if let Some(r) = self.call_special(v, "__repr__", vec![]) {
                        return match r? {
                            Value::Str(s) => Ok(s.s.to_string()),
                            other => Err(PyErr::type_error(format!(
                                "__repr__ returned non-string (type {})",
                                other.type_name()
                            ))),
                        };
                    }
                }
                if inst.class().is_subclass(&self.types.complex)
                    && super::attr::user_override(inst.class(), "__repr__").is_none()
                {
                    let (re, im) =
                        crate::builtins::complex_type::parts(self, v).unwrap_or((0.0, 0.0));
                    return Ok(crate::builtins::complex_type::repr(re, im));
                }
                if inst.packed().is_some() {
                    return crate::builtins::array_type::repr_text(self, v);
                }
                if inst.deque().is_some() {
                    return crate::builtins::deque_type::repr_text(self, v);
                }
                // A builtin value's repr, unless Python code defines one
                // (a set subclass names itself: `Bag({1, 2})`).
                if let Some(bv) = inst.base_value() {
                    let inner = self.repr(&bv)?;
                    return Ok(match &bv {
                        Value::Set(s) | Value::FrozenSet(s) => {
                            let name = inst.class().name.clone();
                            if s.is_empty() {
                                format!("{name}()")
                            } else {
                                format!("{name}({inner})")
                            }
                        }
                        Value::ByteArray(b) => {
                            try_bytes_repr(&b.borrow(), Some(&inst.class().name))?
                        }
                        _ => inner,
                    });
                }
                if let Some(d) = inst.exc() {
                    let args = d.borrow().args.clone();
                    let name = inst.class().name.to_string();
                    if args.len() == 1 {
                        return Ok(format!("{}({})", name, self.repr(&args[0])?));
                    }
                    return Ok(format!("{}({})", name, self.join_reprs(&args)?));
                }
                let class = inst.class();
                let attr = |name: &str| match inst.get_attr(name) {
                    Some(Value::Str(s)) => s.as_str().to_string(),
                    _ => String::new(),
                };
                match (&*class.module, &*class.name) {
                    ("builtins", "module") => match attr("__file__") {
                        file if file.is_empty() => {
                            format!("<module '{}' (built-in)>", attr("__name__"))
                        }
                        file => format!("<module '{}' from '{}'>", attr("__name__"), file),
                    },
                    ("builtins", super::types::STREAM_CLASS) => format!(
                        "<_io.{} name='{}' mode='{}' encoding='{}'>",
                        class.name,
                        attr("name"),
                        attr("mode"),
                        attr("encoding")
                    ),
                    ("builtins", _) => {
                        format!("<{} object at {:#x}>", class.qualname.borrow(), addr(v))
                    }
                    _ => format!(
                        "<{}.{} object at {:#x}>",
                        class.module,
                        class.qualname.borrow(),
                        addr(v)
                    ),
                }
            }
            Value::Generator(g) | Value::Coroutine(g) => format!(
                "<{} object {} at {:#x}>",
                g.kind.type_name(),
                g.qualname,
                addr(v)
            ),
            Value::Iter(it) if it.name == "generator" => {
                format!("<generator object <genexpr> at {:#x}>", addr(v))
            }
            Value::Iter(it) => format!("<{} object at {:#x}>", it.name, addr(v)),
            Value::DictView(view) if view.kind == ViewKind::Proxy => {
                format!(
                    "mappingproxy({})",
                    self.repr(&Value::Dict(view.dict.clone()))?
                )
            }
            Value::DictView(view) => {
                let items: Vec<Value> = match view.kind {
                    ViewKind::Proxy => Vec::new(),
                    ViewKind::Keys => view.dict.keys(),
                    ViewKind::Values => view.dict.values(),
                    ViewKind::Items => view
                        .dict
                        .items()
                        .into_iter()
                        .map(|(k, v)| Value::tuple(vec![k, v]))
                        .collect(),
                };
                format!("{}([{}])", v.builtin_type_name(), self.join_reprs(&items)?)
            }
            Value::Bytes(b) => try_bytes_repr(b, None)?,
            Value::ByteArray(b) => try_bytes_repr(&b.borrow(), Some("bytearray"))?,
            Value::Member(m) => format!("<member '{}' of '{}' objects>", m.name, m.owner.name),
            Value::Property(_) => format!("<property object at {:#x}>", addr(v)),
            Value::ClassMethod(f) => format!("<classmethod({})>", self.repr(&f.clone())?),
            Value::StaticMethod(f) => format!("<staticmethod({})>", self.repr(&f.clone())?),
            Value::Super(s) => format!(
                "<super: <class '{}'>, <{} object>>",
                s.after.name, s.obj_type.name
            ),
            Value::ExcState(_) => "<exception state>".into(),
            Value::Packed(_) => "<packed array>".into(),
            Value::Deque(_) => "<deque storage>".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
        })
    }

    /// Guard against infinite recursion in self-containing containers.
    fn enter_repr(&mut self, v: &Value) -> Option<()> {
        let p = v.heap_ptr().unwrap_or(0);
        if self.repr_stack.contains(&p) {
            return None;
        }
        self.repr_stack.push(p);
        Some(())
    }

    /// `make(self)` for a container's repr, or None when `v`'s repr is
    /// being made already further up (a container that holds itself).
    pub(crate) fn repr_guarded(
        &mut self,
        v: &Value,
        make: impl FnOnce(&mut Self) -> PyResult<String>,
    ) -> PyResult<Option<String>> {
        if self.enter_repr(v).is_none() {
            return Ok(None);
        }
        let r = make(self);
        self.repr_stack.pop();
        r.map(Some)
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut out = String::new();
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr(x)?);
        }
        Ok(out)
    }

    // Conversions that may run Python code need the interpreter mutably.
    #[allow(clippy::wrong_self_convention)]
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => fallible::copied_str(&s.s),
            // str of a mappingproxy is its dict's.
            Value::DictView(view) if view.kind == crate::runtime::iter::ViewKind::Proxy => {
                self.to_str(&Value::Dict(view.dict.clone()))
            }
            Value::Instance(inst) => {
                if super::attr::user_override(inst.class(), "__str__").is_some() {
                    if let Some(r) = self.call_special(v, "__str__", vec![]) {
                        return match r? {
                            Value::Str(s) => Ok(s.s.to_string()),
                            other => Err(PyErr::type_error(format!(
                                "__str__ returned non-string (type {})",
                                other.type_name()
                            ))),
                        };
                    }
                }
                // str of a str subclass is its text; other builtin values
                // print as their repr (theirs or the class's own).
                if let Some(bv) = inst.base_value() {
                    if let Value::Str(s) = &bv {
                        return fallible::copied_str(&s.s);
                    }
                    // bytes' own `__str__` comes before a subclass's repr.
                    if matches!(bv, Value::Bytes(_)) {
                        return self.repr(&bv);
                    }
                    if super::attr::user_override(inst.class(), "__repr__").is_none() {
                        return self.repr(v);
                    }
                }
                if let Some(d) = inst.exc() {
                    if super::attr::user_override(inst.class(), "__repr__").is_none()
                        || inst.class().exc_base.is_some()
                    {
                        if let Some(text) = crate::builtins::exceptions::oserror_str(self, inst)? {
                            return Ok(text);
                        }
                        let args = d.borrow().args.clone();
                        let is_key_error = inst.class().exc_base == Some(ExcKind::KeyError);
                        let is_syntax = inst
                            .class()
                            .exc_base
                            .is_some_and(|k| k.is_subkind(ExcKind::SyntaxError));
                        if let (true, Some(msg)) = (is_syntax, args.first()) {
                            // "msg (file.py, line 3)" when it knows where.
                            let msg = self.to_str(msg)?;
                            let file = inst.get_attr("filename");
                            let line = inst.get_attr("lineno");
                            return Ok(match (file, line) {
                                (Some(Value::Str(f)), Some(Value::Int(n))) => {
                                    let base = f.as_str().rsplit('/').next().unwrap_or("");
                                    format!("{msg} ({base}, line {n})")
                                }
                                _ => msg,
                            });
                        }
                        return match args.len() {
                            0 => Ok(String::new()),
                            1 if is_key_error => self.repr(&args[0]),
                            1 => self.to_str(&args[0]),
                            _ => self.repr(&Value::tuple(args)),
                        };
                    }
                }
                // object.__str__ is repr(); its complaint names __str__.
                self.repr(v).map_err(rename_str_error)
            }
            _ => self.repr(v),
        }
    }

    /// `format(v, spec)`.
    pub fn format_value(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let r = match v {
            Value::Bool(b) if spec.is_empty() => {
                return Ok(if *b { "True" } else { "False" }.into())
            }
            // `f"{n}"`: an empty spec is `str()` of the number. (A string
            // goes through its spec's path, where a copy too big for
            // memory is a MemoryError.)
            Value::Int(i) if spec.is_empty() => return Ok(i.to_string()),
            Value::Int(i) => fs::format_int_spec(&BigInt::from(*i), spec, "int"),
            Value::Bool(b) => fs::format_int_spec(&BigInt::from(i64::from(*b)), spec, "bool"),
            Value::BigInt(b) => fs::format_int_spec(b, spec, "int"),
            Value::Float(f) => fs::format_float_spec(*f, spec, "float"),
            Value::Str(s) => fs::format_str_spec(&s.s, spec, "str"),
            Value::Instance(inst)
                if super::attr::user_override(inst.class(), "__format__").is_some() =>
            {
                return match self.call_special(v, "__format__", vec![Value::str(spec)]) {
                    Some(r) => match r? {
                        Value::Str(s) => Ok(s.s.to_string()),
                        other => Err(PyErr::type_error(format!(
                            "__format__ must return a str, not {}",
                            other.type_name()
                        ))),
                    },
                    None => self.to_str(v),
                };
            }
            // A builtin value formats as itself, unless Python code
            // defines `__format__` (handled above).
            // (An empty spec is `str(self)`, which may be the class's repr.)
            Value::Instance(inst) if inst.base_value().is_some() && !spec.is_empty() => {
                let bv = inst.base_value().unwrap_or_default();
                return self.format_value(&bv, spec);
            }
            _ => {
                if spec.is_empty() {
                    return self.to_str(v);
                }
                return Err(PyErr::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    v.type_name()
                )));
            }
        };
        r.map_err(spec_error)
    }

    /// `fmt % args`.
    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<String> {
        let (items, mapping): (Vec<Value>, Option<Value>) = match args {
            Value::Tuple(t) => (t.items.to_vec(), None),
            // A tuple subclass's items are the arguments too.
            Value::Instance(i) if matches!(i.base_value(), Some(Value::Tuple(_))) => {
                match i.base_value() {
                    Some(Value::Tuple(t)) => (t.items.to_vec(), None),
                    _ => (Vec::new(), None),
                }
            }
            Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
            Value::Instance(i) if i.class().lookup("__getitem__").is_some() => {
                (vec![args.clone()], Some(args.clone()))
            }
            other => (vec![other.clone()], None),
        };
        let mut next = 0usize;
        let mut out = fallible::string_with_capacity(fmt.len())?;
        let mut pos = 0usize;
        let bytes = fmt.as_bytes();
        let mut used_mapping = false;
        while pos < bytes.len() {
            let Some(off) = fmt[pos..].find('%') else {
                fallible::push_str(&mut out, &fmt[pos..])?;
                break;
            };
            fallible::push_str(&mut out, &fmt[pos..pos + off])?;
            pos += off + 1;
            let (spec, end) = fs::parse_percent_spec(fmt, pos).map_err(PyErr::value_error)?;
            pos = end;
            if spec.literal_percent {
                out.push('%');
                continue;
            }
            let mut take = |what: &str| -> PyResult<Value> {
                let _ = what;
                match items.get(next) {
                    Some(v) => {
                        next += 1;
                        Ok(v.clone())
                    }
                    None => Err(PyErr::type_error("not enough arguments for format string")),
                }
            };
            let mut spec = spec;
            let width = match spec.width {
                Some(WidthOrStar::Num(n)) => Some(n),
                Some(WidthOrStar::Star) => {
                    // A negative `*` width means left-aligned.
                    let w = star_value(take("*")?)?;
                    if w < 0 {
                        spec.left = true;
                    }
                    Some(usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX))
                }
                None => None,
            };
            let precision = match spec.precision {
                Some(WidthOrStar::Num(n)) => Some(n),
                Some(WidthOrStar::Star) => {
                    // CPython reads a `*` precision as a C int; a negative one is none.
                    let p = i32::try_from(star_value(take("*")?)?)
                        .map_err(|_| PyErr::overflow("Python int too large to convert to C int"))?;
                    Some(usize::try_from(p).unwrap_or(0))
                }
                None => None,
            };
            let arg = match &spec.key {
                Some(key) => {
                    let Some(m) = &mapping else {
                        return Err(PyErr::type_error("format requires a mapping"));
                    };
                    used_mapping = true;
                    self.getitem(&m.clone(), &Value::str(key))?
                }
                None => take("arg")?,
            };
            spec.check_conversion().map_err(PyErr::value_error)?;
            // Numeric conversions read an int or float subclass as its value.
            let arg = match &arg {
                Value::Instance(i) if !matches!(spec.conv, 's' | 'r' | 'a') => {
                    match i.base_value() {
                        Some(v @ (Value::Int(_) | Value::Float(_) | Value::BigInt(_))) => v,
                        _ => arg,
                    }
                }
                _ => arg,
            };
            // Other numbers convert through their special methods, as
            // CPython's do: `%f` with __float__, `%d` with __index__ or
            // __int__, `%x` and `%o` with __index__ only.
            let arg = match &arg {
                Value::Instance(i) if i.base_value().is_none() => {
                    let methods: &[&str] = match spec.conv {
                        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => &["__float__", "__index__"],
                        'd' | 'i' | 'u' => &["__index__", "__int__"],
                        'x' | 'X' | 'o' => &["__index__"],
                        _ => &[],
                    };
                    let mut converted = None;
                    for m in methods {
                        if let Some(r) = self.call_special(&arg, m, vec![]) {
                            converted = Some(r?);
                            break;
                        }
                    }
                    converted.unwrap_or(arg)
                }
                _ => arg,
            };
            let text = match spec.conv {
                // A str is used where it is, not copied first.
                's' => match &arg {
                    Value::Str(s) => fs::percent_str(&s.s, &spec, width, precision),
                    _ => fs::percent_str(&self.to_str(&arg)?, &spec, width, precision),
                },
                'r' => fs::percent_str(&self.repr(&arg)?, &spec, width, precision),
                'a' => fs::percent_str(&ascii_escape(&self.repr(&arg)?)?, &spec, width, precision),
                'c' => {
                    let c = match &arg {
                        Value::Str(s) if s.nchars == 1 => s.s.to_string(),
                        Value::Int(i) => fs::int_to_char(&BigInt::from(*i))
                            .map_err(PyErr::overflow)?
                            .to_string(),
                        _ => return Err(PyErr::type_error("%c requires int or char")),
                    };
                    fs::percent_str(&c, &spec, width, None)
                }
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                    let n = match &arg {
                        Value::Int(i) => BigInt::from(*i),
                        Value::Bool(b) => BigInt::from(i64::from(*b)),
                        Value::BigInt(b) => (**b).clone(),
                        Value::Float(f) if matches!(spec.conv, 'd' | 'i' | 'u') => {
                            if !f.is_finite() {
                                return Err(PyErr::overflow(
                                    "cannot convert float infinity to integer",
                                ));
                            }
                            num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default()
                        }
                        other => {
                            let msg = if matches!(spec.conv, 'd' | 'i' | 'u') {
                                format!(
                                    "%{} format: a real number is required, not {}",
                                    spec.conv,
                                    other.type_name()
                                )
                            } else {
                                format!(
                                    "%{} format: an integer is required, not {}",
                                    spec.conv,
                                    other.type_name()
                                )
                            };
                            return Err(PyErr::type_error(msg));
                        }
                    };
                    fs::percent_int(&n, &spec, width, precision)
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let x = match &arg {
                        Value::Float(f) => *f,
                        Value::Int(i) => crate::runtime::int::float_from_int(*i),
                        Value::Bool(b) => f64::from(u8::from(*b)),
                        Value::BigInt(b) => {
                            num_traits::ToPrimitive::to_f64(&**b).unwrap_or(f64::INFINITY)
                        }
                        other => {
                            return Err(PyErr::type_error(format!(
                                "must be real number, not {}",
                                other.type_name()
                            )))
                        }
                    };
                    fs::percent_float(x, &spec, width, precision)
                }
                _ => Ok(String::new()),
            };
            let text = text.map_err(spec_error)?;
            if out.is_empty() {
                // The first piece becomes the result: one copy fewer of
                // a huge one.
                out = text;
            } else {
                fallible::push_str(&mut out, &text)?;
            }
        }
        if mapping.is_none() && next < items.len() {
            return Err(PyErr::type_error(
                "not all arguments converted during string formatting",
            ));
        }
        let _ = used_mapping;
        Ok(out)
    }

    /// `fmt.format(*args, **kwargs)`.
    pub fn str_format(
        &mut self,
        fmt: &str,
        args: &[Value],
        kwargs: &[(std::rc::Rc<str>, Value)],
    ) -> PyResult<String> {
        let mut out = fallible::string_with_capacity(fmt.len())?;
        let mut auto = 0usize;
        let mut manual = false;
        let mut automatic = false;
        // Walked by bytes: the braces are ASCII, so every index where one
        // is found is a character boundary.
        let bytes = fmt.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let c = bytes[i];
            if c == b'}' {
                if bytes.get(i + 1) == Some(&b'}') {
                    fallible::push_str(&mut out, "}")?;
                    i += 2;
                    continue;
                }
                return Err(PyErr::value_error(
                    "Single '}' encountered in format string",
                ));
            }
            if c != b'{' {
                let end = fmt[i..].find(['{', '}']).map_or(bytes.len(), |p| i + p);
                fallible::push_str(&mut out, &fmt[i..end])?;
                i = end;
                continue;
            }
            if bytes.get(i + 1) == Some(&b'{') {
                fallible::push_str(&mut out, "{")?;
                i += 2;
                continue;
            }
            // Find the matching close brace (specs may nest one level).
            let mut depth = 1;
            let mut j = i + 1;
            while j < bytes.len() {
                match bytes[j] {
                    b'{' => depth += 1,
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= bytes.len() {
                return Err(PyErr::value_error(if depth > 1 {
                    "unmatched '{' in format spec"
                } else {
                    "Single '{' encountered in format string"
                }));
            }
            let field = &fmt[i + 1..j];
            i = j + 1;
            // field_name [!conv] [:spec]
            let (head, spec) = split_spec(field);
            let (name, conv) = match head.find('!') {
                Some(p) => {
                    let conv = &head[p + 1..];
                    if conv.chars().count() != 1 {
                        return Err(PyErr::value_error(if conv.is_empty() {
                            "end of string while looking for conversion specifier"
                        } else {
                            "expected ':' after conversion specifier"
                        }));
                    }
                    (&head[..p], conv.chars().next())
                }
                None => (head, None),
            };
            // First component: index or keyword; then .attr / [key] parts.
            let first_end = name.find(['.', '[']).unwrap_or(name.len());
            let first = &name[..first_end];
            let mut value = if first.is_empty() {
                if manual {
                    return Err(PyErr::value_error(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                automatic = true;
                let v = args.get(auto).cloned().ok_or_else(|| {
                    PyErr::index_error(format!(
                        "Replacement index {} out of range for positional args tuple",
                        auto
                    ))
                })?;
                auto += 1;
                v
            } else if let Ok(n) = first.parse::<usize>() {
                if automatic {
                    return Err(PyErr::value_error(
                        "cannot switch from automatic field numbering to manual field specification",
                    ));
                }
                manual = true;
                args.get(n).cloned().ok_or_else(|| {
                    PyErr::index_error(format!(
                        "Replacement index {} out of range for positional args tuple",
                        n
                    ))
                })?
            } else {
                match kwargs.iter().find(|(k, _)| &**k == first) {
                    Some((_, v)) => v.clone(),
                    None => return Err(PyErr::key_error(Value::str(first))),
                }
            };
            let mut rest = &name[first_end..];
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('.') {
                    let end = r.find(['.', '[']).unwrap_or(r.len());
                    value = self.getattr(&value, &r[..end])?;
                    rest = &r[end..];
                } else if let Some(r) = rest.strip_prefix('[') {
                    let end = r
                        .find(']')
                        .ok_or_else(|| PyErr::value_error("Missing ']' in format string"))?;
                    let key = &r[..end];
                    let k = match key.parse::<i64>() {
                        Ok(n) => Value::Int(n),
                        Err(_) => Value::str(key),
                    };
                    value = self.getitem(&value, &k)?;
                    rest = &r[end + 1..];
                } else {
                    return Err(PyErr::value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                }
            }
            let value = match conv {
                Some('r') => Value::string(self.repr(&value)?),
                Some('s') => Value::string(self.to_str(&value)?),
                Some('a') => Value::string(ascii_escape(&self.repr(&value)?)?),
                Some(c) => {
                    return Err(PyErr::value_error(format!(
                        "Unknown conversion specifier {}",
                        c
                    )))
                }
                None => value,
            };
            let spec = if spec.contains('{') {
                // Nested fields inside the spec share the argument numbering.
                let sub_args: Vec<Value> = args[auto.min(args.len())..].to_vec();
                let before = auto;
                let s = self.str_format_nested(spec, args, kwargs, &mut auto, manual)?;
                let _ = (sub_args, before);
                s
            } else {
                spec.to_string()
            };
            fallible::push_str(&mut out, &self.format_value(&value, &spec)?)?;
        }
        Ok(out)
    }

    fn str_format_nested(
        &mut self,
        spec: &str,
        args: &[Value],
        kwargs: &[(std::rc::Rc<str>, Value)],
        auto: &mut usize,
        manual: bool,
    ) -> PyResult<String> {
        let mut out = String::new();
        let mut rest = spec;
        while let Some(p) = rest.find('{') {
            out.push_str(&rest[..p]);
            let end = rest[p..]
                .find('}')
                .ok_or_else(|| PyErr::value_error("unmatched '{' in format spec"))?;
            let name = &rest[p + 1..p + end];
            let v = if name.is_empty() {
                if manual {
                    return Err(PyErr::value_error(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                let v = args.get(*auto).cloned().ok_or_else(|| {
                    PyErr::index_error(format!(
                        "Replacement index {} out of range for positional args tuple",
                        auto
                    ))
                })?;
                *auto += 1;
                v
            } else if let Ok(n) = name.parse::<usize>() {
                args.get(n).cloned().ok_or_else(|| {
                    PyErr::index_error(format!(
                        "Replacement index {} out of range for positional args tuple",
                        n
                    ))
                })?
            } else {
                match kwargs.iter().find(|(k, _)| &**k == name) {
                    Some((_, v)) => v.clone(),
                    None => return Err(PyErr::key_error(Value::str(name))),
                }
            };
            out.push_str(&self.to_str(&v)?);
            rest = &rest[p + end + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }
}

/// Split `name!conv:spec` at the first ':' outside brackets.
fn split_spec(field: &str) -> (&str, &str) {
    let mut in_bracket = false;
    for (i, c) in field.char_indices() {
        match c {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            ':' if !in_bracket => return (&field[..i], &field[i + 1..]),
            _ => {}
        }
    }
    (field, "")
}

fn star_value(v: Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(i64::from(b)),
        Value::BigInt(_) => Err(PyErr::overflow(
            "Python int too large to convert to C ssize_t",
        )),
        _ => Err(PyErr::type_error("* wants int")),
    }
}

fn rename_str_error(e: PyErr) -> PyErr {
    if let crate::runtime::exception::ExcState::Lazy {
        kind: ExcKind::TypeError,
        args,
    } = &e.0.state
    {
        if let Some(Value::Str(s)) = args.first() {
            if let Some(rest) = s.s.strip_prefix("__repr__ returned non-string") {
                return PyErr::type_error(format!("__str__ returned non-string{}", rest));
            }
        }
    }
    e
}

fn spec_error(msg: String) -> PyErr {
    if msg == fs::NO_MEMORY {
        fallible::memory_error()
    } else if fs::is_overflow_error(&msg) {
        PyErr::overflow(msg)
    } else {
        PyErr::value_error(msg)
    }
}

pub(crate) fn addr(v: &Value) -> usize {
    v.heap_ptr().unwrap_or(0)
}

/// How a repr shows one character: as itself, as a backslash and a
/// letter (`\n`), or as a hex escape (`\x00`, `\u200b`, `\U0001f600`).
/// Reprs are sized with it before they are written, so the room for a
/// huge one is had (or refused) at once.
#[derive(Clone, Copy)]
enum Shown {
    Plain(char),
    Escaped(char),
    Hex(char, usize, u32),
}

impl Shown {
    /// A character of a str repr quoted with `quote`.
    fn in_str(c: char, quote: char) -> Shown {
        match c {
            '\\' => Shown::Escaped('\\'),
            '\n' => Shown::Escaped('n'),
            '\r' => Shown::Escaped('r'),
            '\t' => Shown::Escaped('t'),
            c if c == quote => Shown::Escaped(c),
            c if is_printable(c) => Shown::Plain(c),
            c => Shown::hex(c),
        }
    }

    /// A character of `ascii()`'s text: non-ASCII ones escaped.
    fn in_ascii(c: char) -> Shown {
        if c.is_ascii() {
            Shown::Plain(c)
        } else {
            Shown::hex(c)
        }
    }

    /// A byte of a bytes repr quoted with `quote` (a bytearray's repr
    /// escapes a single quote even inside double ones, as CPython's).
    fn in_bytes(b: u8, quote: char, bytearray: bool) -> Shown {
        match b {
            b'\\' => Shown::Escaped('\\'),
            b'\n' => Shown::Escaped('n'),
            b'\r' => Shown::Escaped('r'),
            b'\t' => Shown::Escaped('t'),
            b'\'' if bytearray => Shown::Escaped('\''),
            0x20..=0x7e if char::from(b) == quote => Shown::Escaped(quote),
            0x20..=0x7e => Shown::Plain(char::from(b)),
            _ => Shown::Hex('x', 2, u32::from(b)),
        }
    }

    fn hex(c: char) -> Shown {
        let n = u32::from(c);
        if n < 0x100 {
            Shown::Hex('x', 2, n)
        } else if n < 0x10000 {
            Shown::Hex('u', 4, n)
        } else {
            Shown::Hex('U', 8, n)
        }
    }

    /// Bytes of UTF-8 it takes.
    fn len(self) -> usize {
        match self {
            Shown::Plain(c) => c.len_utf8(),
            Shown::Escaped(_) => 2,
            Shown::Hex(_, digits, _) => 2 + digits,
        }
    }

    fn write(self, out: &mut String) {
        match self {
            Shown::Plain(c) => out.push(c),
            Shown::Escaped(c) => {
                out.push('\\');
                out.push(c);
            }
            Shown::Hex(letter, digits, n) => {
                use std::fmt::Write;
                // Writing to a String cannot fail.
                let _ = write!(out, "\\{letter}{n:0digits$x}");
            }
        }
    }
}

/// `open`, the shown characters, then `close`, in a string sized for them
/// first: MemoryError when there is no room, not an abort.
fn shown_text(
    open: &str,
    shown: impl Iterator<Item = Shown> + Clone,
    close: &str,
) -> PyResult<String> {
    let mut len = open.len() + close.len();
    for c in shown.clone() {
        len = fallible::sum(len, c.len())?;
    }
    let mut out = fallible::string_with_capacity(len)?;
    out.push_str(open);
    for c in shown {
        c.write(&mut out);
    }
    out.push_str(close);
    Ok(out)
}

/// The quote CPython's repr picks: single, unless only double ones avoid
/// escapes.
fn repr_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// CPython's str repr (prefer single quotes, escape what is not
/// printable), or MemoryError when a huge string's repr does not fit.
pub(crate) fn try_str_repr(s: &str) -> PyResult<String> {
    let quote = repr_quote(s.contains('\''), s.contains('"'));
    let q = if quote == '"' { "\"" } else { "'" };
    shown_text(q, s.chars().map(|c| Shown::in_str(c, quote)), q)
}

/// `try_str_repr` of a name or other short text the runtime shows (the
/// room for one cannot be refused; an empty text would beat an abort if
/// it were).
pub(crate) fn str_repr(s: &str) -> String {
    try_str_repr(s).unwrap_or_default()
}

/// The first `max` characters of a str's repr (CPython's `%.200R`), made
/// from as much of the str as they show.
pub(crate) fn str_repr_cut(s: &str, max: usize) -> String {
    let quote = repr_quote(s.contains('\''), s.contains('"'));
    let q = if quote == '"' { "\"" } else { "'" };
    let shown = s.chars().take(max).map(|c| Shown::in_str(c, quote));
    let text = shown_text(q, shown, q).unwrap_or_default();
    text.chars().take(max).collect()
}

/// `ascii()` of a repr: every non-ASCII character escaped; MemoryError
/// when there is no room.
pub(crate) fn ascii_escape(s: &str) -> PyResult<String> {
    shown_text("", s.chars().map(Shown::in_ascii), "")
}

/// An approximation of `str.isprintable()` for one character.
pub(crate) fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    let n = c as u32;
    // Format characters, surrogates' neighbours and private use are not printable.
    !matches!(n, 0xAD | 0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x206F | 0xFEFF | 0xE000..=0xF8FF | 0xFFF9..=0xFFFB)
}

/// CPython's bytes repr (`b'...'`), inside `name(...)` when a name is
/// given (`bytearray(b'...')`); MemoryError when a huge one does not fit.
pub(crate) fn try_bytes_repr(b: &[u8], name: Option<&str>) -> PyResult<String> {
    let quote = repr_quote(b.contains(&b'\''), b.contains(&b'"'));
    let q = if quote == '"' { "\"" } else { "'" };
    let (open, close) = match name {
        Some(name) => (format!("{name}(b{q}"), format!("{q})")),
        None => (format!("b{q}"), q.to_string()),
    };
    let bytearray = name.is_some();
    shown_text(
        &open,
        b.iter().map(|&x| Shown::in_bytes(x, quote, bytearray)),
        &close,
    )
}

/// `try_bytes_repr` of a short constant the runtime shows (the room for
/// one cannot be refused; an empty text would beat an abort if it were).
pub(crate) fn bytes_repr(b: &[u8]) -> String {
    try_bytes_repr(b, None).unwrap_or_default()
}
