//! Contract check: which clauses a Kazakh employment contract must contain are missing from a text
//! (or a .docx), matched by their Russian, Kazakh and English wording.
//!
//! A clause is found by evidence: a keyword, two keywords in the same clause block (so "gym
//! equipment" in the benefits does not count as equipment provision), or an identifier with its
//! 12 digits. Blocks are split at blank lines and at top-level clause numbers ("7. ..."). A check
//! like this can miss unusual wording: the report names what it looked for, so a human can confirm.

use crate::limits::{
    self, LimitError, MAX_CONTRACT_FILE_BYTES, MAX_CONTRACT_TEXT_BYTES, MAX_DOCX_XML_BYTES, MAX_ZIP_ENTRIES,
};
use kzcomply_i18n::{Args, Lang, attr, t};

/// How a clause shows itself in the text.
enum Evidence {
    /// Any of these (lower case, ё as е) anywhere.
    Any(&'static [&'static str]),
    /// One of each list anywhere.
    Both(&'static [&'static str], &'static [&'static str]),
    /// One of each list in the same clause block.
    Together(&'static [&'static str], &'static [&'static str]),
    /// One of these words followed within 40 characters by a 12-digit number.
    Identifier(&'static [&'static str]),
    /// A contract number and a date in the heading (the first 15 lines) or beside the number.
    DateAndNumber,
}

/// A required clause. Its title is the message `contract-<id>`, why it is required `.basis`, and
/// what was looked for `.looked-for`.
struct Clause {
    id: &'static str,
    evidence: Evidence,
}

