# Заңның өз мәтіндері (kk): мерзімдер, айыппұлдар, өндірістік күнтізбе, кәсіпкерлік субъектісінің
# санаты, есеп айырысу парағының жолдары мен есептеу түсіндірмесі, ереже қателері, ЖСН/БСН және
# ережелер сілтеме жасайтын актілердің ресми атаулары. Сан есімнен кейін зат есім жекеше тұрады.

## Ортақ бөліктер

law-term = { $unit ->
    [working] { $days } жұмыс күні
   *[calendar] { $days } күнтізбелік күн
}
law-mrp-count = { $count } АЕК
law-mzp-count = { $count } ЕТЖ

calendar-weekday-mon = дс
calendar-weekday-tue = сс
calendar-weekday-wed = ср
calendar-weekday-thu = бс
calendar-weekday-fri = жм
calendar-weekday-sat = сб
calendar-weekday-sun = жс
calendar-day = { $weekday } { $date }

## Мерзімдер: не істеу керек және оқиға күні нені білдіреді

deadline-action-esutd-new-contract = жаңа еңбек шартын ЕШЕБЖ-ге енгізу
deadline-action-esutd-amendment = еңбек шартына енгізілген өзгерісті ЕШЕБЖ-ге енгізу
deadline-action-esutd-termination = еңбек шартының тоқтатылуын ЕШЕБЖ-ге енгізу
deadline-action-esutd-reinstatement = қызметкердің жұмысқа қайта алынуын ЕШЕБЖ-ге енгізу
deadline-action-esutd-correction = ЕШЕБЖ-дегі қате мәліметтерді түзету
deadline-action-foreign-labour-report = шетелдік жұмыс күшін тарту туралы ай сайынғы есепті тапсыру
deadline-action-arrival-notification = шетелдіктің келгені туралы көші-қон қызметін хабардар ету
deadline-action-immigrant-registration = иммигрантты (визасыз мемлекеттен келген) «Көші-қон полициясы» АЖ-да тіркеу
deadline-action-address-change-registration = иммигрантты жаңа мекенжай бойынша қайта тіркеу
deadline-action-mentor-appointment = шетелдік қызметкерді тәлімгер етіп тағайындау (жұмыс берушінің актісімен)
deadline-action-permit-extension = шетелдік жұмыс күшін тартуға рұқсатты ұзартуға өтініш беру
deadline-action-vacancy-posting = шетелдік жұмыс күшін тартуға рұқсат алуға өтініш бергенге дейінгі мерзімді күту
deadline-action-quota-application = шетелдік жұмыс күшін тартуға квотаға жыл сайынғы өтінім беру
deadline-action-form-200 = 200.00 нысанын тапсыру (ЖТС және әлеуметтік салық бойынша тоқсандық декларация)
deadline-action-payroll-taxes = ай үшін ЖТС, әлеуметтік салық, жарналар мен аударымдарды төлеу

deadline-date-means-esutd-new-contract = екі тарап шартқа қол қойған күн
deadline-date-means-esutd-amendment = өзгеріске қол қойылған күн
deadline-date-means-esutd-termination = шарттың тоқтатылған күні
deadline-date-means-esutd-reinstatement = жұмысқа қайта алынған күн
deadline-date-means-esutd-correction = қате мәліметтер енгізілген күн
deadline-date-means-foreign-labour-report = есепті айдың кез келген күні
deadline-date-means-arrival-notification = келген күні
deadline-date-means-immigrant-registration = елге кірген, шекарадан өткен күн
deadline-date-means-address-change-registration = көшкен күн
deadline-date-means-mentor-appointment = алғашқы жұмыс күні
deadline-date-means-permit-extension = рұқсаттың қолданылу мерзімі аяқталатын күн
deadline-date-means-vacancy-posting = бос жұмыс орны жарияланған күн
deadline-date-means-quota-application = жылдың кез келген күні
deadline-date-means-form-200 = тоқсанның кез келген күні
deadline-date-means-payroll-taxes = жалақы есептелген айдың кез келген күні

## Мерзімдер: ереже

deadline-rule-after = { $after ->
    [signing] қол қойылғаннан кейін
    [termination] шарт тоқтатылғаннан кейін
    [reinstatement] жұмысқа қайта алынғаннан кейін
    [wrong-entry] қате мәліметтер енгізілгеннен кейін
    [arrival] келгеннен кейін
    [entry] елге кіргеннен кейін
    [move] көшкеннен кейін
   *[start-of-work] жұмыс басталғаннан кейін
} { $term } ішінде
deadline-rule-day-of-month = { $month ->
    [next] келесі айдың
   *[same] сол айдың
} { $day }-күнінен кешіктірмей
deadline-rule-after-quarter = тоқсаннан кейінгі екінші айдың { $day }-күнінен кешіктірмей
deadline-rule-window = мерзімі аяқталғанға дейін ең ерте { $earliest } бұрын, ең кеші { $latest } бұрын
deadline-rule-waiting = өтініш — жарияланғаннан кейін { $term } өткен соң
deadline-rule-annual = жыл сайын, мерзімі — { $day }

## Мерзімдер: күн қалай табылды

