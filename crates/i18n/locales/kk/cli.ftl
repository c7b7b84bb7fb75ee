# Командалық жолдың шығысы, заңның өз мәтіндерінен басқасы (kk): кестелердің жазулары, тақырыптар,
# payroll, calendar, workdays, deadline, fine, entity-size, rules және id командаларының кеңестері мен қателері.

cli-error = қате: { $message }

cli-date-not-a-date = `{ $value }` — күн емес (ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ)
cli-date-year-range = `{ $value }`: жыл 1900 бен 2200 аралығында болуы керек
cli-date-not-a-day = `{ $value }` — күнтізбеде мұндай күн жоқ

## payroll

cli-payroll-title = { $period } кезеңіне жалақы есебі — { $who }
cli-payroll-born = туған күні { $date }
cli-payroll-disability = { $group }-топтағы мүгедектік
cli-payroll-no-personal-deduction = базалық шегерімсіз
cli-payroll-hired = осы айда жұмысқа қабылданды
cli-payroll-dismissed = осы айда жұмыстан шығарылды
cli-payroll-smallest-gross = Төленетін сома кемінде { $net } болатын бүтін теңгедегі ең аз есептелген сома
cli-payroll-gross = Есептелді
cli-payroll-withheld = Қызметкердің жалақысынан ұсталды
cli-payroll-row-opv = МЗЖ   зейнетақы жарналары
cli-payroll-row-vosms = МӘМС  медициналық сақтандыру жарналары
cli-payroll-row-ipn = ЖТС   табыс салығы
cli-payroll-net = Төленетін сома
cli-payroll-employer-on-top = Жұмыс беруші есептелген сомадан бөлек төлейді
cli-payroll-row-opvr = ЖМЗЖ  жұмыс берушінің зейнетақы жарналары
cli-payroll-row-so = ӘА    әлеуметтік аударымдар
cli-payroll-row-oosms = МӘМС  медициналық сақтандыру аударымдары
cli-payroll-row-social-tax = Әлеуметтік салық
cli-payroll-employer-cost = Жұмыс берушінің жалпы шығыны
cli-payroll-exempt = босатылған
cli-payroll-on-taxable = салық салынатын табыс { $taxable }
cli-payroll-of-gross = есептелгеннің { $percent }
cli-payroll-on-top = есептелген + { $charges } (үстіне { $percent })
cli-payroll-how = Әр жол қалай есептелді (сомалар теңгемен):
cli-payroll-note = ескертпе: { $note }
cli-payroll-sources-hint = Әр параметрдің құқықтық дереккөзін көру үшін --sources, бәрін алу үшін --json қосыңыз.
cli-payroll-no-rules = { $period } кезеңіне жалақы ережелері жоқ: { $error }

## payroll --batch

cli-batch-column-twice = { $file }: `{ $column }` бағаны тақырыпта екі рет кездеседі
cli-batch-gross-or-net = gross (немесе net)
cli-batch-no-column = { $file }: тақырыпта { $columns } бағаны жоқ; белгілі бағандар: { $known }
cli-batch-ignoring-columns = ескертпе: { $file }: { $columns } бағандары ескерілмейді (белгілілері: { $known })
cli-batch-not-yes-no = «{ $value }» — иә/жоқ (yes/no) емес
cli-batch-not-pensioner = «{ $value }» — age, seniority, иә/жоқ немесе бос мән емес
cli-batch-not-period = «{ $value }» — кезең емес (ЖЖЖЖ-АА)
cli-batch-empty-gross = бос: gross (немесе net) көрсетіңіз
cli-batch-unknown-status = белгісіз мәртебе «{ $value }»: citizen, foreign-resident, eaeu немесе foreign-nonresident қолданыңыз
cli-batch-not-a-date = «{ $value }» — күн емес (ЖЖЖЖ-АА-КК)
cli-batch-not-disability = «{ $value }» — 1, 2, 3 немесе бос мән емес
cli-batch-cannot-read-header = { $file }: тақырыпты оқу мүмкін емес: { $error }
cli-batch-cannot-read = кіріс деректерін оқу мүмкін емес: { $error }
cli-batch-column-error = { $column } бағаны: { $message }
cli-batch-row-error = { $file }: { $row }-жол (id { $id }): { $message }
cli-batch-nothing-written = ештеңе жазылмады; жолды түзетіңіз немесе --on-error skip қолданыңыз
cli-batch-skipped = өткізіп жіберілді: { $message }
cli-batch-standard-output = стандартты шығыс
cli-batch-skipped-summary = { $failed } жол өткізіп жіберілді (жоғарыда көрсетілген); { $written } жол жазылды: { $place }
cli-batch-written = { $written } жол жазылды: { $place }
cli-batch-progress = { $bar } { $bytes }/{ $total } ({ $speed }, { $eta } қалды)