const CLAUSES: &[Clause] = &[
    Clause { id: "employee-iin", evidence: Evidence::Identifier(&["иин", "iin", "жсн"]) },
    Clause { id: "employer-bin", evidence: Evidence::Identifier(&["бин", "bin", "бсн"]) },
    Clause {
        id: "labour-function",
        evidence: Evidence::Any(&[
            "на должность",
            "должности",
            "должность:",
            "трудовая функция",
            "трудовую функцию",
            "по профессии",
            "еңбек функциясы",
            "еңбек функциясын",
            "лауазымына",
            "лауазымға",
            "лауазымы бойынша",
            "лауазымы:",
            "кәсібі бойынша",
            "position of",
            "employed as",
            "hired as",
            "employee as",
            "position and duties",
            "job title",
            "labour function",
            "labor function",
            "in the position",
            "position:",
        ]),
    },
    Clause {
        id: "place-of-work",
        evidence: Evidence::Any(&[
            "место работы",
            "местом работы",
            "место выполнения работы",
            "местом выполнения работы",
            "жұмыс орны",
            "жұмысты орындау орны",
            "жұмыс орындау орны",
            "place of work",
            "work location",
            "place of employment",
            "workplace is",
            "place of performance",
        ]),
    },
    Clause {
        id: "contract-term",
        evidence: Evidence::Any(&[
            "неопределенный срок",
            "определенный срок",
            "срок действия трудового договора",
            "срок действия договора",
            "срочный трудовой договор",
            "заключен сроком",
            "заключается сроком",
            "белгіленбеген мерзімге",
            "белгісіз мерзімге",
            "белгілі бір мерзімге",
            "мерзімге жасалды",
            "мерзімге жасалады",
            "мерзімсіз еңбек шарты",
            "еңбек шартының мерзімі",
            "шарттың қолданылу мерзімі",
            "indefinite term",
            "indefinite period",
            "unlimited term",
            "fixed term",
            "fixed-term",
            "for a term of",
            "for a period of one year",
            "term of this contract is",
            "term of this agreement is",
        ]),
    },
    Clause {
        id: "start-date",
        evidence: Evidence::Any(&[
            "приступает к работе",
            "приступает к исполнению",
            "дата начала работы",
            "начало работы",
            "начинает работу",
            "жұмысқа кіріседі",
            "жұмысқа кірісу күні",
            "жұмыстың басталу күні",
            "жұмысты бастау күні",
            "first working day",
            "first day of employment",
            "start date",
            "starts work",
            "start work",
            "commencement date",
            "commences work",
            "commence work",
            "commence employment",
        ]),
    },
    Clause { id: "contract-date-number", evidence: Evidence::DateAndNumber },
    Clause {
        id: "working-conditions",
        evidence: Evidence::Both(
            &[
                "рабочего времени",
                "рабочая неделя",
                "рабочую неделю",
                "рабочий день",
                "режим работы",
                "часов в неделю",
                "жұмыс уақыты",
                "жұмыс уақытының",
                "тынығу уақыты",
                "жұмыс аптасы",
                "демалыс күндері",
                "working hours",
                "hours per week",
                "hour week",
                "working time",
                "work schedule",
                "rest days",
                "days off",
                "working week",
            ],
            &[
                "оплат",
                "заработная плата",
                "заработной платы",
                "оклад",
                "жалақы",
                "еңбекақы",
                "еңбекке ақы төлеу",
                "айлықақы",
                "salary",
                "remuneration",
                "wage",
            ],
        ),
    },
    Clause {
        id: "occupational-safety",
        evidence: Evidence::Any(&[
            "охрана труда",
            "охраны труда",
            "охране труда",
            "охрану труда",
            "техники безопасности",
            "безопасности труда",
            "безопасные условия труда",
            "еңбек қауіпсіздігі",
            "еңбекті қорғау",
            "қауіпсіздік техникасы",
            "occupational safety",
            "occupational health",
            "health and safety",
            "safety and health",
            "labour protection",
            "labor protection",
            "labour safety",
        ]),
    },
    Clause {
        id: "equipment-liability",
        evidence: Evidence::Together(
            &[
                "оборудован",
                "компьютер",
                "ноутбук",
                "средства, необходимые",
                "средствами, необходимыми",
                "инструмент",
                "имуществ",
                "жабдық",
                "мүлік",
                "мүлкі",
                "жұмыс құралдары",
                "equipment",
                "laptop",
                "computer",
                "work tools",
                "tools and",
            ],
            &[
                "материальн",
                "ущерб",
                "возврат",
                "возвратить",
                "вернуть",
                "материалдық",
                "залал",
                "зиян",
                "қайтар",
                "liab",
                "damage",
                "return",
                "responsible for the",
            ],
        ),
    },
    Clause {
        id: "termination-grounds",
        evidence: Evidence::Together(
            &["прекращ", "расторж", "тоқтат", "шартын бұзу", "шартты бұзу", "terminat"],
            &["трудовым кодексом", "трудового кодекса", "трудовой кодекс", "еңбек кодекс", "labour code", "labor code"],
        ),
    },
    Clause {
        id: "reporting-line",
        evidence: Evidence::Any(&[
            "подчиняется",
            "подчинении",
            "подотчетен",
            "подотчетна",
            "непосредственный руководитель",
            "бағынады",
            "бағынысты",
            "бағынышты",
            "тікелей басшы",
            "reports to",
            "reports directly",
            "reporting to",
            "report to",
            "line manager",
            "directly subordinate",
        ]),
    },
];

/// One required clause and whether it was found.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ClauseResult {
    /// A stable id: "employee-iin", "place-of-work", …
    pub id: &'static str,
    pub title: String,
    pub found: bool,
    pub basis: String,
    /// For a missing clause: what was looked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub looked_for: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ContractReport {
    pub clauses: Vec<ClauseResult>,
    pub missing: Vec<&'static str>,
}

/// Why a file could not be read as a contract.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ContractError {
    #[error("not UTF-8 text: save the contract as UTF-8 .txt or as .docx")]
    NotUtf8,
    #[error("not a .docx file (a Word document is a zip with word/document.xml): {0}")]
    NotDocx(String),
    #[error("the document has no text")]
    Empty,
    /// Past one of the limits of [`crate::limits`]: refused before it is read whole.
    #[error("{0}")]
    TooLarge(LimitError),
}

impl From<LimitError> for ContractError {
    fn from(e: LimitError) -> ContractError {
        ContractError::TooLarge(e)
    }
}

