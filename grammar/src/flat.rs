//! A flat generator body laid out as a list of steps.
//!
//! When every suspension of a generator or coroutine (`yield`, `yield
//! from`, `await`) is in a shape `walk::flat_resumable` admits, nested only
//! in `for`, `while`, `if` and `with` blocks and `try` blocks
//! (`FunctionDef.flat_generator`), those blocks can be unrolled into jumps:
//! the function is then suspended at a step number, and resuming it is a
//! jump, not a walk back down nested blocks or a switch to a stack of its
//! own. A `try` or `with` whose block is unrolled opens a block at run time
//! (`TryStart`, `WithStart`) that an exception, `return`, `break` or
//! `continue` leaving it goes through. Statements that cannot suspend stay
//! whole (one `Exec` step each) and run as in any function. A statement
//! that suspends inside an expression becomes steps of a small stack
//! machine: the parts that cannot suspend are evaluated whole (`Push`), the
//! rest by steps whose values wait on the generator's value stack, which
//! is empty between statements.

use crate::ast::{Expr, ExprKind, Stmt, StmtKind};
use crate::walk::{expr_suspends, stmt_suspends};

/// Where `break` and `continue` go inside a loop, and how many `try` and
/// `with` blocks are open at the loop (those opened inside it are left
/// first, their `finally` blocks and `__exit__` methods run).
#[derive(Clone, Copy, Debug)]
pub struct LoopExits {
    pub continue_to: u32,
    pub break_to: u32,
    pub depth: u32,
}

