package demo

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	senim "github.com/senim-kz/senim"
)

// The election programme under control and the public councils at the
// seeds' magnitude (seeds 000, 002, 003): 216 programmes — the national one
// and a five-year roadmap of every oblast, city and district, 19 of them in
// Karaganda — with indicators measured every quarter and measures of the
// executive bodies; 10 public councils at oblast level in every region and
// 108 below in Karaganda; and about 4,500 acute social issues the councils
// raised, taken under the party's control.

// The figures of the seeds.
const (
	programmeTotal   = 216  // seed 003: one for each oblast, city and district
	karagandaRegion  = "35" // seed 002/003: the oblast the figures below are of
	karagandaPlans   = 19   // seed 003: 19 roadmaps in one oblast
	karagandaCouncil = 108  // seed 002: councils at territorial levels
	issueTotal       = 4560 // seed 000: more than 4,500 issues taken under party control
)

// The programmes' period and the day their baselines are measured on.
var (
	periodFrom = senim.NewDate(2023, 1, 1)
	periodTo   = senim.NewDate(2027, 12, 31)
	baselineOn = senim.NewDate(2022, 12, 31)
	// Targets due before the end: by the time the demo runs, some of them
	// have passed, achieved or failed.
	earlyTargets = []senim.Date{senim.NewDate(2025, 12, 31), senim.NewDate(2026, 6, 30)}
)

// direction is one of the ten directions of the national programme; every
// local roadmap takes some of them.
type direction struct {
	Title      senim.Names
	Topic      senim.Names // "по вопросам {здравоохранения}" in a council's name
	Categories []string    // the executive bodies that answer for it, by appeal category, the first found
	Ministry   senim.Names // the national executive body
	Stat       string      // the section of stat.gov.kz its figures are published in
	Rural      bool        // not taken by cities and their districts
	Indicators []indicatorKind
	Measures   []string // {place}, {street}, {n}
	Issues     []string // titles of issues the councils raise: {place}, {street}, {n}
}

// indicatorKind is an indicator as a region of about a million people sets
// it: from Base to Goal (lower is better when Goal is below Base). Counts
// marked Scaled grow with the territory.
type indicatorKind struct {
	Name       senim.Names
	Unit       string
	Base, Goal float64
	Scaled     bool
}

func nm(ru, kk, en string) senim.Names { return senim.Names{RU: ru, KK: kk, EN: en} }

