//! Deciding that two positions are the same job: case, spacing and punctuation do not matter, and
//! common Russian and English names of the same job are one.

/// Groups of names for one job; the first is the canonical form.
const SYNONYMS: &[&[&str]] = &[
    &[
        "software engineer",
        "developer",
        "software developer",
        "programmer",
        "инженер-программист",
        "программист",
        "разработчик",
        "инженер программист",
    ],
    &["qa engineer", "tester", "test engineer", "тестировщик", "инженер по тестированию"],
    &["accountant", "бухгалтер"],
    &["chief accountant", "главный бухгалтер"],
    &["hr manager", "hr specialist", "менеджер по персоналу", "специалист по кадрам", "кадровик"],
    &["sales manager", "менеджер по продажам"],
    &["project manager", "руководитель проекта", "менеджер проекта"],
    &["director", "general director", "ceo", "директор", "генеральный директор"],
    &["lawyer", "legal counsel", "юрист", "юрисконсульт"],
    &["driver", "водитель"],
    &["engineer", "инженер"],
    &["analyst", "аналитик"],
    &["designer", "дизайнер"],
    &["office manager", "офис-менеджер", "офис менеджер"],
];

/// The comparable form of a position, department or job function: lower case, `ё` as `е`,
/// anything but letters, digits and hyphens as one space, and a known synonym as its group's
/// first name. Called for every person of a large company, so it allocates only its result.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = if c == 'ё' { 'е' } else { c };
        if c.is_alphanumeric() || c == '-' {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        } else {
            space = true;
        }
    }
    match SYNONYMS.iter().find(|group| group.iter().any(|name| same_but_hyphens(name, &out))) {
        Some(group) => group[0].to_string(),
        None => out,
    }
}

/// Equal, reading a hyphen and a space as the same ("инженер-программист" = "инженер программист").
fn same_but_hyphens(a: &str, b: &str) -> bool {
    let dash_or_space = |x: u8| x == b'-' || x == b' ';
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y || (dash_or_space(x) && dash_or_space(y)))
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn same_job_different_words() {
        let same = [
            ("Инженер-программист", "Software  Engineer"),
            ("DEVELOPER", "разработчик"),
            ("Главный бухгалтер", "chief accountant"),
        ];
        for (a, b) in same {
            assert_eq!(normalise(a), normalise(b), "{a} = {b}");
        }
        assert_ne!(normalise("Accountant"), normalise("Chief accountant"));
        assert_ne!(normalise("Engineer"), normalise("Software engineer"));
        assert_eq!(normalise("  Инженер   программист!! "), "software engineer");
        assert_eq!(normalise("Ёлочный  дизайнер"), "елочный дизайнер");
        assert_eq!(normalise("QA-engineer"), "qa engineer", "a synonym, hyphen or not");
        assert_eq!(normalise("Back-end  developer"), "back-end developer");
        assert_eq!(normalise(""), "");
    }
}
