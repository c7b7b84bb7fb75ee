//! Command-line arguments. The `--help` texts are the user manual for newcomers.

use clap::{Args, Parser, Subcommand, ValueEnum};
use kzcomply_law::{Money, Pension, Status, YearMonth};
use std::path::PathBuf;

/// kzcomply: employ people in Kazakhstan without breaking the law by accident.
///
/// Exact payroll (gross ↔ net and the employer's full cost) under the statute in force for the
/// month, every number traced to its legal source; the official production calendar, statutory
/// deadlines (ESUTD, foreign workers, tax) and what missing them costs. The rules are built in;
/// `--rules DIR` uses an edited copy instead (see `kzcomply rules export`).
#[derive(Debug, Parser)]
#[command(name = "kzcomply", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    /// Use the rules in DIR (*.toml) instead of the built-in Kazakh rules, e.g. to try a reform.
    #[arg(long, global = true, value_name = "DIR", env = "KZCOMPLY_RULES")]
    pub rules: Option<PathBuf>,

    /// Layer the rule files in DIR over the rules (repeatable, applied in order): e.g. the new
    /// year's MRP and minimum wage from the budget law, before kzcomply ships them. Each value
    /// needs since/until, a unit, a source and a reference; it replaces the values it overlaps.
    #[arg(long = "rules-add", global = true, value_name = "DIR")]
    pub rules_add: Vec<PathBuf>,

    /// The language of the output: en, ru or kk (default: from LC_ALL / LC_MESSAGES / LANG,
    /// else English). Dates are DD.MM.YYYY and amounts 1 557 000 ₸ in Russian and Kazakh; the
    /// JSON field names and ids stay the same in every language.
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<kzcomply_i18n::Lang>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compute a month's pay: gross → net and the employer's cost (or net → gross, or a CSV batch).
    #[command(after_help = PAYROLL_EXAMPLES)]
    Payroll(PayrollArgs),
    /// Run a month's payroll for one employer from the workforce file: part months, accruals,
    /// deductions, net, the employer's charges, the register, payslips and the month's payments.
    #[command(after_help = crate::payroll_run_cmd::PAYROLL_RUN_HELP)]
    PayrollRun(crate::payroll_run_cmd::PayrollRunArgs),
    /// Show, check or export the statutory parameters (rates, caps, indices) and their sources.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// The production calendar of a year: every day off with its reason and legal act, and totals.
    #[command(after_help = "Examples:\n  kzcomply calendar 2026\n  kzcomply calendar 2025 --week six-day --json")]
    Calendar(CalendarArgs),
    /// Working-day arithmetic on the production calendar (add days, count days, check a day).
    #[command(subcommand)]
    Workdays(WorkdaysCommand),
    /// When a statutory deadline falls, its legal basis, and where it stands today.
    #[command(after_help = crate::cli_law::DEADLINE_HELP)]
    Deadline(crate::cli_law::DeadlineArgs),
    /// The fine for a violation (CoAO) by offender class, in MRP and in tenge.
    #[command(after_help = crate::cli_law::FINE_HELP)]
    Fine(crate::cli_law::FineArgs),
    /// A business's size class (micro, small, medium, large) under Entrepreneurial Code art. 24.
    #[command(after_help = "Example:\n  kzcomply entity-size --headcount 18 --outstaffed 4 --income-mrp 250000")]
    EntitySize(crate::cli_law::EntitySizeArgs),
    /// Check an IIN or BIN: structure, date, check digit, and what it encodes (exit 1 if invalid).
    #[command(after_help = "Examples:\n  kzcomply id 900101350123\n  kzcomply id 050440001234 --json")]
    Id(crate::id_cmd::IdArgs),
    /// Audit a workforce file the way the state cross-checks it: parity, headcount and
    /// localisation, ESUTD records and deadlines, IINs/BINs, permits, mentors — with fines in tenge.
    #[command(
        after_help = "Examples:\n  kzcomply audit examples/demo/workforce.csv --company examples/demo/company.toml --as-of 2026-11-20\n  kzcomply audit staff.xlsx --company company.toml --json\n  kzcomply audit staff.csv --company company.toml --out report.html"
    )]
    Audit(crate::audit_cmd::AuditArgs),
    /// Plan a foreign hire: permit, quota and visa, the localisation ratios after the hire, and a
    /// dated checklist from the vacancy posting to the monthly reports and the permit's extension.
    #[command(after_help = crate::hire_cmd::FOREIGN_HIRE_HELP)]
    ForeignHire(crate::hire_cmd::ForeignHireArgs),
    /// Business trips of permit holders outside the permit's region: days used and planned this
    /// year against the 90-day limit, and the day it is reached.
    #[command(
        after_help = "Example:\n  kzcomply trips trips.csv --permit-region Almaty --as-of 2026-11-21\n\nCSV columns: person, region, from, to [, permit_region]"
    )]
    Trips(crate::plan_cmd::TripsArgs),
    /// EOR, PEO or direct employment for your next hires, with the reasons and the traps
    /// (salary parity, the 20-person line, quotas, permits) that apply to you.
    #[command(
        after_help = "Examples:\n  kzcomply advise --has-entity no --headcount 0 --planned-hires 3\n  kzcomply advise --has-entity yes --headcount 18 --planned-hires 3 --foreign 2 --same-role-direct-staff yes --json"
    )]
    Advise(crate::plan_cmd::AdviseArgs),
    /// What a hire costs per month and per year under EOR, PEO and direct employment: gross, net,
    /// every statutory charge, the provider's fee and the total.
    #[command(
        after_help = "Examples:\n  kzcomply quote --gross 800000 --period 2026-01 --fee-percent 12\n  kzcomply quote --net 600000 --period 2026-01 --model eor --fee-monthly 250000 --json"
    )]
    Quote(crate::plan_cmd::QuoteArgs),
    /// Vet a PEO/EOR provider against the legal conditions for a sending party and the red flags
    /// of the PEO/EOR guide (from an answers file, or asked on the terminal).
    #[command(
        after_help = "Examples:\n  kzcomply vet --questions\n  kzcomply vet examples/vetting/answers.toml\n  kzcomply vet            (on a terminal: asks each question)"
    )]
    Vet(crate::plan_cmd::VetArgs),
    /// Which clauses a Kazakh employment contract must contain are missing from a .txt or .docx
    /// (the seven ESUTD fields, working conditions, safety, equipment, termination, reporting line).
    #[command(after_help = "Example:\n  kzcomply contract-check contract.docx")]
    ContractCheck(crate::plan_cmd::ContractCheckArgs),
    /// Run the service: the web dashboard and the HTTP API (OpenAPI at /api/docs) over a
    /// persistent store — an SQLite file by default, PostgreSQL for production.
    #[command(after_help = crate::serve_cmd::SERVE_HELP)]
    Serve(crate::serve_cmd::ServeArgs),
    /// Create a user in an organisation of the service's database (creating the organisation if
    /// it does not exist). The password is read from KZCOMPLY_PASSWORD or, on a terminal, asked.
    #[command(
        after_help = "Example:\n  KZCOMPLY_PASSWORD='a long passphrase' kzcomply user-add --org 'Acme KZ' --email hr@acme.kz --name 'HR Lead' --role admin"
    )]
    UserAdd(crate::serve_cmd::UserAddArgs),
    /// Print a new API token for a user of the service's database (for scripts and operators):
    /// it acts with the user's role in their organisation, is stored only as a hash, and the
    /// minting is in the organisation's audit log.
    #[command(
        after_help = "Examples:\n  TOKEN=$(kzcomply token-add --db kzcomply.db --email admin@demo.kz --name nightly-1c-export)\n  kzcomply token-add --email hr@acme.kz --org 'Acme KZ' --expires-days 90\n  curl -H \"Authorization: Bearer $TOKEN\" http://127.0.0.1:8080/api/v1/me"
    )]
    TokenAdd(crate::serve_cmd::TokenAddArgs),
}

