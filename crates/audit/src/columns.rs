//! The workforce table's columns and the header names accepted for each (English, and the Russian
//! that 1C and Excel exports use), and [`Supplied`]: which of them a source actually carries.

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
    // The payroll facts (docs/payroll-run.md §2): read by the payroll run, not by the audit's checks.
    BirthDate,
    TaxResident,
    InKzSince,
    Pensioner,
    DisabilityGroup,
    DisabilityFrom,
    DisabilityUntil,
    BasicDeductionFrom,
    Week,
    DaysWorked,
}

use Column::*;

/// Every column: its English name, whether it is required, and the other names accepted. A header
/// is compared with `_` read as a space, so «дата_рождения» is «дата рождения».
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
    (BirthDate, "birth_date", false, &["дата рождения"]),
    (TaxResident, "tax_resident", false, &["налоговый резидент", "резидент"]),
    (InKzSince, "in_kz_since", false, &["в рк с", "находится в рк с", "дата въезда"]),
    (Pensioner, "pensioner", false, &["пенсионер"]),
    (DisabilityGroup, "disability_group", false, &["группа инвалидности", "инвалидность"]),
    (DisabilityFrom, "disability_from", false, &["инвалидность с"]),
    (DisabilityUntil, "disability_until", false, &["инвалидность по", "инвалидность до"]),
    (BasicDeductionFrom, "basic_deduction_from", false, &["вычет с", "базовый вычет с"]),
    (Week, "week", false, &["неделя", "рабочая неделя"]),
    (DaysWorked, "days_worked", false, &["отработано дней", "дней отработано"]),
];

/// The payroll facts' columns (docs/payroll-run.md §2): carried by a file and stored, read by the
/// payroll run; no audit check needs them, so a file without them is checked in full.
pub const PAYROLL_COLUMNS: [Column; 10] = [
    BirthDate,
    TaxResident,
    InKzSince,
    Pensioner,
    DisabilityGroup,
    DisabilityFrom,
    DisabilityUntil,
    BasicDeductionFrom,
    Week,
    DaysWorked,
];

impl Column {
    /// Whether this is one of the [`PAYROLL_COLUMNS`].
    pub fn is_payroll(self) -> bool {
        PAYROLL_COLUMNS.contains(&self)
    }

    pub fn name(self) -> &'static str {
        COLUMNS.iter().find(|c| c.0 == self).map(|c| c.1).expect("every column is listed")
    }

    /// The column as a reason names it: "`place_of_work` («место работы»)".
    pub fn described(self) -> String {
        let (_, name, _, aliases) = COLUMNS.iter().find(|c| c.0 == self).expect("every column is listed");
        match aliases.first() {
            Some(alias) => format!("`{name}` («{alias}»)"),
            None => format!("`{name}`"),
        }
    }
}

/// Which columns a source carries: the header of a file, or every column for a stored company
/// (the store keeps every field). A check that needs a column the source does not carry is not
/// run and is reported as not checked; an empty cell in a column that is there is still data
/// ("none recorded") and can be a finding.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Supplied {
    /// One bit per [`Column`], by its position in the enum.
    bits: u64,
}

impl Supplied {
    /// Every column: a stored company, or a source that holds every field.
    pub fn all() -> Supplied {
        Supplied::of(COLUMNS.iter().map(|c| c.0))
    }

    /// Every column the audit's checks read: [`Supplied::all`] without the [`PAYROLL_COLUMNS`].
    pub fn audit_columns() -> Supplied {
        Supplied::of(COLUMNS.iter().map(|c| c.0).filter(|c| !c.is_payroll()))
    }

    /// Exactly these columns.
    pub fn of(columns: impl IntoIterator<Item = Column>) -> Supplied {
        let mut s = Supplied::default();
        for c in columns {
            s.bits |= 1 << c as u64;
        }
        s
    }

    pub fn has(&self, c: Column) -> bool {
        self.bits & (1 << c as u64) != 0
    }

    /// The columns carried, in table order.
    pub fn columns(&self) -> impl Iterator<Item = Column> + '_ {
        COLUMNS.iter().map(|c| c.0).filter(|c| self.has(*c))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn supplied_holds_exactly_its_columns() {
        assert!(COLUMNS.len() <= 64, "Supplied keeps one bit per column");
        let s = Supplied::of([Column::Id, Column::MentorAppointedOn]);
        assert!(s.has(Column::Id) && s.has(Column::MentorAppointedOn) && !s.has(Column::EsutdRegisteredOn));
        assert_eq!(s.columns().count(), 2);
        assert!(COLUMNS.iter().all(|c| Supplied::all().has(c.0)));
        assert_eq!(Column::PlaceOfWork.described(), "`place_of_work` («место работы»)");
        // Every column is listed once, in enum order (the bit of each is its position).
        assert!(COLUMNS.iter().enumerate().all(|(i, c)| c.0 as usize == i));
    }

    #[test]
    fn the_payroll_columns_and_their_russian_names() {
        let cases = [
            ("дата_рождения", Column::BirthDate),
            ("Налоговый резидент", Column::TaxResident),
            ("в_рк_с", Column::InKzSince),
            ("пенсионер", Column::Pensioner),
            ("группа_инвалидности", Column::DisabilityGroup),
            ("инвалидность_с", Column::DisabilityFrom),
            ("инвалидность_по", Column::DisabilityUntil),
            ("вычет_с", Column::BasicDeductionFrom),
            ("неделя", Column::Week),
            ("отработано_дней", Column::DaysWorked),
            ("days_worked", Column::DaysWorked),
            ("basic deduction from", Column::BasicDeductionFrom),
        ];
        for (header, column) in cases {
            assert_eq!(identify(header), Some(column), "{header}");
        }
        assert!(PAYROLL_COLUMNS.iter().all(|c| Supplied::all().has(*c) && !Supplied::audit_columns().has(*c)));
        assert_eq!(Supplied::audit_columns().columns().count() + PAYROLL_COLUMNS.len(), COLUMNS.len());
    }
}
