//! A streaming scanner for the XML parts of a container, fed the bytes as they are inflated:
//! it measures the longest piece an XML reader would have to hold whole (text between two tags,
//! one tag, a comment, CDATA), refuses a `<!DOCTYPE>`, counts the elements asked for (the shared
//! strings), and checks the cell references of a sheet (`<row r>`, `<c r>`, `<dimension ref>`)
//! before the spreadsheet reader does arithmetic on them. It holds at most one tag at a time.

/// Why an XML part was refused by [`Tokens`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Run {
    /// One piece (text between tags, a tag, a comment, CDATA, a processing instruction) is
    /// longer than the limit: this many bytes had been seen.
    TooLong(u64),
    /// `<!DOCTYPE …>` or another declaration other than a comment or CDATA.
    Declaration,
    /// A sheet's cell or row reference that is not one (the sentence says which).
    BadReference(String),
}

/// The sheet elements whose references are checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Watched {
    Row,
    Cell,
    Dimension,
}

/// The last column and row of a sheet (XFD1048576).
const LAST_COLUMN: u32 = 16_384;
const LAST_ROW: u32 = 1_048_576;

#[derive(Clone, Copy, Debug)]
enum State {
    Text,
    /// After `<`, deciding between a tag, `<!--`, `<![CDATA[` and `<?`.
    Open,
    /// A start tag's name (collected to count the elements asked for).
    Name,
    Tag {
        quote: u8,
    },
    Until {
        end: &'static [u8],
        matched: usize,
    },
}

/// A streaming scanner that measures the longest piece an XML reader would buffer whole.
#[derive(Clone, Debug)]
pub struct Tokens {
    state: State,
    open: Vec<u8>,
    run: u64,
    max: u64,
    /// The local name of the elements to count (`si`), the name being read, and the count.
    element: Option<&'static str>,
    name: Vec<u8>,
    counted: u64,
    /// Whether to check a sheet's references; the watched tag being read, and its bytes.
    references: bool,
    watched: Option<Watched>,
    tag: Vec<u8>,
}

const COMMENT: &[u8] = b"!--";
const CDATA: &[u8] = b"![CDATA[";

impl Tokens {
    pub fn new(max: u64) -> Tokens {
        Tokens {
            state: State::Text,
            open: Vec::with_capacity(8),
            run: 0,
            max,
            element: None,
            name: Vec::new(),
            counted: 0,
            references: false,
            watched: None,
            tag: Vec::new(),
        }
    }

    /// Also checks the references of a sheet: `<row r>`, `<c r>` and `<dimension ref>` must be
    /// cells of a sheet (A1 to XFD1048576), a dimension's end not before its start.
    pub fn check_references(&mut self) {
        self.references = true;
    }

    /// Also counts the start tags whose local name is `local` (`si`, `x:si`).
    pub fn count_elements(&mut self, local: &'static str) {
        self.element = Some(local);
    }

    /// The elements counted so far.
    pub fn counted(&self) -> u64 {
        self.counted
    }

    /// Feeds the next bytes of the part.
    pub fn feed(&mut self, bytes: &[u8]) -> Result<(), Run> {
        let mut i = 0;
        while i < bytes.len() {
            if matches!(self.state, State::Text) {
                match bytes[i..].iter().position(|&b| b == b'<') {
                    None => {
                        self.run += (bytes.len() - i) as u64;
                        i = bytes.len();
                    }
                    Some(k) => {
                        self.run += k as u64;
                        self.check()?;
                        i += k + 1;
                        self.run = 1;
                        self.open.clear();
                        self.state = State::Open;
                    }
                }
                self.check()?;
                continue;
            }
            let b = bytes[i];
            i += 1;
            self.run += 1;
            self.check()?;
            self.step(b)?;
        }
        Ok(())
    }

    fn check(&self) -> Result<(), Run> {
        if self.run > self.max { Err(Run::TooLong(self.run)) } else { Ok(()) }
    }