pub use crate::cli_law::{CalendarArgs, WorkdaysCommand};

const PAYROLL_EXAMPLES: &str = "\
Examples:
  kzcomply payroll --period 2026-03 --gross 145000
  kzcomply payroll --period 2026-03 --net 127600 --born 1990-05-01
  kzcomply payroll --period 2025-06 --gross 500000 --status foreign-nonresident --json
  kzcomply payroll --period 2026-04 --gross 300000 --born 1980-02-01 --pensioner seniority
  kzcomply payroll --period 2026-03 --gross 40000 --hired-this-month
  kzcomply payroll --batch staff.csv --out payroll.csv

Batch CSV columns (header row required; ',' or ';' separated):
  id, period, gross                       required (or net instead of gross: net → gross)
  status, born, pensioner, disability,    optional, as the flags below
  basic_deduction, ytd_taxable, ytd_ipn,
  ytd_personal_deduction, ytd_disability_deduction,
  hired_this_month, dismissed_this_month
  pensioner: age, seniority, or yes/true/1 (= age), no/empty (= none)
  yes/no columns: yes/no, true/false, 1/0, да/нет, empty (= no; basic_deduction: empty = yes)
Output columns: id, period, gross, opv, vosms, ipn, net, opvr, so, oosms, social_tax, employer_cost

