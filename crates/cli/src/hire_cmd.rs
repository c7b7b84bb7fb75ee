//! `kzcomply foreign-hire`: the foreign-worker pathway as a dated checklist or JSON.

use crate::cli_law::parse_date;
use crate::table::Table;
use crate::{CmdResult, Failure, input_error};
use jiff::civil::Date;
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
  kzcomply foreign-hire --citizenship RU --category 2 --start 2026-06-01 --region Astana --json
  kzcomply foreign-hire --citizenship DE --category ict --start 2026-09-01 --region Almaty --permit-term '2 years'
  kzcomply foreign-hire --citizenship TR --category 3 --start 2026-12-01 --region Almaty \\
      --company examples/demo/workforce.csv

Categories: 1 first heads and deputies; 2 heads of structural units; 3 specialists; 4 skilled
workers; seasonal; ict (intra-corporate transfer: outside the quota).
Dates before the start are the LATEST days that still allow the permit by the first working day.
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
    let mut pathway = plan(book, &calendar, &req).map_err(plan_failure)?;
    if let Some(path) = &args.company {
        let people = crate::audit_cmd::read_people(path)?;
        let role = match (args.category.role_category(), args.group.as_deref()) {
            (Some(r), _) => Some(r),
            (None, _) if args.category == Category::Seasonal => None,
            (None, Some("managers")) => Some(1),
            (None, _) => Some(3),
        };
        let impact = localisation_impact(book, &people, args.branch, role, args.start).map_err(plan_failure)?;
        pathway.localisation = Some(impact);
    }
    let mut out = std::io::stdout().lock();
    if args.json {
        return crate::print_json(&mut out, &pathway);
    }
    write!(out, "{}", render(&pathway))?;
    Ok(())
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

fn render(p: &Pathway) -> String {
    let mut s =
        format!("Foreign hire: {} citizen, {}, starting {} in {}\n\n", p.citizenship, p.category, p.start, p.region);
    s.push_str(&format!("Work permit needed: {}. {}\n", yes_no(p.permit_required), p.permit_reason));
    s.push_str(&format!("Quota place needed: {}. {}\n", yes_no(p.quota_required), p.quota_reason));
    s.push_str(&format!("Visa: {}. {}\n", p.visa, p.visa_reason));
    if let Some(permit) = &p.permit {
        s.push_str(&format!(
            "Permit: {} from {} to {} ({}).\n",
            permit.term, permit.issued, permit.expires, permit.validity
        ));
    }
    if let Some(l) = &p.localisation {
        let verdict = if l.survives { "the ratios survive" } else { "THE RATIOS BREAK" };
        s.push_str(&format!("Localisation: {verdict}. {}\n", l.message));
    }
    s.push_str("\nPlan (dates before the start are the latest days that still work):\n");
    let mut t = Table::text();
    let reports: Vec<_> = p.steps.iter().filter(|x| x.step == "foreign-labour-report").collect();
    let mut reports_shown = false;
    for step in &p.steps {
        let due = match (step.window_opens, step.due) {
            (Some(o), Some(d)) => format!("{o} … {d}"),
            (None, Some(d)) => d.to_string(),
            (_, None) => "—".into(),
        };
        if step.step == "foreign-labour-report" {
            if reports_shown {
                continue;
            }
            reports_shown = true;
            let last = reports.last().and_then(|r| r.due).map_or(String::new(), |d| format!(", the last by {d}"));
            let title = format!("Monthly foreign-labour report × {} (the first shown{last})", reports.len());
            t.row(due, title, "");
            t.row("", format!("  basis: {}", step.basis), "");
            continue;
        }
        t.row(due, step.title.clone(), "");
        t.row("", format!("  basis: {}", step.basis), "");
        if let Some(note) = &step.note {
            t.row("", format!("  note: {note}"), "");
        }
    }
    s.push_str(&t.render());
    if !p.uncertainties.is_empty() {
        s.push_str("\nWhere the law is unclear:\n");
        for u in &p.uncertainties {
            s.push_str(&format!("  ⚠ {u}\n"));
        }
    }
    s
}