// directions are the programme's sections, in its order.
var directions = []direction{
	{
		Title: nm("Здравоохранение", "Денсаулық сақтау", "Health care"), Topic: nm("здравоохранения", "денсаулық сақтау", "health care"),
		Categories: []string{"health"}, Stat: "social-statistics/stat-medicine",
		Ministry: nm("Министерство здравоохранения Республики Казахстан", "Қазақстан Республикасының Денсаулық сақтау министрлігі", "Ministry of Health of the Republic of Kazakhstan"),
		Indicators: []indicatorKind{
			{nm("Охват населения профилактическими медицинскими осмотрами (скринингами)", "Халықты профилактикалық медициналық тексерулермен (скринингтермен) қамту", "Population covered by preventive screenings"), "percent", 58, 85, false},
			{nm("Обеспеченность врачами на 1000 жителей", "1000 тұрғынға шаққандағы дәрігерлермен қамтамасыз етілу", "Doctors per 1,000 residents"), "per_1000", 2.9, 3.6, false},
			{nm("Среднее время ожидания приёма профильного специалиста", "Бейінді маманның қабылдауын күтудің орташа уақыты", "Average wait for a specialist's appointment"), "days", 14, 5, false},
			{nm("Материнская смертность на 100 тыс. живорождений", "100 мың тірі туғанға шаққандағы ана өлімі", "Maternal mortality per 100,000 live births"), "per_100k", 15, 9, false},
			{nm("Построено и модернизировано объектов первичной медико-санитарной помощи", "Салынған және жаңғыртылған алғашқы медициналық-санитариялық көмек нысандары", "Primary care facilities built or modernised"), "count", 0, 24, true},
			{nm("Укомплектованность сельских медицинских пунктов врачами", "Ауылдық медициналық пункттердің дәрігерлермен жасақталуы", "Rural medical posts staffed with doctors"), "percent", 68, 95, false},
		},
		Measures: []string{
			"Строительство врачебной амбулатории в {place}", "Капитальный ремонт поликлиники № {n} в {place}",
			"Приобретение машин скорой медицинской помощи ({n} ед.)", "Открытие кабинета раннего скрининга в {place}",
			"Выплата подъёмных молодым врачам, прибывшим на работу в сёла", "Оснащение фельдшерско-акушерского пункта в {place} современным оборудованием",
			"Запуск мобильного медицинского комплекса для отдалённых сёл", "Строительство модульной поликлиники на 200 посещений в смену в {place}",
		},
		Issues: []string{
			"Нет педиатра во врачебной амбулатории {place}", "Очереди к узким специалистам в поликлинике № {n}, {place}",
			"Закрыт фельдшерско-акушерский пункт в {place}", "Долгое ожидание скорой помощи в {place}",
			"Нехватка лекарств по бесплатному списку в аптеках {place}", "Аварийное здание поликлиники в {place}",
		},
	},
	{
		Title: nm("Образование", "Білім беру", "Education"), Topic: nm("образования", "білім беру", "education"),
		Categories: []string{"education"}, Stat: "social-statistics/stat-edu-science-inno",
		Ministry: nm("Министерство просвещения Республики Казахстан", "Қазақстан Республикасының Оқу-ағарту министрлігі", "Ministry of Education of the Republic of Kazakhstan"),
		Indicators: []indicatorKind{
			{nm("Охват детей от 2 до 6 лет дошкольным воспитанием и обучением", "2 жастан 6 жасқа дейінгі балаларды мектепке дейінгі тәрбиемен және оқытумен қамту", "Children aged 2–6 in pre-school education"), "percent", 86, 100, false},
			{nm("Дефицит ученических мест", "Оқушы орындарының тапшылығы", "Shortage of school places"), "places", 9000, 1500, true},
			{nm("Очередь в детские сады", "Балабақшаға кезек", "Waiting list for kindergartens"), "people", 6000, 800, true},
			{nm("Доля школ с высокоскоростным интернетом", "Жоғары жылдамдықты интернетке қосылған мектептер үлесі", "Schools with high-speed internet"), "percent", 74, 100, false},
			{nm("Новые места в школах", "Мектептердегі жаңа орындар", "New school places opened"), "places", 0, 12000, true},
			{nm("Доля трёхсменных и аварийных школ", "Үш ауысымды және апатты мектептер үлесі", "Share of three-shift and unsafe schools"), "percent", 4.5, 0.5, false},
		},
		Measures: []string{
			"Строительство школы на {n}00 мест в {place}", "Строительство детского сада на 280 мест в {place}",
			"Капитальный ремонт школы № {n} в {place}", "Перевод аварийной школы в {place} в новое здание",
			"Подключение сельских школ к высокоскоростному интернету", "Открытие кабинетов робототехники в школах {place}",
			"Размещение государственного заказа в частных детских садах на {n}0 мест", "Обновление школьных автобусов для подвоза детей",
		},
		Issues: []string{
			"Нехватка мест в детском саду в {place}", "Школа в {place} работает в три смены",
			"Аварийное состояние школы № {n} в {place}", "Нет подвоза детей в школу из {place}",
			"Протекает кровля детского сада № {n}, {place}", "Нет спортзала в школе {place}",
		},
	},
	{
		Title:      nm("Жилищно-коммунальное хозяйство", "Тұрғын үй-коммуналдық шаруашылық", "Housing and utilities"),
		Topic:      nm("жилищно-коммунального хозяйства", "тұрғын үй-коммуналдық шаруашылық", "housing and utilities"),
		Categories: []string{"housing"}, Stat: "business-statistics/stat-construction",
		Ministry: nm("Министерство промышленности и строительства Республики Казахстан", "Қазақстан Республикасының Өнеркәсіп және құрылыс министрлігі", "Ministry of Industry and Construction of the Republic of Kazakhstan"),
		Indicators: []indicatorKind{
			{nm("Износ сетей тепло-, водоснабжения и водоотведения", "Жылу, сумен жабдықтау және су бұру желілерінің тозуы", "Wear of heating, water and sewage networks"), "percent", 63, 48, false},
			{nm("Доступ населения к централизованному водоснабжению", "Халықтың орталықтандырылған сумен жабдықтауға қолжетімділігі", "Access to piped water supply"), "percent", 89, 100, false},
			{nm("Ввод жилья", "Тұрғын үйді пайдалануға беру", "Housing completed"), "thousand_sq_m", 480, 650, true},
			{nm("Очередь на получение жилья из государственного фонда", "Мемлекеттік қордан тұрғын үй алу кезегі", "Waiting list for public housing"), "people", 16000, 9000, true},
			{nm("Уровень газификации населённых пунктов", "Елді мекендерді газдандыру деңгейі", "Gas supply coverage of settlements"), "percent", 36, 58, false},
			{nm("Средний срок подключения к инженерным сетям", "Инженерлік желілерге қосылудың орташа мерзімі", "Average time to connect to utilities"), "days", 48, 15, false},
		},
		Measures: []string{
			"Реконструкция тепловых сетей в {place}", "Строительство водопровода в {place}", "Газификация {place}",
			"Капитальный ремонт {n} многоквартирных домов", "Строительство арендного жилья на {n}0 квартир в {place}",
			"Замена лифтов в многоквартирных домах {place}", "Модернизация котельной в {place}",
			"Реконструкция канализационных очистных сооружений в {place}",
		},
		Issues: []string{
			"Нет горячей воды в доме № {n} по {street}, {place}", "Перебои с водой в {place}",
			"Холодно в квартирах дома № {n} по {street}, {place}", "Протекает крыша дома № {n} по {street}, {place}",
			"Прорыв канализации у дома № {n} по {street}, {place}", "Нет газа в {place}: строительство газопровода не завершено",
		},
	},
	{
		Title: nm("Дороги и транспорт", "Жолдар және көлік", "Roads and transport"), Topic: nm("дорог и транспорта", "жол және көлік", "roads and transport"),
		Categories: []string{"roads"}, Stat: "business-statistics/stat-transport",
		Ministry: nm("Министерство транспорта Республики Казахстан", "Қазақстан Республикасының Көлік министрлігі", "Ministry of Transport of the Republic of Kazakhstan"),
		Indicators: []indicatorKind{
			{nm("Доля местных автодорог в хорошем и удовлетворительном состоянии", "Жақсы және қанағаттанарлық жағдайдағы жергілікті автожолдар үлесі", "Local roads in good or fair condition"), "percent", 70, 92, false},
			{nm("Протяжённость отремонтированных и реконструированных дорог", "Жөнделген және қайта жаңартылған жолдардың ұзындығы", "Roads repaired and rebuilt"), "km", 0, 420, true},
			{nm("Сёла без регулярного автобусного сообщения", "Тұрақты автобус қатынасы жоқ ауылдар", "Villages without a regular bus service"), "count", 45, 8, true},
			{nm("Новые автобусы на маршрутах", "Бағыттардағы жаңа автобустар", "New buses on routes"), "count", 0, 160, true},
			{nm("Освещённость улиц населённых пунктов", "Елді мекендер көшелерінің жарықтандырылуы", "Streets with lighting"), "percent", 66, 92, false},
		},
		Measures: []string{
			"Средний ремонт дороги по {street} в {place}", "Реконструкция автодороги районного значения до {place}",
			"Обустройство освещения улиц в {place}", "Открытие автобусного маршрута до {place}", "Приобретение {n} новых автобусов",
			"Строительство пешеходного моста в {place}", "Ремонт внутрипоселковых дорог в {place}", "Устройство остановочных павильонов в {place}",
		},
		Issues: []string{
			"Разбитая дорога по {street}, {place}", "Нет уличного освещения по {street}, {place}", "Отменён автобусный маршрут до {place}",
			"Нет тротуара у школы по {street}, {place}", "Разбитая дорога в {place}", "Не ремонтируется мост в {place}",
		},
	},
	{
		Title: nm("Социальная поддержка", "Әлеуметтік қолдау", "Social support"), Topic: nm("социальной поддержки", "әлеуметтік қолдау", "social support"),
		Categories: []string{"social"}, Stat: "social-statistics/stat-life",
		Ministry: nm("Министерство труда и социальной защиты населения Республики Казахстан", "Қазақстан Республикасының Еңбек және халықты әлеуметтік қорғау министрлігі", "Ministry of Labour and Social Protection of the Population of the Republic of Kazakhstan"),
		Indicators: []indicatorKind{
			{nm("Доля населения с доходами ниже прожиточного минимума", "Табысы ең төмен күнкөріс деңгейінен төмен халықтың үлесі", "Population with incomes below the subsistence level"), "percent", 5.4, 3.5, false},
			{nm("Доступность социальных объектов для лиц с инвалидностью", "Әлеуметтік нысандардың мүгедектігі бар адамдар үшін қолжетімділігі", "Social facilities accessible to persons with disabilities"), "percent", 46, 80, false},
			{nm("Охват нуждающихся семей адресной социальной помощью", "Мұқтаж отбасыларды атаулы әлеуметтік көмекпен қамту", "Needy families receiving targeted social assistance"), "percent", 81, 98, false},
			{nm("Срок назначения социальных выплат", "Әлеуметтік төлемдерді тағайындау мерзімі", "Time to grant social benefits"), "days", 10, 3, false},
			{nm("Очередь на санаторно-курортное лечение лиц с инвалидностью", "Мүгедектігі бар адамдардың санаторий-курорттық емделуге кезегі", "Waiting list for spa treatment of persons with disabilities"), "people", 2400, 500, true},
		},
		Measures: []string{
			"Открытие центра оказания специальных социальных услуг в {place}", "Адаптация социальных объектов в {place} для лиц с инвалидностью",
			"Выплата адресной социальной помощи в проактивном формате", "Обеспечение лиц с инвалидностью техническими средствами реабилитации",
			"Открытие отделения дневного пребывания для пожилых в {place}", "Организация бесплатного горячего питания для малообеспеченных семей",
			"Помощь многодетным семьям в подготовке детей к школе", "Строительство инклюзивного центра в {place}",
		},
		Issues: []string{
			"Задержка выплаты адресной социальной помощи в {place}", "Нет пандуса в отделении ЦОН, {place}",
			"Многодетные семьи {place} годами стоят в очереди на жильё", "Нет отделения дневного пребывания для пожилых в {place}",
			"Отказ в пособии по уходу за ребёнком с инвалидностью, {place}", "Закрыта столовая для малообеспеченных в {place}",
		},
	},
	{
		Title:      nm("Занятость и предпринимательство", "Жұмыспен қамту және кәсіпкерлік", "Jobs and business"),
		Topic:      nm("занятости и предпринимательства", "жұмыспен қамту және кәсіпкерлік", "jobs and business"),
		Categories: []string{"employment", "business"}, Stat: "labor-and-income/stat-empt-unempl",
		Ministry: nm("Министерство национальной экономики Республики Казахстан", "Қазақстан Республикасының Ұлттық экономика министрлігі", "Ministry of National Economy of the Republic of Kazakhstan"),
		Indicators: []indicatorKind{
			{nm("Уровень безработицы", "Жұмыссыздық деңгейі", "Unemployment rate"), "percent", 4.9, 4.3, false},
			{nm("Создано постоянных рабочих мест", "Құрылған тұрақты жұмыс орындары", "Permanent jobs created"), "people", 0, 26000, true},
			{nm("Действующие субъекты малого и среднего бизнеса", "Жұмыс істеп тұрған шағын және орта бизнес субъектілері", "Active small and medium businesses"), "count", 62000, 78000, true},
			{nm("Доля молодёжи, которая не работает и не учится (NEET)", "Жұмыс істемейтін және оқымайтын жастардың (NEET) үлесі", "Young people not in employment, education or training"), "percent", 7.2, 4.8, false},
			{nm("Микрокредиты, выданные по программам поддержки", "Қолдау бағдарламалары бойынша берілген микрокредиттер", "Microcredits granted under support programmes"), "mln_tenge", 1900, 4800, true},
		},
		Measures: []string{
			"Создание {n}0 рабочих мест на новом предприятии в {place}", "Выдача микрокредитов начинающим предпринимателям",
			"Открытие центра обслуживания предпринимателей в {place}", "Организация молодёжной практики для выпускников",
			"Строительство индустриальной зоны в {place}", "Обучение безработных востребованным профессиям",
			"Ярмарки вакансий в {place}", "Субсидирование ставок по кредитам малого бизнеса",
		},
		Issues: []string{
			"Задержка заработной платы на предприятии в {place}", "Нет работы для выпускников колледжа в {place}",
			"Закрытие рынка по {street}, {place}: предприниматели без мест", "Сокращение работников градообразующего предприятия, {place}",
			"Отказ в микрокредите начинающим предпринимателям {place}", "Незаконные проверки малого бизнеса в {place}",
		},
	},
	{
		Title: nm("Сельское хозяйство", "Ауыл шаруашылығы", "Agriculture"), Topic: nm("сельского хозяйства", "ауыл шаруашылығы", "agriculture"),
		Categories: []string{"business", "land"}, Stat: "business-statistics/stat-forrest-village-hunt-fish", Rural: true,
		Ministry: nm("Министерство сельского хозяйства Республики Казахстан", "Қазақстан Республикасының Ауыл шаруашылығы министрлігі", "Ministry of Agriculture of the Republic of Kazakhstan"),
		Indicators: []indicatorKind{
			{nm("Площадь орошаемых земель", "Суармалы жерлердің алаңы", "Irrigated land"), "ha", 40000, 56000, true},
			{nm("Доля сельхозтехники старше 10 лет", "10 жастан асқан ауыл шаруашылығы техникасының үлесі", "Farm machinery older than 10 years"), "percent", 79, 62, false},
			{nm("Инвестиции в основной капитал сельского хозяйства", "Ауыл шаруашылығының негізгі капиталына инвестициялар", "Capital investment in agriculture"), "mln_tenge", 26000, 47000, true},
			{nm("Возвращено в оборот неиспользуемых сельхозземель", "Айналымға қайтарылған пайдаланылмай жатқан ауыл шаруашылығы жерлері", "Unused farmland returned to use"), "ha", 0, 95000, true},
			{nm("Сельхозкооперативы, получившие поддержку", "Қолдау алған ауыл шаруашылығы кооперативтері", "Farm cooperatives supported"), "count", 20, 75, true},
		},
		Measures: []string{
			"Восстановление оросительных каналов у {place}", "Создание сельскохозяйственного кооператива в {place}",
			"Обновление парка сельхозтехники через лизинг", "Строительство животноводческого комплекса у {place}",
			"Изъятие и возврат в оборот неиспользуемых земель", "Открытие пункта искусственного осеменения в {place}",
			"Строительство овощехранилища в {place}", "Субсидирование семян и удобрений",
		},
		Issues: []string{
			"Не восстановлен оросительный канал у {place}", "Нет пастбищ для скота жителей {place}", "Не выплачены субсидии фермерам {place}",
			"Нет ветеринарного пункта в {place}", "Неиспользуемые земли у {place} не изъяты", "Нет пункта приёма молока в {place}",
		},
	},
	{
		Title: nm("Экология", "Экология", "Ecology"), Topic: nm("экологии", "экология", "ecology"),
		Categories: []string{"ecology"}, Stat: "environment/stat-eco",
		Ministry: nm("Министерство экологии и природных ресурсов Республики Казахстан", "Қазақстан Республикасының Экология және табиғи ресурстар министрлігі", "Ministry of Ecology and Natural Resources of the Republic of Kazakhstan"),
		Indicators: []indicatorKind{
			{nm("Доля переработки твёрдых бытовых отходов", "Қатты тұрмыстық қалдықтарды қайта өңдеу үлесі", "Solid household waste recycled"), "percent", 21, 40, false},
			{nm("Ликвидировано стихийных свалок", "Жойылған стихиялық үйінділер", "Illegal dumps cleared"), "count", 0, 140, true},
			{nm("Площадь новых зелёных насаждений", "Жаңа жасыл желектердің алаңы", "New green plantings"), "ha", 0, 900, true},
			{nm("Охват населения услугами по вывозу отходов", "Халықты қалдықтарды шығару қызметтерімен қамту", "Population covered by waste collection"), "percent", 78, 100, false},
			{nm("Дни с высоким загрязнением атмосферного воздуха", "Атмосфералық ауаның жоғары ластанған күндері", "Days of high air pollution"), "days", 36, 15, false},
		},
		Measures: []string{
			"Ликвидация стихийных свалок вокруг {place}", "Строительство полигона твёрдых бытовых отходов для {place}",
			"Высадка {n}000 деревьев в {place}", "Установка автоматических постов мониторинга воздуха в {place}",
			"Организация раздельного сбора отходов в {place}", "Благоустройство парка в {place}", "Очистка русла реки у {place}",
			"Перевод частного сектора на газ для снижения выбросов",
		},
		Issues: []string{
			"Стихийная свалка у {place}", "Не вывозится мусор по {street}, {place}", "Вырубка деревьев в сквере по {street}, {place}",
			"Выбросы котельной в {place}", "Загрязнение реки у {place}", "Нет контейнерных площадок по {street}, {place}",
		},
	},
	{
		Title:      nm("Безопасность и правопорядок", "Қауіпсіздік және құқықтық тәртіп", "Safety and public order"),
		Topic:      nm("безопасности и правопорядка", "қауіпсіздік және құқықтық тәртіп", "safety and public order"),
		Categories: []string{"law_order"}, Stat: "social-statistics/stat-crime",
		Ministry: nm("Министерство внутренних дел Республики Казахстан", "Қазақстан Республикасының Ішкі істер министрлігі", "Ministry of Internal Affairs of the Republic of Kazakhstan"),
		Indicators: []indicatorKind{
			{nm("Уличные преступления на 100 тыс. жителей", "100 мың тұрғынға шаққандағы көшедегі қылмыстар", "Street crimes per 100,000 residents"), "per_100k", 190, 115, false},
			{nm("Охват общественных мест видеонаблюдением", "Қоғамдық орындарды бейнебақылаумен қамту", "Public places covered by CCTV"), "percent", 44, 85, false},
			{nm("Смертность в дорожно-транспортных происшествиях на 100 тыс. жителей", "100 мың тұрғынға шаққандағы жол-көлік оқиғаларындағы өлім", "Road deaths per 100,000 residents"), "per_100k", 11.5, 7, false},
			{nm("Участковые пункты полиции в шаговой доступности", "Жаяу жетуге болатын учаскелік полиция пункттері", "Neighbourhood police posts within walking distance"), "count", 30, 48, true},
		},
		Measures: []string{
			"Установка камер видеонаблюдения в общественных местах {place}", "Открытие участкового пункта полиции в {place}",
			"Обустройство пешеходных переходов у школ {place}", "Создание добровольных формирований правопорядка",
			"Строительство пожарного депо в {place}", "Установка светофоров и дорожных знаков на аварийных участках",
			"Профилактические рейды по безопасности детей", "Освещение тёмных дворов и пустырей в {place}",
		},
		Issues: []string{
			"Нет участкового в {place}", "Бродячие собаки в {place}", "Опасный пешеходный переход у школы по {street}, {place}",
			"Не работают камеры видеонаблюдения по {street}, {place}", "Нет пожарной части в {place}", "Тёмные дворы по {street}, {place}",
		},
	},
	{
		Title: nm("Молодёжь и спорт", "Жастар және спорт", "Youth and sport"), Topic: nm("молодёжи и спорта", "жастар және спорт", "youth and sport"),
		Categories: []string{"other"}, Stat: "social-statistics/stat-culture",
		Ministry: nm("Министерство туризма и спорта Республики Казахстан", "Қазақстан Республикасының Туризм және спорт министрлігі", "Ministry of Tourism and Sports of the Republic of Kazakhstan"),
		Indicators: []indicatorKind{
			{nm("Доля населения, систематически занимающегося физкультурой и спортом", "Дене шынықтырумен және спортпен жүйелі айналысатын халықтың үлесі", "Population regularly doing sport"), "percent", 33, 45, false},
			{nm("Дворовые спортивные площадки", "Аула спорт алаңдары", "Courtyard sports grounds"), "count", 140, 320, true},
			{nm("Трудоустроено молодёжи по программам занятости", "Жұмыспен қамту бағдарламалары бойынша жұмысқа орналастырылған жастар", "Young people placed in jobs under employment programmes"), "people", 0, 9500, true},
			{nm("Молодёжные ресурсные центры", "Жастар ресурстық орталықтары", "Youth resource centres"), "count", 9, 20, true},
			{nm("Доля детей, занимающихся в бесплатных спортивных секциях", "Тегін спорт секцияларында шұғылданатын балалар үлесі", "Children in free sports clubs"), "percent", 28, 50, false},
		},
		Measures: []string{
			"Строительство физкультурно-оздоровительного комплекса в {place}", "Установка {n} дворовых спортивных площадок",
			"Открытие молодёжного ресурсного центра в {place}", "Бесплатные спортивные секции для детей",
			"Спартакиада среди школьников", "Ремонт стадиона в {place}", "Трудоустройство молодёжи по проекту «Жасыл ел»",
			"Проект «Жастар Отанға» в {place}",
		},
		Issues: []string{
			"Заброшенный стадион в {place}", "Нет бесплатных спортивных секций для детей в {place}", "Закрыт дом культуры в {place}",
			"Нет дворовой спортивной площадки по {street}, {place}", "Студентам из {place} не хватает мест в общежитии колледжа",
			"Платные кружки в школе № {n}, {place}",
		},
	},
}