impl ContractError {
    /// The error in the reader's language (`Display` is English).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ContractError::NotUtf8 => t(lang, "contract-error-not-utf8"),
            ContractError::NotDocx(why) => {
                kzcomply_i18n::tr(lang, "contract-error-not-docx", &Args::new().text("why", why.clone()))
            }
            ContractError::Empty => t(lang, "contract-error-empty"),
            ContractError::TooLarge(e) => e.to_string(),
        }
    }
}

/// Checks a contract's plain text; the clause names and findings in `lang` (the ids stay).
pub fn check(text: &str, lang: Lang) -> Result<ContractReport, ContractError> {
    let normal = normalise(text);
    if normal.trim().is_empty() {
        return Err(ContractError::Empty);
    }
    let blocks = blocks(&normal);
    let clauses: Vec<ClauseResult> = CLAUSES
        .iter()
        .map(|c| {
            let found = found(&c.evidence, &normal, &blocks);
            let id = format!("contract-{}", c.id);
            ClauseResult {
                id: c.id,
                title: t(lang, &id),
                found,
                basis: attr(lang, &id, "basis", &Args::new()),
                looked_for: (!found).then(|| attr(lang, &id, "looked-for", &Args::new())),
            }
        })
        .collect();
    let missing = clauses.iter().filter(|c| !c.found).map(|c| c.id).collect();
    Ok(ContractReport { clauses, missing })
}

/// Checks a .txt (UTF-8) or .docx file's bytes, within the limits of [`crate::limits`]: the file,
/// the document's XML once inflated (declared and real) and the text extracted from it.
pub fn check_file(bytes: &[u8], is_docx: bool, lang: Lang) -> Result<ContractReport, ContractError> {
    limits::check_size("MAX_CONTRACT_FILE_BYTES", MAX_CONTRACT_FILE_BYTES, bytes.len() as u64, "the file")?;
    let text = if is_docx {
        docx_text(bytes)?
    } else {
        let text = std::str::from_utf8(bytes).map_err(|_| ContractError::NotUtf8)?;
        limits::check_size(
            "MAX_CONTRACT_TEXT_BYTES",
            MAX_CONTRACT_TEXT_BYTES,
            text.len() as u64,
            "the contract's text",
        )?;
        text.to_string()
    };
    check(&text, lang)
}

/// The ids of every required clause, in report order.
pub fn clause_ids() -> impl Iterator<Item = &'static str> {
    CLAUSES.iter().map(|c| c.id)
}

fn normalise(text: &str) -> String {
    text.trim_start_matches('\u{feff}').to_lowercase().replace('ё', "е").replace('\r', "")
}

/// Clause blocks: split at blank lines and at top-level numbers ("7. Безопасность", not "7.1.").
fn blocks(text: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    for line in text.lines() {
        let t = line.trim();
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        let top_level = digits > 0 && t[digits..].starts_with(". ");
        if t.is_empty() || top_level {
            out.push(String::new());
        }
        if let Some(last) = out.last_mut() {
            last.push_str(t);
            last.push(' ');
        }
    }
    out.retain(|b| !b.trim().is_empty());
    out
}

fn found(evidence: &Evidence, text: &str, blocks: &[String]) -> bool {
    match evidence {
        Evidence::Any(words) => words.iter().any(|w| text.contains(w)),
        Evidence::Both(a, b) => a.iter().any(|w| text.contains(w)) && b.iter().any(|w| text.contains(w)),
        Evidence::Together(a, b) => {
            blocks.iter().any(|block| a.iter().any(|w| block.contains(w)) && b.iter().any(|w| block.contains(w)))
        }
        Evidence::Identifier(words) => words.iter().any(|w| identifier_after(text, w)),
        Evidence::DateAndNumber => date_and_number(text),
    }
}

/// `word` as a whole word, followed within 40 characters by a run of exactly 12 digits.
fn identifier_after(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        let whole = !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphabetic);
        whole && twelve_digits(&text[i + word.len()..].chars().take(40).collect::<String>())
    })
}

