//! An allocator for tests that measure memory: it counts the bytes this thread has allocated,
//! their peak, and all allocations made, so that tests running on other threads do not disturb
//! the measure. A test binary installs it with
//! `#[global_allocator] static ALLOCATOR: xtask::counting::Counting = xtask::counting::Counting;`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

pub struct Counting;

thread_local! {
    pub static LIVE: Cell<usize> = const { Cell::new(0) };
    pub static PEAK: Cell<usize> = const { Cell::new(0) };
    /// Allocations made, and bytes allocated in all (freed or not): work done.
    pub static CALLS: Cell<usize> = const { Cell::new(0) };
    pub static TOTAL: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            let _ = LIVE.try_with(|live| {
                live.set(live.get() + layout.size());
                let _ = PEAK.try_with(|peak| peak.set(peak.get().max(live.get())));
            });
            let _ = CALLS.try_with(|calls| calls.set(calls.get() + 1));
            let _ = TOTAL.try_with(|total| total.set(total.get() + layout.size()));
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        let _ = LIVE.try_with(|live| live.set(live.get().saturating_sub(layout.size())));
    }
}

/// The peak of memory allocated on this thread while `f` runs, above what was live before.
pub fn peak_of<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(before));
    let result = f();
    (result, PEAK.with(Cell::get) - before)
}
