# Тексты самого закона (ru): сроки, штрафы, производственный календарь, категория субъекта
# предпринимательства, строки расчётного листка и расшифровки, ошибки правил, ИИН/БИН и
# официальные названия актов, на которые ссылаются правила.

## Общие части

law-term = { $unit ->
    [working] { $days ->
        [one] { $days } рабочий день
        [few] { $days } рабочих дня
       *[many] { $days } рабочих дней
    }
   *[calendar] { $days ->
        [one] { $days } календарный день
        [few] { $days } календарных дня
       *[many] { $days } календарных дней
    }
}
law-mrp-count = { $count } МРП
law-mzp-count = { $count } МЗП

calendar-weekday-mon = пн
calendar-weekday-tue = вт
calendar-weekday-wed = ср
calendar-weekday-thu = чт
calendar-weekday-fri = пт
calendar-weekday-sat = сб
calendar-weekday-sun = вс
calendar-day = { $weekday } { $date }

## Сроки: что нужно сделать и что означает дата события

deadline-action-esutd-new-contract = внести новый трудовой договор в ЕСУТД
deadline-action-esutd-amendment = внести в ЕСУТД изменение к трудовому договору
deadline-action-esutd-termination = внести в ЕСУТД прекращение трудового договора
deadline-action-esutd-reinstatement = внести в ЕСУТД восстановление работника
deadline-action-esutd-correction = исправить неверные сведения в ЕСУТД
deadline-action-foreign-labour-report = сдать ежемесячный отчёт о привлечении иностранной рабочей силы
deadline-action-arrival-notification = уведомить миграционную службу о прибытии иностранца
deadline-action-immigrant-registration = зарегистрировать иммигранта (из безвизового государства) в ИС «Миграционная полиция»
deadline-action-address-change-registration = перерегистрировать иммигранта по новому адресу
deadline-action-mentor-appointment = назначить иностранного работника наставником (актом работодателя)
deadline-action-permit-extension = подать заявление на продление разрешения на привлечение иностранной рабочей силы
deadline-action-vacancy-posting = выждать срок до подачи заявления на разрешение на привлечение иностранной рабочей силы
deadline-action-quota-application = подать ежегодную заявку на квоту на привлечение иностранной рабочей силы
deadline-action-form-200 = сдать форму 200.00 (ежеквартальная декларация по ИПН и социальному налогу)
deadline-action-payroll-taxes = уплатить ИПН, социальный налог, взносы и отчисления за месяц

deadline-date-means-esutd-new-contract = день подписания договора обеими сторонами
deadline-date-means-esutd-amendment = день подписания изменения
deadline-date-means-esutd-termination = дата прекращения договора
deadline-date-means-esutd-reinstatement = дата восстановления
deadline-date-means-esutd-correction = день внесения неверных сведений
deadline-date-means-foreign-labour-report = любой день отчётного месяца
deadline-date-means-arrival-notification = дата прибытия
deadline-date-means-immigrant-registration = день въезда, когда была пересечена граница
deadline-date-means-address-change-registration = день переезда
deadline-date-means-mentor-appointment = первый рабочий день
deadline-date-means-permit-extension = дата окончания срока разрешения
deadline-date-means-vacancy-posting = день размещения вакансии
deadline-date-means-quota-application = любой день года
deadline-date-means-form-200 = любой день квартала
deadline-date-means-payroll-taxes = любой день месяца начисления зарплаты

## Сроки: правило

deadline-rule-after = { $term } { $after ->
    [signing] после подписания
    [termination] после прекращения договора
    [reinstatement] после восстановления
    [wrong-entry] после внесения неверных сведений
    [arrival] после прибытия
    [entry] после въезда
    [move] после переезда
   *[start-of-work] после начала работы
}
deadline-rule-day-of-month = не позднее { $day }-го числа { $month ->
    [next] следующего месяца
   *[same] того же месяца
}
deadline-rule-after-quarter = не позднее { $day }-го числа второго месяца после квартала
deadline-rule-window = не ранее чем за { $earliest } и не позднее чем за { $latest } до окончания срока
deadline-rule-waiting = заявление — через { $term } после размещения
deadline-rule-annual = ежегодно, срок — { $day }

## Сроки: как найдена дата

