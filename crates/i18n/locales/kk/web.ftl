# web texts (kk): басқару панелі. Сандар — common.ftl ортақ пішіндері
# (violation-count, risk-count, warning-count, person-count).

## Макет, навигация, тіл

web-language = Тіл
web-companies = Компаниялар
web-overview = Шолу
web-findings = Бұзушылықтар мен тәуекелдер
web-people = Қызметкерлер
web-payroll = Жалақы
web-import = Импорт
web-rules = Нормативтер
web-tokens = API токендері
web-api-docs = API
web-sign-out = Шығу
web-home = Басты бет
web-role-admin = әкімші
web-role-editor = редактор
web-role-viewer = қараушы
web-banner-soon = Нормативтердің қолданылу мерзімі { $date } аяқталады ({ $days ->
    [one] { $days } күн қалды
   *[other] { $days } күн қалды
}). Мына параметрлердің мәні әлі жоқ: { $missing }.
web-banner-ended = Нормативтердің қолданылу мерзімі { $date } аяқталды. Мына параметрлердің мәні әлі жоқ: { $missing }.
web-banner-add = Оларды «Нормативтер» бетінде қосыңыз
web-show = Көрсету

## Кіру

web-welcome = kzcomply жүйесіне қош келдіңіз!
web-tagline = Қазақстанда қызметкерлерді заңды байқаусызда бұзбай жұмысқа алыңыз.
web-email = Электрондық пошта
web-password = Құпиясөз
web-sign-in = Кіру
web-bad-login = Электрондық пошта немесе құпиясөз қате.
web-too-many = Сәтсіз әрекеттер тым көп. 15 минут күтіп, қайталап көріңіз.
web-busy = Қазір кіру әрекеттері тым көп. Бірнеше секундтан кейін қайталаңыз.
web-demo-hint = Демо: admin@demo.kz (ағылшынша), editor@demo.kz (орысша), viewer@demo.kz (қазақша); құпиясөз

## Компаниялар

web-no-companies = Әзірге компаниялар жоқ.
web-bin = БСН { $bin }

## Шолу

web-as-of = { $date } жағдай бойынша
web-as-of-label = Күні
web-size-micro = микрокәсіпкерлік
web-size-small = шағын кәсіпкерлік
web-size-medium = орта кәсіпкерлік
web-size-large = ірі кәсіпкерлік
web-size-unknown = мөлшері анықталмаған
web-headcount = Қызметкерлер саны: { $count }
web-threshold = Штат, аутстаффинг және АҚШ бойынша орындаушылар есептеледі; саны { $count ->
    [one] { $count } адамнан
   *[other] { $count } адамнан
} асқанда квоталар қолданылады
web-localisation = Санаттар бойынша ҚР азаматтарының үлесі
web-managers = Басшылар мен олардың орынбасарлары (1–2 санаттар)
web-specialists = Мамандар мен білікті жұмысшылар (3–4 санаттар)
web-quotas-apply = Осы қызметкерлер санында квоталар қолданылады.
web-quotas-not-apply = Осы қызметкерлер санында квоталар әзірге қолданылмайды.
web-exposure = Ықтимал айыппұлдар
web-reports = Аудитті жүктеп алу
web-deadlines = Мерзімдер
web-overdue = Мерзімі өткен
web-this-week = Осы аптада
web-next-30 = Алдағы 30 күн
web-nothing-due = Мерзімдер жоқ.
web-chart-headcount = { $count ->
    [one] { $count } адам
   *[other] { $count } адам
}; шегі { $threshold }
web-chart-localisation = Санаттар бойынша ҚР азаматтарының үлесі ең төменгі үлеспен салыстырғанда
web-chart-costs = Қызметкерлер бойынша жұмыс берушінің шығыны

## Бұзушылықтар мен тәуекелдер

