//! The payroll month (kzcomply_law::payroll::month): proration, hours pay, residency, the accrual
//! catalogue's exclusions, the engine with exclusions, and the month's payments. The cases are data
//! (`tests/golden/payroll-month/*.toml`), each expected number worked out by hand with the
//! arithmetic beside it; one `check` records every mismatch, and each test reports them all at once.

use jiff::civil::Date;
use kzcomply_law::calendar::{Calendar, Week};
use kzcomply_law::payroll::month::{
    self, Catalogue, ChargeId, ChargeTotals, Hours, Line, MonthError, Payee, hours_pay, prorate, tax_resident,
    working_days,
};
use kzcomply_law::payroll::{EmployeeMonth, Exclusions, PayrollRules, Profile, YearToDate, calculate};
use kzcomply_law::rate::Rounding;
use kzcomply_law::rules::RulesError;
use kzcomply_law::{Lang, Money, RuleBook, Status, YearMonth};
use std::fmt::Debug;
use std::path::PathBuf;
use std::sync::LazyLock;

static BOOK: LazyLock<RuleBook> = LazyLock::new(RuleBook::embedded);
static CAL: LazyLock<Calendar> = LazyLock::new(|| Calendar::from_rules(&BOOK).unwrap());

fn cases(file: &str, table: &str) -> Vec<toml::Table> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/payroll-month").join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let doc: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
    doc.get(table)
        .and_then(|v| v.as_array())
        .map(|a| a.iter().map(|c| c.as_table().expect("a case is a table").clone()).collect())
        .unwrap_or_default()
}

/// Records a mismatch of `what` in case `case`.
fn check<T: PartialEq + Debug>(failures: &mut Vec<String>, case: &str, what: &str, got: T, want: T) {
    if got != want {
        failures.push(format!("{case}: {what}: got {got:?}, expected {want:?}"));
    }
}

fn finish(failures: Vec<String>) {
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

fn name(c: &toml::Table) -> String {
    c["name"].as_str().unwrap().to_string()
}

fn money(v: &toml::Value) -> Money {
    match v {
        toml::Value::Integer(i) => Money::from_tenge(*i),
        toml::Value::String(s) => Money::parse(s).unwrap(),
        other => panic!("an amount, not {other:?}"),
    }
}

fn date(v: &toml::Value) -> Date {
    let d = v.as_datetime().and_then(|d| d.date).expect("a date");
    jiff::civil::date(d.year as i16, d.month as i8, d.day as i8)
}

fn period(c: &toml::Table) -> YearMonth {
    c["period"].as_str().unwrap().parse().unwrap()
}

fn lines(v: Option<&toml::Value>) -> Vec<Line> {
    let Some(v) = v else { return Vec::new() };
    v.as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let l = l.as_array().unwrap();
            Line { kind: l[0].as_str().unwrap().to_string(), amount: money(&l[1]) }
        })
        .collect()
}

