package demo

// This file holds the realistic corpus the deterministic demo-data generator
// draws from: territories with KATO codes and coordinates, people's names,
// street names, appeal texts, executive bodies and their answers. Data only.
//
// KATO codes. The level-BB codes of oblast cities and districts follow the real
// 4-digit KATO prefixes (e.g. 3532 Abai District, 3564 Shet District, 2744
// Baiterek District), as do the city districts of Astana, Almaty, Shymkent,
// Karaganda, Aktobe and Taraz. Settlement codes are constructed consistently
// with the official pattern AABBCCDDD: the district centre is AABB30100
// (AABB20100 when it is a town of district significance), a further town of
// district significance AABB21100, and other settlements AABB33100, AABB35100,
// ... They are unique and lie inside their parent's range but are not
// guaranteed to match the official classifier digit for digit.
//
// Coordinates are those of the settlement (for a district, its administrative
// centre; for a city district, roughly its middle) rounded to 4 decimals; for
// small villages they are approximate.

// Place is a territory below oblast level with its names and position.
type Place struct {
	KATO       string  // 9 digits AABBCCDDD following the official KATO pattern: AA oblast, BB district or city, CC rural okrug / town, DDD settlement
	Kind       string  // "city" (city of oblast significance or the oblast centre), "district", "cityDistrict" (район в городе), "town", "village"
	RU, KK, EN string  // names: "Темиртау", "Теміртау", "Temirtau"; districts "Абайский район", "Абай ауданы", "Abai District"
	GenRU      string  // Russian genitive for use in body names: "города Темиртау", "Абайского района"
	GenKK      string  // Kazakh form used before a noun in body names: "Теміртау қаласының", "Абай ауданының"
	Lat, Lon   float64 // real coordinates of the town (centre of the district), 4 decimals
	Children   []Place // districts of a city / villages of a district (settlements)
}

// Region gives an oblast-level territory's genitive names for body names.
type Region struct {
	KATO         string  // "350000000"
	GenRU, GenKK string  // "Карагандинской области", "Қарағанды облысының"; for cities: "города Астаны", "Астана қаласының"
	Lat, Lon     float64 // the administrative centre
	Places       []Place // cities and districts of the region (level BB), each with Children
}

// Regions lists all 20 oblast-level territories after the 2022 reform, in KATO
// order: 10 Abai, 11 Akmola, 15 Aktobe, 19 Almaty Region, 23 Atyrau, 27 West
// Kazakhstan, 31 Zhambyl, 33 Zhetysu, 35 Karaganda, 39 Kostanay, 43 Kyzylorda,
// 47 Mangystau, 55 Pavlodar, 59 North Kazakhstan, 61 Turkistan, 62 Ulytau,
// 63 East Kazakhstan, 71 Astana, 75 Almaty, 79 Shymkent.
//
// Karaganda (35) and West Kazakhstan (27) are complete: every city of oblast
// significance and every district, each district with 4–6 settlements. The
// three cities of republican significance list their city districts. The other
// oblasts give the administrative centre, sometimes another city, and five to
// ten districts with 2–3 settlements each (Ulytau has only two districts).