web-severity = Деңгейі
web-severity-violation = Бұзушылық
web-severity-risk = Тәуекел
web-severity-warning = Ескерту
web-all = Барлығы
web-who = Кім
web-what = Не
web-fine-column = Айыппұл, ₸
web-no-findings = Бұзушылықтар жоқ: мемлекеттік салыстырмалы тексеруде белгіленетін ештеңе жоқ.
web-no-findings-partial = Тексерілген деректерде бұзушылық жоқ — төменде тексеру мүмкін болмағандары көрсетілген.
web-fine-why = Айыппұл: { $note }
web-fine-warning = тек ескерту
web-fine-not-finable = айыппұл салынбайды
web-fine-not-priced = есептелмеді
web-fine-no-sanction = санкция жоқ
web-not-checked = Тексерілмеді ({ $count })
web-not-checked-help = Бұл тексерулерге деректер жетіспейді: олар орындалмады және олар бойынша айыппұл есептелмейді. Тексеру үшін деректерді қосыңыз:
web-bad-filter = { $parameter } = «{ $value }» сүзгісі аудитке белгісіз, сондықтан ештеңе көрсетілмеді. Рұқсат етілгені: { $allowed }.
web-date-forms = КК.АА.ЖЖЖЖ немесе ЖЖЖЖ-АА-КК түріндегі күн, 1900–2200 жылдар

## Қызметкерлер және қызметкер

web-id = Табель №
web-name = Аты-жөні
web-citizenship = Азаматтығы
web-position = Лауазымы
web-engagement = Тарту нысаны
web-engagement-direct = штат
web-engagement-outstaffed = аутстаффинг
web-engagement-third-party = үшінші тарап
web-engagement-contractor = АҚШ
web-engagement-unknown = басқа
web-category = Санаты
web-gross = Есептелгені, ₸
web-start = Басталуы
web-end = Аяқталуы
web-person-id = Табель № { $id }
web-iin = ЖСН { $iin }
web-residence-permit = тұруға ықтиярхат
web-contracts = Шарттар
web-term-indefinite = мерзімсіз
web-term-fixed = мерзімді
web-events = Оқиғалар тарихы
web-event-signed = еңбек шартына қол қойылды
web-event-amended = шартқа өзгерістер енгізілді
web-event-terminated = еңбек шарты бұзылды
web-event-reinstated = жұмысқа қайта алынды
web-event-esutd-registered = шарт ЕШЕБЖ-ге енгізілді
web-event-esutd-termination-registered = шарттың бұзылуы ЕШЕБЖ-ге енгізілді
web-event-permit-issued = шетелдік жұмыс күшін тартуға рұқсат берілді
web-event-permit-extended = рұқсат ұзартылды
web-event-mentor-appointed = тәлімгер болып тағайындалды
web-event-trip = іссапар
web-note-imported = { $file } файлынан импортталды
web-add-event = Оқиға қосу
web-event-kind = Оқиға
web-date = Күні
web-until = Дейін
web-note = Ескертпе
web-save = Сақтау
web-event-refused = Оқиға сақталмады:
web-unknown-event = kzcomply мұндай оқиғаны білмейді
web-not-a-date = бұл күн емес; { $example } түрінде жазыңыз
web-read-only = Сіздің рөліңіз тек қарауға мүмкіндік береді.

## Жалақы

web-period = Ай
web-month-year = { $year } жылғы { $month }
web-month-1 = қаңтар
web-month-2 = ақпан
web-month-3 = наурыз
web-month-4 = сәуір
web-month-5 = мамыр
web-month-6 = маусым
web-month-7 = шілде
web-month-8 = тамыз
web-month-9 = қыркүйек
web-month-10 = қазан
web-month-11 = қараша
web-month-12 = желтоқсан
web-compute = { $period } бойынша есептеп, сақтау
web-no-payroll = { $period } бойынша жалақы есебі әлі жоқ.
web-bad-period = «{ $value }» — ай емес: айды таңдаңыз немесе 03.2026 түрінде жазыңыз.
web-opv = МЗЖ
web-vosms = МӘМС жарналары
web-ipn = ЖТС
web-net = Төленетіні, ₸
web-opvr = ЖМЗЖ
web-so = ӘА
web-oosms = МӘМС аударымдары
web-social-tax = Әлеуметтік салық
web-employer-cost = Жұмыс берушінің шығыны, ₸
web-total = Барлығы

## Импорт