fn catalogue(p: YearMonth) -> Catalogue {
    Catalogue::for_period(&BOOK, p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

fn rounding(p: YearMonth) -> Rounding {
    PayrollRules::for_period(&BOOK, p).unwrap().rounding
}

fn error_id(e: &MonthError) -> (&'static str, String) {
    match e {
        MonthError::UnknownKind { kind, .. } => ("unknown-kind", kind.clone()),
        MonthError::NotHoursKind { kind } => ("not-hours-kind", kind.clone()),
        MonthError::Negative { kind } => ("negative", kind.clone()),
        MonthError::TooLarge { what } => ("too-large", what.clone()),
        MonthError::NoNorm => ("no-norm", String::new()),
        MonthError::TooManyHours => ("too-many-hours", String::new()),
        MonthError::Rules(_) => ("rules", String::new()),
        MonthError::Deadline(_) => ("deadline", String::new()),
    }
}

#[test]
fn proration_follows_the_production_calendar() {
    let mut f = Vec::new();
    for c in cases("proration.toml", "case") {
        let (n, p) = (name(&c), period(&c));
        let week = match c.get("week").and_then(|w| w.as_integer()) {
            Some(6) => Week::SixDay,
            _ => Week::FiveDay,
        };
        let dismissed = c.get("dismissed").map(date);
        let (worked, norm) = working_days(&CAL, p, week, date(&c["hired"]), dismissed).unwrap();
        check(&mut f, &n, "worked", i64::from(worked), c["worked"].as_integer().unwrap());
        check(&mut f, &n, "norm", i64::from(norm), c["norm"].as_integer().unwrap());
        check(&mut f, &n, "pay", prorate(money(&c["salary"]), worked, norm, rounding(p)), money(&c["pay"]));
    }
    for c in cases("proration.toml", "prorate") {
        let n = name(&c);
        let (worked, norm) = (c["worked"].as_integer().unwrap() as u32, c["norm"].as_integer().unwrap() as u32);
        check(&mut f, &n, "pay", prorate(money(&c["salary"]), worked, norm, Rounding::WHOLE_TENGE), money(&c["pay"]));
    }
    finish(f);
}

#[test]
fn a_dismissal_before_the_hiring_is_an_error() {
    let p: YearMonth = "2026-03".parse().unwrap();
    let hired = jiff::civil::date(2026, 3, 10);
    assert!(working_days(&CAL, p, Week::FiveDay, hired, Some(jiff::civil::date(2026, 3, 9))).is_err());
    // Dismissed on the day of hiring: one day, worked.
    assert_eq!(working_days(&CAL, p, Week::FiveDay, hired, Some(hired)).unwrap(), (1, 18));
}

#[test]
fn hours_are_paid_at_the_labour_code_minimum() {
    let mut f = Vec::new();
    for c in cases("hours.toml", "case") {
        let (n, p) = (name(&c), period(&c));
        let hours: Hours = c["hours"].as_str().unwrap().parse().unwrap();
        let norm = c["norm_days"].as_integer().unwrap() as u32;
        let got = hours_pay(&catalogue(p), c["kind"].as_str().unwrap(), money(&c["salary"]), norm, hours, rounding(p));
        check(&mut f, &n, "pay", got, Ok(money(&c["pay"])));
    }
    for c in cases("hours.toml", "error") {
        let (n, p) = (name(&c), period(&c));
        let hours: Hours = c["hours"].as_str().unwrap().parse().unwrap();
        let norm = c["norm_days"].as_integer().unwrap() as u32;
        let got = hours_pay(&catalogue(p), c["kind"].as_str().unwrap(), money(&c["salary"]), norm, hours, rounding(p));
        check(&mut f, &n, "error", got.map_err(|e| error_id(&e).0), Err(c["error"].as_str().unwrap()));
    }
    finish(f);
}

#[test]
fn hours_parse_to_the_hundredth_and_refuse_more_than_a_month() {
    assert_eq!("2.5".parse::<Hours>(), Ok(Hours::from_hundredths(250)));
    assert_eq!("0,25".parse::<Hours>(), Ok(Hours::from_hundredths(25)));
    assert_eq!("744".parse::<Hours>(), Ok(Hours::MAX));
    assert_eq!(Hours::from_hundredths(250).to_string(), "2.5");
    assert_eq!(Hours::from_hundredths(25).to_string(), "0.25");
    for bad in ["744.01", "1.234", "-1", "", "x", "1.", ".5"] {
        assert!(bad.parse::<Hours>().is_err(), "{bad:?}");
    }
}

#[test]
fn residency_is_decided_by_the_facts() {
    let mut f = Vec::new();
    let days = catalogue("2026-06".parse().unwrap()).residence_days();
    assert_eq!(days, 183, "Tax Code art. 222 p. 2 sub. 1");
    for c in cases("residency.toml", "case") {
        let (n, p) = (name(&c), period(&c));
        let flag = |k: &str| c.get(k).is_some_and(|v| v.as_bool().unwrap());
        let got = tax_resident(
            c.get("explicit").map(|v| v.as_bool().unwrap()),
            flag("citizen"),
            flag("residence_permit"),
            c.get("in_kz_since").map(date),
            p,
            days,
        );
        check(&mut f, &n, "resident", got, c["resident"].as_bool().unwrap());
    }
    finish(f);
}

fn exclusions(v: &toml::Value) -> Exclusions {
    let t = v.as_table().unwrap();
    let get = |k: &str| t.get(k).map_or(Money::ZERO, money);
    Exclusions {
        opv: get("opv"),
        vosms: get("vosms"),
        ipn: get("ipn"),
        social_tax: get("social_tax"),
        so: get("so"),
        opvr: get("opvr"),
        oosms: get("oosms"),
    }
}

#[test]
fn each_kind_leaves_out_of_each_base_what_the_rules_say() {
    let mut f = Vec::new();
    for c in cases("accruals.toml", "case") {
        let (n, p) = (name(&c), period(&c));
        let got = catalogue(p).compose_in_year(&lines(c.get("lines")), &lines(c.get("earlier")));
        check(&mut f, &n, "composition", got, Ok((money(&c["gross"]), exclusions(&c["excluded"]))));
    }
    for c in cases("accruals.toml", "error") {
        let (n, p) = (name(&c), period(&c));
        let got = catalogue(p).compose(&lines(c.get("lines")));
        let want = (c["error"].as_str().unwrap(), c["kind"].as_str().unwrap().to_string());
        check(&mut f, &n, "error", got.map_err(|e| error_id(&e)), Err(want));
    }
    finish(f);
}

#[test]
fn the_engine_computes_each_charge_on_its_own_base() {
    let mut f = Vec::new();
    for c in cases("months.toml", "case") {
        let (n, p) = (name(&c), period(&c));
        let (gross, excluded) = catalogue(p).compose(&lines(c.get("lines"))).unwrap();
        let profile = Profile {
            status: c.get("status").map_or(Status::Citizen, |s| s.as_str().unwrap().parse().unwrap()),
            tax_resident: c.get("tax_resident").map(|v| v.as_bool().unwrap()),
            disability_indefinite: true,
            ..Profile::default()
        };
        let rules = PayrollRules::for_period(&BOOK, p).unwrap();
        let slip =
            calculate(&rules, &EmployeeMonth { period: p, gross, profile, ytd: YearToDate::default(), excluded });
        for (line, amount) in slip.lines() {
            check(&mut f, &n, line, amount, money(&c[line]));
        }
        // The trace says what was left out, in every language, and names no raw message id.
        for lang in Lang::ALL {
            for l in slip.trace(&rules, lang) {
                for text in std::iter::once(&l.formula).chain(&l.notes) {
                    if text.contains("payroll-") {
                        f.push(format!("{n}: {lang:?} trace of {}: untranslated {text}", l.line));
                    }
                }
            }
        }
    }
    finish(f);
}

#[test]
fn with_nothing_excluded_the_trace_reads_as_before() {
    let p: YearMonth = "2026-03".parse().unwrap();
    let rules = PayrollRules::for_period(&BOOK, p).unwrap();
    let month = |excluded| EmployeeMonth {
        period: p,
        gross: Money::from_tenge(806_550),
        profile: Profile::default(),
        ytd: YearToDate::default(),
        excluded,
    };
    let plain = calculate(&rules, &month(Exclusions::NONE)).trace(&rules, Lang::En);
    assert!(plain.iter().all(|l| !l.formula.contains("not in this base")), "{plain:?}");
    let burial = Exclusions { opv: Money::from_tenge(406_550), ipn: Money::from_tenge(406_550), ..Exclusions::NONE };
    let traced = calculate(&rules, &month(burial)).trace(&rules, Lang::En);
    let opv = traced.iter().find(|l| l.line == "opv").unwrap();
    assert!(opv.formula.contains("gross 806,550 − not in this base 406,550 = 400,000"), "{}", opv.formula);
    let ipn = traced.iter().find(|l| l.line == "ipn").unwrap();
    assert!(ipn.notes.iter().any(|n| n.contains("406,550")), "{:?}", ipn.notes);
}

#[test]
fn exclusions_outside_zero_to_gross_are_held_inside() {
    let p: YearMonth = "2026-03".parse().unwrap();
    let rules = PayrollRules::for_period(&BOOK, p).unwrap();
    let gross = Money::from_tenge(300_000);
    let month = |e: Money| EmployeeMonth {
        period: p,
        gross,
        profile: Profile::default(),
        ytd: YearToDate::default(),
        excluded: Exclusions { opv: e, ..Exclusions::NONE },
    };
    // More than the gross: the OPV base is zero (not negative); below zero: the base is the gross.
    assert_eq!(calculate(&rules, &month(Money::from_tenge(400_000))).opv.amount(), Money::ZERO);
    assert_eq!(calculate(&rules, &month(Money::from_tenge(-5))).opv.amount(), Money::from_tenge(30_000));
}

#[test]
fn payments_go_to_their_payees_by_the_25th_or_the_next_working_day() {
    let mut f = Vec::new();
    for c in cases("payments.toml", "case") {
        let (n, p) = (name(&c), period(&c));
        let mut totals = ChargeTotals::default();
        for (k, v) in c["totals"].as_table().unwrap() {
            totals.add(ChargeId::parse(k).unwrap(), money(v)).unwrap();
        }
        let got = month::payments(&BOOK, &CAL, p, &totals).unwrap();
        let want_due = date(&c["due"]);
        let want: Vec<(String, String, String, String, Money)> = c["payments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|row| {
                let r = row.as_array().unwrap();
                let s = |i: usize| r[i].as_str().unwrap().to_string();
                (s(0), s(1), s(2), s(3), money(&r[4]))
            })
            .collect();
        let got_rows: Vec<(String, String, String, String, Money)> = got
            .iter()
            .map(|pay| {
                let kind = serde_json::to_value(pay.code_kind).unwrap().as_str().unwrap().to_string();
                (pay.charge.name().into(), pay.payee.id().into(), kind, pay.code.clone(), pay.amount)
            })
            .collect();
        check(&mut f, &n, "payments", got_rows, want);
        for pay in &got {
            check(&mut f, &n, &format!("{} due", pay.charge), pay.due, want_due);
            check(&mut f, &n, &format!("{} payee", pay.charge), pay.payee, Payee::of(pay.charge));
        }
    }
    finish(f);
}

#[test]
fn the_catalogue_lists_its_kinds_with_names_sources_and_confidence() {
    let cat = catalogue("2026-03".parse().unwrap());
    let kinds: Vec<&str> = cat.kinds().collect();
    assert_eq!(&kinds[..6], ["salary", "allowance", "bonus", "overtime", "holiday_work", "night_work"]);
    for id in ["one_off", "material_aid", "in_kind", "vacation_pay", "burial_aid"] {
        assert!(kinds.contains(&id), "{id} missing from {kinds:?}");
    }
    for id in &kinds {
        let k = cat.kind(id).unwrap();
        for lang in Lang::ALL {
            assert_ne!(k.name(lang), *id, "{id} has no name in {lang:?}");
        }
        for c in ChargeId::ALL {
            let t = k.treatment(c);
            assert!(t.source.confidence.is_some(), "{}: no confidence", t.key);
            assert!(!t.source.act.is_empty() && !t.source.reference.is_empty(), "{}", t.key);
        }
    }
    let bonus = cat.kind("bonus").unwrap();
    assert_eq!(bonus.name(Lang::Ru), "Премия");
    assert!(bonus.treatment(ChargeId::Ipn).in_base);
    let burial = cat.kind("burial_aid").unwrap();
    let ipn = burial.treatment(ChargeId::Ipn).exempt.unwrap();
    assert_eq!((ipn.amount, ipn.per), (Money::from_tenge(406_550), month::Per::CalendarYear)); // 94 × 4,325
    assert_eq!(burial.treatment(ChargeId::SocialTax).source.confidence, Some(kzcomply_law::rules::Confidence::Low));
    assert!(burial.treatment(ChargeId::SocialTax).source.note.as_deref().unwrap().contains("Not settled"));
    // The hours kinds carry their premium; 2025 has the salary and the kinds paid for labour.
    assert!(cat.kind("night_work").unwrap().hours.as_ref().is_some_and(|h| !h.plus_hour));
    assert!(cat.kind("overtime").unwrap().hours.as_ref().is_some_and(|h| h.plus_hour));
    let y2025: Vec<String> = catalogue("2025-06".parse().unwrap()).kinds().map(String::from).collect();
    assert_eq!(y2025, ["salary", "allowance", "bonus", "overtime", "holiday_work", "night_work", "one_off", "in_kind"]);
}

#[test]
fn errors_and_payees_read_in_each_language() {
    let e = MonthError::UnknownKind { kind: "per_diem".into(), period: "2026-03".parse().unwrap() };
    for lang in Lang::ALL {
        let m = e.message(lang);
        assert!(m.contains("per_diem") && !m.contains("payroll-month"), "{lang:?}: {m}");
        for p in [Payee::StateCorporation, Payee::TaxAuthority] {
            assert!(!p.name(lang).contains("payroll-month"), "{lang:?}");
        }
    }
    assert_eq!(Payee::StateCorporation.name(Lang::Ru), "Государственная корпорация «Правительство для граждан»");
}

/// The rule book with `file` replaced by `text` (or added).
fn book_with(file: &str, text: &str) -> Result<RuleBook, RulesError> {
    let mut files: Vec<(String, String)> =
        RuleBook::embedded_files().filter(|(n, _)| *n != file).map(|(n, t)| (n.to_string(), t.to_string())).collect();
    files.push((file.to_string(), text.to_string()));
    RuleBook::from_files(files)
}

const VALUE: &str = "since = 2026-01-01\nsource = \"s\"\nreference = \"r\"\nconfidence = \"low\"\n";

fn accrual_file(value: &str) -> String {
    let base = include_str!("../../../rules/kz/accruals.toml");
    format!(
        "{base}\n[accruals.test_kind.opv]\ntitle = \"t\"\ntype = \"accrual\"\n[[accruals.test_kind.opv.values]]\n{VALUE}value = {value}\n"
    )
}

#[test]
fn the_accrual_type_is_validated() {
    for bad in [
        "{ base = \"yes\" }",
        "{ in_base = true }",
        "{ base = false, exempt = \"94 MRP\", per = \"calendar-year\" }",
        "{ base = true, exempt = \"94 MRP\" }",
        "{ base = true, per = \"month\" }",
        "{ base = true, exempt = \"94 MRP\", per = \"week\" }",
        "{ base = true, exempt = \"94 XYZ\", per = \"month\" }",
        "{ base = true, exempt = \"none\", per = \"month\" }",
        "true",
    ] {
        match book_with("accruals.toml", &accrual_file(bad)) {
            Err(RulesError::Invalid(p)) => {
                assert!(p.iter().any(|p| p.key.starts_with("accruals.test_kind.opv")), "{bad}: {p:?}")
            }
            other => panic!("{bad}: accepted: {:?}", other.map(|_| ())),
        }
    }
    // A valid value loads, but a kind with only one of its seven charges is refused for the month,
    // naming the missing charge: nothing is defaulted.
    let book =
        book_with("accruals.toml", &accrual_file("{ base = true, exempt = \"10 MRP\", per = \"month\" }")).unwrap();
    match Catalogue::for_period(&book, "2026-03".parse().unwrap()) {
        Err(RulesError::Missing { key }) => assert_eq!(key, "accruals.test_kind.vosms"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_code_type_keeps_leading_zeros_and_refuses_other_text() {
    let base = include_str!("../../../rules/kz/payments.toml");
    let edit = |v: &str| base.replacen("value = \"010\"", &format!("value = {v}"), 1);
    for bad in ["10", "\"01O\"", "\"\"", "\"12345678901\""] {
        assert!(matches!(book_with("payments.toml", &edit(bad)), Err(RulesError::Invalid(_))), "{bad}");
    }
    let book = book_with("payments.toml", &edit("\"007\"")).unwrap();
    let mut totals = ChargeTotals::default();
    totals.add(ChargeId::Opv, Money::from_tenge(1)).unwrap();
    let pays = month::payments(&book, &CAL, "2026-03".parse().unwrap(), &totals).unwrap();
    assert_eq!(pays[0].code, "007");
}