## calendar және workdays

cli-calendar-rules-incomplete = күнтізбе ережелері толық емес: { $error }
cli-calendar-status-provisional = АЛДЫН АЛА: ережелер бойынша есептелді, әлі жарияланбаған
cli-calendar-status-overridden = РЕСМИ КҮНТІЗБЕ ӨЗГЕРТІЛДІ: kzcomply кейінгі актіні басшылыққа алады
cli-calendar-status-official = ресми
cli-calendar-title = { $year } жылғы өндірістік күнтізбе — { $week ->
    [six-day] алты
   *[five-day] бес
} күндік жұмыс аптасы ({ $status })
cli-calendar-totals = Жұмыс күндері: { $working }   Жұмыс емес күндер: { $off }
cli-calendar-published = Жарияланған күнтізбе: { $days } жұмыс күні
cli-calendar-differs = Айырмашылығы: { $differs }
cli-calendar-col-date = Күні
cli-calendar-col-day = Апта
cli-calendar-col-kind = Түрі
cli-calendar-col-reason = Себебі
cli-calendar-kind-holiday = мереке
cli-calendar-kind-religious = діни
cli-calendar-kind-carry-over = ауыстыру
cli-calendar-kind-transfer = бұйрықпен
cli-calendar-kind-worked = ЖҰМЫС КҮНІ
cli-calendar-row-month = Ай
cli-calendar-row-working = Жұмыс
cli-calendar-row-off = Демалыс
cli-calendar-month-1 = қаң
cli-calendar-month-2 = ақп
cli-calendar-month-3 = нау
cli-calendar-month-4 = сәу
cli-calendar-month-5 = мам
cli-calendar-month-6 = мау
cli-calendar-month-7 = шіл
cli-calendar-month-8 = там
cli-calendar-month-9 = қыр
cli-calendar-month-10 = қаз
cli-calendar-month-11 = қар
cli-calendar-month-12 = жел

cli-workdays-add = ({ $from } + { $days } { $unit ->
    [calendar] күнтізбелік күн
   *[working] жұмыс күні
}, { $week ->
    [six-day] алты
   *[five-day] бес
} күндік жұмыс аптасы = { $to })
cli-workdays-between = ({ $from } – { $to } аралығындағы жұмыс күндері, екі шеті де қосылады, { $week ->
    [six-day] алты
   *[five-day] бес
} күндік жұмыс аптасы)
cli-workdays-ordinary-working-day = кәдімгі жұмыс күні
cli-workdays-weekly-rest-day = апталық демалыс күні
cli-workdays-check-working = { $day } — жұмыс күні: { $reason }
cli-workdays-check-not-working = { $day } — жұмыс күні ЕМЕС: { $reason }

## deadline

cli-deadline-event-date = оқиға күні
cli-deadline-rule = ереже
cli-deadline-window-opens = өтініш беру ашылады
cli-deadline-apply-from = өтініш беруге болады
cli-deadline-due = мерзімі
cli-deadline-provisional = (алдын ала күнтізбе)
cli-deadline-how = есептеу
cli-deadline-status = мәртебесі
cli-deadline-as-of = ({ $as_of } күнгі жағдай)
cli-deadline-as-of-done = ({ $as_of } күнгі жағдай, орындалды: { $done })
cli-deadline-basis = негіздеме
cli-deadline-reference = сілтеме

## fine және entity-size

cli-fine-need-offender = --offender немесе --headcount пен --income-mrp көрсетіңіз
cli-fine-date = күні
cli-fine-offender = құқық бұзушы
cli-fine-offence = құқық бұзушылық
cli-fine-offence-repeat-previous = қайталанған (алдыңғы жаза { $previous }, бір жыл ішінде)
cli-fine-offence-repeat = бір жыл ішінде қайталанған
cli-fine-offence-first-previous = алғашқы (алдыңғы жаза { $previous } — бір жылдан астам бұрын)
cli-fine-offence-first = алғашқы
cli-fine-sanction = санкция
cli-fine-sanction-none = жоқ
cli-fine-sanction-warning = ескерту
cli-fine-article = бап
cli-fine-fine = айыппұл
cli-fine-mrp = { $mrp } АЕК
cli-fine-mrp-range = { $min }–{ $max } АЕК
cli-fine-times-mrp = × { $value } ({ $year } жылғы АЕК)
cli-fine-in-tenge = теңгемен
cli-fine-tenge = { $amount }
cli-fine-tenge-range = { $min }–{ $max } ₸
cli-fine-source = дереккөз
cli-fine-note = ескертпе
cli-offender-official = лауазымды адам
cli-offender-micro = микрокәсіпкерлік субъектісі
cli-offender-small = шағын кәсіпкерлік субъектісі
cli-offender-medium = орта кәсіпкерлік субъектісі
cli-offender-large = ірі кәсіпкерлік субъектісі
cli-offender-nonprofit = коммерциялық емес ұйым
cli-size-class-micro = микрокәсіпкерлік
cli-size-class-small = шағын кәсіпкерлік
cli-size-class-medium = орта кәсіпкерлік
cli-size-class-large = ірі кәсіпкерлік