var Regions = []Region{
	{KATO: "100000000", GenRU: "области Абай", GenKK: "Абай облысының", Lat: 50.4111, Lon: 80.2275, Places: []Place{
		{KATO: "101000000", Kind: "city", RU: "Семей", KK: "Семей", EN: "Semey", GenRU: "города Семея", GenKK: "Семей қаласының", Lat: 50.4111, Lon: 80.2275},
		{KATO: "101800000", Kind: "city", RU: "Курчатов", KK: "Курчатов", EN: "Kurchatov", GenRU: "города Курчатова", GenKK: "Курчатов қаласының", Lat: 50.7562, Lon: 78.5419},
		{KATO: "103600000", Kind: "district", RU: "Аягозский район", KK: "Аягөз ауданы", EN: "Ayagoz District", GenRU: "Аягозского района", GenKK: "Аягөз ауданының", Lat: 47.9645, Lon: 80.4344, Children: []Place{
			{KATO: "103620100", Kind: "town", RU: "Аягоз", KK: "Аягөз", EN: "Ayagoz", GenRU: "города Аягоз", GenKK: "Аягөз қаласының", Lat: 47.9645, Lon: 80.4344},
			{KATO: "103633100", Kind: "town", RU: "Актогай", KK: "Ақтоғай", EN: "Aktogay", GenRU: "посёлка Актогай", GenKK: "Ақтоғай кентінің", Lat: 46.9500, Lon: 79.6667},
			{KATO: "103635100", Kind: "village", RU: "Баршатас", KK: "Баршатас", EN: "Barshatas", GenRU: "села Баршатас", GenKK: "Баршатас ауылының", Lat: 48.1667, Lon: 78.6667},
		}},
		{KATO: "103800000", Kind: "district", RU: "Бескарагайский район", KK: "Бесқарағай ауданы", EN: "Beskaragai District", GenRU: "Бескарагайского района", GenKK: "Бесқарағай ауданының", Lat: 50.8950, Lon: 79.4700, Children: []Place{
			{KATO: "103830100", Kind: "village", RU: "Бескарагай", KK: "Бесқарағай", EN: "Beskaragai", GenRU: "села Бескарагай", GenKK: "Бесқарағай ауылының", Lat: 50.8950, Lon: 79.4700},
			{KATO: "103833100", Kind: "village", RU: "Долонь", KK: "Долон", EN: "Dolon", GenRU: "села Долонь", GenKK: "Долон ауылының", Lat: 50.6300, Lon: 79.3100},
		}},
		{KATO: "104000000", Kind: "district", RU: "Бородулихинский район", KK: "Бородулиха ауданы", EN: "Borodulikha District", GenRU: "Бородулихинского района", GenKK: "Бородулиха ауданының", Lat: 50.7184, Lon: 80.9295, Children: []Place{
			{KATO: "104030100", Kind: "village", RU: "Бородулиха", KK: "Бородулиха", EN: "Borodulikha", GenRU: "села Бородулиха", GenKK: "Бородулиха ауылының", Lat: 50.7184, Lon: 80.9295},
			{KATO: "104033100", Kind: "village", RU: "Новая Шульба", KK: "Жаңа Шүлбі", EN: "Novaya Shulba", GenRU: "села Новая Шульба", GenKK: "Жаңа Шүлбі ауылының", Lat: 50.5233, Lon: 81.3317},
		}},
		{KATO: "104200000", Kind: "district", RU: "Жарминский район", KK: "Жарма ауданы", EN: "Zharma District", GenRU: "Жарминского района", GenKK: "Жарма ауданының", Lat: 49.3267, Lon: 81.5737, Children: []Place{
			{KATO: "104230100", Kind: "village", RU: "Калбатау", KK: "Қалбатау", EN: "Kalbatau", GenRU: "села Калбатау", GenKK: "Қалбатау ауылының", Lat: 49.3267, Lon: 81.5737},
			{KATO: "104221100", Kind: "town", RU: "Шар", KK: "Шар", EN: "Shar", GenRU: "города Шар", GenKK: "Шар қаласының", Lat: 49.5872, Lon: 81.0488},
			{KATO: "104233100", Kind: "town", RU: "Ауэзов", KK: "Әуезов", EN: "Auezov", GenRU: "посёлка Ауэзов", GenKK: "Әуезов кентінің", Lat: 49.7100, Lon: 81.5802},
		}},
		{KATO: "104400000", Kind: "district", RU: "Кокпектинский район", KK: "Көкпекті ауданы", EN: "Kokpekty District", GenRU: "Кокпектинского района", GenKK: "Көкпекті ауданының", Lat: 48.7544, Lon: 82.3836, Children: []Place{
			{KATO: "104430100", Kind: "village", RU: "Кокпекты", KK: "Көкпекті", EN: "Kokpekty", GenRU: "села Кокпекты", GenKK: "Көкпекті ауылының", Lat: 48.7544, Lon: 82.3836},
			{KATO: "104439100", Kind: "village", RU: "Кокжайык", KK: "Көкжайық", EN: "Kokzhaiyk", GenRU: "села Кокжайык", GenKK: "Көкжайық ауылының", Lat: 48.9000, Lon: 82.7000},
		}},
		{KATO: "104600000", Kind: "district", RU: "Урджарский район", KK: "Үржар ауданы", EN: "Urzhar District", GenRU: "Урджарского района", GenKK: "Үржар ауданының", Lat: 47.0930, Lon: 81.6294, Children: []Place{
			{KATO: "104630100", Kind: "village", RU: "Урджар", KK: "Үржар", EN: "Urzhar", GenRU: "села Урджар", GenKK: "Үржар ауылының", Lat: 47.0930, Lon: 81.6294},
			{KATO: "104633100", Kind: "village", RU: "Маканчи", KK: "Мақаншы", EN: "Makanchi", GenRU: "села Маканчи", GenKK: "Мақаншы ауылының", Lat: 46.8080, Lon: 82.0010},
		}},
	}},
	{KATO: "110000000", GenRU: "Акмолинской области", GenKK: "Ақмола облысының", Lat: 53.2833, Lon: 69.3833, Places: []Place{
		{KATO: "111000000", Kind: "city", RU: "Кокшетау", KK: "Көкшетау", EN: "Kokshetau", GenRU: "города Кокшетау", GenKK: "Көкшетау қаласының", Lat: 53.2833, Lon: 69.3833},
		{KATO: "111800000", Kind: "city", RU: "Степногорск", KK: "Степногорск", EN: "Stepnogorsk", GenRU: "города Степногорска", GenKK: "Степногорск қаласының", Lat: 52.3506, Lon: 71.8816},
		{KATO: "117000000", Kind: "district", RU: "Бурабайский район", KK: "Бурабай ауданы", EN: "Burabay District", GenRU: "Бурабайского района", GenKK: "Бурабай ауданының", Lat: 52.9359, Lon: 70.1890, Children: []Place{
			{KATO: "117020100", Kind: "town", RU: "Щучинск", KK: "Щучинск", EN: "Shchuchinsk", GenRU: "города Щучинска", GenKK: "Щучинск қаласының", Lat: 52.9359, Lon: 70.1890},
			{KATO: "117033100", Kind: "village", RU: "Бурабай", KK: "Бурабай", EN: "Burabay", GenRU: "села Бурабай", GenKK: "Бурабай ауылының", Lat: 53.0838, Lon: 70.3138},
		}},
		{KATO: "116800000", Kind: "district", RU: "Шортандинский район", KK: "Шортанды ауданы", EN: "Shortandy District", GenRU: "Шортандинского района", GenKK: "Шортанды ауданының", Lat: 51.6995, Lon: 70.9946, Children: []Place{
			{KATO: "116830100", Kind: "town", RU: "Шортанды", KK: "Шортанды", EN: "Shortandy", GenRU: "посёлка Шортанды", GenKK: "Шортанды кентінің", Lat: 51.6995, Lon: 70.9946},
			{KATO: "116833100", Kind: "town", RU: "Жолымбет", KK: "Жолымбет", EN: "Zholymbet", GenRU: "посёлка Жолымбет", GenKK: "Жолымбет кентінің", Lat: 51.7421, Lon: 71.7125},
		}},
		{KATO: "114800000", Kind: "district", RU: "Есильский район", KK: "Есіл ауданы", EN: "Yesil District", GenRU: "Есильского района", GenKK: "Есіл ауданының", Lat: 51.9550, Lon: 66.4084, Children: []Place{
			{KATO: "114820100", Kind: "town", RU: "Есиль", KK: "Есіл", EN: "Yesil", GenRU: "города Есиль", GenKK: "Есіл қаласының", Lat: 51.9550, Lon: 66.4084},
			{KATO: "114833100", Kind: "town", RU: "Красногорский", KK: "Красногорский", EN: "Krasnogorsky", GenRU: "посёлка Красногорский", GenKK: "Красногорский кентінің", Lat: 52.2456, Lon: 66.5208},
		}},
		{KATO: "113600000", Kind: "district", RU: "Астраханский район", KK: "Астрахан ауданы", EN: "Astrakhan District", GenRU: "Астраханского района", GenKK: "Астрахан ауданының", Lat: 51.5309, Lon: 69.7968, Children: []Place{
			{KATO: "113630100", Kind: "village", RU: "Астраханка", KK: "Астраханка", EN: "Astrakhanka", GenRU: "села Астраханка", GenKK: "Астраханка ауылының", Lat: 51.5309, Lon: 69.7968},
			{KATO: "113633100", Kind: "village", RU: "Жалтыр", KK: "Жалтыр", EN: "Zhaltyr", GenRU: "села Жалтыр", GenKK: "Жалтыр ауылының", Lat: 51.6200, Lon: 69.8300},
		}},
		{KATO: "116600000", Kind: "district", RU: "Целиноградский район", KK: "Целиноград ауданы", EN: "Tselinograd District", GenRU: "Целиноградского района", GenKK: "Целиноград ауданының", Lat: 51.0050, Lon: 71.2050, Children: []Place{
			{KATO: "116630100", Kind: "village", RU: "Акмол", KK: "Ақмол", EN: "Akmol", GenRU: "села Акмол", GenKK: "Ақмол ауылының", Lat: 51.0050, Lon: 71.2050},
			{KATO: "116633100", Kind: "village", RU: "Коянды", KK: "Қоянды", EN: "Koyandy", GenRU: "села Коянды", GenKK: "Қоянды ауылының", Lat: 51.0400, Lon: 71.6600},
		}},
		{KATO: "114500000", Kind: "district", RU: "район Биржан сал", KK: "Біржан сал ауданы", EN: "Birzhan Sal District", GenRU: "района Биржан сал", GenKK: "Біржан сал ауданының", Lat: 52.8349, Lon: 70.7886, Children: []Place{
			{KATO: "114520100", Kind: "town", RU: "Степняк", KK: "Степняк", EN: "Stepnyak", GenRU: "города Степняк", GenKK: "Степняк қаласының", Lat: 52.8349, Lon: 70.7886},
			{KATO: "114531100", Kind: "village", RU: "Аксу", KK: "Ақсу", EN: "Aksu", GenRU: "села Аксу", GenKK: "Ақсу ауылының", Lat: 52.5164, Lon: 72.3161},
		}},
	}},
	{KATO: "150000000", GenRU: "Актюбинской области", GenKK: "Ақтөбе облысының", Lat: 50.2797, Lon: 57.2072, Places: []Place{
		{KATO: "151000000", Kind: "city", RU: "Актобе", KK: "Ақтөбе", EN: "Aktobe", GenRU: "города Актобе", GenKK: "Ақтөбе қаласының", Lat: 50.2797, Lon: 57.2072, Children: []Place{
			{KATO: "151011100", Kind: "cityDistrict", RU: "район Астана", KK: "Астана ауданы", EN: "Astana District", GenRU: "района Астана", GenKK: "Астана ауданының", Lat: 50.2950, Lon: 57.1700},
			{KATO: "151013100", Kind: "cityDistrict", RU: "район Алматы", KK: "Алматы ауданы", EN: "Almaty District", GenRU: "района Алматы", GenKK: "Алматы ауданының", Lat: 50.2650, Lon: 57.2300},
		}},
		{KATO: "154800000", Kind: "district", RU: "Мугалжарский район", KK: "Мұғалжар ауданы", EN: "Mugalzhar District", GenRU: "Мугалжарского района", GenKK: "Мұғалжар ауданының", Lat: 49.4691, Lon: 57.4191, Children: []Place{
			{KATO: "154820100", Kind: "town", RU: "Кандыагаш", KK: "Қандыағаш", EN: "Kandyagash", GenRU: "города Кандыагаш", GenKK: "Қандыағаш қаласының", Lat: 49.4691, Lon: 57.4191},
			{KATO: "154821100", Kind: "town", RU: "Эмба", KK: "Ембі", EN: "Emba", GenRU: "города Эмба", GenKK: "Ембі қаласының", Lat: 48.8298, Lon: 58.1504},
		}},
		{KATO: "155600000", Kind: "district", RU: "Темирский район", KK: "Темір ауданы", EN: "Temir District", GenRU: "Темирского района", GenKK: "Темір ауданының", Lat: 49.1439, Lon: 56.4820, Children: []Place{
			{KATO: "155630100", Kind: "town", RU: "Шубаркудук", KK: "Шұбарқұдық", EN: "Shubarkuduk", GenRU: "посёлка Шубаркудук", GenKK: "Шұбарқұдық кентінің", Lat: 49.1439, Lon: 56.4820},
			{KATO: "155621100", Kind: "town", RU: "Темир", KK: "Темір", EN: "Temir", GenRU: "города Темир", GenKK: "Темір қаласының", Lat: 49.1413, Lon: 57.1286},
			{KATO: "155633100", Kind: "village", RU: "Шубарши", KK: "Шұбарши", EN: "Shubarshi", GenRU: "села Шубарши", GenKK: "Шұбарши ауылының", Lat: 48.5802, Lon: 57.1829},
		}},
		{KATO: "156000000", Kind: "district", RU: "Хромтауский район", KK: "Хромтау ауданы", EN: "Khromtau District", GenRU: "Хромтауского района", GenKK: "Хромтау ауданының", Lat: 50.2512, Lon: 58.4400, Children: []Place{
			{KATO: "156020100", Kind: "town", RU: "Хромтау", KK: "Хромтау", EN: "Khromtau", GenRU: "города Хромтау", GenKK: "Хромтау қаласының", Lat: 50.2512, Lon: 58.4400},
			{KATO: "156033100", Kind: "village", RU: "Батамшинский", KK: "Батамшы", EN: "Batamshy", GenRU: "села Батамшинский", GenKK: "Батамшы ауылының", Lat: 50.5602, Lon: 58.2772},
		}},
		{KATO: "154600000", Kind: "district", RU: "Мартукский район", KK: "Мәртөк ауданы", EN: "Martuk District", GenRU: "Мартукского района", GenKK: "Мәртөк ауданының", Lat: 50.7475, Lon: 56.5061, Children: []Place{
			{KATO: "154630100", Kind: "village", RU: "Мартук", KK: "Мәртөк", EN: "Martuk", GenRU: "села Мартук", GenKK: "Мәртөк ауылының", Lat: 50.7475, Lon: 56.5061},
			{KATO: "154633100", Kind: "village", RU: "Хазретовка", KK: "Хазретовка", EN: "Khazretovka", GenRU: "села Хазретовка", GenKK: "Хазретовка ауылының", Lat: 50.6500, Lon: 56.9000},
		}},
		{KATO: "153200000", Kind: "district", RU: "Алгинский район", KK: "Алға ауданы", EN: "Alga District", GenRU: "Алгинского района", GenKK: "Алға ауданының", Lat: 49.9034, Lon: 57.3350, Children: []Place{
			{KATO: "153220100", Kind: "town", RU: "Алга", KK: "Алға", EN: "Alga", GenRU: "города Алга", GenKK: "Алға қаласының", Lat: 49.9034, Lon: 57.3350},
			{KATO: "153233100", Kind: "village", RU: "Маржанбулак", KK: "Маржанбұлақ", EN: "Marzhanbulak", GenRU: "села Маржанбулак", GenKK: "Маржанбұлақ ауылының", Lat: 50.0500, Lon: 57.5500},
		}},
	}},
	{KATO: "190000000", GenRU: "Алматинской области", GenKK: "Алматы облысының", Lat: 43.8668, Lon: 77.0630, Places: []Place{
		{KATO: "191000000", Kind: "city", RU: "Конаев", KK: "Қонаев", EN: "Konaev", GenRU: "города Конаева", GenKK: "Қонаев қаласының", Lat: 43.8668, Lon: 77.0630},
		{KATO: "194000000", Kind: "district", RU: "Енбекшиказахский район", KK: "Еңбекшіқазақ ауданы", EN: "Enbekshikazakh District", GenRU: "Енбекшиказахского района", GenKK: "Еңбекшіқазақ ауданының", Lat: 43.3552, Lon: 77.4525, Children: []Place{
			{KATO: "194020100", Kind: "town", RU: "Есик", KK: "Есік", EN: "Yesik", GenRU: "города Есик", GenKK: "Есік қаласының", Lat: 43.3552, Lon: 77.4525},
			{KATO: "194033100", Kind: "village", RU: "Тургень", KK: "Түрген", EN: "Turgen", GenRU: "села Тургень", GenKK: "Түрген ауылының", Lat: 43.4006, Lon: 77.5933},
			{KATO: "194035100", Kind: "village", RU: "Шелек", KK: "Шелек", EN: "Shelek", GenRU: "села Шелек", GenKK: "Шелек ауылының", Lat: 43.5986, Lon: 78.2497},
		}},
		{KATO: "195200000", Kind: "district", RU: "Карасайский район", KK: "Қарасай ауданы", EN: "Karasai District", GenRU: "Карасайского района", GenKK: "Қарасай ауданының", Lat: 43.1986, Lon: 76.6246, Children: []Place{
			{KATO: "195220100", Kind: "town", RU: "Каскелен", KK: "Қаскелең", EN: "Kaskelen", GenRU: "города Каскелена", GenKK: "Қаскелең қаласының", Lat: 43.1986, Lon: 76.6246},
			{KATO: "195233100", Kind: "village", RU: "Шамалган", KK: "Шамалған", EN: "Shamalgan", GenRU: "села Шамалган", GenKK: "Шамалған ауылының", Lat: 43.3763, Lon: 76.6246},
		}},
		{KATO: "196200000", Kind: "district", RU: "Талгарский район", KK: "Талғар ауданы", EN: "Talgar District", GenRU: "Талгарского района", GenKK: "Талғар ауданының", Lat: 43.3035, Lon: 77.2409, Children: []Place{
			{KATO: "196220100", Kind: "town", RU: "Талгар", KK: "Талғар", EN: "Talgar", GenRU: "города Талгара", GenKK: "Талғар қаласының", Lat: 43.3035, Lon: 77.2409},
			{KATO: "196233100", Kind: "village", RU: "Бесагаш", KK: "Бесағаш", EN: "Besagash", GenRU: "села Бесагаш", GenKK: "Бесағаш ауылының", Lat: 43.2800, Lon: 77.0900},
		}},
		{KATO: "196800000", Kind: "district", RU: "Илийский район", KK: "Іле ауданы", EN: "Ili District", GenRU: "Илийского района", GenKK: "Іле ауданының", Lat: 43.4195, Lon: 77.0202, Children: []Place{
			{KATO: "196830100", Kind: "village", RU: "Отеген батыр", KK: "Өтеген батыр", EN: "Otegen Batyr", GenRU: "села Отеген батыр", GenKK: "Өтеген батыр ауылының", Lat: 43.4195, Lon: 77.0202},
			{KATO: "196833100", Kind: "village", RU: "Жетыген", KK: "Жетіген", EN: "Zhetygen", GenRU: "села Жетыген", GenKK: "Жетіген ауылының", Lat: 43.6967, Lon: 77.1100},
		}},
		{KATO: "194200000", Kind: "district", RU: "Жамбылский район", KK: "Жамбыл ауданы", EN: "Zhambyl District", GenRU: "Жамбылского района", GenKK: "Жамбыл ауданының", Lat: 43.2208, Lon: 76.3100, Children: []Place{
			{KATO: "194230100", Kind: "village", RU: "Узынагаш", KK: "Ұзынағаш", EN: "Uzynagash", GenRU: "села Узынагаш", GenKK: "Ұзынағаш ауылының", Lat: 43.2208, Lon: 76.3100},
			{KATO: "194233100", Kind: "village", RU: "Каргалы", KK: "Қарғалы", EN: "Kargaly", GenRU: "села Каргалы", GenKK: "Қарғалы ауылының", Lat: 43.1700, Lon: 75.9500},
		}},
		{KATO: "193600000", Kind: "district", RU: "Балхашский район", KK: "Балқаш ауданы", EN: "Balkhash District", GenRU: "Балхашского района", GenKK: "Балқаш ауданының", Lat: 44.8084, Lon: 76.2721, Children: []Place{
			{KATO: "193630100", Kind: "village", RU: "Баканас", KK: "Бақанас", EN: "Bakanas", GenRU: "села Баканас", GenKK: "Бақанас ауылының", Lat: 44.8084, Lon: 76.2721},
			{KATO: "193633100", Kind: "village", RU: "Акдала", KK: "Ақдала", EN: "Akdala", GenRU: "села Акдала", GenKK: "Ақдала ауылының", Lat: 44.7000, Lon: 76.5000},
		}},
		{KATO: "194400000", Kind: "district", RU: "Кегенский район", KK: "Кеген ауданы", EN: "Kegen District", GenRU: "Кегенского района", GenKK: "Кеген ауданының", Lat: 43.0214, Lon: 79.2206, Children: []Place{
			{KATO: "194430100", Kind: "village", RU: "Кеген", KK: "Кеген", EN: "Kegen", GenRU: "села Кеген", GenKK: "Кеген ауылының", Lat: 43.0214, Lon: 79.2206},
			{KATO: "194437100", Kind: "village", RU: "Жаланаш", KK: "Жалаңаш", EN: "Zhalanash", GenRU: "села Жаланаш", GenKK: "Жалаңаш ауылының", Lat: 43.0330, Lon: 78.5230},
		}},
		{KATO: "196600000", Kind: "district", RU: "Уйгурский район", KK: "Ұйғыр ауданы", EN: "Uigur District", GenRU: "Уйгурского района", GenKK: "Ұйғыр ауданының", Lat: 43.5309, Lon: 79.4551, Children: []Place{
			{KATO: "196630100", Kind: "village", RU: "Чунджа", KK: "Шонжы", EN: "Shonzhy", GenRU: "села Чунджа", GenKK: "Шонжы ауылының", Lat: 43.5309, Lon: 79.4551},
			{KATO: "196649100", Kind: "village", RU: "Кольжат", KK: "Көлжат", EN: "Kolzhat", GenRU: "села Кольжат", GenKK: "Көлжат ауылының", Lat: 43.4782, Lon: 80.6059},
		}},
	}},
	{KATO: "230000000", GenRU: "Атырауской области", GenKK: "Атырау облысының", Lat: 47.1167, Lon: 51.8833, Places: []Place{
		{KATO: "231000000", Kind: "city", RU: "Атырау", KK: "Атырау", EN: "Atyrau", GenRU: "города Атырау", GenKK: "Атырау қаласының", Lat: 47.1167, Lon: 51.8833},
		{KATO: "233600000", Kind: "district", RU: "Жылыойский район", KK: "Жылыой ауданы", EN: "Zhylyoi District", GenRU: "Жылыойского района", GenKK: "Жылыой ауданының", Lat: 46.9531, Lon: 54.0198, Children: []Place{
			{KATO: "233620100", Kind: "town", RU: "Кульсары", KK: "Құлсары", EN: "Kulsary", GenRU: "города Кульсары", GenKK: "Құлсары қаласының", Lat: 46.9531, Lon: 54.0198},
			{KATO: "233633100", Kind: "town", RU: "Жана Каратон", KK: "Жаңа Қаратон", EN: "Zhana Karaton", GenRU: "посёлка Жана Каратон", GenKK: "Жаңа Қаратон кентінің", Lat: 46.9283, Lon: 53.8686},
		}},
		{KATO: "235200000", Kind: "district", RU: "Макатский район", KK: "Мақат ауданы", EN: "Makat District", GenRU: "Макатского района", GenKK: "Мақат ауданының", Lat: 47.6500, Lon: 53.3167, Children: []Place{
			{KATO: "235230100", Kind: "town", RU: "Макат", KK: "Мақат", EN: "Makat", GenRU: "посёлка Макат", GenKK: "Мақат кентінің", Lat: 47.6500, Lon: 53.3167},
			{KATO: "235233100", Kind: "town", RU: "Доссор", KK: "Доссор", EN: "Dossor", GenRU: "посёлка Доссор", GenKK: "Доссор кентінің", Lat: 47.5272, Lon: 52.9811},
			{KATO: "235235100", Kind: "town", RU: "Байшонас", KK: "Байшонас", EN: "Baishonas", GenRU: "посёлка Байшонас", GenKK: "Байшонас кентінің", Lat: 47.2414, Lon: 52.9411},
		}},
		{KATO: "235600000", Kind: "district", RU: "Махамбетский район", KK: "Махамбет ауданы", EN: "Makhambet District", GenRU: "Махамбетского района", GenKK: "Махамбет ауданының", Lat: 47.6667, Lon: 51.5833, Children: []Place{
			{KATO: "235630100", Kind: "village", RU: "Махамбет", KK: "Махамбет", EN: "Makhambet", GenRU: "села Махамбет", GenKK: "Махамбет ауылының", Lat: 47.6667, Lon: 51.5833},
			{KATO: "235633100", Kind: "village", RU: "Сарайшык", KK: "Сарайшық", EN: "Saraishyk", GenRU: "села Сарайшык", GenKK: "Сарайшық ауылының", Lat: 47.5100, Lon: 51.7500},
		}},
		{KATO: "234000000", Kind: "district", RU: "Индерский район", KK: "Индер ауданы", EN: "Inder District", GenRU: "Индерского района", GenKK: "Индер ауданының", Lat: 48.5500, Lon: 51.7833, Children: []Place{
			{KATO: "234030100", Kind: "town", RU: "Индерборский", KK: "Индербор", EN: "Inderbor", GenRU: "посёлка Индерборский", GenKK: "Индербор кентінің", Lat: 48.5500, Lon: 51.7833},
			{KATO: "234033100", Kind: "village", RU: "Есбол", KK: "Есбол", EN: "Yesbol", GenRU: "села Есбол", GenKK: "Есбол ауылының", Lat: 48.4000, Lon: 51.6500},
		}},
		{KATO: "234600000", Kind: "district", RU: "Курмангазинский район", KK: "Құрманғазы ауданы", EN: "Kurmangazy District", GenRU: "Курмангазинского района", GenKK: "Құрманғазы ауданының", Lat: 46.6000, Lon: 49.2667, Children: []Place{
			{KATO: "234630100", Kind: "village", RU: "Ганюшкино", KK: "Ганюшкино", EN: "Ganyushkino", GenRU: "села Ганюшкино", GenKK: "Ганюшкино ауылының", Lat: 46.6000, Lon: 49.2667},
			{KATO: "234633100", Kind: "village", RU: "Котяевка", KK: "Котяевка", EN: "Kotyaevka", GenRU: "села Котяевка", GenKK: "Котяевка ауылының", Lat: 46.6300, Lon: 48.9500},
		}},
	}},
	{KATO: "270000000", GenRU: "Западно-Казахстанской области", GenKK: "Батыс Қазақстан облысының", Lat: 51.2333, Lon: 51.3667, Places: []Place{
		{KATO: "271000000", Kind: "city", RU: "Уральск", KK: "Орал", EN: "Oral", GenRU: "города Уральска", GenKK: "Орал қаласының", Lat: 51.2333, Lon: 51.3667, Children: []Place{
			{KATO: "271033100", Kind: "town", RU: "Зачаганск", KK: "Зашаған", EN: "Zachagansk", GenRU: "посёлка Зачаганск", GenKK: "Зашаған кентінің", Lat: 51.1600, Lon: 51.4800},
			{KATO: "271035100", Kind: "town", RU: "Деркул", KK: "Деркөл", EN: "Derkul", GenRU: "посёлка Деркул", GenKK: "Деркөл кентінің", Lat: 51.3200, Lon: 51.3900},
			{KATO: "271037100", Kind: "town", RU: "Круглоозёрное", KK: "Круглоозерное", EN: "Kruglozernoye", GenRU: "посёлка Круглоозёрное", GenKK: "Круглоозерное кентінің", Lat: 51.0785, Lon: 51.2899},
		}},
		{KATO: "273200000", Kind: "district", RU: "Акжаикский район", KK: "Ақжайық ауданы", EN: "Akzhaik District", GenRU: "Акжаикского района", GenKK: "Ақжайық ауданының", Lat: 50.2000, Lon: 51.1667, Children: []Place{
			{KATO: "273230100", Kind: "village", RU: "Чапаев", KK: "Чапаев", EN: "Chapaev", GenRU: "села Чапаев", GenKK: "Чапаев ауылының", Lat: 50.2000, Lon: 51.1667},
			{KATO: "273233100", Kind: "village", RU: "Тайпак", KK: "Тайпақ", EN: "Taipak", GenRU: "села Тайпак", GenKK: "Тайпақ ауылының", Lat: 49.0470, Lon: 51.8650},
			{KATO: "273235100", Kind: "village", RU: "Базартобе", KK: "Базартөбе", EN: "Bazartobe", GenRU: "села Базартобе", GenKK: "Базартөбе ауылының", Lat: 49.3900, Lon: 51.6600},
			{KATO: "273237100", Kind: "village", RU: "Алгабас", KK: "Алғабас", EN: "Algabas", GenRU: "села Алгабас", GenKK: "Алғабас ауылының", Lat: 50.0500, Lon: 51.3500},
		}},
		{KATO: "275400000", Kind: "district", RU: "Бокейординский район", KK: "Бөкей ордасы ауданы", EN: "Bokey Orda District", GenRU: "Бокейординского района", GenKK: "Бөкей ордасы ауданының", Lat: 48.8561, Lon: 46.8336, Children: []Place{
			{KATO: "275430100", Kind: "village", RU: "Сайхин", KK: "Сайқын", EN: "Saikhin", GenRU: "села Сайхин", GenKK: "Сайқын ауылының", Lat: 48.8561, Lon: 46.8336},
			{KATO: "275433100", Kind: "village", RU: "Хан Ордасы", KK: "Хан Ордасы", EN: "Khan Ordasy", GenRU: "села Хан Ордасы", GenKK: "Хан Ордасы ауылының", Lat: 48.7300, Lon: 47.5000},
			{KATO: "275435100", Kind: "village", RU: "Муратсай", KK: "Мұратсай", EN: "Muratsai", GenRU: "села Муратсай", GenKK: "Мұратсай ауылының", Lat: 48.6000, Lon: 47.9000},
			{KATO: "275437100", Kind: "village", RU: "Бисен", KK: "Бисен", EN: "Bisen", GenRU: "села Бисен", GenKK: "Бисен ауылының", Lat: 48.9000, Lon: 48.3000},
		}},
		{KATO: "273600000", Kind: "district", RU: "Бурлинский район", KK: "Бөрлі ауданы", EN: "Burli District", GenRU: "Бурлинского района", GenKK: "Бөрлі ауданының", Lat: 51.1681, Lon: 52.9978, Children: []Place{
			{KATO: "273620100", Kind: "town", RU: "Аксай", KK: "Ақсай", EN: "Aksai", GenRU: "города Аксай", GenKK: "Ақсай қаласының", Lat: 51.1681, Lon: 52.9978},
			{KATO: "273633100", Kind: "village", RU: "Бурлин", KK: "Бөрлі", EN: "Burlin", GenRU: "села Бурлин", GenKK: "Бөрлі ауылының", Lat: 51.4272, Lon: 52.7139},
			{KATO: "273635100", Kind: "village", RU: "Пугачёво", KK: "Пугачев", EN: "Pugachevo", GenRU: "села Пугачёво", GenKK: "Пугачев ауылының", Lat: 51.4300, Lon: 53.1000},
			{KATO: "273637100", Kind: "village", RU: "Приуральное", KK: "Приуральное", EN: "Priuralnoye", GenRU: "села Приуральное", GenKK: "Приуральное ауылының", Lat: 51.2800, Lon: 52.6300},
		}},
		{KATO: "274000000", Kind: "district", RU: "Жангалинский район", KK: "Жаңақала ауданы", EN: "Zhangala District", GenRU: "Жангалинского района", GenKK: "Жаңақала ауданының", Lat: 49.2150, Lon: 50.3028, Children: []Place{
			{KATO: "274030100", Kind: "village", RU: "Жангала", KK: "Жаңақала", EN: "Zhangala", GenRU: "села Жангала", GenKK: "Жаңақала ауылының", Lat: 49.2150, Lon: 50.3028},
			{KATO: "274033100", Kind: "village", RU: "Копжасар", KK: "Көпжасар", EN: "Kopzhasar", GenRU: "села Копжасар", GenKK: "Көпжасар ауылының", Lat: 49.0000, Lon: 50.5000},
			{KATO: "274035100", Kind: "village", RU: "Мастексай", KK: "Мәстексай", EN: "Masteksai", GenRU: "села Мастексай", GenKK: "Мәстексай ауылының", Lat: 49.3500, Lon: 50.0000},
			{KATO: "274037100", Kind: "village", RU: "Пятимарское", KK: "Пятимар", EN: "Pyatimarskoye", GenRU: "села Пятимарское", GenKK: "Пятимар ауылының", Lat: 49.5800, Lon: 50.4000},
			{KATO: "274039100", Kind: "village", RU: "Кызылоба", KK: "Қызылоба", EN: "Kyzyloba", GenRU: "села Кызылоба", GenKK: "Қызылоба ауылының", Lat: 48.9500, Lon: 49.9000},
		}},
		{KATO: "274200000", Kind: "district", RU: "Жанибекский район", KK: "Жәнібек ауданы", EN: "Zhanibek District", GenRU: "Жанибекского района", GenKK: "Жәнібек ауданының", Lat: 49.4221, Lon: 46.8470, Children: []Place{
			{KATO: "274230100", Kind: "village", RU: "Жанибек", KK: "Жәнібек", EN: "Zhanibek", GenRU: "села Жанибек", GenKK: "Жәнібек ауылының", Lat: 49.4221, Lon: 46.8470},
			{KATO: "274233100", Kind: "village", RU: "Борсы", KK: "Борсы", EN: "Borsy", GenRU: "села Борсы", GenKK: "Борсы ауылының", Lat: 49.2500, Lon: 47.3000},
			{KATO: "274235100", Kind: "village", RU: "Акоба", KK: "Ақоба", EN: "Akoba", GenRU: "села Акоба", GenKK: "Ақоба ауылының", Lat: 49.1000, Lon: 46.9500},
			{KATO: "274237100", Kind: "village", RU: "Узынколь", KK: "Ұзынкөл", EN: "Uzynkol", GenRU: "села Узынколь", GenKK: "Ұзынкөл ауылының", Lat: 49.6500, Lon: 47.2000},
		}},
		{KATO: "274400000", Kind: "district", RU: "район Бәйтерек", KK: "Бәйтерек ауданы", EN: "Baiterek District", GenRU: "района Бәйтерек", GenKK: "Бәйтерек ауданының", Lat: 51.1993, Lon: 50.8554, Children: []Place{
			{KATO: "274430100", Kind: "village", RU: "Переметное", KK: "Переметное", EN: "Peremetnoye", GenRU: "села Переметное", GenKK: "Переметное ауылының", Lat: 51.1993, Lon: 50.8554},
			{KATO: "274433100", Kind: "village", RU: "Дарьинское", KK: "Дарьинское", EN: "Daryinskoye", GenRU: "села Дарьинское", GenKK: "Дарьинское ауылының", Lat: 51.2000, Lon: 52.0000},
			{KATO: "274435100", Kind: "village", RU: "Трекино", KK: "Трекино", EN: "Trekino", GenRU: "села Трекино", GenKK: "Трекино ауылының", Lat: 51.3300, Lon: 51.0500},
			{KATO: "274437100", Kind: "village", RU: "Янайкино", KK: "Янайкино", EN: "Yanaikino", GenRU: "села Янайкино", GenKK: "Янайкино ауылының", Lat: 51.3200, Lon: 51.3000},
		}},
		{KATO: "274800000", Kind: "district", RU: "Казталовский район", KK: "Қазталов ауданы", EN: "Kaztalov District", GenRU: "Казталовского района", GenKK: "Қазталов ауданының", Lat: 49.7661, Lon: 48.6890, Children: []Place{
			{KATO: "274830100", Kind: "village", RU: "Казталовка", KK: "Қазталов", EN: "Kaztalovka", GenRU: "села Казталовка", GenKK: "Қазталов ауылының", Lat: 49.7661, Lon: 48.6890},
			{KATO: "274833100", Kind: "village", RU: "Жалпактал", KK: "Жалпақтал", EN: "Zhalpaktal", GenRU: "села Жалпактал", GenKK: "Жалпақтал ауылының", Lat: 49.6700, Lon: 49.4000},
			{KATO: "274835100", Kind: "village", RU: "Караоба", KK: "Қараоба", EN: "Karaoba", GenRU: "села Караоба", GenKK: "Қараоба ауылының", Lat: 49.9500, Lon: 48.2500},
			{KATO: "274837100", Kind: "village", RU: "Бостандык", KK: "Бостандық", EN: "Bostandyk", GenRU: "села Бостандык", GenKK: "Бостандық ауылының", Lat: 49.4000, Lon: 48.3000},
			{KATO: "274839100", Kind: "village", RU: "Талдыапан", KK: "Талдыапан", EN: "Taldyapan", GenRU: "села Талдыапан", GenKK: "Талдыапан ауылының", Lat: 49.9000, Lon: 49.1000},
		}},
		{KATO: "275000000", Kind: "district", RU: "Каратобинский район", KK: "Қаратөбе ауданы", EN: "Karatobe District", GenRU: "Каратобинского района", GenKK: "Қаратөбе ауданының", Lat: 49.6866, Lon: 53.5064, Children: []Place{
			{KATO: "275030100", Kind: "village", RU: "Каратобе", KK: "Қаратөбе", EN: "Karatobe", GenRU: "села Каратобе", GenKK: "Қаратөбе ауылының", Lat: 49.6866, Lon: 53.5064},
			{KATO: "275033100", Kind: "village", RU: "Сулыколь", KK: "Сұлукөл", EN: "Sulykol", GenRU: "села Сулыколь", GenKK: "Сұлукөл ауылының", Lat: 49.8500, Lon: 53.2000},
			{KATO: "275035100", Kind: "village", RU: "Саралжын", KK: "Саралжын", EN: "Saralzhyn", GenRU: "села Саралжын", GenKK: "Саралжын ауылының", Lat: 49.3500, Lon: 53.7000},
			{KATO: "275037100", Kind: "village", RU: "Жусандой", KK: "Жусандой", EN: "Zhusandoi", GenRU: "села Жусандой", GenKK: "Жусандой ауылының", Lat: 49.9000, Lon: 53.9000},
		}},
		{KATO: "275800000", Kind: "district", RU: "Сырымский район", KK: "Сырым ауданы", EN: "Syrym District", GenRU: "Сырымского района", GenKK: "Сырым ауданының", Lat: 50.2568, Lon: 52.5990, Children: []Place{
			{KATO: "275830100", Kind: "village", RU: "Жымпиты", KK: "Жымпиты", EN: "Zhympity", GenRU: "села Жымпиты", GenKK: "Жымпиты ауылының", Lat: 50.2568, Lon: 52.5990},
			{KATO: "275833100", Kind: "village", RU: "Булдырты", KK: "Бұлдырты", EN: "Buldyrty", GenRU: "села Булдырты", GenKK: "Бұлдырты ауылының", Lat: 50.0500, Lon: 52.1000},
			{KATO: "275835100", Kind: "village", RU: "Тоганас", KK: "Тоғанас", EN: "Toganas", GenRU: "села Тоганас", GenKK: "Тоғанас ауылының", Lat: 50.4000, Lon: 52.9000},
			{KATO: "275837100", Kind: "village", RU: "Жыланды", KK: "Жыланды", EN: "Zhylandy", GenRU: "села Жыланды", GenKK: "Жыланды ауылының", Lat: 50.2000, Lon: 53.2000},
		}},
		{KATO: "276000000", Kind: "district", RU: "Таскалинский район", KK: "Тасқала ауданы", EN: "Taskala District", GenRU: "Таскалинского района", GenKK: "Тасқала ауданының", Lat: 51.1075, Lon: 50.2928, Children: []Place{
			{KATO: "276030100", Kind: "village", RU: "Таскала", KK: "Тасқала", EN: "Taskala", GenRU: "села Таскала", GenKK: "Тасқала ауылының", Lat: 51.1075, Lon: 50.2928},
			{KATO: "276033100", Kind: "village", RU: "Бирлик", KK: "Бірлік", EN: "Birlik", GenRU: "села Бирлик", GenKK: "Бірлік ауылының", Lat: 51.1300, Lon: 50.2300},
			{KATO: "276035100", Kind: "village", RU: "Актау", KK: "Ақтау", EN: "Aktau", GenRU: "села Актау", GenKK: "Ақтау ауылының", Lat: 51.0500, Lon: 50.4200},
			{KATO: "276037100", Kind: "village", RU: "Жигер", KK: "Жігер", EN: "Zhiger", GenRU: "села Жигер", GenKK: "Жігер ауылының", Lat: 51.2000, Lon: 50.3500},
		}},
		{KATO: "276200000", Kind: "district", RU: "Теректинский район", KK: "Теректі ауданы", EN: "Terekty District", GenRU: "Теректинского района", GenKK: "Теректі ауданының", Lat: 51.2210, Lon: 51.9572, Children: []Place{
			{KATO: "276230100", Kind: "village", RU: "Федоровка", KK: "Федоровка", EN: "Fedorovka", GenRU: "села Федоровка", GenKK: "Федоровка ауылының", Lat: 51.2210, Lon: 51.9572},
			{KATO: "276233100", Kind: "village", RU: "Подстепное", KK: "Подстепное", EN: "Podstepnoye", GenRU: "села Подстепное", GenKK: "Подстепное ауылының", Lat: 51.3600, Lon: 51.6700},
			{KATO: "276235100", Kind: "village", RU: "Аксуат", KK: "Ақсуат", EN: "Aksuat", GenRU: "села Аксуат", GenKK: "Ақсуат ауылының", Lat: 51.0000, Lon: 52.2000},
			{KATO: "276237100", Kind: "village", RU: "Анкаты", KK: "Аңқаты", EN: "Ankaty", GenRU: "села Анкаты", GenKK: "Аңқаты ауылының", Lat: 50.9200, Lon: 51.6500},
		}},
		{KATO: "276600000", Kind: "district", RU: "Чингирлауский район", KK: "Шыңғырлау ауданы", EN: "Shyngyrlau District", GenRU: "Чингирлауского района", GenKK: "Шыңғырлау ауданының", Lat: 51.0967, Lon: 54.0867, Children: []Place{
			{KATO: "276630100", Kind: "village", RU: "Шынгырлау", KK: "Шыңғырлау", EN: "Shyngyrlau", GenRU: "села Шынгырлау", GenKK: "Шыңғырлау ауылының", Lat: 51.0967, Lon: 54.0867},
			{KATO: "276633100", Kind: "village", RU: "Полтавка", KK: "Полтавка", EN: "Poltavka", GenRU: "села Полтавка", GenKK: "Полтавка ауылының", Lat: 51.2800, Lon: 54.1500},
			{KATO: "276635100", Kind: "village", RU: "Лубенка", KK: "Лубенка", EN: "Lubenka", GenRU: "села Лубенка", GenKK: "Лубенка ауылының", Lat: 51.4000, Lon: 53.9000},
			{KATO: "276637100", Kind: "village", RU: "Белогорка", KK: "Белогорка", EN: "Belogorka", GenRU: "села Белогорка", GenKK: "Белогорка ауылының", Lat: 51.1500, Lon: 54.3500},
		}},
	}},
	{KATO: "310000000", GenRU: "Жамбылской области", GenKK: "Жамбыл облысының", Lat: 42.9000, Lon: 71.3667, Places: []Place{
		{KATO: "311000000", Kind: "city", RU: "Тараз", KK: "Тараз", EN: "Taraz", GenRU: "города Тараза", GenKK: "Тараз қаласының", Lat: 42.9000, Lon: 71.3667, Children: []Place{
			{KATO: "311011100", Kind: "cityDistrict", RU: "район Аулиеата", KK: "Әулиеата ауданы", EN: "Aulieata District", GenRU: "района Аулиеата", GenKK: "Әулиеата ауданының", Lat: 42.9100, Lon: 71.3300},
			{KATO: "311013100", Kind: "cityDistrict", RU: "район Жибек жолы", KK: "Жібек жолы ауданы", EN: "Zhibek Zholy District", GenRU: "района Жибек жолы", GenKK: "Жібек жолы ауданының", Lat: 42.8850, Lon: 71.4000},
		}},
		{KATO: "314800000", Kind: "district", RU: "Кордайский район", KK: "Қордай ауданы", EN: "Kordai District", GenRU: "Кордайского района", GenKK: "Қордай ауданының", Lat: 43.0388, Lon: 74.7129, Children: []Place{
			{KATO: "314830100", Kind: "village", RU: "Кордай", KK: "Қордай", EN: "Kordai", GenRU: "села Кордай", GenKK: "Қордай ауылының", Lat: 43.0388, Lon: 74.7129},
			{KATO: "314833100", Kind: "village", RU: "Масанчи", KK: "Масаншы", EN: "Masanchi", GenRU: "села Масанчи", GenKK: "Масаншы ауылының", Lat: 42.9300, Lon: 75.3000},
			{KATO: "314835100", Kind: "village", RU: "Сортобе", KK: "Сортөбе", EN: "Sortobe", GenRU: "села Сортобе", GenKK: "Сортөбе ауылының", Lat: 42.8600, Lon: 75.2500},
		}},
		{KATO: "315400000", Kind: "district", RU: "Меркенский район", KK: "Меркі ауданы", EN: "Merke District", GenRU: "Меркенского района", GenKK: "Меркі ауданының", Lat: 42.8698, Lon: 73.1846, Children: []Place{
			{KATO: "315430100", Kind: "village", RU: "Мерке", KK: "Меркі", EN: "Merke", GenRU: "села Мерке", GenKK: "Меркі ауылының", Lat: 42.8698, Lon: 73.1846},
			{KATO: "315433100", Kind: "village", RU: "Ойтал", KK: "Ойтал", EN: "Oital", GenRU: "села Ойтал", GenKK: "Ойтал ауылының", Lat: 42.9057, Lon: 73.2697},
		}},
		{KATO: "316600000", Kind: "district", RU: "Шуский район", KK: "Шу ауданы", EN: "Shu District", GenRU: "Шуского района", GenKK: "Шу ауданының", Lat: 43.6900, Lon: 73.7600, Children: []Place{
			{KATO: "316630100", Kind: "village", RU: "Толе би", KK: "Төле би", EN: "Tole Bi", GenRU: "села Толе би", GenKK: "Төле би ауылының", Lat: 43.6900, Lon: 73.7600},
			{KATO: "316621100", Kind: "town", RU: "Шу", KK: "Шу", EN: "Shu", GenRU: "города Шу", GenKK: "Шу қаласының", Lat: 43.6033, Lon: 73.7592},
		}},
		{KATO: "315600000", Kind: "district", RU: "Мойынкумский район", KK: "Мойынқұм ауданы", EN: "Moiynkum District", GenRU: "Мойынкумского района", GenKK: "Мойынқұм ауданының", Lat: 44.2846, Lon: 72.9392, Children: []Place{
			{KATO: "315630100", Kind: "village", RU: "Мойынкум", KK: "Мойынқұм", EN: "Moiynkum", GenRU: "села Мойынкум", GenKK: "Мойынқұм ауылының", Lat: 44.2846, Lon: 72.9392},
			{KATO: "315633100", Kind: "village", RU: "Мынарал", KK: "Мыңарал", EN: "Mynaral", GenRU: "села Мынарал", GenKK: "Мыңарал ауылының", Lat: 45.4161, Lon: 73.6844},
			{KATO: "315635100", Kind: "village", RU: "Акбакай", KK: "Ақбақай", EN: "Akbakai", GenRU: "села Акбакай", GenKK: "Ақбақай ауылының", Lat: 45.0000, Lon: 72.7833},
		}},
		{KATO: "316000000", Kind: "district", RU: "Сарысуский район", KK: "Сарысу ауданы", EN: "Sarysu District", GenRU: "Сарысуского района", GenKK: "Сарысу ауданының", Lat: 43.5622, Lon: 69.7343, Children: []Place{
			{KATO: "316020100", Kind: "town", RU: "Жанатас", KK: "Жаңатас", EN: "Zhanatas", GenRU: "города Жанатас", GenKK: "Жаңатас қаласының", Lat: 43.5622, Lon: 69.7343},
			{KATO: "316033100", Kind: "village", RU: "Саудакент", KK: "Саудакент", EN: "Saudakent", GenRU: "села Саудакент", GenKK: "Саудакент ауылының", Lat: 43.7333, Lon: 69.9167},
		}},
		{KATO: "313600000", Kind: "district", RU: "Байзакский район", KK: "Байзақ ауданы", EN: "Baizak District", GenRU: "Байзакского района", GenKK: "Байзақ ауданының", Lat: 43.0000, Lon: 71.5000, Children: []Place{
			{KATO: "313630100", Kind: "village", RU: "Сарыкемер", KK: "Сарыкемер", EN: "Sarykemer", GenRU: "села Сарыкемер", GenKK: "Сарыкемер ауылының", Lat: 43.0000, Lon: 71.5000},
			{KATO: "313633100", Kind: "village", RU: "Кумжота", KK: "Құмжота", EN: "Kumzhota", GenRU: "села Кумжота", GenKK: "Құмжота ауылының", Lat: 42.9554, Lon: 71.4390},
		}},
	}},
	{KATO: "330000000", GenRU: "области Жетісу", GenKK: "Жетісу облысының", Lat: 45.0156, Lon: 78.3739, Places: []Place{
		{KATO: "331000000", Kind: "city", RU: "Талдыкорган", KK: "Талдықорған", EN: "Taldykorgan", GenRU: "города Талдыкоргана", GenKK: "Талдықорған қаласының", Lat: 45.0156, Lon: 78.3739},
		{KATO: "331800000", Kind: "city", RU: "Текели", KK: "Текелі", EN: "Tekeli", GenRU: "города Текели", GenKK: "Текелі қаласының", Lat: 44.8332, Lon: 78.8309},
		{KATO: "333400000", Kind: "district", RU: "Алакольский район", KK: "Алакөл ауданы", EN: "Alakol District", GenRU: "Алакольского района", GenKK: "Алакөл ауданының", Lat: 46.1690, Lon: 80.9390, Children: []Place{
			{KATO: "333420100", Kind: "town", RU: "Ушарал", KK: "Үшарал", EN: "Usharal", GenRU: "города Ушарал", GenKK: "Үшарал қаласының", Lat: 46.1690, Lon: 80.9390},
			{KATO: "333433100", Kind: "village", RU: "Достык", KK: "Достық", EN: "Dostyk", GenRU: "села Достык", GenKK: "Достық ауылының", Lat: 45.2533, Lon: 82.4804},
			{KATO: "333435100", Kind: "village", RU: "Кабанбай", KK: "Қабанбай", EN: "Kabanbai", GenRU: "села Кабанбай", GenKK: "Қабанбай ауылының", Lat: 45.8300, Lon: 80.6000},
		}},
		{KATO: "334600000", Kind: "district", RU: "Панфиловский район", KK: "Панфилов ауданы", EN: "Panfilov District", GenRU: "Панфиловского района", GenKK: "Панфилов ауданының", Lat: 44.1666, Lon: 80.0066, Children: []Place{
			{KATO: "334620100", Kind: "town", RU: "Жаркент", KK: "Жаркент", EN: "Zharkent", GenRU: "города Жаркента", GenKK: "Жаркент қаласының", Lat: 44.1666, Lon: 80.0066},
			{KATO: "334633100", Kind: "village", RU: "Коктал", KK: "Көктал", EN: "Koktal", GenRU: "села Коктал", GenKK: "Көктал ауылының", Lat: 44.1333, Lon: 79.7833},
			{KATO: "334635100", Kind: "village", RU: "Хоргос", KK: "Қорғас", EN: "Khorgos", GenRU: "села Хоргос", GenKK: "Қорғас ауылының", Lat: 44.2167, Lon: 80.3833},
		}},
		{KATO: "334800000", Kind: "district", RU: "Саркандский район", KK: "Сарқан ауданы", EN: "Sarkand District", GenRU: "Саркандского района", GenKK: "Сарқан ауданының", Lat: 45.4113, Lon: 79.9155, Children: []Place{
			{KATO: "334820100", Kind: "town", RU: "Сарканд", KK: "Сарқан", EN: "Sarkand", GenRU: "города Сарканда", GenKK: "Сарқан қаласының", Lat: 45.4113, Lon: 79.9155},
			{KATO: "334833100", Kind: "village", RU: "Лепсы", KK: "Лепсі", EN: "Lepsy", GenRU: "села Лепсы", GenKK: "Лепсі ауылының", Lat: 46.2350, Lon: 78.9456},
		}},
		{KATO: "333200000", Kind: "district", RU: "Аксуский район", KK: "Ақсу ауданы", EN: "Aksu District", GenRU: "Аксуского района", GenKK: "Ақсу ауданының", Lat: 45.3900, Lon: 79.4800, Children: []Place{
			{KATO: "333230100", Kind: "village", RU: "Жансугуров", KK: "Жансүгіров", EN: "Zhansugurov", GenRU: "села Жансугуров", GenKK: "Жансүгіров ауылының", Lat: 45.3900, Lon: 79.4800},
			{KATO: "333233100", Kind: "village", RU: "Матай", KK: "Матай", EN: "Matai", GenRU: "села Матай", GenKK: "Матай ауылының", Lat: 45.8950, Lon: 78.7181},
		}},
		{KATO: "334400000", Kind: "district", RU: "Каратальский район", KK: "Қаратал ауданы", EN: "Karatal District", GenRU: "Каратальского района", GenKK: "Қаратал ауданының", Lat: 45.2520, Lon: 77.9801, Children: []Place{
			{KATO: "334420100", Kind: "town", RU: "Уштобе", KK: "Үштөбе", EN: "Ushtobe", GenRU: "города Уштобе", GenKK: "Үштөбе қаласының", Lat: 45.2520, Lon: 77.9801},
			{KATO: "334433100", Kind: "village", RU: "Бастобе", KK: "Бастөбе", EN: "Bastobe", GenRU: "села Бастобе", GenKK: "Бастөбе ауылының", Lat: 45.3500, Lon: 78.2800},
		}},
		{KATO: "334000000", Kind: "district", RU: "Кербулакский район", KK: "Кербұлақ ауданы", EN: "Kerbulak District", GenRU: "Кербулакского района", GenKK: "Кербұлақ ауданының", Lat: 44.3618, Lon: 77.9728, Children: []Place{
			{KATO: "334030100", Kind: "village", RU: "Сарыозек", KK: "Сарыөзек", EN: "Saryozek", GenRU: "села Сарыозек", GenKK: "Сарыөзек ауылының", Lat: 44.3618, Lon: 77.9728},
			{KATO: "334035100", Kind: "village", RU: "Басши", KK: "Басшы", EN: "Basshy", GenRU: "села Басши", GenKK: "Басшы ауылының", Lat: 44.1800, Lon: 78.7700},
		}},
	}},
	{KATO: "350000000", GenRU: "Карагандинской области", GenKK: "Қарағанды облысының", Lat: 49.8019, Lon: 73.1021, Places: []Place{
		{KATO: "351000000", Kind: "city", RU: "Караганда", KK: "Қарағанды", EN: "Karaganda", GenRU: "города Караганды", GenKK: "Қарағанды қаласының", Lat: 49.8019, Lon: 73.1021, Children: []Place{
			{KATO: "351011100", Kind: "cityDistrict", RU: "район Әлихан Бөкейхан", KK: "Әлихан Бөкейхан ауданы", EN: "Alikhan Bokeikhan District", GenRU: "района Әлихан Бөкейхан", GenKK: "Әлихан Бөкейхан ауданының", Lat: 49.8700, Lon: 73.1800},
			{KATO: "351013100", Kind: "cityDistrict", RU: "район имени Казыбек би", KK: "Қазыбек би ауданы", EN: "Kazybek Bi District", GenRU: "района имени Казыбек би", GenKK: "Қазыбек би ауданының", Lat: 49.8050, Lon: 73.1000},
		}},
		{KATO: "352400000", Kind: "city", RU: "Темиртау", KK: "Теміртау", EN: "Temirtau", GenRU: "города Темиртау", GenKK: "Теміртау қаласының", Lat: 50.0549, Lon: 72.9646},
		{KATO: "351600000", Kind: "city", RU: "Балхаш", KK: "Балқаш", EN: "Balkhash", GenRU: "города Балхаша", GenKK: "Балқаш қаласының", Lat: 46.8481, Lon: 74.9950},
		{KATO: "352100000", Kind: "city", RU: "Приозерск", KK: "Приозерск", EN: "Priozersk", GenRU: "города Приозерска", GenKK: "Приозерск қаласының", Lat: 46.0311, Lon: 73.7025},
		{KATO: "352200000", Kind: "city", RU: "Сарань", KK: "Саран", EN: "Saran", GenRU: "города Сарани", GenKK: "Саран қаласының", Lat: 49.7908, Lon: 72.8374, Children: []Place{
			{KATO: "352233100", Kind: "town", RU: "Актас", KK: "Ақтас", EN: "Aktas", GenRU: "посёлка Актас", GenKK: "Ақтас кентінің", Lat: 49.7795, Lon: 72.9613},
		}},
		{KATO: "352800000", Kind: "city", RU: "Шахтинск", KK: "Шахтинск", EN: "Shakhtinsk", GenRU: "города Шахтинска", GenKK: "Шахтинск қаласының", Lat: 49.7089, Lon: 72.5921, Children: []Place{
			{KATO: "352833100", Kind: "town", RU: "Шахан", KK: "Шахан", EN: "Shakhan", GenRU: "посёлка Шахан", GenKK: "Шахан кентінің", Lat: 49.8196, Lon: 72.6541},
			{KATO: "352835100", Kind: "town", RU: "Долинка", KK: "Долинка", EN: "Dolinka", GenRU: "посёлка Долинка", GenKK: "Долинка кентінің", Lat: 49.6769, Lon: 72.6782},
			{KATO: "352837100", Kind: "town", RU: "Новодолинский", KK: "Новодолинский", EN: "Novodolinsky", GenRU: "посёлка Новодолинский", GenKK: "Новодолинский кентінің", Lat: 49.7065, Lon: 72.7081},
		}},
		{KATO: "353200000", Kind: "district", RU: "Абайский район", KK: "Абай ауданы", EN: "Abai District", GenRU: "Абайского района", GenKK: "Абай ауданының", Lat: 49.6358, Lon: 72.8616, Children: []Place{
			{KATO: "353220100", Kind: "town", RU: "Абай", KK: "Абай", EN: "Abai", GenRU: "города Абай", GenKK: "Абай қаласының", Lat: 49.6358, Lon: 72.8616},
			{KATO: "353233100", Kind: "town", RU: "Топар", KK: "Топар", EN: "Topar", GenRU: "посёлка Топар", GenKK: "Топар кентінің", Lat: 49.5219, Lon: 72.8101},
			{KATO: "353235100", Kind: "town", RU: "Карабас", KK: "Қарабас", EN: "Karabas", GenRU: "посёлка Карабас", GenKK: "Қарабас кентінің", Lat: 49.4983, Lon: 72.8461},
			{KATO: "353237100", Kind: "village", RU: "Коксун", KK: "Көксун", EN: "Koksun", GenRU: "села Коксун", GenKK: "Көксун ауылының", Lat: 49.5800, Lon: 72.9700},
		}},
		{KATO: "353600000", Kind: "district", RU: "Актогайский район", KK: "Ақтоғай ауданы", EN: "Aktogay District", GenRU: "Актогайского района", GenKK: "Ақтоғай ауданының", Lat: 48.1667, Lon: 75.3000, Children: []Place{
			{KATO: "353630100", Kind: "village", RU: "Актогай", KK: "Ақтоғай", EN: "Aktogay", GenRU: "села Актогай", GenKK: "Ақтоғай ауылының", Lat: 48.1667, Lon: 75.3000},
			{KATO: "353633100", Kind: "town", RU: "Сарышаган", KK: "Сарышаған", EN: "Saryshagan", GenRU: "посёлка Сарышаган", GenKK: "Сарышаған кентінің", Lat: 46.1192, Lon: 73.6192},
			{KATO: "353635100", Kind: "village", RU: "Торангалык", KK: "Торанғалық", EN: "Torangalyk", GenRU: "села Торангалык", GenKK: "Торанғалық ауылының", Lat: 47.4000, Lon: 75.7000},
			{KATO: "353637100", Kind: "village", RU: "Шабанбай би", KK: "Шабанбай би", EN: "Shabanbai Bi", GenRU: "села Шабанбай би", GenKK: "Шабанбай би ауылының", Lat: 48.4000, Lon: 76.0000},
		}},
		{KATO: "354000000", Kind: "district", RU: "Бухар-Жырауский район", KK: "Бұқар жырау ауданы", EN: "Bukhar-Zhyrau District", GenRU: "Бухар-Жырауского района", GenKK: "Бұқар жырау ауданының", Lat: 49.9558, Lon: 73.7169, Children: []Place{
			{KATO: "354030100", Kind: "town", RU: "Ботакара", KK: "Ботақара", EN: "Botakara", GenRU: "посёлка Ботакара", GenKK: "Ботақара кентінің", Lat: 49.9558, Lon: 73.7169},
			{KATO: "354033100", Kind: "town", RU: "Кушокы", KK: "Қушоқы", EN: "Kushoky", GenRU: "посёлка Кушокы", GenKK: "Қушоқы кентінің", Lat: 50.2309, Lon: 73.4015},
			{KATO: "354035100", Kind: "village", RU: "Токаревка", KK: "Токаревка", EN: "Tokarevka", GenRU: "села Токаревка", GenKK: "Токаревка ауылының", Lat: 50.1157, Lon: 73.1603},
			{KATO: "354037100", Kind: "village", RU: "Ростовка", KK: "Ростовка", EN: "Rostovka", GenRU: "села Ростовка", GenKK: "Ростовка ауылының", Lat: 49.6800, Lon: 73.2800},
		}},
		{KATO: "354800000", Kind: "district", RU: "Каркаралинский район", KK: "Қарқаралы ауданы", EN: "Karkaraly District", GenRU: "Каркаралинского района", GenKK: "Қарқаралы ауданының", Lat: 49.4129, Lon: 75.4729, Children: []Place{
			{KATO: "354820100", Kind: "town", RU: "Каркаралинск", KK: "Қарқаралы", EN: "Karkaraly", GenRU: "города Каркаралинска", GenKK: "Қарқаралы қаласының", Lat: 49.4129, Lon: 75.4729},
			{KATO: "354833100", Kind: "town", RU: "Карагайлы", KK: "Қарағайлы", EN: "Karagaily", GenRU: "посёлка Карагайлы", GenKK: "Қарағайлы кентінің", Lat: 49.4300, Lon: 75.8900},
			{KATO: "354835100", Kind: "village", RU: "Егиндыбулак", KK: "Егіндібұлақ", EN: "Egindybulak", GenRU: "села Егиндыбулак", GenKK: "Егіндібұлақ ауылының", Lat: 49.7400, Lon: 76.4300},
			{KATO: "354837100", Kind: "village", RU: "Бесоба", KK: "Бесоба", EN: "Besoba", GenRU: "села Бесоба", GenKK: "Бесоба ауылының", Lat: 49.5800, Lon: 74.8000},
		}},
		{KATO: "355200000", Kind: "district", RU: "Нуринский район", KK: "Нұра ауданы", EN: "Nura District", GenRU: "Нуринского района", GenKK: "Нұра ауданының", Lat: 50.2621, Lon: 71.5484, Children: []Place{
			{KATO: "355230100", Kind: "town", RU: "Киевка", KK: "Киевка", EN: "Kiyevka", GenRU: "посёлка Киевка", GenKK: "Киевка кентінің", Lat: 50.2621, Lon: 71.5484},
			{KATO: "355233100", Kind: "town", RU: "Шубарколь", KK: "Шұбаркөл", EN: "Shubarkol", GenRU: "посёлка Шубарколь", GenKK: "Шұбаркөл кентінің", Lat: 48.8822, Lon: 68.8072},
			{KATO: "355235100", Kind: "village", RU: "Баршино", KK: "Баршино", EN: "Barshino", GenRU: "села Баршино", GenKK: "Баршино ауылының", Lat: 49.8600, Lon: 69.5300},
			{KATO: "355237100", Kind: "village", RU: "Изенды", KK: "Изенді", EN: "Izendy", GenRU: "села Изенды", GenKK: "Изенді ауылының", Lat: 50.5000, Lon: 71.0000},
			{KATO: "355239100", Kind: "village", RU: "Кертинды", KK: "Кертінді", EN: "Kertindy", GenRU: "села Кертинды", GenKK: "Кертінді ауылының", Lat: 50.3000, Lon: 72.0000},
		}},
		{KATO: "355600000", Kind: "district", RU: "Осакаровский район", KK: "Осакаров ауданы", EN: "Osakarovka District", GenRU: "Осакаровского района", GenKK: "Осакаров ауданының", Lat: 50.5619, Lon: 72.5681, Children: []Place{
			{KATO: "355630100", Kind: "town", RU: "Осакаровка", KK: "Осакаровка", EN: "Osakarovka", GenRU: "посёлка Осакаровка", GenKK: "Осакаровка кентінің", Lat: 50.5619, Lon: 72.5681},
			{KATO: "355633100", Kind: "town", RU: "Молодежный", KK: "Молодежный", EN: "Molodezhny", GenRU: "посёлка Молодежный", GenKK: "Молодежный кентінің", Lat: 50.6500, Lon: 73.5700},
			{KATO: "355635100", Kind: "village", RU: "Пионер", KK: "Пионер", EN: "Pioner", GenRU: "села Пионер", GenKK: "Пионер ауылының", Lat: 50.4500, Lon: 72.8000},
			{KATO: "355637100", Kind: "village", RU: "Сункар", KK: "Сұңқар", EN: "Sunkar", GenRU: "села Сункар", GenKK: "Сұңқар ауылының", Lat: 50.6800, Lon: 72.3000},
		}},
		{KATO: "356400000", Kind: "district", RU: "Шетский район", KK: "Шет ауданы", EN: "Shet District", GenRU: "Шетского района", GenKK: "Шет ауданының", Lat: 48.7679, Lon: 73.6727, Children: []Place{
			{KATO: "356430100", Kind: "village", RU: "Аксу-Аюлы", KK: "Ақсу-Аюлы", EN: "Aksu-Ayuly", GenRU: "села Аксу-Аюлы", GenKK: "Ақсу-Аюлы ауылының", Lat: 48.7679, Lon: 73.6727},
			{KATO: "356433100", Kind: "town", RU: "Агадырь", KK: "Ағадыр", EN: "Agadyr", GenRU: "посёлка Агадырь", GenKK: "Ағадыр кентінің", Lat: 48.2601, Lon: 72.8585},
			{KATO: "356435100", Kind: "town", RU: "Мойынты", KK: "Мойынты", EN: "Moiynty", GenRU: "посёлка Мойынты", GenKK: "Мойынты кентінің", Lat: 47.2211, Lon: 73.3669},
			{KATO: "356437100", Kind: "town", RU: "Жарык", KK: "Жарық", EN: "Zharyk", GenRU: "посёлка Жарык", GenKK: "Жарық кентінің", Lat: 48.8569, Lon: 72.8360},
			{KATO: "356439100", Kind: "town", RU: "Акшатау", KK: "Ақшатау", EN: "Akshatau", GenRU: "посёлка Акшатау", GenKK: "Ақшатау кентінің", Lat: 47.9892, Lon: 74.0575},
			{KATO: "356441100", Kind: "town", RU: "Верхние Кайракты", KK: "Жоғарғы Қайрақты", EN: "Verkhniye Kairakty", GenRU: "посёлка Верхние Кайракты", GenKK: "Жоғарғы Қайрақты кентінің", Lat: 48.6833, Lon: 73.2833},
		}},
	}},
	{KATO: "390000000", GenRU: "Костанайской области", GenKK: "Қостанай облысының", Lat: 53.2144, Lon: 63.6246, Places: []Place{
		{KATO: "391000000", Kind: "city", RU: "Костанай", KK: "Қостанай", EN: "Kostanay", GenRU: "города Костаная", GenKK: "Қостанай қаласының", Lat: 53.2144, Lon: 63.6246},
		{KATO: "392400000", Kind: "city", RU: "Рудный", KK: "Рудный", EN: "Rudny", GenRU: "города Рудного", GenKK: "Рудный қаласының", Lat: 52.9729, Lon: 63.1168},
		{KATO: "395400000", Kind: "district", RU: "Костанайский район", KK: "Қостанай ауданы", EN: "Kostanay District", GenRU: "Костанайского района", GenKK: "Қостанай ауданының", Lat: 53.2167, Lon: 63.6833, Children: []Place{
			{KATO: "395420100", Kind: "town", RU: "Тобыл", KK: "Тобыл", EN: "Tobyl", GenRU: "города Тобыл", GenKK: "Тобыл қаласының", Lat: 53.2167, Lon: 63.6833},
			{KATO: "395433100", Kind: "village", RU: "Мичуринское", KK: "Мичурин", EN: "Michurinskoye", GenRU: "села Мичуринское", GenKK: "Мичурин ауылының", Lat: 53.2500, Lon: 63.5000},
		}},
		{KATO: "393600000", Kind: "district", RU: "Аулиекольский район", KK: "Әулиекөл ауданы", EN: "Auliekol District", GenRU: "Аулиекольского района", GenKK: "Әулиекөл ауданының", Lat: 52.3667, Lon: 64.0833, Children: []Place{
			{KATO: "393630100", Kind: "village", RU: "Аулиеколь", KK: "Әулиекөл", EN: "Auliekol", GenRU: "села Аулиеколь", GenKK: "Әулиекөл ауылының", Lat: 52.3667, Lon: 64.0833},
			{KATO: "393633100", Kind: "village", RU: "Кушмурун", KK: "Құсмұрын", EN: "Kushmurun", GenRU: "села Кушмурун", GenKK: "Құсмұрын ауылының", Lat: 52.4511, Lon: 64.6198},
		}},
		{KATO: "396800000", Kind: "district", RU: "Федоровский район", KK: "Федоров ауданы", EN: "Fedorov District", GenRU: "Федоровского района", GenKK: "Федоров ауданының", Lat: 53.6381, Lon: 62.6965, Children: []Place{
			{KATO: "396830100", Kind: "village", RU: "Федоровка", KK: "Федоровка", EN: "Fedorovka", GenRU: "села Федоровка", GenKK: "Федоровка ауылының", Lat: 53.6381, Lon: 62.6965},
			{KATO: "396833100", Kind: "village", RU: "Пешковка", KK: "Пешковка", EN: "Peshkovka", GenRU: "села Пешковка", GenKK: "Пешковка ауылының", Lat: 53.4167, Lon: 62.9500},
		}},
		{KATO: "394000000", Kind: "district", RU: "Денисовский район", KK: "Денисов ауданы", EN: "Denisov District", GenRU: "Денисовского района", GenKK: "Денисов ауданының", Lat: 52.4477, Lon: 61.7494, Children: []Place{
			{KATO: "394030100", Kind: "village", RU: "Денисовка", KK: "Денисовка", EN: "Denisovka", GenRU: "села Денисовка", GenKK: "Денисовка ауылының", Lat: 52.4477, Lon: 61.7494},
			{KATO: "394033100", Kind: "village", RU: "Аятское", KK: "Аят", EN: "Ayatskoye", GenRU: "села Аятское", GenKK: "Аят ауылының", Lat: 52.8355, Lon: 62.5208},
		}},
		{KATO: "395600000", Kind: "district", RU: "Мендыкаринский район", KK: "Меңдіқара ауданы", EN: "Mendykara District", GenRU: "Мендыкаринского района", GenKK: "Меңдіқара ауданының", Lat: 53.7927, Lon: 64.1827, Children: []Place{
			{KATO: "395630100", Kind: "village", RU: "Боровской", KK: "Боровской", EN: "Borovskoy", GenRU: "села Боровской", GenKK: "Боровской ауылының", Lat: 53.7927, Lon: 64.1827},
			{KATO: "395633100", Kind: "village", RU: "Каменскуральское", KK: "Каменскуральское", EN: "Kamenskuralskoye", GenRU: "села Каменскуральское", GenKK: "Каменскуральское ауылының", Lat: 53.7000, Lon: 63.9000},
		}},
		{KATO: "396200000", Kind: "district", RU: "Сарыкольский район", KK: "Сарыкөл ауданы", EN: "Sarykol District", GenRU: "Сарыкольского района", GenKK: "Сарыкөл ауданының", Lat: 53.3147, Lon: 65.5372, Children: []Place{
			{KATO: "396230100", Kind: "village", RU: "Сарыколь", KK: "Сарыкөл", EN: "Sarykol", GenRU: "села Сарыколь", GenKK: "Сарыкөл ауылының", Lat: 53.3147, Lon: 65.5372},
			{KATO: "396257100", Kind: "village", RU: "Тагильское", KK: "Тагил", EN: "Tagilskoye", GenRU: "села Тагильское", GenKK: "Тагил ауылының", Lat: 53.2769, Lon: 65.6511},
		}},
	}},
	{KATO: "430000000", GenRU: "Кызылординской области", GenKK: "Қызылорда облысының", Lat: 44.8528, Lon: 65.5092, Places: []Place{
		{KATO: "431000000", Kind: "city", RU: "Кызылорда", KK: "Қызылорда", EN: "Kyzylorda", GenRU: "города Кызылорды", GenKK: "Қызылорда қаласының", Lat: 44.8528, Lon: 65.5092},
		{KATO: "433200000", Kind: "district", RU: "Аральский район", KK: "Арал ауданы", EN: "Aral District", GenRU: "Аральского района", GenKK: "Арал ауданының", Lat: 46.8000, Lon: 61.6667, Children: []Place{
			{KATO: "433220100", Kind: "town", RU: "Аральск", KK: "Арал", EN: "Aralsk", GenRU: "города Аральска", GenKK: "Арал қаласының", Lat: 46.8000, Lon: 61.6667},
			{KATO: "433233100", Kind: "town", RU: "Саксаульский", KK: "Сексеуіл", EN: "Saksaulsky", GenRU: "посёлка Саксаульский", GenKK: "Сексеуіл кентінің", Lat: 47.0900, Lon: 61.1519},
		}},
		{KATO: "434400000", Kind: "district", RU: "Казалинский район", KK: "Қазалы ауданы", EN: "Kazaly District", GenRU: "Казалинского района", GenKK: "Қазалы ауданының", Lat: 45.8461, Lon: 62.1526, Children: []Place{
			{KATO: "434430100", Kind: "town", RU: "Айтеке би", KK: "Әйтеке би", EN: "Aiteke Bi", GenRU: "посёлка Айтеке би", GenKK: "Әйтеке би кентінің", Lat: 45.8461, Lon: 62.1526},
			{KATO: "434421100", Kind: "town", RU: "Казалинск", KK: "Қазалы", EN: "Kazalinsk", GenRU: "города Казалинска", GenKK: "Қазалы қаласының", Lat: 45.7628, Lon: 62.1075},
		}},
		{KATO: "434600000", Kind: "district", RU: "Кармакшинский район", KK: "Қармақшы ауданы", EN: "Karmakshy District", GenRU: "Кармакшинского района", GenKK: "Қармақшы ауданының", Lat: 45.4878, Lon: 64.0781, Children: []Place{
			{KATO: "434630100", Kind: "town", RU: "Жосалы", KK: "Жосалы", EN: "Zhosaly", GenRU: "посёлка Жосалы", GenKK: "Жосалы кентінің", Lat: 45.4878, Lon: 64.0781},
			{KATO: "434633100", Kind: "town", RU: "Торетам", KK: "Төретам", EN: "Toretam", GenRU: "посёлка Торетам", GenKK: "Төретам кентінің", Lat: 45.6333, Lon: 63.3167},
		}},
		{KATO: "434000000", Kind: "district", RU: "Жанакорганский район", KK: "Жаңақорған ауданы", EN: "Zhanakorgan District", GenRU: "Жанакорганского района", GenKK: "Жаңақорған ауданының", Lat: 43.9065, Lon: 67.2464, Children: []Place{
			{KATO: "434030100", Kind: "town", RU: "Жанакорган", KK: "Жаңақорған", EN: "Zhanakorgan", GenRU: "посёлка Жанакорган", GenKK: "Жаңақорған кентінің", Lat: 43.9065, Lon: 67.2464},
			{KATO: "434033100", Kind: "town", RU: "Шалкия", KK: "Шалқия", EN: "Shalkiya", GenRU: "посёлка Шалкия", GenKK: "Шалқия кентінің", Lat: 44.0095, Lon: 67.4106},
		}},
		{KATO: "435200000", Kind: "district", RU: "Шиелийский район", KK: "Шиелі ауданы", EN: "Shieli District", GenRU: "Шиелийского района", GenKK: "Шиелі ауданының", Lat: 44.1688, Lon: 66.7389, Children: []Place{
			{KATO: "435230100", Kind: "town", RU: "Шиели", KK: "Шиелі", EN: "Shieli", GenRU: "посёлка Шиели", GenKK: "Шиелі кентінің", Lat: 44.1688, Lon: 66.7389},
			{KATO: "435233100", Kind: "village", RU: "Байгекум", KK: "Байгекұм", EN: "Baigekum", GenRU: "села Байгекум", GenKK: "Байгекұм ауылының", Lat: 44.2833, Lon: 66.5000},
		}},
	}},
	{KATO: "470000000", GenRU: "Мангистауской области", GenKK: "Маңғыстау облысының", Lat: 43.6500, Lon: 51.1667, Places: []Place{
		{KATO: "471000000", Kind: "city", RU: "Актау", KK: "Ақтау", EN: "Aktau", GenRU: "города Актау", GenKK: "Ақтау қаласының", Lat: 43.6500, Lon: 51.1667},
		{KATO: "471800000", Kind: "city", RU: "Жанаозен", KK: "Жаңаөзен", EN: "Zhanaozen", GenRU: "города Жанаозена", GenKK: "Жаңаөзен қаласының", Lat: 43.3412, Lon: 52.8619},
		{KATO: "475200000", Kind: "district", RU: "Тупкараганский район", KK: "Түпқараған ауданы", EN: "Tupkaragan District", GenRU: "Тупкараганского района", GenKK: "Түпқараған ауданының", Lat: 44.5065, Lon: 50.2639, Children: []Place{
			{KATO: "475220100", Kind: "town", RU: "Форт-Шевченко", KK: "Форт-Шевченко", EN: "Fort-Shevchenko", GenRU: "города Форт-Шевченко", GenKK: "Форт-Шевченко қаласының", Lat: 44.5065, Lon: 50.2639},
			{KATO: "475233100", Kind: "village", RU: "Баутино", KK: "Баутино", EN: "Bautino", GenRU: "села Баутино", GenKK: "Баутино ауылының", Lat: 44.5448, Lon: 50.2463},
			{KATO: "475235100", Kind: "village", RU: "Таушык", KK: "Таушық", EN: "Taushyk", GenRU: "села Таушык", GenKK: "Таушық ауылының", Lat: 44.3468, Lon: 51.3493},
		}},
		{KATO: "474600000", Kind: "district", RU: "Мангистауский район", KK: "Маңғыстау ауданы", EN: "Mangystau District", GenRU: "Мангистауского района", GenKK: "Маңғыстау ауданының", Lat: 44.1667, Lon: 52.1167, Children: []Place{
			{KATO: "474630100", Kind: "village", RU: "Шетпе", KK: "Шетпе", EN: "Shetpe", GenRU: "села Шетпе", GenKK: "Шетпе ауылының", Lat: 44.1667, Lon: 52.1167},
			{KATO: "474633100", Kind: "village", RU: "Сайотес", KK: "Сайөтес", EN: "Saiotes", GenRU: "села Сайотес", GenKK: "Сайөтес ауылының", Lat: 44.3278, Lon: 53.5325},
		}},
		{KATO: "474200000", Kind: "district", RU: "Каракиянский район", KK: "Қарақия ауданы", EN: "Karakiya District", GenRU: "Каракиянского района", GenKK: "Қарақия ауданының", Lat: 43.1803, Lon: 51.6812, Children: []Place{
			{KATO: "474230100", Kind: "village", RU: "Курык", KK: "Құрық", EN: "Kuryk", GenRU: "села Курык", GenKK: "Құрық ауылының", Lat: 43.1803, Lon: 51.6812},
			{KATO: "474233100", Kind: "village", RU: "Жетыбай", KK: "Жетібай", EN: "Zhetybai", GenRU: "села Жетыбай", GenKK: "Жетібай ауылының", Lat: 43.5942, Lon: 52.0789},
			{KATO: "474235100", Kind: "village", RU: "Мунайшы", KK: "Мұнайшы", EN: "Munaishy", GenRU: "села Мунайшы", GenKK: "Мұнайшы ауылының", Lat: 43.4911, Lon: 52.1086},
		}},
		{KATO: "475000000", Kind: "district", RU: "Мунайлинский район", KK: "Мұнайлы ауданы", EN: "Munaily District", GenRU: "Мунайлинского района", GenKK: "Мұнайлы ауданының", Lat: 43.6900, Lon: 51.2600, Children: []Place{
			{KATO: "475030100", Kind: "village", RU: "Мангистау", KK: "Маңғыстау", EN: "Mangystau", GenRU: "села Мангистау", GenKK: "Маңғыстау ауылының", Lat: 43.6900, Lon: 51.2600},
			{KATO: "475033100", Kind: "village", RU: "Баскудук", KK: "Басқұдық", EN: "Baskuduk", GenRU: "села Баскудук", GenKK: "Басқұдық ауылының", Lat: 43.7200, Lon: 51.3200},
		}},
		{KATO: "473600000", Kind: "district", RU: "Бейнеуский район", KK: "Бейнеу ауданы", EN: "Beineu District", GenRU: "Бейнеуского района", GenKK: "Бейнеу ауданының", Lat: 45.3167, Lon: 55.2000, Children: []Place{
			{KATO: "473630100", Kind: "village", RU: "Бейнеу", KK: "Бейнеу", EN: "Beineu", GenRU: "села Бейнеу", GenKK: "Бейнеу ауылының", Lat: 45.3167, Lon: 55.2000},
			{KATO: "473633100", Kind: "village", RU: "Боранкул", KK: "Боранқұл", EN: "Borankul", GenRU: "села Боранкул", GenKK: "Боранқұл ауылының", Lat: 45.4000, Lon: 56.0000},
		}},
	}},
	{KATO: "550000000", GenRU: "Павлодарской области", GenKK: "Павлодар облысының", Lat: 52.2833, Lon: 76.9667, Places: []Place{
		{KATO: "551000000", Kind: "city", RU: "Павлодар", KK: "Павлодар", EN: "Pavlodar", GenRU: "города Павлодара", GenKK: "Павлодар қаласының", Lat: 52.2833, Lon: 76.9667},
		{KATO: "552200000", Kind: "city", RU: "Экибастуз", KK: "Екібастұз", EN: "Ekibastuz", GenRU: "города Экибастуза", GenKK: "Екібастұз қаласының", Lat: 51.7237, Lon: 75.3229},
		{KATO: "551600000", Kind: "city", RU: "Аксу", KK: "Ақсу", EN: "Aksu", GenRU: "города Аксу", GenKK: "Ақсу қаласының", Lat: 52.0402, Lon: 76.9275},
		{KATO: "553600000", Kind: "district", RU: "Баянаульский район", KK: "Баянауыл ауданы", EN: "Bayanaul District", GenRU: "Баянаульского района", GenKK: "Баянауыл ауданының", Lat: 50.7930, Lon: 75.7012, Children: []Place{
			{KATO: "553630100", Kind: "village", RU: "Баянаул", KK: "Баянауыл", EN: "Bayanaul", GenRU: "села Баянаул", GenKK: "Баянауыл ауылының", Lat: 50.7930, Lon: 75.7012},
			{KATO: "553633100", Kind: "town", RU: "Майкаин", KK: "Майқайың", EN: "Maikain", GenRU: "посёлка Майкаин", GenKK: "Майқайың кентінің", Lat: 51.4598, Lon: 75.8023},
		}},
		{KATO: "554800000", Kind: "district", RU: "район Тереңкөл", KK: "Тереңкөл ауданы", EN: "Terenkol District", GenRU: "района Тереңкөл", GenKK: "Тереңкөл ауданының", Lat: 53.0665, Lon: 76.1049, Children: []Place{
			{KATO: "554830100", Kind: "village", RU: "Теренколь", KK: "Тереңкөл", EN: "Terenkol", GenRU: "села Теренколь", GenKK: "Тереңкөл ауылының", Lat: 53.0665, Lon: 76.1049},
			{KATO: "554833100", Kind: "village", RU: "Иваново", KK: "Иваново", EN: "Ivanovo", GenRU: "села Иваново", GenKK: "Иваново ауылының", Lat: 53.1000, Lon: 76.3000},
		}},
		{KATO: "554200000", Kind: "district", RU: "Железинский район", KK: "Железин ауданы", EN: "Zhelezin District", GenRU: "Железинского района", GenKK: "Железин ауданының", Lat: 53.5388, Lon: 75.3133, Children: []Place{
			{KATO: "554230100", Kind: "village", RU: "Железинка", KK: "Железинка", EN: "Zhelezinka", GenRU: "села Железинка", GenKK: "Железинка ауылының", Lat: 53.5388, Lon: 75.3133},
			{KATO: "554233100", Kind: "village", RU: "Башмачное", KK: "Башмачное", EN: "Bashmachnoye", GenRU: "села Башмачное", GenKK: "Башмачное ауылының", Lat: 53.3000, Lon: 75.1000},
		}},
		{KATO: "554600000", Kind: "district", RU: "Иртышский район", KK: "Ертіс ауданы", EN: "Irtysh District", GenRU: "Иртышского района", GenKK: "Ертіс ауданының", Lat: 53.3337, Lon: 75.4578, Children: []Place{
			{KATO: "554630100", Kind: "village", RU: "Иртышск", KK: "Ертіс", EN: "Irtyshsk", GenRU: "села Иртышск", GenKK: "Ертіс ауылының", Lat: 53.3337, Lon: 75.4578},
			{KATO: "554633100", Kind: "village", RU: "Голубовка", KK: "Голубовка", EN: "Golubovka", GenRU: "села Голубовка", GenKK: "Голубовка ауылының", Lat: 53.1000, Lon: 75.3000},
		}},
		{KATO: "556800000", Kind: "district", RU: "Щербактинский район", KK: "Шарбақты ауданы", EN: "Sharbakty District", GenRU: "Щербактинского района", GenKK: "Шарбақты ауданының", Lat: 52.4833, Lon: 78.1500, Children: []Place{
			{KATO: "556830100", Kind: "village", RU: "Шарбакты", KK: "Шарбақты", EN: "Sharbakty", GenRU: "села Шарбакты", GenKK: "Шарбақты ауылының", Lat: 52.4833, Lon: 78.1500},
			{KATO: "556833100", Kind: "village", RU: "Галкино", KK: "Галкино", EN: "Galkino", GenRU: "села Галкино", GenKK: "Галкино ауылының", Lat: 52.6000, Lon: 78.0000},
		}},
	}},
	{KATO: "590000000", GenRU: "Северо-Казахстанской области", GenKK: "Солтүстік Қазақстан облысының", Lat: 54.8667, Lon: 69.1500, Places: []Place{
		{KATO: "591000000", Kind: "city", RU: "Петропавловск", KK: "Петропавл", EN: "Petropavl", GenRU: "города Петропавловска", GenKK: "Петропавл қаласының", Lat: 54.8667, Lon: 69.1500},
		{KATO: "593200000", Kind: "district", RU: "Айыртауский район", KK: "Айыртау ауданы", EN: "Aiyrtau District", GenRU: "Айыртауского района", GenKK: "Айыртау ауданының", Lat: 53.2927, Lon: 68.1050, Children: []Place{
			{KATO: "593230100", Kind: "village", RU: "Саумалколь", KK: "Саумалкөл", EN: "Saumalkol", GenRU: "села Саумалколь", GenKK: "Саумалкөл ауылының", Lat: 53.2927, Lon: 68.1050},
			{KATO: "593233100", Kind: "village", RU: "Сырымбет", KK: "Сырымбет", EN: "Syrymbet", GenRU: "села Сырымбет", GenKK: "Сырымбет ауылының", Lat: 53.4817, Lon: 67.9950},
		}},
		{KATO: "595800000", Kind: "district", RU: "Аккайынский район", KK: "Аққайың ауданы", EN: "Akkayin District", GenRU: "Аккайынского района", GenKK: "Аққайың ауданының", Lat: 54.5148, Lon: 69.4273, Children: []Place{
			{KATO: "595830100", Kind: "village", RU: "Смирново", KK: "Смирново", EN: "Smirnovo", GenRU: "села Смирново", GenKK: "Смирново ауылының", Lat: 54.5148, Lon: 69.4273},
			{KATO: "595833100", Kind: "village", RU: "Григорьевка", KK: "Григорьевка", EN: "Grigoryevka", GenRU: "села Григорьевка", GenKK: "Григорьевка ауылының", Lat: 54.4000, Lon: 69.7000},
			{KATO: "595835100", Kind: "village", RU: "Власовка", KK: "Власовка", EN: "Vlasovka", GenRU: "села Власовка", GenKK: "Власовка ауылының", Lat: 54.6000, Lon: 69.6000},
		}},
		{KATO: "593400000", Kind: "district", RU: "Акжарский район", KK: "Ақжар ауданы", EN: "Akzhar District", GenRU: "Акжарского района", GenKK: "Ақжар ауданының", Lat: 53.6374, Lon: 71.8740, Children: []Place{
			{KATO: "593430100", Kind: "village", RU: "Талшик", KK: "Талшық", EN: "Talshik", GenRU: "села Талшик", GenKK: "Талшық ауылының", Lat: 53.6374, Lon: 71.8740},
			{KATO: "593433100", Kind: "village", RU: "Кызылту", KK: "Қызылту", EN: "Kyzyltu", GenRU: "села Кызылту", GenKK: "Қызылту ауылының", Lat: 53.8000, Lon: 72.1000},
		}},
		{KATO: "595000000", Kind: "district", RU: "Кызылжарский район", KK: "Қызылжар ауданы", EN: "Kyzylzhar District", GenRU: "Кызылжарского района", GenKK: "Қызылжар ауданының", Lat: 54.7776, Lon: 69.0995, Children: []Place{
			{KATO: "595030100", Kind: "village", RU: "Бишкуль", KK: "Бескөл", EN: "Bishkul", GenRU: "села Бишкуль", GenKK: "Бескөл ауылының", Lat: 54.7776, Lon: 69.0995},
			{KATO: "595033100", Kind: "village", RU: "Соколовка", KK: "Соколовка", EN: "Sokolovka", GenRU: "села Соколовка", GenKK: "Соколовка ауылының", Lat: 54.9300, Lon: 69.3500},
		}},
		{KATO: "596000000", Kind: "district", RU: "Тайыншинский район", KK: "Тайынша ауданы", EN: "Taiynsha District", GenRU: "Тайыншинского района", GenKK: "Тайынша ауданының", Lat: 53.8480, Lon: 69.7677, Children: []Place{
			{KATO: "596020100", Kind: "town", RU: "Тайынша", KK: "Тайынша", EN: "Taiynsha", GenRU: "города Тайынша", GenKK: "Тайынша қаласының", Lat: 53.8480, Lon: 69.7677},
			{KATO: "596033100", Kind: "village", RU: "Келлеровка", KK: "Келлеровка", EN: "Kellerovka", GenRU: "села Келлеровка", GenKK: "Келлеровка ауылының", Lat: 53.8000, Lon: 69.2500},
		}},
		{KATO: "596600000", Kind: "district", RU: "район имени Габита Мусрепова", KK: "Ғабит Мүсірепов атындағы аудан", EN: "Gabit Musrepov District", GenRU: "района имени Габита Мусрепова", GenKK: "Ғабит Мүсірепов атындағы ауданның", Lat: 53.1981, Lon: 66.7694, Children: []Place{
			{KATO: "596630100", Kind: "village", RU: "Новоишимское", KK: "Новоишимское", EN: "Novoishimskoye", GenRU: "села Новоишимское", GenKK: "Новоишимское ауылының", Lat: 53.1981, Lon: 66.7694},
			{KATO: "596644100", Kind: "village", RU: "Кокалажар", KK: "Көкалажар", EN: "Kokalazhar", GenRU: "села Кокалажар", GenKK: "Көкалажар ауылының", Lat: 52.9272, Lon: 67.0961},
		}},
	}},
	{KATO: "610000000", GenRU: "Туркестанской области", GenKK: "Түркістан облысының", Lat: 43.2973, Lon: 68.2518, Places: []Place{
		{KATO: "611000000", Kind: "city", RU: "Туркестан", KK: "Түркістан", EN: "Turkistan", GenRU: "города Туркестана", GenKK: "Түркістан қаласының", Lat: 43.2973, Lon: 68.2518},
		{KATO: "612000000", Kind: "city", RU: "Кентау", KK: "Кентау", EN: "Kentau", GenRU: "города Кентау", GenKK: "Кентау қаласының", Lat: 43.5167, Lon: 68.5046},
		{KATO: "613600000", Kind: "district", RU: "район Байдибека", KK: "Бәйдібек ауданы", EN: "Baidibek District", GenRU: "района Байдибека", GenKK: "Бәйдібек ауданының", Lat: 43.0340, Lon: 69.3805, Children: []Place{
			{KATO: "613630100", Kind: "village", RU: "Шаян", KK: "Шаян", EN: "Shayan", GenRU: "села Шаян", GenKK: "Шаян ауылының", Lat: 43.0340, Lon: 69.3805},
			{KATO: "613633100", Kind: "village", RU: "Акбастау", KK: "Ақбастау", EN: "Akbastau", GenRU: "села Акбастау", GenKK: "Ақбастау ауылының", Lat: 42.9500, Lon: 69.1000},
			{KATO: "613635100", Kind: "village", RU: "Боралдай", KK: "Боралдай", EN: "Boraldai", GenRU: "села Боралдай", GenKK: "Боралдай ауылының", Lat: 42.9000, Lon: 69.6000},
		}},
		{KATO: "613800000", Kind: "district", RU: "Жетысайский район", KK: "Жетісай ауданы", EN: "Zhetysai District", GenRU: "Жетысайского района", GenKK: "Жетісай ауданының", Lat: 40.7753, Lon: 68.3300, Children: []Place{
			{KATO: "613820100", Kind: "town", RU: "Жетысай", KK: "Жетісай", EN: "Zhetysai", GenRU: "города Жетысай", GenKK: "Жетісай қаласының", Lat: 40.7753, Lon: 68.3300},
			{KATO: "613833100", Kind: "town", RU: "Асыката", KK: "Асықата", EN: "Asykata", GenRU: "посёлка Асыката", GenKK: "Асықата кентінің", Lat: 40.8946, Lon: 68.3643},
		}},
		{KATO: "614000000", Kind: "district", RU: "Казыгуртский район", KK: "Қазығұрт ауданы", EN: "Kazygurt District", GenRU: "Казыгуртского района", GenKK: "Қазығұрт ауданының", Lat: 41.7564, Lon: 69.3839, Children: []Place{
			{KATO: "614030100", Kind: "village", RU: "Казыгурт", KK: "Қазығұрт", EN: "Kazygurt", GenRU: "села Казыгурт", GenKK: "Қазығұрт ауылының", Lat: 41.7564, Lon: 69.3839},
			{KATO: "614033100", Kind: "village", RU: "Жанабазар", KK: "Жаңабазар", EN: "Zhanabazar", GenRU: "села Жанабазар", GenKK: "Жаңабазар ауылының", Lat: 41.7000, Lon: 69.2000},
		}},
		{KATO: "614400000", Kind: "district", RU: "Мактааральский район", KK: "Мақтаарал ауданы", EN: "Maktaaral District", GenRU: "Мактааральского района", GenKK: "Мақтаарал ауданының", Lat: 40.6634, Lon: 68.5451, Children: []Place{
			{KATO: "614430100", Kind: "town", RU: "Мырзакент", KK: "Мырзакент", EN: "Myrzakent", GenRU: "посёлка Мырзакент", GenKK: "Мырзакент кентінің", Lat: 40.6634, Lon: 68.5451},
			{KATO: "614433100", Kind: "town", RU: "Атакент", KK: "Атакент", EN: "Atakent", GenRU: "посёлка Атакент", GenKK: "Атакент кентінің", Lat: 40.8478, Lon: 68.5064},
		}},
		{KATO: "614600000", Kind: "district", RU: "Ордабасинский район", KK: "Ордабасы ауданы", EN: "Ordabasy District", GenRU: "Ордабасинского района", GenKK: "Ордабасы ауданының", Lat: 42.6000, Lon: 69.2584, Children: []Place{
			{KATO: "614630100", Kind: "village", RU: "Темирлановка", KK: "Темірлан", EN: "Temirlan", GenRU: "села Темирлановка", GenKK: "Темірлан ауылының", Lat: 42.6000, Lon: 69.2584},
			{KATO: "614633100", Kind: "village", RU: "Бадам", KK: "Бадам", EN: "Badam", GenRU: "села Бадам", GenKK: "Бадам ауылының", Lat: 42.4300, Lon: 69.4200},
		}},
		{KATO: "614800000", Kind: "district", RU: "Отырарский район", KK: "Отырар ауданы", EN: "Otyrar District", GenRU: "Отырарского района", GenKK: "Отырар ауданының", Lat: 42.7833, Lon: 68.3667, Children: []Place{
			{KATO: "614830100", Kind: "village", RU: "Шаульдер", KK: "Шәуілдір", EN: "Shauildir", GenRU: "села Шаульдер", GenKK: "Шәуілдір ауылының", Lat: 42.7833, Lon: 68.3667},
			{KATO: "614841100", Kind: "village", RU: "Когам", KK: "Қоғам", EN: "Kogam", GenRU: "села Когам", GenKK: "Қоғам ауылының", Lat: 42.8277, Lon: 68.2807},
		}},
		{KATO: "615200000", Kind: "district", RU: "Сайрамский район", KK: "Сайрам ауданы", EN: "Sairam District", GenRU: "Сайрамского района", GenKK: "Сайрам ауданының", Lat: 42.4219, Lon: 69.8271, Children: []Place{
			{KATO: "615230100", Kind: "village", RU: "Аксукент", KK: "Ақсукент", EN: "Aksukent", GenRU: "села Аксукент", GenKK: "Ақсукент ауылының", Lat: 42.4219, Lon: 69.8271},
			{KATO: "615257100", Kind: "village", RU: "Карасу", KK: "Қарасу", EN: "Karasu", GenRU: "села Карасу", GenKK: "Қарасу ауылының", Lat: 42.3989, Lon: 69.8094},
		}},
		{KATO: "615600000", Kind: "district", RU: "Сузакский район", KK: "Созақ ауданы", EN: "Sozak District", GenRU: "Сузакского района", GenKK: "Созақ ауданының", Lat: 43.7645, Lon: 69.1786, Children: []Place{
			{KATO: "615630100", Kind: "village", RU: "Шолаккорган", KK: "Шолаққорған", EN: "Sholakkorgan", GenRU: "села Шолаккорган", GenKK: "Шолаққорған ауылының", Lat: 43.7645, Lon: 69.1786},
			{KATO: "615647100", Kind: "village", RU: "Сузак", KK: "Созақ", EN: "Sozak", GenRU: "села Сузак", GenKK: "Созақ ауылының", Lat: 44.1403, Lon: 68.4750},
		}},
		{KATO: "615800000", Kind: "district", RU: "Толебийский район", KK: "Төле би ауданы", EN: "Tole Bi District", GenRU: "Толебийского района", GenKK: "Төле би ауданының", Lat: 42.1815, Lon: 69.8858, Children: []Place{
			{KATO: "615820100", Kind: "town", RU: "Ленгер", KK: "Леңгір", EN: "Lenger", GenRU: "города Ленгер", GenKK: "Леңгір қаласының", Lat: 42.1815, Lon: 69.8858},
			{KATO: "615847100", Kind: "village", RU: "Коксаек", KK: "Көксаяқ", EN: "Koksayek", GenRU: "села Коксаек", GenKK: "Көксаяқ ауылының", Lat: 42.2800, Lon: 70.0200},
		}},
		{KATO: "616000000", Kind: "district", RU: "Тюлькубасский район", KK: "Түлкібас ауданы", EN: "Tulkibas District", GenRU: "Тюлькубасского района", GenKK: "Түлкібас ауданының", Lat: 42.5334, Lon: 70.3496, Children: []Place{
			{KATO: "616030100", Kind: "village", RU: "Турар Рыскулов", KK: "Тұрар Рысқұлов", EN: "Turar Ryskulov", GenRU: "села Турар Рыскулов", GenKK: "Тұрар Рысқұлов ауылының", Lat: 42.5334, Lon: 70.3496},
			{KATO: "616033100", Kind: "village", RU: "Жабагылы", KK: "Жабағылы", EN: "Zhabagly", GenRU: "села Жабагылы", GenKK: "Жабағылы ауылының", Lat: 42.4378, Lon: 70.4784},
		}},
	}},
	{KATO: "620000000", GenRU: "области Ұлытау", GenKK: "Ұлытау облысының", Lat: 47.7833, Lon: 67.7667, Places: []Place{
		{KATO: "621000000", Kind: "city", RU: "Жезказган", KK: "Жезқазған", EN: "Zhezkazgan", GenRU: "города Жезказгана", GenKK: "Жезқазған қаласының", Lat: 47.7833, Lon: 67.7667},
		{KATO: "622000000", Kind: "city", RU: "Сатпаев", KK: "Сәтбаев", EN: "Satbayev", GenRU: "города Сатпаева", GenKK: "Сәтбаев қаласының", Lat: 47.9000, Lon: 67.5333},
		{KATO: "621800000", Kind: "city", RU: "Каражал", KK: "Қаражал", EN: "Karazhal", GenRU: "города Каражала", GenKK: "Қаражал қаласының", Lat: 48.0063, Lon: 70.7961},
		{KATO: "623600000", Kind: "district", RU: "Жанааркинский район", KK: "Жаңаарқа ауданы", EN: "Zhanaarka District", GenRU: "Жанааркинского района", GenKK: "Жаңаарқа ауданының", Lat: 48.6866, Lon: 71.6447, Children: []Place{
			{KATO: "623630100", Kind: "town", RU: "Атасу", KK: "Атасу", EN: "Atasu", GenRU: "посёлка Атасу", GenKK: "Атасу кентінің", Lat: 48.6866, Lon: 71.6447},
			{KATO: "623633100", Kind: "town", RU: "Шалгия", KK: "Шалғия", EN: "Shalgiya", GenRU: "посёлка Шалгия", GenKK: "Шалғия кентінің", Lat: 48.1500, Lon: 70.9000},
		}},
		{KATO: "623800000", Kind: "district", RU: "Улытауский район", KK: "Ұлытау ауданы", EN: "Ulytau District", GenRU: "Улытауского района", GenKK: "Ұлытау ауданының", Lat: 48.6528, Lon: 67.0083, Children: []Place{
			{KATO: "623830100", Kind: "village", RU: "Улытау", KK: "Ұлытау", EN: "Ulytau", GenRU: "села Улытау", GenKK: "Ұлытау ауылының", Lat: 48.6528, Lon: 67.0083},
			{KATO: "623833100", Kind: "town", RU: "Жезды", KK: "Жезді", EN: "Zhezdy", GenRU: "посёлка Жезды", GenKK: "Жезді кентінің", Lat: 48.0508, Lon: 67.0422},
			{KATO: "623835100", Kind: "village", RU: "Карсакпай", KK: "Қарсақпай", EN: "Karsakpai", GenRU: "села Карсакпай", GenKK: "Қарсақпай ауылының", Lat: 47.8300, Lon: 66.7283},
		}},
	}},
	{KATO: "630000000", GenRU: "Восточно-Казахстанской области", GenKK: "Шығыс Қазақстан облысының", Lat: 49.9714, Lon: 82.6059, Places: []Place{
		{KATO: "631000000", Kind: "city", RU: "Усть-Каменогорск", KK: "Өскемен", EN: "Oskemen", GenRU: "города Усть-Каменогорска", GenKK: "Өскемен қаласының", Lat: 49.9714, Lon: 82.6059},
		{KATO: "632400000", Kind: "city", RU: "Риддер", KK: "Риддер", EN: "Ridder", GenRU: "города Риддера", GenKK: "Риддер қаласының", Lat: 50.3441, Lon: 83.5129},
		{KATO: "634000000", Kind: "district", RU: "Глубоковский район", KK: "Глубокое ауданы", EN: "Glubokoye District", GenRU: "Глубоковского района", GenKK: "Глубокое ауданының", Lat: 50.1389, Lon: 82.3111, Children: []Place{
			{KATO: "634030100", Kind: "town", RU: "Глубокое", KK: "Глубокое", EN: "Glubokoye", GenRU: "посёлка Глубокое", GenKK: "Глубокое кентінің", Lat: 50.1389, Lon: 82.3111},
			{KATO: "634033100", Kind: "town", RU: "Белоусовка", KK: "Белоусовка", EN: "Belousovka", GenRU: "посёлка Белоусовка", GenKK: "Белоусовка кентінің", Lat: 50.1329, Lon: 82.5248},
		}},
		{KATO: "636200000", Kind: "district", RU: "Уланский район", KK: "Ұлан ауданы", EN: "Ulan District", GenRU: "Уланского района", GenKK: "Ұлан ауданының", Lat: 49.5569, Lon: 83.0636, Children: []Place{
			{KATO: "636230100", Kind: "town", RU: "Асубулак", KK: "Асубұлақ", EN: "Asubulak", GenRU: "посёлка Асубулак", GenKK: "Асубұлақ кентінің", Lat: 49.5569, Lon: 83.0636},
			{KATO: "636233100", Kind: "town", RU: "Огневка", KK: "Огневка", EN: "Ognevka", GenRU: "посёлка Огневка", GenKK: "Огневка кентінің", Lat: 49.6835, Lon: 83.0167},
		}},
		{KATO: "636800000", Kind: "district", RU: "Шемонаихинский район", KK: "Шемонаиха ауданы", EN: "Shemonaikha District", GenRU: "Шемонаихинского района", GenKK: "Шемонаиха ауданының", Lat: 50.6281, Lon: 81.9121, Children: []Place{
			{KATO: "636820100", Kind: "town", RU: "Шемонаиха", KK: "Шемонаиха", EN: "Shemonaikha", GenRU: "города Шемонаиха", GenKK: "Шемонаиха қаласының", Lat: 50.6281, Lon: 81.9121},
			{KATO: "636833100", Kind: "town", RU: "Усть-Таловка", KK: "Усть-Таловка", EN: "Ust-Talovka", GenRU: "посёлка Усть-Таловка", GenKK: "Усть-Таловка кентінің", Lat: 50.5493, Lon: 81.8500},
		}},
		{KATO: "634600000", Kind: "district", RU: "Зайсанский район", KK: "Зайсан ауданы", EN: "Zaisan District", GenRU: "Зайсанского района", GenKK: "Зайсан ауданының", Lat: 47.4666, Lon: 84.8714, Children: []Place{
			{KATO: "634620100", Kind: "town", RU: "Зайсан", KK: "Зайсан", EN: "Zaisan", GenRU: "города Зайсан", GenKK: "Зайсан қаласының", Lat: 47.4666, Lon: 84.8714},
			{KATO: "634633100", Kind: "village", RU: "Каратал", KK: "Қаратал", EN: "Karatal", GenRU: "села Каратал", GenKK: "Қаратал ауылының", Lat: 47.6128, Lon: 85.1731},
		}},
		{KATO: "634800000", Kind: "district", RU: "район Алтай", KK: "Алтай ауданы", EN: "Altai District", GenRU: "района Алтай", GenKK: "Алтай ауданының", Lat: 49.7265, Lon: 84.2732, Children: []Place{
			{KATO: "634820100", Kind: "town", RU: "Алтай", KK: "Алтай", EN: "Altai", GenRU: "города Алтай", GenKK: "Алтай қаласының", Lat: 49.7265, Lon: 84.2732},
			{KATO: "634833100", Kind: "town", RU: "Малеевск", KK: "Малеевск", EN: "Maleyevsk", GenRU: "посёлка Малеевск", GenKK: "Малеевск кентінің", Lat: 49.8144, Lon: 84.2910},
		}},
		{KATO: "635400000", Kind: "district", RU: "Катон-Карагайский район", KK: "Катонқарағай ауданы", EN: "Katonkaragay District", GenRU: "Катон-Карагайского района", GenKK: "Катонқарағай ауданының", Lat: 49.1744, Lon: 85.6131, Children: []Place{
			{KATO: "635430100", Kind: "village", RU: "Катонкарагай", KK: "Катонқарағай", EN: "Katonkaragay", GenRU: "села Катонкарагай", GenKK: "Катонқарағай ауылының", Lat: 49.1744, Lon: 85.6131},
			{KATO: "635433100", Kind: "village", RU: "Берель", KK: "Берел", EN: "Berel", GenRU: "села Берель", GenKK: "Берел ауылының", Lat: 49.3700, Lon: 86.4500},
		}},
	}},
	{KATO: "710000000", GenRU: "города Астаны", GenKK: "Астана қаласының", Lat: 51.1801, Lon: 71.4460, Places: []Place{
		{KATO: "711110000", Kind: "cityDistrict", RU: "район Алматы", KK: "Алматы ауданы", EN: "Almaty District", GenRU: "района Алматы", GenKK: "Алматы ауданының", Lat: 51.1480, Lon: 71.4900},
		{KATO: "711210000", Kind: "cityDistrict", RU: "район Есиль", KK: "Есіл ауданы", EN: "Yesil District", GenRU: "района Есиль", GenKK: "Есіл ауданының", Lat: 51.1050, Lon: 71.4250},
		{KATO: "711310000", Kind: "cityDistrict", RU: "район Сарыарка", KK: "Сарыарқа ауданы", EN: "Saryarka District", GenRU: "района Сарыарка", GenKK: "Сарыарқа ауданының", Lat: 51.1800, Lon: 71.4050},
		{KATO: "711410000", Kind: "cityDistrict", RU: "район Байконыр", KK: "Байқоңыр ауданы", EN: "Baikonyr District", GenRU: "района Байконыр", GenKK: "Байқоңыр ауданының", Lat: 51.1800, Lon: 71.4750},
		{KATO: "711510000", Kind: "cityDistrict", RU: "район Нура", KK: "Нұра ауданы", EN: "Nura District", GenRU: "района Нура", GenKK: "Нұра ауданының", Lat: 51.0800, Lon: 71.3900},
	}},
	{KATO: "750000000", GenRU: "города Алматы", GenKK: "Алматы қаласының", Lat: 43.2567, Lon: 76.9286, Places: []Place{
		{KATO: "751110000", Kind: "cityDistrict", RU: "Алмалинский район", KK: "Алмалы ауданы", EN: "Almaly District", GenRU: "Алмалинского района", GenKK: "Алмалы ауданының", Lat: 43.2540, Lon: 76.9100},
		{KATO: "751210000", Kind: "cityDistrict", RU: "Алатауский район", KK: "Алатау ауданы", EN: "Alatau District", GenRU: "Алатауского района", GenKK: "Алатау ауданының", Lat: 43.2850, Lon: 76.8250},
		{KATO: "751310000", Kind: "cityDistrict", RU: "Ауэзовский район", KK: "Әуезов ауданы", EN: "Auezov District", GenRU: "Ауэзовского района", GenKK: "Әуезов ауданының", Lat: 43.2300, Lon: 76.8550},
		{KATO: "751410000", Kind: "cityDistrict", RU: "Бостандыкский район", KK: "Бостандық ауданы", EN: "Bostandyk District", GenRU: "Бостандыкского района", GenKK: "Бостандық ауданының", Lat: 43.2150, Lon: 76.9100},
		{KATO: "751510000", Kind: "cityDistrict", RU: "Жетысуский район", KK: "Жетісу ауданы", EN: "Zhetysu District", GenRU: "Жетысуского района", GenKK: "Жетісу ауданының", Lat: 43.2900, Lon: 76.9350},
		{KATO: "751710000", Kind: "cityDistrict", RU: "Медеуский район", KK: "Медеу ауданы", EN: "Medeu District", GenRU: "Медеуского района", GenKK: "Медеу ауданының", Lat: 43.2450, Lon: 76.9850},
		{KATO: "751810000", Kind: "cityDistrict", RU: "Наурызбайский район", KK: "Наурызбай ауданы", EN: "Nauryzbay District", GenRU: "Наурызбайского района", GenKK: "Наурызбай ауданының", Lat: 43.1900, Lon: 76.8000},
		{KATO: "751910000", Kind: "cityDistrict", RU: "Турксибский район", KK: "Түрксіб ауданы", EN: "Turksib District", GenRU: "Турксибского района", GenKK: "Түрксіб ауданының", Lat: 43.3300, Lon: 76.9500},
	}},
	{KATO: "790000000", GenRU: "города Шымкента", GenKK: "Шымкент қаласының", Lat: 42.3170, Lon: 69.5901, Places: []Place{
		{KATO: "791110000", Kind: "cityDistrict", RU: "Абайский район", KK: "Абай ауданы", EN: "Abai District", GenRU: "Абайского района", GenKK: "Абай ауданының", Lat: 42.3450, Lon: 69.5700},
		{KATO: "791310000", Kind: "cityDistrict", RU: "Аль-Фарабийский район", KK: "Әл-Фараби ауданы", EN: "Al-Farabi District", GenRU: "Аль-Фарабийского района", GenKK: "Әл-Фараби ауданының", Lat: 42.3200, Lon: 69.5950},
		{KATO: "791510000", Kind: "cityDistrict", RU: "Енбекшинский район", KK: "Еңбекші ауданы", EN: "Enbekshi District", GenRU: "Енбекшинского района", GenKK: "Еңбекші ауданының", Lat: 42.3000, Lon: 69.6250},
		{KATO: "791710000", Kind: "cityDistrict", RU: "Каратауский район", KK: "Қаратау ауданы", EN: "Karatau District", GenRU: "Каратауского района", GenKK: "Қаратау ауданының", Lat: 42.3650, Lon: 69.6400},
		{KATO: "791910000", Kind: "cityDistrict", RU: "район Туран", KK: "Тұран ауданы", EN: "Turan District", GenRU: "района Туран", GenKK: "Тұран ауданының", Lat: 42.2750, Lon: 69.5400},
	}},
}

