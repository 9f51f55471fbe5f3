//! Exception objects: building them from `raise`, matching `except`
//! clauses, chaining, and printing CPython-style tracebacks.

use std::rc::Rc;

use super::Interp;
use crate::runtime::class::BuiltinKind;
use crate::runtime::exception::{ErrInner, ExcKind, ExcState, PyErr, PyResult, TbEntry};
use crate::runtime::instance::Instance;
use crate::runtime::source::Source;
use crate::runtime::value::Value;
use pyslot_grammar::ast::Span;

impl Interp {
    /// Turn the operand of `raise` into an error: a class is instantiated.
    pub fn make_exception(&mut self, v: Value) -> PyResult<PyErr> {
        match &v {
            Value::Class(c) if c.exc_base.is_some() => {
                let inst = self.call(&v, vec![], Vec::new())?;
                self.make_exception(inst)
            }
            Value::Instance(inst) if inst.exc().is_some() => {
                let tb = inst
                    .exc()
                    .map(|d| d.borrow().traceback.clone())
                    .unwrap_or_default();
                let mut e = PyErr::from_instance(inst.clone());
                // Raising an exception again keeps its earlier frames.
                e.0.tb = tb;
                Ok(e)
            }
            _ => Err(PyErr::type_error(
                "exceptions must derive from BaseException",
            )),
        }
    }

    /// Re-raise (bare `raise`) an exception being handled.
    pub fn reraise(&mut self, v: Value) -> PyErr {
        match &v {
            Value::Instance(inst) => {
                let tb = inst
                    .exc()
                    .map(|d| d.borrow().traceback.clone())
                    .unwrap_or_default();
                PyErr(Box::new(ErrInner {
                    state: ExcState::Object(inst.clone()),
                    tb,
                    frame_recorded: true,
                    span: None,
                    suggest: None,
                }))
            }
            _ => PyErr::new(ExcKind::RuntimeError, "No active exception to reraise"),
        }
    }

    /// The exception object of an error (built now if it was lazy); its
    /// traceback so far is stored on it.
    pub fn exc_object(&mut self, err: &mut PyErr) -> Instance {
        let inst = match &mut err.0.state {
            ExcState::Object(inst) => inst.clone(),
            ExcState::Lazy { kind, args } => {
                let class = self.types.exc_class(*kind);
                let args = std::mem::take(args);
                let v = self.new_instance(&class, args);
                let Value::Instance(inst) = v else {
                    unreachable!("new_exception_instance makes instances")
                };
                err.0.state = ExcState::Object(inst.clone());
                inst
            }
        };
        if let Some(d) = inst.exc() {
            let mut d = d.borrow_mut();
            d.traceback = err.0.tb.clone();
            if let Some(s) = err.0.suggest.take() {
                d.suggest = Some(s);
            }
        }
        inst
    }

    /// Implicit chaining: `ctx` was being handled when `err` was raised.
    pub fn set_context(&mut self, err: &mut PyErr, ctx: Value) {
        let inst = self.exc_object(err);
        if let Value::Instance(c) = &ctx {
            if Instance::ptr_eq(c, &inst) {
                return;
            }
        }
        if let Some(d) = inst.exc() {
            let mut d = d.borrow_mut();
            if d.context.is_none() {
                d.context = Some(ctx);
            }
        }
    }

