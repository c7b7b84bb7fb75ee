# Тексты аудита (ru): замечания и их правовые основания, пояснения к штрафам, причины «не проверено»,
# размер бизнеса, ошибки импорта, отчёты HTML / XLSX / CSV и сводка `kzcomply audit` в терминале.
# Идентификаторы правил, уровней, статусов штрафа и имена столбцов — стабильные: они передаются
# аргументами и не переводятся. Столбец записывается как `name` («русское название»).

## Штрафы: как рассчитан штраф или почему его нет

audit-tier = { $offender ->
    [official] должностное лицо
    [micro] субъект микропредпринимательства
    [small] субъект малого предпринимательства
    [medium] субъект среднего предпринимательства
    [large] субъект крупного предпринимательства
    [nonprofit] некоммерческая организация
   *[other] { $offender }
}, нарушение впервые, день нарушения { $day }
audit-fine-priced = { $article }: { $mrp } МРП = { $amount } × { $count } ({ $tier })
audit-fine-too-large = не рассчитан: { $article }: { $mrp } МРП = { $amount } × { $count } — сумма слишком велика для точного сложения ({ $tier })
audit-fine-warning = { $article }: предупреждение за первое нарушение
audit-fine-not-finable = штраф не налагается (день нарушения { $day }): { $reason }
audit-fine-no-mrp = не рассчитан: в правилах ещё нет МРП на { $year } год — добавьте его через `--rules-add DIR` (CLI) или на странице «Нормативы» (сервис); штраф — { $violation } × { $count } ({ $tier })
audit-fine-not-in-force = не рассчитан: в правилах нет параметра `{ $key }`, действующего на { $date } (правила охватывают { $known }) — добавьте его через `--rules-add DIR` (CLI) или на странице «Нормативы» (сервис); штраф — { $violation } × { $count } ({ $tier })
audit-fine-rules-error = не рассчитан: { $error }; штраф — { $violation } × { $count } ({ $tier })
audit-fine-no-sanction = санкция за это нарушение в законодательстве не найдена

## Не проверено: в источнике нет данных, нужных для проверки

-audit-no-company-bin = не указан БИН компании — передайте `--bin BIN` или `--company FILE` со строкой `bin = "…"` (CLI), параметр `bin` (загрузка через API) или укажите БИН компании в её карточке (сервис)
audit-nc-employer-bin = БИН работодателя в записях ЕСУТД { $count ->
    [one] { $count } штатного работника
    [few] { $count } штатных работников
   *[many] { $count } штатных работников
} не проверен: { -audit-no-company-bin }
audit-nc-company-bin = собственный БИН компании не проверен: { -audit-no-company-bin }
audit-nc-place-of-work = место работы в записях ЕСУТД { $count ->
    [one] { $count } штатного работника
    [few] { $count } штатных работников
   *[many] { $count } штатных работников
} не проверено: в файле нет столбца { $column } — добавьте его, указав место работы каждого штатного работника
audit-nc-term = срок трудового договора в записях ЕСУТД { $count ->
    [one] { $count } штатного работника
    [few] { $count } штатных работников
   *[many] { $count } штатных работников
} не проверен: в файле нет столбца { $column } — добавьте его, указав дату окончания каждого договора или `indefinite` (бессрочный)
audit-nc-contract-date = дата трудового договора в записях ЕСУТД { $count ->
    [one] { $count } штатного работника
    [few] { $count } штатных работников
   *[many] { $count } штатных работников
} не проверена: в файле нет столбца { $column } — добавьте его, указав дату каждого трудового договора
audit-nc-contract-number = номер трудового договора в записях ЕСУТД { $count ->
    [one] { $count } штатного работника
    [few] { $count } штатных работников
   *[many] { $count } штатных работников
} не проверен: в файле нет столбца { $column } — добавьте его, указав номер каждого трудового договора
audit-nc-sender-bin = БИН направляющей стороны { $count ->
    [one] { $count } предоставленного работника
    [few] { $count } предоставленных работников
   *[many] { $count } предоставленных работников
} (аутстаффинг или третья сторона) не проверен: в файле нет столбца { $column } — добавьте его, указав БИН работодателя каждого предоставленного работника
audit-nc-registration = регистрация в ЕСУТД трудовых договоров { $count ->
    [one] { $count } штатного работника
    [few] { $count } штатных работников
   *[many] { $count } штатных работников
} не проверена: в файле нет столбца { $column } — добавьте его, указав день регистрации договора каждого штатного работника в ЕСУТД (пустая ячейка — не зарегистрирован)
audit-nc-terminations = прекращение трудовых договоров не проверено: в файле нет столбца { $column } — добавьте его, указав дату увольнения каждого уволившегося работника, и столбец `esutd_termination_registered_on`
audit-nc-termination-registration = регистрация в ЕСУТД { $count ->
    [one] { $count } прекращения трудового договора
    [few] { $count } прекращений трудовых договоров
   *[many] { $count } прекращений трудовых договоров
} не проверена: в файле нет столбца { $column } — добавьте его, указав день регистрации каждого прекращения в ЕСУТД (пустая ячейка — не зарегистрировано)
audit-nc-paid-leave = оплачиваемый отпуск { $count ->
    [one] { $count } предоставленного работника
    [few] { $count } предоставленных работников
   *[many] { $count } предоставленных работников
} не сравнивался с отпуском штатных работников (оплата труда сравнивалась): в файле нет столбца { $column } — добавьте его, указав число дней оплачиваемого отпуска каждого работника в год
audit-nc-permits = разрешения на привлечение иностранной рабочей силы { $count ->
    [one] { $count } иностранного работника
    [few] { $count } иностранных работников
   *[many] { $count } иностранных работников
} не проверены: в файле нет столбца { $column } — добавьте его, указав дату окончания разрешения каждого иностранного работника (пустая ячейка — разрешения нет)
audit-nc-residence = { $count ->
    [one] { $count } иностранный работник без даты разрешения не проверен
    [few] { $count } иностранных работника без даты разрешения не проверены
   *[many] { $count } иностранных работников без даты разрешения не проверены
}: неизвестно, есть ли вид на жительство (с ним разрешение не нужно) — в файле нет столбца { $column } — добавьте его, указав `yes` или `no` для каждого иностранного работника
audit-nc-mentors = назначение наставниками { $count ->
    [one] { $count } иностранного работника
    [few] { $count } иностранных работников
   *[many] { $count } иностранных работников
} не проверено: в файле нет столбца { $column } — добавьте его, указав день назначения каждого иностранного работника наставником (пустая ячейка — не назначен)