deadline-how-working-days = { $from } күнінен кейін { $term }: { $days }
deadline-how-calendar-days = { $moved ->
    [yes] { $from } + { $days } күнтізбелік күн = { $end }, жұмыс күні емес → келесі жұмыс күні { $due }
   *[no] { $from } + { $days } күнтізбелік күн = { $end }
}
deadline-how-day-of-month = { $short ->
    [yes] { $moved ->
        [yes] { $nominal } (айда { $day }-күн жоқ: айдың соңғы күні), жұмыс күні емес → келесі жұмыс күні { $due }
       *[no] { $nominal } (айда { $day }-күн жоқ: айдың соңғы күні)
    }
   *[no] { $moved ->
        [yes] { $nominal }, жұмыс күні емес → келесі жұмыс күні { $due }
       *[no] { $nominal }
    }
}
deadline-how-quarter = { $year } жылғы { $quarter }-тоқсан; { $how }
deadline-how-window = { $moved ->
    [yes] мерзімнің аяқталуы { $expiry }: өтініш беру { $opens } ашылады ({ $term } бұрын), { $due } жабылады ({ $limit } — жұмыс күні емес: одан бұрынғы соңғы жұмыс күні)
   *[no] мерзімнің аяқталуы { $expiry }: өтініш беру { $opens } ашылады ({ $term } бұрын), { $due } жабылады
}
deadline-how-waiting = жарияланған күні { $posted }; { $term } { $passed } күні толады; өтінішті { $allowed } күнінен бастап беруге болады
deadline-how-annual = { $moved ->
    [yes] { $nominal }, жұмыс күні емес → келесі жұмыс күні { $due }
   *[no] { $nominal }
}

## Мерзімдер: күндегі мәртебе

deadline-status-on-time = мерзімінде орындалды
deadline-status-late = { $days } күн кешігіп орындалды
deadline-status-due-today = мерзімі бүгін аяқталады
deadline-status-due = мерзімнің аяқталуына { $days } күн қалды
deadline-status-overdue = мерзімі { $days } күн бұрын өтіп кетті
deadline-status-not-open = өтініш беру { $days } күннен кейін ашылады
deadline-status-waiting = өтінішті { $days } күннен кейін беруге болады
deadline-status-open = өтініш беруге болады

deadline-not-required = { $date } күні талап етілмейді: { $reason }

## Айыппұлдар

fine-violation-esutd-late = ЕШЕБЖ-ге мәліметтерді уақтылы енгізбеу
fine-violation-esutd-missing = ЕШЕБЖ-ге мәліметтерді енгізбеу
fine-violation-esutd-incomplete = ЕШЕБЖ-ге толық емес мәліметтерді енгізу (№ 353 бұйрықтағы жеті өрістің бірі толтырылмаған)
fine-violation-esutd-inaccurate = ЕШЕБЖ-ге анық емес мәліметтерді енгізу
fine-violation-foreign-labour-report = шетелдік жұмыс күшін тарту туралы ай сайынғы есепті ұсынбау
fine-violation-foreign-worker-without-contract = адамды (шетелдік қызметкерді немесе кез келген адамды) еңбек шартын жасаспай жұмысқа жіберу
fine-no-sanction = { $on } күні санкция қолданылмайды ({ $act })
fine-article-coao = ҚР ӘҚБтК, { $article }-бап { $part }-бөлік

## Өндірістік күнтізбе

calendar-reason-holiday = { $rest ->
    [carried] { $name } (демалыс күніне түседі; { $to } күніне ауыстырылады)
    [religious] { $name } (демалыс күніне түседі; діни мерекелер ауыстырылмайды)
   *[no] { $name }
}
calendar-reason-carry-over = { $name }: ауыстырылған демалыс күні ({ $from })
calendar-reason-transfer-day-off = ауыстыру: { $worked } жұмыс күні болғаны үшін демалыс
calendar-reason-transfer-worked = ауыстыру: { $off } демалыс болғаны үшін жұмыс күні
calendar-year-provisional = { $year } (алдын ала)
calendar-no-years = бірде-бір жыл жоқ
calendar-error-year-not-covered = { $year } жылға өндірістік күнтізбе жоқ: kzcomply-де бары — { $known }. Жыл күнтізбесі жарияланғаннан кейін ережелерге қосылады (`calendar.year` мәні және демалыс күндерін ауыстыру туралы бұйрықтар); kzcomply күнтізбені болжап жасамайды
calendar-error-reversed = аралық кері берілген: { $from } күні { $to } күнінен кейін

## Кәсіпкерлік субъектісінің санаты (ҚР Кәсіпкерлік кодексі, 24-бап)

size-people = { $count } адам
size-people-outstaffed = { $count } адам ({ $own } өз қызметкері + аутстаффинг бойынша ұсынылған { $outstaffed })
size-income = табыс { $income } АЕК
size-reason-large-headcount = ірі кәсіпкерлік: { $people } > { $limit }
size-reason-large-income = ірі кәсіпкерлік: { $income } > { $limit } АЕК
size-reason-micro-headcount = микрокәсіпкерлік: { $people } ≤ { $limit }
size-reason-micro-income = микрокәсіпкерлік: { $income } ≤ { $limit } АЕК
size-reason-small = шағын кәсіпкерлік: { $people } ≤ { $headcount_limit } және { $income } ≤ { $income_limit } АЕК
size-reason-medium-headcount = орта кәсіпкерлік: { $people } > { $limit }, ал ірі кәсіпкерліктің бірде-бір шегінен аспайды
size-reason-medium-income = орта кәсіпкерлік: { $income } > { $limit } АЕК, ал ірі кәсіпкерліктің бірде-бір шегінен аспайды

