//! Where `print` writes: stdout, buffered as CPython buffers it. Line by
//! line on a terminal (so a long script shows its output as it goes), in
//! 64 KiB blocks into a file or pipe, and at every write with `-u`.

use std::io::{IsTerminal, Write};

/// The writer for stdout under the given `-u` setting.
pub(crate) fn stdout_writer(unbuffered: bool) -> Box<dyn Write> {
    if unbuffered {
        Box::new(WriteThrough)
    } else if std::io::stdout().is_terminal() {
        // Rust's stdout is itself line-buffered.
        Box::new(std::io::stdout())
    } else {
        Box::new(std::io::BufWriter::with_capacity(
            1 << 16,
            std::io::stdout(),
        ))
    }
}

/// `-u`: each write reaches the file descriptor before `print` returns.
struct WriteThrough;

impl Write for WriteThrough {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut out = std::io::stdout().lock();
        out.write_all(buf)?;
        out.flush()?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stdout().flush()
    }
}

impl super::Interp {
    pub fn set_output(&mut self, unbuffered: bool) {
        self.flush();
        self.out = stdout_writer(unbuffered);
    }
}
