# Вывод командной строки, кроме текстов самого закона (ru): подписи таблиц, заголовки,
# подсказки и ошибки команд payroll, calendar, workdays, deadline, fine, entity-size, rules и id.

cli-error = ошибка: { $message }

cli-date-not-a-date = `{ $value }` — не дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)
cli-date-year-range = `{ $value }`: год должен быть от 1900 до 2200
cli-date-not-a-day = `{ $value }` — такого дня в календаре нет

## payroll

cli-payroll-title = Расчёт зарплаты за { $period } — { $who }
cli-payroll-born = дата рождения { $date }
cli-payroll-disability = инвалидность { $group } группы
cli-payroll-no-personal-deduction = без базового вычета
cli-payroll-hired = принят в этом месяце
cli-payroll-dismissed = уволен в этом месяце
cli-payroll-smallest-gross = Наименьшее начисление в целых тенге, при котором к выплате не менее { $net }
cli-payroll-gross = Начислено
cli-payroll-withheld = Удержано из зарплаты работника
cli-payroll-row-opv = ОПВ   пенсионные взносы
cli-payroll-row-vosms = ВОСМС взносы на ОСМС
cli-payroll-row-ipn = ИПН   подоходный налог
cli-payroll-net = К выплате
cli-payroll-employer-on-top = Сверх начисленного платит работодатель
cli-payroll-row-opvr = ОПВР  пенсионные взносы работодателя
cli-payroll-row-so = СО    социальные отчисления
cli-payroll-row-oosms = ООСМС отчисления на ОСМС
cli-payroll-row-social-tax = Социальный налог
cli-payroll-employer-cost = Всего расходы работодателя
cli-payroll-exempt = освобождено
cli-payroll-on-taxable = с облагаемого дохода { $taxable }
cli-payroll-of-gross = { $percent } от начисленного
cli-payroll-on-top = начислено + { $charges } (сверху { $percent })
cli-payroll-how = Как рассчитана каждая строка (суммы в тенге):
cli-payroll-note = примечание: { $note }
cli-payroll-sources-hint = Добавьте --sources, чтобы увидеть правовой источник каждого параметра, или --json, чтобы получить всё.
cli-payroll-no-rules = нет правил расчёта зарплаты на { $period }: { $error }

## payroll --batch

cli-batch-column-twice = { $file }: столбец `{ $column }` встречается в заголовке дважды
cli-batch-gross-or-net = gross (или net)
cli-batch-no-column = { $file }: в заголовке нет столбца { $columns }; известные столбцы: { $known }
cli-batch-ignoring-columns = примечание: { $file }: столбцы { $columns } пропущены (известные: { $known })
cli-batch-not-yes-no = «{ $value }» — не да/нет (yes/no)
cli-batch-not-pensioner = «{ $value }» — не age, seniority, да/нет и не пусто
cli-batch-not-period = «{ $value }» — не период (ГГГГ-ММ)
cli-batch-empty-gross = пусто: укажите gross (или net)
cli-batch-unknown-status = неизвестный статус «{ $value }»: используйте citizen, foreign-resident, eaeu или foreign-nonresident
cli-batch-not-a-date = «{ $value }» — не дата (ГГГГ-ММ-ДД)
cli-batch-not-disability = «{ $value }» — не 1, 2, 3 и не пусто
cli-batch-cannot-read-header = { $file }: не удаётся прочитать заголовок: { $error }
cli-batch-cannot-read = не удаётся прочитать входные данные: { $error }
cli-batch-column-error = столбец { $column }: { $message }
cli-batch-row-error = { $file }: строка { $row } (id { $id }): { $message }
cli-batch-nothing-written = ничего не записано; исправьте строку или используйте --on-error skip
cli-batch-skipped = пропущено: { $message }
cli-batch-standard-output = стандартный вывод
cli-batch-skipped-summary = { $failed ->
    [one] пропущена { $failed } строка
    [few] пропущены { $failed } строки
   *[many] пропущено { $failed } строк
} (см. выше); { $written ->
    [one] записана { $written } строка
    [few] записаны { $written } строки
   *[many] записано { $written } строк
} в { $place }
cli-batch-written = { $written ->
    [one] Записана { $written } строка
    [few] Записаны { $written } строки
   *[many] Записано { $written } строк
} в { $place }
cli-batch-progress = { $bar } { $bytes }/{ $total } ({ $speed }, осталось { $eta })

## calendar и workdays