deadline-how-working-days = { $term } после { $from }: { $days }
deadline-how-calendar-days = { $moved ->
    [yes] { $from } + { $days ->
        [one] { $days } календарный день
        [few] { $days } календарных дня
       *[many] { $days } календарных дней
    } = { $end }, нерабочий день → следующий рабочий день { $due }
   *[no] { $from } + { $days ->
        [one] { $days } календарный день
        [few] { $days } календарных дня
       *[many] { $days } календарных дней
    } = { $end }
}
deadline-how-day-of-month = { $short ->
    [yes] { $moved ->
        [yes] { $nominal } (в месяце нет { $day }-го числа: его последний день), нерабочий день → следующий рабочий день { $due }
       *[no] { $nominal } (в месяце нет { $day }-го числа: его последний день)
    }
   *[no] { $moved ->
        [yes] { $nominal }, нерабочий день → следующий рабочий день { $due }
       *[no] { $nominal }
    }
}
deadline-how-quarter = { $quarter }-й квартал { $year } года; { $how }
deadline-how-window = { $moved ->
    [yes] окончание срока { $expiry }: подача открывается { $opens } (за { $term }), закрывается { $due } ({ $limit } — нерабочий день: последний рабочий день перед ним)
   *[no] окончание срока { $expiry }: подача открывается { $opens } (за { $term }), закрывается { $due }
}
deadline-how-waiting = размещено { $posted }; срок в { $term } истекает { $passed }; заявление можно подать с { $allowed }
deadline-how-annual = { $moved ->
    [yes] { $nominal }, нерабочий день → следующий рабочий день { $due }
   *[no] { $nominal }
}

## Сроки: статус на дату

deadline-status-on-time = выполнено в срок
deadline-status-late = выполнено с опозданием на { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}
deadline-status-due-today = срок истекает сегодня
deadline-status-due = { $days ->
    [one] остался { $days } день
    [few] осталось { $days } дня
   *[many] осталось { $days } дней
}
deadline-status-overdue = просрочено на { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}
deadline-status-not-open = подача откроется через { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}
deadline-status-waiting = заявление можно будет подать через { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}
deadline-status-open = заявление можно подавать

deadline-not-required = на { $date } не требуется: { $reason }

## Штрафы

fine-violation-esutd-late = несвоевременное внесение сведений в ЕСУТД
fine-violation-esutd-missing = невнесение сведений в ЕСУТД
fine-violation-esutd-incomplete = внесение неполных сведений в ЕСУТД (не заполнено одно из семи полей по Приказу № 353)
fine-violation-esutd-inaccurate = внесение недостоверных сведений в ЕСУТД
fine-violation-foreign-labour-report = непредставление ежемесячного отчёта о привлечении иностранной рабочей силы
fine-violation-foreign-worker-without-contract = допуск лица (иностранного работника или любого другого) к работе без заключения трудового договора
fine-no-sanction = на { $on } действующей санкции нет ({ $act })
fine-article-coao = КоАП РК, ст. { $article } ч. { $part }

## Производственный календарь

calendar-reason-holiday = { $rest ->
    [carried] { $name } (приходится на выходной; переносится на { $to })
    [religious] { $name } (приходится на выходной; религиозные праздники не переносятся)
   *[no] { $name }
}
calendar-reason-carry-over = перенос выходного дня с { $from } ({ $name })
calendar-reason-transfer-day-off = перенос: выходной взамен рабочего дня { $worked }
calendar-reason-transfer-worked = перенос: рабочий день взамен выходного { $off }
calendar-year-provisional = { $year } (предварительный)
calendar-no-years = ни одного года
calendar-error-year-not-covered = нет производственного календаря на { $year } год: в kzcomply есть { $known }. Год добавляется в правила (значение `calendar.year` и приказы о переносе дней отдыха), когда его календарь опубликован; kzcomply не экстраполирует календарь
calendar-error-reversed = диапазон перевёрнут: { $from } позже { $to }

## Категория субъекта предпринимательства (Предпринимательский кодекс РК, ст. 24)

size-people = { $count ->
    [one] { $count } человек
    [few] { $count } человека
   *[many] { $count } человек
}
size-people-outstaffed = { $count ->
    [one] { $count } человек
    [few] { $count } человека
   *[many] { $count } человек
} ({ $own } собственных + { $outstaffed } предоставленных по аутстаффингу)
size-income = доход { $income } МРП
size-reason-large-headcount = крупное предпринимательство: { $people } > { $limit }
size-reason-large-income = крупное предпринимательство: { $income } > { $limit } МРП
size-reason-micro-headcount = микропредпринимательство: { $people } ≤ { $limit }
size-reason-micro-income = микропредпринимательство: { $income } ≤ { $limit } МРП
size-reason-small = малое предпринимательство: { $people } ≤ { $headcount_limit } и { $income } ≤ { $income_limit } МРП
size-reason-medium-headcount = среднее предпринимательство: { $people } > { $limit }, и ни один предел крупного предпринимательства не превышен
size-reason-medium-income = среднее предпринимательство: { $income } > { $limit } МРП, и ни один предел крупного предпринимательства не превышен

