# Айлық жалақы есебі (crates/run): есепке кім кіреді, файлдар, есеп парақтары, жиынтық тізілім.

run-error-rules = Ережелер { $period } кезеңін қамтымайды: { $reason }
run-error-no-period = Қай ай? Кезеңді көрсетіңіз (ЖЖЖЖ-АА).
run-error-accrual-skipped = { $id } бұл ведомостьқа кірмейді ({ $reason }): есептеуді мұнда төлеу мүмкін емес
run-error-accrual-unknown-person = Персонал файлында { $id } қызметкері жоқ
run-error-total-too-large = Есептің қорытындысы kzcomply есептей алатын шамадан үлкен
run-error-no-salary = { $id } үшін айлықақы (monthly_gross) көрсетілмеген: жалақыны есептеу үшін айлық лауазымдық айлықақыны көрсетіңіз
run-error-days-over-norm = Табель бойынша { $id } { $days } күн жұмыс істеген, бұл айдың нормасынан ({ $norm } жұмыс күні) көп: артық күндерді демалыс күнгі жұмыс (holiday_work) немесе үстеме жұмыс (overtime) ретінде төлеңіз
run-error-unknown-kind = { $period } кезеңінде «{ $kind }» есептеу түрі белгісіз; есептеу түрлері: { $kinds }
run-error-month-closed = { $period } айы жабылған, енді өзгермейді. Кейінгі өзгеріс келесі ашық айға түзету ретінде түседі.

run-skipped-contractor = азаматтық-құқықтық сипаттағы шарт: қызметкерлер ведомостіне кірмейді
run-skipped-other-employer = басқа жұмыс берушінің ведомосінде
run-skipped-not-employed = осы айда жұмыс істемеген

run-problem-file = { $file }: { $message }
run-problem-row = { $file }: { $row }-жол: { $message }
run-problem-cell = { $file }: { $row }-жол, { $column } бағаны: { $message }

run-input-too-large = Файлдың көлемі { $size } байт; { $max } байттан артық оқылмайды
run-input-not-utf8 = Файл UTF-8 кодталуында емес («CSV UTF-8» ретінде сақтаңыз)
run-input-bad-csv = CSV жолын оқу мүмкін болмады: { $error }
run-input-too-many-rows = { $max } жолдан көп
run-input-too-many-columns = { $max } бағаннан көп
run-input-cell-too-long = Ұяшық { $max } таңбадан ұзын
run-input-empty = Файл бос
run-input-column-twice = { $column } бағаны екі рет берілген
run-input-no-column = { $column } бағаны жоқ
run-input-bad-amount = «{ $value }» — сома емес ({ $error })
run-input-blank = Толтырылмаған: { $column }
run-input-bad-hours = «{ $value }» — сағат саны емес: мысалы, 2,5 деп жазыңыз (үтірден кейін екі таңбадан аспай, айына 744-тен аспай)
run-input-no-amount = Соманы көрсетіңіз (үстеме жұмыс, демалыс күнгі және түнгі жұмыс үшін — сағатты)
run-input-amount-and-hours = Соманы немесе сағатты көрсетіңіз, екеуін бірге емес
run-input-row-too-wide = Ұяшық саны: { $cells }, ал тақырыпта бағандар саны: { $header }; ондық үтірді тырнақшаға алыңыз ("2,5") немесе файлды «;» бөлгішімен сақтаңыз
run-input-id-twice = { $id } екі рет берілген

run-month = { $year } жылғы { $month ->
    [1] қаңтар
    [2] ақпан
    [3] наурыз
    [4] сәуір
    [5] мамыр
    [6] маусым
    [7] шілде
    [8] тамыз
    [9] қыркүйек
    [10] қазан
    [11] қараша
   *[12] желтоқсан
}

run-payslip-title = { $month } айына есеп парағы
run-payslip-employer = Жұмыс беруші
run-payslip-bin = БСН
run-payslip-employee = Қызметкер
run-payslip-id = Табель нөмірі
run-payslip-position = Лауазымы
run-payslip-days = Жұмыс істегені
run-payslip-days-value = { $norm } жұмыс күнінің { $worked } күні
run-payslip-residency = Салықтық резиденттік
run-payslip-resident = ҚР резиденті
run-payslip-non-resident = бейрезидент
run-payslip-accrued = Есептелді
run-payslip-gross = Барлығы есептелді
run-payslip-withheld = Ұсталды
run-payslip-withheld-total = Барлығы ұсталды
run-payslip-employer-charges = Жұмыс берушінің жалақыдан тыс төлемдері
run-payslip-employer-cost = Жұмыс берушінің барлық шығыны
run-payslip-net = Төленуге тиіс
run-payslip-correction-of = { $month } бойынша түзету
run-payslip-deductions = шегерімдер { $amount }
run-payslip-basis = Жалақының құрамдас бөліктері, ұстап қалулар және төленетін сома — жұмыс беруші бұларды әр қызметкерге ай сайын хабарлайды (ҚР Еңбек кодексі, 113-бап 2-тармақ).
run-payslip-employer-note = Жұмыс берушінің төлемдері жалақыдан ұсталмайды; қызметкер жұмыс орнының толық құнын көруі үшін көрсетілген.

run-charge-opv = Міндетті зейнетақы жарналары (МЗЖ)
run-charge-vosms = Қызметкердің МӘМС жарналары
run-charge-ipn = Жеке табыс салығы (ЖТС)
run-charge-opvr = Жұмыс берушінің міндетті зейнетақы жарналары (ЖМЗЖ)
run-charge-so = Әлеуметтік аударымдар (ӘА)
run-charge-oosms = Жұмыс берушінің МӘМС аударымдары
run-charge-social-tax = Әлеуметтік салық

run-register-id = Табель №
run-register-name = Аты-жөні
run-register-days = Жұмыс күндері
run-register-norm = Күн нормасы
run-register-gross = Есептелді
run-register-opv = МЗЖ
run-register-vosms = Қызметкердің МӘМС жарнасы
run-register-ipn = ЖТС
run-register-net = Төленуге тиіс
run-register-opvr = ЖМЗЖ
run-register-so = ӘА
run-register-oosms = Жұмыс берушінің МӘМС аударымы
run-register-social-tax = Әлеуметтік салық
run-register-employer-cost = Жұмыс берушінің шығыны
run-register-total = Жиыны

run-cli-title = { $month } айының жалақысы — { $whose }: { $count } қызметкер
run-cli-whose-bin = жұмыс беруші БСН { $bin }
run-cli-whose-direct = файлдағы штаттық қызметкерлер
run-cli-col-id = табель №
run-cli-col-name = аты-жөні
run-cli-col-days = күн
run-cli-col-gross = есептелді
run-cli-col-deductions = ұсталды
run-cli-col-net = төленуге тиіс
run-cli-col-employer-cost = жұмыс беруші шығыны
run-cli-skipped = Бұл ведомостьқа кірмейтіндер ({ $count }):
run-cli-payments = Айдың төлемдері:
run-cli-due = мерзімі { $date }
run-cli-written = Жиынтық тізілім { $path } файлына жазылды
run-cli-payslips-written = { $count } есеп парағы { $dir } қалтасына жазылды
run-cli-out-kind = { $path }: жиынтық тізілім .xlsx немесе .csv түрінде жазылады
run-cli-cannot-write = { $path } жазу мүмкін болмады: { $error }
run-cli-payslip-names-clash = { $first } және { $second } парақтары бір { $name } файлына жазылар еді: оларға әріптері не цифрлары әртүрлі нөмір беріңіз
run-cli-bad-bin = --employer-bin { $bin }: { $error }
