//! `say!`: a line of progress from a long test, shown while it runs. The test harness
//! captures `eprintln!` until a test ends (and shows it only on failure); this writes to the
//! process's standard error directly, so a run of several minutes is never silent.

/// `eprintln!` that the test harness does not capture.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let line = format!("    [{}] {}\n", module_path!(), format_args!($($arg)*));
        let _ = std::io::stderr().lock().write_all(line.as_bytes());
    }};
}
