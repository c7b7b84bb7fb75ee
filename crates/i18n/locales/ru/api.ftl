# api texts (ru): сообщения об ошибках API и другие тексты его ответов, которые читают люди.
# Идентификаторы (`code`, `rule`, имена полей) не переводятся; переводятся только эти тексты.

## Форма ошибки

api-unauthorized = войдите в систему или передайте API-токен в заголовке "Authorization: Bearer kzc_…"
api-not-found = такого ресурса нет
api-payload-too-large = тело запроса слишком велико
api-unsupported-media-type = передайте тело в формате JSON с заголовком "Content-Type: application/json"
api-method-not-allowed = этот путь не принимает такой метод; допустимые методы перечислены в заголовке Allow
api-too-many-sign-ins = слишком много неудачных попыток входа; подождите несколько минут
api-internal = на нашей стороне произошла ошибка; она записана в журнал
api-timeout-arriving = запрос передавался слишком долго
api-too-many-requests = слишком много запросов; подождите немного и повторите
api-unavailable = сервер занят; повторите чуть позже
api-timeout-answering = ответ на запрос готовился слишком долго
api-cannot-answer = на этот запрос нельзя ответить
api-malformed = запрос составлен неверно
api-not-allowed = не разрешено
api-bad-path = путь неверен: его параметры должны быть текстом UTF-8 нужного вида
api-body-unreadable = не удалось прочитать тело запроса
api-upload-unreadable = не удалось прочитать загрузку: передайте файл в поле формы "file"
api-bad-lang = lang: "{ $value }" — язык, которого kzcomply не знает; укажите en, ru или kk
api-needs-role = для этого нужна роль { $role }
api-csrf-header = браузер, вошедший в систему, должен передавать CSRF-токен сессии в заголовке X-CSRF-Token
api-form-expired = форма устарела; обновите страницу и попробуйте снова
api-cross-site = отправка форм с других сайтов запрещена

## Тела и параметры, которые не подходят

api-json-ends-early = тело не является корректным JSON: оно обрывается
api-json-syntax = тело не является корректным JSON (строка { $line }, позиция { $column })
api-field-problem = { $field }: { $message }
api-row-field-problem = строка { $row }, { $field }: { $message }
api-field-required = обязательное поле
api-field-unknown = такого поля в этом запросе нет
api-field-unknown-list = такого поля в этом запросе нет; поля: { $fields }
api-value-not-allowed = значение { $value } недопустимо; используйте { $allowed }
api-value-expected = ожидается { $expected }, а не { $got }
api-wrong-length = неверное число элементов ({ $count })
api-wrong-length-unknown = неверное число элементов
api-type-whole-number = целое число
api-type-boolean = true или false
api-type-string = строка
api-type-list = список
api-type-object = объект
api-got-string = строка { $value }
api-got-number = число { $value }
api-got-boolean = { $value }
api-got-list = список
api-got-object = объект
api-got-null = null
api-input-problems = { $count ->
    [one] { $count } ошибка во входных данных; ничего не записано
    [few] { $count } ошибки во входных данных; ничего не записано
   *[many] { $count } ошибок во входных данных; ничего не записано
}

## Расчёты

api-no-payroll-rules = нет нормативов для расчёта зарплаты за { $period }: { $reason }
api-status-values = citizen (гражданин РК), foreign-resident (иностранец-резидент), eaeu (гражданин ЕАЭС) или foreign-nonresident (иностранец-нерезидент)
api-disability-values = группа 1, 2 или 3
api-gross-or-net = укажите что-то одно: gross (начислено) или net (к выплате)
api-batch-too-many-rows = не более { $max } строк в одном пакете; разделите файл
api-trace-too-many-rows = с расшифровкой — не более { $max } строк, а не { $count }; без расшифровки — до { $untraced }
api-rows-invalid = { $count ->
    [one] { $count } строка с ошибкой; ничего не рассчитано
    [few] { $count } строки с ошибками; ничего не рассчитано
   *[many] { $count } строк с ошибками; ничего не рассчитано
}
api-total-too-large = итог слишком велик, чтобы сложить его точно; разделите пакет
api-week-values = week: five-day (пятидневка) или six-day (шестидневка)
api-event-values = event: одно из { $events }
api-on-date-failed = { $what } на { $date }: { $reason }
api-violation-unknown = violation: неизвестное нарушение "{ $value }" (см. `kzcomply fine --help`)
api-offender-values = offender: micro, small, medium, large, official или nonprofit