// Surname is a family name in its masculine and feminine forms.
type Surname struct{ M, F string } // "Ахметов", "Ахметова"

// Patronymic is a father's name turned into a patronymic, masculine and feminine.
type Patronymic struct{ M, F string } // "Нурланович", "Нурлановна"

// Given names and surnames are spelled as in Russian-language registers
// (Kazakh names without the Kazakh-specific letters), which is how citizens
// usually sign appeals written in Russian. Surnames of prominent politicians
// are deliberately left out.

// KazakhMale lists common Kazakh male given names.
var KazakhMale = []string{
	"Айдар", "Алмас", "Арман", "Асхат", "Аслан", "Азамат", "Асан", "Бауыржан",
	"Бахытжан", "Бекзат", "Берик", "Габит", "Дамир", "Данияр", "Дархан", "Даурен",
	"Ерболат", "Ержан", "Еркебулан", "Ерлан", "Жандос", "Жанибек", "Жаслан", "Кайрат",
	"Канат", "Куаныш", "Мадияр", "Максат", "Марат", "Мейрам", "Мирас", "Мухтар",
	"Нурлан", "Нуржан", "Олжас", "Рустем", "Санжар", "Серик", "Талгат", "Темирлан",
	"Тимур", "Улан", "Ержигит", "Болат", "Самат", "Жомарт",
}