## Списки работников в сообщении

audit-names-more = { $names } и ещё { $count }
audit-records-more = ещё { $count }

## headcount-threshold и localization-quota

audit-basis-quota = Приказ Заместителя Премьер-Министра – Министра труда и социальной защиты населения РК от 30 июня 2023 года № 279 (Правила выдачи разрешений), п. 16 правил о квоте, в редакции приказа № 93 (с 1 сентября 2025 года): не менее 70% граждан РК в категориях 1–2, не менее 90% в категориях 3–4; работники аутстаффинга учитываются
audit-threshold-crossed = { $count ->
    [one] { $count } человек
    [few] { $count } человека
   *[many] { $count } человек
}: штатных — { $direct }, аутстаффинг — { $outstaffed }, третья сторона — { $third_party }, по договорам ГПХ — { $contractor }. Порог { $limit } человек превышен: к разрешениям на привлечение иностранной рабочей силы применяются квоты местного содержания в кадрах.
audit-threshold-near = { $count ->
    [one] { $count } человек
    [few] { $count } человека
   *[many] { $count } человек
}: штатных — { $direct }, аутстаффинг — { $outstaffed }, третья сторона — { $third_party }, по договорам ГПХ — { $contractor }. Ещё { $left ->
    [one] { $left } новый работник
    [few] { $left } новых работника
   *[many] { $left } новых работников
} любого вида (включая аутстаффинг и договоры ГПХ) — и порог { $limit } человек будет превышен, а квоты местного содержания в кадрах начнут применяться.
audit-threshold-no-sanction = санкция за саму численность в законодательстве не найдена: превышение порога не является правонарушением; выше порога к разрешениям применяются квоты местного содержания в кадрах
audit-quota = { $group ->
    [12] категории 1–2 (руководители)
   *[34] категории 3–4 (специалисты и квалифицированные рабочие)
}: граждан РК { $citizens } из { $size } ({ $share }), это ниже { $percent }%: нужно ещё { $shortfall ->
    [one] { $shortfall } гражданин
    [few] { $shortfall } гражданина
   *[many] { $shortfall } граждан
} (или на { $shortfall ->
    [one] { $shortfall } иностранца
    [few] { $shortfall } иностранца
   *[many] { $shortfall } иностранцев
} меньше). Последние принятые иностранцы, из-за которых нарушено соотношение: { $names }. Пока соотношение нарушено, разрешения не выдаются и не продлеваются.
audit-quota-no-sanction = санкция за нарушение соотношения в законодательстве не найдена: штрафа КоАП за это нет ни в правилах, ни в исследовании (docs/research/deadlines-and-fines.md); последствие — пока соотношение нарушено, разрешения не выдаются и не продлеваются