## Жалақы: есептеу түсіндірмесінің жолдары

payroll-label-opv = Міндетті зейнетақы жарналары (МЗЖ), ұсталды
payroll-label-vosms = МӘМС жарналары, ұсталды
payroll-label-ipn = Жеке табыс салығы (ЖТС), ұсталды
payroll-label-net = Төленетін сома
payroll-label-opvr = Жұмыс берушінің міндетті зейнетақы жарналары (ЖМЗЖ)
payroll-label-so = Әлеуметтік аударымдар (ӘА)
payroll-label-oosms = МӘМС аударымдары
payroll-label-social-tax = Әлеуметтік салық
payroll-label-employer-cost = Жұмыс берушінің жалпы шығыны

payroll-status-citizen = ҚР азаматы
payroll-status-foreign-resident = шетелдік резидент (тұруға ықтиярхатымен)
payroll-status-eaeu = ЕАЭО мемлекетінің азаматы
payroll-status-foreign-nonresident = шетелдік бейрезидент
payroll-pensioner-age = жасына байланысты зейнеткер
payroll-pensioner-seniority = еңбек сіңірген жылдары үшін зейнетақы төлемдерін алушы

payroll-value-none = жоқ (қолданылмайды)
payroll-value-rate-none = жоқ

payroll-fn-min = мин({ $a }; { $b })
payroll-fn-max = макс({ $a }; { $b })
payroll-fn-clamp = шектеу({ $value }; { $floor }; { $cap })
payroll-limit-cap = ең жоғары шегі { $limit } қолданылды
payroll-limit-floor = ең төменгі шегі { $limit } қолданылды
payroll-base-gross = есептелген { $gross }
payroll-base-gross-less-opv = есептелген − МЗЖ { $amount }
payroll-base-social-tax = есептелген − МЗЖ − МӘМС жарналары { $amount }
payroll-base-social-tax-no-floor = (есептелген − МЗЖ − МӘМС жарналары { $amount }; ең төменгі шек қолданылмайды: { $event ->
    [hired-dismissed] осы айда жұмысқа қабылданып, жұмыстан шығарылды
    [hired] осы айда жұмысқа қабылданды
    [dismissed] осы айда жұмыстан шығарылды
   *[none] {""}
})

payroll-exempt-status = 0: «{ $status }» мәртебесіне қолданылмайды
payroll-exempt-pensioner = 0: { $kind ->
    [age] жасына байланысты зейнеткерге
   *[seniority] еңбек сіңірген жылдары үшін зейнетақы төлемдерін алушыға
} есептелмейді ({ $condition })
payroll-exempt-disability = 0: { $group }-топтағы мүгедектігі бар адамға есептелмейді
payroll-exempt-born-before = 0: есептелмейді (туған күні { $date } күнінен бұрын)

payroll-formula-ipn-taxable = салық салынатын табыс = есептелген { $gross } − МЗЖ { $opv } − МӘМС жарналары { $vosms } − базалық шегерім { $personal }{ $disability ->
    [yes] { " " }− мүгедектігі бойынша шегерім { $disability_deduction }
   *[no] {""}
}{ $low ->
    [yes] { " " }− табысы төмен адамдарға { $low_rate } түзету { $adjustment }
   *[no] {""}
} = { $taxable }
payroll-formula-ipn-non-resident = салық салынатын табыс = есептелген { $gross }
payroll-formula-ipn = { $taxable_formula }; ЖТС = { $rate } × { $taxable } = { $ipn }
payroll-formula-ipn-ytd = { $taxable_formula }; ЖТС = жыл басынан бергі салық салынатын табыстан салық({ $scale }) { $ytd } + { $taxable } = { $total }, одан { $withheld } шегергенде = { $ipn }
payroll-ipn-scale-two = { $rate } — жылдық { $threshold } шегіне дейін, { $higher } — одан жоғары
payroll-ipn-scale-flat = { $rate } бірыңғай мөлшерлеме
payroll-ipn-withheld-given = осы жылы бұрын ұсталған ЖТС { $withheld }
payroll-ipn-withheld-computed = жылдың алдыңғы айларындағы салық салынатын табыстан салық
payroll-formula-net = есептелген { $gross } − МЗЖ { $opv } − МӘМС жарналары { $vosms } − ЖТС { $ipn } = { $net }
payroll-formula-social-tax-offset = { $rate } × { $base } = { $before }, ӘА { $so } шегергенде = { $amount }
payroll-formula-employer-cost = есептелген { $gross } + ЖМЗЖ { $opvr } + ӘА { $so } + МӘМС аударымдары { $oosms } + әлеуметтік салық { $social_tax } = { $cost }

