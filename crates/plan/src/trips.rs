//! Business-trip tracker: a permit is valid in one region, and trips to other regions may total at
//! most 90 calendar days in a calendar year under one permit (Order No. 279 p. 34). From a list of
//! trips, how many days each person has used this year, how many are planned, and when the limit is
//! reached. Conventions: docs/hiring-method.md §2.

use crate::PlanError;
use crate::limits::{
    LimitError, MAX_TRIP_CELL_CHARS, MAX_TRIP_COLUMNS, MAX_TRIP_ROWS, MAX_TRIPS_FILE_BYTES, check_size,
};
use jiff::civil::Date;
use kzcomply_audit::import::{CellProblem, date as parse_day};
use kzcomply_audit::limits::count;
use kzcomply_i18n::{Args, Lang, t, tr};
use kzcomply_law::RuleBook;
use kzcomply_law::deadlines::{DayUnit, Term, region_slug};
use std::collections::BTreeMap;

/// One trip, validated.
#[derive(Clone, Debug, PartialEq)]
pub struct Trip {
    /// The row in the file (1 = the first data row), for messages.
    pub row: usize,
    pub person: String,
    pub region: String,
    pub from: Date,
    pub to: Date,
    /// The region of the person's permit, when the file says it.
    pub permit_region: Option<String>,
}

/// What the file is missing or got wrong: every problem, with its row and column.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum TripsError {
    #[error("missing column(s): {}. Expected: person, region, from, to (and optionally permit_region)", .0.join(", "))]
    MissingColumns(Vec<&'static str>),
    #[error("{} problem(s):\n{}", .0.len(), .0.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
    Cells(Vec<CellProblem>),
    #[error("the file is not valid CSV: {0}")]
    Csv(String),
    /// Past one of the limits of [`crate::limits`].
    #[error("{0}")]
    TooLarge(LimitError),
}

impl TripsError {
    /// The error in the reader's language (`Display` is English); a cell's own problem is worded
    /// where it was found.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            TripsError::MissingColumns(c) => {
                tr(lang, "trips-error-missing-columns", &Args::new().text("columns", c.join(", ")))
            }
            TripsError::Cells(p) => {
                let cell = |p: &CellProblem| {
                    let args = Args::new().num("row", p.row as i64).text("column", p.column.clone());
                    format!("  {}", tr(lang, "trips-cell-problem", &args.text("message", p.message.clone())))
                };
                let lines: Vec<String> = p.iter().map(cell).collect();
                tr(lang, "trips-error-cells", &Args::new().num("count", p.len() as i64).text("lines", lines.join("\n")))
            }
            TripsError::Csv(e) => tr(lang, "trips-error-csv", &Args::new().text("error", e.clone())),
            TripsError::TooLarge(e) => e.to_string(),
        }
    }
}

impl From<LimitError> for TripsError {
    fn from(e: LimitError) -> TripsError {
        TripsError::TooLarge(e)
    }
}

/// Refuses a row (`at`: "the header" or "row N") with more columns or longer cells than allowed.
fn check_record(record: &csv::StringRecord, at: &str) -> Result<(), LimitError> {
    let columns = record.len() as u64;
    if columns > MAX_TRIP_COLUMNS {
        return Err(LimitError::new(
            "MAX_TRIP_COLUMNS",
            MAX_TRIP_COLUMNS,
            columns,
            format!("{at} has {} columns; at most {} are read", count(columns), count(MAX_TRIP_COLUMNS)),
        ));
    }
    for (i, cell) in record.iter().enumerate() {
        let chars = cell.chars().count() as u64;
        if chars > MAX_TRIP_CELL_CHARS {
            return Err(LimitError::new(
                "MAX_TRIP_CELL_CHARS",
                MAX_TRIP_CELL_CHARS,
                chars,
                format!(
                    "{at}, column {} holds {} characters; at most {} are read",
                    i + 1,
                    count(chars),
                    count(MAX_TRIP_CELL_CHARS)
                ),
            ));
        }
    }
    Ok(())
}

const COLUMNS: [(&str, &[&str]); 5] = [
    ("person", &["person", "employee", "id", "сотрудник", "фио", "работник"]),
    ("region", &["region", "регион", "место_командировки"]),
    ("from", &["from", "start", "с", "дата_начала", "начало"]),
    ("to", &["to", "end", "по", "дата_окончания", "окончание"]),
    ("permit_region", &["permit_region", "регион_разрешения"]),
];

fn column_of(header: &str) -> Option<&'static str> {
    let h = header.trim().trim_start_matches('\u{feff}').to_lowercase().replace([' ', '-'], "_");
    COLUMNS.iter().find(|(_, aliases)| aliases.contains(&h.as_str())).map(|(name, _)| *name)
}