// youthDirections are the directions of the youth roadmap «Жастар Отанға»
// (seed 002): youth, education, jobs, social support, housing.
var youthDirections = []int{9, 1, 5, 4, 2}

var (
	solvedResults = []string{
		"Работы выполнены, приняты комиссией с участием членов общественного совета.",
		"Выделено финансирование из местного бюджета, работы завершены.",
		"Вопрос решён после депутатского запроса, жители уведомлены.",
		"Проблема устранена, повторных обращений жителей нет.",
		"Объект введён в эксплуатацию, контроль снят по решению совета.",
		"Нарушение устранено ответственным исполнителем в установленный срок.",
		"Специалист принят на работу, услуга восстановлена.",
		"Выплаты произведены в полном объёме.",
	}
	removedReasons = []string{
		"Вопрос относится к компетенции республиканского органа, направлен в Мажилис.",
		"Объект включён в план на 2027 год, снят с контроля по решению совета.",
		"Жители отказались от требований после разъяснения.",
		"Дублирует вопрос, ранее взятый на контроль.",
		"Собственник объекта — частное лицо, вопрос передан в суд.",
	}
)

// roadmap is a territory that adopts a programme, and its programme.
type roadmap struct {
	k        senim.KATO
	region   *Region
	place    *Place // nil for the country and a region
	city     *Place // the city a city district lies in
	level    int    // 0 the country, 1 a region, 2 a city or district, 3 below
	youth    bool   // the youth roadmap «Жастар Отанға»
	genRU    string
	genKK    string
	en       string
	size     float64 // people, in millions, roughly
	dirs     []int   // its directions, indexes into directions
	plan     senim.ProgrammePlan
	statuses []measureStatus // what staff have set on its measures by now
	pr       *senim.Programme
}