## Зарплата: строки расшифровки

payroll-label-opv = Обязательные пенсионные взносы (ОПВ), удержано
payroll-label-vosms = Взносы на ОСМС (ВОСМС), удержано
payroll-label-ipn = Индивидуальный подоходный налог (ИПН), удержано
payroll-label-net = К выплате
payroll-label-opvr = Обязательные пенсионные взносы работодателя (ОПВР)
payroll-label-so = Социальные отчисления (СО)
payroll-label-oosms = Отчисления на ОСМС (ООСМС)
payroll-label-social-tax = Социальный налог
payroll-label-employer-cost = Всего расходы работодателя

payroll-status-citizen = гражданин РК
payroll-status-foreign-resident = иностранец-резидент (с ВНЖ)
payroll-status-eaeu = гражданин ЕАЭС
payroll-status-foreign-nonresident = иностранец-нерезидент
payroll-pensioner-age = пенсионер по возрасту
payroll-pensioner-seniority = получатель пенсионных выплат за выслугу лет

payroll-value-none = нет (не применяется)
payroll-value-rate-none = нет

payroll-fn-min = мин({ $a }; { $b })
payroll-fn-max = макс({ $a }; { $b })
payroll-fn-clamp = в пределах({ $value }; { $floor }; { $cap })
payroll-limit-cap = применён максимум { $limit }
payroll-limit-floor = применён минимум { $limit }
payroll-base-gross = начислено { $gross }
payroll-base-gross-less-opv = начислено − ОПВ { $amount }
payroll-base-social-tax = начислено − ОПВ − ВОСМС { $amount }
payroll-base-social-tax-no-floor = (начислено − ОПВ − ВОСМС { $amount }; без минимума: { $event ->
    [hired-dismissed] принят и уволен в этом месяце
    [hired] принят в этом месяце
    [dismissed] уволен в этом месяце
   *[none] {""}
})

payroll-exempt-status = 0: не применяется к статусу «{ $status }»
payroll-exempt-pensioner = 0: не начисляется { $kind ->
    [age] пенсионеру по возрасту
   *[seniority] получателю пенсионных выплат за выслугу лет
} ({ $condition })
payroll-exempt-disability = 0: не начисляется лицу с инвалидностью { $group } группы
payroll-exempt-born-before = 0: не начисляется лицу, родившемуся до { $date }

payroll-formula-ipn-taxable = облагаемый доход = начислено { $gross } − ОПВ { $opv } − ВОСМС { $vosms } − базовый вычет { $personal }{ $disability ->
    [yes] { " " }− вычет по инвалидности { $disability_deduction }
   *[no] {""}
}{ $low ->
    [yes] { " " }− корректировка { $low_rate } для низких доходов { $adjustment }
   *[no] {""}
} = { $taxable }
payroll-formula-ipn-non-resident = облагаемый доход = начислено { $gross }
payroll-formula-ipn = { $taxable_formula }; ИПН = { $rate } × { $taxable } = { $ipn }
payroll-formula-ipn-ytd = { $taxable_formula }; ИПН = налог({ $scale }) с облагаемого дохода с начала года { $ytd } + { $taxable } = { $total }, минус { $withheld } = { $ipn }
payroll-ipn-scale-two = { $rate } до { $threshold } в год, { $higher } — свыше
payroll-ipn-scale-flat = { $rate } по единой ставке
payroll-ipn-withheld-given = ИПН, удержанный ранее в этом году, { $withheld }
payroll-ipn-withheld-computed = налог с облагаемого дохода за предыдущие месяцы года
payroll-formula-net = начислено { $gross } − ОПВ { $opv } − ВОСМС { $vosms } − ИПН { $ipn } = { $net }
payroll-formula-social-tax-offset = { $rate } × { $base } = { $before }, минус СО { $so } = { $amount }
payroll-formula-employer-cost = начислено { $gross } + ОПВР { $opvr } + СО { $so } + ООСМС { $oosms } + социальный налог { $social_tax } = { $cost }