## Сотрудники, аудит, отчёты, расчёт зарплаты

api-uploaded-workforce = Загруженный список сотрудников
api-file-problems = { $count ->
    [one] { $count } ошибка в файле; ничего не импортировано
    [few] { $count } ошибки в файле; ничего не импортировано
   *[many] { $count } ошибок в файле; ничего не импортировано
}
api-report-format = format: html, csv или xlsx, а не "{ $value }"
api-period = period: ГГГГ-ММ, а не "{ $value }"
api-cannot-audit = аудит на { $date } невозможен: { $reason }
api-filter-not-allowed = { $parameter }: значение "{ $value }" недопустимо; используйте { $allowed }
api-filter-not-a-date = { $parameter }: "{ $value }" — не дата (ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, годы 1900–2200)
api-month-too-large = { $person }: оклад, надбавки и доход в натуральной форме за месяц больше { $max } — это наибольшая месячная сумма, которую рассчитывает kzcomply
api-months-too-large = { $count ->
    [one] у { $count } сотрудника месячное начисление, которое kzcomply не может рассчитать; ничего не сохранено
    [few] у { $count } сотрудников месячное начисление, которое kzcomply не может рассчитать; ничего не сохранено
   *[many] у { $count } сотрудников месячное начисление, которое kzcomply не может рассчитать; ничего не сохранено
}
api-month-totals-too-large = итоги месяца слишком велики, чтобы сложить их точно

## Нормативы организации

api-rules-refused = нормативы не загружаются: { $problems }
api-not-covered-hint = В нормативах нет значения на { $date } для: { $missing }. kzcomply никогда не угадывает значения, которые закон ещё не установил: когда закон подписан, администратор добавляет каждое значение с источником на странице «Нормативы» (или POST /api/v1/rules/values)
api-missing-item = { $parameter } (с { $from })
api-values-misfit = значения нормативов вашей организации больше не согласуются с нормативами этой версии kzcomply; отмените или исправьте их на странице «Нормативы»: { $reason }
api-calendar-rules = нормативы календаря: { $reason }

## Проверки того, что записывается (api-store-…)

api-store-company-name = у компании должно быть название
api-store-bin-digits = БИН состоит из 12 цифр, а не "{ $value }"
api-store-not-negative = не может быть отрицательным
api-store-ext-id = нужен табельный номер сотрудника в ваших записях
api-store-full-name = нужно ФИО
api-store-iin-digits = ИИН состоит из 12 цифр, а не "{ $value }"
api-store-citizenship = двухбуквенный код страны ISO, например KZ или TR
api-store-engagement = одно из: direct (штат), outstaffed (аутстаффинг), third_party (третья сторона), contractor (договор ГПХ)
api-store-position = нужно наименование должности
api-store-role-category = 1, 2, 3 или 4
api-store-end-before-start = раньше даты начала
api-store-fixed-needs-end = для срочного трудового договора нужна дата окончания
api-store-end-needs-fixed = дата окончания допустима только при term "fixed" (срочный договор)
api-store-term-values = "indefinite" (бессрочный) или "fixed" (срочный), а не "{ $value }"
api-store-amount-range = от 0 до { $max } KZT, а не { $value }
api-store-month-too-large = оклад, надбавки и доход в натуральной форме за месяц больше { $max } KZT — это наибольшая месячная сумма, которую рассчитывает kzcomply
api-store-needs-until = для события { $kind } нужна дата окончания
api-store-until-before-on = раньше даты события (on_date)
api-store-year-range = { $date }: год должен быть от { $first } до { $last }
api-store-no-contract = такого договора нет
api-store-contract-of-another = этот договор принадлежит другому сотруднику
api-store-not-in-company = { $person } не работает в этой компании
api-store-parameter-empty = не заполнено: укажите параметр, например mrp
api-store-lang = en, ru или kk
api-store-iin-taken = ИИН { $iin } уже принадлежит { $ext_id } ({ $name }, сотрудник { $person }) в этой компании: один ИИН — один человек; исправьте ИИН или добавьте эту работу как договор сотрудника { $ext_id }
api-store-ext-id-taken = в этой компании уже есть сотрудник с табельным номером "{ $ext_id }"
api-store-added-meanwhile = за это время в компанию добавили сотрудника из этого файла: импортируйте файл ещё раз
api-store-hashing-stopped = хеширование пароля прервано: { $reason }
api-store-email-taken = пользователь с эл. почтой { $email } уже есть
api-store-token-by-token = API-токены создаёт пользователь, вошедший в систему, а не токен
api-store-id-twice = `{ $id }` уже указан как табельный номер в строке { $first }
api-store-iin-twice = ИИН { $iin } указан также в: { $rows }; один ИИН — один человек: исправьте ИИН или оставьте для каждого сотрудника одну строку
api-store-row-id = строка { $row } (таб. № { $id })
api-store-iin-stored = ИИН { $iin } уже принадлежит { $ext_id } ({ $name }) в этой компании: один ИИН — один человек; исправьте ИИН или укажите для этой строки табельный номер { $ext_id }