cli-calendar-rules-incomplete = правила календаря неполны: { $error }
cli-calendar-status-provisional = ПРЕДВАРИТЕЛЬНЫЙ: рассчитан по правилам, ещё не опубликован
cli-calendar-status-overridden = ОФИЦИАЛЬНЫЙ КАЛЕНДАРЬ ИЗМЕНЁН: kzcomply следует более позднему акту
cli-calendar-status-official = официальный
cli-calendar-title = Производственный календарь на { $year } год — { $week ->
    [six-day] шестидневная
   *[five-day] пятидневная
} рабочая неделя ({ $status })
cli-calendar-totals = Рабочих дней: { $working }   Нерабочих дней: { $off }
cli-calendar-published = Опубликованный календарь: { $days ->
    [one] { $days } рабочий день
    [few] { $days } рабочих дня
   *[many] { $days } рабочих дней
}
cli-calendar-differs = Отличие: { $differs }
cli-calendar-col-date = Дата
cli-calendar-col-day = День
cli-calendar-col-kind = Вид
cli-calendar-col-reason = Причина
cli-calendar-kind-holiday = праздник
cli-calendar-kind-religious = религиозный
cli-calendar-kind-carry-over = перенос
cli-calendar-kind-transfer = по приказу
cli-calendar-kind-worked = РАБОЧИЙ
cli-calendar-row-month = Месяц
cli-calendar-row-working = Рабочих
cli-calendar-row-off = Выходных
cli-calendar-month-1 = янв
cli-calendar-month-2 = фев
cli-calendar-month-3 = мар
cli-calendar-month-4 = апр
cli-calendar-month-5 = май
cli-calendar-month-6 = июн
cli-calendar-month-7 = июл
cli-calendar-month-8 = авг
cli-calendar-month-9 = сен
cli-calendar-month-10 = окт
cli-calendar-month-11 = ноя
cli-calendar-month-12 = дек

cli-workdays-add = ({ $from } + { $unit ->
    [calendar] { $days ->
        [one] { $days } календарный день
        [few] { $days } календарных дня
       *[many] { $days } календарных дней
    }
   *[working] { $days ->
        [one] { $days } рабочий день
        [few] { $days } рабочих дня
       *[many] { $days } рабочих дней
    }
} при { $week ->
    [six-day] шестидневной
   *[five-day] пятидневной
} рабочей неделе = { $to })
cli-workdays-between = (рабочие дни с { $from } по { $to } включительно при { $week ->
    [six-day] шестидневной
   *[five-day] пятидневной
} рабочей неделе)
cli-workdays-ordinary-working-day = обычный рабочий день
cli-workdays-weekly-rest-day = еженедельный выходной
cli-workdays-check-working = { $day } — рабочий день: { $reason }
cli-workdays-check-not-working = { $day } — НЕ рабочий день: { $reason }

## deadline

cli-deadline-event-date = дата события
cli-deadline-rule = правило
cli-deadline-window-opens = подача открывается
cli-deadline-apply-from = подача с
cli-deadline-due = срок
cli-deadline-provisional = (предварительный календарь)
cli-deadline-how = расчёт
cli-deadline-status = статус
cli-deadline-as-of = (на { $as_of })
cli-deadline-as-of-done = (на { $as_of }, выполнено { $done })
cli-deadline-basis = основание
cli-deadline-reference = ссылка

## fine и entity-size

cli-fine-need-offender = укажите --offender или --headcount вместе с --income-mrp
cli-fine-date = дата
cli-fine-offender = нарушитель
cli-fine-offence = нарушение
cli-fine-offence-repeat-previous = повторное (предыдущее взыскание { $previous }, в течение года)
cli-fine-offence-repeat = повторное в течение года
cli-fine-offence-first-previous = первичное (предыдущее взыскание { $previous } — более года назад)
cli-fine-offence-first = первичное
cli-fine-sanction = санкция
cli-fine-sanction-none = нет
cli-fine-sanction-warning = предупреждение
cli-fine-article = статья
cli-fine-fine = штраф
cli-fine-mrp = { $mrp } МРП
cli-fine-mrp-range = от { $min } до { $max } МРП
cli-fine-times-mrp = × { $value } (МРП { $year } года)
cli-fine-in-tenge = в тенге
cli-fine-tenge = { $amount }
cli-fine-tenge-range = от { $min } до { $max } ₸
cli-fine-source = источник
cli-fine-note = примечание
cli-offender-official = должностное лицо
cli-offender-micro = субъект микропредпринимательства
cli-offender-small = субъект малого предпринимательства
cli-offender-medium = субъект среднего предпринимательства
cli-offender-large = субъект крупного предпринимательства
cli-offender-nonprofit = некоммерческая организация
cli-size-class-micro = микропредпринимательство
cli-size-class-small = малое предпринимательство
cli-size-class-medium = среднее предпринимательство
cli-size-class-large = крупное предпринимательство

