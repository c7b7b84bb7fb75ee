//! `kzcomply payroll`: one employee-month as a table or JSON, or a batch file.

use crate::cli::PayrollArgs;
use crate::table::Table;
use crate::{CmdResult, input_error};
use kzcomply_law::payroll::{
    Charge, EmployeeMonth, PayrollRules, Payslip, Profile, TraceLine, YearToDate, calculate, gross_for_net,
};
use kzcomply_law::{Disability, Money, RuleBook, YearMonth};

pub fn run(book: &RuleBook, args: PayrollArgs) -> CmdResult {
    if let Some(input) = &args.batch {
        let out = args.out.clone();
        return crate::batch::run(book, input, &out, args.format, args.on_error);
    }
    let period = args.period.expect("clap requires --period without --batch");
    let rules = rules_for(book, period)?;
    let profile = Profile {
        status: args.status.into(),
        born: args.born,
        pensioner: args.pensioner.map(Into::into),
        disability: args.disability.and_then(Disability::from_group),
        basic_deduction: !args.no_basic_deduction,
        hired_this_month: args.hired_this_month,
        dismissed_this_month: args.dismissed_this_month,
    };
    let ytd = YearToDate {
        taxable_income: args.ytd_taxable.unwrap_or_default(),
        ipn_withheld: args.ytd_ipn,
        personal_deduction: args.ytd_personal_deduction.unwrap_or_default(),
        disability_deduction: args.ytd_disability_deduction.unwrap_or_default(),
    };
    let slip = match (args.gross, args.net) {
        (Some(gross), _) => calculate(&rules, &EmployeeMonth { period, gross, profile, ytd }),
        (None, Some(net)) => {
            gross_for_net(&rules, profile, ytd, net).map_err(|e| input_error(format!("--net: {e}")))?
        }
        (None, None) => unreachable!("clap requires --gross or --net"),
    };
    let mut stdout = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut stdout, &slip.report(&rules)).map_err(anyhow::Error::from)?;
        use std::io::Write;
        writeln!(stdout)?;
    } else {
        use std::io::Write;
        write!(stdout, "{}", render(&slip, &rules, args.net, args.sources))?;
    }
    Ok(())
}

/// The month's rules, or an error that says which parameter is missing for that period.
pub fn rules_for(book: &RuleBook, period: YearMonth) -> Result<PayrollRules, crate::Failure> {
    PayrollRules::for_period(book, period).map_err(|e| {
        let hint = crate::rules_source::past_coverage_hint(book, period.first_day());
        input_error(format!("no payroll rules for {period}: {e}{hint}"))
    })
}

fn rate_label(c: Charge, rate: kzcomply_law::rate::Rate) -> String {
    match c {
        Charge::Charged { .. } => rate.to_string(),
        Charge::Exempt(_) => "exempt".into(),
    }
}

fn render(slip: &Payslip, rules: &PayrollRules, net_target: Option<Money>, sources: bool) -> String {
    let p = &slip.input.profile;
    let mut who = vec![p.status.to_string()];
    if let Some(b) = p.born {
        who.push(format!("born {b}"));
    }
    if let Some(kind) = p.pensioner {
        who.push(kind.describe().into());
    }
    if let Some(d) = p.disability {
        who.push(format!("disability group {}", d.group()));
    }
    if !p.basic_deduction {
        who.push("no personal deduction".into());
    }
    if p.hired_this_month {
        who.push("hired this month".into());
    }
    if p.dismissed_this_month {
        who.push("dismissed this month".into());
    }
    let mut out = format!("Payroll for {} — {}\n", slip.input.period, who.join(", "));
    if let Some(t) = net_target {
        out.push_str(&format!("Smallest whole-tenge gross that pays a net of at least {t}\n"));
    }
    out.push('\n');
    let g = slip.gross();
    let mut t = Table::new();
    t.row("Gross", g.to_string(), "");
    t.heading("Withheld from the employee");
    t.row("  OPV   pension contribution", slip.opv.amount().to_string(), rate_label(slip.opv, rules.opv.rate));
    t.row("  VOSMS health insurance", slip.vosms.amount().to_string(), rate_label(slip.vosms, rules.vosms.rate));
    t.row("  IPN   income tax", slip.ipn.ipn.to_string(), format!("on taxable {}", slip.ipn.taxable));
    t.row("Net pay", slip.net.to_string(), slip.net.percent_of(g) + " of gross");
    t.heading("Paid by the employer on top");
    t.row("  OPVR  employer pension", slip.opvr.amount().to_string(), rate_label(slip.opvr, rules.opvr.rate));
    t.row("  SO    social contributions", slip.so.amount().to_string(), rate_label(slip.so, rules.so.rate));
    t.row("  OOSMS health insurance", slip.oosms.amount().to_string(), rate_label(slip.oosms, rules.oosms.rate));
    t.row("  Social tax", slip.social_tax.amount.to_string(), rules.social_tax.rate.to_string());
    t.row(
        "Employer's total cost",
        slip.employer_cost.to_string(),
        format!("gross + {} ({} on top)", slip.employer_charges(), slip.employer_charges().percent_of(g)),
    );
    out.push_str(&t.render());
    out.push_str("\nHow each line was computed (amounts in tenge):\n");
    for line in slip.trace(rules) {
        render_line(&mut out, &line, sources);
    }
    if !sources {
        out.push_str("\nAdd --sources for the legal source of every parameter, or --json for everything.\n");
    }
    out
}

fn render_line(out: &mut String, line: &TraceLine, sources: bool) {
    out.push_str(&format!("  {:<13} {}\n", line.line, line.formula));
    if let Some(limit) = &line.limit {
        out.push_str(&format!("  {:<13}   ({limit})\n", ""));
    }
    for note in &line.notes {
        out.push_str(&format!("  {:<13}   note: {note}\n", ""));
    }
    // A value that is not built in is always named, with who or what file it came from.
    for s in line.sources.iter().filter(|s| sources || !s.origin.is_built_in()) {
        let origin = if s.origin.is_built_in() { String::new() } else { format!(" ({})", s.origin) };
        out.push_str(&format!(
            "  {:<13}   {} = {}{origin} — {} [{}]\n",
            "", s.parameter, s.value, s.source, s.reference
        ));
    }
}
