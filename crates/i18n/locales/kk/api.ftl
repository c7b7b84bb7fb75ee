# api texts (kk): API қателерінің хабарламалары және жауаптардағы адамдар оқитын басқа мәтіндер.
# Идентификаторлар (`code`, `rule`, өріс атаулары) аударылмайды; тек осы мәтіндер аударылады.

## Қате пішіні

api-unauthorized = жүйеге кіріңіз немесе API токенін "Authorization: Bearer kzc_…" тақырыбында жіберіңіз
api-not-found = мұндай ресурс жоқ
api-payload-too-large = сұрау денесі тым үлкен
api-unsupported-media-type = денені JSON пішімінде, "Content-Type: application/json" тақырыбымен жіберіңіз
api-method-not-allowed = бұл жол мұндай әдісті қабылдамайды; рұқсат етілген әдістер Allow тақырыбында көрсетілген
api-too-many-sign-ins = сәтсіз кіру әрекеттері тым көп; бірнеше минут күтіңіз
api-internal = біздің жақта қате пайда болды; ол журналға жазылды
api-timeout-arriving = сұрау тым ұзақ жіберілді
api-too-many-requests = сұраулар тым көп; сәл күтіп, қайталаңыз
api-unavailable = сервер бос емес; сәл кейінірек қайталаңыз
api-timeout-answering = сұрауға жауап тым ұзақ дайындалды
api-cannot-answer = бұл сұрауға жауап беру мүмкін емес
api-malformed = сұрау дұрыс құрастырылмаған
api-not-allowed = рұқсат етілмейді
api-bad-path = жол дұрыс емес: оның параметрлері қажетті түрдегі UTF-8 мәтіні болуы керек
api-body-unreadable = сұрау денесін оқу мүмкін болмады
api-upload-unreadable = жүктемені оқу мүмкін болмады: файлды "file" атты пішін өрісінде жіберіңіз
api-bad-lang = lang: "{ $value }" — kzcomply білмейтін тіл; en, ru немесе kk көрсетіңіз
api-needs-role = бұл үшін { $role } рөлі қажет
api-csrf-header = жүйеге кірген браузер сессияның CSRF токенін X-CSRF-Token тақырыбында жіберуі керек
api-form-expired = пішіннің мерзімі өтті; бетті жаңартып, қайталап көріңіз
api-cross-site = басқа сайттардан пішін жіберуге тыйым салынған

## Сәйкес келмейтін денелер мен параметрлер

api-json-ends-early = дене дұрыс JSON емес: ол үзіліп қалған
api-json-syntax = дене дұрыс JSON емес ({ $line }-жол, { $column }-позиция)
api-field-problem = { $field }: { $message }
api-row-field-problem = { $row }-жол, { $field }: { $message }
api-field-required = міндетті өріс
api-field-unknown = бұл сұрауда мұндай өріс жоқ
api-field-unknown-list = бұл сұрауда мұндай өріс жоқ; өрістер: { $fields }
api-value-not-allowed = { $value } мәніне рұқсат жоқ; мыналарды пайдаланыңыз: { $allowed }
api-value-expected = { $expected } күтіледі, { $got } емес
api-wrong-length = элементтер саны қате ({ $count })
api-wrong-length-unknown = элементтер саны қате
api-type-whole-number = бүтін сан
api-type-boolean = true немесе false
api-type-string = жол
api-type-list = тізім
api-type-object = нысан
api-got-string = { $value } жолы
api-got-number = { $value } саны
api-got-boolean = { $value }
api-got-list = тізім
api-got-object = нысан
api-got-null = null
api-input-problems = { $count ->
    [one] кіріс деректерінде { $count } қате; ештеңе жазылмады
   *[other] кіріс деректерінде { $count } қате; ештеңе жазылмады
}

## Есептер

api-no-payroll-rules = { $period } үшін жалақы есептеу нормативтері жоқ: { $reason }
api-status-values = citizen (ҚР азаматы), foreign-resident (шетелдік резидент), eaeu (ЕАЭО азаматы) немесе foreign-nonresident (шетелдік бейрезидент)
api-disability-values = 1, 2 немесе 3-топ
api-gross-or-net = біреуін ғана көрсетіңіз: gross (есептелгені) немесе net (төленетіні)
api-batch-too-many-rows = бір топтамада { $max } жолдан аспауы керек; файлды бөліңіз
api-trace-too-many-rows = толық есеппен — { $max } жолдан аспауы керек, { $count } емес; толық есепсіз — { $untraced } жолға дейін
api-rows-invalid = { $count ->
    [one] { $count } жолда қате бар; ештеңе есептелмеді
   *[other] { $count } жолда қате бар; ештеңе есептелмеді
}
api-total-too-large = жиынтық дәл қосу үшін тым үлкен; топтаманы бөліңіз
api-week-values = week: five-day (бес күндік) немесе six-day (алты күндік)
api-event-values = event: мыналардың бірі: { $events }
api-on-date-failed = { $what } ({ $date } күні): { $reason }
api-violation-unknown = violation: белгісіз бұзушылық "{ $value }" (`kzcomply fine --help` қараңыз)
api-offender-values = offender: micro, small, medium, large, official немесе nonprofit

