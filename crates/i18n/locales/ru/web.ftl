# web texts (ru): панель управления. Количества — общие формы из common.ftl
# (violation-count, risk-count, warning-count, person-count).

## Макет, навигация, язык

web-language = Язык
web-companies = Компании
web-overview = Обзор
web-findings = Нарушения и риски
web-people = Сотрудники
web-payroll = Зарплата
web-import = Импорт
web-rules = Нормативы
web-tokens = API-токены
web-api-docs = API
web-sign-out = Выйти
web-home = На главную
web-role-admin = администратор
web-role-editor = редактор
web-role-viewer = просмотр
web-banner-soon = Срок действия нормативов заканчивается { $date } ({ $days ->
    [one] остался { $days } день
    [few] осталось { $days } дня
   *[many] осталось { $days } дней
}). Ещё нет значений для: { $missing }.
web-banner-ended = Срок действия нормативов истёк { $date }. Ещё нет значений для: { $missing }.
web-banner-add = Добавьте их на странице «Нормативы»
web-show = Показать

## Вход

web-welcome = Қош келдіңіз! Добро пожаловать в kzcomply
web-tagline = Нанимайте сотрудников в Казахстане, не нарушая закон по неосторожности.
web-email = Эл. почта
web-password = Пароль
web-sign-in = Войти
web-bad-login = Неверная почта или пароль.
web-too-many = Слишком много неудачных попыток. Подождите 15 минут и попробуйте снова.
web-busy = Сейчас слишком много попыток входа. Повторите через несколько секунд.
web-demo-hint = Демо: admin@demo.kz (английский), editor@demo.kz (русский), viewer@demo.kz (казахский); пароль

## Компании

web-no-companies = Компаний пока нет.
web-bin = БИН { $bin }

## Обзор

web-as-of = На { $date }
web-as-of-label = На дату
web-size-micro = микропредпринимательство
web-size-small = малое предпринимательство
web-size-medium = среднее предпринимательство
web-size-large = крупное предпринимательство
web-size-unknown = размер не определён
web-headcount = Численность: { $count }
web-threshold = Считаются штат, аутстаффинг и исполнители по договорам ГПХ; квоты применяются, если численность больше { $count ->
    [one] { $count } человека
    [few] { $count } человек
   *[many] { $count } человек
}
web-localisation = Доля граждан РК по категориям
web-managers = Руководители и заместители (категории 1–2)
web-specialists = Специалисты и квалифицированные рабочие (категории 3–4)
web-quotas-apply = При этой численности квоты применяются.
web-quotas-not-apply = При этой численности квоты пока не применяются.
web-exposure = Возможные штрафы
web-reports = Скачать аудит
web-deadlines = Сроки
web-overdue = Просрочено
web-this-week = На этой неделе
web-next-30 = Следующие 30 дней
web-nothing-due = Сроков нет.
web-chart-headcount = { $count ->
    [one] { $count } человек
    [few] { $count } человека
   *[many] { $count } человек
}; порог { $threshold }
web-chart-localisation = Доля граждан РК по категориям в сравнении с минимальной
web-chart-costs = Затраты работодателя по сотрудникам

## Нарушения и риски

web-severity = Уровень
web-severity-violation = Нарушение
web-severity-risk = Риск
web-severity-warning = Предупреждение
web-all = Все
web-who = Кто
web-what = Что
web-fine-column = Штраф, ₸
web-no-findings = Замечаний нет: государственной перекрёстной проверке нечего отметить.
web-no-findings-partial = В проверенных данных замечаний нет — ниже то, что проверить не удалось.
web-fine-why = Штраф: { $note }
web-fine-warning = только предупреждение
web-fine-not-finable = не штрафуется
web-fine-not-priced = не рассчитан
web-fine-no-sanction = нет санкции
web-not-checked = Не проверено ({ $count })
web-not-checked-help = Для этих проверок не хватает данных: они не выполнены, и штрафы по ним не считаются. Добавьте данные, чтобы их проверить:
web-bad-filter = Фильтр { $parameter } = «{ $value }» аудиту неизвестен, поэтому ничего не показано. Допустимо: { $allowed }.
web-date-forms = дата в виде ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, годы 1900–2200

## Сотрудники и сотрудник