Exit codes: 0 success; 2 bad input (the message names the flag, file, row or column).";

#[derive(Debug, Args)]
pub struct PayrollArgs {
    /// The month, YYYY-MM. Rules in force that month apply (MRP and MZP of 1 January of its year).
    #[arg(long, value_name = "YYYY-MM", required_unless_present = "batch")]
    pub period: Option<YearMonth>,

    /// Gross pay for the month, in tenge (e.g. 145000 or "145 000,50").
    #[arg(long, value_name = "TENGE", value_parser = parse_money, conflicts_with = "net", allow_hyphen_values = true,
          required_unless_present_any = ["net", "batch"])]
    pub gross: Option<Money>,

    /// Target net pay instead: finds the smallest whole-tenge gross that pays at least this net.
    #[arg(long, value_name = "TENGE", value_parser = parse_money, allow_hyphen_values = true)]
    pub net: Option<Money>,

    /// Tax and contribution status. citizen = Kazakhstani citizen; foreign-resident = foreigner
    /// with a residence permit; eaeu = citizen of Russia, Belarus, Armenia or Kyrgyzstan on a
    /// Kazakh contract; foreign-nonresident = any other foreigner.
    #[arg(long, value_enum, default_value_t = StatusArg::Citizen)]
    pub status: StatusArg,

    /// Birth date (YYYY-MM-DD or DD.MM.YYYY). OPVR is not paid for people born before 1975; if
    /// omitted, OPVR is charged.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::cli_law::parse_date)]
    pub born: Option<jiff::civil::Date>,

    /// The employee receives a pension. age = reached retirement age (no OPV, VOSMS, OPVR, SO or
    /// OOSMS); seniority = long-service pension payments, e.g. former military or police (no
    /// OPVR; OPV, VOSMS, SO and OOSMS are charged). A bare --pensioner means age.
    #[arg(long, value_enum, value_name = "KIND", num_args = 0..=1, default_missing_value = "age")]
    pub pensioner: Option<PensionArg>,

    /// Disability group 1, 2 or 3 (1–2: only if established indefinitely). Gives the disability
    /// deduction and the exemptions that go with it.
    #[arg(long, value_name = "GROUP", value_parser = clap::value_parser!(u8).range(1..=3))]
    pub disability: Option<u8>,

    /// The employee was hired this month. In 2026 the social-tax base then has no 14 MRP floor
    /// (Tax Code No. 214-VIII); in 2024–2025 the floor applies (see `rules show`).
    #[arg(long)]
    pub hired_this_month: bool,

    /// The employee was dismissed this month (the same rule as --hired-this-month).
    #[arg(long)]
    pub dismissed_this_month: bool,

    /// The employee has NOT asked this employer to apply the monthly personal deduction
    /// (30 MRP in 2026, 14 MRP before). It is applied at one employer only.
    #[arg(long)]
    pub no_basic_deduction: bool,

    /// Taxable income (after OPV, VOSMS and deductions) already taxed at this employer earlier
    /// this year. Decides how much of this month falls in the 15% band (2026: above 8,500 MRP a year).
    #[arg(long, alias = "ytd-income", value_name = "TENGE", value_parser = parse_money)]
    pub ytd_taxable: Option<Money>,

    /// IPN already withheld earlier this year; this month catches up any difference with the
    /// annual scale. Default: the exact tax on --ytd-taxable.
    #[arg(long, value_name = "TENGE", value_parser = parse_money)]
    pub ytd_ipn: Option<Money>,

    /// Personal deduction already used earlier this year (for the yearly limit: 360 MRP in 2026).
    #[arg(long, value_name = "TENGE", value_parser = parse_money)]
    pub ytd_personal_deduction: Option<Money>,

    /// Disability deduction already used earlier this year.
    #[arg(long, value_name = "TENGE", value_parser = parse_money)]
    pub ytd_disability_deduction: Option<Money>,

    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,

    /// Also list the legal source of every parameter used, under each line.
    #[arg(long)]
    pub sources: bool,

    /// Compute every row of a CSV file of employee-months ("-" for standard input).
    #[arg(long, value_name = "IN.csv", conflicts_with_all = ["period", "gross", "net"])]
    pub batch: Option<PathBuf>,

    /// Where to write the batch results: .csv or .jsonl ("-" for standard output).
    #[arg(long, value_name = "OUT", requires = "batch", default_value = "-")]
    pub out: PathBuf,

    /// Output format; by default from the --out extension (CSV for standard output).
    #[arg(long, value_enum, requires = "batch")]
    pub format: Option<BatchFormat>,

    /// What to do with a bad row: stop (write nothing, exit 2) or skip it (report it with its row
    /// number, write all good rows, exit 2 at the end).
    #[arg(long, value_enum, default_value_t = OnError::Stop, requires = "batch")]
    pub on_error: OnError,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum PensionArg {
    /// Reached retirement age (pension by age).
    Age,
    /// Long-service ("по выслуге лет") pension payments.
    Seniority,
}