## Қызметкерлер, аудит, есептер, жалақы

api-uploaded-workforce = Жүктелген қызметкерлер тізімі
api-file-problems = { $count ->
    [one] файлда { $count } қате; ештеңе импортталмады
   *[other] файлда { $count } қате; ештеңе импортталмады
}
api-report-format = format: html, csv немесе xlsx, "{ $value }" емес
api-period = period: ЖЖЖЖ-АА, "{ $value }" емес
api-cannot-audit = { $date } жағдай бойынша аудит жүргізу мүмкін емес: { $reason }
api-filter-not-allowed = { $parameter }: "{ $value }" мәніне рұқсат жоқ; мыналарды пайдаланыңыз: { $allowed }
api-filter-not-a-date = { $parameter }: "{ $value }" — күн емес (КК.АА.ЖЖЖЖ немесе ЖЖЖЖ-АА-КК, 1900–2200 жылдар)
api-month-too-large = { $person }: айлық жалақы, үстемеақылар және заттай нысандағы табыс { $max } мөлшерінен асады — бұл kzcomply есептей алатын ең үлкен айлық сома
api-months-too-large = { $count ->
    [one] { $count } қызметкердің айлық есептелген жалақысын kzcomply есептей алмайды; ештеңе сақталмады
   *[other] { $count } қызметкердің айлық есептелген жалақысын kzcomply есептей алмайды; ештеңе сақталмады
}
api-month-totals-too-large = айдың жиынтықтары дәл қосу үшін тым үлкен

## Ұйымның нормативтері

api-rules-refused = нормативтер жүктелмейді: { $problems }
api-not-covered-hint = Нормативтерде { $date } күнге мына параметрлердің мәні жоқ: { $missing }. kzcomply заң әлі белгілемеген мәнді ешқашан болжамайды: заңға қол қойылғанда әкімші әр мәнді көзімен бірге «Нормативтер» бетінде (немесе POST /api/v1/rules/values арқылы) қосады
api-missing-item = { $parameter } ({ $from } бастап)
api-values-misfit = ұйымыңыздың нормативтік мәндері kzcomply-дің осы нұсқасының нормативтеріне енді сәйкес келмейді; оларды «Нормативтер» бетінде жойыңыз немесе түзетіңіз: { $reason }
api-calendar-rules = күнтізбе нормативтері: { $reason }

## Жазылатын деректерді тексеру (api-store-…)

api-store-company-name = компанияның атауы болуы керек
api-store-bin-digits = БСН 12 цифрдан тұрады, "{ $value }" емес
api-store-not-negative = теріс бола алмайды
api-store-ext-id = қызметкердің сіздің есебіңіздегі табель нөмірі қажет
api-store-full-name = аты-жөні қажет
api-store-iin-digits = ЖСН 12 цифрдан тұрады, "{ $value }" емес
api-store-citizenship = елдің екі әріпті ISO коды, мысалы KZ немесе TR
api-store-engagement = мыналардың бірі: direct (штат), outstaffed (аутстаффинг), third_party (үшінші тарап), contractor (АҚШ)
api-store-position = лауазымның атауы қажет
api-store-role-category = 1, 2, 3 немесе 4
api-store-end-before-start = басталу күнінен бұрын
api-store-fixed-needs-end = мерзімді еңбек шартына аяқталу күні қажет
api-store-end-needs-fixed = аяқталу күні тек term "fixed" (мерзімді шарт) кезінде көрсетіледі
api-store-term-values = "indefinite" (мерзімсіз) немесе "fixed" (мерзімді), "{ $value }" емес
api-store-amount-range = 0-ден { $max } KZT-ге дейін, { $value } емес
api-store-month-too-large = айлық жалақы, үстемеақылар және заттай нысандағы табыс { $max } KZT мөлшерінен асады — бұл kzcomply есептей алатын ең үлкен айлық сома
api-store-needs-until = { $kind } оқиғасына аяқталу күні қажет
api-store-until-before-on = оқиға күнінен (on_date) бұрын
api-store-year-range = { $date }: жыл { $first } мен { $last } аралығында болуы керек
api-store-no-contract = мұндай шарт жоқ
api-store-contract-of-another = бұл шарт басқа қызметкерге тиесілі
api-store-not-in-company = { $person } бұл компанияда жұмыс істемейді
api-store-parameter-empty = толтырылмаған: параметрді көрсетіңіз, мысалы mrp
api-store-lang = en, ru немесе kk
api-store-iin-taken = { $iin } ЖСН бұл компанияда { $ext_id } қызметкеріне ({ $name }, қызметкер { $person }) тиесілі: бір ЖСН — бір адам; ЖСН-ді түзетіңіз немесе бұл жұмысты { $ext_id } қызметкерінің шарты ретінде қосыңыз
api-store-ext-id-taken = бұл компанияда "{ $ext_id }" табель нөмірлі қызметкер бұрыннан бар
api-store-added-meanwhile = осы уақыт ішінде компанияға осы файлдағы қызметкер қосылды: файлды қайта импорттаңыз
api-store-hashing-stopped = құпиясөзді хештеу тоқтады: { $reason }
api-store-email-taken = { $email } электрондық поштасы бар пайдаланушы бұрыннан бар
api-store-token-by-token = API токендерін токен емес, жүйеге кірген пайдаланушы жасайды
api-store-id-twice = `{ $id }` табель нөмірі { $first }-жолда бұрыннан көрсетілген
api-store-iin-twice = { $iin } ЖСН мына жерде де көрсетілген: { $rows }; бір ЖСН — бір адам: ЖСН-ді түзетіңіз немесе әр қызметкерге бір жол қалдырыңыз
api-store-row-id = { $row }-жол (табель № { $id })
api-store-iin-stored = { $iin } ЖСН бұл компанияда { $ext_id } ({ $name }) қызметкеріне тиесілі: бір ЖСН — бір адам; ЖСН-ді түзетіңіз немесе бұл жолға { $ext_id } табель нөмірін көрсетіңіз

