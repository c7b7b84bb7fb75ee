//! The workforce table's columns and the header names accepted for each (English, and the Russian
//! that 1C and Excel exports use).

/// A column of the workforce table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    Id,
    FullName,
    Iin,
    Citizenship,
    Engagement,
    Position,
    Department,
    RoleCategory,
    MonthlyGross,
    StartDate,
    JobFunction,
    EmployerBin,
    BonusAnnual,
    AllowancesMonthly,
    BenefitsInKindMonthly,
    PaidLeaveDays,
    ContractNumber,
    ContractDate,
    ContractEndDate,
    PlaceOfWork,
    EsutdRegisteredOn,
    TerminatedOn,
    EsutdTerminationRegisteredOn,
    ResidencePermit,
    WorkPermitUntil,
    MentorAppointedOn,
}

use Column::*;

/// Every column: its English name, whether it is required, and the other names accepted.
pub const COLUMNS: &[(Column, &str, bool, &[&str])] = &[
    (Id, "id", true, &["№", "табельный номер", "таб номер", "таб. номер", "код"]),
    (FullName, "full_name", true, &["фио", "ф.и.о.", "сотрудник", "работник", "full name", "name"]),
    (Iin, "iin", true, &["иин"]),
    (Citizenship, "citizenship", true, &["гражданство", "страна гражданства"]),
    (Engagement, "engagement", true, &["тип занятости", "форма привлечения", "вид занятости"]),
    (Position, "position", true, &["должность"]),
    (Department, "department", true, &["подразделение", "отдел", "департамент"]),
    (RoleCategory, "role_category", true, &["категория", "категория должности"]),
    (MonthlyGross, "monthly_gross", true, &["оклад", "зарплата", "заработная плата", "начислено"]),
    (StartDate, "start_date", true, &["дата приема", "дата приёма", "дата начала работы"]),
    (JobFunction, "job_function", false, &["трудовая функция"]),
    (EmployerBin, "employer_bin", false, &["бин работодателя", "бин отправляющей стороны"]),
    (BonusAnnual, "bonus_annual", false, &["премия за год", "годовая премия", "бонус за год"]),
    (AllowancesMonthly, "allowances_monthly", false, &["надбавки", "доплаты"]),
    (BenefitsInKindMonthly, "benefits_in_kind_monthly", false, &["доход в натуральной форме", "натуральные льготы"]),
    (PaidLeaveDays, "paid_leave_days", false, &["дни отпуска", "дней отпуска", "отпуск"]),
    (ContractNumber, "contract_number", false, &["номер договора", "номер трудового договора"]),
    (ContractDate, "contract_date", false, &["дата договора", "дата трудового договора"]),
    (ContractEndDate, "contract_end_date", false, &["срок договора", "дата окончания договора"]),
    (PlaceOfWork, "place_of_work", false, &["место работы"]),
    (EsutdRegisteredOn, "esutd_registered_on", false, &["дата регистрации в есутд", "есутд"]),
    (TerminatedOn, "terminated_on", false, &["дата увольнения"]),
    (EsutdTerminationRegisteredOn, "esutd_termination_registered_on", false, &["увольнение в есутд"]),
    (ResidencePermit, "residence_permit", false, &["вид на жительство", "внж"]),
    (WorkPermitUntil, "work_permit_until", false, &["разрешение до", "ирс до", "срок разрешения"]),
    (MentorAppointedOn, "mentor_appointed_on", false, &["дата назначения наставником", "наставник назначен"]),
];

impl Column {
    pub fn name(self) -> &'static str {
        COLUMNS.iter().find(|c| c.0 == self).map(|c| c.1).expect("every column is listed")
    }
}

/// "Дата  Приёма" → "дата приёма"; "start_date" → "start date".
fn normalise(header: &str) -> String {
    header
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .replace('_', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The column a header names, if any.
pub fn identify(header: &str) -> Option<Column> {
    let h = normalise(header);
    COLUMNS
        .iter()
        .find(|(_, name, _, aliases)| normalise(name) == h || aliases.iter().any(|a| normalise(a) == h))
        .map(|c| c.0)
}