impl From<PensionArg> for Pension {
    fn from(p: PensionArg) -> Pension {
        match p {
            PensionArg::Age => Pension::Age,
            PensionArg::Seniority => Pension::Seniority,
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum StatusArg {
    Citizen,
    ForeignResident,
    Eaeu,
    ForeignNonresident,
}

impl From<StatusArg> for Status {
    fn from(s: StatusArg) -> Status {
        match s {
            StatusArg::Citizen => Status::Citizen,
            StatusArg::ForeignResident => Status::ForeignResident,
            StatusArg::Eaeu => Status::Eaeu,
            StatusArg::ForeignNonresident => Status::ForeignNonresident,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum BatchFormat {
    Csv,
    Jsonl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OnError {
    Stop,
    Skip,
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Every parameter in force on a date, with its value and legal source.
    Show {
        /// The date (default: today).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::cli_law::parse_date)]
        on: Option<jiff::civil::Date>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Validate a rules directory: periods, units, sources, and which months payroll can run.
    Check {
        /// The directory of *.toml rule files (default: the rules in use, overlays included).
        dir: Option<PathBuf>,
    },
    /// How far the rules reach: the last covered day, what has no value after it (e.g. next
    /// year's MRP and minimum wage until the budget law is added), and what is provisional.
    #[command(
        after_help = "Examples:\n  kzcomply rules status\n  kzcomply rules status --on 2026-12-01 --json\n  kzcomply --rules-add examples/rules-2027 rules status"
    )]
    Status {
        /// The day to look from (default: today).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::cli_law::parse_date)]
        on: Option<jiff::civil::Date>,
        /// Print JSON: {"on","covered_until","days_left","missing":[{"parameter","from"}],"provisional":[{"what","until"}]}.
        #[arg(long)]
        json: bool,
    },
    /// Write a copy of the built-in rules to DIR, to edit and use with --rules DIR.
    Export {
        /// An empty or new directory.
        dir: PathBuf,
    },
}

fn parse_lang(s: &str) -> Result<kzcomply_i18n::Lang, String> {
    s.parse()
}

fn parse_money(s: &str) -> Result<Money, String> {
    Money::parse(s).map_err(|e| e.to_string())
}