fn twelve_digits(s: &str) -> bool {
    let (mut run, mut best_ok) = (0, false);
    for c in s.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            run += 1;
        } else {
            best_ok |= run == 12;
            run = 0;
        }
    }
    best_ok
}

const MONTHS: [&str; 36] = [
    "январ",
    "феврал",
    "март",
    "апрел",
    "мая",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A contract number ("№ 47", "No. NX-0419") and a date ("10.02.2025", "«10» февраля 2025",
/// "2025 жылғы 10 ақпан", "14 April 2025") in the heading (the first 15 non-empty lines).
fn date_and_number(text: &str) -> bool {
    let head: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).take(15).collect();
    let head = head.join("\n");
    let number =
        head.match_indices('№').chain(head.match_indices("no.")).chain(head.match_indices("number")).any(|(i, m)| {
            let rest = head[i + m.len()..].trim_start();
            rest.chars().next().is_some_and(|c| c.is_alphanumeric()) && !rest.starts_with("of ")
        });
    let dotted = head.as_bytes().windows(10).any(|w| {
        w[0..2].iter().all(u8::is_ascii_digit)
            && w[2] == b'.'
            && w[3..5].iter().all(u8::is_ascii_digit)
            && w[5] == b'.'
            && w[6..10].iter().all(u8::is_ascii_digit)
    });
    let written = head.lines().any(|l| {
        MONTHS.iter().any(|m| l.contains(m)) && l.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
    });
    number && (dotted || written)
}

/// The text of a .docx: the paragraphs of word/document.xml, one per line. The XML is refused on
/// its declared size and read through a counter that stops past [`MAX_DOCX_XML_BYTES`]; the text
/// is refused past [`MAX_CONTRACT_TEXT_BYTES`] as it grows.
fn docx_text(bytes: &[u8]) -> Result<String, ContractError> {
    use kzcomply_audit::zipped::{self, Refusal};
    use quick_xml::events::Event;
    let bad = |e: &dyn std::fmt::Display| ContractError::NotDocx(e.to_string());
    let refused = |r: Refusal| match r {
        Refusal::Unreadable(m) => ContractError::NotDocx(m),
        Refusal::Limit(e) => ContractError::TooLarge(e),
    };
    let mut zip = zipped::open(bytes, MAX_ZIP_ENTRIES).map_err(refused)?;
    let xml =
        zipped::read_entry(&mut zip, "word/document.xml", "MAX_DOCX_XML_BYTES", MAX_DOCX_XML_BYTES).map_err(refused)?;
    let xml = String::from_utf8(xml).map_err(|_| ContractError::NotDocx("word/document.xml is not UTF-8".into()))?;
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut out, mut in_text) = (String::new(), false);
    loop {
        if out.len() as u64 > MAX_CONTRACT_TEXT_BYTES {
            return Err(LimitError::new(
                "MAX_CONTRACT_TEXT_BYTES",
                MAX_CONTRACT_TEXT_BYTES,
                out.len() as u64,
                format!(
                    "the document's text is longer than {}; at most {} is checked",
                    kzcomply_audit::limits::size(MAX_CONTRACT_TEXT_BYTES),
                    kzcomply_audit::limits::size(MAX_CONTRACT_TEXT_BYTES)
                ),
            )
            .into());
        }
        match reader.read_event().map_err(|e| bad(&e))? {
            Event::Start(e) if e.name().as_ref() == "w:t" => in_text = true,
            Event::End(e) if e.name().as_ref() == "w:t" => in_text = false,
            Event::End(e) if e.name().as_ref() == "w:p" => out.push('\n'),
            Event::Empty(e) if e.name().as_ref() == "w:tab" => out.push(' '),
            Event::Empty(e) if e.name().as_ref() == "w:br" => out.push('\n'),
            Event::Text(t) if in_text => out.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => match r.resolve_char_ref().map_err(|e| bad(&e))? {
                Some(c) => out.push(c),
                None => out.push_str(match &*r {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                }),
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}
