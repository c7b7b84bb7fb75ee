//! `kzcomply payroll`: one employee-month as a table or JSON, or a batch file.

use crate::cli::PayrollArgs;
use crate::table::Table;
use crate::{CmdResult, input_error, lang};
use kzcomply_i18n::{Args, t, tr};
use kzcomply_law::payroll::{
    Charge, EmployeeMonth, Exclusions, PayrollRules, Payslip, Profile, TraceLine, YearToDate, calculate, gross_for_net,
    pensioner_text, status_text,
};
use kzcomply_law::text;
use kzcomply_law::{Disability, Money, RuleBook, YearMonth};
use std::io::Write;

pub fn run(book: &RuleBook, args: PayrollArgs) -> CmdResult {
    if let Some(input) = &args.batch {
        let out = args.out.clone();
        return crate::batch::run(book, input, &out, args.format, args.on_error);
    }
    let l = lang();
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
        tax_resident: None,
        disability_indefinite: true,
    };
    let ytd = YearToDate {
        taxable_income: args.ytd_taxable.unwrap_or_default(),
        ipn_withheld: args.ytd_ipn,
        personal_deduction: args.ytd_personal_deduction.unwrap_or_default(),
        disability_deduction: args.ytd_disability_deduction.unwrap_or_default(),
    };
    let slip = match (args.gross, args.net) {
        (Some(gross), _) => {
            calculate(&rules, &EmployeeMonth { period, gross, profile, ytd, excluded: Exclusions::NONE })
        }
        (None, Some(net)) => {
            gross_for_net(&rules, profile, ytd, net).map_err(|e| input_error(format!("--net: {}", e.message(l))))?
        }
        (None, None) => unreachable!("clap requires --gross or --net"),
    };
    let mut stdout = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut stdout, &slip.report(&rules, l)).map_err(anyhow::Error::from)?;
        writeln!(stdout)?;
    } else {
        write!(stdout, "{}", render(&slip, &rules, args.net, args.sources))?;
    }
    Ok(())
}

/// The month's rules, or an error that says which parameter is missing for that period.
pub fn rules_for(book: &RuleBook, period: YearMonth) -> Result<PayrollRules, crate::Failure> {
    PayrollRules::for_period(book, period).map_err(|e| {
        let l = lang();
        let hint = crate::rules_source::past_coverage_hint(book, period.first_day());
        let args = Args::new().text("period", text::period(l, period)).text("error", e.message(l));
        input_error(format!("{}{hint}", tr(l, "cli-payroll-no-rules", &args)))
    })
}

fn rate_label(c: Charge, rate: kzcomply_law::rate::Rate) -> String {
    match c {
        Charge::Charged { .. } => text::rate(lang(), rate),
        Charge::Exempt(_) => t(lang(), "cli-payroll-exempt"),
    }
}

fn render(slip: &Payslip, rules: &PayrollRules, net_target: Option<Money>, sources: bool) -> String {
    let l = lang();
    let p = &slip.input.profile;
    let mut who = vec![status_text(l, p.status)];
    if let Some(b) = p.born {
        who.push(tr(l, "cli-payroll-born", &Args::new().date("date", b)));
    }
    if let Some(kind) = p.pensioner {
        who.push(pensioner_text(l, kind));
    }
    if let Some(d) = p.disability {
        who.push(tr(l, "cli-payroll-disability", &Args::new().num("group", i64::from(d.group()))));
    }
    if !p.basic_deduction {
        who.push(t(l, "cli-payroll-no-personal-deduction"));
    }
    if p.hired_this_month {
        who.push(t(l, "cli-payroll-hired"));
    }
    if p.dismissed_this_month {
        who.push(t(l, "cli-payroll-dismissed"));
    }
    let title = Args::new().text("period", text::period(l, slip.input.period)).text("who", who.join(", "));
    let mut out = format!("{}\n", tr(l, "cli-payroll-title", &title));
    if let Some(target) = net_target {
        out.push_str(&format!("{}\n", tr(l, "cli-payroll-smallest-gross", &Args::new().amount("net", target.tiyn()))));
    }
    out.push('\n');
    let g = slip.gross();
    let m = |x: Money| text::amount(l, x);
    let row = |id: &str| t(l, id);
    let sub = |id: &str| format!("  {}", t(l, id));
    let mut tb = Table::new();
    tb.row(row("cli-payroll-gross"), m(g), "");
    tb.heading(row("cli-payroll-withheld"));
    tb.row(sub("cli-payroll-row-opv"), m(slip.opv.amount()), rate_label(slip.opv, rules.opv.rate));
    tb.row(sub("cli-payroll-row-vosms"), m(slip.vosms.amount()), rate_label(slip.vosms, rules.vosms.rate));
    let on_taxable = tr(l, "cli-payroll-on-taxable", &Args::new().amount("taxable", slip.ipn.taxable.tiyn()));
    tb.row(sub("cli-payroll-row-ipn"), m(slip.ipn.ipn), on_taxable);
    let of_gross = tr(l, "cli-payroll-of-gross", &Args::new().text("percent", text::number(l, slip.net.percent_of(g))));
    tb.row(row("cli-payroll-net"), m(slip.net), of_gross);
    tb.heading(row("cli-payroll-employer-on-top"));
    tb.row(sub("cli-payroll-row-opvr"), m(slip.opvr.amount()), rate_label(slip.opvr, rules.opvr.rate));
    tb.row(sub("cli-payroll-row-so"), m(slip.so.amount()), rate_label(slip.so, rules.so.rate));
    tb.row(sub("cli-payroll-row-oosms"), m(slip.oosms.amount()), rate_label(slip.oosms, rules.oosms.rate));
    tb.row(sub("cli-payroll-row-social-tax"), m(slip.social_tax.amount), text::rate(l, rules.social_tax.rate));
    let on_top = Args::new()
        .amount("charges", slip.employer_charges().tiyn())
        .text("percent", text::number(l, slip.employer_charges().percent_of(g)));
    tb.row(row("cli-payroll-employer-cost"), m(slip.employer_cost), tr(l, "cli-payroll-on-top", &on_top));
    out.push_str(&tb.render());
    out.push_str(&format!("\n{}\n", t(l, "cli-payroll-how")));
    for line in slip.trace(rules, l) {
        render_line(&mut out, &line, sources);
    }
    if !sources {
        out.push_str(&format!("\n{}\n", t(l, "cli-payroll-sources-hint")));
    }
    out
}

fn render_line(out: &mut String, line: &TraceLine, sources: bool) {
    let l = lang();
    out.push_str(&format!("  {:<13} {}\n", line.line, line.formula));
    if let Some(limit) = &line.limit {
        out.push_str(&format!("  {:<13}   ({limit})\n", ""));
    }
    for note in &line.notes {
        out.push_str(&format!(
            "  {:<13}   {}\n",
            "",
            tr(l, "cli-payroll-note", &Args::new().text("note", note.as_str()))
        ));
    }
    // A value that is not built in is always named, with who or what file it came from.
    for s in line.sources.iter().filter(|s| sources || !s.origin.is_built_in()) {
        let origin = if s.origin.is_built_in() { String::new() } else { format!(" ({})", s.origin.text(l)) };
        out.push_str(&format!(
            "  {:<13}   {} = {}{origin} — {} [{}]\n",
            "", s.parameter, s.value, s.source, s.reference
        ));
    }
}
