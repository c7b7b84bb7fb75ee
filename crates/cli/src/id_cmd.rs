//! `kzcomply id NUMBER`: is this IIN or BIN valid, and what does it encode.

use crate::{CmdResult, Failure};
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
    entity: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<&'static str>,
}

/// Exit code 0 when the number is valid and 1 when it is not (like `test`), so scripts can use it.
pub fn run(args: IdArgs) -> CmdResult {
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
    let result: Result<(), IdError> = if is_bin {
        parse_bin(&input, jiff::Zoned::now().date().year()).map(|b| {
            r.registered = Some(format!("{}-{:02}", b.registered.0, b.registered.1));
            (r.entity, r.unit) = (Some(b.entity), Some(b.unit));
        })
    } else {
        parse_iin(&input).map(|i| {
            (r.born, r.sex) = (Some(i.born.to_string()), Some(i.sex));
        })
    };
    match result {
        Ok(()) => (r.valid, r.reason) = (true, "the structure and the check digit are correct".to_string()),
        Err(e) => r.reason = e.to_string(),
    }
    let mut out = std::io::stdout().lock();
    if args.json {
        crate::print_json(&mut out, &r)?;
    } else if r.valid {
        let what = match (&r.born, &r.registered) {
            (Some(born), _) => {
                format!("born {born}, {}", if r.sex == Some(kzcomply_law::ids::Sex::Male) { "male" } else { "female" })
            }
            (_, Some(reg)) => format!("registered {reg}, {}, {}", r.entity.unwrap_or(""), r.unit.unwrap_or("")),
            _ => String::new(),
        };
        writeln!(out, "{input}: valid {} ({what})", r.kind.to_uppercase())?;
    } else {
        writeln!(out, "{input}: NOT a valid {}: {}", r.kind.to_uppercase(), r.reason)?;
    }
    if r.valid { Ok(()) } else { Err(Failure::Verdict(1)) }
}