/// Parses a trips CSV (`,` or `;`, UTF-8, ISO or DD.MM.YYYY dates); nothing is returned unless
/// every row is valid (the problems worded in `lang`). The file, its rows, columns and cells are
/// bounded by [`crate::limits`].
pub fn from_csv(bytes: &[u8], lang: Lang) -> Result<Vec<Trip>, TripsError> {
    check_size("MAX_TRIPS_FILE_BYTES", MAX_TRIPS_FILE_BYTES, bytes.len() as u64, "the file")?;
    let text = std::str::from_utf8(bytes).map_err(|_| TripsError::Csv(t(lang, "trips-error-not-utf8")))?;
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| TripsError::Csv(e.to_string()))?.clone();
    check_record(&headers, "the header")?;
    let index: BTreeMap<&str, usize> =
        headers.iter().enumerate().filter_map(|(i, h)| column_of(h).map(|c| (c, i))).collect();
    let missing: Vec<&str> =
        ["person", "region", "from", "to"].into_iter().filter(|c| !index.contains_key(c)).collect();
    if !missing.is_empty() {
        return Err(TripsError::MissingColumns(missing));
    }
    let (mut trips, mut problems) = (Vec::new(), Vec::new());
    for (i, record) in reader.records().enumerate() {
        let row = i + 1;
        let record = record.map_err(|e| {
            TripsError::Csv(tr(
                lang,
                "trips-error-row",
                &Args::new().num("row", row as i64).text("error", e.to_string()),
            ))
        })?;
        if row as u64 > MAX_TRIP_ROWS {
            return Err(LimitError::new(
                "MAX_TRIP_ROWS",
                MAX_TRIP_ROWS,
                row as u64,
                format!(
                    "the file has more than {} trips; at most {} are read",
                    count(MAX_TRIP_ROWS),
                    count(MAX_TRIP_ROWS)
                ),
            )
            .into());
        }
        check_record(&record, &format!("row {row}"))?;
        let cell = |c: &str| index.get(c).and_then(|&i| record.get(i)).unwrap_or("").trim().to_string();
        let mut problem = |column: &str, message: String| {
            problems.push(CellProblem { row, column: column.to_string(), message });
        };
        let mut text = |c: &'static str| {
            let v = cell(c);
            if v.is_empty() {
                problem(c, t(lang, "trips-error-empty"));
            }
            v
        };
        let (person, region) = (text("person"), text("region"));
        let mut day = |c: &'static str| match parse_day(&cell(c)) {
            Ok(d) => Some(d),
            Err(e) => {
                problems.push(CellProblem { row, column: c.to_string(), message: e });
                None
            }
        };
        let (from, to) = (day("from"), day("to"));
        let permit_region = Some(cell("permit_region")).filter(|s| !s.is_empty());
        match (from, to) {
            (Some(from), Some(to)) if to < from => problems.push(CellProblem {
                row,
                column: "to".into(),
                message: tr(lang, "trips-error-ends-before", &Args::new().date("to", to).date("from", from)),
            }),
            (Some(from), Some(to)) if !person.is_empty() && !region.is_empty() => {
                trips.push(Trip { row, person, region, from, to, permit_region })
            }
            _ => {}
        }
    }
    if problems.is_empty() { Ok(trips) } else { Err(TripsError::Cells(problems)) }
}

/// Where a person stands in one calendar year.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct TripSummary {
    pub person: String,
    pub permit_region: String,
    pub year: i16,
    /// Days outside the permit's region on or before the as-of day.
    pub used: u32,
    /// Days outside it after the as-of day (trips already planned).
    pub planned: u32,
    pub limit: u32,
    pub remaining: u32,
    /// The day of the 90th counted day, if the year's trips reach it.
    #[serde(serialize_with = "kzcomply_law::json::opt_date")]
    pub limit_reached_on: Option<Date>,
    /// The 91st counted day: from here a permit for the other region is needed.
    #[serde(serialize_with = "kzcomply_law::json::opt_date")]
    pub first_day_over: Option<Date>,
    pub days_over: u32,
    /// "ok", "at-limit", "will-exceed" (planned trips go over) or "over-limit" (already over).
    pub status: &'static str,
    /// Days counted twice in the file (overlapping trips), counted once here.
    pub overlapping_days: u32,
}

/// The limit in force on `day`, in calendar days.
pub fn limit_on(rules: &RuleBook, day: Date, lang: Lang) -> Result<u32, PlanError> {
    let key = "foreign_labour.business_trip_limit";
    match kzcomply_law::deadlines::term_on(rules, key, day)? {
        (Some(Term { days, unit: DayUnit::Calendar }), _) => Ok(days),
        _ => Err(PlanError::input(key, tr(lang, "trips-error-no-limit", &Args::new().date("day", day)))),
    }
}