// KazakhFemale lists common Kazakh female given names.
var KazakhFemale = []string{
	"Айгерим", "Айгуль", "Айжан", "Айдана", "Акмарал", "Алия", "Аружан", "Асель",
	"Асем", "Балжан", "Ботагоз", "Гаухар", "Гульмира", "Гульнара", "Гульнур", "Дана",
	"Дарига", "Динара", "Жадыра", "Жанар", "Жанель", "Жансая", "Жулдыз", "Зарина",
	"Индира", "Камила", "Карлыгаш", "Ляззат", "Мадина", "Меруерт", "Молдир", "Назерке",
	"Назым", "Райхан", "Салтанат", "Самал", "Сауле", "Толганай", "Томирис", "Умит",
	"Шолпан", "Эльмира", "Айым", "Алтынай",
}

// RussianMale lists common Russian male given names.
var RussianMale = []string{
	"Александр", "Алексей", "Анатолий", "Андрей", "Антон", "Артём", "Борис", "Вадим",
	"Валерий", "Василий", "Виктор", "Виталий", "Владимир", "Владислав", "Вячеслав", "Геннадий",
	"Георгий", "Григорий", "Денис", "Дмитрий", "Евгений", "Егор", "Иван", "Игорь",
	"Илья", "Кирилл", "Константин", "Леонид", "Максим", "Михаил", "Никита", "Николай",
	"Олег", "Павел", "Пётр", "Роман", "Руслан", "Сергей", "Станислав", "Степан",
	"Юрий", "Ярослав",
}