payroll-note-low-income = начислено ≤ { $ceiling }: применяется корректировка { $rate }
payroll-note-no-personal-deduction = работник не подавал заявление на базовый вычет у этого работодателя
payroll-note-deduction-income = базовый вычет { $applied } вместо { $full }: он не может превышать доход после ОПВ и ВОСМС
payroll-note-deduction-yearly = базовый вычет { $applied } вместо { $full }: годовой предел { $cap } почти исчерпан
payroll-note-non-resident = нерезидент: налог с начисленного дохода, без вычетов
payroll-note-above-threshold = { $amount } облагаемого дохода этого месяца превышает годовой порог
payroll-note-pensioner-charged = { $kind }: начисляется, потому что { $parameter } не содержит { $condition }
payroll-note-opvr-no-birth-date = дата рождения не указана: ОПВР начислены (не применяются к лицам, родившимся до { $date })
payroll-note-floor-waived = { $event ->
    [hired-dismissed] принят и уволен в этом месяце
    [hired] принят в этом месяце
    [dismissed] уволен в этом месяце
   *[none] {""}
}: минимум { $floor } не применяется в месяце приёма или увольнения (social_tax.floor_waived_in_hire_or_dismissal_month)
payroll-note-floor-not-waived = { $event ->
    [hired-dismissed] принят и уволен в этом месяце
    [hired] принят в этом месяце
    [dismissed] уволен в этом месяце
   *[none] {""}
}, но минимум { $floor } применяется: в правилах на { $period } нет исключения для месяца приёма или увольнения (social_tax.floor_waived_in_hire_or_dismissal_month = false)
payroll-note-rounding = каждая строка округляется { $mode ->
    [half-up] по арифметическим правилам (половина — вверх)
    [half-even] до чётного (банковское округление)
    [down] в меньшую сторону
   *[other] ({ $mode })
} до кратного { $step }

payroll-error-no-gross = ни одна сумма начисления до { $max } тенге в месяц не даёт к выплате { $net }

## Правила

rules-error-invalid = { $count ->
    [one] { $count } ошибка в правилах:
    [few] { $count } ошибки в правилах:
   *[many] { $count } ошибок в правилах:
}
rules-error-missing = в правилах нет параметра `{ $key }`
rules-error-not-in-force = на { $date } нет действующего значения `{ $key }` (правила охватывают: { $known })
rules-known-range = с { $from } по { $to }
rules-known-from = с { $from }
rules-known-never = ни одного периода
rules-known-none = нет значения
rules-provisional-calendar = производственный календарь на { $year } год

## ИИН и БИН

id-error-shape-empty = должно быть ровно 12 цифр (ничего не указано)
id-error-shape = должно быть ровно 12 цифр (указано `{ $found }`)
id-error-birth-date = позиции 1–6 не являются реальной датой рождения (ГГММДД): { $date }
id-error-century = позиция 7 (век и пол) должна быть от 1 до 6, указано { $found }
id-error-month = позиции 3–4 (месяц регистрации) должны быть от 01 до 12, указано { $found }
id-error-entity-type = позиция 5 (тип юридического лица) должна быть 4, 5 или 6, указано { $found }
id-error-unit = позиция 6 (признак подразделения) должна быть от 0 до 3, указано { $found }
id-error-check-digit = контрольная цифра { $found }, а остальные цифры требуют { $expected }
id-error-no-check-digit = контрольная цифра невозможна (оба прохода весов дают 10): номер не может быть верным
id-bin-entity-4 = юридическое лицо-резидент
id-bin-entity-5 = юридическое лицо-нерезидент
id-bin-entity-6 = индивидуальный предприниматель, осуществляющий деятельность в виде совместного предпринимательства
id-bin-unit-0 = головное подразделение
id-bin-unit-1 = филиал
id-bin-unit-2 = представительство
id-bin-unit-3 = крестьянское (фермерское) хозяйство в форме совместного предпринимательства
id-sex-male = мужской
id-sex-female = женский

## Суммы, введённые людьми, и происхождение значения правил

money-error-empty = сумма не указана
money-error-not-a-number = «{ $text }» — не число
money-error-too-precise = в «{ $text }» больше двух знаков после запятой (тиын — наименьшая единица)
money-error-too-large = «{ $text }» больше наибольшей допустимой суммы, 1 000 000 000 000 тенге
money-error-negative = «{ $text }» — отрицательная сумма
rules-origin-built-in = встроенные правила
rules-origin-rules-file = файл правил { $file }
rules-origin-overlay = дополнение { $file }
rules-origin-entered = введено пользователем { $by } { $on }

## Слова самих правил: официальные названия актов, примечания, названия праздников