web-upload = Қызметкерлер файлын жүктеңіз (CSV немесе XLSX)
web-upload-again = { $file } файлы тексерілді. Қайта тексеру үшін түзетілген файлды таңдаңыз.
web-check-file = Файлды тексеру
web-preview = Алдын ала қарау: { $file }
web-problems = { $count ->
    [one] { $count } қате — ол түзетілмейінше ештеңе импортталмайды
   *[other] { $count } қате — олар түзетілмейінше ештеңе импортталмайды
}
web-row = Жол
web-column = Баған
web-message = Хабарлама
web-file-ok = Файл дұрыс. Жазылатын қызметкерлер: { $count }
web-status-new = жаңа
web-status-known = бұрыннан бар
web-confirm-import = Импорттау
web-imported = Импортталды: { $rows } — жаңа { $created }, жаңартылды { $updated }, өзгеріссіз { $unchanged }, қосылған оқиғалар { $events }

## Нормативтер

web-rules-help = Ұйымыңыздың барлық есептері жүргізілетін нормативтік мәндер және олардың құқықтық көздері. Жаңа заңға қол қойылғанда (республикалық бюджет туралы заң келесі жылдың АЕК пен ЕТЖ мөлшерін белгілейді) әкімші мәнді осында енгізеді; ол тек сіздің ұйымыңызға қолданылады.
web-coverage = Нормативтер қай күнге дейін бар
web-covered-until = Барлық мәндер мына күнге дейін белгілі:
web-days-left = { $count ->
    [one] { $count } күн қалды
   *[other] { $count } күн қалды
}
web-coverage-ended = мерзімі аяқталды
web-covered-always = Барлық параметрлердің мерзімсіз мәндері бар.
web-missing-after = Бұл күннен кейін мәндер әлі жоқ — кейінгі кезеңдердің есептері оларды қосқанға дейін түсіндірмемен тоқтайды:
web-from = { $date } бастап
web-until-date = { $date } дейін
web-provisional = Алдын ала (ресми жарияланғанға дейін):
web-value-added = Мән қосылды және келесі есептен бастап қолданылады.
web-value-refused = Мән қосылмады: онымен нормативтер дұрыс жүктелмейді.
web-add-value = Мән қосу
web-add-value-help = Мән нормативтер файлындағыдай жазылады: "4500 KZT", "14 MRP", "4.5%". Ол өзімен қиылысатын мәндерді ауыстырады. Көзі (акт және бап) мен жария сілтеме міндетті. Күндер КК.АА.ЖЖЖЖ немесе ЖЖЖЖ-АА-КК түрінде.
web-parameter = Параметр
web-since = Бастап
web-value = Мәні
web-legal-source = Құқықтық көзі
web-legal-source-example = «2027–2029 жылдарға арналған республикалық бюджет туралы» ҚР Заңы, …-бап
web-reference = Сілтеме
web-rules-admin-only = Мәндерді тек әкімші қоса немесе күшін жоя алады.
web-org-values = Ұйымыңыз енгізген мәндер
web-no-values = Жоқ: кіріктірілген нормативтер қолданылады.
web-in-force = Қолданылу мерзімі
web-entered = Енгізілді
web-retired = күші жойылды
web-retire = Күшін жою
web-in-force-today = Бүгін қолданыстағы барлық параметрлер ({ $count })
web-day-of-month = { $day }-күні
web-yes = иә
web-no = жоқ
web-value-none = жоқ (ереже қолданылмайды)
web-origin = Қайдан
web-value-not-a-date = «{ $value }» — күн емес (КК.АА.ЖЖЖЖ немесе ЖЖЖЖ-АА-КК)
web-field-empty = толтырылмаған

## API токендері

web-tokens-help = Токен бағдарламаға (1С, скриптке) ұйым атынан таңдалған рөлмен (сіздің рөліңізден жоғары емес) API-ге қол жеткізуге мүмкіндік береді.
web-token-once = Токенді қазір көшіріп алыңыз: ол тек бір рет көрсетіледі.
web-token-gone = Бұл токеннің құпиясы бір рет көрсетілді және қайта көрсетілмейді. Егер оны көшіріп алмасаңыз, токенді қайтарып алып, жаңасын жасаңыз.
web-token-name-example = 1С-тен экспорт
web-token-default-name = API токені
web-token-bad-role = Рөлді таңдаңыз: әкімші, редактор немесе қараушы.
web-mint = Токен жасау
web-revoke = Қайтарып алу
web-role = Рөлі
web-created = Жасалды

