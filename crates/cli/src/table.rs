//! Plain terminal tables: left-aligned labels, right-aligned amounts (or left-aligned text).

/// Rows of (label, value); `None` as value makes a section heading.
pub struct Table {
    rows: Vec<(String, Option<String>, String)>,
    /// Values are amounts: align them on the right.
    numeric: bool,
}

impl Table {
    /// A table of amounts.
    pub fn new() -> Table {
        Table { rows: Vec::new(), numeric: true }
    }

    /// A table of words and dates: values aligned on the left.
    pub fn text() -> Table {
        Table { rows: Vec::new(), numeric: false }
    }

    pub fn heading(&mut self, label: impl Into<String>) {
        self.rows.push((label.into(), None, String::new()));
    }

    pub fn row(&mut self, label: impl Into<String>, value: impl Into<String>, note: impl Into<String>) {
        self.rows.push((label.into(), Some(value.into()), note.into()));
    }

    pub fn render(&self) -> String {
        let width = |s: &str| s.chars().count();
        let lw = self.rows.iter().filter(|r| r.1.is_some()).map(|r| width(&r.0)).max().unwrap_or(0);
        let vw = self.rows.iter().filter_map(|r| r.1.as_deref()).map(width).max().unwrap_or(0);
        let mut out = String::new();
        for (label, value, note) in &self.rows {
            match value {
                None => out.push_str(&format!("{label}\n")),
                Some(v) => {
                    let line = if self.numeric {
                        format!("{label:<lw$}  {v:>vw$}  {note}")
                    } else {
                        format!("{label:<lw$}  {v}  {note}")
                    };
                    out.push_str(line.trim_end());
                    out.push('\n');
                }
            }
        }
        out
    }
}