payroll-note-low-income = есептелген ≤ { $ceiling }: { $rate } түзету қолданылады
payroll-note-no-personal-deduction = қызметкер осы жұмыс берушіге базалық шегерім туралы өтініш бермеген
payroll-note-deduction-income = базалық шегерім { $full } орнына { $applied }: ол МЗЖ мен МӘМС жарналарынан кейінгі табыстан аспайды
payroll-note-deduction-yearly = базалық шегерім { $full } орнына { $applied }: жылдық { $cap } шегі таусылуға жақын
payroll-note-non-resident = бейрезидент: салық есептелген табыстан шегерімдерсіз алынады
payroll-note-above-threshold = осы айдағы салық салынатын табыстың { $amount } бөлігі жылдық шектен асады
payroll-note-pensioner-charged = { $kind }: есептеледі, өйткені { $parameter } тізімінде { $condition } жоқ
payroll-note-opvr-no-birth-date = туған күні көрсетілмеген: ЖМЗЖ есептелді (туған күні { $date } күнінен бұрын адамдарға қолданылмайды)
payroll-note-floor-waived = { $event ->
    [hired-dismissed] осы айда жұмысқа қабылданып, жұмыстан шығарылды
    [hired] осы айда жұмысқа қабылданды
    [dismissed] осы айда жұмыстан шығарылды
   *[none] {""}
}: ең төменгі шек { $floor } жұмысқа қабылданған немесе жұмыстан шығарылған айда қолданылмайды (social_tax.floor_waived_in_hire_or_dismissal_month)
payroll-note-floor-not-waived = { $event ->
    [hired-dismissed] осы айда жұмысқа қабылданып, жұмыстан шығарылды
    [hired] осы айда жұмысқа қабылданды
    [dismissed] осы айда жұмыстан шығарылды
   *[none] {""}
}, бірақ ең төменгі шек { $floor } қолданылады: { $period } кезеңіне арналған ережелерде жұмысқа қабылданған немесе жұмыстан шығарылған айға ерекшелік жоқ (social_tax.floor_waived_in_hire_or_dismissal_month = false)
payroll-note-rounding = әр жол { $mode ->
    [half-up] арифметика ережесімен (жартысы — жоғары қарай)
    [half-even] жұп санға қарай (банктік дөңгелектеу)
    [down] кіші жағына қарай
   *[other] ({ $mode })
} { $step } еселігіне дейін дөңгелектенеді

payroll-error-no-gross = айына { $max } теңгеге дейінгі бірде-бір есептелген сома { $net } төленетін соманы бермейді

## Ережелер

rules-error-invalid = ережелерде { $count } қате бар:
rules-error-missing = ережелерде `{ $key }` параметрі жоқ
rules-error-not-in-force = { $date } күні `{ $key }` үшін қолданыстағы мән жоқ (ережелердің қамтитыны: { $known })
rules-known-range = { $from } – { $to }
rules-known-from = { $from } күнінен бастап
rules-known-never = бірде-бір кезең жоқ
rules-known-none = мән жоқ
rules-provisional-calendar = { $year } жылғы өндірістік күнтізбе

## ЖСН және БСН

id-error-shape-empty = дәл 12 цифр болуы керек (ештеңе көрсетілмеген)
id-error-shape = дәл 12 цифр болуы керек (көрсетілгені: `{ $found }`)
id-error-birth-date = 1–6-позициялар нақты туған күн емес (ЖЖААКК): { $date }
id-error-century = 7-позиция (ғасыр және жыныс) 1–6 болуы керек, көрсетілгені: { $found }
id-error-month = 3–4-позициялар (тіркелген ай) 01–12 болуы керек, көрсетілгені: { $found }
id-error-entity-type = 5-позиция (заңды тұлғаның түрі) 4, 5 немесе 6 болуы керек, көрсетілгені: { $found }
id-error-unit = 6-позиция (бөлімше белгісі) 0–3 болуы керек, көрсетілгені: { $found }
id-error-check-digit = бақылау цифры { $found }, ал қалған цифрлар { $expected } болуын талап етеді
id-error-no-check-digit = бақылау цифры мүмкін емес (салмақтардың екі өтуі де 10 береді): нөмір дұрыс бола алмайды
id-bin-entity-4 = резидент заңды тұлға
id-bin-entity-5 = бейрезидент заңды тұлға
id-bin-entity-6 = бірлескен кәсіпкерлік түріндегі жеке кәсіпкер
id-bin-unit-0 = бас бөлімше
id-bin-unit-1 = филиал
id-bin-unit-2 = өкілдік
id-bin-unit-3 = бірлескен кәсіпкерлік түріндегі шаруа (фермер) қожалығы
id-sex-male = ер
id-sex-female = әйел

## Адамдар енгізген сомалар және ереже мәнінің шығу тегі

money-error-empty = сома көрсетілмеген
money-error-not-a-number = «{ $text }» — сан емес
money-error-too-precise = «{ $text }» ішінде үтірден кейін екіден көп таңба бар (тиын — ең кіші бірлік)
money-error-too-large = «{ $text }» рұқсат етілген ең үлкен сомадан, 1 000 000 000 000 теңгеден, асады
money-error-negative = «{ $text }» — теріс сома
rules-origin-built-in = кіріктірілген ережелер
rules-origin-rules-file = ережелер файлы { $file }
rules-origin-overlay = толықтыру { $file }
rules-origin-entered = { $by } { $on } күні енгізген

## Ережелердің өз сөздері: актілердің ресми атаулары, ескертпелер, мерекелердің атаулары