/// One summary per person with a trip in `year`, in the order people first appear; errors in `lang`.
pub fn summarise(
    trips: &[Trip],
    default_permit_region: Option<&str>,
    year: i16,
    as_of: Date,
    limit: u32,
    lang: Lang,
) -> Result<Vec<TripSummary>, PlanError> {
    let row = |t: &Trip| tr(lang, "trips-row", &Args::new().num("row", t.row as i64));
    let first = Date::new(year, 1, 1).map_err(|_| {
        PlanError::input("--year", tr(lang, "trips-error-year", &Args::new().text("year", year.to_string())))
    })?;
    let last = first.last_of_year();
    let mut order: Vec<&str> = Vec::new();
    let mut days: BTreeMap<&str, (String, Vec<u32>)> = BTreeMap::new();
    for t in trips {
        let Some(home) = t.permit_region.as_deref().or(default_permit_region) else {
            return Err(PlanError::input(
                row(t),
                tr(lang, "trips-error-no-permit-region", &Args::new().text("person", t.person.clone())),
            ));
        };
        if !days.contains_key(t.person.as_str()) {
            order.push(&t.person);
        }
        let entry = days.entry(&t.person).or_insert_with(|| (home.to_string(), vec![0; 366]));
        if region_slug(&t.region) == region_slug(home) {
            continue;
        }
        let (from, to) = (t.from.max(first), t.to.min(last));
        let mut d = from;
        while d <= to {
            entry.1[d.day_of_year() as usize - 1] += 1;
            d = d.tomorrow().map_err(|_| PlanError::input(row(t), date_out_of_range(lang)))?;
        }
    }
    let mut out = Vec::new();
    for person in order {
        let (home, counts) = &days[person];
        let (mut used, mut planned, mut overlapping) = (0u32, 0u32, 0u32);
        let (mut reached, mut over) = (None, None);
        for (i, &n) in counts.iter().enumerate() {
            if n == 0 {
                continue;
            }
            // `i` is a day of `year` (the counts are indexed by day of the year).
            let Some(day) = i16::try_from(i + 1).ok().and_then(|n| first.with().day_of_year(n).build().ok()) else {
                continue;
            };
            overlapping += n - 1;
            if day <= as_of {
                used += 1
            } else {
                planned += 1
            }
            let total = used + planned;
            if total == limit {
                reached = Some(day);
            } else if total == limit + 1 {
                over = Some(day);
            }
        }
        let total = used + planned;
        let status = if used > limit {
            "over-limit"
        } else if total > limit {
            "will-exceed"
        } else if total == limit {
            "at-limit"
        } else {
            "ok"
        };
        out.push(TripSummary {
            person: person.to_string(),
            permit_region: home.clone(),
            year,
            used,
            planned,
            limit,
            remaining: limit.saturating_sub(total),
            limit_reached_on: reached,
            first_day_over: over,
            days_over: total.saturating_sub(limit),
            status,
            overlapping_days: overlapping,
        });
    }
    Ok(out)
}

fn date_out_of_range(lang: Lang) -> String {
    t(lang, "trips-error-date-range")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_problems_are_all_named_and_nothing_is_returned() {
        let csv = "person;region;from;to\nF-01;Astana;2026-03-01;2026-02-01\n;Astana;01.03.2026;x\n";
        let Err(TripsError::Cells(p)) = from_csv(csv.as_bytes(), Lang::En) else { panic!("expected cell problems") };
        let cells: Vec<(usize, &str)> = p.iter().map(|p| (p.row, p.column.as_str())).collect();
        assert_eq!(cells, [(1, "to"), (2, "person"), (2, "to")]);
        let Err(TripsError::MissingColumns(m)) = from_csv(b"person,region,from\n", Lang::En) else { panic!() };
        assert_eq!(m, ["to"]);
    }

    #[test]
    fn hundreds_of_copies_of_one_trip_count_once() {
        // 300 copies of Astana 1–10 Mar 2026: 10 days, the other 299 × 10 = 2,990 are overlaps.
        let trip = |row| Trip {
            row,
            person: "F-01".into(),
            region: "Astana".into(),
            from: jiff::civil::date(2026, 3, 1),
            to: jiff::civil::date(2026, 3, 10),
            permit_region: None,
        };
        let trips: Vec<Trip> = (1..=300).map(trip).collect();
        let s = summarise(&trips, Some("Almaty"), 2026, jiff::civil::date(2026, 12, 31), 90, Lang::En).unwrap();
        assert_eq!((s[0].used, s[0].overlapping_days), (10, 2_990));
    }

    #[test]
    fn russian_headers_and_dotted_dates() {
        let csv = "Сотрудник,Регион,С,По,Регион разрешения\nF-01,Астана,01.03.2026,10.03.2026,Алматы\n";
        let trips = from_csv(csv.as_bytes(), Lang::En).unwrap();
        assert_eq!(trips[0].from, jiff::civil::date(2026, 3, 1));
        assert_eq!(trips[0].permit_region.as_deref(), Some("Алматы"));
    }
}
