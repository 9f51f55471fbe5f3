//! What the runtime leaves for the evaluator's next safe point (a statement
//! boundary): `__del__` of instances whose count reached zero, a cycle
//! collection that came due, and the callbacks of weak references whose
//! referent died. Running Python code from inside a `Drop` would re-enter
//! whatever the evaluator was doing; here nothing is borrowed.

use crate::runtime::collector;
use crate::runtime::exception::PyErr;
use crate::runtime::instance::Instance;
use crate::runtime::value::Value;

use super::Interp;

impl Interp {
    /// Run the finalizers, collection and callbacks that are waiting.
    pub(crate) fn attend_to_collector(&mut self) {
        self.run_finalizers();
        if let Some(g) = collector::due() {
            self.collect_garbage(g);
        }
        self.run_weakref_callbacks();
    }

    /// Collect generation `g` and younger (`gc.collect(g)`): the number of
    /// unreachable objects found.
    pub(crate) fn collect_garbage(&mut self, g: usize) -> usize {
        let found = collector::collect(g);
        if !found.to_finalize.is_empty() || !found.to_close.is_empty() {
            for inst in &found.to_finalize {
                inst.mark_finalized();
            }
            for inst in &found.to_finalize {
                self.call_del(inst);
            }
            drop(found.to_finalize);
            // Closed with any others waiting, oldest first, before the
            // garbage is taken apart.
            for gen in found.to_close {
                gen.queue_close();
            }
            self.close_pending_generators(None);
            // Free what the finalizers did not resurrect.
            collector::collect(g);
        }
        self.run_finalizers();
        self.run_weakref_callbacks();
        found.unreachable
    }

    fn run_finalizers(&mut self) {
        while let Some(inst) = collector::next_to_finalize() {
            self.call_del(&inst);
            // The last handle: now it goes (its `__del__` has run).
            drop(inst);
        }
    }

    fn call_del(&mut self, inst: &Instance) {
        let Some(del) = inst.class().lookup("__del__") else {
            return;
        };
        if let Err(mut e) = self.call(&del, vec![Value::Instance(inst.clone())], Vec::new()) {
            self.report_ignored(&del, &mut e);
        }
    }

    /// Call `weakref`'s handler for referents that died, if it is loaded.
    fn run_weakref_callbacks(&mut self) {
        let died = crate::runtime::weak::take_died();
        if died.is_empty() {
            return;
        }
        let Some(module) = self.modules.get_str("weakref") else {
            return;
        };
        let Ok(handler) = self.getattr(&module, "_referents_died") else {
            return;
        };
        let serials = died
            .into_iter()
            .map(|s| Value::Int(i64::try_from(s).unwrap_or(i64::MAX)))
            .collect();
        if let Err(mut e) = self.call(&handler, vec![Value::list(serials)], Vec::new()) {
            self.report_ignored(&handler, &mut e);
        }
    }

    /// CPython's report of an error nobody can catch (in `__del__`, a
    /// callback): "Exception ignored in: <what>", then the traceback.
    pub(crate) fn report_ignored(&mut self, what: &Value, e: &mut PyErr) {
        let shown = self.repr(what).unwrap_or_default();
        let text = self.print_exception(e);
        self.flush();
        eprint!("Exception ignored in: {shown}\n{text}");
    }
}