law-source-deadlines-esutd-new-contract = ҚР Еңбек және халықты әлеуметтік қорғау министрінің 2020 жылғы 3 қыркүйектегі № 353 бұйрығы, ЕШЕБЖ-де еңбек шарты туралы мәліметтерді ұсыну және алу қағидалары
law-source-deadlines-esutd-amendment = { law-source-deadlines-esutd-new-contract }
law-source-deadlines-esutd-termination = { law-source-deadlines-esutd-new-contract }
law-source-deadlines-esutd-reinstatement = { law-source-deadlines-esutd-new-contract }
law-source-deadlines-esutd-correction = { law-source-deadlines-esutd-new-contract }
law-note-deadlines-esutd-correction = PwC (2020) бойынша — 30 күнтізбелік күн; KPMG мен Acsour (2026) және uchet.kz сайтындағы 2026 жылғы айыппұлдар туралы мақала бойынша — 30 жұмыс күні. Мерзімді баптауға болады: оны ережелерде өзгертіңіз.
law-source-deadlines-migration-arrival-notification = ҚР-ға иммигранттардың келу және болу қағидалары (ҚР Үкіметінің 2012 жылғы 21 қаңтардағы № 148 қаулысы); eGov порталының «Иммигранттардың келгені туралы хабарлама» қызметі
law-source-deadlines-migration-immigrant-registration = 2025 жылғы ІІМ қағидаларына дейінгі иммигранттардың келу және болу қағидалары (ҚР Үкіметінің 2012 жылғы 21 қаңтардағы № 148 қаулысы): иммигрант өзі тіркелмеген; болу қабылдаушы тараптың келу туралы хабарламасымен тіркелген (3 жұмыс күні)
law-source-deadlines-migration-immigrant-registration-2 = ҚР Ішкі істер министрінің 2025 жылғы 17 қарашадағы № 923 бұйрығы, ҚР-да иммигранттарды тіркеу қағидалары (2026 жылғы 1 шілдеден бастап қолданысқа енгізіледі): 90 күнге дейін болу тәртібі белгіленген мемлекеттерден келген иммигранттар, егер ратификацияланған халықаралық шартта өзгеше көзделмесе, мемлекеттік шекарадан өткен күннен бастап 30-күнтізбелік күннен кешіктірмей ішкі істер органдарында тіркеледі
law-note-deadlines-migration-immigrant-registration = Визасыз мемлекеттерден келген иммигранттарды 30 күн ішінде тіркеу 2026 жылғы 1 шілдеден бастап қолданылады (ІІМ-нің 2025 жылғы 17 қарашадағы № 923 бұйрығы); оған дейін болу қабылдаушы тараптың 3 жұмыс күні ішіндегі келу туралы хабарламасымен тіркелген. Бұйрықтың 2026 жылғы 1 шілдеге дейін кіріп, елде қалып жатқан адамдарға қатысты ережесі табылмады.
law-note-deadlines-migration-immigrant-registration-2 = 30-күн елге кірген күн 0-күн болатындай есептеледі (ҚР АК 173-бабы: мерзім келесі күннен басталады), яғни кірген күн + 30; жұмыс күні болмаса, 30-күн келесі жұмыс күніне ауысады (175-бап). Дереккөздер мерзім бойынша келіседі; бұйрықтың өз мәтіні мен есептеу тәртібі оқылмады. Тіркеу онлайн, күн сайын қолжетімді: кірген күн + 29 күннен кешіктірмей тіркелу кез келген түсіндірме бойынша қауіпсіз.
law-source-deadlines-migration-address-change-registration = 2025 жылғы ІІМ қағидаларына дейінгі иммигранттардың келу және болу қағидалары (ҚР Үкіметінің 2012 жылғы 21 қаңтардағы № 148 қаулысы): иммигрант өзі қайта тіркелмеген; жаңа мекенжай туралы қабылдаушы тарап хабарлаған (келу сияқты, 3 жұмыс күні)
law-source-deadlines-migration-address-change-registration-2 = ҚР Ішкі істер министрінің 2025 жылғы 17 қарашадағы № 923 бұйрығы, ҚР-да иммигранттарды тіркеу қағидалары (2026 жылғы 1 шілдеден бастап қолданысқа енгізіледі): мекенжайы өзгергеннен кейін иммигрант бес жұмыс күні ішінде жаңа мекенжай бойынша тіркеледі; бұрынғы мекенжай бойынша тіркеу автоматты түрде тоқтатылады
law-note-deadlines-migration-address-change-registration = Иммигранттың көшкеннен кейін 5 жұмыс күні ішінде қайта тіркелуі 2026 жылғы 1 шілдеден бастап қолданылады (ІІМ-нің 2025 жылғы 17 қарашадағы № 923 бұйрығы); оған дейін жаңа мекенжай туралы 3 жұмыс күні ішінде қабылдаушы тарап хабарлаған.
law-note-deadlines-migration-address-change-registration-2 = Бұйрық туралы ағылшын тіліндегі хабарламалар бойынша оқылды; тармақтың орыс тіліндегі мәтіні алынбады. Көшкен күн есепке алынбайды (ҚР АК 173-бабы).
law-source-deadlines-foreign-workers-mentor-appointment = ҚР Еңбек және халықты әлеуметтік қорғау министрінің 2024 жылғы 18 маусымдағы № 197 бұйрығы, Тәлімгерлікті ұйымдастыру қағидалары
law-note-deadlines-foreign-workers-mentor-appointment = Шетелдік қызметкердің алғашқы жұмыс күнінен бастап есептеледі (ең табиғи түсіндірме).
law-source-deadlines-foreign-workers-monthly-report = ҚР Премьер-Министрінің орынбасары – Еңбек және халықты әлеуметтік қорғау министрінің 2023 жылғы 30 маусымдағы № 279 бұйрығы, Жұмыс берушілерге шетелдік жұмыс күшін тартуға рұқсат беру қағидалары, 78-тармақ және 11-қосымша
law-note-deadlines-foreign-workers-monthly-report = Ақпанда (28 немесе 29 күн) — ақпанның соңғы күні. kzcomply мерзімді есепті айдың өзінің 30-күні деп түсінеді.
law-source-deadlines-foreign-workers-permit-extension-earliest = 2023 жылғы 30 маусымдағы № 279 бұйрық, Жұмыс берушілерге шетелдік жұмыс күшін тартуға рұқсат беру қағидалары (ұзарту)
law-source-deadlines-foreign-workers-permit-extension-latest = { law-source-deadlines-foreign-workers-permit-extension-earliest }
law-note-deadlines-foreign-workers-permit-extension-latest = Шекті мерзім аяқталу күнінен кері қарай есептеледі: ол жұмыс емес күнге түссе, kzcomply оны алдыңғы жұмыс күніне ауыстырады, ешқашан кейінге қалдырмайды.
law-source-deadlines-foreign-workers-vacancy-posting = № 93 бұйрыққа дейінгі редакциядағы 2023 жылғы 30 маусымдағы № 279 бұйрық: еңбек нарығын жалпы тексеру болмаған
law-source-deadlines-foreign-workers-vacancy-posting-2 = 2025 жылғы 28 наурыздағы № 93 бұйрықпен өзгертілген № 279 бұйрық (2025 жылғы 1 қыркүйектен бастап қолданысқа енгізіледі): бос жұмыс орнын enbek.kz сайтында жариялап, 15 күнтізбелік күн өткен соң жарияланым кодын көрсетіп өтініш беру
law-note-deadlines-foreign-workers-vacancy-posting = 2025 жылғы 1 қыркүйекке дейін берілген өтініштер үшін бос жұмыс орнын жариялау талап етілмеген.
law-note-deadlines-foreign-workers-vacancy-posting-2 = kzcomply жарияланғаннан кейінгі 16-күні өтініш беруге мүмкіндік береді: жариялау күнінен кейін толық 15 күн өтуі тиіс.
law-source-deadlines-foreign-workers-quota-application-default = Квотаны белгілеу және бөлу қағидалары (ҚР Үкіметінің 2016 жылғы 15 желтоқсандағы № 802 қаулысы); өңірлік жұмыспен қамту басқармаларының хабарландырулары
law-note-deadlines-foreign-workers-quota-application-default = Кейбір жылдары өңірлер өз күндерін белгілейді: deadlines.foreign_workers.quota_application.<region> параметрін қосып, --region көрсетіңіз.
law-source-deadlines-foreign-workers-quota-application-astana = Астана қаласы жұмыспен қамту басқармасының 2025 жылғы квота туралы хабарландыруы
law-source-deadlines-tax-form-200 = «Салық және бюджетке төленетін басқа да міндетті төлемдер туралы (Салық кодексі)» 2017 жылғы 25 желтоқсандағы № 120-VI ҚР Кодексі: ЖТС және әлеуметтік салық бойынша декларация (200.00 нысаны) тоқсан сайын, тоқсаннан кейінгі екінші айдың 15-күнінен кешіктірмей ұсынылады
law-source-deadlines-tax-form-200-2 = ҚР 2025 жылғы 18 шілдедегі № 214-VIII Салық кодексі (2026 жылғы 1 қаңтардан бастап қолданысқа енгізіледі): 200.00 нысаны тоқсан сайын тапсырылады, мерзімі — тоқсаннан кейінгі екінші айдың 15-күні
law-source-deadlines-tax-payroll-payment = ҚР 2017 жылғы 25 желтоқсандағы № 120-VI Салық кодексі және ҚР Әлеуметтік кодексі: жалақыдан салықтар мен жарналар табыс төленген айдан кейінгі айдың 25-күнінен кешіктірмей төленеді
law-source-deadlines-tax-payroll-payment-2 = ҚР 2025 жылғы 18 шілдедегі № 214-VIII Салық кодексі (төлем көзінен ұсталатын ЖТС, әлеуметтік салық), ҚР Әлеуметтік кодексі (МЗЖ, ЖМЗЖ, ӘА) және «Міндетті әлеуметтік медициналық сақтандыру туралы» ҚР Заңы: төлем жасалған айдан кейінгі айдың 25-күнінен кешіктірмей төленеді
law-source-fines-esutd-first-official = ҚР 2014 жылғы 5 шілдедегі № 235-V ӘҚБтК, № 257-VIII Заңға дейінгі 98-бап: ЕШЕБЖ-дегі мәліметтер үшін санкция болмаған
law-source-fines-esutd-first-official-2 = ҚР ӘҚБтК, 98-бап 1-1-бөлік (2026 жылғы 9 қаңтардағы № 257-VIII Заңмен толықтырылған, 2026 жылғы 12 наурыздан бастап қолданысқа енгізіледі)
law-note-fines-esutd-first-official = ҚР ӘҚБтК 98-бабының 1-1 және 2-1-бөліктері 2026 жылғы 12 наурыздан бастап жасалған бұзушылықтарға ғана қолданылады (2026 жылғы 9 қаңтардағы № 257-VIII Заң); осы күнге дейінгі бұзушылық үшін олар бойынша айыппұл салынбайды.
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
law-source-fines-esutd-repeat-official-2 = ҚР ӘҚБтК, 98-бап 2-1-бөлік (2026 жылғы 9 қаңтардағы № 257-VIII Заңмен толықтырылған, 2026 жылғы 12 наурыздан бастап қолданысқа енгізіледі)
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
law-source-fines-foreign-labour-report-first-any = ҚР ӘҚБтК, 98-бап (шетелдік жұмыс күшін тарту қағидаларын бұзу: мәліметтерді ұсынбау)
law-note-fines-foreign-labour-report-first-any = 5-бөлік dos-immigration.kz (2022) дерегі бойынша; бөліктің нөмірі және қайталанған бұзушылықтың жеке бөлігі бар-жоғы Кодекстің қолданыстағы мәтінінде расталмады.
law-source-fines-foreign-labour-report-repeat-any = ҚР ӘҚБтК, 98-бап (әкімшілік жаза қолданылғаннан кейін бір жыл ішінде қайталанған бұзушылық)
law-note-fines-foreign-labour-report-repeat-any = { law-note-fines-foreign-labour-report-first-any }
law-source-fines-without-contract-first-official = ҚР ӘҚБтК, 86-бап 1-бөлік (еңбек шартын жасаспай жұмысқа жіберу; 2015 жылғы 23 қарашадағы № 415-V Заңның редакциясында, 2016 жылғы 1 қаңтардан бастап қолданысқа енгізілген)
law-source-fines-without-contract-first-small = { law-source-fines-without-contract-first-official }
law-source-fines-without-contract-first-medium = { law-source-fines-without-contract-first-official }
law-source-fines-without-contract-first-large = { law-source-fines-without-contract-first-official }
law-source-fines-without-contract-repeat-any = ҚР ӘҚБтК, 86-бап 2-бөлік (еңбек шартын жасаспай жұмысқа жіберу; 2015 жылғы 23 қарашадағы № 415-V Заңның редакциясында, 2016 жылғы 1 қаңтардан бастап қолданысқа енгізілген)
law-note-fines-without-contract-repeat-any = 2-бөліктің құқық бұзушылар санаттары бойынша сомалары табылмады (98-баптың 2-1-бөлігіндегідей 60/80/100/200 болуы ықтимал); kzcomply дереккөздер келісетін ауқымды көрсетеді.
law-source-entity-size-micro-headcount = ҚР № 375-V Кәсіпкерлік кодексі, 24-баптың 2-тармағы
law-source-entity-size-micro-income = { law-source-entity-size-micro-headcount }
law-source-entity-size-small-headcount = ҚР № 375-V Кәсіпкерлік кодексі, 24-баптың 3-тармағы
law-source-entity-size-small-income = { law-source-entity-size-small-headcount }
law-source-entity-size-medium-headcount = ҚР № 375-V Кәсіпкерлік кодексі, 24-баптың 4-5-тармақтары
law-source-entity-size-medium-income = { law-source-entity-size-medium-headcount }
law-source-calendar-year = ҚР Еңбек және халықты әлеуметтік қорғау министрі міндетін атқарушының 2024 жылғы 17 сәуірдегі «2024 жылы демалыс күнін ауыстыру туралы» бұйрығы (ҚР Еңбек кодексі 85-бабының 3-тармағы): 4 мамыр, сенбі — жұмыс күні, 8 мамыр, сәрсенбі — демалыс күні
law-source-calendar-year-2 = ҚР Еңбек және халықты әлеуметтік қорғау министрінің 2025 жылы демалыс күнін ауыстыру туралы бұйрығы (ҚР Еңбек кодексі 85-бабының 3-тармағы): 5 қаңтар, жексенбі — жұмыс күні, 3 қаңтар, жұма — демалыс күні
law-source-calendar-year-3 = ҚР Еңбек және халықты әлеуметтік қорғау министрлігінің 2026 жылғы ресми өндірістік күнтізбесі мен жұмыс уақытының балансы (2025 жылғы 5 желтоқсан; eGov тізімі, 2026 жылғы 2 қаңтар): тек демалысқа түскен мерекелерді ауыстыру, демалыс күндерін ауыстыру жоқ, 246 жұмыс күні; 30/31 тамыз бойынша 2026 жылғы 15 наурыздағы референдумда қабылданған Конституциямен (94-бап, 2026 жылғы 1 шілдеден бастап қолданысқа енгізіледі) және Министрліктің 2026 жылғы 18 наурыздағы мәлімдемесімен өзгертілген
law-source-calendar-year-4 = kzcomply есептеген, ештеңе жарияланбаған: «Қазақстан Республикасындағы мерекелер туралы» № 267-II ҚР Заңы қолданыстағы редакциясында (мерекелер, 5-бап бойынша ауыстыру; онда жаңа Конституция алмастыратын 30 тамыз әлі аталған), 2026 жылғы 15 наурыздағы референдумда қабылданған Конституция, 94-баптың 2-тармағы (Конституция күні — оның қабылданған күні, 15 наурыз), және ҚР Еңбек кодексінің 84-бабы (мереке күндері мен діни демалыс күндері — жұмыс істелмейтін күндер) мен 85-бабы (демалыс күндерін еңбек министрлігінің ауыстыруы); 2027 жылғы ауыстыру туралы бұйрық пен Құрбан айт күні әзірге жоқ
law-differs-calendar-year = 31.08.2026, дүйсенбі — жұмыс күні: жарияланған күнтізбеде ол әлі де Конституция күнінің (30 тамыз, жексенбі) ауыстырылған демалысы, бірақ 1995 жылғы Конституция 2026 жылғы 1 шілдеде күшін жойғанда 30 тамыз Конституция күні болмай қалады (2026 жылғы 15 наурыздағы Конституция, 94-бап; Еңбек министрлігі, 2026 жылғы 18 наурыз). 246 емес, 247 жұмыс күні; тамызда 20 емес, 21.
law-title-holidays-new-year = Жаңа жыл
law-source-holidays-new-year = «Қазақстан Республикасындағы мерекелер туралы» 2001 жылғы 13 желтоқсандағы № 267-II ҚР Заңы, 2 және 5-баптар
law-title-holidays-orthodox-christmas = Православиелік Рождество (діни демалыс күні)
law-source-holidays-orthodox-christmas = ҚР Еңбек кодексі 84-бабының 5-тармағы; «Қазақстан Республикасындағы мерекелер туралы» Заңның 5-бабы: діни демалыс күні, ауыстырылмайды
law-title-holidays-womens-day = Халықаралық әйелдер күні
law-source-holidays-womens-day = «Қазақстан Республикасындағы мерекелер туралы» № 267-II ҚР Заңы, 2 және 5-баптар
law-title-holidays-constitution-day-15-march = Конституция күні (15 наурыз, 2026 жылғы референдум күні)
law-source-holidays-constitution-day-15-march = 2026 жылғы 15 наурыздағы республикалық референдумда қабылданған ҚР Конституциясы, 94-баптың 2-тармағы: Конституцияның референдумда қабылданған күні — мемлекеттік мереке, Конституция күні; 1-тармақ: 1995 жылғы 30 тамыздағы Конституция күшін жоятын 2026 жылғы 1 шілдеден бастап қолданысқа енгізіледі
law-title-holidays-nauryz = Наурыз мейрамы
law-source-holidays-nauryz = «Қазақстан Республикасындағы мерекелер туралы» № 267-II ҚР Заңы, 1 және 5-баптар
law-title-holidays-unity-day = Қазақстан халқының бірлігі мерекесі
law-source-holidays-unity-day = { law-source-holidays-womens-day }
law-title-holidays-defender-day = Отан қорғаушы күні
law-source-holidays-defender-day = { law-source-holidays-womens-day }
law-title-holidays-victory-day = Жеңіс күні
law-source-holidays-victory-day = { law-source-holidays-womens-day }
law-title-holidays-kurban-ait = Құрбан айт, бірінші күні (діни демалыс күні)
law-source-holidays-kurban-ait = ҚР Еңбек кодексі 84-бабының 5-тармағы; 2024 жылғы күнін Еңбек министрлігі Мұсылмандар діни басқармасымен бірге белгіледі (жексенбіге түседі: жұмыс күні демалыс берілмейді)
law-source-holidays-kurban-ait-2 = ҚР Еңбек кодексі 84-бабының 5-тармағы; 2025 жылғы күнін Еңбек министрлігі Мұсылмандар діни басқармасымен бірге белгіледі
law-source-holidays-kurban-ait-3 = ҚР Еңбек кодексі 84-бабының 5-тармағы; 2026 жылғы ресми өндірістік күнтізбе
law-source-holidays-kurban-ait-4 = Болжам: һижра бойынша 1448 жылғы зұлхиджа айының 10-ы; ресми күні 2026 жылдың соңында белгіленеді
law-title-holidays-capital-day = Астана күні
law-source-holidays-capital-day = { law-source-holidays-womens-day }
law-title-holidays-constitution-day-30-august = Конституция күні (30 тамыз, 1995 жылғы Конституция)
law-source-holidays-constitution-day-30-august = «Қазақстан Республикасындағы мерекелер туралы» № 267-II ҚР Заңы, 2-бап (Конституция күні, 30 тамыз, 1995 жылғы референдум күні); 1995 жылғы Конституция 2026 жылғы 1 шілдеде күшін жойғанда тоқтатылады (2026 жылғы 15 наурыздағы Конституция, 94-баптың 1-тармағы); ҚР Еңбек және халықты әлеуметтік қорғау министрлігі, 2026 жылғы 18 наурыз: биылдан бастап 30 тамыз Конституция күні де, демалыс күні де емес
law-title-holidays-republic-day = Республика күні
law-source-holidays-republic-day = «Қазақстан Республикасындағы мерекелер туралы» № 267-II ҚР Заңы, 1-бап (Республика күні 2022 жылы ұлттық мереке ретінде қалпына келтірілді)
law-title-holidays-independence-day = Тәуелсіздік күні
law-source-holidays-independence-day = «Қазақстан Республикасындағы мерекелер туралы» № 267-II ҚР Заңы, 1-бап (қолданыстағы тізімде тек 16 желтоқсан)
law-title-mrp = Айлық есептік көрсеткіш (АЕК)
law-title-mzp = Ең төменгі жалақы (ЕТЖ)