// RussianFemale lists common Russian female given names.
var RussianFemale = []string{
	"Александра", "Алёна", "Алла", "Анастасия", "Анна", "Валентина", "Валерия", "Вера",
	"Виктория", "Галина", "Дарья", "Екатерина", "Елена", "Елизавета", "Жанна", "Зинаида",
	"Инна", "Ирина", "Кристина", "Ксения", "Лариса", "Лидия", "Любовь", "Людмила",
	"Маргарита", "Марина", "Мария", "Надежда", "Наталья", "Нина", "Оксана", "Ольга",
	"Полина", "Раиса", "Светлана", "Софья", "Тамара", "Татьяна", "Ульяна", "Юлия",
	"Яна",
}

// KazakhSurnames lists common Kazakh surnames.
var KazakhSurnames = []Surname{
	{"Абдрахманов", "Абдрахманова"}, {"Абенов", "Абенова"}, {"Абишев", "Абишева"}, {"Айтжанов", "Айтжанова"},
	{"Алибеков", "Алибекова"}, {"Алимжанов", "Алимжанова"}, {"Ахметов", "Ахметова"}, {"Байжанов", "Байжанова"},
	{"Бекенов", "Бекенова"}, {"Бекмухамбетов", "Бекмухамбетова"}, {"Бисенов", "Бисенова"}, {"Габдуллин", "Габдуллина"},
	{"Даулетов", "Даулетова"}, {"Ержанов", "Ержанова"}, {"Есенов", "Есенова"}, {"Есимов", "Есимова"},
	{"Жакупов", "Жакупова"}, {"Жаксылыков", "Жаксылыкова"}, {"Жанабаев", "Жанабаева"}, {"Жолдасов", "Жолдасова"},
	{"Жумабаев", "Жумабаева"}, {"Жунусов", "Жунусова"}, {"Избасаров", "Избасарова"}, {"Идрисов", "Идрисова"},
	{"Искаков", "Искакова"}, {"Калиев", "Калиева"}, {"Карабаев", "Карабаева"}, {"Касымов", "Касымова"},
	{"Кенесов", "Кенесова"}, {"Кенжебаев", "Кенжебаева"}, {"Кожахметов", "Кожахметова"}, {"Куанышев", "Куанышева"},
	{"Кудайбергенов", "Кудайбергенова"}, {"Мамыров", "Мамырова"}, {"Муканов", "Муканова"}, {"Мукашев", "Мукашева"},
	{"Муратов", "Муратова"}, {"Мусин", "Мусина"}, {"Мухамеджанов", "Мухамеджанова"}, {"Нургалиев", "Нургалиева"},
	{"Нуркенов", "Нуркенова"}, {"Омаров", "Омарова"}, {"Оразов", "Оразова"}, {"Оспанов", "Оспанова"},
	{"Рахимов", "Рахимова"}, {"Рысбеков", "Рысбекова"}, {"Садыков", "Садыкова"}, {"Сарсенбаев", "Сарсенбаева"},
	{"Сейтказиев", "Сейтказиева"}, {"Сериков", "Серикова"}, {"Смагулов", "Смагулова"}, {"Султанов", "Султанова"},
	{"Сулейменов", "Сулейменова"}, {"Тажибаев", "Тажибаева"}, {"Токтаров", "Токтарова"}, {"Толеуов", "Толеуова"},
	{"Тулегенов", "Тулегенова"}, {"Турсунов", "Турсунова"}, {"Уалиев", "Уалиева"}, {"Утепов", "Утепова"},
	{"Хамитов", "Хамитова"}, {"Шайкенов", "Шайкенова"}, {"Шакенов", "Шакенова"}, {"Шарипов", "Шарипова"},
}

