//! `kzcomply foreign-hire`: the foreign-worker pathway as a dated checklist or JSON, in the
//! language of `--lang` (ids, the visa and JSON field names stay; dates are DD.MM.YYYY in Russian
//! and Kazakh).

use crate::cli_law::parse_date;
use crate::table::Table;
use crate::{CmdResult, Failure, input_error};
use jiff::civil::Date;
use kzcomply_i18n::{Args, Lang, format, t, tr};
use kzcomply_law::RuleBook;
use kzcomply_law::duration::Duration;
use kzcomply_law::foreign::Category;
use kzcomply_plan::PlanError;
use kzcomply_plan::pathway::{Exemption, HireRequest, Pathway, localisation_impact, plan};
use std::io::Write;
use std::path::PathBuf;

pub const FOREIGN_HIRE_HELP: &str = "\
Examples:
  kzcomply foreign-hire --citizenship IN --category 3 --start 2026-04-01 --region Almaty
  kzcomply --lang ru foreign-hire --citizenship IN --category 3 --start 01.04.2026 --region Almaty
  kzcomply foreign-hire --citizenship RU --category 2 --start 2026-06-01 --region Astana --json
  kzcomply foreign-hire --citizenship DE --category ict --start 2026-09-01 --region Almaty --permit-term '2 years'
  kzcomply foreign-hire --citizenship TR --category 3 --start 2026-12-01 --region Almaty \\
      --company examples/demo/workforce.csv

Categories: 1 first heads and deputies; 2 heads of structural units; 3 specialists; 4 skilled
workers; seasonal; ict (intra-corporate transfer: outside the quota).
Dates before the start are the LATEST days that still allow the permit by the first working day.
Dates are given as YYYY-MM-DD or DD.MM.YYYY.
Exit codes: 0 success; 2 bad input (the message names the flag).";

#[derive(clap::Args, Debug)]
pub struct ForeignHireArgs {
    /// Citizenship, ISO 3166 two-letter code (IN, RU, DE, UZ …).
    #[arg(long, value_name = "XX")]
    pub citizenship: String,
    /// Permit category: 1, 2, 3, 4, seasonal or ict.
    #[arg(long, value_name = "CATEGORY", value_parser = parse_category)]
    pub category: Category,
    /// The first working day in Kazakhstan.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub start: Date,
    /// The region (oblast or city) of work: the permit is valid there only.
    #[arg(long, value_name = "NAME")]
    pub region: String,
    /// The person holds a Kazakh permanent residence permit (no work permit needed).
    #[arg(long)]
    pub residence_permit: bool,
    /// An exempt status: head-of-branch, foreign-owned-ceo, aifc, astana-hub,
    /// intergovernmental-teacher (no permit, C3 visa).
    #[arg(long, value_name = "STATUS", value_parser = parse_exemption)]
    pub exempt: Option<Exemption>,
    /// The day the person arrives in Kazakhstan (default: the start day).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub arrival: Option<Date>,
    /// The day both parties sign the employment contract (default: the start day).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub signed: Option<Date>,
    /// The permit's term, e.g. '12 months', '2 years', '180 days' (default: the shortest allowed).
    #[arg(long, value_name = "TERM", value_parser = parse_term)]
    pub permit_term: Option<Duration>,
    /// The day the permit was (or will be) issued (default: the last working day before the start).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub permit_issued: Option<Date>,
    /// The company's workforce file (the audit's CSV or XLSX): checks the 70% / 90% ratios after this hire.
    #[arg(long, value_name = "FILE")]
    pub company: Option<PathBuf>,
    /// The company is a branch or representative office of a foreign company.
    #[arg(long)]
    pub branch: bool,
    /// For an ICT transferee: the ratio group, managers (categories 1–2) or specialists (3–4).
    #[arg(long, value_name = "GROUP", value_parser = ["managers", "specialists"])]
    pub group: Option<String>,
    /// Print JSON: {"permit_required","quota_required","visa","steps":[{"step","due","basis"}], …}.
    #[arg(long)]
    pub json: bool,
}

fn parse_category(s: &str) -> Result<Category, String> {
    Category::parse(s).ok_or_else(|| format!("`{s}`: expected 1, 2, 3, 4, seasonal or ict"))
}

fn parse_exemption(s: &str) -> Result<Exemption, String> {
    Exemption::parse(s).ok_or_else(|| {
        let names: Vec<&str> = Exemption::ALL.iter().map(|e| e.name()).collect();
        format!("`{s}`: expected one of {}", names.join(", "))
    })
}

fn parse_term(s: &str) -> Result<Duration, String> {
    Duration::parse(s).ok_or_else(|| format!("`{s}`: write a term such as '12 months', '2 years' or '180 days'"))
}

/// A planning error as a CLI failure: the user's input (exit 2) unless the rules are broken.
pub fn plan_failure(e: PlanError) -> Failure {
    input_error(e.to_string())
}