    fn step(&mut self, b: u8) -> Result<(), Run> {
        match self.state {
            // Text is handled in bulk by `feed`.
            State::Text => {}
            State::Open => {
                self.open.push(b);
                if self.open == COMMENT {
                    self.state = State::Until { end: b"-->", matched: 0 };
                } else if self.open == CDATA {
                    self.state = State::Until { end: b"]]>", matched: 0 };
                } else if self.open == b"?" {
                    // The `?` just read may be the first of `?>`: `<?>` ends here, as for the reader.
                    self.state = State::Until { end: b"?>", matched: 1 };
                } else if COMMENT.starts_with(&self.open) || CDATA.starts_with(&self.open) {
                    // still deciding
                } else if self.open[0] == b'!' {
                    return Err(Run::Declaration);
                } else if (self.element.is_some() || self.references) && b != b'/' {
                    self.name.clear();
                    self.state = State::Name;
                    self.step(b)?;
                } else {
                    self.state = State::Tag { quote: 0 };
                    self.step(b)?;
                }
            }
            State::Name => {
                // A quote ends the name too: the reader's search for the tag's end minds quotes
                // from the first byte after `<`.
                if b.is_ascii_whitespace() || matches!(b, b'>' | b'/' | b'"' | b'\'') {
                    let local = self.name.rsplit(|&c| c == b':').next().unwrap_or(&[]);
                    if self.element.is_some_and(|e| e.as_bytes() == local) {
                        self.counted += 1;
                    }
                    if self.references {
                        self.watched = match local {
                            b"row" => Some(Watched::Row),
                            b"c" => Some(Watched::Cell),
                            b"dimension" => Some(Watched::Dimension),
                            _ => None,
                        };
                        if self.watched.is_some() {
                            self.tag.clear();
                            self.tag.extend_from_slice(&self.name);
                        }
                    }
                    self.state = State::Tag { quote: 0 };
                    self.step(b)?;
                } else if self.name.len() < 64 {
                    self.name.push(b);
                }
            }
            State::Tag { quote } => {
                if quote != 0 {
                    if b == quote {
                        self.state = State::Tag { quote: 0 };
                    }
                } else if b == b'"' || b == b'\'' {
                    self.state = State::Tag { quote: b };
                } else if b == b'>' {
                    if let Some(kind) = self.watched.take() {
                        check_tag(kind, &self.tag).map_err(Run::BadReference)?;
                    }
                    self.end_token();
                    return Ok(());
                }
                if self.watched.is_some() {
                    self.tag.push(b);
                }
            }
            State::Until { end, matched } => {
                let matched = advance(end, matched, b);
                if matched == end.len() {
                    self.end_token();
                } else {
                    self.state = State::Until { end, matched };
                }
            }
        }
        Ok(())
    }

    fn end_token(&mut self) {
        self.state = State::Text;
        self.run = 0;
    }
}

/// Checks the references of one watched tag (`tag`: its name and attributes, without `<` `>`).
/// The attributes are split exactly as the spreadsheet reader splits them ([`raw_attributes`]),
/// so the value checked is the value it would use.
fn check_tag(kind: Watched, tag: &[u8]) -> Result<(), String> {
    let content = String::from_utf8_lossy(tag);
    let content = content.trim_end();
    let content = content.strip_suffix('/').unwrap_or(content);
    let name_len = content.find(|c: char| c.is_ascii_whitespace()).unwrap_or(content.len());
    for (key, value) in raw_attributes(&content[name_len..]) {
        match (kind, key) {
            (Watched::Row, "r") if row_number(value).is_none() => {
                return Err(format!("the row number `{}` is not one (1 to {})", shown(value), LAST_ROW));
            }
            (Watched::Cell, "r") if cell(value).is_none() => {
                return Err(format!(
                    "the cell reference `{}` is not one (columns A to XFD, rows 1 to {})",
                    shown(value),
                    LAST_ROW
                ));
            }
            (Watched::Dimension, "ref") if dimension(value).is_none() => {
                return Err(format!("the sheet's dimension `{}` is not a range of cells", shown(value)));
            }
            _ => {}
        }
    }
    Ok(())
}

/// A tag's attributes as calamine 0.38 reads them (`attrs.rs`, `RawAttrIter`): a key is everything
/// up to the next `=` (trimmed), its value the quoted text after it; the first malformed one ends
/// the list (the reader stops there with an error).
fn raw_attributes(raw: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut rest = raw;
    std::iter::from_fn(move || {
        let trimmed = rest.trim_start_matches(|c: char| c.is_ascii_whitespace());
        let (key, after) = trimmed.split_once('=')?;
        let after = after.trim_start_matches(|c: char| c.is_ascii_whitespace());
        let quote = after.chars().next().filter(|q| *q == '"' || *q == '\'')?;
        let body = &after[1..];
        let (value, tail) = match body.find(quote) {
            Some(end) => (&body[..end], &body[end + 1..]),
            None => (body, ""),
        };
        rest = tail;
        Some((key.trim_end_matches(|c: char| c.is_ascii_whitespace()), value))
    })
}

/// At most 40 characters of a value, for messages.
fn shown(value: &str) -> String {
    value.chars().take(40).collect()
}

/// A row number, 1 to 1,048,576.
fn row_number(s: &str) -> Option<u32> {
    let ok = (1..=7).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| s.parse::<u32>().ok()).flatten().filter(|r| (1..=LAST_ROW).contains(r))
}

/// A cell reference, A1 to XFD1048576 (letters in either case): (row, column), both from 1.
fn cell(s: &str) -> Option<(u32, u32)> {
    let letters = s.bytes().take_while(u8::is_ascii_alphabetic).count();
    if !(1..=3).contains(&letters) {
        return None;
    }
    let column = s.bytes().take(letters).fold(0u32, |n, b| n * 26 + u32::from(b.to_ascii_uppercase() - b'A') + 1);
    let row = row_number(&s[letters..])?;
    (column <= LAST_COLUMN).then_some((row, column))
}

