//! Between parsing and running: scope resolution.
pub mod resolve;
