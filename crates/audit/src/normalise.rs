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

/// The comparable form of a position, department or job function.
pub fn normalise(s: &str) -> String {
    let lowered = s.to_lowercase().replace('ё', "е");
    let cleaned: String = lowered.chars().map(|c| if c.is_alphanumeric() || c == '-' { c } else { ' ' }).collect();
    let spaced = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    for group in SYNONYMS {
        if group.iter().any(|name| *name == spaced || name.replace('-', " ") == spaced.replace('-', " ")) {
            return group[0].to_string();
        }
    }
    spaced
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
    }
}
