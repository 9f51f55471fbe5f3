//! A source file, kept for tracebacks and syntax errors: its name, its text
//! and where each line starts.

pub struct Source {
    pub filename: String,
    pub text: String,
    line_starts: Vec<u32>,
}

impl Source {
    pub fn new(filename: impl Into<String>, text: impl Into<String>) -> Source {
        let text = text.into();
        let mut line_starts = vec![0u32];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                // Offsets are u32s and saturate past 4 GiB, as spans do.
                line_starts.push(u32::try_from(i + 1).unwrap_or(u32::MAX));
            }
        }
        Source {
            filename: filename.into(),
            text,
            line_starts,
        }
    }
    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: u32) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self
            .line_starts
            .get(line)
            .map(|&e| e as usize)
            .unwrap_or(self.text.len());
        let s = self.text.get(start as usize..end).unwrap_or("");
        s.trim_end_matches(['\n', '\r'])
    }
    /// 0-based character column of a byte offset within its line.
    pub fn column_of(&self, offset: u32) -> usize {
        let line = self.line_of(offset);
        let start = self.line_starts[line - 1] as usize;
        let end = (offset as usize).min(self.text.len());
        self.text
            .get(start..end)
            .map(|s| s.chars().count())
            .unwrap_or(0)
    }
    pub fn line_start(&self, line: usize) -> u32 {
        self.line_starts
            .get(line.wrapping_sub(1))
            .copied()
            .unwrap_or(0)
    }
}
