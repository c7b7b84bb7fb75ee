//! The dashboard's words in English and Russian (the user's choice, stored with the user), with a
//! Kazakh welcome. A missing translation falls back to English, and a test checks there are none.

/// The interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct T {
    pub ru: bool,
}

impl T {
    pub fn new(lang: &str) -> T {
        T { ru: lang == "ru" }
    }

    pub fn lang(&self) -> &'static str {
        if self.ru { "ru" } else { "en" }
    }

    /// The text for `key`.
    pub fn s(&self, key: &str) -> &'static str {
        match WORDS.iter().find(|(k, _, _)| *k == key) {
            Some((_, en, ru)) => {
                if self.ru && !ru.is_empty() {
                    ru
                } else {
                    en
                }
            }
            None => "?",
        }
    }
}

/// (key, English, Russian).
pub const WORDS: &[(&str, &str, &str)] = &[
    ("welcome", "Қош келдіңіз! Welcome to kzcomply", "Қош келдіңіз! Добро пожаловать в kzcomply"),
    (
        "tagline",
        "Employ people in Kazakhstan without breaking the law by accident.",
        "Нанимайте людей в Казахстане, не нарушая закон по случайности.",
    ),
    ("email", "E-mail", "Эл. почта"),
    ("password", "Password", "Пароль"),
    ("sign_in", "Sign in", "Войти"),
    ("sign_out", "Sign out", "Выйти"),
    ("bad_login", "Wrong e-mail or password.", "Неверная почта или пароль."),
    (
        "too_many",
        "Too many failed attempts. Wait 15 minutes and try again.",
        "Слишком много неудачных попыток. Подождите 15 минут.",
    ),
    (
        "busy",
        "Too many sign-ins at this moment. Try again in a few seconds.",
        "Сейчас слишком много попыток входа. Повторите через несколько секунд.",
    ),
    ("companies", "Host companies", "Компании"),
    ("people", "People", "Сотрудники"),
    ("findings", "Findings", "Нарушения и риски"),
    ("payroll", "Payroll", "Зарплата"),
    ("import", "Import", "Импорт"),
    ("overview", "Overview", "Обзор"),
    ("headcount", "Headcount", "Численность"),
    (
        "threshold",
        "Counting direct, outstaffed and contractors; the quotas apply above",
        "Считаются штат, аутстаффинг и ГПХ; квоты применяются свыше",
    ),
    ("localisation", "Kazakhstani citizens in each group", "Доля граждан РК по категориям"),
    ("managers", "Managers and deputies (categories 1–2)", "Руководители и заместители (категории 1–2)"),
    (
        "specialists",
        "Specialists and skilled workers (categories 3–4)",
        "Специалисты и квалифицированные рабочие (категории 3–4)",
    ),
    ("quotas_apply", "The quotas apply at this headcount.", "Квоты применяются при этой численности."),
    (
        "quotas_not_apply",
        "The quotas do not apply yet at this headcount.",
        "При этой численности квоты пока не применяются.",
    ),
    ("exposure", "Fine exposure", "Возможные штрафы"),
    ("violations", "violations", "нарушений"),
    ("risks", "risks", "рисков"),
    ("warnings", "warnings", "предупреждений"),
    ("severity", "Severity", "Уровень"),
    ("who", "Who", "Кто"),
    ("what", "What", "Что"),
    ("fine", "Fine, ₸", "Штраф, ₸"),
    ("all", "All", "Все"),
    ("violation", "Violation", "Нарушение"),
    ("risk", "Risk", "Риск"),
    ("warning", "Warning", "Предупреждение"),
    ("no_findings", "No findings. Nothing the state's cross-check would flag.", "Нарушений нет."),
    (
        "no_findings_partial",
        "No findings in what could be checked — see below what was not checked.",
        "В проверенном нарушений нет — ниже то, что проверить не удалось.",
    ),
    ("fine_why", "Fine", "Штраф"),
    ("fine_warning", "warning only", "только предупреждение"),
    ("fine_not_finable", "not finable", "не штрафуется"),
    ("fine_not_priced", "not priced", "не рассчитан"),
    ("fine_no_sanction", "no sanction", "санкция не найдена"),
    ("at_least", "at least", "не менее"),
    ("one_fine_not_priced", "1 fine not priced", "1 штраф не рассчитан"),
    ("fines_not_priced", "{n} fines not priced", "не рассчитано штрафов: {n}"),
    ("not_checked", "Not checked", "Не проверено"),
    (
        "not_checked_help",
        "The data these checks need is missing, so they were not run and carry no fine. Add it to have them checked:",
        "Для этих проверок нет данных: они не выполнены, и штрафы по ним не считаются. Добавьте данные, чтобы их проверить:",
    ),
    (
        "bad_filter",
        "The filter {parameter} = «{value}» is not one the audit knows, so nothing is shown. Allowed: {allowed}.",
        "Фильтр {parameter} = «{value}» аудиту неизвестен, поэтому ничего не показано. Допустимо: {allowed}.",
    ),
    ("deadlines", "Deadlines", "Сроки"),
    ("overdue", "Overdue", "Просрочено"),
    ("this_week", "This week", "На этой неделе"),
    ("next_30", "Next 30 days", "Следующие 30 дней"),
    ("nothing_due", "Nothing due.", "Ничего."),
    ("name", "Name", "ФИО"),
    ("citizenship", "Citizenship", "Гражданство"),
    ("position", "Position", "Должность"),
    ("engagement", "Engagement", "Форма"),
    ("category", "Category", "Категория"),
    ("gross", "Gross, ₸", "Начислено, ₸"),
    ("start", "Start", "Начало"),
    ("contracts", "Contracts", "Договоры"),
    ("events", "Event history", "История событий"),
    ("add_event", "Add an event", "Добавить событие"),
    ("date", "Date", "Дата"),
    ("until", "Until", "До"),
    ("note", "Note", "Примечание"),
    ("save", "Save", "Сохранить"),
    ("period", "Month", "Месяц"),
    ("compute", "Compute and save this month", "Рассчитать и сохранить месяц"),
    ("net", "Net, ₸", "К выплате, ₸"),
    ("employer_cost", "Employer's cost, ₸", "Затраты работодателя, ₸"),
    ("total", "Total", "Итого"),
    ("no_payroll", "No payroll stored for this month yet.", "За этот месяц расчёта ещё нет."),
    ("upload", "Upload a workforce file (CSV or XLSX)", "Загрузите файл сотрудников (CSV или XLSX)"),
    ("check_file", "Check the file", "Проверить файл"),
    ("preview", "Preview", "Предпросмотр"),
    (
        "problems",
        "Problems — nothing will be imported until they are fixed",
        "Ошибки — ничего не будет импортировано, пока их не исправить",
    ),
    ("row", "Row", "Строка"),
    ("column", "Column", "Столбец"),
    ("message", "Message", "Сообщение"),
    ("file_ok", "The file is valid. Importing will write these people:", "Файл корректен. Будут записаны:"),
    ("confirm_import", "Import", "Импортировать"),
    ("imported", "Imported", "Импортировано"),
    ("reports", "Download the audit", "Скачать аудит"),
    ("as_of", "As of", "На дату"),
    ("read_only", "Your role can read but not change.", "Ваша роль позволяет только просмотр."),
    ("language", "Язык: русский", "Language: English"),
    ("api_docs", "API", "API"),
    ("people_count", "people", "чел."),
    ("not_found", "Not found.", "Не найдено."),
    ("tokens", "API tokens", "API-токены"),
    (
        "tokens_help",
        "A token lets a program (1C, a script) use the API as this organisation, with the role you choose (never more than yours).",
        "Токен даёт программе (1С, скрипту) доступ к API от имени организации с выбранной ролью (не выше вашей).",
    ),
    ("token_once", "Copy this token now: it is shown only once.", "Скопируйте токен сейчас: он показывается один раз."),
    (
        "token_gone",
        "This token's secret was shown once and is not shown again. If you did not copy it, revoke the token and create another.",
        "Секрет этого токена уже был показан один раз и больше не показывается. Если вы его не скопировали, отзовите токен и создайте новый.",
    ),
    ("mint", "Create a token", "Создать токен"),
    ("revoke", "Revoke", "Отозвать"),
    ("role", "Role", "Роль"),
    ("opv", "OPV", "ОПВ"),
    ("vosms", "VOSMS", "ВОСМС"),
    ("ipn", "IPN", "ИПН"),
    ("opvr", "OPVR", "ОПВР"),
    ("so", "SO", "СО"),
    ("oosms", "OOSMS", "ООСМС"),
    ("social_tax", "Social tax", "Соц. налог"),
    ("admin", "admin", "администратор"),
    ("editor", "editor", "редактор"),
    ("viewer", "viewer", "просмотр"),
    ("size_class", "size", "размер"),
    ("micro", "micro business", "микропредпринимательство"),
    ("small", "small business", "малое предпринимательство"),
    ("medium", "medium business", "среднее предпринимательство"),
    ("large", "large business", "крупное предпринимательство"),
    ("direct", "direct", "штат"),
    ("outstaffed", "outstaffed", "аутстаффинг"),
    ("third_party", "third party", "третья сторона"),
    ("contractor", "contractor", "ГПХ"),
    ("new", "new", "новых"),
    ("known", "already here", "уже есть"),
    ("updated", "updated", "обновлено"),
    ("unchanged", "unchanged", "без изменений"),
    ("events_added", "events added", "событий добавлено"),
    ("rules", "Rules", "Нормативы"),
    (
        "rules_help",
        "The statutory values every calculation of your organisation uses, with their legal sources. When a new law is signed (the budget law sets next year's MRP and minimum wage), an admin enters the value here; it applies to your organisation only.",
        "Нормативные значения, по которым считаются все расчёты вашей организации, с источниками. Когда подписан новый закон (закон о бюджете устанавливает МРП и МЗП на следующий год), администратор вводит значение здесь; оно действует только для вашей организации.",
    ),
    ("coverage", "How far the rules reach", "До какой даты есть нормативы"),
    ("covered_until", "Every value is known until", "Все значения известны по"),
    ("days_left", "days left", "дн. осталось"),
    ("coverage_ended", "coverage has ended", "срок истёк"),
    ("covered_always", "Every parameter has a value with no end date.", "У всех параметров есть бессрочные значения."),
    (
        "missing_after",
        "No value yet after that day — calculations for later periods stop and say so until they are added:",
        "После этой даты значений ещё нет — расчёты за более поздние периоды остановятся с объяснением, пока их не добавят:",
    ),
    ("from", "from", "с"),
    (
        "provisional",
        "Provisional (to be replaced by the official text):",
        "Предварительно (до официальной публикации):",
    ),
    (
        "value_added",
        "The value was added and applies from the next calculation.",
        "Значение добавлено и применяется со следующего расчёта.",
    ),
    (
        "value_refused",
        "The value was not added: the rules would not load with it.",
        "Значение не добавлено: с ним нормативы некорректны.",
    ),
    ("add_value", "Add a value", "Добавить значение"),
    (
        "add_value_help",
        "Write the value as in the rule files: \"4500 KZT\", \"14 MRP\", \"4.5%\". It replaces the values it overlaps. A source (the act and article) and a public reference are required.",
        "Значение пишется как в файлах нормативов: \"4500 KZT\", \"14 MRP\", \"4.5%\". Оно заменяет значения, с которыми пересекается. Нужны источник (акт и статья) и публичная ссылка.",
    ),
    ("parameter", "Parameter", "Параметр"),
    ("since", "Since", "С"),
    ("value", "Value", "Значение"),
    ("legal_source", "Legal source", "Правовой источник"),
    ("reference", "Reference", "Ссылка"),
    (
        "rules_admin_only",
        "Only an admin can add or retire values.",
        "Добавлять и отменять значения может только администратор.",
    ),
    ("org_values", "Values entered by your organisation", "Значения, введённые вашей организацией"),
    ("no_values", "None: the built-in rules apply.", "Нет: действуют встроенные нормативы."),
    ("entered", "Entered", "Введено"),
    ("retired", "retired", "отменено"),
    ("retire", "Retire", "Отменить"),
    ("in_force_today", "Every parameter in force today", "Все параметры, действующие сегодня"),
    ("origin", "Comes from", "Откуда"),
    ("banner_rules", "The rules end on", "Нормативы заканчиваются"),
    ("banner_missing", "No value yet for", "Ещё нет значений для"),
    ("banner_add", "Add them on the Rules page", "Добавьте их на странице «Нормативы»"),
    ("error_title", "This did not work", "Не получилось"),
    ("go_back", "Go back", "Назад"),
    ("missing_rules", "Missing rule values", "Не хватает нормативов"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_has_both_languages_and_keys_are_unique() {
        let mut keys = std::collections::HashSet::new();
        for (k, en, ru) in WORDS {
            assert!(keys.insert(k), "duplicate key {k}");
            assert!(!en.is_empty() && !ru.is_empty(), "{k} lacks a translation");
        }
        assert_eq!(T::new("ru").s("sign_in"), "Войти");
        assert_eq!(T::new("en").s("sign_in"), "Sign in");
        assert!(T::new("ru").s("welcome").starts_with("Қош келдіңіз!"));
    }
}