// RussianSurnames lists common Russian surnames.
var RussianSurnames = []Surname{
	{"Иванов", "Иванова"}, {"Смирнов", "Смирнова"}, {"Кузнецов", "Кузнецова"}, {"Попов", "Попова"},
	{"Васильев", "Васильева"}, {"Петров", "Петрова"}, {"Соколов", "Соколова"}, {"Михайлов", "Михайлова"},
	{"Новиков", "Новикова"}, {"Федоров", "Федорова"}, {"Морозов", "Морозова"}, {"Волков", "Волкова"},
	{"Алексеев", "Алексеева"}, {"Лебедев", "Лебедева"}, {"Семенов", "Семенова"}, {"Егоров", "Егорова"},
	{"Павлов", "Павлова"}, {"Козлов", "Козлова"}, {"Степанов", "Степанова"}, {"Николаев", "Николаева"},
	{"Орлов", "Орлова"}, {"Андреев", "Андреева"}, {"Макаров", "Макарова"}, {"Никитин", "Никитина"},
	{"Захаров", "Захарова"}, {"Зайцев", "Зайцева"}, {"Соловьев", "Соловьева"}, {"Борисов", "Борисова"},
	{"Яковлев", "Яковлева"}, {"Григорьев", "Григорьева"}, {"Романов", "Романова"}, {"Воробьев", "Воробьева"},
	{"Сергеев", "Сергеева"}, {"Кузьмин", "Кузьмина"}, {"Фролов", "Фролова"}, {"Александров", "Александрова"},
	{"Дмитриев", "Дмитриева"}, {"Гусев", "Гусева"}, {"Киселев", "Киселева"}, {"Ильин", "Ильина"},
	{"Максимов", "Максимова"}, {"Поляков", "Полякова"}, {"Сорокин", "Сорокина"}, {"Белов", "Белова"},
}

// Patronymics lists patronymics from Kazakh-origin and Russian-origin fathers' names.
var Patronymics = []Patronymic{
	{"Нурланович", "Нурлановна"}, {"Серикович", "Сериковна"}, {"Ерланович", "Ерлановна"}, {"Маратович", "Маратовна"},
	{"Кайратович", "Кайратовна"}, {"Болатович", "Болатовна"}, {"Бауыржанович", "Бауыржановна"}, {"Аскарович", "Аскаровна"},
	{"Муратович", "Муратовна"}, {"Канатович", "Канатовна"}, {"Талгатович", "Талгатовна"}, {"Берикович", "Бериковна"},
	{"Жумабекович", "Жумабековна"}, {"Тимурович", "Тимуровна"}, {"Ерболович", "Ерболовна"}, {"Даулетович", "Даулетовна"},
	{"Амангельдиевич", "Амангельдиевна"}, {"Айдарович", "Айдаровна"}, {"Куанышевич", "Куанышевна"}, {"Мухтарович", "Мухтаровна"},
	{"Ермекович", "Ермековна"}, {"Габитович", "Габитовна"}, {"Саматович", "Саматовна"}, {"Дауренович", "Дауреновна"},
	{"Александрович", "Александровна"}, {"Сергеевич", "Сергеевна"}, {"Викторович", "Викторовна"}, {"Владимирович", "Владимировна"},
	{"Николаевич", "Николаевна"}, {"Андреевич", "Андреевна"}, {"Иванович", "Ивановна"}, {"Петрович", "Петровна"},
	{"Юрьевич", "Юрьевна"}, {"Михайлович", "Михайловна"}, {"Геннадьевич", "Геннадьевна"}, {"Васильевич", "Васильевна"},
	{"Анатольевич", "Анатольевна"}, {"Олегович", "Олеговна"}, {"Игоревич", "Игоревна"}, {"Дмитриевич", "Дмитриевна"},
	{"Евгеньевич", "Евгеньевна"}, {"Павлович", "Павловна"}, {"Валерьевич", "Валерьевна"}, {"Алексеевич", "Алексеевна"},
}

// Streets lists typical street and microdistrict names, abbreviated as in a
// Russian address line and in the Kazakh form "… көшесі".
var Streets = []struct{ RU, KK string }{
	{"ул. Абая", "Абай көшесі"},
	{"ул. Абылай хана", "Абылай хан көшесі"},
	{"ул. Айтеке би", "Әйтеке би көшесі"},
	{"ул. Алиханова", "Әлиханов көшесі"},
	{"ул. Ауэзова", "Әуезов көшесі"},
	{"ул. Байтурсынова", "Байтұрсынов көшесі"},
	{"ул. Бокейханова", "Бөкейханов көшесі"},
	{"ул. Ч. Валиханова", "Ш. Уәлиханов көшесі"},
	{"ул. Гагарина", "Гагарин көшесі"},
	{"ул. Гоголя", "Гоголь көшесі"},
	{"ул. Достык", "Достық көшесі"},
	{"ул. Дулатова", "Дулатов көшесі"},
	{"ул. Жамбыла", "Жамбыл көшесі"},
	{"ул. Жансугурова", "Жансүгіров көшесі"},
	{"ул. Ерубаева", "Ерубаев көшесі"},
	{"ул. Казыбек би", "Қазыбек би көшесі"},
	{"ул. Кенесары", "Кенесары көшесі"},
	{"ул. Курмангазы", "Құрманғазы көшесі"},
	{"ул. Лермонтова", "Лермонтов көшесі"},
	{"ул. Маметовой", "Мәметова көшесі"},
	{"ул. Махамбета", "Махамбет көшесі"},
	{"ул. Алии Молдагуловой", "Әлия Молдағұлова көшесі"},
	{"ул. Муканова", "Мұқанов көшесі"},
	{"ул. Мусрепова", "Мүсірепов көшесі"},
	{"ул. Мустафина", "Мұстафин көшесі"},
	{"ул. Наурыз", "Наурыз көшесі"},
	{"ул. Пушкина", "Пушкин көшесі"},
	{"ул. Сатпаева", "Сәтбаев көшесі"},
	{"ул. Сейфуллина", "Сейфуллин көшесі"},
	{"ул. Толе би", "Төле би көшесі"},
	{"ул. Чехова", "Чехов көшесі"},
	{"ул. Шевченко", "Шевченко көшесі"},
	{"ул. Центральная", "Орталық көшесі"},
	{"ул. Набережная", "Жағалау көшесі"},
	{"ул. Степная", "Дала көшесі"},
	{"ул. Школьная", "Мектеп көшесі"},
	{"ул. Молодёжная", "Жастар көшесі"},
	{"ул. Строителей", "Құрылысшылар көшесі"},
	{"ул. Шахтёров", "Кеншілер көшесі"},
	{"ул. Бейбитшилик", "Бейбітшілік көшесі"},
	{"пр. Бухар-Жырау", "Бұқар жырау даңғылы"},
	{"пр. Республики", "Республика даңғылы"},
	{"пр. Независимости", "Тәуелсіздік даңғылы"},
	{"мкр. Восток-2", "Восток-2 шағын ауданы"},
	{"мкр. Юго-Восток", "Оңтүстік-Шығыс шағын ауданы"},
	{"мкр. Самал", "Самал шағын ауданы"},
	{"мкр. Жастар", "Жастар шағын ауданы"},
	{"мкр. Строитель", "Құрылысшы шағын ауданы"},
	{"мкр. Аэропорт", "Әуежай шағын ауданы"},
	{"12-й мкр.", "12-шағын аудан"},
}