/// A dimension: one cell, or two with the end not before the start.
fn dimension(s: &str) -> Option<()> {
    match s.split_once(':') {
        None => cell(s).map(|_| ()),
        Some((a, b)) => {
            let (start, end) = (cell(a)?, cell(b)?);
            (end.0 >= start.0 && end.1 >= start.1).then_some(())
        }
    }
}

/// The longest prefix of `end` that the bytes matched so far plus `b` end with.
fn advance(end: &[u8], matched: usize, b: u8) -> usize {
    let mut seen = Vec::with_capacity(matched + 1);
    seen.extend_from_slice(&end[..matched]);
    seen.push(b);
    (0..=seen.len().min(end.len())).rev().find(|&k| seen.ends_with(&end[..k])).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scan of `xml` fed in chunks of `chunk` bytes (the length seen when refused is left out:
    /// it depends on where the chunks end).
    fn longest(xml: &str, chunk: usize) -> Result<(), Run> {
        let mut t = Tokens::new(10);
        xml.as_bytes().chunks(chunk).try_for_each(|c| t.feed(c)).map_err(|e| match e {
            Run::TooLong(_) => Run::TooLong(0),
            other => other,
        })
    }

    #[test]
    fn runs_are_measured_across_chunks() {
        let cases: &[(&str, Result<(), Run>)] = &[
            ("<a>short</a>", Ok(())),
            ("<a>twelve chars</a>", Err(Run::TooLong(0))),
            ("<a b='>>>>>>>>>>>>'/>", Err(Run::TooLong(0))),
            ("<!-- <><><><> -->", Err(Run::TooLong(0))),
            ("<!--x--><a/><!--y-->", Ok(())),
            ("<!--a---><a/>", Ok(())),
            ("<!-- a --->", Err(Run::TooLong(0))),
            ("<!-- a -->", Ok(())),
            ("<![CDATA[x]]>", Err(Run::TooLong(0))),
            ("<?xml?><a/>", Ok(())),
            ("<!DOCTYPE a>", Err(Run::Declaration)),
            ("<a>         </a>", Ok(())),
            ("<a>           </a>", Err(Run::TooLong(0))),
        ];
        for (xml, want) in cases {
            for chunk in [1, 3, 64] {
                assert_eq!(longest(xml, chunk), *want, "{xml} in chunks of {chunk}");
            }
        }
    }

    #[test]
    fn sheet_references_are_checked() {
        let cases: &[(&str, bool)] = &[
            (r#"<dimension ref="A1:J2"/><row r="1"><c r="A1" s="1"/><c r="xfd1048576"/></row>"#, true),
            (r#"<x:row r="1048576"><x:c r="XFD1048576" t="s"></x:c></x:row>"#, true),
            (r#"<c s="1"/><row spans="1:3"/>"#, true),
            (r#"<row r="xmlnlineStr">"#, false),
            (r#"<row r="1048577">"#, false),
            (r#"<row r="0">"#, false),
            (r#"<c r="XFE1"/>"#, false),
            (r#"<c r="AAAA1"/>"#, false),
            (r#"<c r="A01048577"/>"#, false),
            (r#"<c r='A1' r="ZZZZZZZZZZZZZZ1"/>"#, false),
            (r#"<c r="A1B"/>"#, false),
            (r#"<dimension ref="B2:A1"/>"#, false),
            (r#"<dimension ref="A1:B2:C3"/>"#, false),
            (r#"<cell r="nonsense"/><rows r="x"/>"#, true),
            // Found by the fuzzer: a quoted `>` makes one tag of several, and calamine's
            // attribute split finds an `r` quick-xml's would not.
            (r#"<c r="E2" t=">9</t></c><c r="inlineStr"><is><t>d</t></is></c><c r="F2"/>"#, true),
            (r#"<c t=">" r="AAAAAAAAA9">"#, false),
            (r#"<c x r="ZZZZZZZZ1"/>"#, true),
            // Found by the fuzzer (minimised): a quote right after `<` starts a quoted run.
            ("t<><\"<c r\"\0/c><c r=\"inlineStr\">/ow>", false),
            (r#"<?><c r="ZZZZZZZZZ1"/>"#, false),
            (r#"<?xml version="1.0"?><c r="A1"/>"#, true),
            (r#"<c r =  'ZZZZZZZZ1'/>"#, false),
        ];
        for (xml, ok) in cases {
            for chunk in [1, 4, 1000] {
                let mut t = Tokens::new(1 << 20);
                t.check_references();
                let got = xml.as_bytes().chunks(chunk).try_for_each(|c| t.feed(c));
                assert_eq!(got.is_ok(), *ok, "{xml} in chunks of {chunk}: {got:?}");
            }
        }
    }

    #[test]
    fn elements_are_counted_across_chunks() {
        let xml = r#"<sst><si><t>a</t></si><x:si/><si ></si><sis/><!-- <si> --><t>si</t></sst>"#;
        for chunk in [1, 2, 5, 100] {
            let mut t = Tokens::new(1 << 20);
            t.count_elements("si");
            xml.as_bytes().chunks(chunk).try_for_each(|c| t.feed(c)).unwrap();
            assert_eq!(t.counted(), 3, "chunks of {chunk}");
        }
    }
}