## Есеп айы: қызметкердің жалақы есебіне арналған деректері, есептеулер және жалақы есептері (api-store-…)
api-store-pensioner = "{ $value }" емес, no (жоқ), age (жасы бойынша) немесе seniority (еңбек сіңірген жылдары үшін)
api-store-disability-group = мүгедектік тобы — 1, 2 немесе 3
api-store-disability-until = disability_from күнінен бұрын
api-store-deduction-not-claimed = базалық шегерім қолданылатын күн basic_deduction = true болуын талап етеді
api-store-week = аптасына 5 немесе 6 жұмыс күні
api-store-days-worked = 0-ден 31-ге дейін жұмыс күні
api-store-accrual-kind = есептеу түрін көрсетіңіз, мысалы bonus немесе overtime
api-store-accrual-kind-form = есептеу түрі { $max } таңбадан аспайды, басқару таңбаларынсыз
api-store-accrual-amount-or-hours = сомасын (amount) немесе сағатын (hours_tenths) көрсетіңіз, екеуін бірге емес
api-store-accrual-amount-range = { $value } емес, -{ $max } пен { $max } теңге аралығында
api-store-accrual-hours = сағаттың оннан бір үлесімен, 1-ден { $max }-ге дейін
api-store-accrual-note = ескертпе { $max } таңбадан аспайды
api-store-run-closed = { $period } айының жалақы есебі жабылған, енді өзгертілмейді; түзетуді келесі ашық айға енгізіңіз
api-store-run-not-draft = { $period } айының жалақы есебі { $status ->
    [approved] бекітілген
   *[other] { $status } күйінде
}: тек жобаны бекітуге болады (алдымен оны қайта есептеңіз)
api-store-run-not-approved = { $period } айының жалақы есебі { $status ->
    [draft] жоба күйінде
   *[other] { $status } күйінде
}: тек бекітілген есепті жабуға болады (алдымен оны бекітіңіз)

# Жалақы айы (issue 15): есептеулер, есеп айырысу парақтары.
api-accrual-unknown-kind = { $period } ішінде «{ $kind }» есептеу түрі белгісіз; түрлері: { $kinds }
api-accrual-not-hours = «{ $kind }» сағат бойынша төленбейді: соманы көрсетіңіз
api-accrual-hours-tenths = { $value } — үтірден кейін бір таңбадан аспайтын сағат саны емес (мысалы, 7,5)
api-accrual-period-needed = айды көрсетіңіз: ?period=ЖЖЖЖ-АА
api-payslip-format = { $value } — есеп айырысу парағының пішімі емес: html немесе pdf
api-pdf-unavailable = қызмет PDF-сіз жиналған: format=html сұраңыз

# Жалақыға арналған деректер қызметкердің өрістері ретінде (issue 15).
api-type-date = күн (ЖЖЖЖ-АА-КК)
api-type-date-or-no = күн (ЖЖЖЖ-АА-КК) немесе "no"
api-person-facts-disagree = payroll.{ $field } ішінде басқаша көрсетілген: деректі бір рет немесе екі жерде бірдей көрсетіңіз
api-store-run-earlier-open = { $earlier } ашық тұрғанда { $period } жабылмайды: жылдың айлары рет-ретімен жабылады (жыл басынан бергі қорытынды алдыңғы жабылған айлардан алынады)
api-accrual-contractor = { $person } азаматтық-құқықтық шарт бойынша жұмыс істейді: қызметкерлер ведомосіне кірмейді, есептеу мүмкін емес
api-accrual-not-employed = { $person } { $period } кезеңінде жұмыс істемеген: бұл айға есептеу мүмкін емес