// AppealTexts holds appeal texts per category code, written as a citizen
// writes to a reception office. Placeholders filled by the generator:
// {place} — the settlement name (nominative), {street} — a street name from
// Streets, {n} — a small number 1–40, {years} — a number of years 2–12.
// The texts only put the placeholders where their grammatical form does not
// change: Russian "населённый пункт {place}", "по адресу: {street}, дом {n}",
// "№ {n}", "{n} км", "более/в течение {years} лет"; Kazakh "{place} елді
// мекенінде", "{street}, {n}-үй", "{street} мекенжайындағы", "{n}-мектеп",
// "{years} жыл бойы", "{years} жылдан астам".
// Categories: social, housing, land, employment, health, education, roads,
// law_order, business, ecology, other.
var AppealTexts = map[string]struct{ RU, KK []string }{
	"social": {
		RU: []string{
			"С 1 марта мне перестали перечислять пособие по инвалидности, хотя переосвидетельствование я прошла вовремя. В отделе занятости говорят, что ждут данные из МСЭ. Прошу разобраться и восстановить выплаты.",
			"Я мать четверых детей, проживаю по адресу: {place}, {street}, дом {n}. Подала документы на адресную социальную помощь, но получила отказ из-за превышения дохода на несколько тысяч тенге. Прошу пересмотреть расчёт.",
			"Моему отцу 82 года, он инвалид первой группы и живёт один. Прошу закрепить за ним социального работника для помощи на дому: мы работаем вахтой и не можем ухаживать за ним постоянно.",
			"Наша семья признана малообеспеченной, но единовременную помощь на подготовку детей к школе мы так и не получили. В акимате села говорят, что средства закончились. Прошу проверить.",
			"Я пенсионер, ветеран труда. В населённом пункте {place} нет отделения ЦОН, за любой справкой приходится ездить за {n} км. Прошу организовать выездной приём хотя бы раз в месяц.",
			"Прошу помочь моему сыну-инвалиду получить кресло-коляску. Заявку через портал подали более {years} лет назад, но очередь так и не подошла.",
			"Моя соседка, одинокая пенсионерка, живёт по адресу: {street}, дом {n}, без воды и почти без отопления. Сама она обратиться не может. Прошу направить социального работника и помочь ей с углём на зиму.",
			"Наша многодетная семья в течение {years} лет получала пособие, а в этом году выплату приостановили без объяснения причин. Прошу дать письменный ответ, на каком основании это сделано.",
			"Я ухаживаю за мужем, инвалидом первой группы, и получаю пособие по уходу. С января сумма уменьшилась, хотя никаких изменений в документах не было. Прошу разъяснить и сделать перерасчёт.",
			"Ребёнку-инвалиду положено санаторно-курортное лечение, но в отделе сказали, что квоты на этот год исчерпаны. Прошу включить нас в список на ближайший заезд.",
			"Прошу оказать материальную помощь на ремонт крыши: дом пострадал от сильного ветра, я пенсионерка и сама не справлюсь. Акт обследования от акима села у меня есть.",
			"В населённом пункте {place} закрыли отделение почты, и пожилые люди не могут вовремя получать пенсии и пособия наличными. Прошу решить вопрос с выездным обслуживанием.",
			"Мне отказали в назначении пособия по потере кормильца, потому что муж последние месяцы не был официально трудоустроен. У меня остались двое несовершеннолетних детей. Прошу помочь разобраться.",
			"Прошу выделить моей семье уголь по льготной цене. Мы стоим на учёте как малообеспеченные, но в списке на получение твёрдого топлива нас нет.",
			"Инвалиду по зрению положены услуги индивидуального помощника, но договор с поставщиком услуг не продлили с прошлого месяца. Прошу ускорить решение: человек остался без помощи.",
		},
		KK: []string{
			"Наурыз айынан бастап маған мүгедектік бойынша жәрдемақы төленбей қалды, ал қайта куәландырудан уақытында өттім. Мәселені анықтап, төлемді қалпына келтіруге көмектесуіңізді сұраймын.",
			"Мен төрт баланың анасымын, мекенжайым: {place}, {street}, {n}-үй. Атаулы әлеуметтік көмекке құжат тапсырдым, бірақ табысымыз сәл асып кетті деп бас тартты. Есепті қайта қарауды сұраймын.",
			"Әкем 82 жаста, бірінші топтағы мүгедектігі бар, жалғыз тұрады. Үйде күтім жасау үшін әлеуметтік қызметкер бекітуді сұраймын, өзіміз вахтамен жұмыс істейміз.",
			"Біздің отбасы аз қамтылған деп танылған, бірақ балаларды мектепке дайындауға берілетін біржолғы көмекті ала алмадық. Ауыл әкімдігі қаражат таусылды дейді. Тексеруді сұраймын.",
			"{place} елді мекенінде ХҚКО бөлімшесі жоқ, кез келген анықтама үшін {n} шақырым жерге барамыз. Айына бір рет көшпелі қабылдау ұйымдастыруды сұраймын.",
			"Мүгедек ұлыма арнайы арба алуға өтінім бергенімізге {years} жылдан асты, әлі кезек келмеді. Көмектесулеріңізді сұраймын.",
			"Көп балалы отбасымыз {years} жыл бойы жәрдемақы алып келді, биыл себебін түсіндірместен тоқтатып тастады. Қандай негізде тоқтатылғанын жазбаша түсіндіруді сұраймын.",
			"Бірінші топтағы мүгедек жолдасымды күтемін, күтім бойынша жәрдемақы аламын. Қаңтардан бастап сомасы азайып кетті, құжаттарда ешқандай өзгеріс болған жоқ. Қайта есептеуді сұраймын.",
			"Мен зейнеткермін, үйімнің шатырын қатты жел бұзып кетті. Жөндеуге материалдық көмек көрсетуді сұраймын, ауыл әкімінің тексеру актісі бар.",
			"Асыраушысынан айырылу бойынша жәрдемақы тағайындаудан бас тартты, себебі жолдасым соңғы айларда ресми жұмыс істемеген. Кәмелетке толмаған екі балам бар. Көмектесуіңізді сұраймын.",
			"Аз қамтылған отбасы ретінде есепте тұрмыз, бірақ жеңілдетілген бағамен көмір алатындардың тізіміне енбей қалдық. Қысқа дейін мәселені шешуді сұраймын.",
		},
	},
	"housing": {
		RU: []string{
			"С начала отопительного сезона в квартире по адресу: {street}, дом {n}, батареи еле тёплые, в комнатах не выше 14 градусов. Обращения в управляющую компанию результата не дали. Прошу принять меры.",
			"Наш дом № {n} по {street} с октября не отапливается: после аварии на стояке так и стоит заглушка. В квартирах маленькие дети и пожилые люди. Прошу срочно вмешаться.",
			"Я стою в очереди на арендное жильё более {years} лет, мой номер почти не двигается. Прошу сообщить, сколько квартир будет распределено в этом году и какое у меня место в очереди.",
			"Крыша нашей пятиэтажки течёт при каждом дожде, в квартирах верхнего этажа появился грибок. Своими силами ОСИ ремонт не потянет. Прошу включить дом в программу капитального ремонта.",
			"В подъезде дома {n} по {street} уже полгода не работает лифт. Я живу на девятом этаже, у меня больные ноги. Прошу обязать обслуживающую компанию отремонтировать лифт.",
			"Наш дом признан аварийным, по несущим стенам идут трещины шириной в палец. Жильцов обещали переселить, но сроки постоянно переносятся. Прошу сообщить, когда будет расселение.",
			"В населённом пункте {place} нет центрального водоснабжения, воду подвозят раз в неделю, и её не хватает. Прошу включить наш населённый пункт в программу строительства водопровода.",
			"Подвал нашего дома затоплен канализационными стоками, в подъезде стоит запах, завелись комары. Управляющая компания ссылается на отсутствие средств. Прошу помочь.",
			"Мне как сироте положено жильё вне очереди, но с момента постановки на учёт прошло более {years} лет. Прошу разъяснить, когда я смогу получить квартиру.",
			"В нашем доме по {street} третью неделю нет горячей воды. Ремонт теплотрассы закончили, но воду так и не дали. Прошу ускорить подключение.",
			"Прошу помочь с газификацией нашей улицы: газопровод провели до соседнего квартала, а до нас трубу так и не дотянули. Жители готовы собрать все документы.",
			"После установки общедомового прибора учёта нам начисляют за тепло почти вдвое больше, чем в прошлом году. Прошу проверить правильность расчётов.",
			"Электричество в населённом пункте {place} отключают по несколько раз в день, у людей сгорела бытовая техника. Линии старые, столбы покосились. Прошу принять меры.",
			"Многодетная семья из семи человек живёт в съёмной однокомнатной квартире. В очереди на жильё мы стоим в течение {years} лет. Прошу рассмотреть выделение арендной квартиры с правом выкупа.",
			"Двор по адресу: {street}, дом {n}, после ремонта теплотрассы так и оставили разрытым: траншея не засыпана, детская площадка разрушена. Прошу обязать подрядчика восстановить благоустройство.",
		},
		KK: []string{
			"Жылыту маусымы басталғаннан бері {street}, {n}-үйдегі пәтерімізде батареялар әрең жылы, бөлмеде 14 градустан аспайды. Басқарушы компанияға айттық, нәтиже жоқ. Шара қолдануды сұраймын.",
			"Үйіміз қазан айынан бері мүлде жылытылмайды, апаттан кейін құбыр бітеулі тұр. Пәтерлерде кішкентай балалар мен қарттар бар. Тез арада араласуды сұраймын.",
			"Жалға берілетін тұрғын үй кезегінде {years} жылдан астам тұрмын, нөмірім мүлде жылжымайды. Биыл қанша пәтер бөлінетінін және менің кезектегі орнымды хабарлауыңызды сұраймын.",
			"Бес қабатты үйіміздің шатыры әр жаңбыр сайын ағады, жоғарғы қабаттағы пәтерлерде зең пайда болды. Үйді күрделі жөндеу бағдарламасына енгізуді сұраймын.",
			"{street}, {n}-үйдің кіреберісінде жарты жылдан бері лифт істемейді. Тоғызыншы қабатта тұрамын, аяғым ауырады. Қызмет көрсететін компанияны лифтті жөндеуге міндеттеуді сұраймын.",
			"{place} елді мекенінде орталықтандырылған сумен жабдықтау жоқ, су аптасына бір рет тасымалданады және жетпейді. Елді мекенімізді су құбырын салу бағдарламасына енгізуді сұраймын.",
			"Үйіміздің жертөлесін кәріз суы басып қалды, кіреберісте жағымсыз иіс бар, маса көбейді. Басқарушы компания қаражат жоқ дейді. Көмектесуіңізді сұраймын.",
			"Жетім бала ретінде маған кезектен тыс баспана берілуі тиіс, бірақ есепке тұрғаныма {years} жылдан асты. Пәтерді қашан алатынымды түсіндіруді сұраймын.",
			"{street} мекенжайындағы үйімізде үшінші апта ыстық су жоқ. Жылу құбырын жөндеу аяқталды, бірақ су берілмеді. Қосуды жеделдетуді сұраймын.",
			"Көшемізді газдандыруға көмектесуіңізді сұраймын: газ құбыры көрші кварталға дейін тартылды, ал біздің көшеге жетпей қалды. Құжаттарды жинауға дайынбыз.",
			"{place} елді мекенінде электр қуаты күніне бірнеше рет сөнеді, тұрмыстық техника күйіп кетті. Желілер ескі, бағаналар қисайып тұр. Шара қабылдауды сұраймын.",
		},
	},
	"land": {
		RU: []string{
			"В очереди на земельный участок под ИЖС я стою более {years} лет, но участки так и не распределяются. Прошу сообщить, когда будут выделены новые массивы и какой у меня номер в очереди.",
			"Сосед самовольно перенёс забор и занял около {n} кв. м моего участка по {street}. Акт выноса границ у меня на руках, но он не реагирует. Прошу провести проверку.",
			"Мне отказали в выдаче участка под ИЖС, сославшись на отсутствие свободных земель, однако рядом с населённым пунктом {place} пустует большой массив. Прошу пересмотреть решение.",
			"Прошу помочь оформить документы на землю под домом, который построил ещё мой отец. Пока земля не оформлена, мы не можем вступить в наследство.",
			"Пастбища вокруг населённого пункта {place} переданы в аренду одному крестьянскому хозяйству, и жителям негде пасти личный скот. Прошу пересмотреть распределение пастбищ.",
			"Я подал заявку на участок для ведения крестьянского хозяйства через портал, срок рассмотрения давно истёк, а ответа нет. Прошу сообщить о статусе заявки.",
			"На участке, выделенном мне под строительство дома, нет ни света, ни воды, ни подъездной дороги. Строиться невозможно. Прошу сообщить, когда массив обеспечат инженерными сетями.",
			"На участке у {street}, который всегда был общественной зоной отдыха, неизвестные начали строительство. Прошу проверить законность выдачи этой земли.",
			"Прошу изменить целевое назначение моего участка с садоводства на ИЖС: дом уже построен, участок находится в черте населённого пункта {place}.",
			"Земельный налог мне начисляют как за участок в 15 соток, хотя по документам у меня 8. В налоговой говорят, что данные пришли из кадастра. Прошу исправить ошибку.",
			"Мне выделили участок под ИЖС, но на месте оказалось, что на нём стоит опора ЛЭП. Прошу заменить участок на равноценный.",
			"Сельхозземли вокруг населённого пункта {place} много лет не обрабатываются арендатором и зарастают бурьяном. Прошу проверить и изъять неиспользуемые земли.",
			"Прошу выделить землю под огороды жителям многоэтажек по {street}. Раньше там был общий огородный массив, теперь его отдали под застройку.",
			"В акте на землю ошибочно указаны площадь и кадастровый номер. В Госкорпорации отправляют в отдел земельных отношений, а оттуда обратно. Прошу помочь исправить документ.",
			"Проезд к дачному массиву за населённым пунктом {place} перекрыл шлагбаумом новый собственник соседней земли. Другой дороги нет. Прошу восстановить проезд.",
		},
		KK: []string{
			"Жеке тұрғын үй құрылысына жер учаскесін алу кезегінде {years} жылдан астам тұрмын, бірақ учаскелер бөлінбей жатыр. Жаңа массивтер қашан берілетінін және кезектегі нөмірімді хабарлауыңызды сұраймын.",
			"Көршім қоршауды өз бетінше жылжытып, учаскемнің шамамен {n} шаршы метрін алып қойды. Шекара актісі қолымда, бірақ ол құлақ аспайды. Тексеру жүргізуді сұраймын.",
			"Жеке тұрғын үй салуға учаске беруден бос жер жоқ деп бас тартты, ал {place} елді мекенінің жанында үлкен бос массив жатыр. Шешімді қайта қарауды сұраймын.",
			"{place} елді мекенінің айналасындағы жайылымдар бір шаруа қожалығына жалға берілген, тұрғындардың жеке малын жаятын жер жоқ. Жайылымдарды бөлуді қайта қарауды сұраймын.",
			"Шаруа қожалығын жүргізуге учаске алу үшін портал арқылы өтінім бердім, қарау мерзімі әлдеқашан өтті, жауап жоқ. Өтінімнің қай сатыда екенін хабарлауыңызды сұраймын.",
			"Үй салуға берілген учаскеде жарық та, су да, жол да жоқ. Құрылыс жүргізу мүмкін емес. Массивке инженерлік желілер қашан тартылатынын хабарлауыңызды сұраймын.",
			"Әкем салған үйдің астындағы жерді ресімдеуге көмектесуіңізді сұраймын. Жер ресімделмегендіктен, мұраға ие бола алмай отырмыз.",
			"Маған бөлінген учаскеде электр беру желісінің тірегі тұр екен. Учаскені тең бағалы басқа учаскеге ауыстыруды сұраймын.",
			"{place} елді мекенінің маңындағы ауыл шаруашылығы жерлерін жалға алушы көп жылдан бері өңдемейді, арамшөп басып кетті. Тексеріп, пайдаланылмайтын жерлерді қайтаруды сұраймын.",
			"Жерге берілген актіде ауданы мен кадастрлық нөмірі қате жазылған. Мемлекеттік корпорация жер қатынастары бөліміне жібереді, олар кері қайтарады. Құжатты түзетуге көмектесуіңізді сұраймын.",
			"{street} мекенжайындағы көпқабатты үйлердің тұрғындарына бау-бақша үшін жер бөлуді сұраймын. Бұрын ортақ бақша массиві болған, қазір оны құрылысқа берді.",
		},
	},
	"employment": {
		RU: []string{
			"Я полгода стою на учёте в центре занятости как безработный, но ни одной подходящей вакансии мне не предложили. Я сварщик с опытом работы более {years} лет. Прошу содействия в трудоустройстве.",
			"Работодатель третий месяц задерживает зарплату, обещания «заплатим на следующей неделе» повторяются постоянно. Нас, работников, больше тридцати. Прошу провести проверку.",
			"Прошу включить меня в программу «Молодёжная практика». Я окончил колледж по специальности «электромонтёр», но без опыта работы меня никуда не берут.",
			"В населённом пункте {place} после закрытия ТОО почти не осталось рабочих мест, молодёжь уезжает. Прошу рассмотреть организацию общественных работ или открытие производства.",
			"Меня уволили без объяснения причин, когда я был на больничном. Прошу проверить законность увольнения и восстановить меня на работе.",
			"Хочу бесплатно переучиться на оператора котельной через центр занятости, но мне сказали, что группы уже набраны. Прошу сообщить, когда будет следующий набор.",
			"Я мать-одиночка с ребёнком-инвалидом и могу работать только неполный день. Прошу помочь с трудоустройством на социальное рабочее место.",
			"При увольнении мне не выплатили окончательный расчёт и компенсацию за неиспользованный отпуск. Работодатель не отвечает на звонки. Прошу оказать содействие.",
			"Я работаю на угольном разрезе без трудового договора, зарплату выдают наличными. После травмы на производстве мне отказались оплачивать лечение. Прошу провести проверку.",
			"Подавал заявку на государственный грант для реализации новых бизнес-идей, но в список не прошёл, причину не объяснили. Прошу разъяснить критерии отбора.",
			"Мне 58 лет, я инженер. После сокращения на заводе не могу найти работу: везде отказывают из-за возраста. Прошу помочь с трудоустройством или направить на переобучение.",
			"Наша бригада работала по договору на строительстве школы в населённом пункте {place}. Подрядчик не заплатил за два месяца и перестал выходить на связь. Прошу помочь вернуть заработанное.",
			"Прошу разъяснить, положена ли мне выплата из ГФСС по случаю потери работы. Я работал официально более {years} лет и уволен по сокращению штата.",
			"Школьникам, работавшим летом на общественных работах, обещали заплатить в конце июля, но деньги не поступили до сих пор. Прошу проверить.",
			"Хочу переехать по программе добровольного переселения в северный регион, где есть работа по моей специальности. Прошу проконсультировать о мерах поддержки и порядке участия.",
		},
		KK: []string{
			"Жарты жылдан бері жұмыспен қамту орталығында жұмыссыз ретінде тіркеудемін, бірақ бірде-бір лайықты бос орын ұсынылмады. Мамандығым – дәнекерлеуші, тәжірибем {years} жылдан асады. Жұмысқа орналасуға көмек сұраймын.",
			"Жұмыс беруші үшінші ай жалақыны кешіктіріп келеді, «келесі аптада төлейміз» деген уәде қайталана береді. Бізде отыздан астам жұмысшы бар. Тексеру жүргізуді сұраймын.",
			"Мені «Жастар практикасы» бағдарламасына енгізуді сұраймын. Колледжді электромонтер мамандығы бойынша бітірдім, бірақ тәжірибем жоқ деп ешқайда алмайды.",
			"{place} елді мекенінде серіктестік жабылғаннан кейін жұмыс орындары қалмады, жастар көшіп кетіп жатыр. Қоғамдық жұмыстар ұйымдастыруды немесе өндіріс ашу мүмкіндігін қарастыруды сұраймын.",
			"Мені ауырып жүрген кезімде себебін түсіндірмей жұмыстан шығарып жіберді. Жұмыстан шығарудың заңдылығын тексеріп, жұмысқа қайта алуды сұраймын.",
			"Мүгедек баласы бар жалғызбасты анамын, тек толық емес жұмыс күні жұмыс істей аламын. Әлеуметтік жұмыс орнына орналасуға көмектесуіңізді сұраймын.",
			"Көмір разрезінде еңбек шартынсыз жұмыс істеймін, жалақыны қолма-қол береді. Өндірісте жарақат алғаннан кейін емделуге ақы төлеуден бас тартты. Тексеру жүргізуді сұраймын.",
			"Жасым 58-де, инженермін, зауыттағы қысқартудан кейін жұмыс таба алмай жүрмін: жасыма байланысты барлық жерде бас тартады. Жұмысқа орналасуға немесе қайта оқуға жіберуге көмектесуіңізді сұраймын.",
			"Бригадамыз {place} елді мекеніндегі мектеп құрылысында шартпен жұмыс істеді. Мердігер екі айдың ақысын төлемей, хабарласпай кетті. Еңбекақыны қайтаруға көмектесуіңізді сұраймын.",
			"Қазандық операторы мамандығы бойынша тегін қайта даярлау курсына жазылғым келеді, бірақ топтар толды деді. Келесі қабылдау қашан болатынын хабарлауыңызды сұраймын.",
			"МӘСҚ-тан жұмысынан айырылу бойынша төлем алуға құқығым бар ма, түсіндіріп беруіңізді сұраймын. {years} жылдан астам ресми жұмыс істедім, штат қысқаруы бойынша шығарылдым.",
		},
	},
	"health": {
		RU: []string{
			"В сельской амбулатории населённого пункта {place} уже более полугода нет врача, два раза в неделю принимает только фельдшер. Прошу направить к нам врача общей практики.",
			"Чтобы попасть к эндокринологу в поликлинике, нужно ждать записи больше трёх недель. У меня сахарный диабет, инсулин заканчивается. Прошу решить вопрос.",
			"Моему ребёнку-инвалиду положены бесплатные лекарства, но в аптеке их нет уже второй месяц, покупаем за свой счёт. Прошу обеспечить препаратами.",
			"Скорая помощь ехала к моему отцу в населённый пункт {place} больше двух часов: подстанции рядом нет, машина одна на несколько сёл. Прошу рассмотреть выделение дополнительной бригады.",
			"Прошу помочь с направлением на операцию по квоте: в очереди на эндопротезирование тазобедренного сустава я стою более {years} лет и хожу с трудом.",
			"В поликлинике № {n} не работает рентген-аппарат, на флюорографию отправляют в другой район. Прошу ускорить ремонт оборудования.",
			"Меня без моего согласия открепили от поликлиники и прикрепили к другой, на другом конце города. Прошу восстановить прежнее прикрепление.",
			"Врач отказался выписать направление на МРТ, сославшись на отсутствие квот, а боли не проходят уже несколько месяцев. Прошу разъяснить, как пройти обследование бесплатно.",
			"В здании сельского ФАП течёт крыша, зимой холодно, нет воды, медсестра принимает людей в пальто. Прошу выделить средства на ремонт.",
			"Мне насчитали задолженность по взносам ОСМС, хотя я работаю официально и работодатель всё перечисляет. Из-за этого в поликлинике отказали в бесплатном приёме. Прошу разобраться.",
			"Прошу обратить внимание на отношение персонала в приёмном покое районной больницы: мою мать с высокой температурой несколько часов продержали в коридоре.",
			"В населённом пункте {place} закрылась единственная аптека, за лекарствами ездим за {n} км. Прошу рассмотреть открытие аптечного пункта при амбулатории.",
			"Детская поликлиника не даёт направление на реабилитацию ребёнку с ДЦП, ссылаясь на отсутствие мест в центре, хотя курс положен дважды в год. Прошу помочь.",
			"Стоматолог в районной поликлинике принимает только платно, хотя нам говорили о бесплатной помощи в рамках ГОБМП. Прошу разъяснить, какие услуги положены бесплатно.",
			"Третий месяц не могу сдать анализ на гормоны: в поликлинике говорят, что в лаборатории нет реактивов. Прошу помочь.",
		},
		KK: []string{
			"{place} елді мекеніндегі ауылдық амбулаторияда жарты жылдан астам уақыт дәрігер жоқ, аптасына екі рет тек фельдшер қабылдайды. Бізге жалпы тәжірибе дәрігерін жіберуді сұраймын.",
			"Емханада эндокринологқа жазылу үшін үш аптадан астам күту керек. Қант диабетім бар, инсулин таусылып барады. Мәселені шешуді сұраймын.",
			"Мүгедек балама тегін дәрі-дәрмек берілуі тиіс, бірақ дәріханада екінші ай жоқ. Өз қаражатымызға сатып алып жүрміз. Дәрілермен қамтамасыз етуді сұраймын.",
			"{place} елді мекенінде тұратын әкеме жедел жәрдем екі сағаттан астам уақытта жетті. Жақын маңда қосалқы станция жоқ, бірнеше ауылға бір көлік. Қосымша бригада бөлуді сұраймын.",
			"{n}-емханада рентген аппараты істемейді, флюорографияға басқа ауданға жібереді. Жабдықты жөндеуді жеделдетуді сұраймын.",
			"Мені келісімімсіз емханадан ажыратып, қаланың арғы шетіндегі басқа емханаға бекітіп қойыпты. Бұрынғы емханаға қайта бекітуді сұраймын.",
			"Дәрігер квота жоқ деп МРТ-ға жолдама беруден бас тартты, ал ауырсыну бірнеше ай бойы басылмай жүр. Тексеруден тегін қалай өтуге болатынын түсіндіруді сұраймын.",
			"Ауылдағы фельдшерлік-акушерлік пункт ғимаратының шатыры ағады, қыста суық, су жоқ. Медбике адамдарды пальтомен қабылдайды. Жөндеуге қаражат бөлуді сұраймын.",
			"Ресми жұмыс істеймін, жұмыс беруші жарналарды толық аударады, бірақ маған МӘМС бойынша берешек есептеліпті. Сол себепті емханада тегін қабылдаудан бас тартты. Анықтауды сұраймын.",
			"{place} елді мекеніндегі жалғыз дәріхана жабылды, дәріге {n} шақырым жерге барамыз. Амбулатория жанынан дәріхана пунктін ашуды қарастыруды сұраймын.",
			"Балалар емханасы церебральды сал ауруы бар балама оңалту орталығына жолдама бермей отыр, орын жоқ дейді. Жылына екі рет курс алуға құқығымыз бар. Көмектесуіңізді сұраймын.",
		},
	},
	"education": {
		RU: []string{
			"Моему ребёнку 4 года, в очереди в детский сад стоим с рождения, но место так и не дали. Ближайший сад в населённом пункте {place} переполнен. Прошу помочь с получением направления.",
			"В школе № {n} не хватает учителей математики и физики, уроки ведут учителя других предметов по совместительству. Прошу решить кадровый вопрос.",
			"Школьный автобус, который возил детей из нашего села в школу за {n} км, сломался ещё в сентябре. Дети добираются как могут. Прошу выделить транспорт.",
			"В здании школы населённого пункта {place} течёт крыша, в спортзале с потолка осыпается штукатурка. Прошу включить школу в план капитального ремонта.",
			"Из-за нехватки мест школа работает в три смены, мой ребёнок учится до восьми вечера. Прошу сообщить, когда в нашем микрорайоне построят новую школу.",
			"Ребёнку с особыми образовательными потребностями отказали в тьюторе в обычной школе, хотя ПМПК рекомендовала инклюзивное обучение. Прошу помочь.",
			"В классе моего сына 38 учеников, кабинет тесный, парт не хватает. Прошу принять меры по разделению класса.",
			"Прошу разъяснить, почему моему ребёнку из многодетной семьи отказали в бесплатном горячем питании в школе, хотя все документы сданы.",
			"В детском саду № {n} зимой в группах холодно, дети постоянно болеют. Заведующая говорит, что котельная старая. Прошу проверить и принять меры.",
			"В нашей сельской школе с начала учебного года нет учителя английского языка, к экзаменам дети готовятся сами. Прошу направить специалиста.",
			"Прошу выделить моему сыну место в школьном интернате: в населённом пункте {place} только начальная школа, а возить ребёнка каждый день в райцентр не на чем.",
			"В общежитии нашего колледжа студентам не выдают постельное бельё, в комнатах сломана мебель, в душевых нет горячей воды. Прошу провести проверку.",
			"С родителей в школе регулярно собирают деньги на ремонт классов и охрану. Прошу проверить законность таких сборов.",
			"Ребёнка не приняли в первый класс ближайшей школы по {street}, сославшись на отсутствие мест, и направили в школу за несколько остановок. Прошу пересмотреть решение.",
			"Детская музыкальная школа в населённом пункте {place} закрылась из-за аварийного здания, детям негде заниматься. Прошу подыскать помещение и возобновить занятия.",
		},
		KK: []string{
			"Балам 4 жаста, туғаннан бері балабақша кезегінде тұрмыз, бірақ әлі орын берілмеді. {place} елді мекеніндегі жақын балабақша толып тұр. Жолдама алуға көмектесуіңізді сұраймын.",
			"{n}-мектепте математика мен физика мұғалімдері жетіспейді, сабақты басқа пән мұғалімдері қоса атқарып жүр. Кадр мәселесін шешуді сұраймын.",
			"Ауылымыздан {n} шақырым жердегі мектепке балаларды тасымалдайтын мектеп автобусы қыркүйекте бұзылды. Балалар мектепке әрең жетіп жүр. Көлік бөлуді сұраймын.",
			"{place} елді мекеніндегі мектеп ғимаратының шатыры ағады, спорт залында төбеден сылақ түсіп жатыр. Мектепті күрделі жөндеу жоспарына енгізуді сұраймын.",
			"Орын тапшылығынан мектеп үш ауысыммен жұмыс істейді, балам кешкі сегізге дейін оқиды. Шағын ауданымызда жаңа мектеп қашан салынатынын хабарлауыңызды сұраймын.",
			"Ерекше білім беру қажеттілігі бар балама жалпы білім беретін мектепте тьютор беруден бас тартты, ал ПМПК инклюзивті оқытуды ұсынған. Көмектесуіңізді сұраймын.",
			"Көп балалы отбасынан шыққан балама барлық құжат тапсырылса да, мектепте тегін ыстық тамақтан неге бас тартылғанын түсіндіруді сұраймын.",
			"{n}-балабақшада қыста топтарда суық, балалар үнемі ауырады. Меңгеруші қазандық ескі дейді. Тексеріп, шара қолдануды сұраймын.",
			"Ауылдық мектебімізде оқу жылының басынан бері ағылшын тілі мұғалімі жоқ. Балалар емтиханға өздері дайындалып жүр. Маман жіберуді сұраймын.",
			"Мектепте ата-аналардан сыныпты жөндеуге және күзетке үнемі ақша жиналады. Мұндай жиындардың заңдылығын тексеруді сұраймын.",
			"{place} елді мекенінде тек бастауыш мектеп бар, баланы күнде аудан орталығына апаратын көлік жоқ. Ұлыма мектеп жанындағы интернаттан орын бөлуді сұраймын.",
		},
	},
	"roads": {
		RU: []string{
			"На дороге к школе по {street} образовалась глубокая яма: после дождя её не видно, машины пробивают колёса, дети обходят её по проезжей части. Прошу срочно отремонтировать участок.",
			"Автобусный маршрут № {n}, связывавший наш микрорайон с центром, отменили без предупреждения. Пожилым людям и школьникам теперь не на чем добираться. Прошу восстановить маршрут.",
			"Дорога от трассы до населённого пункта {place} (около {n} км) полностью разбита: весной и осенью проехать невозможно, скорая не может добраться. Прошу включить её в план среднего ремонта.",
			"Уличное освещение по {street} не работает с прошлой осени, вечером идти страшно, особенно зимой. Прошу восстановить освещение.",
			"Возле школы № {n} нет пешеходного перехода и искусственных неровностей, машины проезжают на большой скорости. Прошу обустроить переход и установить светофор.",
			"Междугородний автобус до райцентра стал ходить только два раза в неделю, а билеты подорожали. Прошу рассмотреть возможность увеличить число рейсов.",
			"После прокладки водопровода подрядчик не восстановил асфальт во дворе по адресу: {street}, дом {n}, остались ямы и кучи грунта. Прошу обязать подрядчика восстановить покрытие.",
			"Зимой дорогу к населённому пункту {place} по несколько дней не чистят от снега, люди не могут выехать даже в больницу. Прошу закрепить за нашим участком дороги технику.",
			"На перекрёстке возле рынка не работает светофор, там уже были аварии. Прошу срочно его отремонтировать.",
			"Мост через речку у населённого пункта {place} в аварийном состоянии: настил прогнил, перил нет, а по нему дети ходят в школу. Прошу принять меры.",
			"На остановке по {street} нет павильона, люди ждут автобус под дождём и снегом. Прошу установить остановочный павильон.",
			"По вечерам автобусы на маршруте № {n} ходят с интервалом больше сорока минут и переполнены. Прошу увеличить количество машин на маршруте.",
			"Грузовики с карьера разбили дорогу на нашей улице, пыль стоит круглые сутки. Прошу запретить проезд большегрузов через жилой сектор.",
			"Вдоль дороги к детскому саду нет тротуара, родители с колясками идут по обочине. Прошу предусмотреть строительство тротуара.",
			"Ремонт дороги по {street} начали весной и бросили: проезд перекрыт, объезжаем через дворы. Прошу сообщить сроки окончания работ.",
		},
		KK: []string{
			"{street} мекенжайындағы мектепке баратын жолда терең шұңқыр пайда болды: жаңбырдан кейін көрінбейді, көліктердің дөңгелегі жарылады, балалар оны жүру бөлігімен айналып өтеді. Жолды жедел жөндеуді сұраймын.",
			"Шағын ауданымызды орталықпен байланыстыратын № {n} автобус бағыты ескертусіз жабылды. Қарттар мен оқушылар қалаға жете алмай отыр. Бағытты қалпына келтіруді сұраймын.",
			"Трассадан {place} елді мекеніне дейінгі жол (шамамен {n} шақырым) әбден бұзылған, көктем мен күзде жүру мүмкін емес, жедел жәрдем жете алмайды. Жолды орташа жөндеу жоспарына енгізуді сұраймын.",
			"{n}-мектептің жанында жаяу жүргінші өткелі мен жасанды кедергілер жоқ, көліктер жылдам жүреді. Өткел жасап, бағдаршам орнатуды сұраймын.",
			"Қыста {place} елді мекеніне баратын жол бірнеше күн бойы қардан тазартылмайды, адамдар ауруханаға да шыға алмайды. Жолдың біздің бөлігіне техника бекітуді сұраймын.",
			"{place} елді мекенінің жанындағы өзен үстіндегі көпір апатты жағдайда: төсеніші шіріген, қоршауы жоқ. Балалар мектепке сол көпірмен жүреді. Шара қолдануды сұраймын.",
			"Аудан орталығына баратын қалааралық автобус аптасына екі-ақ рет жүретін болды, билет қымбаттады. Рейстерді көбейтуді қарастыруды сұраймын.",
			"Су құбырын төсегеннен кейін мердігер {street}, {n}-үйдің ауласындағы асфальтты қалпына келтірмеді. Мердігерді жабынды қалпына келтіруге міндеттеуді сұраймын.",
			"Базар жанындағы қиылыста бағдаршам істемейді, жол-көлік оқиғалары болды. Тез арада жөндеуді сұраймын.",
			"Карьерден шыққан жүк көліктері көшеміздің жолын бұзып тастады, тәулік бойы шаң. Тұрғын үй секторы арқылы ауыр көліктердің жүруіне тыйым салуды сұраймын.",
			"{street} мекенжайындағы аялдамада павильон жоқ, адамдар автобусты жаңбыр мен қарда күтеді. Аялдама павильонын орнатуды сұраймын.",
		},
	},
	"law_order": {
		RU: []string{
			"В соседнем доме по {street} регулярно собираются шумные компании, распивают спиртное и кричат по ночам. Участковый на вызовы не реагирует. Прошу навести порядок.",
			"В населённом пункте {place} нет участкового инспектора, ближайший опорный пункт полиции находится в райцентре. Прошу рассмотреть вопрос о закреплении за нами участкового.",
			"Мошенники по телефону выманили у моей матери деньги, представившись сотрудниками банка. Заявление в полицию подали больше месяца назад, но о ходе расследования нам ничего не сообщают. Прошу взять на контроль.",
			"По ночам на нашей улице гоняют мотоциклы без глушителей, спать невозможно. Прошу усилить патрулирование.",
			"В населённом пункте {place} участились кражи скота: за осень у жителей пропали лошади и коровы. Заявления приняты, но результата нет. Прошу усилить работу полиции.",
			"Возле школы № {n} несовершеннолетним продают электронные сигареты. Прошу проверить торговые точки.",
			"Сосед систематически угрожает моей семье, были случаи нападения. Заявление в полицию подано, но меры так и не приняты. Прошу защиты.",
			"В подъезде дома {n} по {street} постоянно собираются подростки, курят, портят имущество. Прошу провести профилактическую работу.",
			"Во дворах нашего микрорайона нет камер видеонаблюдения, участились случаи порчи автомобилей. Прошу рассмотреть установку камер.",
			"На перекрёстке возле нашего дома водители постоянно нарушают правила, уже были наезды на пешеходов. Прошу установить камеру фиксации нарушений.",
			"Неизвестные сломали ворота и выбили окна в здании бывшего клуба в населённом пункте {place}, там собираются подростки. Прошу принять меры и организовать охрану здания.",
			"Мне пришёл штраф за нарушение ПДД, которого я не совершал: на фото чужая машина с похожим номером. Прошу отменить постановление.",
			"Прошу разъяснить, почему уголовное дело о ДТП, в котором пострадал мой сын, до сих пор не передано в суд, хотя прошло больше года.",
			"В одной из квартир нашего дома по {street} постоянно бывают посторонние люди, на лестнице находим шприцы. Прошу провести проверку.",
			"Прошу установить освещение и видеонаблюдение в парке населённого пункта {place}: вечером там небезопасно, были случаи грабежа.",
		},
		KK: []string{
			"{street} мекенжайындағы көрші үйде үнемі шулы топтар жиналып, ішімдік ішеді, түнде айғайлайды. Учаскелік инспектор шақыртуларға келмейді. Тәртіп орнатуды сұраймын.",
			"{place} елді мекенінде учаскелік полиция инспекторы жоқ, жақын тірек пункті аудан орталығында. Бізге учаскелік инспектор бекіту мәселесін қарауды сұраймын.",
			"Алаяқтар банк қызметкері болып телефон соғып, анамның ақшасын алдап алды. Полицияға бір айдан астам уақыт бұрын арыз бердік, тергеу барысы туралы ешқандай мәлімет жоқ. Бақылауға алуды сұраймын.",
			"Түнде көшемізде дыбыс бәсеңдеткішсіз мотоциклдер шабады, ұйықтау мүмкін емес. Патрульдеуді күшейтуді сұраймын.",
			"{place} елді мекенінде мал ұрлығы көбейді: күзде тұрғындардың жылқылары мен сиырлары жоғалды. Арыздар қабылданды, нәтиже жоқ. Полицияның жұмысын күшейтуді сұраймын.",
			"{n}-мектептің жанында кәмелетке толмағандарға электронды темекі сатылады. Сауда нүктелерін тексеруді сұраймын.",
			"Көршім отбасымды үнемі қорқытады, бізге шабуыл жасаған кездері де болды. Полицияға арыз бердім, бірақ шара қолданылмады. Қорғау көрсетуді сұраймын.",
			"{street}, {n}-үйдің кіреберісінде жасөспірімдер үнемі жиналып, темекі шегеді, мүлікті бүлдіреді. Профилактикалық жұмыс жүргізуді сұраймын.",
			"Маған өзім жасамаған жол жүру ережесін бұзғаным үшін айыппұл келді: суретте нөмірі ұқсас басқа көлік. Қаулының күшін жоюды сұраймын.",
			"{place} елді мекеніндегі бұрынғы клуб ғимаратының қақпасын бұзып, терезелерін сындырып кетті, онда жасөспірімдер жиналады. Шара қолданып, күзет ұйымдастыруды сұраймын.",
			"Үйіміздің жанындағы қиылыста жүргізушілер ережені үнемі бұзады, жаяу жүргіншілерді қағып кеткен жағдайлар болды. Бұзушылықтарды тіркейтін камера орнатуды сұраймын.",
		},
	},
	"business": {
		RU: []string{
			"Я индивидуальный предприниматель, подал заявку на льготный кредит по программе поддержки бизнеса, но банк уже три месяца не даёт ответа. Прошу оказать содействие.",
			"Договор аренды торгового места на рынке со мной расторгли без объяснения причин, хотя арендную плату я вносил вовремя. Прошу проверить законность.",
			"Хочу открыть пекарню в населённом пункте {place}, но технические условия на подключение к электросетям не выдают с весны. Прошу помочь.",
			"Прошу разъяснить порядок получения государственного гранта для начинающих предпринимателей из многодетных семей. В центре занятости дают противоречивую информацию.",
			"Мой магазин проверяют внепланово почти каждый месяц, каждый раз по новому поводу. Прошу проверить обоснованность этих проверок.",
			"Нестационарные торговые объекты по {street} снесли, хотя разрешение у нас было до конца года. Убытки большие. Прошу разъяснить, на каком основании это сделано.",
			"Я фермер, развожу овец. Субсидии за прошлый год до сих пор не выплачены, хотя все документы прошли проверку. Прошу ускорить выплату.",
			"Прошу помочь с помещением под швейный цех в пустующем здании бывшего детского сада в населённом пункте {place}. Готов создать рабочие места для местных женщин.",
			"Стоимость подключения моего кафе к газу оказалась неподъёмной: поставщик выставил явно завышенную смету. Прошу проверить обоснованность расчёта.",
			"Мне отказали в участии в программе «Дорожная карта бизнеса», сославшись на несоответствие вида деятельности. Прошу разъяснить, какие виды деятельности поддерживаются.",
			"На сельском рынке нет навесов, туалета и воды, торговать и летом, и зимой очень тяжело. Прошу благоустроить рынок.",
			"Крестьянским хозяйствам района некуда сдавать молоко: единственный приёмный пункт закрылся. Прошу содействовать открытию пункта приёма молока в населённом пункте {place}.",
			"Налоговая заблокировала мой счёт из-за задолженности, которую я давно погасил. Бизнес фактически стоит. Прошу помочь снять ограничения.",
			"Прошу предоставить в аренду на льготных условиях пустующее помещение по {street} для кружка робототехники для детей.",
			"Мы, владельцы магазинов у остановки по {street}, просим разъяснить, почему нам предписали за свой счёт благоустроить прилегающую территорию шириной десять метров.",
		},
		KK: []string{
			"Мен жеке кәсіпкермін, бизнесті қолдау бағдарламасы бойынша жеңілдетілген несиеге өтінім бердім, банк үш айдан бері жауап бермей отыр. Көмектесуіңізді сұраймын.",
			"Базардағы сауда орнын жалға алу шартын себебін түсіндірмей бұзды, ал мен жалдау ақысын уақытында төлеп келдім. Заңдылығын тексеруді сұраймын.",
			"{place} елді мекенінде наубайхана ашқым келеді, бірақ көктемнен бері электр желісіне қосылуға техникалық шарттар берілмей жатыр. Көмектесуіңізді сұраймын.",
			"Көп балалы отбасылардан шыққан жаңадан бастаған кәсіпкерлерге арналған мемлекеттік грантты алу тәртібін түсіндіруді сұраймын. Жұмыспен қамту орталығында әртүрлі ақпарат береді.",
			"Дүкенімді тексеруші органдар әр ай сайын дерлік жоспардан тыс тексереді, әр жолы жаңа себеп айтады. Бұл тексерулердің негізділігін тексеруді сұраймын.",
			"Мен шаруамын, қой өсіремін. Өткен жылғы субсидиялар әлі төленген жоқ, барлық құжаттар тексеруден өтті. Төлемді жеделдетуді сұраймын.",
			"{place} елді мекеніндегі бұрынғы балабақшаның бос ғимаратынан тігін цехына орын бөлуге көмектесуіңізді сұраймын. Жергілікті әйелдер үшін жұмыс орындарын ашуға дайынмын.",
			"Ауылдық базарда қалқа, дәретхана, су жоқ, жазда да, қыста да сауда жасау өте қиын. Базарды абаттандыруды сұраймын.",
			"Аудандағы шаруа қожалықтары сүт өткізе алмай отыр: жалғыз қабылдау пункті жабылды. {place} елді мекенінде сүт қабылдау пунктін ашуға жәрдемдесуді сұраймын.",
			"Салық органы мен әлдеқашан өтеген берешек үшін шотымды бұғаттап тастады. Бизнес іс жүзінде тоқтап тұр. Шектеулерді алып тастауға көмектесуіңізді сұраймын.",
			"Балаларға арналған робототехника үйірмесін ашу үшін {street} мекенжайындағы бос үй-жайды жеңілдікпен жалға беруді сұраймын.",
		},
	},
	"ecology": {
		RU: []string{
			"На берегу реки за населённым пунктом {place} образовалась стихийная свалка: туда вывозят строительный мусор и бытовые отходы, весной всё смывает в воду. Прошу ликвидировать свалку и установить контроль.",
			"Мусор с контейнерной площадки у дома {n} по {street} не вывозят по две недели, контейнеры переполнены, вокруг бродят собаки. Прошу обязать перевозчика соблюдать график.",
			"По ночам в городе стоит резкий запах гари и серы, особенно в безветренную погоду. Дети кашляют. Прошу провести замеры качества воздуха и проверить предприятия.",
			"Во дворе по {street} без разрешения вырубили взрослые деревья под парковку. Прошу проверить законность вырубки и обязать провести компенсационную посадку.",
			"Рядом с жилыми домами в населённом пункте {place} работает асфальтобетонный завод, дым идёт прямо во дворы. Прошу проверить наличие разрешений и соблюдение санитарной зоны.",
			"Стаи бродячих собак ходят по {street}, бросаются на детей и пожилых. Прошу организовать отлов.",
			"В реке возле населённого пункта {place} массово погибла рыба, вода стала мутной и с запахом. Подозреваем сброс стоков. Прошу провести проверку.",
			"Жители частного сектора сжигают мусор и листву прямо на улице, дым заходит в дома. Прошу провести разъяснительную работу и наладить вывоз мусора из частного сектора.",
			"Прошу установить в нашем микрорайоне контейнеры для раздельного сбора пластика и бумаги: жители готовы сортировать отходы.",
			"Старый скотомогильник на окраине населённого пункта {place} не огорожен, рядом пасётся скот. Прошу привести объект в соответствие с санитарными требованиями.",
			"Сквер возле школы № {n} зарос сорняками, деревья сохнут без полива. Прошу включить сквер в план озеленения.",
			"Шлак из котельной вываливают прямо у дороги, ветер разносит пыль по всему посёлку. Прошу обязать владельца котельной вывезти отходы.",
			"На полигоне бытовых отходов за городом регулярно случаются пожары, дым доходит до жилых кварталов. Прошу принять меры.",
			"Вдоль трассы у населённого пункта {place} выбрасывают пакеты и бутылки, обочина завалена мусором. Прошу организовать уборку и поставить урны на остановках.",
			"После паводка в подвалах домов по {street} стоит вода, появились запах и плесень. Прошу организовать откачку воды и дезинфекцию.",
		},
		KK: []string{
			"{place} елді мекенінің сыртындағы өзен жағасында заңсыз қоқыс үйіндісі пайда болды: құрылыс қалдықтары мен тұрмыстық қоқыс төгіледі, көктемде бәрі суға шайылады. Үйіндіні жойып, бақылау орнатуды сұраймын.",
			"{street}, {n}-үйдің жанындағы контейнер алаңынан қоқыс екі апта бойы шығарылмайды, контейнерлер толып кеткен, айналасында иттер жүр. Тасымалдаушыны кестені сақтауға міндеттеуді сұраймын.",
			"Түнде қалада күйік пен күкірттің өткір иісі тұрады, әсіресе желсіз күндері. Балалар жөтеледі. Ауа сапасын өлшеп, кәсіпорындарды тексеруді сұраймын.",
			"{street} мекенжайындағы аулада рұқсатсыз көлік тұрағы үшін ересек ағаштарды кесіп тастады. Кесудің заңдылығын тексеріп, орнына ағаш отырғызуға міндеттеуді сұраймын.",
			"{place} елді мекенінде тұрғын үйлердің жанында асфальт-бетон зауыты жұмыс істейді, түтін тура аулаларға барады. Рұқсаттары мен санитарлық аймақтың сақталуын тексеруді сұраймын.",
			"{place} елді мекенінің жанындағы өзенде балық жаппай қырылды, су лайланып, иіс шықты. Ағынды су төгілді деп күдіктенеміз. Тексеру жүргізуді сұраймын.",
			"Қаңғыбас иттер {street} маңында топтанып жүр, балалар мен қарттарға шабады. Аулауды ұйымдастыруды сұраймын.",
			"Жеке сектордың тұрғындары қоқыс пен жапырақты көшеде өртейді, түтін үйге кіреді. Түсіндіру жұмысын жүргізіп, жеке сектордан қоқыс шығаруды ұйымдастыруды сұраймын.",
			"Шағын ауданымызға пластик пен қағазды бөлек жинайтын контейнерлер қоюды сұраймын, тұрғындар қалдықтарды сұрыптауға дайын.",
			"{place} елді мекенінің шетіндегі ескі мал қорымы қоршалмаған, жанында мал жайылады. Нысанды санитарлық талаптарға сәйкес келтіруді сұраймын.",
			"Қазандықтың қожы жол жиегіне төгіледі, жел шаңды бүкіл кентке таратады. Қазандық иесін қалдықтарды шығаруға міндеттеуді сұраймын.",
		},
	},
	"other": {
		RU: []string{
			"Прошу помочь восстановить утерянные документы на дом: архив сгорел, а без документов мы не можем оформить наследство.",
			"В населённом пункте {place} нет мобильной связи и интернета, чтобы позвонить, поднимаемся на сопку. Прошу включить нас в программу подключения к широкополосному интернету.",
			"Дом культуры в населённом пункте {place} закрыт на ремонт уже более {years} лет. Прошу выделить помещение для занятий ансамбля ветеранов.",
			"Прошу разъяснить, куда обращаться по вопросу переименования нашей улицы: жители собрали подписи за присвоение ей имени земляка, участника Великой Отечественной войны.",
			"Кладбище населённого пункта {place} не огорожено, на территорию заходит скот. Прошу выделить средства на ограждение.",
			"Прошу помочь с детской спортивной площадкой во дворе по {street}: старую демонтировали, а новую так и не поставили.",
			"В ЦОН постоянные очереди, талоны заканчиваются к обеду, электронная запись не работает. Прошу принять меры по улучшению обслуживания.",
			"Прошу сообщить, на какой стадии рассмотрение моего предыдущего обращения, поданного больше месяца назад. Ответа до сих пор нет.",
			"В сельской библиотеке населённого пункта {place} нет новых книг и компьютера. Прошу помочь с пополнением фонда.",
			"Прошу разъяснить порядок получения статуса кандаса для моих родственников, переехавших из-за рубежа.",
			"Жители многоэтажного дома по {street} просят установить во дворе детскую площадку и скамейки: в доме много семей с маленькими детьми.",
			"Прошу помочь с проведением праздника Наурыз для жителей населённого пункта {place}: средства собираем сами, не хватает звуковой аппаратуры и юрты.",
			"В здании акимата сельского округа нет пандуса, люди на колясках не могут попасть на приём. Прошу установить пандус.",
			"Общественная баня в населённом пункте {place} работает только один день в неделю, и горячей воды там нет. Прошу разобраться.",
			"Прошу объяснить, почему ответ на мою письменную жалобу пришёл через два месяца и не по существу вопроса.",
		},
		KK: []string{
			"Үйге арналған жоғалған құжаттарды қалпына келтіруге көмектесуіңізді сұраймын: мұрағат өртеніп кеткен, құжатсыз мұраны ресімдей алмай отырмыз.",
			"{place} елді мекенінде ұялы байланыс пен интернет жоқ, телефон соғу үшін төбеге шығамыз. Бізді кеңжолақты интернетке қосу бағдарламасына енгізуді сұраймын.",
			"{place} елді мекеніндегі мәдениет үйі {years} жыл бойы жөндеуде жабық тұр. Ардагерлер ансамблінің сабақтары үшін үй-жай бөлуді сұраймын.",
			"{place} елді мекенінің зираты қоршалмаған, аумаққа мал кіреді. Қоршауға қаражат бөлуді сұраймын.",
			"{street} мекенжайындағы аулада балаларға спорт алаңын орнатуға көмектесуіңізді сұраймын: ескісін бөлшектеп әкетті, жаңасы әлі қойылмады.",
			"ХҚКО-да үнемі кезек, талондар түске қарай таусылады, электронды жазылу жұмыс істемейді. Қызмет көрсетуді жақсарту шараларын қабылдауды сұраймын.",
			"Бір айдан астам уақыт бұрын берген өтінішімнің қай сатыда қаралып жатқанын хабарлауыңызды сұраймын. Әлі жауап жоқ.",
			"{place} елді мекеніндегі ауылдық кітапханада жаңа кітаптар мен компьютер жоқ. Қорды толықтыруға көмектесуіңізді сұраймын.",
			"Шетелден көшіп келген туыстарыма қандас мәртебесін алу тәртібін түсіндіруді сұраймын.",
			"Ауылдық округ әкімдігінің ғимаратында пандус жоқ, арбамен жүретін адамдар қабылдауға кіре алмайды. Пандус орнатуды сұраймын.",
			"{place} елді мекенінде Наурыз мерекесін өткізуге көмек сұраймыз: қаражатты өзіміз жинап жатырмыз, дыбыс аппаратурасы мен киіз үй жетіспейді.",
		},
	},
}

