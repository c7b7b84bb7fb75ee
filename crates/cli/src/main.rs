//! The `kzcomply` binary: parses arguments, loads the rules, and hands over to one command.
//! All domain logic lives in `kzcomply-law`; this crate only does I/O and presentation.

mod audit_cmd;
mod batch;
mod calendar_cmd;
mod cli;
mod cli_law;
mod compliance_cmd;
mod hire_cmd;
mod id_cmd;
mod limits;
mod payroll_cmd;
mod payroll_run_cmd;
mod pdf;
mod plan_cmd;
mod rules_cmd;
mod rules_source;
mod serve_cmd;
mod table;

use clap::Parser;
use std::process::ExitCode;

/// A failure, and whose fault it is: the input's (exit 2) or the environment's (exit 1).
#[derive(Debug)]
pub enum Failure {
    /// Bad input: a flag, file, row or column that is wrong. Exit code 2.
    Input(String),
    /// Something else went wrong (disk full, broken pipe). Exit code 1.
    Other(anyhow::Error),
    /// The answer is "no" (an invalid IIN, say): already printed; exit with this code.
    Verdict(u8),
}

impl From<anyhow::Error> for Failure {
    fn from(e: anyhow::Error) -> Failure {
        Failure::Other(e)
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Failure {
        Failure::Other(e.into())
    }
}

pub type CmdResult = Result<(), Failure>;

pub fn input_error(msg: impl Into<String>) -> Failure {
    Failure::Input(msg.into())
}

/// Writes `value` as pretty JSON and a newline.
pub fn print_json(out: &mut impl std::io::Write, value: &impl serde::Serialize) -> CmdResult {
    serde_json::to_writer_pretty(&mut *out, value).map_err(anyhow::Error::from)?;
    writeln!(out)?;
    Ok(())
}

/// The language of this run's output, set once in `main` from `--lang` or the environment.
static LANG: std::sync::OnceLock<kzcomply_i18n::Lang> = std::sync::OnceLock::new();

/// The language of the output (`--lang`, else `LC_ALL` / `LC_MESSAGES` / `LANG`, else English).
pub fn lang() -> kzcomply_i18n::Lang {
    *LANG.get().unwrap_or(&kzcomply_i18n::Lang::En)
}

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let env = |k: &str| std::env::var(k).ok();
    let from_env = || {
        let (all, messages, lang) = (env("LC_ALL"), env("LC_MESSAGES"), env("LANG"));
        kzcomply_i18n::Lang::from_env_values([all.as_deref(), messages.as_deref(), lang.as_deref()])
    };
    let _ = LANG.set(cli.lang.unwrap_or_else(from_env));
    let result = rules_source::load(cli.rules.as_deref(), &cli.rules_add).and_then(|book| match cli.command {
        cli::Command::Payroll(args) => payroll_cmd::run(&book, args),
        cli::Command::PayrollRun(args) => payroll_run_cmd::run(&book, args),
        cli::Command::Rules(cmd) => rules_cmd::run(&book, cmd),
        cli::Command::Calendar(args) => calendar_cmd::run_calendar(&book, args),
        cli::Command::Workdays(cmd) => calendar_cmd::run_workdays(&book, cmd),
        cli::Command::Deadline(args) => compliance_cmd::run_deadline(&book, args),
        cli::Command::Fine(args) => compliance_cmd::run_fine(&book, args),
        cli::Command::EntitySize(args) => compliance_cmd::run_entity_size(&book, args),
        cli::Command::Id(args) => id_cmd::run(args),
        cli::Command::Audit(args) => audit_cmd::run(&book, args),
        cli::Command::ForeignHire(args) => hire_cmd::run(&book, args),
        cli::Command::Trips(args) => plan_cmd::run_trips(&book, args),
        cli::Command::Advise(args) => plan_cmd::run_advise(&book, args),
        cli::Command::Quote(args) => plan_cmd::run_quote(&book, args),
        cli::Command::Vet(args) => plan_cmd::run_vet(args),
        cli::Command::ContractCheck(args) => plan_cmd::run_contract_check(args),
        cli::Command::Serve(args) => serve_cmd::run_serve(book, args),
        cli::Command::UserAdd(args) => serve_cmd::run_user_add(args),
        cli::Command::TokenAdd(args) => serve_cmd::run_token_add(args),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Input(msg)) => {
            eprintln!("{}", error_line(&msg));
            ExitCode::from(2)
        }
        Err(Failure::Verdict(code)) => ExitCode::from(code),
        Err(Failure::Other(e)) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(Failure::Other(e)) => {
            eprintln!("{}", error_line(&format!("{e:#}")));
            ExitCode::from(1)
        }
    }
}

/// "error: …" in the output language.
fn error_line(message: &str) -> String {
    kzcomply_i18n::tr(lang(), "cli-error", &kzcomply_i18n::Args::new().text("message", message))
}

/// `kzcomply ... | head` closing the pipe early is not an error.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        let io = c.downcast_ref::<std::io::Error>().map(std::io::Error::kind);
        let json = c.downcast_ref::<serde_json::Error>().and_then(serde_json::Error::io_error_kind);
        let csv = c.downcast_ref::<csv::Error>().and_then(|e| match e.kind() {
            csv::ErrorKind::Io(io) => Some(io.kind()),
            _ => None,
        });
        [io, json, csv].contains(&Some(std::io::ErrorKind::BrokenPipe))
    })
}