## salary-parity и contractor-misclassification-risk

audit-basis-parity = Трудовой кодекс РК, ст. 137-1 (Закон РК от 19 декабря 2020 года № 386-VI): предоставленный персонал уравнивается с работниками принимающей стороны в оплате труда, рабочем времени и времени отдыха
audit-parity-no-sanction = санкция за неравную оплату или отпуск предоставленного персонала в законодательстве не найдена: ст. 137-1 Трудового кодекса РК устанавливает обязанность, но штрафа КоАП за её нарушение нет ни в правилах, ни в исследовании (docs/research/deadlines-and-fines.md); на кону сама разница, которую должны работнику
audit-parity-pay = { $id } ({ $engagement ->
    [outstaffed] аутстаффинг
   *[other] третья сторона
}, { $position }, { $department }): совокупная оплата { $pay } в месяц на { $gap } ({ $share }) ниже, чем у штатного работника с самой низкой оплатой на той же должности ({ $lowest }, { $floor }). Сопоставимые штатные работники: { $peers }.
audit-parity-leave = { $id } ({ $engagement ->
    [outstaffed] аутстаффинг
   *[other] третья сторона
}, { $position }, { $department }): оплачиваемый отпуск { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}, а у штатных работников — не менее { $peer_days }. Сопоставимые штатные работники: { $peers }.
audit-parity-pay-and-leave = { $id } ({ $engagement ->
    [outstaffed] аутстаффинг
   *[other] третья сторона
}, { $position }, { $department }): совокупная оплата { $pay } в месяц на { $gap } ({ $share }) ниже, чем у штатного работника с самой низкой оплатой на той же должности ({ $lowest }, { $floor }); оплачиваемый отпуск { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}, а у штатных работников — не менее { $peer_days }. Сопоставимые штатные работники: { $peers }.
audit-basis-contractor = Трудовой кодекс РК, ст. 1 и 23 (трудовые отношения оформляются трудовым договором); КоАП РК, ст. 86 (допуск к работе лица без заключения трудового договора)
audit-contractor = { $id } работает по договору ГПХ как «{ $position }» — это должность штатных работников { $employees }: отношения могут быть признаны трудовыми, а допуск к работе без заключения трудового договора штрафуется.

## Записи ЕСУТД: сведения по Приказу № 353, ИИН и БИН

audit-basis-fields = Приказ Министра труда и социальной защиты населения РК от 3 сентября 2020 года № 353 (Правила представления и получения сведений о трудовом договоре в ЕСУТД): ИИН работника, БИН работодателя, трудовая функция, место работы, срок, дата начала работы, дата и номер договора; КоАП РК, ст. 98 ч. 1-1 (неполные сведения)
audit-basis-ids = Закон РК от 12 января 2007 года № 223 «О национальных реестрах идентификационных номеров» (структура и контрольный разряд); записи ЕСУТД с неверным ИИН или БИН недостоверны (КоАП РК, ст. 98 ч. 1-1)
audit-basis-duplicate = Закон РК от 12 января 2007 года № 223 «О национальных реестрах идентификационных номеров»: ИИН присваивается одному физическому лицу и один раз; записи ЕСУТД с неверным ИИН недостоверны (КоАП РК, ст. 98 ч. 1-1)
audit-missing-fields = { $id } ({ $name }): в записи ЕСУТД не заполнено: { $fields }.
audit-field-iin = ИИН работника
audit-field-position = трудовая функция (должность)
audit-field-place-of-work = место работы
audit-field-term = срок (contract_end_date: дата или `indefinite`)
audit-field-contract-date = дата договора
audit-field-contract-number = номер договора
audit-no-sanction-contractor-record = санкция против самой компании в законодательстве не найдена: договоры ГПХ в ЕСУТД не регистрируются
audit-no-sanction-sender-iin = санкция против принимающей стороны в законодательстве не найдена: запись ЕСУТД работника { $id } ведёт его работодатель (направляющая сторона) — он и должен исправить ИИН
audit-no-sanction-sender-bin = санкция против принимающей стороны в законодательстве не найдена: запись ЕСУТД работника { $id } ведёт его работодатель (направляющая сторона) — он и должен исправить БИН
audit-duplicate-iin = ИИН { $iin } указан в { $count ->
    [one] { $count } записи
    [few] { $count } записях
   *[many] { $count } записях
}: { $names }. ИИН принадлежит одному человеку: либо ИИН неверен (недостоверная запись ЕСУТД), либо у одного человека { $count ->
    [one] { $count } запись
    [few] { $count } записи
   *[many] { $count } записей
} и он учтён в численности и квотах больше одного раза — исправьте ИИН или оставьте одну запись на человека.
audit-duplicate-no-sanction = санкция за сам повтор ИИН в законодательстве не найдена; когда станет известно, какой ИИН неверен, запись ЕСУТД с ним будет недостоверной (esutd-inaccurate, КоАП РК, ст. 98 ч. 1-1)
audit-invalid-iin = { $id } ({ $name }): ИИН { $iin } недействителен: { $error }.
audit-invalid-company-bin = БИН компании { $bin } недействителен: { $error }. Он указан в каждой записи ЕСУТД её работников.
audit-company-bin-no-staff = санкция в законодательстве пока не найдена: у компании нет действующих штатных работников, поэтому ни одна её запись ЕСУТД не содержит этот БИН
audit-invalid-sender-bin = { $id } ({ $name }): БИН направляющей стороны { $bin } недействителен: { $error }.