// BodyName is an executive body that answers appeals of one category. RU, KK
// and EN contain the placeholder {of} exactly once: RU takes Region.GenRU or
// Place.GenRU ("Управление здравоохранения Карагандинской области"), KK takes
// Region.GenKK or Place.GenKK ("Қарағанды облысының денсаулық сақтау
// басқармасы"), EN takes the English name of the territory ("Health Department
// of Karaganda Region", "Department of Education of Abai District").
type BodyName struct {
	Category, RU, KK, EN string
	Oblast               bool /* oblast-level body; else district/city-level */
}

// BodyNames lists, for every category, at least one oblast-level and one
// district/city-level body. The akim's apparatus (both levels) is filed under
// "other": it takes the appeals that fit no sectoral body.
var BodyNames = []BodyName{
	{Category: "other", RU: "Аппарат акима {of}", KK: "{of} әкімінің аппараты", EN: "Office of the Akim of {of}", Oblast: true},
	{Category: "other", RU: "Аппарат акима {of}", KK: "{of} әкімінің аппараты", EN: "Office of the Akim of {of}", Oblast: false},

	{Category: "social", RU: "Управление координации занятости и социальных программ {of}", KK: "{of} жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", EN: "Department of Employment Coordination and Social Programmes of {of}", Oblast: true},
	{Category: "social", RU: "Отдел занятости и социальных программ {of}", KK: "{of} жұмыспен қамту және әлеуметтік бағдарламалар бөлімі", EN: "Division of Employment and Social Programmes of {of}", Oblast: false},

	{Category: "employment", RU: "Центр трудовой мобильности {of}", KK: "{of} еңбек ұтқырлығы орталығы", EN: "Labour Mobility Centre of {of}", Oblast: true},
	{Category: "employment", RU: "Центр занятости населения {of}", KK: "{of} халықты жұмыспен қамту орталығы", EN: "Employment Centre of {of}", Oblast: false},

	{Category: "housing", RU: "Управление энергетики и жилищно-коммунального хозяйства {of}", KK: "{of} энергетика және тұрғын үй-коммуналдық шаруашылық басқармасы", EN: "Department of Energy, Housing and Utilities of {of}", Oblast: true},
	{Category: "housing", RU: "Отдел жилищно-коммунального хозяйства и жилищной инспекции {of}", KK: "{of} тұрғын үй-коммуналдық шаруашылығы және тұрғын үй инспекциясы бөлімі", EN: "Division of Housing, Utilities and Housing Inspection of {of}", Oblast: false},
	{Category: "housing", RU: "Отдел жилищных отношений {of}", KK: "{of} тұрғын үй қатынастары бөлімі", EN: "Division of Housing Relations of {of}", Oblast: false},

	{Category: "land", RU: "Управление земельных отношений {of}", KK: "{of} жер қатынастары басқармасы", EN: "Department of Land Relations of {of}", Oblast: true},
	{Category: "land", RU: "Отдел земельных отношений {of}", KK: "{of} жер қатынастары бөлімі", EN: "Division of Land Relations of {of}", Oblast: false},

	{Category: "health", RU: "Управление здравоохранения {of}", KK: "{of} денсаулық сақтау басқармасы", EN: "Health Department of {of}", Oblast: true},
	{Category: "health", RU: "Многопрофильная больница {of}", KK: "{of} көпбейінді ауруханасы", EN: "Multidisciplinary Hospital of {of}", Oblast: false},

	{Category: "education", RU: "Управление образования {of}", KK: "{of} білім басқармасы", EN: "Education Department of {of}", Oblast: true},
	{Category: "education", RU: "Отдел образования {of}", KK: "{of} білім бөлімі", EN: "Division of Education of {of}", Oblast: false},

	{Category: "roads", RU: "Управление пассажирского транспорта и автомобильных дорог {of}", KK: "{of} жолаушылар көлігі және автомобиль жолдары басқармасы", EN: "Department of Passenger Transport and Roads of {of}", Oblast: true},
	{Category: "roads", RU: "Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог {of}", KK: "{of} тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі", EN: "Division of Housing and Utilities, Passenger Transport and Roads of {of}", Oblast: false},

	{Category: "law_order", RU: "Департамент полиции {of}", KK: "{of} полиция департаменті", EN: "Police Department of {of}", Oblast: true},
	{Category: "law_order", RU: "Отдел полиции {of}", KK: "{of} полиция бөлімі", EN: "Police Division of {of}", Oblast: false},

	{Category: "business", RU: "Управление предпринимательства и торговли {of}", KK: "{of} кәсіпкерлік және сауда басқармасы", EN: "Department of Entrepreneurship and Trade of {of}", Oblast: true},
	{Category: "business", RU: "Отдел предпринимательства и сельского хозяйства {of}", KK: "{of} кәсіпкерлік және ауыл шаруашылығы бөлімі", EN: "Division of Entrepreneurship and Agriculture of {of}", Oblast: false},

	{Category: "ecology", RU: "Управление природных ресурсов и регулирования природопользования {of}", KK: "{of} табиғи ресурстар және табиғат пайдалануды реттеу басқармасы", EN: "Department of Natural Resources and Environmental Management of {of}", Oblast: true},
	{Category: "ecology", RU: "Отдел природопользования и благоустройства {of}", KK: "{of} табиғат пайдалану және абаттандыру бөлімі", EN: "Division of Environmental Management and Public Amenities of {of}", Oblast: false},
}

// AnswerTexts holds short official answers of executive bodies per outcome:
// "solved", "explained", "refused", "not_competent". No placeholders.
var AnswerTexts = map[string]struct{ RU, KK []string }{
	"solved": {
		RU: []string{
			"Ваше обращение рассмотрено. Необходимые работы выполнены, вопрос решён. Благодарим за обращение.",
			"По результатам рассмотрения обращения приняты меры: нарушения устранены, ответственные лица предупреждены о недопустимости подобных случаев.",
			"Сообщаем, что выплата восстановлена, задолженность будет перечислена на ваш счёт в течение текущего месяца.",
			"Ваш вопрос решён положительно: вы включены в список получателей, уведомление направлено по месту жительства.",
			"По вашему обращению проведено обследование с выездом на место, выявленные недостатки устранены подрядной организацией в установленный срок.",
			"Сообщаем, что по вашему обращению проведена внеплановая проверка, нарушитель привлечён к административной ответственности, ситуация взята на контроль.",
		},
		KK: []string{
			"Өтінішіңіз қаралды. Қажетті жұмыстар жүргізілді, мәселе шешілді. Өтінішіңіз үшін рақмет.",
			"Өтінішті қарау нәтижесінде шаралар қабылданды: бұзушылықтар жойылды, жауапты тұлғаларға мұндай жағдайларға жол берілмейтіні туралы ескерту жасалды.",
			"Төлем қалпына келтірілгенін хабарлаймыз, берешек ағымдағы ай ішінде шотыңызға аударылады.",
			"Мәселеңіз оң шешілді: сіз алушылар тізіміне енгізілдіңіз, хабарлама тұрғылықты мекенжайыңызға жіберілді.",
			"Өтінішіңіз бойынша орнына барып тексеру жүргізілді, анықталған кемшіліктерді мердігер ұйым белгіленген мерзімде жойды.",
		},
	},
	"explained": {
		RU: []string{
			"Разъясняем, что решение данного вопроса возможно после выделения средств из местного бюджета. Работы запланированы на следующий год.",
			"Сообщаем, что свой номер в очереди вы можете уточнить в личном кабинете на портале электронного правительства. Жильё распределяется по мере ввода объектов в эксплуатацию.",
			"Разъясняем: для получения услуги необходимо подать заявление через портал электронного правительства или ЦОН, приложив документы, предусмотренные стандартом услуги.",
			"Сообщаем, что вопрос находится на контроле. Проектно-сметная документация разработана, реализация предусмотрена бюджетной заявкой на следующий финансовый год.",
			"Разъясняем, что право на выплату определяется по среднедушевому доходу семьи за предшествующий период. Вы вправе обратиться повторно с обновлёнными документами.",
			"Информируем, что принятое решение вы можете обжаловать в вышестоящем органе или в суде в порядке, установленном Административным процедурно-процессуальным кодексом Республики Казахстан.",
		},
		KK: []string{
			"Бұл мәселені шешу жергілікті бюджеттен қаражат бөлінгеннен кейін мүмкін болатынын түсіндіреміз. Жұмыстар келесі жылға жоспарланған.",
			"Кезектегі нөміріңізді электрондық үкімет порталындағы жеке кабинеттен нақтылауға болатынын хабарлаймыз. Тұрғын үй нысандар пайдалануға берілген сайын бөлінеді.",
			"Қызметті алу үшін электрондық үкімет порталы немесе ХҚКО арқылы қызмет стандартында көзделген құжаттарды қоса беріп, өтініш беру қажет екенін түсіндіреміз.",
			"Мәселе бақылауда екенін хабарлаймыз. Жобалау-сметалық құжаттама әзірленді, іске асыру келесі қаржы жылына арналған бюджеттік өтінімде көзделген.",
			"Қабылданған шешімге Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексінде белгіленген тәртіппен жоғары тұрған органға немесе сотқа шағым жасай аласыз.",
		},
	},
	"refused": {
		RU: []string{
			"По результатам рассмотрения в удовлетворении обращения отказано, так как представленные документы не подтверждают право на получение выплаты.",
			"Сообщаем, что выделение земельного участка в указанном месте невозможно: территория относится к землям общего пользования. Решение может быть обжаловано в установленном порядке.",
			"В удовлетворении просьбы отказано: семья не соответствует критериям, установленным законодательством для постановки на учёт.",
			"Ваше обращение рассмотрено. Оснований для пересмотра ранее принятого решения не установлено.",
			"Сообщаем, что предоставить помещение на льготных условиях невозможно, так как объект включён в план приватизации. Рекомендуем принять участие в открытом аукционе.",
		},
		KK: []string{
			"Қарау нәтижесінде өтінішті қанағаттандырудан бас тартылды, себебі ұсынылған құжаттар төлем алу құқығын растамайды.",
			"Көрсетілген жерде жер учаскесін бөлу мүмкін емес: аумақ жалпы пайдаланудағы жерлерге жатады. Шешімге белгіленген тәртіппен шағым жасауға болады.",
			"Өтінішіңіз қаралды. Бұрын қабылданған шешімді қайта қарауға негіз анықталған жоқ.",
			"Отбасыңыз есепке қою үшін заңнамада белгіленген өлшемшарттарға сәйкес келмейтіндіктен, өтінішті қанағаттандырудан бас тартылды.",
		},
	},
	"not_competent": {
		RU: []string{
			"Сообщаем, что рассмотрение данного вопроса не входит в компетенцию управления. Ваше обращение направлено по принадлежности в акимат района.",
			"Вопрос, изложенный в обращении, относится к компетенции органов внутренних дел. Обращение перенаправлено в департамент полиции, о чём вы уведомлены.",
			"Данный вопрос находится в ведении субъекта естественной монополии. Обращение перенаправлено в энергоснабжающую организацию для рассмотрения по существу.",
			"Разрешение трудовых споров не относится к компетенции местных исполнительных органов. Рекомендуем обратиться в инспекцию труда или в суд.",
			"Обращение передано по подведомственности в уполномоченный орган в сфере образования. Ответ по существу будет направлен вам в установленный законом срок.",
		},
		KK: []string{
			"Бұл мәселені қарау басқарманың құзыретіне кірмейтінін хабарлаймыз. Өтінішіңіз тиесілігі бойынша аудан әкімдігіне жіберілді.",
			"Өтініште көрсетілген мәселе ішкі істер органдарының құзыретіне жатады. Өтініш полиция департаментіне жіберілді, бұл туралы сізге хабарланды.",
			"Бұл мәселе табиғи монополия субъектісінің қарауында. Өтініш мәні бойынша қарау үшін энергиямен жабдықтаушы ұйымға жіберілді.",
			"Еңбек дауларын шешу жергілікті атқарушы органдардың құзыретіне жатпайды. Еңбек инспекциясына немесе сотқа жүгінуді ұсынамыз.",
		},
	},
}