web-id = Таб. №
web-name = ФИО
web-citizenship = Гражданство
web-position = Должность
web-engagement = Форма привлечения
web-engagement-direct = штат
web-engagement-outstaffed = аутстаффинг
web-engagement-third-party = третья сторона
web-engagement-contractor = договор ГПХ
web-engagement-unknown = иное
web-category = Категория
web-gross = Начислено, ₸
web-start = Начало
web-end = Окончание
web-person-id = Таб. № { $id }
web-iin = ИИН { $iin }
web-residence-permit = вид на жительство
web-contracts = Договоры
web-term-indefinite = бессрочный
web-term-fixed = срочный
web-events = История событий
web-event-signed = трудовой договор подписан
web-event-amended = в договор внесены изменения
web-event-terminated = трудовой договор расторгнут
web-event-reinstated = восстановлен на работе
web-event-esutd-registered = договор внесён в ЕСУТД
web-event-esutd-termination-registered = расторжение внесено в ЕСУТД
web-event-permit-issued = выдано разрешение на привлечение иностранной рабочей силы
web-event-permit-extended = разрешение продлено
web-event-mentor-appointed = назначен наставником
web-event-trip = командировка
web-note-imported = импортировано из { $file }
web-add-event = Добавить событие
web-event-kind = Событие
web-date = Дата
web-until = До
web-note = Примечание
web-save = Сохранить
web-event-refused = Событие не сохранено:
web-unknown-event = такого события kzcomply не знает
web-not-a-date = это не дата; укажите в виде { $example }
web-read-only = Ваша роль позволяет только просмотр.

## Зарплата

web-period = Месяц
web-month-year = { $month } { $year }
web-month-1 = январь
web-month-2 = февраль
web-month-3 = март
web-month-4 = апрель
web-month-5 = май
web-month-6 = июнь
web-month-7 = июль
web-month-8 = август
web-month-9 = сентябрь
web-month-10 = октябрь
web-month-11 = ноябрь
web-month-12 = декабрь
web-compute = Рассчитать и сохранить за { $period }
web-no-payroll = За { $period } расчёта ещё нет.
web-bad-period = «{ $value }» — не месяц: выберите месяц или укажите его в виде 03.2026.
web-opv = ОПВ
web-vosms = ВОСМС
web-ipn = ИПН
web-net = К выплате, ₸
web-opvr = ОПВР
web-so = СО
web-oosms = ООСМС
web-social-tax = Соц. налог
web-employer-cost = Затраты работодателя, ₸
web-total = Итого

## Импорт

web-upload = Загрузите файл сотрудников (CSV или XLSX)
web-upload-again = Проверен файл { $file }. Выберите исправленный файл, чтобы проверить его снова.
web-check-file = Проверить файл
web-preview = Предпросмотр: { $file }
web-problems = { $count ->
    [one] { $count } ошибка — ничего не будет импортировано, пока её не исправить
    [few] { $count } ошибки — ничего не будет импортировано, пока их не исправить
   *[many] { $count } ошибок — ничего не будет импортировано, пока их не исправить
}
web-row = Строка
web-column = Столбец
web-message = Сообщение
web-file-ok = Файл корректен. Будут записаны сотрудники: { $count }
web-status-new = новый
web-status-known = уже есть
web-confirm-import = Импортировать
web-imported = Импортировано: { $rows } — новых { $created }, обновлено { $updated }, без изменений { $unchanged }, добавлено событий { $events }

## Нормативы

web-rules-help = Нормативные значения, на которых основаны все расчёты вашей организации, с их правовыми источниками. Когда подписан новый закон (закон о республиканском бюджете устанавливает МРП и МЗП на следующий год), администратор вводит значение здесь; оно действует только для вашей организации.
web-coverage = До какой даты есть нормативы
web-covered-until = Все значения известны по
web-days-left = { $count ->
    [one] остался { $count } день
    [few] осталось { $count } дня
   *[many] осталось { $count } дней
}
web-coverage-ended = срок истёк
web-covered-always = У всех параметров есть бессрочные значения.
web-missing-after = После этой даты значений ещё нет — расчёты за более поздние периоды остановятся с объяснением, пока их не добавят:
web-from = с { $date }
web-until-date = по { $date }
web-provisional = Предварительно (до официальной публикации):
web-value-added = Значение добавлено и применяется со следующего расчёта.
web-value-refused = Значение не добавлено: с ним нормативы не загружаются.
web-add-value = Добавить значение
web-add-value-help = Значение пишется как в файлах нормативов: "4500 KZT", "14 MRP", "4.5%". Оно заменяет значения, с которыми пересекается. Нужны источник (акт и статья) и публичная ссылка. Даты — в виде ДД.ММ.ГГГГ или ГГГГ-ММ-ДД.
web-parameter = Параметр
web-since = С
web-value = Значение
web-legal-source = Правовой источник
web-legal-source-example = Закон РК «О республиканском бюджете на 2027–2029 годы», ст. …
web-reference = Ссылка
web-rules-admin-only = Добавлять и отменять значения может только администратор.
web-org-values = Значения, введённые вашей организацией
web-no-values = Нет: действуют встроенные нормативы.
web-in-force = Действует
web-entered = Введено
web-retired = отменено
web-retire = Отменить
web-in-force-today = Все параметры, действующие сегодня ({ $count })
web-day-of-month = { $day }-е число
web-yes = да
web-no = нет
web-value-none = нет (правило не применяется)
web-origin = Откуда
web-value-not-a-date = «{ $value }» — не дата (ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)
web-field-empty = не заполнено

