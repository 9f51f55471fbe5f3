//! Values, classes, instances and the data structures behind them.
pub mod class;
pub mod descriptor;
pub mod dict;
pub mod exception;
pub mod format_spec;
pub mod function;
pub mod generator;
pub mod hash;
pub mod instance;
pub mod int;
pub mod iter;
pub mod set;
pub mod sizeof;
pub mod slab;
pub mod source;
pub mod str_buf;
pub mod value;
