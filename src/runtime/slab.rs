//! A small-object allocator: fixed-size cells carved from 64 KiB chunks,
//! one free list per size. General-purpose allocators round small blocks up
//! (a 48-byte instance would take 64); here a two-slot instance costs
//! exactly its 48 bytes, as `sizeof` reports. It is also the program's
//! global allocator for every block of up to `MAX_CELL` bytes: a Python
//! program makes and drops small objects (strings, tuples, frames' vectors)
//! by the million, and a free-list pop or push is a few instructions where
//! glibc's malloc takes a hundred or more once its per-thread cache is
//! exhausted. Bigger blocks (a long list's buffer) go to the system
//! allocator, which can grow them in place.

use std::alloc::{handle_alloc_error, GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;

/// Cells are multiples of 16 bytes, up to this size; bigger blocks go to
/// the global allocator.
const MAX_CELL: usize = 256;
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
fn alloc_cell(size: usize) -> *mut u8 {
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
            // SAFETY: non-zero size. Chunks come from the system allocator:
            // this module is the global allocator.
            let chunk = unsafe { System.alloc(layout) };
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
unsafe fn free_cell(p: *mut u8, size: usize) {
    let c = class_of(size);
    SLAB.with(|slab| {
        // SAFETY: single-threaded access to this thread's table, with no
        // re-entrancy (nothing here allocates).
        let classes = unsafe { &mut *slab.classes.get() };
        let sc = &mut classes[c];
        // SAFETY: `p` is a free cell of at least 16 bytes (the caller's
        // contract): its first word links it into the free list.
        unsafe { *(p as *mut *mut u8) = sc.free };
        sc.free = p;
    })
}

/// The global allocator: small blocks from the slab, the rest from the system.
pub(crate) struct SlabAlloc;

/// Whether a block of this layout lives in the slab.
#[inline(always)]
fn in_slab(size: usize, align: usize) -> bool {
    size <= MAX_CELL && align <= 16
}

// SAFETY: slab cells are 16-byte aligned and at least the requested size;
// each thread has its own free lists, and a cell freed by another thread
// than the one that made it simply joins that thread's list (chunks are
// never given back, so any thread may reuse any cell).
unsafe impl GlobalAlloc for SlabAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if in_slab(layout.size(), layout.align()) {
            alloc_cell(layout.size())
        } else {
            // SAFETY: the caller's layout goes unchanged to the system allocator.
            unsafe { System.alloc(layout) }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if in_slab(layout.size(), layout.align()) {
            // SAFETY: a block of this layout came from `alloc_cell` (in_slab
            // decided so at allocation too), and the caller gives it back once.
            unsafe { free_cell(ptr, layout.size()) }
        } else {
            // SAFETY: it came from the system allocator with this layout.
            unsafe { System.dealloc(ptr, layout) }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let align = layout.align();
        let was_small = in_slab(layout.size(), align);
        let small = in_slab(new_size, align);
        if !was_small && !small {
            // SAFETY: a system block, resized by the system allocator.
            return unsafe { System.realloc(ptr, layout, new_size) };
        }
        if was_small && small && class_of(layout.size()) == class_of(new_size) {
            return ptr;
        }
        // SAFETY: `align` came from a valid layout and new_size is non-zero
        // (GlobalAlloc's contract).
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, align) };
        // SAFETY: a valid, non-zero layout (above).
        let new = unsafe { self.alloc(new_layout) };
        if !new.is_null() {
            // SAFETY: both blocks are live and distinct; the copy stays
            // within the smaller of the two sizes; `ptr` is freed once.
            unsafe {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        new
    }
}