## Регистрация в ЕСУТД новых договоров и их прекращения

audit-basis-registration = { $act } ({ $rule }); КоАП РК, ст. 98 ч. 1-1
audit-basis-order-353 = Приказ № 353 (Правила ЕСУТД)
audit-contract-no-deadline = { $id } ({ $name }): у трудового договора от { $from } нет даты регистрации в ЕСУТД, а срок регистрации вычислить нельзя: { $error }.
audit-contract-late = { $id } ({ $name }): трудовой договор от { $from } зарегистрирован в ЕСУТД { $registered } — на { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
} позже срока { $due }.
audit-contract-missing = { $id } ({ $name }): трудовой договор от { $from } не зарегистрирован в ЕСУТД; срок истёк { $due } ({ $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
} назад).
audit-contract-due = { $id } ({ $name }): трудовой договор от { $from } нужно зарегистрировать в ЕСУТД не позднее { $due } ({ $days ->
    [one] остался { $days } день
    [few] осталось { $days } дня
   *[many] осталось { $days } дней
}).
audit-termination-no-deadline = { $id } ({ $name }): у прекращения трудового договора (дата увольнения { $from }) нет даты регистрации в ЕСУТД, а срок регистрации вычислить нельзя: { $error }.
audit-termination-late = { $id } ({ $name }): прекращение трудового договора (дата увольнения { $from }) зарегистрировано в ЕСУТД { $registered } — на { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
} позже срока { $due }.
audit-termination-missing = { $id } ({ $name }): прекращение трудового договора (дата увольнения { $from }) не зарегистрировано в ЕСУТД; срок истёк { $due } ({ $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
} назад).
audit-termination-due = { $id } ({ $name }): прекращение трудового договора (дата увольнения { $from }) нужно зарегистрировать в ЕСУТД не позднее { $due } ({ $days ->
    [one] остался { $days } день
    [few] осталось { $days } дня
   *[many] осталось { $days } дней
}).
audit-registration-not-finable-yet = штраф пока не налагается: срок — { $due }; штрафуется только регистрация, не выполненная и после него (esutd-missing)

## Иностранные работники: разрешения и наставники