## Расчётный месяц: данные сотрудника для расчёта зарплаты, начисления и расчёты (api-store-…)
api-store-pensioner = no (нет), age (по возрасту) или seniority (по выслуге лет), а не "{ $value }"
api-store-disability-group = группа инвалидности — 1, 2 или 3
api-store-disability-until = раньше disability_from
api-store-deduction-not-claimed = дата, с которой применяется базовый вычет, требует basic_deduction = true
api-store-week = 5 или 6 рабочих дней в неделю
api-store-days-worked = от 0 до 31 рабочего дня
api-store-accrual-kind = укажите вид начисления, например bonus или overtime
api-store-accrual-kind-form = вид начисления — не длиннее { $max } символов, без управляющих символов
api-store-accrual-amount-or-hours = укажите либо сумму (amount), либо часы (hours_tenths), но не то и другое
api-store-accrual-amount-range = от -{ $max } до { $max } тенге, а не { $value }
api-store-accrual-hours = часы в десятых долях, от 1 до { $max }
api-store-accrual-note = примечание — не длиннее { $max } символов
api-store-run-closed = расчёт зарплаты за { $period } закрыт и больше не изменяется; внесите корректировку в следующий открытый месяц
api-store-run-not-draft = расчёт зарплаты за { $period } { $status ->
    [approved] уже утверждён
   *[other] в статусе { $status }
}: утвердить можно только черновик (сначала пересчитайте его)
api-store-run-not-approved = расчёт зарплаты за { $period } { $status ->
    [draft] — черновик
   *[other] в статусе { $status }
}: закрыть можно только утверждённый расчёт (сначала утвердите его)

# Зарплатный месяц (issue 15): начисления, расчётные листки.
api-accrual-unknown-kind = неизвестный вид начисления «{ $kind }» в { $period }; виды: { $kinds }
api-accrual-not-hours = «{ $kind }» не оплачивается по часам: укажите сумму
api-accrual-hours-tenths = { $value } — не число часов с не более чем одним знаком после запятой (например, 7,5)
api-accrual-period-needed = укажите месяц: ?period=ГГГГ-ММ
api-payslip-format = { $value } — не формат расчётного листка: html или pdf
api-pdf-unavailable = сервис собран без PDF: запросите format=html

# Данные для зарплаты как поля сотрудника (issue 15).
api-type-date = дата (ГГГГ-ММ-ДД)
api-type-date-or-no = дата (ГГГГ-ММ-ДД) или "no"
api-person-facts-disagree = в payroll.{ $field } указано другое: укажите это один раз или одинаково в обоих местах
api-store-run-earlier-open = Нельзя закрыть { $period }, пока открыт { $earlier }: месяцы года закрываются по порядку (итоги с начала года берутся из закрытых предыдущих месяцев)
api-accrual-contractor = { $person } работает по договору ГПХ: не входит в ведомость работников, начисление невозможно
api-accrual-not-employed = { $person } не работал в { $period }: начисление за этот месяц невозможно