    pub fn exception_matches(&mut self, err: &PyErr, typ: &Value) -> PyResult<bool> {
        match typ {
            Value::Tuple(t) => {
                for c in t.items.iter() {
                    if self.exception_matches(err, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Class(c) if c.exc_base.is_some() => Ok(match &err.0.state {
                ExcState::Lazy { kind, .. } => match c.kind {
                    BuiltinKind::Exception(k) => kind.is_subkind(k),
                    _ => false,
                },
                ExcState::Object(inst) => inst.class().is_subclass(c),
            }),
            _ => Err(PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// `str(exc)` as the last line of a traceback shows it.
    pub fn exception_line(&mut self, inst: &Instance) -> String {
        let name = if &*inst.class().module == "builtins" || &*inst.class().module == "__main__" {
            inst.class().qualname.borrow().to_string()
        } else {
            format!("{}.{}", inst.class().module, inst.class().qualname.borrow())
        };
        let text = match self.to_str(&Value::Instance(inst.clone())) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if text.is_empty() {
            name
        } else {
            format!("{}: {}", name, text)
        }
    }

    /// Print an uncaught exception the way CPython does, chain included.
    pub fn print_exception(&mut self, err: &mut PyErr) -> String {
        let inst = self.exc_object(err);
        let mut out = String::new();
        let mut seen: Vec<usize> = Vec::new();
        self.format_chain(&inst, &mut out, &mut seen);
        out
    }

    /// An exception object as an uncaught one would be printed (`chain`:
    /// with its cause or context first), for the `traceback` module.
    pub(crate) fn format_exception_text(&mut self, inst: &Instance, chain: bool) -> String {
        let mut out = String::new();
        let mut seen: Vec<usize> = Vec::new();
        if !chain {
            // Pretend the others were shown already.
            if let Some(d) = inst.exc() {
                let d = d.borrow();
                for v in [&d.cause, &d.context].into_iter().flatten() {
                    if let Value::Instance(c) = v {
                        seen.push(c.addr());
                    }
                }
            }
        }
        self.format_chain(inst, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, inst: &Instance, out: &mut String, seen: &mut Vec<usize>) {
        seen.push(inst.addr());
        let (cause, context, suppress, tb) = match inst.exc() {
            Some(d) => {
                let d = d.borrow();
                (
                    d.cause.clone(),
                    d.context.clone(),
                    d.suppress_context,
                    d.traceback.clone(),
                )
            }
            None => (None, None, false, Vec::new()),
        };
        if let Some(Value::Instance(c)) = &cause {
            if !seen.contains(&c.addr()) {
                self.format_chain(c, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if let (Some(Value::Instance(c)), false) = (&context, suppress) {
            if !seen.contains(&c.addr()) {
                self.format_chain(c, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            // Runs of the same line (deep recursion) are shown three times,
            // then counted, as CPython does.
            let mut last: Option<(&TbEntry, usize)> = None;
            for entry in tb.iter().rev() {
                let same = last.is_some_and(|(prev, _)| {
                    Rc::ptr_eq(&prev.source, &entry.source)
                        && prev.line == entry.line
                        && prev.func == entry.func
                });
                let count = if same {
                    last.map_or(0, |(_, c)| c) + 1
                } else {
                    1
                };
                if !same {
                    flush_repeats(last, out);
                }
                if count <= 3 {
                    format_entry(entry, out);
                }
                last = Some((entry, count));
            }
            flush_repeats(last, out);
        }
        if let Some(block) = syntax_error_block(inst) {
            // CPython shows where the syntax error is, then only its message.
            out.push_str(&block);
            let msg = inst.get_attr("msg").unwrap_or(Value::None);
            let msg = self.to_str(&msg).unwrap_or_default();
            out.push_str(&format!("{}: {}\n", inst.class().qualname.borrow(), msg));
            return;
        }
        let mut line = self.exception_line(inst);
        let suggest = inst.exc().and_then(|d| d.borrow().suggest.clone());
        if let Some(hint) = suggest.and_then(|s| self.suggestion(&s)) {
            line.push_str(&format!(". Did you mean: '{}'?", hint));
        }
        out.push_str(&line);
        out.push('\n');
        // Notes added with add_note(), one a line.
        if let Some(Value::List(notes)) = inst.get_attr("__notes__") {
            let notes = notes.items.borrow().clone();
            for n in notes {
                let text = match &n {
                    Value::Str(s) => s.as_str().to_string(),
                    other => self.repr(other).unwrap_or_default(),
                };
                out.push_str(&text);
                out.push('\n');
            }
        }
    }
}

/// The `File ..., line N`, source line and carets of a SyntaxError that
/// knows where it happened (one raised by an import).
fn syntax_error_block(inst: &Instance) -> Option<String> {
    let is_syntax = inst
        .class()
        .exc_base
        .is_some_and(|k| k.is_subkind(ExcKind::SyntaxError));
    if !is_syntax {
        return None;
    }
    let (Some(Value::Str(file)), Some(Value::Int(line))) =
        (inst.get_attr("filename"), inst.get_attr("lineno"))
    else {
        return None;
    };
    let mut out = format!("  File \"{}\", line {}\n", file.as_str(), line);
    if let Some(Value::Str(text)) = inst.get_attr("text") {
        let text = text.as_str().trim_end();
        let trimmed = text.trim_start();
        let indent = text.chars().count() - trimmed.chars().count();
        out.push_str(&format!("    {trimmed}\n"));
        if let Some(Value::Int(offset)) = inst.get_attr("offset") {
            let col = usize::try_from(offset - 1)
                .unwrap_or(0)
                .saturating_sub(indent);
            let width = match inst.get_attr("end_offset") {
                Some(Value::Int(end)) if end > offset => usize::try_from(end - offset).unwrap_or(1),
                _ => 1,
            };
            out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width)));
        }
    }
    Some(out)
}

fn flush_repeats(last: Option<(&TbEntry, usize)>, out: &mut String) {
    if let Some((_, n)) = last {
        if n > 3 {
            let more = n - 3;
            out.push_str(&format!(
                "  [Previous line repeated {} more time{}]\n",
                more,
                if more == 1 { "" } else { "s" }
            ));
        }
    }
}

fn format_entry(e: &TbEntry, out: &mut String) {
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        e.source.filename, e.line, e.func
    ));
    // Like CPython, no source line for code typed at the prompt, given
    // with `-c` or read from a pipe: there is no file to show it from.
    // doctest's examples are the exception (CPython's doctest hands their
    // text to the line cache).
    if e.source.filename.starts_with('<') && !e.source.filename.starts_with("<doctest ") {
        return;
    }
    let line = e.source.line_text(e.line as usize);
    let stripped = line.trim();
    if stripped.is_empty() {
        return;
    }
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    if let Some(span) = e.span {
        if let Some(carets) = caret_line(&e.source, e.line as usize, line, span) {
            out.push_str(&carets);
        }
    }
}

/// CPython 3.11's indicator line under a traceback's source line: `^` under
/// the failing expression, or `~` with `^` under the operator of a binary
/// operation or the brackets of a subscript. None when it would span the
/// whole line.
fn caret_line(source: &Source, line_no: usize, line: &str, span: Span) -> Option<String> {
    let line_start = source.line_start(line_no) as usize;
    let start = (span.start as usize).checked_sub(line_start)?;
    let last = span.end.max(span.start + 1) - 1;
    let same_line = source.line_of(last) == line_no;
    let end_byte = if same_line {
        (span.end as usize - line_start).min(line.len())
    } else {
        line.trim_end().len()
    };
    let segment = line.get(start..end_byte)?;
    let chars = |s: &str| s.chars().count();
    let start_off = chars(&line[..start]);
    let end_off = start_off + chars(segment);
    let anchors = if same_line {
        caret_anchors(segment)
    } else {
        None
    };
    let stripped = line.trim();
    let has_secondary = anchors.is_some_and(|(l, r)| r > l);
    if end_off - start_off >= chars(stripped) && !has_secondary {
        return None;
    }
    let indent = chars(line) - chars(line.trim_start());
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start_off.saturating_sub(indent)));
    let width = end_off - start_off;
    match anchors {
        Some((l, r)) => {
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r.saturating_sub(l)));
            out.push_str(&"~".repeat(width.saturating_sub(r)));
        }
        None => out.push_str(&"^".repeat(width)),
    }
    out.push('\n');
    Some(out)
}

/// Where the `^` part goes inside a failing segment (character offsets).
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use pyslot_grammar::ast::ExprKind;
    let expr = pyslot_grammar::parse_expression(segment).ok()?;
    let bytes = segment.as_bytes();
    let char_off = |b: usize| segment[..b.min(segment.len())].chars().count();
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let op_start = left.span.end as usize;
            let op_end = right.span.start as usize;
            let op_str = segment.get(op_start..op_end)?;
            let op_offset = op_str.len() - op_str.trim_start().len();
            let mut left_anchor = op_start + op_offset;
            let mut right_anchor = left_anchor + 1;
            if op_offset + 1 < op_str.len()
                && !op_str.as_bytes()[op_offset + 1].is_ascii_whitespace()
            {
                right_anchor += 1;
            }
            while left_anchor < bytes.len()
                && (bytes[left_anchor].is_ascii_whitespace()
                    || matches!(bytes[left_anchor], b')' | b'#'))
            {
                left_anchor += 1;
                right_anchor += 1;
            }
            Some((char_off(left_anchor), char_off(right_anchor)))
        }
        ExprKind::Subscript { value, index } => {
            let mut left_anchor = value.span.end as usize;
            let mut right_anchor = index.span.end as usize + 1;
            while left_anchor < bytes.len() && bytes[left_anchor] != b'[' {
                left_anchor += 1;
            }
            while right_anchor < bytes.len() && bytes[right_anchor] != b']' {
                right_anchor += 1;
            }
            if right_anchor < bytes.len() {
                right_anchor += 1;
            }
            Some((char_off(left_anchor), char_off(right_anchor)))
        }
        _ => None,
    }
}