audit-basis-permit = Приказ Заместителя Премьер-Министра – Министра труда и социальной защиты населения РК от 30 июня 2023 года № 279 (Правила и условия выдачи или продления разрешений работодателям на привлечение иностранной рабочей силы): разрешение на каждого иностранного работника, кроме граждан ЕАЭС и обладателей вида на жительство; продление — не ранее чем за 60 и не позднее чем за 30 дней до истечения срока
audit-permit-none = { $id } ({ $name }, { $citizenship }): для иностранного работника, которому нужно разрешение на привлечение иностранной рабочей силы, разрешение не указано.
audit-permit-expired = { $id } ({ $name }, { $citizenship }): срок разрешения на привлечение иностранной рабочей силы истёк { $until }.
audit-permit-expiring = { $id } ({ $name }, { $citizenship }): срок разрешения истекает { $until }, через { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}.
audit-permit-expiring-window = { $id } ({ $name }, { $citizenship }): срок разрешения истекает { $until }, через { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}. Подайте заявление на продление в период с { $opens } по { $due } ({ $status }).
audit-permit-no-sanction = санкция за работу иностранного работника без действующего разрешения в законодательстве не найдена: суммы штрафа КоАП за это нет ни в правилах, ни в исследовании (docs/research/deadlines-and-fines.md)
audit-permit-expiring-no-sanction = санкция в законодательстве не найдена: разрешение ещё действует; продление в установленный период сохраняет его
audit-basis-mentor = { $act } ({ $rule })
audit-mentor-late = { $id } ({ $name }): назначен наставником { $appointed }, позже срока { $due } (5 рабочих дней с начала работы { $start }).
audit-mentor-missing = { $id } ({ $name }): начал работу { $start }; назначение наставником не зафиксировано, а срок истёк { $due }.
audit-mentor-no-sanction = санкция за позднее назначение наставником в законодательстве не найдена: Приказ № 197 устанавливает обязанность, но штрафа КоАП за её нарушение нет ни в правилах, ни в исследовании (docs/research/deadlines-and-fines.md)

## Размер бизнеса для штрафов

audit-size-class = { $class ->
    [micro] микро
    [small] малый
    [medium] средний
    [large] крупный
   *[other] { $class }
}
audit-size-no-income = { $reason } (доход не указан и принят за 0 МРП: это самый низкий размер, который допускает численность; укажите `income_mrp`)
audit-size-unknown = размер определить не удалось ({ $error }); штрафы рассчитаны как для субъекта малого предпринимательства
audit-cannot-audit = провести аудит на { $date } по правилам невозможно: { $error }

## Чтение файла с персоналом

import-unreadable = не удалось прочитать файл: { $reason }
import-problems = { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
   *[many] { $count } ошибок
} в файле, ничего не импортировано:
import-problem-header = заголовок: { $column }: { $message }
import-problem-cell = строка { $row }, столбец { $column }: { $message }
import-too-large = { $message } (предел { $limit })
import-xls = это книга Excel 97–2003 (.xls), такие книги не читаются: сохраните её как .xlsx или как «CSV UTF-8»
import-not-utf8 = текст не в кодировке UTF-8 ({ $error }); сохраните файл из Excel как «CSV UTF-8»
import-empty = файл пуст
import-no-people = в файле есть заголовок, но нет ни одного работника
import-not-xlsx = это не книга XLSX: { $reason }
import-no-sheets = в книге нет листов
import-reader-failed = не удалось прочитать эту книгу; пересохраните её из Excel
import-rows-out-of-order = строки листа идут не по порядку (строка { $row } после строки { $previous }); пересохраните книгу из Excel
import-file-too-large = размер файла — { $size }; читается не более { $max }
import-size-mib = { $count } МиБ
import-size-kib = { $count } КиБ
import-size-bytes = { $count } байт
import-too-many-rows = в файле больше { $max } строк; читается не более { $max }
import-too-many-columns-header = столбцов в заголовке: { $count }; читается не более { $max }
import-too-many-columns-row = столбцов в строке { $row }: { $count }; читается не более { $max }
import-too-many-cells = в файле больше { $max } ячеек; читается не более { $max }
import-cell-too-long = строка { $row }, столбец { $column }: символов в ячейке — { $count }; читается не более { $max }
import-sheet-columns = лист объявляет столбцов: { $count }; читается не более { $max }
import-sheet-rows = лист объявляет строк: { $count }; читается не более { $max }
import-sheet-far-cell = на листе есть ячейка { $cell }; читается не более { $columns } столбцов и { $rows } строк
import-id-repeated = `{ $id }` уже использован в одной из предыдущих строк
import-column-twice = { $column } встречается дважды
import-column-missing = нет обязательного столбца `{ $column }`
import-column-missing-alias = нет обязательного столбца `{ $column }` (или «{ $alias }»)
import-more-problems = и ещё ошибок: { $count }; показываются не более { $max } (предел MAX_PROBLEMS)
import-cell-empty = не заполнено
import-bad-engagement = `{ $value }`: ожидается direct, outstaffed, third_party или contractor (или штат, аутстаффинг, третья сторона, ГПХ)
import-bad-category = `{ $value }`: ожидается 1, 2, 3 или 4
import-bad-days = `{ $value }`: ожидается целое число дней
import-bad-country = `{ $value }`: ожидается двухбуквенный код страны (ISO 3166), например KZ, RU, TR
import-bad-yes-no = `{ $value }`: ожидается yes или no (да или нет)
import-bad-term = { $error } или `indefinite` (бессрочный)
import-bad-date = `{ $value }` — не дата (ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)
import-bad-date-year = `{ $value }`: год должен быть от { $from } до { $to }
import-bad-date-day = `{ $value }` — такого дня нет в календаре
import-amount-empty = сумма не указана
import-amount-not-a-number = '{ $value }' — не число
import-amount-too-precise = '{ $value }': больше двух знаков после запятой (тиын — наименьшая единица)
import-amount-too-large = '{ $value }' превышает наибольшую допустимую сумму — 1 000 000 000 000 тенге
import-amount-negative = '{ $value }' — отрицательная сумма