## rules

cli-rules-coverage-as-of = Охват правил на { $on }
cli-rules-covered-until = Правила охватывают период по { $until } ({ $days ->
    [one] остался { $days } день
    [few] осталось { $days } дня
   *[many] осталось { $days } дней
}).
cli-rules-coverage-ended = Охват ЗАКОНЧИЛСЯ { $until }, { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
} назад.
cli-rules-no-end = У каждого параметра есть значение без даты окончания.
cli-rules-missing-heading = Нет значения после окончания охвата:
cli-rules-missing-from = с { $from }
cli-rules-provisional-heading = Предварительно (замените официальным текстом, когда он будет опубликован):
cli-rules-provisional-item = { $what } (по { $until }; параметр { $parameter })
cli-rules-never-guesses = kzcomply никогда не угадывает значение, которое закон не установил. Когда закон будет подписан, добавьте каждое значение с его источником в файл правил и укажите его каталог через --rules-add DIR (пример: examples/rules-2027/; формат: rules/kz/README.md); в сервисе их добавляет администратор на странице «Нормативы».
cli-rules-show-heading = Параметры, действующие на { $on } ({ $shown } из { $total })
cli-rules-since = с { $since }
cli-rules-confidence = достоверность: { $confidence ->
    [high] высокая
    [medium] средняя
   *[low] низкая
}
cli-rules-source = источник: { $source }
cli-rules-see = см.: { $reference }
cli-rules-from = откуда: { $origin }
cli-rules-note = примечание: { $note }
cli-rules-not-in-force = Не действуют на { $on }: { $parameters }
cli-rules-in-use = Действующие правила
cli-rules-check-summary = { $name }: { $parameters ->
    [one] { $parameters } параметр
    [few] { $parameters } параметра
   *[many] { $parameters } параметров
} в { $files ->
    [one] { $files } файле
    [few] { $files } файлах
   *[many] { $files } файлах
}, у каждого значения есть даты и источник.
cli-rules-check-no-payroll = { $name }: зарплату нельзя рассчитать ни за один месяц: какого-то параметра зарплаты нет или он никогда не действует
cli-rules-months-range = с { $from } по { $to }
cli-rules-check-payroll = Зарплату можно рассчитать за периоды: { $months }.
cli-rules-check-calendar = Производственный календарь охватывает: { $years }.
cli-rules-check-no-calendar = Нет производственного календаря (команды calendar, workdays и deadline работать не будут): { $error }
cli-rules-export-cannot-create = не удаётся создать { $dir }: { $error }
cli-rules-export-exists = { $path } уже существует; экспортируйте в пустой каталог
cli-rules-export-done = Встроенные правила записаны в { $dir }. Отредактируйте их и запустите: kzcomply --rules { $dir } ...
cli-rules-cannot-read-dir = не удаётся прочитать каталог правил { $dir }: { $error }
cli-rules-not-utf8 = не удаётся прочитать { $path }: это не текст в UTF-8
cli-rules-no-files = в { $dir } нет файлов правил *.toml
cli-rules-missing-item = { $parameter } (с { $from })
cli-rules-past-coverage-hint = В правилах нет значения на { $date } для: { $parameters }.
    kzcomply никогда не угадывает значения нового года. Когда закон, который их устанавливает, будет подписан (МРП и МЗП устанавливает закон о республиканском бюджете), добавьте их с источником в файл правил и укажите его каталог через --rules-add DIR (пример: examples/rules-2027/; формат описан в rules/kz/README.md). В сервисе их добавляет администратор на странице «Нормативы». `kzcomply rules status` показывает, чего не хватает.

## id

cli-id-kind-iin = ИИН
cli-id-kind-bin = БИН
cli-id-valid-reason = структура и контрольная цифра верны
cli-id-born = дата рождения { $born }, пол { $sex }
cli-id-registered = зарегистрирован { $registered }, { $entity }, { $unit }
cli-id-valid = { $input }: верный { $kind } ({ $what })
cli-id-invalid = { $input }: НЕВЕРНЫЙ { $kind }: { $reason }