#[derive(Debug)]
pub enum FlatOp<'a> {
    /// A statement with no `yield` in it.
    Exec {
        stmt: &'a Stmt,
        exits: Option<LoopExits>,
    },
    /// `yield v` or `x = yield v`: evaluate, suspend; on resuming, bind
    /// what was sent to the targets.
    Yield(&'a Stmt),
    /// `yield from v` or `x = yield from v`: take `v`'s iterator, pass it
    /// what the generator is resumed with until it returns; bind its value.
    YieldFrom(&'a Stmt),
    /// A `try` statement whose `try` block can suspend: open a block that
    /// an exception raised before `TryEnd` goes to. When its handlers and
    /// `finally` end normally, go on at `end`.
    TryStart {
        stmt: &'a Stmt,
        end: u32,
        exits: Option<LoopExits>,
    },
    /// The `try` block ended: close the block, run `else` and `finally`.
    TryEnd {
        stmt: &'a Stmt,
        exits: Option<LoopExits>,
    },
    /// Item `item` of a `with` statement whose body can suspend: enter its
    /// manager and open a block that keeps `__exit__`. When `__exit__`
    /// swallows an exception, go on at `end`.
    WithStart {
        stmt: &'a Stmt,
        item: u32,
        end: u32,
        exits: Option<LoopExits>,
    },
    /// The body ended: close the innermost block, call its `__exit__`.
    WithEnd {
        stmt: &'a Stmt,
    },
    /// A `for` statement's iterable into iterator slot `slot`.
    GetIter {
        stmt: &'a Stmt,
        slot: u32,
    },
    /// The loop's next item into its target, or (exhausted) clear the slot
    /// and go to `exhausted`.
    ForIter {
        stmt: &'a Stmt,
        slot: u32,
        exhausted: u32,
    },
    /// Drop a loop's iterator (after `break` or the loop's end).
    EndFor {
        slot: u32,
    },
    /// An `if` or `while` test: go to `target` when false.
    JumpIfFalse {
        stmt: &'a Stmt,
        target: u32,
    },
    Jump(u32),

    // The steps of a `try` statement that can suspend outside its `try`
    // block (`FlatCode::full_try`).
    /// Open a block guarding what follows up to the `finally` block:
    /// leaving it runs the `finally` block at `finally_at` first.
    FinallyGuard {
        finally_at: u32,
    },
    /// Open a block guarding the `try` block: an exception leaving it goes
    /// to the handlers at `handlers_at`.
    ExceptGuard {
        handlers_at: u32,
    },
    /// The `try` block ended normally: close its `except` guard.
    PopGuard,
    /// Does the exception being handled match handler `handler`? If so,
    /// bind it and open the handler's block, else go to `next`.
    ExceptMatch {
        stmt: &'a Stmt,
        handler: u32,
        next: u32,
    },
    /// The handler's block ended: close it, unbind its name.
    ExceptEnd {
        stmt: &'a Stmt,
        handler: u32,
    },
    /// No handler matched: the exception goes on.
    Reraise,
    /// Replace the `finally` guard by the block of a `finally` block
    /// entered normally.
    FinallyStart,
    /// The `finally` block ended: close it, go on with what was pending.
    FinallyEnd,

    // The steps of a statement that suspends inside an expression. Each
    // names the expression it evaluates (its operator, arity and
    // position in a traceback); operands are on the value stack, the
    // first pushed deepest.
    /// The statement's line becomes the frame's current line.
    Line(&'a Stmt),
    /// Evaluate an expression that cannot suspend; push its value.
    Push(&'a Expr),
    PushNone,
    /// `yield`: pop a value, suspend with it; resumed, push what was sent.
    YieldTop(&'a Expr),
    /// `yield from`: pop the iterable, delegate to its iterator; push the
    /// value it returns.
    YieldFromTop(&'a Expr),
    /// `await`: pop the awaitable, delegate to its iterator; push the
    /// value it returns.
    AwaitTop(&'a Expr),
    /// A call: the callee, then the positional and named arguments.
    Call(&'a Expr),
    /// A binary operator, a unary one, a single comparison.
    Binary(&'a Expr),
    Unary(&'a Expr),
    Compare(&'a Expr),
    /// An attribute of the popped object; an item (object, then index).
    Attribute(&'a Expr),
    Item(&'a Expr),
    /// A tuple, list, set or dict display (dicts: key, value, key, ...).
    Build(&'a Expr),
    /// `and`/`or`: keep the top and jump when it decides the result,
    /// else pop it.
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    /// A conditional expression's test: pop, jump when false.
    PopJumpIfFalse(u32),
    /// Expression statement: drop the value.
    PopTop,
    /// Assignment: pop the value into the statement's targets.
    StoreTop(&'a Stmt),
    /// Augmented assignment: with the target's object (and index) pushed,
    /// push the target's value; then combine the popped operand with it
    /// and store the result.
    AugLoad(&'a Stmt),
    AugStore(&'a Stmt),
    /// `return` of the popped value.
    ReturnTop,
    /// An `if` or `while` test: pop; go to `target` when false.
    TestTop {
        target: u32,
    },
    /// A `for` statement's iterable: pop it, its iterator into `slot`.
    GetIterTop {
        slot: u32,
    },
}

/// The steps of a flat generator body and how many loop iterators it
/// keeps at once.
#[derive(Debug, Default)]
pub struct FlatCode<'a> {
    pub ops: Vec<FlatOp<'a>>,
    pub iter_slots: u32,
    /// Whether any `try` or `with` block can be open while suspended
    /// (closing the generator then has code to run).
    pub has_blocks: bool,
    /// How many `try` and `with` blocks the statement being laid out is in.
    depth: u32,
    /// An `async def`: `await` suspends too.
    awaits: bool,
}

impl<'a> FlatCode<'a> {
    /// The steps of a body `walk::flat_resumable` admits; `awaits` for an
    /// `async def`.
    pub fn build(body: &'a [Stmt], awaits: bool) -> FlatCode<'a> {
        let mut code = FlatCode {
            awaits,
            ..FlatCode::default()
        };
        code.block(body, None);
        code
    }

    fn here(&self) -> u32 {
        u32::try_from(self.ops.len()).expect("a generator body of fewer than 4 billion steps")
    }

    /// Emit a jump whose target is filled in later; returns its index.
    fn patch_later(&mut self, op: FlatOp<'a>) -> usize {
        self.ops.push(op);
        self.ops.len() - 1
    }

    fn patch(&mut self, at: usize, to: u32) {
        match &mut self.ops[at] {
            FlatOp::JumpIfFalse { target, .. }
            | FlatOp::Jump(target)
            | FlatOp::JumpIfFalseOrPop(target)
            | FlatOp::JumpIfTrueOrPop(target)
            | FlatOp::PopJumpIfFalse(target)
            | FlatOp::TestTop { target } => *target = to,
            FlatOp::ForIter { exhausted, .. } => *exhausted = to,
            FlatOp::TryStart { end, .. } | FlatOp::WithStart { end, .. } => *end = to,
            FlatOp::FinallyGuard { finally_at } => *finally_at = to,
            FlatOp::ExceptGuard { handlers_at } => *handlers_at = to,
            FlatOp::ExceptMatch { next, .. } => *next = to,
            _ => {}
        }
    }

    fn block(&mut self, body: &'a [Stmt], exits: Option<LoopExits>) {
        for s in body {
            self.stmt(s, exits);
        }
    }

    fn stmt(&mut self, s: &'a Stmt, exits: Option<LoopExits>) {
        let ptr = s;
        if !stmt_suspends(s, self.awaits) {
            self.ops.push(FlatOp::Exec { stmt: ptr, exits });
            return;
        }
        match &s.kind {
            StmtKind::For {
                iter, body, orelse, ..
            } => {
                let slot = self.iter_slots;
                self.iter_slots += 1;
                if self.suspends(iter) {
                    self.ops.push(FlatOp::Line(ptr));
                    self.expr(iter);
                    self.ops.push(FlatOp::GetIterTop { slot });
                } else {
                    self.ops.push(FlatOp::GetIter { stmt: ptr, slot });
                }
                let head = self.here();
                let next = self.patch_later(FlatOp::ForIter {
                    stmt: ptr,
                    slot,
                    exhausted: 0,
                });
                let else_start =
                    self.loop_rest(head, body, orelse, exits, Some(FlatOp::EndFor { slot }));
                self.patch(next, else_start);
            }
            StmtKind::While {
                test: cond,
                body,
                orelse,
            } => {
                let head = self.here();
                let test = self.test(ptr, cond);
                let else_start = self.loop_rest(head, body, orelse, exits, None);
                self.patch(test, else_start);
            }
            StmtKind::If {
                test: cond,
                body,
                orelse,
            } => {
                let test = self.test(ptr, cond);
                self.block(body, exits);
                if orelse.is_empty() {
                    let end = self.here();
                    self.patch(test, end);
                } else {
                    let skip = self.patch_later(FlatOp::Jump(0));
                    let else_start = self.here();
                    self.patch(test, else_start);
                    self.block(orelse, exits);
                    let end = self.here();
                    self.patch(skip, end);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } if handlers.iter().any(|h| self.body_suspends(&h.body))
                || self.body_suspends(orelse)
                || self.body_suspends(finalbody) =>
            {
                self.full_try(ptr, body, handlers, orelse, finalbody, exits)
            }
            StmtKind::Try { body, .. } => {
                self.has_blocks = true;
                let start = self.patch_later(FlatOp::TryStart {
                    stmt: ptr,
                    end: 0,
                    exits,
                });
                self.depth += 1;
                self.block(body, exits);
                self.depth -= 1;
                self.ops.push(FlatOp::TryEnd { stmt: ptr, exits });
                let end = self.here();
                self.patch(start, end);
            }
            StmtKind::With { items, body, .. } => {
                self.has_blocks = true;
                let mut starts = Vec::new();
                for item in 0..items.len() {
                    let item = u32::try_from(item).expect("fewer than 4 billion items");
                    starts.push(self.patch_later(FlatOp::WithStart {
                        stmt: ptr,
                        item,
                        end: 0,
                        exits,
                    }));
                    self.depth += 1;
                }
                self.block(body, exits);
                // The managers exit innermost first; an exception one of
                // them swallows leaves the rest to exit normally.
                for start in starts.into_iter().rev() {
                    self.ops.push(FlatOp::WithEnd { stmt: ptr });
                    self.depth -= 1;
                    let end = self.here();
                    self.patch(start, end);
                }
            }
            // `yield v`, `x = yield v` with `v` not suspending: one step.
            StmtKind::Expr(e) | StmtKind::Assign { value: e, .. } if matches!(&e.kind, ExprKind::Yield(v) if !v.as_deref().is_some_and(|v| self.suspends(v))) => {
                self.ops.push(FlatOp::Yield(ptr))
            }
            StmtKind::Expr(e) | StmtKind::Assign { value: e, .. } if matches!(&e.kind, ExprKind::YieldFrom(v) if !self.suspends(v)) => {
                self.ops.push(FlatOp::YieldFrom(ptr))
            }
            StmtKind::Expr(e) => {
                self.ops.push(FlatOp::Line(ptr));
                self.expr(e);
                self.ops.push(FlatOp::PopTop);
            }
            StmtKind::Assign { value, .. } => {
                self.ops.push(FlatOp::Line(ptr));
                self.expr(value);
                self.ops.push(FlatOp::StoreTop(ptr));
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.ops.push(FlatOp::Line(ptr));
                match &target.kind {
                    ExprKind::Attribute { value: obj, .. } => self.expr(obj),
                    ExprKind::Subscript { value: obj, index } => {
                        self.expr(obj);
                        self.expr(index);
                    }
                    _ => {}
                }
                self.ops.push(FlatOp::AugLoad(ptr));
                self.expr(value);
                self.ops.push(FlatOp::AugStore(ptr));
            }
            StmtKind::Return(Some(value)) => {
                self.ops.push(FlatOp::Line(ptr));
                self.expr(value);
                self.ops.push(FlatOp::ReturnTop);
            }
            // `flat_resumable` admits no other statement that suspends.
            _ => self.ops.push(FlatOp::Exec { stmt: ptr, exits }),
        }
    }

    fn suspends(&self, e: &Expr) -> bool {
        expr_suspends(e, self.awaits)
    }

    fn body_suspends(&self, body: &[Stmt]) -> bool {
        body.iter().any(|s| stmt_suspends(s, self.awaits))
    }

    /// A `try` statement that can suspend in its handlers, `else` or
    /// `finally` block: every part unrolled. A `finally` guard covers the
    /// `try` block, the handlers and `else`; an `except` guard covers the
    /// `try` block alone. Leaving a guarded part goes to the handlers (an
    /// exception) or into the `finally` block with what was leaving kept
    /// pending (`FinallyEnd` goes on with it).
    fn full_try(
        &mut self,
        ptr: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [crate::ast::ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        exits: Option<LoopExits>,
    ) {
        self.has_blocks = true;
        let finally_guard = (!finalbody.is_empty()).then(|| {
            self.depth += 1;
            self.patch_later(FlatOp::FinallyGuard { finally_at: 0 })
        });
        let except_guard = (!handlers.is_empty()).then(|| {
            self.depth += 1;
            self.patch_later(FlatOp::ExceptGuard { handlers_at: 0 })
        });
        self.block(body, exits);
        let mut to_finally = Vec::new();
        if let Some(guard) = except_guard {
            self.depth -= 1;
            self.ops.push(FlatOp::PopGuard);
            self.block(orelse, exits);
            to_finally.push(self.patch_later(FlatOp::Jump(0)));
            let handlers_at = self.here();
            self.patch(guard, handlers_at);
            for (handler, h) in handlers.iter().enumerate() {
                let handler = u32::try_from(handler).expect("fewer than 4 billion handlers");
                let test = self.patch_later(FlatOp::ExceptMatch {
                    stmt: ptr,
                    handler,
                    next: 0,
                });
                self.depth += 1;
                self.block(&h.body, exits);
                self.depth -= 1;
                self.ops.push(FlatOp::ExceptEnd { stmt: ptr, handler });
                to_finally.push(self.patch_later(FlatOp::Jump(0)));
                let next = self.here();
                self.patch(test, next);
            }
            self.ops.push(FlatOp::Reraise);
        } else {
            self.block(orelse, exits);
        }
        let finally_start = self.here();
        for jump in to_finally {
            self.patch(jump, finally_start);
        }
        if let Some(guard) = finally_guard {
            self.ops.push(FlatOp::FinallyStart);
            let finally_body = self.here();
            self.patch(guard, finally_body);
            self.block(finalbody, exits);
            self.depth -= 1;
            self.ops.push(FlatOp::FinallyEnd);
        }
    }

    /// An `if` or `while` test that jumps when false; returns the jump to
    /// patch.
    fn test(&mut self, ptr: &'a Stmt, cond: &'a Expr) -> usize {
        if self.suspends(cond) {
            self.ops.push(FlatOp::Line(ptr));
            self.expr(cond);
            self.patch_later(FlatOp::TestTop { target: 0 })
        } else {
            self.patch_later(FlatOp::JumpIfFalse {
                stmt: ptr,
                target: 0,
            })
        }
    }

    /// Steps leaving the value of `e` on the value stack (the shapes
    /// `walk::flat_expr` admits).
    fn expr(&mut self, e: &'a Expr) {
        let ptr = e;
        if !self.suspends(e) {
            self.ops.push(FlatOp::Push(ptr));
            return;
        }
        match &e.kind {
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v),
                    None => self.ops.push(FlatOp::PushNone),
                }
                self.ops.push(FlatOp::YieldTop(ptr));
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v);
                self.ops.push(FlatOp::YieldFromTop(ptr));
            }
            ExprKind::Await(v) => {
                self.expr(v);
                self.ops.push(FlatOp::AwaitTop(ptr));
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
                self.ops.push(FlatOp::Binary(ptr));
            }
            ExprKind::UnaryOp { operand, .. } => {
                self.expr(operand);
                self.ops.push(FlatOp::Unary(ptr));
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                for c in comparators {
                    self.expr(c);
                }
                self.ops.push(FlatOp::Compare(ptr));
            }
            ExprKind::BoolOp { op, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v);
                    if i + 1 < values.len() {
                        jumps.push(self.patch_later(match op {
                            crate::ast::BoolOp::And => FlatOp::JumpIfFalseOrPop(0),
                            crate::ast::BoolOp::Or => FlatOp::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                let end = self.here();
                for j in jumps {
                    self.patch(j, end);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                let to_else = self.patch_later(FlatOp::PopJumpIfFalse(0));
                self.expr(body);
                let to_end = self.patch_later(FlatOp::Jump(0));
                let else_start = self.here();
                self.patch(to_else, else_start);
                self.expr(orelse);
                let end = self.here();
                self.patch(to_end, end);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                for a in args {
                    self.expr(a);
                }
                for k in keywords {
                    self.expr(&k.value);
                }
                self.ops.push(FlatOp::Call(ptr));
            }
            ExprKind::Attribute { value, .. } => {
                self.expr(value);
                self.ops.push(FlatOp::Attribute(ptr));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
                self.ops.push(FlatOp::Item(ptr));
            }
            ExprKind::Tuple { items, .. } | ExprKind::List(items) | ExprKind::Set(items) => {
                for i in items {
                    self.expr(i);
                }
                self.ops.push(FlatOp::Build(ptr));
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    if let Some(k) = k {
                        self.expr(k);
                    }
                    self.expr(v);
                }
                self.ops.push(FlatOp::Build(ptr));
            }
            // `flat_expr` admits no other expression that suspends.
            _ => self.ops.push(FlatOp::Push(ptr)),
        }
    }

    /// A loop's body (jumping back to `head` at its end), its `else` block
    /// and `end_op`, where `break` lands. Returns where the `else` block
    /// starts, the target of the loop's exit test.
    fn loop_rest(
        &mut self,
        head: u32,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        exits: Option<LoopExits>,
        end_op: Option<FlatOp<'a>>,
    ) -> u32 {
        let first_body_op = self.ops.len();
        // The break target is known only after the else block: body exits
        // are patched below.
        self.block(
            body,
            Some(LoopExits {
                continue_to: head,
                break_to: u32::MAX,
                depth: self.depth,
            }),
        );
        self.ops.push(FlatOp::Jump(head));
        let else_start = self.here();
        self.block(orelse, exits);
        let end = self.here();
        self.ops.extend(end_op);
        self.fix_breaks(first_body_op, else_start as usize, end);
        else_start
    }

    /// Point the loop exits of ops in `from..to` (a loop body, nested
    /// loops included, whose own exits are already set) at `end`.
    fn fix_breaks(&mut self, from: usize, to: usize, end: u32) {
        for op in &mut self.ops[from..to] {
            if let FlatOp::Exec { exits: Some(e), .. }
            | FlatOp::TryStart { exits: Some(e), .. }
            | FlatOp::TryEnd { exits: Some(e), .. }
            | FlatOp::WithStart { exits: Some(e), .. } = op
            {
                if e.break_to == u32::MAX {
                    e.break_to = end;
                }
            }
        }
    }
}