## Отчёты: уровни и статусы штрафа для читателя

report-severity = { $severity ->
    [violation] нарушение
    [risk] риск
   *[warning] предупреждение
}
report-fine-warning = { $amount } (предупреждение)
report-fine-not-finable = { $amount } (штраф не налагается)
report-fine-not-priced = не рассчитан
report-fine-no-sanction = нет санкции

## Отчёт HTML

report-html-title = Аудит соблюдения законодательства — { $company } — { $date }
report-html-heading = Аудит соблюдения законодательства: { $company }
report-html-as-of = По состоянию на { $date } · kzcomply
report-html-people = <b>{ $count }</b> { $count ->
    [one] человек
    [few] человека
   *[many] человек
}<br>штатных — { $direct } · аутстаффинг — { $outstaffed } · третья сторона — { $third_party } · ГПХ — { $contractor }
report-html-counts = <b class=violation>{ $violations }</b> { $violations ->
    [one] нарушение
    [few] нарушения
   *[many] нарушений
} · <b class=risk>{ $risks }</b> { $risks ->
    [one] риск
    [few] риска
   *[many] рисков
} · <b class=warning>{ $warnings }</b> { $warnings ->
    [one] предупреждение
    [few] предупреждения
   *[many] предупреждений
}
report-html-exposure = Возможные штрафы
report-html-size = Размер бизнеса
report-html-localisation = Местное содержание в кадрах
report-html-group-12 = Категории 1–2
report-html-group-34 = Категории 3–4
report-html-bar = { $group }: граждан РК { $citizens } из { $size } ({ $share }) — минимум { $required }%
report-html-bar-not-applicable = { $group }: граждан РК { $citizens } из { $size } ({ $share }) — минимум { $required }% (при такой численности не применяется)
report-html-findings = Замечания, начиная с самых серьёзных
report-html-col-severity = Уровень
report-html-col-rule = Правило
report-html-col-people = Работники
report-html-col-what = Суть
report-html-col-fine = Штраф, ₸
report-html-not-checked = Не проверено
report-html-not-checked-intro = В файле нет данных, нужных для этих проверок, поэтому они не проводились и штрафов не несут:
report-html-col-why = Почему и как добавить данные
report-html-footer = Суммы — максимально возможные штрафы: по одному штрафу за первое нарушение на каждого работника, по МРП года нарушения. Это не юридическая консультация; у каждого правила указан источник.

## Отчёт XLSX

report-xlsx-summary = Сводка
report-xlsx-not-checked = Не проверено
report-xlsx-col-severity = Уровень
report-xlsx-col-people = Работники
report-xlsx-col-what = Что не так
report-xlsx-col-basis = Правовое основание
report-xlsx-col-fine = Штраф, ₸
report-xlsx-col-fine-note = Как рассчитан штраф или почему его нет
report-xlsx-col-gap = Разница в оплате, ₸
report-xlsx-col-fine-status = Статус штрафа
report-xlsx-company = Компания
report-xlsx-as-of = По состоянию на
report-xlsx-effective = Фактическая численность
report-xlsx-engagements = Штатные / аутстаффинг / третья сторона / ГПХ
report-xlsx-quotas-apply = Квоты местного содержания применяются
report-xlsx-yes = да
report-xlsx-no = нет
report-xlsx-group-12 = Граждане РК в категориях 1–2 (мин. 70%)
report-xlsx-group-34 = Граждане РК в категориях 3–4 (мин. 90%)
report-xlsx-of = { $citizens } из { $size }
report-xlsx-size = Размер бизнеса (для штрафов)
report-xlsx-counts = Нарушения / риски / предупреждения
report-xlsx-exposure = Возможные штрафы, ₸
report-xlsx-exposure-at-least = Возможные штрафы, ₸ (не менее)
report-xlsx-not-priced = Нерассчитанные штрафы
report-xlsx-checks-not-run = Непроведённые проверки (нет данных)
report-xlsx-col-rule = Правило
report-xlsx-col-why = Почему и как добавить данные