// reported tells whether staff have reported where the roadmap's measures
// stand: the national programme's and Karaganda's, the oblast of seed 002's
// and 003's figures. Elsewhere the measures stay as adopted, planned: each
// report is a transaction that reads the whole programme, and the other
// regions' seven thousand would add seconds to the demo.
func (rm *roadmap) reported() bool {
	return rm.level == 0 || rm.region.KATO[:2] == karagandaRegion
}

type measureStatus struct {
	dir, pos int
	status   senim.MeasureStatus
	note     string
}

// appealSample keeps, for each place of the second level (a city, a
// district, a district of a republican city), some of its appeals spread
// over the whole period: every step-th, the step doubling each time the
// sample fills, so that a country of millions of appeals keeps it small.
// Issues under control are linked to them.
type appealSample struct {
	key    map[senim.KATO]senim.KATO // a territory → its place of the second level
	places map[senim.KATO]*sample
}

type sample struct {
	step, seen int
	list       []sampledAppeal
}

type sampledAppeal struct {
	number    string
	territory senim.KATO
	category  string
	on        senim.Date
}

const sampleSize = 256

func newAppealSample() *appealSample {
	s := &appealSample{key: map[senim.KATO]senim.KATO{}, places: map[senim.KATO]*sample{}}
	for _, r := range Regions {
		for _, p := range r.Places {
			s.key[senim.KATO(p.KATO)] = senim.KATO(p.KATO)
			for _, c := range p.Children {
				s.key[senim.KATO(c.KATO)] = senim.KATO(p.KATO)
			}
		}
	}
	return s
}

// note keeps some of a batch of appeals.
func (s *appealSample) note(appeals []*senim.Appeal) {
	for _, a := range appeals {
		k, ok := s.key[a.Territory]
		if !ok {
			k = a.Territory
		}
		p := s.places[k]
		if p == nil {
			p = &sample{step: 1}
			s.places[k] = p
		}
		p.seen++
		if p.seen%p.step != 0 {
			continue
		}
		p.list = append(p.list, sampledAppeal{a.Number, a.Territory, a.Category, a.ReceivedOn})
		if len(p.list) == sampleSize {
			for i := 0; i < sampleSize/2; i++ {
				p.list[i] = p.list[2*i+1]
			}
			p.list = p.list[:sampleSize/2]
			p.step *= 2
		}
	}
}

// in returns the sampled appeals of territory k's subtree.
func (s *appealSample) in(k senim.KATO) []sampledAppeal {
	var out []sampledAppeal
	for key, p := range s.places {
		if !k.Contains(key) && !key.Contains(k) {
			continue
		}
		for _, a := range p.list {
			if k.Contains(a.territory) {
				out = append(out, a)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].number < out[j].number })
	return out
}

