//! Arguments of the calendar, deadline and fine commands. The `--help` texts are the manual.

use clap::builder::TypedValueParser;
use clap::{Args, Subcommand, ValueEnum};
use jiff::civil::Date;
use kzcomply_law::Week;
use kzcomply_law::deadlines::Event;
use kzcomply_law::fines::{Offender, Violation};
use rust_decimal::Decimal;

#[derive(Clone, Copy, Debug, Default, ValueEnum)]
pub enum WeekArg {
    /// Saturday and Sunday off (the official calendar).
    #[default]
    FiveDay,
    /// Sunday off only.
    SixDay,
}

impl From<WeekArg> for Week {
    fn from(w: WeekArg) -> Week {
        match w {
            WeekArg::FiveDay => Week::FiveDay,
            WeekArg::SixDay => Week::SixDay,
        }
    }
}

#[derive(Debug, Args)]
pub struct CalendarArgs {
    /// The year, e.g. 2026.
    #[arg(value_parser = clap::value_parser!(i16).range(1900..=2200))]
    pub year: i16,
    /// The working week.
    #[arg(long, value_enum, default_value_t = WeekArg::FiveDay)]
    pub week: WeekArg,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum WorkdaysCommand {
    /// The date N working days after DATE (DATE itself is not counted), or N calendar days after
    /// it with --calendar-days (moved to the next working day if that day is not worked).
    #[command(
        after_help = "Examples:\n  kzcomply workdays add 2026-03-19 5          → 2026-03-31 (Nauryz in between)\n  kzcomply workdays add 2026-03-01 15 --calendar-days"
    )]
    Add {
        #[arg(value_name = "DATE", value_parser = parse_date)]
        date: Date,
        /// How many days to add.
        #[arg(value_name = "N")]
        days: u32,
        /// Count calendar days instead of working days.
        #[arg(long)]
        calendar_days: bool,
        #[command(flatten)]
        common: WorkdayFlags,
    },
    /// The number of working days from FROM to TO, both included.
    #[command(after_help = "Example:\n  kzcomply workdays between 2026-03-01 2026-03-31")]
    Between {
        #[arg(value_name = "FROM", value_parser = parse_date)]
        from: Date,
        #[arg(value_name = "TO", value_parser = parse_date)]
        to: Date,
        #[command(flatten)]
        common: WorkdayFlags,
    },
    /// Whether DATE is a working day, and why not if it is not.
    Check {
        #[arg(value_name = "DATE", value_parser = parse_date)]
        date: Date,
        #[command(flatten)]
        common: WorkdayFlags,
    },
}

