//! The syntax tree produced by the parser.
//!
//! Every node keeps a byte span into the source, so errors and tracebacks can
//! point at the line (and the columns) where something happened. The tree is
//! free of runtime values; the few `scope` fields are plain numbers that the
//! resolver (in the interpreter crate) fills in before anything runs.

use num_bigint::BigInt;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// Identifiers are shared strings: the interpreter interns them once and
/// then clones the `Rc` instead of copying bytes.
pub type Name = Rc<str>;

/// Byte offsets `[start, end)` into the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        // Offsets past 4 GiB saturate: such a position can only be shown
        // approximately, never wrap round to the start of the file.
        let offset = |at: usize| u32::try_from(at).unwrap_or(u32::MAX);
        Span {
            start: offset(start),
            end: offset(end),
        }
    }
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

// ---------------------------------------------------------------- statements

#[derive(Debug, Serialize, Deserialize)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
    /// The statement contains a `yield` of its own function (not of a
    /// nested one): a resumable generator body needs to know where.
    pub has_yield: bool,
}

#[derive(Debug, Serialize, Deserialize)]
pub enum StmtKind {
    FunctionDef(Rc<FunctionDef>),
    ClassDef(Rc<ClassDef>),
    Return(Option<Expr>),
    /// `del a, b[0], c.x`: each target is a Name, Attribute, Subscript, or a
    /// Tuple/List of those.
    Delete(Vec<Expr>),
    /// `a = b = value`: `targets` holds `a` and `b` in source order.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`. `simple` is true when the target is a
    /// bare name not in parentheses (CPython stores those in `__annotations__`).
    AnnAssign {
        target: Expr,
        annotation: Box<Expr>,
        value: Option<Box<Expr>>,
        simple: bool,
    },
    /// `for`, or `async for` when `is_async`.
    For {
        target: Expr,
        iter: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        is_async: bool,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        /// `elif` is an `If` alone inside `orelse`, as in CPython's ast.
        orelse: Vec<Stmt>,
    },
    /// `with`, or `async with` when `is_async`.
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        is_async: bool,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Box<Expr>>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Assert {
        test: Expr,
        msg: Option<Box<Expr>>,
    },
    /// `import a.b.c as d, e`
    Import(Vec<Alias>),
    /// `from ..mod import a as b, c` / `from mod import *` (names empty, star true)
    ImportFrom {
        module: Option<Name>,
        names: Vec<Alias>,
        level: u32,
        star: bool,
    },
    /// `match subject:` and its `case` blocks, tried in order.
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
    Global(Vec<Name>),
    Nonlocal(Vec<Name>),
    Expr(Expr),
    Pass,
    Break,
    Continue,
}

/// `case pattern if guard: body`.
#[derive(Debug, Serialize, Deserialize)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

/// A pattern of a `case` (PEP 634), with the node names of Python's `ast`
/// module. The names a pattern binds are `ExprKind::Name` nodes, so the
/// resolver decides where they are stored as it does for any target.
#[derive(Debug, Serialize, Deserialize)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

#[derive(Debug, Serialize, Deserialize)]
pub enum PatternKind {
    /// A literal (`1`, `-1`, `1+2j`, `"s"`) or a dotted name (`Color.RED`),
    /// compared with `==`.
    MatchValue(Expr),
    /// `None`, `True` or `False`, compared with `is`.
    MatchSingleton(Constant),
    /// `[p, *rest]`, `(p, q)`, `p, q`: at most one `MatchStar` among them.
    MatchSequence(Vec<Pattern>),
    /// `{key: p, **rest}`: the keys are literals or dotted names.
    MatchMapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Expr>,
    },
    MatchClass(Box<ClassPattern>),
    /// `*name` in a sequence pattern; `*_` binds nothing.
    MatchStar(Option<Expr>),
    /// `p as name`; a capture `name` has no pattern; the wildcard `_` has
    /// neither.
    MatchAs {
        pattern: Option<Box<Pattern>>,
        name: Option<Expr>,
    },
    /// `p | q | ...`: every alternative binds the same names.
    MatchOr(Vec<Pattern>),
}

