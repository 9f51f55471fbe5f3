//! A flat generator body laid out as a list of steps.
//!
//! When every `yield` of a generator is a statement of its own nested only
//! in `for`, `while`, `if` and `with` blocks and `try` blocks
//! (`FunctionDef.flat_generator`), those blocks can be unrolled into jumps:
//! the generator is then suspended at a step number, and resuming it is a
//! jump, not a walk back down nested blocks or a switch to a stack of its
//! own. A `try` or `with` whose block is unrolled opens a block at run time
//! (`TryStart`, `WithStart`) that an exception, `return`, `break` or
//! `continue` leaving it goes through. Statements without a `yield` stay
//! whole (one `Exec` step each) and run as in any function.

use crate::ast::{ExprKind, Stmt, StmtKind};

/// Points at a statement of the function body the steps were made from.
/// The body is never changed once resolved, and the steps live in the same
/// `FunctionDef`, so the statement outlives every use of this pointer.
#[derive(Clone, Copy, Debug)]
pub struct StmtPtr(*const Stmt);

impl StmtPtr {
    /// The statement. Only for steps of a resolved `FunctionDef`, used
    /// while that definition is alive.
    pub fn get(&self) -> &Stmt {
        // SAFETY: see the type's comment; the steps are built after
        // resolution from the body they are stored beside.
        unsafe { &*self.0 }
    }
}

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
pub enum FlatOp {
    /// A statement with no `yield` in it.
    Exec {
        stmt: StmtPtr,
        exits: Option<LoopExits>,
    },
    /// `yield v` or `x = yield v`: evaluate, suspend; on resuming, bind
    /// what was sent to the targets.
    Yield(StmtPtr),
    /// `yield from v` or `x = yield from v`: take `v`'s iterator, pass it
    /// what the generator is resumed with until it returns; bind its value.
    YieldFrom(StmtPtr),
    /// A `try` statement whose `try` block can suspend: open a block that
    /// an exception raised before `TryEnd` goes to. When its handlers and
    /// `finally` end normally, go on at `end`.
    TryStart {
        stmt: StmtPtr,
        end: u32,
        exits: Option<LoopExits>,
    },
    /// The `try` block ended: close the block, run `else` and `finally`.
    TryEnd {
        stmt: StmtPtr,
        exits: Option<LoopExits>,
    },
    /// Item `item` of a `with` statement whose body can suspend: enter its
    /// manager and open a block that keeps `__exit__`. When `__exit__`
    /// swallows an exception, go on at `end`.
    WithStart {
        stmt: StmtPtr,
        item: u32,
        end: u32,
        exits: Option<LoopExits>,
    },
    /// The body ended: close the innermost block, call its `__exit__`.
    WithEnd {
        stmt: StmtPtr,
    },
    /// A `for` statement's iterable into iterator slot `slot`.
    GetIter {
        stmt: StmtPtr,
        slot: u32,
    },
    /// The loop's next item into its target, or (exhausted) clear the slot
    /// and go to `exhausted`.
    ForIter {
        stmt: StmtPtr,
        slot: u32,
        exhausted: u32,
    },
    /// Drop a loop's iterator (after `break` or the loop's end).
    EndFor {
        slot: u32,
    },
    /// An `if` or `while` test: go to `target` when false.
    JumpIfFalse {
        stmt: StmtPtr,
        target: u32,
    },
    Jump(u32),
}

/// The steps of a flat generator body and how many loop iterators it
/// keeps at once.
#[derive(Debug, Default)]
pub struct FlatCode {
    pub ops: Vec<FlatOp>,
    pub iter_slots: u32,
    /// Whether any `try` or `with` block can be open while suspended
    /// (closing the generator then has code to run).
    pub has_blocks: bool,
    /// How many `try` and `with` blocks the statement being laid out is in.
    depth: u32,
}

impl FlatCode {
    pub fn build(body: &[Stmt]) -> FlatCode {
        let mut code = FlatCode::default();
        code.block(body, None);
        code
    }

    fn here(&self) -> u32 {
        u32::try_from(self.ops.len()).expect("a generator body of fewer than 4 billion steps")
    }

    /// Emit a jump whose target is filled in later; returns its index.
    fn patch_later(&mut self, op: FlatOp) -> usize {
        self.ops.push(op);
        self.ops.len() - 1
    }

    fn patch(&mut self, at: usize, to: u32) {
        match &mut self.ops[at] {
            FlatOp::JumpIfFalse { target, .. } | FlatOp::Jump(target) => *target = to,
            FlatOp::ForIter { exhausted, .. } => *exhausted = to,
            FlatOp::TryStart { end, .. } | FlatOp::WithStart { end, .. } => *end = to,
            _ => {}
        }
    }

    fn block(&mut self, body: &[Stmt], exits: Option<LoopExits>) {
        for s in body {
            self.stmt(s, exits);
        }
    }

    fn stmt(&mut self, s: &Stmt, exits: Option<LoopExits>) {
        let ptr = StmtPtr(s as *const Stmt);
        if !s.has_yield {
            self.ops.push(FlatOp::Exec { stmt: ptr, exits });
            return;
        }
        match &s.kind {
            StmtKind::For { body, orelse, .. } => {
                let slot = self.iter_slots;
                self.iter_slots += 1;
                self.ops.push(FlatOp::GetIter { stmt: ptr, slot });
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
            StmtKind::While { body, orelse, .. } => {
                let head = self.here();
                let test = self.patch_later(FlatOp::JumpIfFalse {
                    stmt: ptr,
                    target: 0,
                });
                let else_start = self.loop_rest(head, body, orelse, exits, None);
                self.patch(test, else_start);
            }
            StmtKind::If { body, orelse, .. } => {
                let test = self.patch_later(FlatOp::JumpIfFalse {
                    stmt: ptr,
                    target: 0,
                });
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
            StmtKind::Expr(e) | StmtKind::Assign { value: e, .. }
                if matches!(e.kind, ExprKind::YieldFrom(_)) =>
            {
                self.ops.push(FlatOp::YieldFrom(ptr))
            }
            // `flat_resumable` admits only `yield` statements besides these.
            _ => self.ops.push(FlatOp::Yield(ptr)),
        }
    }

    /// A loop's body (jumping back to `head` at its end), its `else` block
    /// and `end_op`, where `break` lands. Returns where the `else` block
    /// starts, the target of the loop's exit test.
    fn loop_rest(
        &mut self,
        head: u32,
        body: &[Stmt],
        orelse: &[Stmt],
        exits: Option<LoopExits>,
        end_op: Option<FlatOp>,
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