#[derive(Debug, Args)]
pub struct WorkdayFlags {
    /// The working week.
    #[arg(long, value_enum, default_value_t = WeekArg::FiveDay)]
    pub week: WeekArg,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

pub const DEADLINE_HELP: &str = "\
Events and what --date means for each:
  esutd-new-contract     5 working days after both parties signed (Order 353)
  esutd-amendment        15 calendar days after the amendment was signed
  esutd-termination      3 working days after the termination date
  esutd-reinstatement    10 working days after the reinstatement
  esutd-correction       30 working days after the wrong entry (sources disagree: configurable in the rules)
  foreign-labour-report  --date in the reporting month; by its 30th (the last day of February)
  arrival-notification   3 working days after a foreigner's arrival
  immigrant-registration --date = entry; a visa-free immigrant registers by the 30th calendar day after it
                         (entry day = day 0; from 1 Jul 2026, MIA Order 923; earlier dates: not in force)
  address-change-registration
                         --date = the move; re-register at the new address within 5 working days (from 1 Jul 2026)
  mentor-appointment     5 working days after the foreign worker's first working day
  permit-extension       --date = permit expiry; apply 60 to 30 calendar days before it
  vacancy-posting        --date = posting on enbek.kz; the permit application is allowed from the 16th day
  quota-application      --date in the year; by 30 September (per region with --region, where set)
  form-200               --date in the quarter; by the 15th of the second month after it
  payroll-taxes          --date in the payroll month; by the 25th of the next month
A due date on a day off moves to the next working day (a limit before an expiry: the previous one).

Examples:
  kzcomply deadline esutd-new-contract --date 2026-03-19 --as-of 2026-04-02
  kzcomply deadline permit-extension --date 2026-12-15 --json
  kzcomply deadline immigrant-registration --date 2026-07-03   # → Mon 2026-08-03 (30th day a Sunday)";

#[derive(Debug, Args)]
pub struct DeadlineArgs {
    /// The event (see the list below).
    #[arg(value_name = "EVENT", value_parser = event_parser())]
    pub event: Event,
    /// The event's date, YYYY-MM-DD or DD.MM.YYYY (see the list below for what it means per event).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Date,
    /// The day to report the status on (default: today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub as_of: Option<Date>,
    /// The day the action was done, if it was: the status says whether that was on time.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub done: Option<Date>,
    /// The region, for deadlines a region sets itself (the quota application), e.g. Astana.
    #[arg(long, value_name = "NAME")]
    pub region: Option<String>,
    /// The working week used to count working days.
    #[arg(long, value_enum, default_value_t = WeekArg::FiveDay)]
    pub week: WeekArg,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

pub const FINE_HELP: &str = "\
Violations:
  esutd-late, esutd-missing,          CoAO art. 98 parts 1-1 (first) and 2-1 (repeat within a year),
  esutd-incomplete, esutd-inaccurate  in force from 12 March 2026; earlier violations are not finable under them
  foreign-labour-report               monthly report not filed: a warning, then 10 MRP
  foreign-worker-without-contract     CoAO art. 86: admitted to work without an employment contract
Offenders: official, micro, small, medium, large, nonprofit (micro and non-profits pay the small-business amount).
Amounts in tenge use the MRP of the violation's year.

Examples:
  kzcomply fine esutd-late --on 2026-04-01 --offender medium
  kzcomply fine esutd-missing --on 2026-05-10 --headcount 120 --income-mrp 250000 --repeat --json";

#[derive(Debug, Args)]
pub struct FineArgs {
    /// The violation (see the list below).
    #[arg(value_name = "VIOLATION", value_parser = violation_parser())]
    pub violation: Violation,
    /// The date of the violation.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub on: Date,
    /// Who is fined. Or give --headcount and --income-mrp to work out the business's class.
    #[arg(long, value_parser = offender_parser(), required_unless_present = "headcount")]
    pub offender: Option<Offender>,
    /// Average annual headcount, to classify the business (with --income-mrp).
    #[arg(long, value_name = "N", requires = "income_mrp", conflicts_with = "offender")]
    pub headcount: Option<u32>,
    /// Staff received from a sending party (outstaffing): counted in the headcount.
    #[arg(long, value_name = "N", requires = "headcount")]
    pub outstaffed: Option<u32>,
    /// Average annual income in MRP, to classify the business (with --headcount).
    #[arg(long, value_name = "MRP", value_parser = parse_count_decimal)]
    pub income_mrp: Option<Decimal>,
    /// A repeat within one year of a penalty for the same violation.
    #[arg(long, conflicts_with = "previous_penalty")]
    pub repeat: bool,
    /// The date of the previous penalty for the same violation: a repeat if within one year.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub previous_penalty: Option<Date>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct EntitySizeArgs {
    /// Average annual headcount of the business's own staff.
    #[arg(long, value_name = "N")]
    pub headcount: u32,
    /// Staff received from a sending party under outstaffing contracts (counted by the receiving party).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub outstaffed: u32,
    /// Average annual income, in MRP (monthly calculation index; 4,325 KZT in 2026).
    #[arg(long, value_name = "MRP", value_parser = parse_count_decimal)]
    pub income_mrp: Decimal,
    /// The date whose thresholds apply (default: today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub on: Option<Date>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// A date given on the command line or in a batch file: strict YYYY-MM-DD or DD.MM.YYYY, years
/// 1900–2200 (the shared reading, `kzcomply_i18n::format::parse_date`), with an error that says
/// what is wrong with it — in the output language once it is known (clap parses the flags before
/// it is, and its own messages are English).
pub fn parse_date(s: &str) -> Result<Date, String> {
    kzcomply_i18n::format::parse_date(s).map_err(|english| {
        let l = crate::lang();
        if l == kzcomply_i18n::Lang::En {
            return english;
        }
        let id = if english.contains("the year must be between") {
            "cli-date-year-range"
        } else if english.contains("is not a day of the calendar") {
            "cli-date-not-a-day"
        } else {
            "cli-date-not-a-date"
        };
        kzcomply_i18n::tr(l, id, &kzcomply_i18n::Args::new().text("value", s.trim()))
    })
}

fn parse_count_decimal(s: &str) -> Result<Decimal, String> {
    let d: Decimal = s.trim().replace([' ', '_'], "").parse().map_err(|_| format!("`{s}` is not a number"))?;
    if d.is_sign_negative() { Err(format!("`{s}` cannot be negative")) } else { Ok(d) }
}

fn event_parser() -> impl TypedValueParser<Value = Event> {
    clap::builder::PossibleValuesParser::new(Event::ALL.map(Event::name))
        .map(|s| Event::parse(&s).expect("only listed names pass"))
}

fn violation_parser() -> impl TypedValueParser<Value = Violation> {
    clap::builder::PossibleValuesParser::new(Violation::ALL.map(Violation::name))
        .map(|s| Violation::parse(&s).expect("only listed names pass"))
}

fn offender_parser() -> impl TypedValueParser<Value = Offender> {
    clap::builder::PossibleValuesParser::new(Offender::ALL.map(Offender::name))
        .map(|s| Offender::parse(&s).expect("only listed names pass"))
}
