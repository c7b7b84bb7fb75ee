//! `kzcomply payroll --batch IN.csv --out OUT.csv|.jsonl`: a file of employee-months, streamed.
//!
//! Memory is constant whatever the file size: one input record and one output buffer are reused
//! for every row, and the month's rules are resolved once per distinct period (a small cache),
//! never per row. The output is written to a temporary file beside OUT and renamed into place
//! only at the end, so a stopped run never leaves a half-written OUT.

use crate::cli::{BatchFormat, OnError};
use crate::{CmdResult, Failure, input_error, lang, limits};
use anyhow::Context;
use kzcomply_i18n::{Args, t, tr};
use kzcomply_law::payroll::{
    EmployeeMonth, Exclusions, PayrollRules, Payslip, Profile, YearToDate, calculate, gross_for_net,
};
use kzcomply_law::{Disability, Money, Pension, RuleBook, Status, YearMonth};
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};

/// The input columns kzcomply knows. `ytd_income` is accepted as another name for `ytd_taxable`.
const KNOWN: &[&str] = &[
    "id",
    "period",
    "gross",
    "net",
    "status",
    "born",
    "pensioner",
    "disability",
    "basic_deduction",
    "ytd_taxable",
    "ytd_income",
    "ytd_ipn",
    "ytd_personal_deduction",
    "ytd_disability_deduction",
    "hired_this_month",
    "dismissed_this_month",
];

/// Where each known column is in the input file.
#[derive(Default)]
struct Columns {
    id: Option<usize>,
    period: Option<usize>,
    gross: Option<usize>,
    net: Option<usize>,
    status: Option<usize>,
    born: Option<usize>,
    pensioner: Option<usize>,
    disability: Option<usize>,
    basic_deduction: Option<usize>,
    ytd_taxable: Option<usize>,
    ytd_ipn: Option<usize>,
    ytd_personal_deduction: Option<usize>,
    ytd_disability_deduction: Option<usize>,
    hired_this_month: Option<usize>,
    dismissed_this_month: Option<usize>,
}

impl Columns {
    fn from_header(header: &csv::ByteRecord, file: &str) -> Result<Columns, Failure> {
        let mut c = Columns::default();
        let mut unknown = Vec::new();
        for (i, raw) in header.iter().enumerate() {
            let name = String::from_utf8_lossy(raw).trim().trim_start_matches('\u{feff}').to_ascii_lowercase();
            let slot = match name.as_str() {
                "id" => &mut c.id,
                "period" => &mut c.period,
                "gross" => &mut c.gross,
                "net" => &mut c.net,
                "status" => &mut c.status,
                "born" => &mut c.born,
                "pensioner" => &mut c.pensioner,
                "disability" => &mut c.disability,
                "basic_deduction" => &mut c.basic_deduction,
                "ytd_taxable" | "ytd_income" => &mut c.ytd_taxable,
                "ytd_ipn" => &mut c.ytd_ipn,
                "ytd_personal_deduction" => &mut c.ytd_personal_deduction,
                "ytd_disability_deduction" => &mut c.ytd_disability_deduction,
                "hired_this_month" => &mut c.hired_this_month,
                "dismissed_this_month" => &mut c.dismissed_this_month,
                _ => {
                    unknown.push(name);
                    continue;
                }
            };
            if slot.replace(i).is_some() {
                let args = Args::new().text("file", file).text("column", name.as_str());
                return Err(input_error(tr(lang(), "cli-batch-column-twice", &args)));
            }
        }
        let missing: Vec<&str> =
            [("id", c.id), ("period", c.period)].into_iter().filter(|(_, at)| at.is_none()).map(|(n, _)| n).collect();
        if !missing.is_empty() || (c.gross.is_none() && c.net.is_none()) {
            let mut need: Vec<String> = missing.iter().map(|s| s.to_string()).collect();
            if c.gross.is_none() && c.net.is_none() {
                need.push(t(lang(), "cli-batch-gross-or-net"));
            }
            let args = Args::new().text("file", file).text("columns", need.join(", ")).text("known", KNOWN.join(", "));
            return Err(input_error(tr(lang(), "cli-batch-no-column", &args)));
        }
        if !unknown.is_empty() {
            let args =
                Args::new().text("file", file).text("columns", unknown.join(", ")).text("known", KNOWN.join(", "));
            eprintln!("{}", tr(lang(), "cli-batch-ignoring-columns", &args));
        }
        Ok(c)
    }
}