// programmes adopts the programmes, sets where their measures stand, forms
// the public councils with their members and meetings and takes their
// issues under control.
func (g *gen) programmes(ctx context.Context, log *slog.Logger, appeals *appealSample) error {
	start := time.Now()
	today := senim.DateOf(g.now)
	if today.Before(senim.NewDate(2023, 5, 1)) {
		return nil // the programmes of 2023 are not adopted yet
	}
	rms := roadmaps()
	ministries := map[int]*senim.Body{}
	for i, d := range directions {
		b := &senim.Body{Territory: senim.CountryKATO, NameRU: d.Ministry.RU, NameKK: d.Ministry.KK, NameEN: d.Ministry.EN}
		if err := g.db.CreateBody(ctx, b); err != nil {
			return fmt.Errorf("demo ministry: %w", err)
		}
		ministries[i] = b
	}
	var nInd, nMeas, nMeasures int
	for _, rm := range rms {
		g.planRoadmap(rm, ministries, today)
		for _, d := range rm.plan.Directions {
			nInd += len(d.Indicators)
			nMeasures += len(d.Measures)
			for _, ind := range d.Indicators {
				nMeas += len(ind.Measurements)
			}
		}
	}
	// Each programme is one transaction; a few at once share the commits.
	err := parallel(len(rms), 4, func(i int) error {
		pr, err := g.db.AdoptProgramme(ctx, rms[i].plan)
		if err != nil {
			return fmt.Errorf("demo programme %s: %w", rms[i].k, err)
		}
		rms[i].pr = pr
		return nil
	})
	if err != nil {
		return err
	}
	changed := 0
	err = parallel(len(rms), 8, func(i int) error {
		rm := rms[i]
		for _, s := range rm.statuses {
			m := rm.pr.Directions[s.dir].Measures[s.pos]
			if _, err := g.db.SetMeasureStatus(ctx, m.ID, s.status, s.note, 0); err != nil {
				return fmt.Errorf("demo measure status: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, rm := range rms {
		changed += len(rm.statuses)
	}
	st := map[senim.IndicatorStatus]int{}
	for _, rm := range rms {
		for _, d := range rm.pr.Directions {
			for _, ind := range d.Indicators {
				st[ind.Assess(today).Status]++
			}
		}
	}
	log.Info("demo programmes", "programmes", len(rms), "indicators", nInd, "measurements", nMeas, "measures", nMeasures,
		"measures_moved", changed, "achieved", st[senim.IndicatorAchieved], "on_track", st[senim.IndicatorOnTrack],
		"at_risk", st[senim.IndicatorAtRisk], "behind", st[senim.IndicatorBehind], "failed", st[senim.IndicatorFailed],
		"no_data", st[senim.IndicatorNoData], "took", time.Since(start).Round(time.Millisecond))

	start = time.Now()
	councils, issues, err := g.councils(rms, appeals, today)
	if err != nil {
		return err
	}
	if err := g.db.ImportCouncils(ctx, councils, issues); err != nil {
		return fmt.Errorf("demo councils: %w", err)
	}
	members, meetings := 0, 0
	for _, c := range councils {
		members += len(c.Members)
		meetings += len(c.Meetings)
	}
	is := map[senim.IssueStatus]int{}
	overdue, withAppeals, withIndicators := 0, 0, 0
	for _, x := range issues {
		is[x.Status]++
		if x.Overdue(today) {
			overdue++
		}
		if len(x.Appeals) > 0 {
			withAppeals++
		}
		if len(x.Indicators) > 0 {
			withIndicators++
		}
	}
	log.Info("demo councils", "councils", len(councils), "members", members, "meetings", meetings, "issues", len(issues),
		"solved", is[senim.IssueSolved], "removed", is[senim.IssueRemoved], "under_control", is[senim.IssueUnderControl],
		"overdue", overdue, "with_appeals", withAppeals, "with_indicators", withIndicators, "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// parallel runs fn(0…n-1) on a few goroutines and returns the error of the
// lowest i that failed.
func parallel(n, workers int, fn func(i int) error) error {
	errs := make([]error, n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				errs[i] = fn(i)
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// roadmaps chooses the territories of the 216 programmes by this rule: the
// national programme on the country; Karaganda's 19 first — the oblast, its
// cities and districts, then below them its city districts, then its towns
// that are cities, then its other towns, in the order of Regions until 19;
// then every other oblast-level region and every city and district of it
// (the districts of the three republican cities); then, below them in the
// other regions, city districts, then towns that are cities, then other
// towns, each kind in the order of Regions, until 216. Should the corpus
// hold too few, the largest regions (by weight) other than Karaganda add
// the youth roadmap «Жастар Отанға» (seed 002) until 216; should it hold
// too many cities and districts, those last in Regions go without.
func roadmaps() []*roadmap {
	var total float64
	for _, r := range Regions {
		total += weight[r.KATO[:2]]
	}
	out := []*roadmap{{k: senim.CountryKATO, genRU: "Республики Казахстан", genKK: "Қазақстан Республикасының",
		en: "the Republic of Kazakhstan", size: total / 10}}
	regional := func(r *Region) *roadmap {
		return &roadmap{k: senim.KATO(r.KATO), region: r, level: 1, genRU: r.GenRU, genKK: r.GenKK,
			en: regionNames(senim.KATO(r.KATO))[2], size: weight[r.KATO[:2]] / 10}
	}
	second := func(r *Region, p *Place) *roadmap {
		share := 1.0 / float64(len(r.Places))
		if p.Kind == "city" {
			share *= 2.5
		}
		return &roadmap{k: senim.KATO(p.KATO), region: r, place: p, level: 2, genRU: p.GenRU, genKK: p.GenKK, en: p.EN,
			size: min(weight[r.KATO[:2]]/10*share, weight[r.KATO[:2]]/10*0.6)}
	}
	// below lists the places under the second level by kind, in the order of Regions.
	below := func(r *Region) [3][]*roadmap {
		var tiers [3][]*roadmap
		for pi := range r.Places {
			p := &r.Places[pi]
			parent := second(r, p)
			for ci := range p.Children {
				c := &p.Children[ci]
				t := 2
				switch {
				case c.Kind == "cityDistrict":
					t = 0
				case c.Kind == "town" && strings.HasPrefix(c.GenRU, "города"):
					t = 1
				case c.Kind != "town":
					continue
				}
				rm := &roadmap{k: senim.KATO(c.KATO), region: r, place: c, level: 3, genRU: c.GenRU, genKK: c.GenKK, en: c.EN,
					size: parent.size / float64(max(2, len(p.Children)))}
				if c.Kind == "cityDistrict" {
					rm.city = p
				}
				tiers[t] = append(tiers[t], rm)
			}
		}
		return tiers
	}
	var kar *Region
	for i := range Regions {
		if Regions[i].KATO[:2] == karagandaRegion {
			kar = &Regions[i]
		}
	}
	if kar != nil {
		own := []*roadmap{regional(kar)}
		for pi := range kar.Places {
			own = append(own, second(kar, &kar.Places[pi]))
		}
		for _, tier := range below(kar) {
			own = append(own, tier...)
		}
		out = append(out, own[:min(len(own), karagandaPlans)]...)
	}
	var rest []*roadmap
	var tiers [3][]*roadmap
	for i := range Regions {
		r := &Regions[i]
		if r == kar {
			continue
		}
		out = append(out, regional(r))
		for pi := range r.Places {
			rest = append(rest, second(r, &r.Places[pi]))
		}
		t := below(r)
		for i := range tiers {
			tiers[i] = append(tiers[i], t[i]...)
		}
	}
	for _, t := range tiers {
		rest = append(rest, t...)
	}
	out = append(out, rest[:min(len(rest), max(0, programmeTotal-len(out)))]...)
	if len(out) < programmeTotal {
		var regions []*Region
		for i := range Regions {
			if &Regions[i] != kar {
				regions = append(regions, &Regions[i])
			}
		}
		sort.SliceStable(regions, func(i, j int) bool { return weight[regions[i].KATO[:2]] > weight[regions[j].KATO[:2]] })
		for i := 0; len(out) < programmeTotal && len(regions) > 0; i++ {
			rm := regional(regions[i%len(regions)])
			rm.youth = true
			out = append(out, rm)
		}
	}
	return out
}

// planRoadmap writes a roadmap's programme: its directions, indicators with
// their quarterly measurements, measures with their executive bodies, and
// where staff have moved the measures by now.
func (g *gen) planRoadmap(rm *roadmap, ministries map[int]*senim.Body, today senim.Date) {
	adopted := senim.NewDate(2023, 2, 1).AddDays(g.rng.IntN(87))
	title := senim.Names{
		RU: "Дорожная карта " + rm.genRU + " на 2023–2027 годы",
		KK: rm.genKK + " 2023–2027 жылдарға арналған жол картасы",
		EN: "Roadmap of " + rm.en + " for 2023–2027",
	}
	switch {
	case rm.level == 0:
		title = nm("Предвыборная программа партии «Путь перемен: Достойную жизнь каждому!»",
			"Партияның «Өзгерістер жолы: Әр азаматқа лайықты өмір!» сайлауалды бағдарламасы",
			"The party's election programme “The Path of Change: A Decent Life for Everyone!”")
		adopted = senim.NewDate(2023, 2, 3)
	case rm.youth:
		title = senim.Names{
			RU: "Дорожная карта «Жастар Отанға» " + rm.genRU + " на 2023–2027 годы",
			KK: rm.genKK + " «Жастар Отанға» 2023–2027 жылдарға арналған жол картасы",
			EN: "“Zhastar Otanga” youth roadmap of " + rm.en + " for 2023–2027",
		}
	}
	rm.plan.Programme = senim.ProgrammeInput{Territory: string(rm.k), Title: title, From: periodFrom.String(), To: periodTo.String(),
		Adopted: adopted.String()}

	// Directions: all ten in the national and the oblasts' programmes, five
	// to ten in the others (cities without agriculture).
	var nInd int
	switch {
	case rm.youth:
		rm.dirs = youthDirections
		nInd = 8 + g.rng.IntN(5)
	case rm.level <= 1:
		rm.dirs = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
		nInd = 20
		if rm.level == 1 {
			nInd = 12 + g.rng.IntN(9)
		}
	default:
		var pool []int
		urban := rm.place.Kind == "city" || rm.place.Kind == "cityDistrict" || rm.region.Places[0].Kind == "cityDistrict"
		for i, d := range directions {
			if !(d.Rural && urban) {
				pool = append(pool, i)
			}
		}
		g.rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
		n := 5 + g.rng.IntN(len(pool)-4)
		if rm.level == 3 {
			n = 5 + g.rng.IntN(3)
		}
		rm.dirs = pool[:n]
		sort.Ints(rm.dirs)
		nInd = 8 + g.rng.IntN(9)
		if rm.level == 3 {
			nInd = 8 + g.rng.IntN(5)
		}
	}
	// Indicators, spread over the directions in turn.
	per := make([]int, len(rm.dirs))
	for i := 0; i < nInd; i++ {
		per[i%len(rm.dirs)]++
	}
	g.rng.Shuffle(len(per), func(i, j int) { per[i], per[j] = per[j], per[i] })
	for di, d := range rm.dirs {
		dir := &directions[d]
		dp := senim.DirectionPlan{Title: dir.Title}
		body, source := g.responsible(rm, d, ministries)
		kinds := g.rng.Perm(len(dir.Indicators))
		for j := 0; j < per[di] && j < len(kinds); j++ {
			dp.Indicators = append(dp.Indicators, g.indicator(rm, dir, dir.Indicators[kinds[j]], source, today))
		}
		nm := 3 + g.rng.IntN(6)
		texts := g.rng.Perm(len(dir.Measures))
		for j := 0; j < nm && j < len(texts); j++ {
			deadline := quarterEnd(2023+g.rng.IntN(5), 1+g.rng.IntN(4))
			if deadline.Before(senim.NewDate(2023, 6, 30)) {
				deadline = senim.NewDate(2023, 6, 30)
			}
			dp.Measures = append(dp.Measures, senim.MeasurePlan{MeasureInput: senim.MeasureInput{
				Text: g.fillIn(dir.Measures[texts[j]], g.somewhere(rm)), Body: body.ID, Deadline: deadline.String()}})
			if s, note, ok := g.measureStatus(deadline, today); ok && rm.reported() {
				rm.statuses = append(rm.statuses, measureStatus{di, j, s, note})
			}
		}
		rm.plan.Directions = append(rm.plan.Directions, dp)
	}
}

// measureStatus is where staff have moved a measure by now: most of those
// past their deadline done, a few cancelled, some still in work (overdue);
// of the others some started, a few done early.
func (g *gen) measureStatus(deadline, today senim.Date) (senim.MeasureStatus, string, bool) {
	x := g.rng.Float64()
	if deadline.Before(today) {
		switch {
		case x < 0.68:
			return senim.MeasureDone, pickOne(g, []string{"Выполнено в срок.", "Объект сдан, акт приёмки подписан.",
				"Выполнено, отчёт размещён на сайте акимата.", "Выполнено с опозданием на квартал."}), true
		case x < 0.76:
			return senim.MeasureCancelled, pickOne(g, []string{"Финансирование перенесено на следующий год.",
				"Объект передан в республиканскую программу.", "Отменено решением маслихата: потребность отпала.",
				"Не состоялся конкурс по государственным закупкам."}), true
		case x < 0.95:
			return senim.MeasureInProgress, "", true
		}
		return "", "", false
	}
	switch {
	case x < 0.42:
		return senim.MeasureInProgress, "", true
	case x < 0.5:
		return senim.MeasureDone, "Выполнено досрочно.", true
	}
	return "", "", false
}

// responsible returns the executive body that answers for a direction in
// the roadmap's territory (a town's: its district's), and the source its
// figures come from.
func (g *gen) responsible(rm *roadmap, d int, ministries map[int]*senim.Body) (*senim.Body, string) {
	if rm.level == 0 {
		return ministries[d], "Бюро национальной статистики Агентства по стратегическому планированию и реформам Республики Казахстан"
	}
	k := rm.k
	if rm.level == 3 {
		k = rm.k.Parent()
		for _, p := range rm.region.Places {
			for _, c := range p.Children {
				if c.KATO == string(rm.k) {
					k = senim.KATO(p.KATO)
				}
			}
		}
	}
	for _, cat := range directions[d].Categories {
		if bs := g.bodies[string(k)+"/"+cat]; len(bs) > 0 {
			return bs[0], bs[0].NameRU
		}
	}
	if b := g.anyBody[string(k)]; b != nil {
		return b, b.NameRU
	}
	b := g.anyBody[rm.region.KATO]
	return b, b.NameRU
}

// indicator sets an indicator for the territory and draws its quarterly
// values. Where it ends up is drawn first — achieved 15%, on track 40%, at
// risk 15%, behind 15%, failed 5%, no data 10% — and its values then follow
// a pace of 0.3–1.4 of the straight line that leads there, with noise.
func (g *gen) indicator(rm *roadmap, dir *direction, kind indicatorKind, source string, today senim.Date) senim.IndicatorPlan {
	unit := senim.FindUnit(kind.Unit)
	scale := 1.0
	if kind.Scaled {
		scale = rm.size
	}
	// The baseline and the way to the target vary by a tenth or so from
	// place to place; the target stays on the better side.
	step := unitStep(unit.Code)
	base := round(min(kind.Base*scale*(0.9+0.2*g.rng.Float64()), unit.Max), step)
	goal := round(min(max(base+(kind.Goal-kind.Base)*scale*(0.85+0.3*g.rng.Float64()), unit.Min), unit.Max), step)
	higher := kind.Goal > kind.Base
	if math.Abs(goal-base) < 2*step {
		switch {
		case higher && base+2*step <= unit.Max:
			goal = base + 2*step
		case higher:
			base = goal - 2*step
		case base >= unit.Min+2*step:
			goal = base - 2*step
		default:
			base = goal + 2*step
		}
	}

	want := g.pick([]share{{"no_data", 10}, {"failed", 5}, {"achieved", 15}, {"on_track", 40}, {"at_risk", 15}, {"behind", 15}})
	var passed []senim.Date
	for _, d := range earlyTargets {
		if d.Before(today) {
			passed = append(passed, d)
		}
	}
	target := periodTo
	switch {
	case want == "failed" && len(passed) == 0:
		want = "behind"
	case want == "failed":
		target = pickOne(g, passed)
	case want == "achieved" && g.chance(0.35):
		target = pickOne(g, earlyTargets)
	case g.chance(0.08):
		if d := pickOne(g, earlyTargets); !d.Before(today) {
			target = d
		}
	}
	ip := senim.IndicatorPlan{IndicatorInput: senim.IndicatorInput{
		Name: kind.Name, Unit: unit.Code, Baseline: senim.PointInput{Value: ptr(base), On: baselineOn.String()},
		Target: senim.PointInput{Value: ptr(goal), On: target.String()}, HigherBetter: ptr(higher), Source: source,
	}}
	if want == "no_data" {
		return ip
	}
	var quarters []senim.Date
	for y := 2023; y <= periodTo.Year(); y++ {
		for q := 1; q <= 4; q++ {
			if d := quarterEnd(y, q); !d.After(today) {
				quarters = append(quarters, d)
			}
		}
	}
	if len(quarters) == 0 {
		return ip
	}
	last := quarters[len(quarters)-1]
	span := float64(baselineOn.DaysUntil(target))
	expected := func(d senim.Date) float64 { return min(1, float64(baselineOn.DaysUntil(d))/span) }
	e := expected(last)
	var done float64 // the share of the way covered by the last value
	switch want {
	case "achieved":
		done = 1 + 0.15*g.rng.Float64()
	case "failed":
		done = 0.4 + 0.5*g.rng.Float64()
	case "on_track":
		done = min(e*(0.96+0.3*g.rng.Float64()), 0.97)
		if e-done > 0.04 {
			done = e - 0.03*g.rng.Float64()
		}
	case "at_risk":
		done = e - 0.07 - 0.06*g.rng.Float64()
	case "behind":
		done = min(e*(0.3+0.45*g.rng.Float64()), e-0.18)
	}
	pace := done / e
	link := fmt.Sprintf("https://stat.gov.kz/ru/industries/%s/?region=%s", dir.Stat, string(rm.k)[:4])
	for i, d := range quarters {
		f := expected(d) * pace
		if i < len(quarters)-1 {
			f += 0.025 * g.rng.NormFloat64()
			f = min(f, done)
		} else {
			f = done
		}
		v := round(min(max(base+f*(goal-base), unit.Min), unit.Max), step)
		ip.Measurements = append(ip.Measurements, senim.MeasurementInput{Value: ptr(v), AsOf: d.String(), Source: source,
			Link: fmt.Sprintf("%s&period=%d-q%d", link, d.Year(), (int(d.Month())+2)/3)})
	}
	return ip
}

// unitStep is the precision the figures of a unit are given with.
func unitStep(unit string) float64 {
	switch unit {
	case "percent", "km", "thousand_sq_m", "mln_tenge", "days", "per_100k":
		return 0.1
	case "per_1000":
		return 0.01
	}
	return 1
}

func round(v, step float64) float64 {
	r := math.Round(v/step) * step
	if step < 1 {
		return math.Round(r*100) / 100
	}
	return r
}

func ptr[T any](v T) *T { return &v }

// quarterEnd is the last day of quarter q (1–4) of year y.
func quarterEnd(y, q int) senim.Date {
	return senim.NewDate(y, time.Month(3*q+1), 1).AddDays(-1)
}

// where is a settlement named in a text: "с. Ботакара", "г. Темиртау".
type where struct {
	k     senim.KATO
	label string
}

// somewhere picks a settlement of the roadmap's territory.
func (g *gen) somewhere(rm *roadmap) where {
	switch rm.level {
	case 0:
		r := pickOne(g, Regions)
		return g.placeIn(&r, nil)
	case 1:
		return g.placeIn(rm.region, nil)
	case 2:
		return g.placeIn(rm.region, rm.place)
	}
	return label(rm.region, rm.city, rm.place)
}

// placeIn picks a settlement of a region, or of one of its places.
func (g *gen) placeIn(r *Region, p *Place) where {
	if p == nil {
		p = &r.Places[g.rng.IntN(len(r.Places))]
	}
	if len(p.Children) > 0 && (p.Kind == "district" || g.chance(0.5)) {
		return label(r, p, &p.Children[g.rng.IntN(len(p.Children))])
	}
	return label(r, nil, p)
}

// label names a place as a text names it; parent is the place p lies in.
func label(r *Region, parent, p *Place) where {
	w := where{k: senim.KATO(p.KATO)}
	switch {
	case p.Kind == "cityDistrict" && parent != nil && parent.Kind == "city":
		w.label = "г. " + parent.RU + ", " + p.RU
	case p.Kind == "cityDistrict":
		w.label = "г. " + strings.TrimPrefix(regionNames(senim.KATO(r.KATO))[0], "город ") + ", " + p.RU
	case strings.HasPrefix(p.GenRU, "города"):
		w.label = "г. " + p.RU
	case strings.HasPrefix(p.GenRU, "посёлка"):
		w.label = "п. " + p.RU
	case strings.HasPrefix(p.GenRU, "села"):
		w.label = "с. " + p.RU
	case p.Kind == "city":
		w.label = "г. " + p.RU
	default:
		w.label = p.RU
	}
	return w
}

// addressStreets are the streets a text may say "по {street}" of: "по ул.
// Абая", "по мкр. Самал".
var addressStreets = func() []string {
	var out []string
	for _, s := range Streets {
		if strings.HasPrefix(s.RU, "ул. ") || strings.HasPrefix(s.RU, "пр. ") || strings.HasPrefix(s.RU, "мкр. ") {
			out = append(out, s.RU)
		}
	}
	return out
}()

func (g *gen) fillIn(text string, w where) string {
	return strings.NewReplacer("{place}", w.label, "{street}", pickOne(g, addressStreets),
		"{n}", fmt.Sprint(2+g.rng.IntN(38))).Replace(text)
}

// council is a council being formed, with what the issues need of it.
type council struct {
	*senim.Council
	rm     *roadmap // the roadmap of its territory
	region *Region
	place  *Place // its territory below the region, nil at oblast level
	city   *Place // the city its district lies in
	dir    int    // its direction, an index into directions
	weight float64
}

// councils forms the public councils — 10 at oblast level in every region,
// one a direction of the oblast's programme; below them 108 in Karaganda
// (seed 002) over its cities, districts and city districts, and 2–4 for
// every city and district elsewhere — with members and a meeting every
// quarter, and takes a little over 4,500 issues (seed 000) under control
// at their meetings, shared among the regions by their weight.
func (g *gen) councils(rms []*roadmap, appeals *appealSample, today senim.Date) ([]*senim.Council, []*senim.Issue, error) {
	byK := map[senim.KATO]*roadmap{}
	for _, rm := range rms {
		if !rm.youth {
			byK[rm.k] = rm
		}
	}
	dirOf := func(rm *roadmap, d int) string {
		for i, x := range rm.dirs {
			if x == d {
				return rm.pr.Directions[i].ID
			}
		}
		return ""
	}
	var all []*council
	var total float64
	for _, r := range Regions {
		total += weight[r.KATO[:2]]
	}
	var issues []*senim.Issue
	for ri := range Regions {
		r := &Regions[ri]
		oblast := byK[senim.KATO(r.KATO)]
		if oblast == nil {
			continue
		}
		var cs []*council
		for d := range directions {
			cs = append(cs, g.council(oblast, r, nil, nil, d, dirOf(oblast, d)))
		}
		type unit struct {
			place, city *Place
		}
		var units []unit
		counts := map[int]int{}
		for pi := range r.Places {
			p := &r.Places[pi]
			units = append(units, unit{place: p})
			if r.KATO[:2] == karagandaRegion {
				for ci := range p.Children {
					if p.Children[ci].Kind == "cityDistrict" {
						units = append(units, unit{place: &p.Children[ci], city: p})
					}
				}
			}
		}
		for i := range units {
			counts[i] = 2 + g.rng.IntN(3)
			if r.KATO[:2] == karagandaRegion {
				counts[i] = karagandaCouncil / len(units)
				if i < karagandaCouncil%len(units) {
					counts[i]++
				}
			}
		}
		for i, u := range units {
			own := byK[senim.KATO(u.place.KATO)]
			// Its own roadmap's directions first, then the oblast's others.
			var ds []int
			if own != nil {
				ds = append(ds, own.dirs...)
				g.rng.Shuffle(len(ds), func(i, j int) { ds[i], ds[j] = ds[j], ds[i] })
			}
			rest := g.rng.Perm(len(directions))
			for _, d := range rest {
				if !slices.Contains(ds, d) && !(directions[d].Rural && (u.place.Kind == "city" || u.place.Kind == "cityDistrict")) {
					ds = append(ds, d)
				}
			}
			for j := 0; j < counts[i]; j++ {
				d := ds[j%len(ds)]
				rm, id := own, ""
				if own != nil {
					id = dirOf(own, d)
				}
				if id == "" {
					rm, id = oblast, dirOf(oblast, d)
				}
				c := g.council(rm, r, u.place, u.city, d, id)
				if j >= len(ds) {
					c.Name.RU += fmt.Sprintf(" № %d", j/len(ds)+1)
					c.Name.KK += fmt.Sprintf(" № %d", j/len(ds)+1)
					c.Name.EN += fmt.Sprintf(" No. %d", j/len(ds)+1)
				}
				cs = append(cs, c)
			}
		}
		for _, c := range cs {
			g.members(c, today)
			g.meetings(c, today)
		}
		all = append(all, cs...)
		quota := int(math.Round(issueTotal * weight[r.KATO[:2]] / total))
		issues = append(issues, g.issues(cs, quota, byK, appeals, today)...)
	}
	out := make([]*senim.Council, len(all))
	for i, c := range all {
		out[i] = c.Council
	}
	return out, issues, nil
}

// council forms one council of direction d (its id in the programme dirID).
func (g *gen) council(rm *roadmap, r *Region, place, city *Place, d int, dirID string) *council {
	gen, genKK, en := r.GenRU, r.GenKK, regionNames(senim.KATO(r.KATO))[2]
	k := senim.KATO(r.KATO)
	if place != nil {
		gen, genKK, en, k = place.GenRU, place.GenKK, place.EN, senim.KATO(place.KATO)
		if city != nil {
			gen += " города " + strings.TrimPrefix(city.GenRU, "города ")
			genKK = strings.TrimSuffix(city.GenKK, "ның") + " " + genKK
			en += ", " + city.EN
		}
	}
	at := "при филиале партии " + gen
	switch {
	case strings.HasSuffix(gen, "ской области"):
		at = "при " + strings.TrimSuffix(gen, "ой области") + "ом областном филиале партии"
	case strings.HasSuffix(gen, "ого района") && !strings.Contains(gen, " города "):
		at = "при " + strings.TrimSuffix(gen, "ого района") + "ом районном филиале партии"
	}
	dir := &directions[d]
	created := senim.DateOf(time.Date(2023, 3, 1, 0, 0, 0, 0, senim.KZ).Add(time.Duration(g.rng.IntN(200*24)) * time.Hour))
	if place == nil {
		created = senim.NewDate(2023, 3, 1).AddDays(g.rng.IntN(45))
	}
	created = g.cal.NextWorkingDay(created)
	c := &council{rm: rm, region: r, place: place, city: city, dir: d, weight: 1}
	if place == nil {
		c.weight = 1.6
	}
	c.Council = &senim.Council{ID: g.id(created.Start().Add(10 * time.Hour)), Territory: k, DirectionID: dirID, Created: created,
		Name: senim.Names{
			RU: "Общественный совет по вопросам " + dir.Topic.RU + " " + at,
			KK: genKK + " партия филиалы жанындағы " + dir.Topic.KK + " мәселелері жөніндегі қоғамдық кеңес",
			EN: "Public Council on " + dir.Topic.EN + " at the party branch of " + en,
		}}
	return c
}

// members seats 7–15 members: a chair, a secretary and the others; now and
// then one has left and another taken the seat.
func (g *gen) members(c *council, today senim.Date) {
	n := 7 + g.rng.IntN(9)
	since := c.Created
	for i := 0; i < n; i++ {
		role := senim.CouncilMemberOf
		switch i {
		case 0:
			role = senim.CouncilChair
		case 1:
			role = senim.CouncilSecretary
		}
		name, _, _ := g.person()
		m := &senim.CouncilMember{ID: g.id(since.Start()), Person: senim.Person{ID: g.id(since.Start()), Name: name}, Role: role, Since: since}
		c.Members = append(c.Members, m)
		if role == senim.CouncilMemberOf && g.chance(0.06) {
			left := since.AddDays(90 + g.rng.IntN(700))
			if left.Before(today) {
				m.Until = left
				name, _, _ := g.person()
				joined := left.AddDays(1 + g.rng.IntN(60))
				if !joined.After(today) {
					c.Members = append(c.Members, &senim.CouncilMember{ID: g.id(joined.Start()),
						Person: senim.Person{ID: g.id(joined.Start()), Name: name}, Role: role, Since: joined})
				}
			}
		}
	}
}

// meetings holds a meeting every quarter since the council was formed; the
// agenda is set now, the minutes once its issues are known.
func (g *gen) meetings(c *council, today senim.Date) {
	dir := &directions[c.dir]
	for y := c.Created.Year(); y <= today.Year(); y++ {
		for q := 1; q <= 4; q++ {
			first := senim.NewDate(y, time.Month(3*q-2), 1)
			day := g.cal.NextWorkingDay(first.AddDays(20 + g.rng.IntN(55)))
			if day.Before(c.Created) {
				if quarterEnd(y, q).Before(c.Created) {
					continue
				}
				day = g.cal.NextWorkingDay(c.Created.AddDays(7 + g.rng.IntN(10)))
			}
			if !day.Before(today) {
				continue
			}
			agenda := fmt.Sprintf("1. О ходе исполнения дорожной карты по направлению «%s» за %s.\n"+
				"2. Об обращениях граждан по вопросам %s, поступивших в общественные приёмные партии.\n"+
				"3. О взятии на партийный контроль острых социальных вопросов.\n4. Разное.",
				dir.Title.RU, quarterName(day), dir.Topic.RU)
			c.Meetings = append(c.Meetings, &senim.Meeting{ID: g.id(day.Start().Add(15 * time.Hour)), On: day, Agenda: agenda,
				Attended: max(3, seatedOn(c.Council, day)-g.rng.IntN(4))})
		}
	}
}

// quarterName is the quarter before day's: "III квартал 2025 года".
func quarterName(day senim.Date) string {
	q := (int(day.Month())+2)/3 - 1
	y := day.Year()
	if q == 0 {
		q, y = 4, y-1
	}
	return fmt.Sprintf("%s квартал %d года", []string{"I", "II", "III", "IV"}[q-1], y)
}

// issues takes quota issues under control at the meetings of a region's
// councils (oblast councils raise more), writes the meetings' minutes, and
// moves each issue as far as today: about 60% solved, 8% taken off control,
// the rest under control — some past their deadline, some extended; about
// 30% linked to appeals of their place and 20% to an indicator of its
// programme.
func (g *gen) issues(cs []*council, quota int, byK map[senim.KATO]*roadmap, appeals *appealSample, today senim.Date) []*senim.Issue {
	type slot struct {
		c *council
		m *senim.Meeting
	}
	var slots []slot
	var cum []float64
	var sum float64
	for _, c := range cs {
		for _, m := range c.Meetings {
			slots = append(slots, slot{c, m})
			sum += c.weight
			cum = append(cum, sum)
		}
	}
	if len(slots) == 0 {
		return nil
	}
	taken := map[*senim.Meeting][]*senim.Issue{}
	var out []*senim.Issue
	var pending []*pendingIssue
	eligible := 0
	for i := 0; i < quota; i++ {
		s := slots[min(sort.SearchFloat64s(cum, g.rng.Float64()*sum), len(slots)-1)]
		p := g.issue(s.c, s.m, byK, appeals, today)
		pending = append(pending, p)
		if len(p.fit) > 0 {
			eligible++
		}
		taken[s.m] = append(taken[s.m], p.is)
		out = append(out, p.is)
	}
	// About 30% of the issues are linked to appeals: as many as there are
	// appeals of their place and time for (the demo's appeals may cover
	// only the last year).
	share := 0.0
	if eligible > 0 {
		share = min(1, appealLinked*float64(quota)/float64(eligible))
	}
	for _, p := range pending {
		if len(p.fit) > 0 && g.chance(share) {
			g.link(p)
		}
		p.finish()
	}
	for _, c := range cs {
		var chair string
		for _, m := range c.Members {
			if m.Role == senim.CouncilChair {
				chair = m.Person.Name
			}
		}
		for _, m := range c.Meetings {
			var b strings.Builder
			fmt.Fprintf(&b, "Заседание открыл председатель совета %s. Присутствовали %d из %d членов совета, приглашены представители "+
				"местных исполнительных органов и депутаты маслихата.\n\n", chair, m.Attended, seatedOn(c.Council, m.On))
			fmt.Fprintf(&b, "1. Слушали информацию о ходе исполнения дорожной карты. Решили: информацию принять к сведению, "+
				"рекомендовать ответственным исполнителям ускорить выполнение мероприятий с истёкшим сроком.\n")
			fmt.Fprintf(&b, "2. Рассмотрели обращения граждан, поступившие за квартал. Решили: обобщить и направить в уполномоченные органы.\n")
			if list := taken[m]; len(list) > 0 {
				b.WriteString("3. Решили взять на партийный контроль:\n")
				for _, is := range list {
					fmt.Fprintf(&b, "   — %s (ответственный: %s, срок: %s);\n", is.Title, is.Owner, dotted(is.Deadline))
				}
			} else {
				b.WriteString("3. Новых вопросов для взятия на контроль не поступило.\n")
			}
			b.WriteString("4. Разное.")
			m.Minutes = b.String()
		}
	}
	return out
}

// dotted writes a date as Russian texts do: 05.03.2025.
func dotted(d senim.Date) string {
	return fmt.Sprintf("%02d.%02d.%d", d.Day(), int(d.Month()), d.Year())
}

// seatedOn counts the council's members on day d.
func seatedOn(c *senim.Council, d senim.Date) int {
	n := 0
	for _, m := range c.Members {
		if !m.Since.After(d) && (m.Until.IsZero() || !m.Until.Before(d)) {
			n++
		}
	}
	return n
}

// issue takes one issue under control at meeting m of council c.
func (g *gen) issue(c *council, m *senim.Meeting, byK map[senim.KATO]*roadmap, appeals *appealSample, today senim.Date) *pendingIssue {
	dir := &directions[c.dir]
	var w where
	switch {
	case c.place == nil:
		w = g.placeIn(c.region, nil)
	case c.city != nil || c.place.Kind == "cityDistrict":
		w = label(c.region, c.city, c.place)
	default:
		w = g.placeIn(c.region, c.place)
	}
	title := g.fillIn(pickOne(g, dir.Issues), w)
	name, _, _ := g.person()
	parts := strings.Fields(name)
	short := parts[0] + " " + string([]rune(parts[1])[0]) + ". " + string([]rune(parts[2])[0]) + "."
	gen := c.region.GenRU
	if c.place != nil {
		gen = c.place.GenRU
	}
	owner := pickOne(g, []string{"депутат маслихата " + gen + " ", "депутат маслихата " + gen + " ",
		"председатель филиала партии " + gen + " ", "член фракции партии в маслихате " + gen + " "}) + short
	if c.place == nil && g.chance(0.2) {
		owner = "депутат Мажилиса Парламента " + short
	}
	taken := m.On
	deadline := taken.AddMonths(1 + g.rng.IntN(6))
	is := &senim.Issue{ID: g.id(taken.Start().Add(16 * time.Hour)), CouncilID: c.ID, MeetingID: m.ID, Territory: w.k, Title: title,
		Owner: owner, Taken: taken, Deadline: deadline, Status: senim.IssueUnderControl, Appeals: []string{}, Indicators: []string{}}
	if g.chance(0.5) {
		is.Description = fmt.Sprintf("Вопрос поднят членами совета по итогам выездного приёма граждан и обращений в общественную "+
			"приёмную партии. Ответственному поручено представить совету план решения до %s.", dotted(deadline))
	}
	actor := "user:council." + c.region.KATO[:2]
	at := g.officeTime
	events := []*senim.IssueEvent{{Action: senim.IssueActTake, Actor: actor, At: taken.Start().Add(16 * time.Hour).UTC(),
		Status: senim.IssueUnderControl, Note: title}}

	// Where it stands: the older, the likelier closed.
	age := taken.DaysUntil(today)
	open := 0.24
	switch {
	case age < 60:
		open = 0.9
	case age < 180:
		open = 0.6
	case age < 365:
		open = 0.35
	}
	var closed senim.Date
	var closeEv *senim.IssueEvent
	if !g.chance(open) {
		removed := g.chance(0.12)
		latest := deadline.AddDays(45)
		if removed {
			latest = deadline.AddDays(90)
		}
		if latest.After(today) {
			latest = today
		}
		earliest := taken.AddDays(14)
		if earliest.After(latest) {
			earliest = latest
		}
		closed = earliest.AddDays(g.rng.IntN(earliest.DaysUntil(latest) + 1))
		is.Closed = closed
		if removed {
			is.Status, is.Result = senim.IssueRemoved, pickOne(g, removedReasons)
			closeEv = &senim.IssueEvent{Action: senim.IssueActRemove}
		} else {
			is.Status, is.Result = senim.IssueSolved, pickOne(g, solvedResults)
			closeEv = &senim.IssueEvent{Action: senim.IssueActSolve}
		}
		closeEv.Actor, closeEv.At, closeEv.Status, closeEv.Note = actor, at(closed), is.Status, is.Result
	} else if deadline.Before(today) && g.chance(0.5) {
		// Extended past today where the 36 months allow it.
		next := today.AddDays(20 + g.rng.IntN(100))
		if limit := taken.AddMonths(senim.MaxIssueMonths); next.After(limit) {
			next = limit
		}
		if next.After(deadline) {
			on := deadline.AddDays(-g.rng.IntN(10))
			is.Deadline = next
			events = append(events, &senim.IssueEvent{Action: senim.IssueActExtend, Actor: actor, At: at(on),
				Status: senim.IssueUnderControl, Note: next.String()})
		}
	}
	until := today
	if !closed.IsZero() {
		until = closed.AddDays(-1)
	}

	// The appeals of its place it may be linked to: of its direction's
	// categories where there are such, received in the half-year before
	// it was taken or while it was under control.
	p := &pendingIssue{is: is, events: events, closing: closeEv, taken: taken, until: until, actor: actor}
	list := appeals.in(w.k)
	if len(list) == 0 {
		list = appeals.in(c.Territory)
	}
	for _, any := range []bool{false, true} {
		for _, a := range list {
			if !a.on.After(until) && !a.on.Before(taken.AddMonths(-6)) && (any || slices.Contains(dir.Categories, a.category)) {
				p.fit = append(p.fit, a)
			}
		}
		if len(p.fit) > 0 {
			break
		}
	}
	if g.chance(0.2) {
		// An indicator of the direction in the programme of its place or above.
		for k := w.k; ; k = k.Parent() {
			if rm := byK[k]; rm != nil {
				var ids []string
				for i, d := range rm.dirs {
					if d == c.dir {
						for _, ind := range rm.pr.Directions[i].Indicators {
							ids = append(ids, ind.ID)
						}
					}
				}
				if len(ids) > 0 {
					is.Indicators = append(is.Indicators, pickOne(g, ids))
					break
				}
			}
			if k == senim.CountryKATO {
				break
			}
		}
	}
	return p
}

// appealLinked is the share of issues linked to appeals.
const appealLinked = 0.3

// pendingIssue is an issue whose history is not written out yet.
type pendingIssue struct {
	is           *senim.Issue
	events       []*senim.IssueEvent // the taking, then changes in any order
	closing      *senim.IssueEvent   // solved or removed, if it is
	taken, until senim.Date          // links are made from–to
	fit          []sampledAppeal     // appeals it may be linked to
	actor        string
}

// link ties 1–3 of the fitting appeals to the issue: those received before
// it was taken when it is taken, later ones when they came in.
func (g *gen) link(p *pendingIssue) {
	n := min(1+g.rng.IntN(3), len(p.fit))
	var later []sampledAppeal
	for _, i := range g.rng.Perm(len(p.fit))[:n] {
		if a := p.fit[i]; a.on.After(p.taken) {
			later = append(later, a)
		} else {
			p.is.Appeals = append(p.is.Appeals, a.number)
		}
	}
	sort.Slice(later, func(i, j int) bool { return later[i].on.Before(later[j].on) })
	for _, a := range later {
		on := a.on.AddDays(1 + g.rng.IntN(7))
		if on.After(p.until) {
			on = p.until
		}
		p.is.Appeals = append(p.is.Appeals, a.number)
		p.events = append(p.events, &senim.IssueEvent{Action: senim.IssueActLink, Actor: p.actor, At: g.officeTime(on),
			Status: senim.IssueUnderControl, Note: a.number})
	}
}

// finish writes out the issue's history in order, numbered.
func (p *pendingIssue) finish() {
	events := p.events
	sort.SliceStable(events[1:], func(i, j int) bool { return events[1+i].At.Before(events[1+j].At) })
	if p.closing != nil {
		events = append(events, p.closing)
	}
	for i, e := range events {
		e.Seq = i + 1
		if i > 0 && e.At.Before(events[i-1].At) {
			e.At = events[i-1].At.Add(time.Minute)
		}
	}
	p.is.Events, p.is.Version = events, len(events)
}

// officeTime is a moment of office hours on day d.
func (g *gen) officeTime(d senim.Date) time.Time {
	return d.Start().Add(9*time.Hour + time.Duration(g.rng.IntN(9*3600))*time.Second).UTC()
}