## rules

cli-rules-coverage-as-of = { $on } күнгі ережелердің қамтуы
cli-rules-covered-until = Ережелер { $until } күнге дейін қамтиды ({ $days } күн қалды).
cli-rules-coverage-ended = Қамту { $until } күні АЯҚТАЛДЫ, { $days } күн бұрын.
cli-rules-no-end = Әр параметрдің аяқталу күні жоқ мәні бар.
cli-rules-missing-heading = Қамту аяқталғаннан кейін мәні жоқ:
cli-rules-missing-from = { $from } күнінен бастап
cli-rules-provisional-heading = Алдын ала (ресми мәтін жарияланғанда оны ауыстырыңыз):
cli-rules-provisional-item = { $what } ({ $until } күнге дейін; параметр { $parameter })
cli-rules-never-guesses = kzcomply заң белгілемеген мәнді ешқашан болжамайды. Заңға қол қойылғанда әр мәнді дереккөзімен бірге ережелер файлына қосып, оның каталогын --rules-add DIR арқылы көрсетіңіз (мысал: examples/rules-2027/; пішімі: rules/kz/README.md); сервисте оларды әкімші «Нормативтер» бетінде қосады.
cli-rules-show-heading = { $on } күні қолданыстағы параметрлер ({ $total } ішінен { $shown })
cli-rules-since = { $since } күнінен бастап
cli-rules-confidence = сенімділік: { $confidence ->
    [high] жоғары
    [medium] орташа
   *[low] төмен
}
cli-rules-source = дереккөз: { $source }
cli-rules-see = қараңыз: { $reference }
cli-rules-from = шыққан жері: { $origin }
cli-rules-note = ескертпе: { $note }
cli-rules-not-in-force = { $on } күні қолданылмайды: { $parameters }
cli-rules-in-use = Қолданыстағы ережелер
cli-rules-check-summary = { $name }: { $files } файлда { $parameters } параметр, әр мәннің күндері мен дереккөзі бар.
cli-rules-check-no-payroll = { $name }: жалақыны бірде-бір айға есептеу мүмкін емес: жалақының кейбір параметрі жоқ немесе ешқашан қолданылмайды
cli-rules-months-range = { $from } – { $to }
cli-rules-check-payroll = Жалақыны есептеуге болатын кезеңдер: { $months }.
cli-rules-check-calendar = Өндірістік күнтізбе қамтитын жылдар: { $years }.
cli-rules-check-no-calendar = Өндірістік күнтізбе жоқ (calendar, workdays және deadline командалары жұмыс істемейді): { $error }
cli-rules-export-cannot-create = { $dir } жасау мүмкін емес: { $error }
cli-rules-export-exists = { $path } бұрыннан бар; бос каталогқа экспорттаңыз
cli-rules-export-done = Кіріктірілген ережелер { $dir } каталогына жазылды. Оларды өңдеп, іске қосыңыз: kzcomply --rules { $dir } ...
cli-rules-cannot-read-dir = { $dir } ережелер каталогын оқу мүмкін емес: { $error }
cli-rules-not-utf8 = { $path } оқылмайды: UTF-8 мәтіні емес
cli-rules-no-files = { $dir } ішінде *.toml ереже файлдары жоқ
cli-rules-missing-item = { $parameter } ({ $from } күнінен бастап)
cli-rules-past-coverage-hint = Ережелерде { $date } күнге мына параметрлердің мәні жоқ: { $parameters }.
    kzcomply жаңа жылдың мәндерін ешқашан болжамайды. Оларды белгілейтін заңға қол қойылғанда (АЕК пен ЕТЖ республикалық бюджет туралы заңмен белгіленеді), оларды дереккөзімен бірге ережелер файлына қосып, оның каталогын --rules-add DIR арқылы көрсетіңіз (мысал: examples/rules-2027/; пішімі rules/kz/README.md файлында). Сервисте оларды әкімші «Нормативтер» бетінде қосады. Не жетіспейтінін `kzcomply rules status` көрсетеді.

## id

cli-id-kind-iin = ЖСН
cli-id-kind-bin = БСН
cli-id-valid-reason = құрылымы мен бақылау цифры дұрыс
cli-id-born = туған күні { $born }, жынысы { $sex }
cli-id-registered = тіркелген айы { $registered }, { $entity }, { $unit }
cli-id-valid = { $input }: дұрыс { $kind } ({ $what })
cli-id-invalid = { $input }: { $kind } дұрыс ЕМЕС: { $reason }
