# Есептік ай (kzcomply_law::payroll::month): есептеу түрлері, төлем алушылар, қателер және
# есептелген соманың бір бөлігі кірмейтін базаларға арналған іздеу сөздері.

## Есептеу түрлері (rules/kz/accruals.toml)
payroll-month-kind-salary = Жұмыс істелген уақыт үшін лауазымдық айлықақы
payroll-month-kind-allowance = Үстемеақы, қосымша ақы
payroll-month-kind-bonus = Сыйлықақы
payroll-month-kind-overtime = Үстеме жұмыс үшін ақы
payroll-month-kind-holiday-work = Демалыс және мереке күндеріндегі жұмыс үшін ақы
payroll-month-kind-night-work = Түнгі уақыттағы жұмыс үшін ақы
payroll-month-kind-one-off = Біржолғы төлем
payroll-month-kind-vacation-pay = Демалыс ақысы
payroll-month-kind-unused-leave-compensation = Пайдаланылмаған демалыс үшін өтемақы
payroll-month-kind-sick-pay = Уақытша еңбекке жарамсыздық бойынша жәрдемақы
payroll-month-kind-severance = Еңбек шартын бұзу кезіндегі өтемақы
payroll-month-kind-material-aid = Материалдық көмек
payroll-month-kind-material-aid-birth = Бала туғанда берілетін материалдық көмек
payroll-month-kind-material-aid-treatment = Емделуге, сауықтыруға материалдық көмек
payroll-month-kind-burial-aid = Жерлеуге арналған төлемдер
payroll-month-kind-in-kind = Заттай нысанда алынған табыс

## Төлем алушылар және кодтар
payroll-month-payee-state-corporation = «Азаматтарға арналған үкімет» мемлекеттік корпорациясы
payroll-month-payee-tax-authority = Мемлекеттік кірістер органы
payroll-month-code-knp = төлем мақсатының коды (ТМК)
payroll-month-code-kbk = бюджеттік сыныптама коды (БСК)

## Қателер
payroll-month-error-unknown-kind = { $period } үшін «{ $kind }» есептеу түрі белгісіз (rules/kz/accruals.toml қараңыз)
payroll-month-error-not-hours-kind = «{ $kind }» сағат бойынша төленбейді: соманы көрсетіңіз (сағаттар overtime, holiday_work және night_work үшін)
payroll-month-error-negative = «{ $kind }» айлық сомасы нөлден кем: түзету осы түрдің айда есептелгенінен артық азайта алмайды
payroll-month-error-too-large = { $what }: kzcomply қабылдайтын ең үлкен сомадан ({ $max }) артық
payroll-month-error-no-norm = осы жұмыс аптасы бойынша айда жұмыс күні жоқ, сондықтан сағаттық мөлшерлеме жоқ
payroll-month-error-too-many-hours = сағат айдағыдан көп (ең көбі { $max })

## Іздеу
payroll-month-base-less-excluded = есептелді { $gross } − осы базаға кірмейді { $excluded } = { $income }
payroll-month-note-excluded = есептелген { $gross } сомасының { $excluded } бөлігі осы базаға кірмейді (одан тыс есептеу түрлері немесе олардың салық салынбайтын бөлігі); база { $income } сомасынан есептеледі
payroll-month-note-resident-explicit = көрсетілген мәліметтер бойынша ЖТС үшін салықтық резидент (азаматтық, ықтиярхат немесе Қазақстанда 183 күн), мәртебе бойынша емес
payroll-month-note-non-resident-explicit = көрсетілген мәліметтер бойынша ЖТС үшін салықтық резидент емес (Қазақстанда 183 күннен аз): мәртебеге қарамастан шегерімсіз салық салынады