pub fn run(book: &RuleBook, args: ForeignHireArgs) -> CmdResult {
    let lang = crate::lang();
    let calendar = crate::calendar_cmd::calendar_from(book)?;
    let req = HireRequest {
        citizenship: args.citizenship.clone(),
        category: args.category,
        start: args.start,
        region: args.region.clone(),
        residence_permit: args.residence_permit,
        exempt: args.exempt,
        arrival: args.arrival,
        signed: args.signed,
        permit_term: args.permit_term,
        permit_issued: args.permit_issued,
    };
    let mut pathway = plan(book, &calendar, &req, lang).map_err(plan_failure)?;
    if let Some(path) = &args.company {
        let people = crate::audit_cmd::read_people(path)?;
        let role = match (args.category.role_category(), args.group.as_deref()) {
            (Some(r), _) => Some(r),
            (None, _) if args.category == Category::Seasonal => None,
            (None, Some("managers")) => Some(1),
            (None, _) => Some(3),
        };
        let impact = localisation_impact(book, &people, args.branch, role, args.start, lang).map_err(plan_failure)?;
        pathway.localisation = Some(impact);
    }
    let mut out = std::io::stdout().lock();
    if args.json {
        return crate::print_json(&mut out, &pathway);
    }
    write!(out, "{}", render(&pathway, lang))?;
    Ok(())
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// A line of the plan under a step: "  basis: …", "  note: …".
fn under(lang: Lang, id: &str, name: &'static str, text: &str) -> String {
    format!("  {}", tr(lang, id, &Args::new().text(name, text.to_string())))
}

fn render(p: &Pathway, lang: Lang) -> String {
    let date = |d: Date| format::date(lang, d);
    let mut s = tr(
        lang,
        "hire-cli-title",
        &Args::new()
            .text("citizenship", p.citizenship.clone())
            .text("category", kzcomply_plan::text::category(lang, p.category))
            .date("start", p.start)
            .text("region", p.region.clone()),
    );
    s.push_str("\n\n");
    let needed = |id: &str, b: bool, reason: &str| {
        tr(lang, id, &Args::new().text("needed", yes_no(b)).text("reason", reason.to_string())) + "\n"
    };
    s.push_str(&needed("hire-cli-permit", p.permit_required, &p.permit_reason));
    s.push_str(&needed("hire-cli-quota", p.quota_required, &p.quota_reason));
    s.push_str(&tr(lang, "hire-cli-visa", &Args::new().text("visa", p.visa).text("reason", p.visa_reason.clone())));
    s.push('\n');
    if let Some(permit) = &p.permit {
        let args = Args::new()
            .text("term", permit.term.clone())
            .date("issued", permit.issued)
            .date("expires", permit.expires)
            .text("validity", permit.validity.clone());
        s.push_str(&tr(lang, "hire-cli-permit-term", &args));
        s.push('\n');
    }
    if let Some(l) = &p.localisation {
        let id = if l.survives { "hire-cli-localisation-survives" } else { "hire-cli-localisation-breaks" };
        s.push_str(&tr(lang, id, &Args::new().text("message", l.message.clone())));
        s.push('\n');
    }
    s.push('\n');
    s.push_str(&t(lang, "hire-cli-plan"));
    s.push('\n');
    let mut table = Table::text();
    let reports: Vec<_> = p.steps.iter().filter(|x| x.step == "foreign-labour-report").collect();
    let mut reports_shown = false;
    for step in &p.steps {
        let due = match (step.window_opens, step.due) {
            (Some(o), Some(d)) => format!("{} … {}", date(o), date(d)),
            (None, Some(d)) => date(d),
            (_, None) => "—".into(),
        };
        if step.step == "foreign-labour-report" {
            if reports_shown {
                continue;
            }
            reports_shown = true;
            let count = Args::new().num("count", reports.len() as i64);
            let title = match reports.last().and_then(|r| r.due) {
                Some(last) => tr(lang, "hire-cli-reports-last", &count.date("last", last)),
                None => tr(lang, "hire-cli-reports", &count),
            };
            table.row(due, title, "");
            table.row("", under(lang, "plan-cli-basis", "basis", &step.basis), "");
            continue;
        }
        table.row(due, step.title.clone(), "");
        table.row("", under(lang, "plan-cli-basis", "basis", &step.basis), "");
        if let Some(note) = &step.note {
            table.row("", under(lang, "plan-cli-note", "note", note), "");
        }
    }
    s.push_str(&table.render());
    if !p.uncertainties.is_empty() {
        s.push('\n');
        s.push_str(&t(lang, "hire-cli-unclear"));
        s.push('\n');
        for u in &p.uncertainties {
            s.push_str(&format!("  ⚠ {u}\n"));
        }
    }
    s
}
