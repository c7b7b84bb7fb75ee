//! A person's payroll facts for one month (docs/payroll-run.md §2) as the engine's [`Profile`]:
//! status for the social payments, IPN residency, birth date, pension, disability, the basic
//! deduction, and whether the month is the month of hiring or dismissal.

use crate::MonthRules;
use jiff::civil::Date;
use kzcomply_audit::Person;
use kzcomply_law::payroll::Profile;
use kzcomply_law::payroll::month::tax_resident;
use kzcomply_law::{Status, YearMonth};

/// The status that decides OPV, VOSMS, OPVR, SO, OOSMS and social tax: citizen, a foreigner with a
/// residence permit, an EAEU citizen, or another foreigner.
pub fn status_of(p: &Person, eaeu: &[String]) -> Status {
    if p.is_citizen() {
        Status::Citizen
    } else if p.residence_permit {
        Status::ForeignResident
    } else if eaeu.contains(&p.citizenship) {
        Status::Eaeu
    } else {
        Status::ForeignNonresident
    }
}

fn in_month(d: Date, m: YearMonth) -> bool {
    d.year() == m.year() && d.month() == m.month()
}

/// The engine's profile of `p` for the month of `rules`.
pub fn profile_for(rules: &MonthRules, p: &Person) -> Profile {
    let m = rules.period;
    let (first, last) = (m.first_day(), m.first_day().last_of_month());
    let f = &p.payroll;
    // The birth date is in a valid IIN (OPVR is not charged for people born before 1975).
    let born = f.birth_date.or_else(|| kzcomply_law::ids::parse_iin(&p.iin).ok().map(|iin| iin.born));
    // A certificate counts for a month when it covers at least one of its days.
    let covers = f.disability_from.is_none_or(|from| from <= last) && f.disability_until.is_none_or(|u| u >= first);
    let disability = f.disability.filter(|_| covers);
    // Residency decides IPN only. Computed "not resident" leaves it to the status, so an EAEU
    // citizen keeps the resident rates the rules give the status (EAEU Treaty art. 73).
    let resident = tax_resident(
        f.tax_resident,
        p.is_citizen(),
        p.residence_permit,
        f.in_kz_since,
        m,
        rules.catalogue.residence_days(),
    );
    let tax_resident = if f.tax_resident.is_some() || resident { Some(resident) } else { None };
    Profile {
        status: status_of(p, &rules.eaeu),
        born,
        pensioner: f.pension,
        disability,
        disability_indefinite: f.disability_until.is_none(),
        basic_deduction: f.basic_deduction.claimed_for(last),
        hired_this_month: in_month(p.start_date, m),
        dismissed_this_month: p.terminated_on.is_some_and(|d| in_month(d, m)),
        tax_resident,
    }
}
