//! The words of the payroll-fact columns (docs/payroll-run.md §2): a pension, a disability group
//! and a working week as people write them in English, Russian or Kazakh.

use kzcomply_law::calendar::Week;
use kzcomply_law::{Disability, Pension};

/// `pensioner`: `Some(None)` for no, the pension otherwise (English, Russian or Kazakh words).
pub(super) fn pensioner(s: &str) -> Option<Option<Pension>> {
    let words = s.to_lowercase().replace(['_', '-'], " ");
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(match words.as_str() {
        "no" | "n" | "none" | "false" | "0" | "нет" | "не пенсионер" | "жоқ" => None,
        "age" | "по возрасту" | "возраст" | "жасы бойынша" | "жас бойынша" | "жасына байланысты" => {
            Some(Pension::Age)
        }
        "seniority"
        | "long service"
        | "по выслуге лет"
        | "по выслуге"
        | "выслуга лет"
        | "выслуга"
        | "еңбек сіңірген жылдары үшін"
        | "еңбек сіңірген жылдары"
        | "еңбек өтілі" => Some(Pension::Seniority),
        _ => return None,
    })
}

/// `disability_group`: 1, 2 or 3, also as a Roman numeral (Latin, or the Cyrillic І of Kazakh
/// and Ukrainian keyboards) and with the word «группа» / «топ».
pub(super) fn disability_group(s: &str) -> Option<Disability> {
    let mut core = s.to_lowercase();
    for word in ["группа", "гр.", "топ"] {
        core = core.replace(word, "");
    }
    let core: String = core.chars().filter(|c| !c.is_whitespace() && *c != '.').collect();
    let n = match core.replace('і', "i").as_str() {
        "1" | "i" => 1,
        "2" | "ii" => 2,
        "3" | "iii" => 3,
        _ => return None,
    };
    Disability::from_group(n)
}

/// `week`: 5 or 6 working days a week.
pub(super) fn week(s: &str) -> Option<Week> {
    match s.to_lowercase().as_str() {
        "5" | "five-day" | "fiveday" | "пятидневка" | "5-дневная" => Some(Week::FiveDay),
        "6" | "six-day" | "sixday" | "шестидневка" | "6-дневная" => Some(Week::SixDay),
        _ => None,
    }
}
