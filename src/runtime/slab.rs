//! A small-object allocator for instances: fixed-size cells carved from
//! 64 KiB chunks, one free list per size. General-purpose allocators round
//! small blocks up (a 48-byte instance would take 64); here a two-slot
//! instance costs exactly its 48 bytes, as `sizeof` reports.

use std::alloc::{alloc, handle_alloc_error, Layout};
use std::cell::UnsafeCell;

/// Cells are multiples of 16 bytes, up to this size; bigger blocks go to
/// the global allocator.
pub const MAX_CELL: usize = 256;
const CLASSES: usize = MAX_CELL / 16;
const CHUNK: usize = 64 * 1024;

#[derive(Clone, Copy)]
struct SizeClass {
    /// Freed cells, linked through their first word.
    free: *mut u8,
    /// The unused tail of the newest chunk.
    next: *mut u8,
    end: *mut u8,
}

struct Slab {
    classes: UnsafeCell<[SizeClass; CLASSES]>,
}

thread_local! {
    // No destructor: cells stay valid for objects dropped late in a thread.
    static SLAB: Slab = const {
        Slab {
            classes: UnsafeCell::new(
                [SizeClass { free: std::ptr::null_mut(), next: std::ptr::null_mut(), end: std::ptr::null_mut() }; CLASSES],
            ),
        }
    };
}

fn class_of(size: usize) -> usize {
    size.div_ceil(16) - 1
}

/// A cell of at least `size` bytes (a multiple of 16, at most MAX_CELL),
/// 16-byte aligned.
pub fn alloc_cell(size: usize) -> *mut u8 {
    let c = class_of(size);
    let cell = (c + 1) * 16;
    SLAB.with(|slab| {
        // SAFETY: single-threaded access to this thread's table; no
        // re-entrancy (nothing here calls back into Rust code that allocates
        // from the slab).
        let classes = unsafe { &mut *slab.classes.get() };
        let sc = &mut classes[c];
        if !sc.free.is_null() {
            let p = sc.free;
            // SAFETY: free cells hold the next free pointer in their first word.
            sc.free = unsafe { *(p as *mut *mut u8) };
            return p;
        }
        if sc.next.is_null() || (sc.end as usize) - (sc.next as usize) < cell {
            let layout = Layout::from_size_align(CHUNK, 16).unwrap_or(Layout::new::<[u8; 16]>());
            // SAFETY: non-zero size.
            let chunk = unsafe { alloc(layout) };
            if chunk.is_null() {
                handle_alloc_error(layout);
            }
            sc.next = chunk;
            // SAFETY: within the chunk just allocated.
            sc.end = unsafe { chunk.add(CHUNK) };
        }
        let p = sc.next;
        // SAFETY: at least `cell` bytes remain before `end`.
        sc.next = unsafe { p.add(cell) };
        p
    })
}

/// Return a cell obtained from `alloc_cell(size)`.
///
/// # Safety
/// `p` must come from `alloc_cell` with the same `size` and not be used again.
pub unsafe fn free_cell(p: *mut u8, size: usize) {
    let c = class_of(size);
    SLAB.with(|slab| {
        let classes = unsafe { &mut *slab.classes.get() };
        let sc = &mut classes[c];
        unsafe { *(p as *mut *mut u8) = sc.free };
        sc.free = p;
    })
}