/// `cls(p, q, attr=r)`.
#[derive(Debug, Serialize, Deserialize)]
pub struct ClassPattern {
    /// A name or dotted name.
    pub cls: Expr,
    pub patterns: Vec<Pattern>,
    pub kwd_attrs: Vec<Name>,
    pub kwd_patterns: Vec<Pattern>,
    /// The first of this pattern's attribute lookups' sites (set by the
    /// resolver): one per positional pattern (the name `__match_args__`
    /// gives there), then one per keyword, numbered in a row.
    #[serde(skip)]
    pub attr_sites: SiteId,
    /// The site where the interpreter notes the class the positional sites
    /// were filled for (another class's `__match_args__` may name other
    /// attributes).
    #[serde(skip)]
    pub class_site: SiteId,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct ExceptHandler {
    /// `None` for a bare `except:`.
    pub typ: Option<Expr>,
    /// The `as e` target: always an `ExprKind::Name`.
    pub name: Option<Expr>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Alias {
    /// Dotted name as written, e.g. `os.path`.
    pub name: Name,
    pub asname: Option<Name>,
    /// Where the imported value is stored: an `ExprKind::Name` for `asname`,
    /// or for the first component of `name` (`import os.path` binds `os`).
    pub target: Expr,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct FunctionDef {
    pub name: Name,
    pub params: Params,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
    /// True for `lambda`: its body is a single `Return`.
    pub is_lambda: bool,
    /// True for `async def`: calling it makes a coroutine (or, with
    /// `yield` in the body, an async generator).
    pub is_async: bool,
    /// True when the body contains `yield` (set by the parser or resolver).
    pub is_generator: bool,
    /// A generator, coroutine or async generator whose every
    /// suspension the flat steps can lay out (`walk::flat_resumable`): it
    /// is suspended and resumed without a stack of its own.
    pub flat_generator: bool,
    /// A flat generator's site (set by the resolver), where the
    /// interpreter keeps the steps of its body, made on its first call.
    #[serde(skip)]
    pub flat_site: SiteId,
    pub span: Span,
    #[serde(skip)]
    pub scope: Scope,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Params {
    /// Positional parameters, positional-only ones first.
    pub args: Vec<Param>,
    /// How many of `args` come before a `/`.
    pub posonly: usize,
    pub vararg: Option<Param>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Param>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Param {
    pub name: Name,
    pub annotation: Option<Expr>,
    pub default: Option<Expr>,
    pub span: Span,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct ClassDef {
    pub name: Name,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub span: Span,
    #[serde(skip)]
    pub scope: Scope,
}

/// What the resolver learned about one function, lambda, comprehension or
/// class body. Filled in after parsing; the parser leaves the default.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Scope {
    /// Number of fast local slots (parameters come first, in order).
    pub n_locals: u32,
    /// Local slots that live in cells because an inner scope captures them:
    /// `(local slot, cell index)`.
    pub cell_locals: Vec<(u32, u32)>,
    /// Number of cells the frame owns (captured locals), then come the free
    /// variables taken from the closure.
    pub n_cells: u32,
    /// For each free variable, where the enclosing scope keeps it: the
    /// enclosing frame's cell index.
    pub free_from: Vec<u32>,
    /// Names of the locals, by slot (for error messages and `locals()`).
    pub local_names: Vec<Name>,
    /// Names of the cells then free variables, by cell index.
    pub cell_names: Vec<Name>,
}

// --------------------------------------------------------------- expressions

#[derive(Debug, Serialize, Deserialize)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

/// How a name is reached at run time, decided by the resolver.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum NameScope {
    #[default]
    Unresolved,
    /// A fast local slot of the current frame.
    Local(u32),
    /// A cell of the current frame (captured local or free variable).
    Cell(u32),
    /// Module globals, then builtins.
    Global,
    /// Class body: the class namespace, then globals, then builtins.
    ClassBody,
}

#[derive(Debug, Serialize, Deserialize)]
pub enum ExprKind {
    Name {
        id: Name,
        #[serde(skip)]
        scope: NameScope,
        /// Where the interpreter keeps its memo of a global lookup here
        /// (set by the resolver for global names).
        #[serde(skip)]
        site: SiteId,
    },
    Constant(Constant),
    /// `f"..."` (adjacent plain and f-strings are merged into one).
    FString(Vec<FStringPart>),
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `target := value`; target is a Name.
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda(Rc<FunctionDef>),
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `{k: v, **m}`: a `None` key is a `**` unpacking of the value.
    Dict(Vec<(Option<Expr>, Expr)>),
    Set(Vec<Expr>),
    List(Vec<Expr>),
    Tuple {
        items: Vec<Expr>,
        /// A tuple of constants only (`((-1, 0), (1, 0))`, `("a", "b")`):
        /// the resolver's number for it, under which the unit's side table
        /// keeps the tuple made the first time (CPython folds such tuples
        /// into one constant). `NOT_CONSTANT` otherwise.
        #[serde(skip, default = "not_constant")]
        const_site: SiteId,
    },
    Comprehension(Rc<Comprehension>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    Await(Box<Expr>),
    /// `a < b <= c`: `ops` and `comparators` have the same length.
    Compare {
        left: Box<Expr>,
        ops: Box<[CmpOp]>,
        comparators: Box<[Expr]>,
    },
    /// Positional arguments may contain `Starred`; keywords with `arg: None`
    /// are `**mapping` unpackings.
    Call {
        func: Box<Expr>,
        args: Box<[Expr]>,
        keywords: Box<[Keyword]>,
    },
    Attribute {
        value: Box<Expr>,
        attr: Name,
        /// Where the interpreter keeps its memo of this access (set by the
        /// resolver).
        #[serde(skip)]
        site: SiteId,
    },
    Subscript {
        value: Box<Expr>,
        /// A `Slice`, a `Tuple` (for `a[1:2, 3]`), or any expression.
        index: Box<Expr>,
    },
    Starred(Box<Expr>),
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// A node's number in one of the side tables where the interpreter keeps
/// what it learns while running it (inline caches, a generator's steps).
/// The resolver numbers the nodes of one compiled unit from 0 in each
/// table; the tree itself holds no runtime state.
pub type SiteId = u32;

/// The `const_site` of a tuple display that is not all constants.
pub const NOT_CONSTANT: SiteId = u32::MAX;

fn not_constant() -> SiteId {
    NOT_CONSTANT
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    /// Imaginary literal `3j` (value of the imaginary part).
    Complex(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
}

#[derive(Debug, Serialize, Deserialize)]
pub enum FStringPart {
    Literal(Rc<str>),
    Expr {
        value: Box<Expr>,
        /// `!r`, `!s`, `!a`
        conversion: Option<char>,
        /// The spec after `:`, itself possibly containing `{...}` fields.
        format_spec: Option<Vec<FStringPart>>,
        /// For `f"{x=}"`: the text `x=` (with its whitespace) printed before the value.
        debug_text: Option<Rc<str>>,
    },
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Keyword {
    /// `None` for `**mapping`.
    pub arg: Option<Name>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Comprehension {
    pub kind: CompKind,
    /// The element (for dicts: the key).
    pub elt: Expr,
    /// For dict comprehensions: the value.
    pub value: Option<Expr>,
    pub generators: Vec<CompFor>,
    /// The comprehension runs in a scope of its own (its first iterable is
    /// evaluated outside it, in the enclosing scope).
    #[serde(skip)]
    pub scope: Scope,
    /// The whole comprehension: where its own frame's errors point.
    pub span: Span,
    /// It has an `async for` clause or an `await` of its own (set by the
    /// resolver): a list, set or dict comprehension then runs only inside
    /// a coroutine; a generator expression makes an async generator.
    pub is_async: bool,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct CompFor {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    /// `async for`.
    pub is_async: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mult => "*",
            BinOp::MatMult => "@",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum UnaryOp {
    Not,
    Neg,
    Pos,
    Invert,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}