## CSV с замечаниями: строка заголовка (в ячейках уровня, правила и статуса — их идентификаторы)

report-csv-severity = Уровень
report-csv-rule = Правило
report-csv-people = Работники
report-csv-fine = Штраф, ₸
report-csv-gap = Разница в оплате, ₸
report-csv-message = Что не так
report-csv-basis = Правовое основание
report-csv-fine-note = Как рассчитан штраф
report-csv-fine-status = Статус штрафа

## Сводка `kzcomply audit` в терминале

report-cli-title = Аудит соблюдения законодательства: { $company }, по состоянию на { $date }
report-cli-the-company = компания
report-cli-people = Численность   фактически { $count }: штатных — { $direct }, аутстаффинг — { $outstaffed }, третья сторона — { $third_party }, ГПХ — { $contractor }
report-cli-localisation-applies = Квоты         ПРИМЕНЯЮТСЯ — категории 1–2: { $cat12 } (мин. 70%), категории 3–4: { $cat34 } (мин. 90%)
report-cli-localisation-exempt = Квоты         не применяются (20 человек или меньше) — категории 1–2: { $cat12 } (мин. 70%), категории 3–4: { $cat34 } (мин. 90%)
report-cli-share = { $citizens }/{ $size } = { $share }
report-cli-headroom = {"              "}можно принять ещё { $managers ->
    [one] { $managers } иностранного руководителя
    [few] { $managers } иностранных руководителей
   *[many] { $managers } иностранных руководителей
} и { $specialists ->
    [one] { $specialists } иностранного специалиста
    [few] { $specialists } иностранных специалистов
   *[many] { $specialists } иностранных специалистов
}, прежде чем доля опустится ниже минимума
report-cli-size = Размер        { $class } ({ $reason })
report-cli-findings = Итог          { $violations ->
    [one] { $violations } нарушение
    [few] { $violations } нарушения
   *[many] { $violations } нарушений
}, { $risks ->
    [one] { $risks } риск
    [few] { $risks } риска
   *[many] { $risks } рисков
}, { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
   *[many] { $warnings } предупреждений
} — возможные штрафы { $exposure }
report-cli-tag-violation = НАРУШЕНИЕ
report-cli-tag-risk = РИСК
report-cli-tag-warning = предупреждение
report-cli-fine-amount = [{ $amount }]
report-cli-fine-not-priced = [не рассчитан]
report-cli-basis = основание: { $basis }
report-cli-fine = штраф: { $note }
report-cli-not-checked = Не проверено — в файле нет данных для этих проверок, поэтому они не проводились и штрафов не несут:
report-cli-written = Отчёт записан в { $path }
report-cli-bad-out = --out { $path }: отчёт можно записать как .html, .xlsx или .csv
report-cli-xlsx-failed = не удалось построить отчёт XLSX: { $error }
report-cli-cannot-write = не удалось записать { $path }: { $error }
report-cli-not-utf8 = { $path }: текст не в кодировке UTF-8

# payroll facts
# Необязательные столбцы docs/payroll-run.md §2 (birth_date … days_worked) при чтении файла.
import-bad-pensioner = `{ $value }`: ожидается no (нет), age (по возрасту) или seniority (по выслуге лет)
import-bad-disability-group = `{ $value }`: ожидается группа инвалидности 1, 2 или 3 (I, II или III)
import-bad-disability-until = { $until } раньше disability_from ({ $from }): справка заканчивается раньше, чем начинается
import-bad-deduction-from = { $error } или `no` (нет: базовый вычет у этого работодателя не применяется)
import-bad-week = `{ $value }`: ожидается 5 или 6 (рабочих дней в неделю)
import-bad-days-worked = `{ $value }`: ожидается число отработанных в месяце рабочих дней, целое от 0 до 31