law-source-deadlines-esutd-new-contract = Приказ Министра труда и социальной защиты населения РК от 3 сентября 2020 года № 353, Правила представления и получения сведений о трудовом договоре в ЕСУТД
law-source-deadlines-esutd-amendment = { law-source-deadlines-esutd-new-contract }
law-source-deadlines-esutd-termination = { law-source-deadlines-esutd-new-contract }
law-source-deadlines-esutd-reinstatement = { law-source-deadlines-esutd-new-contract }
law-source-deadlines-esutd-correction = { law-source-deadlines-esutd-new-contract }
law-note-deadlines-esutd-correction = PwC (2020) указывает 30 календарных дней; KPMG и Acsour (2026) и статья uchet.kz о штрафах 2026 года — 30 рабочих дней. Срок настраивается: измените его в правилах.
law-source-deadlines-migration-arrival-notification = Правила въезда и пребывания иммигрантов в РК (постановление Правительства РК от 21 января 2012 года № 148); услуга eGov «Уведомление о прибытии иммигрантов»
law-source-deadlines-migration-immigrant-registration = Правила въезда и пребывания иммигрантов (постановление Правительства РК от 21 января 2012 года № 148) до Правил МВД 2025 года: иммигрант сам не регистрировался; пребывание регистрировалось уведомлением принимающей стороны о прибытии (3 рабочих дня)
law-source-deadlines-migration-immigrant-registration-2 = Приказ Министра внутренних дел РК от 17 ноября 2025 года № 923, Правила регистрации иммигрантов в РК (вводятся в действие с 1 июля 2026 года): иммигранты, прибывающие из государств, с которыми установлен порядок пребывания сроком до 90 дней, регистрируются в органах внутренних дел не позднее 30-го календарного дня с момента пересечения государственной границы, если иное не предусмотрено ратифицированным международным договором
law-note-deadlines-migration-immigrant-registration = 30-дневная регистрация иммигрантов из безвизовых государств применяется с 1 июля 2026 года (приказ МВД от 17 ноября 2025 года № 923); до этого пребывание регистрировалось уведомлением принимающей стороны о прибытии в течение 3 рабочих дней. Правило приказа для лиц, въехавших до 1 июля 2026 года и продолжающих пребывание, не найдено.
law-note-deadlines-migration-immigrant-registration-2 = 30-й день считается так, что день въезда — день 0 (ГК РК ст. 173: течение срока начинается на следующий день), то есть въезд + 30; нерабочий 30-й день переносится на следующий рабочий день (ст. 175). Источники сходятся в сроке; текст самого приказа и порядок исчисления не прочитаны. Регистрация проходит онлайн и доступна каждый день: зарегистрироваться не позднее дня въезда + 29 безопасно при любом прочтении.
law-source-deadlines-migration-address-change-registration = Правила въезда и пребывания иммигрантов (постановление Правительства РК от 21 января 2012 года № 148) до Правил МВД 2025 года: иммигрант сам не перерегистрировался; о новом адресе уведомляла принимающая сторона (3 рабочих дня, как о прибытии)
law-source-deadlines-migration-address-change-registration-2 = Приказ Министра внутренних дел РК от 17 ноября 2025 года № 923, Правила регистрации иммигрантов в РК (вводятся в действие с 1 июля 2026 года): после смены адреса иммигрант регистрируется по новому адресу в течение пяти рабочих дней; регистрация по прежнему адресу прекращается автоматически
law-note-deadlines-migration-address-change-registration = Перерегистрация иммигранта в течение 5 рабочих дней после переезда применяется с 1 июля 2026 года (приказ МВД от 17 ноября 2025 года № 923); до этого о новом адресе в течение 3 рабочих дней уведомляла принимающая сторона.
law-note-deadlines-migration-address-change-registration-2 = Прочитано по англоязычным сообщениям о приказе; русский текст пункта не получен. День переезда не считается (ГК РК ст. 173).
law-source-deadlines-foreign-workers-mentor-appointment = Приказ Министра труда и социальной защиты населения РК от 18 июня 2024 года № 197, Правила организации наставничества
law-note-deadlines-foreign-workers-mentor-appointment = Считается с первого рабочего дня иностранного работника (наиболее естественное прочтение).
law-source-deadlines-foreign-workers-monthly-report = Приказ Заместителя Премьер-Министра – Министра труда и социальной защиты населения РК от 30 июня 2023 года № 279, Правила выдачи разрешений работодателям на привлечение иностранной рабочей силы, п. 78 и приложение 11
law-note-deadlines-foreign-workers-monthly-report = В феврале (28 или 29 дней) — последний день февраля. kzcomply понимает срок как 30-е число самого отчётного месяца.
law-source-deadlines-foreign-workers-permit-extension-earliest = Приказ от 30 июня 2023 года № 279, Правила выдачи разрешений работодателям на привлечение иностранной рабочей силы (продление)
law-source-deadlines-foreign-workers-permit-extension-latest = { law-source-deadlines-foreign-workers-permit-extension-earliest }
law-note-deadlines-foreign-workers-permit-extension-latest = Предельный срок отсчитывается назад от даты окончания: если он приходится на нерабочий день, kzcomply переносит его на предыдущий рабочий день, а не на следующий.
law-source-deadlines-foreign-workers-vacancy-posting = Приказ от 30 июня 2023 года № 279 в редакции до приказа № 93: общей проверки рынка труда не было
law-source-deadlines-foreign-workers-vacancy-posting-2 = Приказ № 279 с изменениями, внесёнными приказом от 28 марта 2025 года № 93 (вводится в действие с 1 сентября 2025 года): разместить вакансию на enbek.kz и подать заявление по истечении 15 календарных дней, указав код публикации вакансии
law-note-deadlines-foreign-workers-vacancy-posting = Для заявлений, поданных до 1 сентября 2025 года, размещение вакансии не требовалось.
law-note-deadlines-foreign-workers-vacancy-posting-2 = kzcomply допускает подачу заявления на 16-й день после размещения: после дня размещения должны пройти 15 полных дней.
law-source-deadlines-foreign-workers-quota-application-default = Правила определения и распределения квоты (постановление Правительства РК от 15 декабря 2016 года № 802); объявления региональных управлений занятости
law-note-deadlines-foreign-workers-quota-application-default = В отдельные годы регионы устанавливают свои даты: добавьте параметр deadlines.foreign_workers.quota_application.<region> и укажите --region.
law-source-deadlines-foreign-workers-quota-application-astana = Объявление управления занятости г. Астаны по квоте на 2025 год
law-source-deadlines-tax-form-200 = Кодекс РК от 25 декабря 2017 года № 120-VI «О налогах и других обязательных платежах в бюджет (Налоговый кодекс)»: декларация по ИПН и социальному налогу (форма 200.00) представляется ежеквартально не позднее 15-го числа второго месяца после квартала
law-source-deadlines-tax-form-200-2 = Налоговый кодекс РК от 18 июля 2025 года № 214-VIII (вводится в действие с 1 января 2026 года): форма 200.00 остаётся ежеквартальной, срок — 15-е число второго месяца после квартала
law-source-deadlines-tax-payroll-payment = Налоговый кодекс РК от 25 декабря 2017 года № 120-VI и Социальный кодекс РК: налоги и взносы с заработной платы уплачиваются не позднее 25-го числа месяца, следующего за месяцем выплаты дохода
law-source-deadlines-tax-payroll-payment-2 = Налоговый кодекс РК от 18 июля 2025 года № 214-VIII (ИПН у источника выплаты, социальный налог), Социальный кодекс РК (ОПВ, ОПВР, СО) и Закон РК «Об обязательном социальном медицинском страховании»: уплачиваются не позднее 25-го числа месяца, следующего за месяцем выплаты
law-source-fines-esutd-first-official = КоАП РК от 5 июля 2014 года № 235-V, ст. 98 до Закона № 257-VIII: санкции за сведения в ЕСУТД не было
law-source-fines-esutd-first-official-2 = КоАП РК, ст. 98 ч. 1-1 (дополнена Законом от 9 января 2026 года № 257-VIII, вводится в действие с 12 марта 2026 года)
law-note-fines-esutd-first-official = КоАП РК ст. 98 ч. 1-1 и 2-1 применяются только к нарушениям, совершённым с 12 марта 2026 года (Закон от 9 января 2026 года № 257-VIII); за нарушение до этой даты штраф по ним не налагается.
law-source-fines-esutd-first-small = { law-source-fines-esutd-first-official }
law-source-fines-esutd-first-small-2 = { law-source-fines-esutd-first-official-2 }
law-note-fines-esutd-first-small = { law-note-fines-esutd-first-official }
law-source-fines-esutd-first-medium = { law-source-fines-esutd-first-official }
law-source-fines-esutd-first-medium-2 = { law-source-fines-esutd-first-official-2 }
law-note-fines-esutd-first-medium = { law-note-fines-esutd-first-official }
law-source-fines-esutd-first-large = { law-source-fines-esutd-first-official }
law-source-fines-esutd-first-large-2 = { law-source-fines-esutd-first-official-2 }
law-note-fines-esutd-first-large = { law-note-fines-esutd-first-official }
law-source-fines-esutd-repeat-official = { law-source-fines-esutd-first-official }
law-source-fines-esutd-repeat-official-2 = КоАП РК, ст. 98 ч. 2-1 (дополнена Законом от 9 января 2026 года № 257-VIII, вводится в действие с 12 марта 2026 года)
law-note-fines-esutd-repeat-official = { law-note-fines-esutd-first-official }
law-source-fines-esutd-repeat-small = { law-source-fines-esutd-first-official }
law-source-fines-esutd-repeat-small-2 = { law-source-fines-esutd-repeat-official-2 }
law-note-fines-esutd-repeat-small = { law-note-fines-esutd-first-official }
law-source-fines-esutd-repeat-medium = { law-source-fines-esutd-first-official }
law-source-fines-esutd-repeat-medium-2 = { law-source-fines-esutd-repeat-official-2 }
law-note-fines-esutd-repeat-medium = { law-note-fines-esutd-first-official }
law-source-fines-esutd-repeat-large = { law-source-fines-esutd-first-official }
law-source-fines-esutd-repeat-large-2 = { law-source-fines-esutd-repeat-official-2 }
law-note-fines-esutd-repeat-large = { law-note-fines-esutd-first-official }
law-source-fines-foreign-labour-report-first-any = КоАП РК, ст. 98 (нарушение правил привлечения иностранной рабочей силы: непредставление сведений)
law-note-fines-foreign-labour-report-first-any = Часть 5 — по данным dos-immigration.kz (2022); номер части и то, есть ли у повторного нарушения своя часть, в действующем тексте Кодекса не подтверждены.
law-source-fines-foreign-labour-report-repeat-any = КоАП РК, ст. 98 (повторное нарушение в течение года после наложения административного взыскания)
law-note-fines-foreign-labour-report-repeat-any = { law-note-fines-foreign-labour-report-first-any }
law-source-fines-without-contract-first-official = КоАП РК, ст. 86 ч. 1 (допуск к работе без заключения трудового договора; в редакции Закона от 23 ноября 2015 года № 415-V, введена в действие с 1 января 2016 года)
law-source-fines-without-contract-first-small = { law-source-fines-without-contract-first-official }
law-source-fines-without-contract-first-medium = { law-source-fines-without-contract-first-official }
law-source-fines-without-contract-first-large = { law-source-fines-without-contract-first-official }
law-source-fines-without-contract-repeat-any = КоАП РК, ст. 86 ч. 2 (допуск к работе без заключения трудового договора; в редакции Закона от 23 ноября 2015 года № 415-V, введена в действие с 1 января 2016 года)
law-note-fines-without-contract-repeat-any = Суммы части 2 по категориям нарушителей не найдены (вероятно, 60/80/100/200, как в ст. 98 ч. 2-1); kzcomply приводит диапазон, в котором сходятся источники.
law-source-entity-size-micro-headcount = Предпринимательский кодекс РК № 375-V, ст. 24 п. 2
law-source-entity-size-micro-income = { law-source-entity-size-micro-headcount }
law-source-entity-size-small-headcount = Предпринимательский кодекс РК № 375-V, ст. 24 п. 3
law-source-entity-size-small-income = { law-source-entity-size-small-headcount }
law-source-entity-size-medium-headcount = Предпринимательский кодекс РК № 375-V, ст. 24 пп. 4-5
law-source-entity-size-medium-income = { law-source-entity-size-medium-headcount }
law-source-calendar-year = Приказ исполняющего обязанности Министра труда и социальной защиты населения РК от 17 апреля 2024 года «О переносе дня отдыха в 2024 году» (Трудовой кодекс РК ст. 85 п. 3): суббота 4 мая — рабочий день, среда 8 мая — выходной
law-source-calendar-year-2 = Приказ Министра труда и социальной защиты населения РК о переносе выходного дня в 2025 году (Трудовой кодекс РК ст. 85 п. 3): воскресенье 5 января — рабочий день, пятница 3 января — выходной
law-source-calendar-year-3 = Официальный производственный календарь и баланс рабочего времени Министерства труда и социальной защиты населения РК на 2026 год (5 декабря 2025 года; перечень eGov от 2 января 2026 года): только переносы праздников с выходных, без переносов дней отдыха, 246 рабочих дней; для 30/31 августа изменён Конституцией, принятой на референдуме 15 марта 2026 года (ст. 94, вводится в действие с 1 июля 2026 года), и заявлением Министерства от 18 марта 2026 года
law-source-calendar-year-4 = Рассчитан kzcomply, ничего не опубликовано: Закон РК «О праздниках в Республике Казахстан» № 267-II в действующей редакции (праздники, перенос по ст. 5; в нём всё ещё указано 30 августа, которое заменяет новая Конституция), Конституция, принятая на референдуме 15 марта 2026 года, ст. 94 п. 2 (День Конституции — день её принятия, 15 марта), и Трудовой кодекс РК, ст. 84 (праздничные дни и религиозные выходные — нерабочие) и ст. 85 (перенос дней отдыха министерством труда); приказа о переносе на 2027 год и даты Курбан айта пока нет
law-differs-calendar-year = Пн 31.08.2026 — рабочий день: в опубликованном календаре он всё ещё выходной как перенос Дня Конституции (вс 30 августа), но 30 августа перестаёт быть Днём Конституции, когда 1 июля 2026 года утрачивает силу Конституция 1995 года (Конституция от 15 марта 2026 года, ст. 94; Министерство труда, 18 марта 2026 года). 247 рабочих дней, а не 246; в августе 21, а не 20.
law-title-holidays-new-year = Новый год
law-source-holidays-new-year = Закон РК «О праздниках в Республике Казахстан» от 13 декабря 2001 года № 267-II, ст. 2 и 5
law-title-holidays-orthodox-christmas = Православное Рождество (религиозный выходной)
law-source-holidays-orthodox-christmas = Трудовой кодекс РК ст. 84 п. 5; Закон «О праздниках в Республике Казахстан» ст. 5: религиозный выходной, не переносится
law-title-holidays-womens-day = Международный женский день
law-source-holidays-womens-day = Закон РК «О праздниках в Республике Казахстан» № 267-II, ст. 2 и 5
law-title-holidays-constitution-day-15-march = День Конституции (15 марта, день референдума 2026 года)
law-source-holidays-constitution-day-15-march = Конституция РК, принятая на республиканском референдуме 15 марта 2026 года, ст. 94 п. 2: день принятия Конституции на референдуме является государственным праздником — Днём Конституции; п. 1: вводится в действие с 1 июля 2026 года, когда утрачивает силу Конституция от 30 августа 1995 года
law-title-holidays-nauryz = Наурыз мейрамы
law-source-holidays-nauryz = Закон РК «О праздниках в Республике Казахстан» № 267-II, ст. 1 и 5
law-title-holidays-unity-day = Праздник единства народа Казахстана
law-source-holidays-unity-day = { law-source-holidays-womens-day }
law-title-holidays-defender-day = День защитника Отечества
law-source-holidays-defender-day = { law-source-holidays-womens-day }
law-title-holidays-victory-day = День Победы
law-source-holidays-victory-day = { law-source-holidays-womens-day }
law-title-holidays-kurban-ait = Курбан айт, первый день (религиозный выходной)
law-source-holidays-kurban-ait = Трудовой кодекс РК ст. 84 п. 5; дата на 2024 год установлена Министерством труда совместно с Духовным управлением мусульман (воскресенье: будний выходной не предоставляется)
law-source-holidays-kurban-ait-2 = Трудовой кодекс РК ст. 84 п. 5; дата на 2025 год установлена Министерством труда совместно с Духовным управлением мусульман
law-source-holidays-kurban-ait-3 = Трудовой кодекс РК ст. 84 п. 5; официальный производственный календарь на 2026 год
law-source-holidays-kurban-ait-4 = Оценка: 10 зуль-хиджа 1448 года хиджры; официальная дата устанавливается в конце 2026 года
law-title-holidays-capital-day = День Столицы
law-source-holidays-capital-day = { law-source-holidays-womens-day }
law-title-holidays-constitution-day-30-august = День Конституции (30 августа, Конституция 1995 года)
law-source-holidays-constitution-day-30-august = Закон РК «О праздниках в Республике Казахстан» № 267-II, ст. 2 (День Конституции, 30 августа, день референдума 1995 года); прекращается, когда 1 июля 2026 года утрачивает силу Конституция 1995 года (Конституция от 15 марта 2026 года, ст. 94 п. 1); Министерство труда и социальной защиты населения РК, 18 марта 2026 года: с этого года 30 августа больше не День Конституции и не выходной
law-title-holidays-republic-day = День Республики
law-source-holidays-republic-day = Закон РК «О праздниках в Республике Казахстан» № 267-II, ст. 1 (День Республики восстановлен как национальный праздник в 2022 году)
law-title-holidays-independence-day = День Независимости
law-source-holidays-independence-day = Закон РК «О праздниках в Республике Казахстан» № 267-II, ст. 1 (в действующем перечне — только 16 декабря)
law-title-mrp = Месячный расчётный показатель (МРП)
law-title-mzp = Минимальная заработная плата (МЗП)
