//! `kzcomply id NUMBER`: is this IIN or BIN valid, and what does it encode.

use crate::{CmdResult, Failure, lang};
use kzcomply_i18n::{Args, t, tr};
use kzcomply_law::ids::{IdError, looks_like_bin, parse_bin, parse_iin};
use std::io::Write;

#[derive(clap::Args, Debug)]
pub struct IdArgs {
    /// The 12-digit IIN (a person) or BIN (a legal entity).
    #[arg(value_name = "NUMBER")]
    pub number: String,
    /// Check it as this kind; by default a number whose 5th digit is 4–6 is read as a BIN.
    #[arg(long, value_parser = ["iin", "bin"])]
    pub kind: Option<String>,
    /// Print JSON: {"input","kind","valid","reason", …what it encodes}.
    #[arg(long)]
    pub json: bool,
}

#[derive(serde::Serialize)]
struct IdReport {
    input: String,
    kind: &'static str,
    valid: bool,
    reason: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    born: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sex: Option<kzcomply_law::ids::Sex>,
    #[serde(skip_serializing_if = "Option::is_none")]
    registered: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    entity: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<String>,
}

/// Exit code 0 when the number is valid and 1 when it is not (like `test`), so scripts can use it.
pub fn run(args: IdArgs) -> CmdResult {
    let l = lang();
    let input = args.number.trim().to_string();
    let is_bin = match args.kind.as_deref() {
        Some(k) => k == "bin",
        None => looks_like_bin(&input),
    };
    let mut r = IdReport {
        input: input.clone(),
        kind: if is_bin { "bin" } else { "iin" },
        valid: false,
        reason: String::new(),
        born: None,
        sex: None,
        registered: None,
        entity: None,
        unit: None,
    };
    let mut born_date = None;
    let result: Result<(), IdError> = if is_bin {
        parse_bin(&input, jiff::Zoned::now().date().year()).map(|b| {
            r.registered = Some(format!("{}-{:02}", b.registered.0, b.registered.1));
            (r.entity, r.unit) = (Some(b.entity_text(l)), Some(b.unit_text(l)));
        })
    } else {
        parse_iin(&input).map(|i| {
            (r.born, r.sex) = (Some(i.born.to_string()), Some(i.sex));
            born_date = Some(i.born);
        })
    };
    match result {
        Ok(()) => (r.valid, r.reason) = (true, t(l, "cli-id-valid-reason")),
        Err(e) => r.reason = e.message(l),
    }
    let mut out = std::io::stdout().lock();
    let kind = t(l, if is_bin { "cli-id-kind-bin" } else { "cli-id-kind-iin" });
    if args.json {
        crate::print_json(&mut out, &r)?;
    } else if r.valid {
        let what = match (born_date, &r.registered) {
            (Some(born), _) => {
                let sex = r.sex.map(|s| s.text(l)).unwrap_or_default();
                tr(l, "cli-id-born", &Args::new().date("born", born).text("sex", sex))
            }
            (_, Some(reg)) => tr(
                l,
                "cli-id-registered",
                &Args::new()
                    .text("registered", registered_text(l, reg))
                    .text("entity", r.entity.clone().unwrap_or_default())
                    .text("unit", r.unit.clone().unwrap_or_default()),
            ),
            _ => String::new(),
        };
        let args = Args::new().text("input", input.as_str()).text("kind", kind).text("what", what);
        writeln!(out, "{}", tr(l, "cli-id-valid", &args))?;
    } else {
        let args = Args::new().text("input", input.as_str()).text("kind", kind).text("reason", r.reason.as_str());
        writeln!(out, "{}", tr(l, "cli-id-invalid", &args))?;
    }
    if r.valid { Ok(()) } else { Err(Failure::Verdict(1)) }
}

/// The registration month: `2005-04` in English, `04.2005` in Russian and Kazakh.
fn registered_text(l: kzcomply_i18n::Lang, reg: &str) -> String {
    match (l, reg.split_once('-')) {
        (kzcomply_i18n::Lang::En, _) | (_, None) => reg.to_string(),
        (_, Some((y, m))) => format!("{m}.{y}"),
    }
}