## API-токены

web-tokens-help = Токен даёт программе (1С, скрипту) доступ к API от имени организации с выбранной ролью (не выше вашей).
web-token-once = Скопируйте токен сейчас: он показывается только один раз.
web-token-gone = Секрет этого токена уже был показан один раз и больше не показывается. Если вы его не скопировали, отзовите токен и создайте новый.
web-token-name-example = Выгрузка из 1С
web-token-default-name = API-токен
web-token-bad-role = Выберите роль: администратор, редактор или просмотр.
web-mint = Создать токен
web-revoke = Отозвать
web-role = Роль
web-created = Создан

## Ошибки

web-error-title = Не получилось
web-error-unknown = На запрос не удалось ответить.
web-go-back = Назад
web-missing-rules = Не хватает нормативов
web-problem-at = строка { $row }, { $field }

# Страница зарплатного месяца (issue 15).
web-run-title = Зарплата за { $period }
web-run-status-draft = Черновик
web-run-status-approved = Утверждена
web-run-status-closed = Закрыта
web-run-computed = рассчитана { $when }
web-run-approved = утверждена { $when }: цифры заморожены для проверки
web-run-closed = закрыта { $when }: последующие изменения идут в следующий открытый месяц корректировками
web-run-compute = Рассчитать черновик
web-run-approve = Утвердить
web-run-close = Закрыть месяц
web-run-people = { $count ->
    [one] { $count } сотрудник в ведомости
    [few] { $count } сотрудника в ведомости
   *[many] { $count } сотрудников в ведомости
}
web-run-days = Отработано дней
web-run-withheld = Удержано
web-run-payslip = Расчётный листок
web-run-payslip-html = Открыть
web-run-payslip-pdf = Для печати
web-run-page = страница { $page } из { $pages }
web-run-register-xlsx = Скачать свод (XLSX)
web-run-register-csv = Скачать свод (CSV)
web-run-payments = Платежи
web-run-charge = Платёж
web-run-payee = Получатель
web-run-amount = Сумма
web-run-due = Срок
web-run-corrections = Корректировки закрытых месяцев
web-run-kind = Вид
web-run-correction-of = Исправленный месяц
web-run-accruals = Начисления месяца
web-run-accruals-more = { $count ->
    [one] и ещё { $count }
    [few] и ещё { $count }
   *[many] и ещё { $count }
}
web-run-person = Сотрудник
web-run-person-id = Табельный номер
web-run-hours = Часы
web-accrual-hours = { $hours } ч
web-run-accruals-file = Файл начислений (CSV: табельный номер, вид, сумма, часы, примечание)
web-run-upload = Загрузить
web-run-outstaffed = Аутстаффинг
web-run-outstaffed-note = В ведомости своего работодателя, не в итогах этой компании: стоимость их зарплаты и взносов работодателя.
web-run-employer-bin = БИН работодателя
web-run-contractors = Исполнители по договорам ГПХ
web-run-contractors-note = Не в зарплатной ведомости: оплачиваются по своим договорам ГПХ.
web-facts = Данные для зарплаты
web-facts-birth-date = Дата рождения
web-facts-tax-resident = Налоговый резидент
web-facts-in-kz-since = В Казахстане с
web-facts-pensioner = Пенсионер
web-facts-disability-group = Группа инвалидности
web-facts-disability-from = Инвалидность с
web-facts-disability-until = Инвалидность по
web-facts-basic-deduction = Базовый вычет заявлен
web-facts-basic-deduction-from = Базовый вычет с
web-facts-week = Рабочих дней в неделю
web-facts-days-worked = Отработано дней (табель)
web-facts-yes = да
web-facts-no = нет
web-facts-default = по умолчанию
web-facts-pensioner-age = по возрасту
web-facts-pensioner-seniority = за выслугу лет
web-facts-edit = Изменить данные для зарплаты
web-facts-refused = Данные для зарплаты не сохранены:
web-facts-choose = выберите значение из списка
web-facts-whole-number = целое число от 0 до 31
web-facts-until-before-from = раньше первого дня инвалидности
web-facts-from-not-claimed = дата начала указывается только при заявленном базовом вычете