/// A problem in one cell of the input.
struct RowError {
    column: &'static str,
    message: String,
}

fn cell(rec: &csv::ByteRecord, at: Option<usize>) -> &[u8] {
    at.and_then(|i| rec.get(i)).unwrap_or(b"").trim_ascii()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn money(rec: &csv::ByteRecord, at: Option<usize>, column: &'static str) -> Result<Option<Money>, RowError> {
    let b = cell(rec, at);
    if b.is_empty() {
        return Ok(None);
    }
    Money::parse_bytes(b).map(Some).map_err(|k| RowError { column, message: k.with_text(&text(b)).message(lang()) })
}

const YES: &[&str] = &["yes", "y", "true", "1", "да", "Да", "ДА"];
const NO: &[&str] = &["no", "n", "false", "0", "нет", "Нет", "НЕТ"];

fn is_one_of(b: &[u8], words: &[&str]) -> bool {
    words.iter().any(|w| b.eq_ignore_ascii_case(w.as_bytes()))
}

fn flag(rec: &csv::ByteRecord, at: Option<usize>, column: &'static str, default: bool) -> Result<bool, RowError> {
    let b = cell(rec, at);
    if b.is_empty() {
        Ok(default)
    } else if is_one_of(b, YES) {
        Ok(true)
    } else if is_one_of(b, NO) {
        Ok(false)
    } else {
        Err(RowError { column, message: tr(lang(), "cli-batch-not-yes-no", &Args::new().text("value", text(b))) })
    }
}

/// The `pensioner` column: `age`, `seniority`, or the older yes/no (yes = age; no or empty = none).
fn pensioner(rec: &csv::ByteRecord, at: Option<usize>) -> Result<Option<Pension>, RowError> {
    let b = cell(rec, at);
    if b.is_empty() || is_one_of(b, NO) {
        Ok(None)
    } else if is_one_of(b, YES) {
        Ok(Some(Pension::Age))
    } else {
        std::str::from_utf8(b).ok().and_then(Pension::parse).map(Some).ok_or_else(|| RowError {
            column: "pensioner",
            message: tr(lang(), "cli-batch-not-pensioner", &Args::new().text("value", text(b))),
        })
    }
}

/// Parses one row into an employee-month (gross may be absent when net is given).
fn parse_row(rec: &csv::ByteRecord, c: &Columns) -> Result<(EmployeeMonth, Option<Money>), RowError> {
    let period_b = cell(rec, c.period);
    let period = YearMonth::parse_bytes(period_b).ok_or_else(|| RowError {
        column: "period",
        message: tr(lang(), "cli-batch-not-period", &Args::new().text("value", text(period_b))),
    })?;
    let gross = money(rec, c.gross, "gross")?;
    let net = money(rec, c.net, "net")?;
    if gross.is_none() && net.is_none() {
        return Err(RowError { column: "gross", message: t(lang(), "cli-batch-empty-gross") });
    }
    let status_b = cell(rec, c.status);
    let status = if status_b.is_empty() {
        Status::Citizen
    } else {
        std::str::from_utf8(status_b).ok().and_then(|s| s.parse().ok()).ok_or_else(|| RowError {
            column: "status",
            message: tr(lang(), "cli-batch-unknown-status", &Args::new().text("value", text(status_b))),
        })?
    };
    let born_b = cell(rec, c.born);
    let born = if born_b.is_empty() {
        None
    } else {
        // Strict: YYYY-MM-DD (or DD.MM.YYYY), years 1900–2200, nothing after it.
        Some(
            std::str::from_utf8(born_b)
                .map_err(|_| tr(lang(), "cli-batch-not-a-date", &Args::new().text("value", text(born_b))))
                .and_then(crate::cli_law::parse_date)
                .map_err(|message| RowError { column: "born", message })?,
        )
    };
    let dis_b = cell(rec, c.disability);
    let disability = match dis_b {
        b"" | b"0" => None,
        b"1" => Some(Disability::Group1),
        b"2" => Some(Disability::Group2),
        b"3" => Some(Disability::Group3),
        _ => {
            return Err(RowError {
                column: "disability",
                message: tr(lang(), "cli-batch-not-disability", &Args::new().text("value", text(dis_b))),
            });
        }
    };
    let profile = Profile {
        status,
        born,
        pensioner: pensioner(rec, c.pensioner)?,
        disability,
        basic_deduction: flag(rec, c.basic_deduction, "basic_deduction", true)?,
        hired_this_month: flag(rec, c.hired_this_month, "hired_this_month", false)?,
        dismissed_this_month: flag(rec, c.dismissed_this_month, "dismissed_this_month", false)?,
        tax_resident: None,
        disability_indefinite: true,
    };
    let ytd = YearToDate {
        taxable_income: money(rec, c.ytd_taxable, "ytd_taxable")?.unwrap_or_default(),
        ipn_withheld: money(rec, c.ytd_ipn, "ytd_ipn")?,
        personal_deduction: money(rec, c.ytd_personal_deduction, "ytd_personal_deduction")?.unwrap_or_default(),
        disability_deduction: money(rec, c.ytd_disability_deduction, "ytd_disability_deduction")?.unwrap_or_default(),
    };
    let month = EmployeeMonth { period, gross: gross.unwrap_or_default(), profile, ytd, excluded: Exclusions::NONE };
    Ok((month, if gross.is_none() { net } else { None }))
}

/// Rules per period, resolved on first use. Payroll files hold few distinct months.
#[derive(Default)]
struct RulesCache {
    entries: Vec<(YearMonth, Result<PayrollRules, String>)>,
    last: usize,
}

impl RulesCache {
    fn get(&mut self, book: &RuleBook, period: YearMonth) -> Result<&PayrollRules, String> {
        if self.entries.get(self.last).is_none_or(|(p, _)| *p != period) {
            self.last = match self.entries.iter().position(|(p, _)| *p == period) {
                Some(i) => i,
                None => {
                    let r = PayrollRules::for_period(book, period).map_err(|e| {
                        let l = lang();
                        let args = Args::new()
                            .text("period", kzcomply_law::text::period(l, period))
                            .text("error", e.message(l));
                        tr(l, "cli-payroll-no-rules", &args)
                    });
                    self.entries.push((period, r));
                    self.entries.len() - 1
                }
            };
        }
        self.entries[self.last].1.as_ref().map_err(Clone::clone)
    }
}

/// Writes result rows in the chosen format.
#[allow(clippy::large_enum_variant)] // one per run, never moved in a loop
enum Sink<W: Write> {
    Csv(csv::Writer<W>),
    Jsonl(W),
}

impl<W: Write> Sink<W> {
    fn header(&mut self) -> anyhow::Result<()> {
        if let Sink::Csv(w) = self {
            w.write_field("id")?;
            w.write_field("period")?;
            for name in Payslip::LINE_NAMES {
                w.write_field(name)?;
            }
            w.write_record(None::<&[u8]>)?;
        }
        Ok(())
    }

    fn row(&mut self, id: &[u8], slip: &Payslip) -> anyhow::Result<()> {
        let lines = slip.lines();
        let mut period_buf = [0u8; 7];
        let period = format_period(slip.input.period, &mut period_buf);
        let mut buf = [0u8; 24];
        match self {
            Sink::Csv(w) => {
                // The id is the file's own text: neutralised against formula injection. The period
                // and the amounts are numbers written by kzcomply, left as numbers.
                w.write_field(kzcomply_law::csv_safe::cell_bytes(id))?;
                w.write_field(period)?;
                for (_, a) in lines {
                    w.write_field(a.format_plain(&mut buf))?;
                }
                w.write_record(None::<&[u8]>)?;
            }
            Sink::Jsonl(w) => {
                w.write_all(b"{\"id\":")?;
                serde_json::to_writer(&mut *w, &*String::from_utf8_lossy(id))?;
                w.write_all(b",\"period\":\"")?;
                w.write_all(period)?;
                w.write_all(b"\"")?;
                for (name, a) in lines {
                    write!(w, ",\"{name}\":")?;
                    w.write_all(a.format_plain(&mut buf))?;
                }
                w.write_all(b"}\n")?;
            }
        }
        Ok(())
    }

    fn finish(self) -> anyhow::Result<W> {
        match self {
            Sink::Csv(w) => w.into_inner().map_err(|e| anyhow::anyhow!("{}", e.error())),
            Sink::Jsonl(w) => Ok(w),
        }
    }
}

fn format_period(p: YearMonth, buf: &mut [u8; 7]) -> &[u8] {
    let (y, m) = (p.year() as u16, p.month() as u8);
    *buf = [
        b'0' + (y / 1000) as u8,
        b'0' + (y / 100 % 10) as u8,
        b'0' + (y / 10 % 10) as u8,
        b'0' + (y % 10) as u8,
        b'-',
        b'0' + m / 10,
        b'0' + m % 10,
    ];
    &buf[..]
}

/// The output: a temporary file beside the target, renamed into place by `commit`.
struct Output {
    target: Option<PathBuf>,
    temp: Option<PathBuf>,
}

impl Output {
    fn open(out: &Path) -> Result<(Output, Box<dyn Write>), Failure> {
        if out == Path::new("-") {
            return Ok((Output { target: None, temp: None }, Box::new(std::io::stdout().lock())));
        }
        let name = out.file_name().ok_or_else(|| input_error(format!("--out {}: not a file name", out.display())))?;
        let mut temp_name = std::ffi::OsString::from(".");
        temp_name.push(name);
        temp_name.push(format!(".{}.tmp", std::process::id()));
        let temp = out.with_file_name(temp_name);
        let file = std::fs::File::create(&temp)
            .map_err(|e| input_error(format!("--out {}: cannot create: {e}", out.display())))?;
        Ok((Output { target: Some(out.to_path_buf()), temp: Some(temp) }, Box::new(file)))
    }

    fn commit(mut self) -> anyhow::Result<()> {
        if let (Some(temp), Some(target)) = (self.temp.take(), &self.target) {
            std::fs::rename(&temp, target)
                .with_context(|| format!("cannot move the results to {}", target.display()))?;
        }
        Ok(())
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        if let Some(temp) = &self.temp {
            let _ = std::fs::remove_file(temp);
        }
    }
}

pub fn run(book: &RuleBook, input: &Path, out: &Path, format: Option<BatchFormat>, on_error: OnError) -> CmdResult {
    let name = input.display().to_string();
    let (reader, size): (Box<dyn Read>, Option<u64>) = if input == Path::new("-") {
        (Box::new(std::io::stdin().lock()), None)
    } else {
        let f = std::fs::File::open(input).map_err(|e| input_error(format!("--batch {name}: {e}")))?;
        let size = f.metadata().ok().map(|m| m.len());
        (Box::new(f), size)
    };
    let mut reader = std::io::BufReader::with_capacity(1 << 16, reader);
    let delimiter = sniff_delimiter(&mut reader)?;
    // Every record is bounded in bytes and columns (crate::limits), the header included.
    let record_start = limits::RecordStart::default();
    let reader = limits::BoundedRecords::new(reader, record_start.clone());
    let mut csv_in = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(reader);
    let header = csv_in
        .byte_headers()
        .map_err(|e| {
            input_error(tr(
                lang(),
                "cli-batch-cannot-read-header",
                &Args::new().text("file", name.as_str()).text("error", e.to_string()),
            ))
        })?
        .clone();
    limits::check_batch_record(&header, "the header").map_err(|e| input_error(format!("{name}: {e}")))?;
    let columns = Columns::from_header(&header, &name)?;

    let format = format.unwrap_or(match out.extension().and_then(|e| e.to_str()) {
        Some("jsonl" | "ndjson") => BatchFormat::Jsonl,
        _ => BatchFormat::Csv,
    });
    let (output, writer) = Output::open(out)?;
    let writer = BufWriter::with_capacity(1 << 16, writer);
    let mut sink = match format {
        BatchFormat::Csv => Sink::Csv(csv::WriterBuilder::new().from_writer(writer)),
        BatchFormat::Jsonl => Sink::Jsonl(writer),
    };
    sink.header()?;

    let progress = progress_bar(size);
    let mut cache = RulesCache::default();
    let mut rec = csv::ByteRecord::new();
    let (mut written, mut failed) = (0u64, 0u64);
    loop {
        let next = csv_in.position();
        record_start.set(next.byte(), next.line());
        let more = csv_in.read_byte_record(&mut rec).map_err(|e| input_error(format!("{name}: {e}")))?;
        if !more {
            break;
        }
        // The spreadsheet row number: the header is row 1.
        let row = rec.position().map_or(0, |p| p.line());
        limits::check_batch_record(&rec, &format!("row {row}")).map_err(|e| input_error(format!("{name}: {e}")))?;
        if written + failed >= limits::MAX_BATCH_ROWS {
            progress.finish_and_clear();
            return Err(input_error(format!(
                "{name}: {}",
                kzcomply_audit::limits::LimitError::new(
                    "MAX_BATCH_ROWS",
                    limits::MAX_BATCH_ROWS,
                    written + failed + 1,
                    format!(
                        "the file has more than {} rows; at most {} are read (nothing was written)",
                        kzcomply_audit::limits::count(limits::MAX_BATCH_ROWS),
                        kzcomply_audit::limits::count(limits::MAX_BATCH_ROWS)
                    ),
                )
            )));
        }
        let column = |c: &str, message: String| {
            tr(lang(), "cli-batch-column-error", &Args::new().text("column", c).text("message", message))
        };
        let result = parse_row(&rec, &columns).map_err(|e| column(e.column, e.message)).and_then(|(month, net)| {
            let rules = cache.get(book, month.period)?;
            match net {
                None => Ok(calculate(rules, &month)),
                Some(target) => {
                    gross_for_net(rules, month.profile, month.ytd, target).map_err(|e| column("net", e.message(lang())))
                }
            }
        });
        match result {
            Ok(slip) => {
                sink.row(cell(&rec, columns.id), &slip)?;
                written += 1;
            }
            Err(msg) => {
                let id = text(cell(&rec, columns.id));
                let args =
                    Args::new().text("file", name.as_str()).num("row", row as i64).text("id", id).text("message", msg);
                let msg = tr(lang(), "cli-batch-row-error", &args);
                match on_error {
                    OnError::Stop => {
                        progress.finish_and_clear();
                        return Err(input_error(format!("{msg}\n{}", t(lang(), "cli-batch-nothing-written"))));
                    }
                    OnError::Skip => {
                        progress.suspend(|| {
                            eprintln!("{}", tr(lang(), "cli-batch-skipped", &Args::new().text("message", msg.as_str())))
                        });
                        failed += 1;
                    }
                }
            }
        }
        if (written + failed) % 65_536 == 0 {
            progress.set_position(csv_in.position().byte());
        }
    }
    let mut w = sink.finish()?;
    w.flush()?;
    drop(w);
    output.commit()?;
    progress.finish_and_clear();
    let place = if out == Path::new("-") { t(lang(), "cli-batch-standard-output") } else { out.display().to_string() };
    let args = Args::new().num("failed", failed as i64).num("written", written as i64).text("place", place);
    if failed > 0 {
        return Err(input_error(tr(lang(), "cli-batch-skipped-summary", &args)));
    }
    if out != Path::new("-") {
        eprintln!("{}", tr(lang(), "cli-batch-written", &args));
    }
    Ok(())
}

/// 1C and Excel exports in Kazakhstan are often `;`-separated: look at the header line.
fn sniff_delimiter<R: Read>(reader: &mut std::io::BufReader<R>) -> Result<u8, Failure> {
    use std::io::BufRead;
    let buf = reader
        .fill_buf()
        .map_err(|e| input_error(tr(lang(), "cli-batch-cannot-read", &Args::new().text("error", e.to_string()))))?;
    let line = buf.split(|&b| b == b'\n').next().unwrap_or(b"");
    let count = |c: u8| line.iter().filter(|&&b| b == c).count();
    Ok(if count(b';') > count(b',') { b';' } else { b',' })
}

fn progress_bar(size: Option<u64>) -> indicatif::ProgressBar {
    let Some(size) = size else { return indicatif::ProgressBar::hidden() };
    let bar = indicatif::ProgressBar::with_draw_target(Some(size), indicatif::ProgressDrawTarget::stderr_with_hz(4));
    // The template's placeholders go in as arguments, so the catalogue holds only the words.
    let args = Args::new()
        .text("bar", "{spinner} {bar:40}")
        .text("bytes", "{bytes}")
        .text("total", "{total_bytes}")
        .text("speed", "{bytes_per_sec}")
        .text("eta", "{eta}");
    let template = tr(lang(), "cli-batch-progress", &args);
    let style = indicatif::ProgressStyle::with_template(&template)
        .or_else(|_| indicatif::ProgressStyle::with_template("{spinner} {bar:40} {bytes}/{total_bytes}"))
        .expect("valid template");
    bar.set_style(style);
    bar
}