## Қателер

web-error-title = Орындалмады
web-error-unknown = Сұрауға жауап беру мүмкін болмады.
web-go-back = Артқа
web-missing-rules = Нормативтер жетіспейді
web-problem-at = { $row }-жол, { $field }

# Жалақы айының беті (issue 15).
web-run-title = { $period } жалақысы
web-run-status-draft = Жоба
web-run-status-approved = Бекітілді
web-run-status-closed = Жабылды
web-run-computed = есептелді: { $when }
web-run-approved = бекітілді: { $when }; сандар тексеруге бекітілген
web-run-closed = жабылды: { $when }; кейінгі өзгерістер келесі ашық айға түзету ретінде түседі
web-run-compute = Жобаны есептеу
web-run-approve = Бекіту
web-run-close = Айды жабу
web-run-people = { $count ->
   *[other] ведомостьта { $count } қызметкер
}
web-run-days = Жұмыс істеген күндер
web-run-withheld = Ұсталды
web-run-payslip = Есеп парағы
web-run-payslip-html = Ашу
web-run-payslip-pdf = Басып шығаруға
web-run-page = { $pages } беттің { $page }-беті
web-run-register-xlsx = Жиынтықты жүктеу (XLSX)
web-run-register-csv = Жиынтықты жүктеу (CSV)
web-run-payments = Төлемдер
web-run-charge = Төлем
web-run-payee = Алушы
web-run-amount = Сома
web-run-due = Мерзімі
web-run-corrections = Жабылған айлардың түзетулері
web-run-kind = Түрі
web-run-correction-of = Түзетілген ай
web-run-accruals = Айдың есептеулері
web-run-accruals-more = { $count ->
   *[other] және тағы { $count }
}
web-run-person = Қызметкер
web-run-person-id = Табель нөмірі
web-run-hours = Сағат
web-accrual-hours = { $hours } сағ
web-run-accruals-file = Есептеулер файлы (CSV: табель нөмірі, түрі, сома, сағат, ескерту)
web-run-upload = Жүктеу
web-run-outstaffed = Аутстаффинг
web-run-outstaffed-note = Өз жұмыс берушісінің ведомосінде, осы компанияның қорытындысында емес: жалақысы мен жұмыс беруші жарналарының құны.
web-run-employer-bin = Жұмыс берушінің БСН
web-run-contractors = АҚШ бойынша орындаушылар
web-run-contractors-note = Жалақы ведомосінде емес: өз азаматтық-құқықтық шарттары бойынша төленеді.
web-facts = Жалақыға арналған деректер
web-facts-birth-date = Туған күні
web-facts-tax-resident = Салық резиденті
web-facts-in-kz-since = Қазақстанда мына күннен бері
web-facts-pensioner = Зейнеткер
web-facts-disability-group = Мүгедектік тобы
web-facts-disability-from = Мүгедектік басталуы
web-facts-disability-until = Мүгедектік аяқталуы
web-facts-basic-deduction = Базалық шегерім мәлімделген
web-facts-basic-deduction-from = Базалық шегерім мына күннен
web-facts-week = Аптасына жұмыс күндері
web-facts-days-worked = Жұмыс істеген күндер (табель)
web-facts-yes = иә
web-facts-no = жоқ
web-facts-default = әдепкі бойынша
web-facts-pensioner-age = жасы бойынша
web-facts-pensioner-seniority = еңбек сіңірген жылдары үшін
web-facts-edit = Жалақыға арналған деректерді өзгерту
web-facts-refused = Жалақыға арналған деректер сақталмады:
web-facts-choose = тізімнен мән таңдаңыз
web-facts-whole-number = 0-ден 31-ге дейінгі бүтін сан
web-facts-until-before-from = мүгедектіктің бірінші күнінен бұрын
web-facts-from-not-claimed = басталу күні базалық шегерім мәлімделгенде ғана көрсетіледі
