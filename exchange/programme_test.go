package exchange

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	senim "github.com/senim-kz/senim"

	"github.com/xuri/excelize/v2"
)

// sheet is a sheet of a workbook built by a test: its name and rows, the
// first being the header. A time.Time is written as a date cell shown in
// Excel's default date format; a pct value as a number formatted as a
// percentage.
type sheet struct {
	name string
	rows [][]any
}

type pct float64

func workbook(t *testing.T, sheets ...sheet) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 14}) // m/d/yy, as Excel shows dates by default
	if err != nil {
		t.Fatal(err)
	}
	pctStyle, err := f.NewStyle(&excelize.Style{NumFmt: 10}) // 0.00%
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range s.rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				style := 0
				switch x := v.(type) {
				case nil:
					continue
				case time.Time:
					style = dateStyle
				case pct:
					v, style = float64(x), pctStyle
				}
				if err := f.SetCellValue(s.name, cell, v); err != nil {
					t.Fatal(err)
				}
				if style != 0 {
					if err := f.SetCellStyle(s.name, cell, cell, style); err != nil {
						t.Fatal(err)
					}
				}
			}
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func xlDay(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

var (
	ruIndicatorHead = []any{"Направление", "Индикатор", "Индикатор (каз.)", "Единица", "Базовое значение", "Дата базового значения",
		"Целевое значение", "Срок", "Больше — лучше", "Источник", "Вес"}
	ruMeasureHead = []any{"Направление", "Мероприятие", "Ответственный орган", "Срок"}
)

// ruIndicators are three indicators in two directions, written as people
// write them: a date cell, a date typed with dots, "1 250,5", a unit by its
// Russian name and one by its code, an empty weight.
func ruIndicators() [][]any {
	return [][]any{
		ruIndicatorHead,
		{"Здравоохранение", "Доля сёл с врачебной амбулаторией", "Дәрігерлік амбулаториясы бар ауылдар үлесі", "%",
			"62,5", xlDay(2024, time.December, 31), 90, "31.12.2028", "да", "Управление здравоохранения", ""},
		{"Жильё", "Введено жилья", "", "тыс. м²", "1 250,5", "2024-12-31", "2 000", "2027-12-31", "Да", "", "2"},
		{}, // an empty row is skipped
		{"здравоохранение ", "Смертность от болезней\nсистемы кровообращения", "", "per_100k",
			"310", "01.01.2025", 250, xlDay(2029, time.June, 30), "нет", "Минздрав", "0,5"},
	}
}

func ruMeasures() [][]any {
	return [][]any{
		ruMeasureHead,
		{"Здравоохранение", "Построить 5 амбулаторий", "Управление здравоохранения", "2026-12-31"},
		{"Дороги", "Отремонтировать 120 км дорог", "Управление дорог", xlDay(2027, time.September, 1)},
	}
}

func programmeInput() senim.ProgrammeInput {
	return senim.ProgrammeInput{Territory: "350000000", Title: senim.Names{RU: "Программа области"},
		From: "2025-01-01", To: "2029-12-31", Adopted: "2025-01-15"}
}

var planDay = senim.MustDate("2025-06-01")

var bodyIDs = map[string]string{"Управление здравоохранения": "b-health", "Управление дорог": "b-roads"}

func bodyID(name string) string { return bodyIDs[name] }

func bodyName(id string) string {
	for n, i := range bodyIDs {
		if i == id {
			return n
		}
	}
	return ""
}

func readPlan(t *testing.T, b []byte) senim.ProgrammePlan {
	t.Helper()
	plan, err := ReadProgrammePlan(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	return plan
}

// adopt resolves the bodies and checks the plan as the store would.
func adopt(t *testing.T, plan senim.ProgrammePlan) *senim.Programme {
	t.Helper()
	if err := ResolveBodies(&plan, bodyID); err != nil {
		t.Fatalf("bodies: %v", err)
	}
	plan.Programme = programmeInput()
	pr, err := senim.PlanProgramme(plan, planDay)
	if err != nil {
		t.Fatalf("plan: %v", err)
	}
	return pr
}

func TestReadProgrammePlan(t *testing.T) {
	plan := readPlan(t, workbook(t, sheet{"Индикаторы", ruIndicators()}, sheet{"Мероприятия", ruMeasures()}))
	if plan.Programme != (senim.ProgrammeInput{}) {
		t.Errorf("the programme's fields come from the caller, got %+v", plan.Programme)
	}
	var titles []string
	for _, d := range plan.Directions {
		titles = append(titles, d.Title.RU)
	}
	if want := []string{"Здравоохранение", "Жильё", "Дороги"}; !slices.Equal(titles, want) {
		t.Fatalf("directions %q, want %q", titles, want)
	}
	health, housing, roads := plan.Directions[0], plan.Directions[1], plan.Directions[2]
	if len(health.Indicators) != 2 || len(housing.Indicators) != 1 || len(roads.Indicators) != 0 ||
		len(health.Measures) != 1 || len(roads.Measures) != 1 {
		t.Fatalf("plan %+v", plan)
	}

	f := func(v float64) *float64 { return &v }
	b := func(v bool) *bool { return &v }
	want := []senim.IndicatorPlan{
		{Line: 2, IndicatorInput: senim.IndicatorInput{
			Name: senim.Names{RU: "Доля сёл с врачебной амбулаторией", KK: "Дәрігерлік амбулаториясы бар ауылдар үлесі"},
			Unit: "percent", Baseline: senim.PointInput{Value: f(62.5), On: "2024-12-31"}, Target: senim.PointInput{Value: f(90), On: "2028-12-31"},
			HigherBetter: b(true), Source: "Управление здравоохранения"}},
		{Line: 5, IndicatorInput: senim.IndicatorInput{
			Name: senim.Names{RU: "Смертность от болезней системы кровообращения"},
			Unit: "per_100k", Baseline: senim.PointInput{Value: f(310), On: "2025-01-01"}, Target: senim.PointInput{Value: f(250), On: "2029-06-30"},
			HigherBetter: b(false), Source: "Минздрав", Weight: f(0.5)}},
		{Line: 3, IndicatorInput: senim.IndicatorInput{
			Name: senim.Names{RU: "Введено жилья"},
			Unit: "thousand_sq_m", Baseline: senim.PointInput{Value: f(1250.5), On: "2024-12-31"}, Target: senim.PointInput{Value: f(2000), On: "2027-12-31"},
			HigherBetter: b(true), Weight: f(2)}},
	}
	got := append(slices.Clone(health.Indicators), housing.Indicators...)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("indicators\n got %s\nwant %s", showIndicators(got), showIndicators(want))
	}
	wantM := []senim.MeasurePlan{
		{Line: 2, MeasureInput: senim.MeasureInput{Text: "Построить 5 амбулаторий", Body: "Управление здравоохранения", Deadline: "2026-12-31"}},
		{Line: 3, MeasureInput: senim.MeasureInput{Text: "Отремонтировать 120 км дорог", Body: "Управление дорог", Deadline: "2027-09-01"}},
	}
	if gotM := append(slices.Clone(health.Measures), roads.Measures...); !reflect.DeepEqual(gotM, wantM) {
		t.Errorf("measures\n got %+v\nwant %+v", gotM, wantM)
	}

	pr := adopt(t, plan)
	if len(pr.Directions) != 3 || pr.Directions[0].Indicators[0].Weight != 1 || pr.Directions[2].Measures[0].BodyID != "b-roads" {
		t.Errorf("adopted %+v", pr)
	}
}

func showIndicators(inds []senim.IndicatorPlan) string {
	var b strings.Builder
	for _, ip := range inds {
		in := ip.IndicatorInput
		fmt.Fprintf(&b, "\n  line %d %+v %s %v@%s %v@%s %v %q %v", ip.Line, in.Name, in.Unit, deref(in.Baseline.Value), in.Baseline.On,
			deref(in.Target.Value), in.Target.On, deref(in.HigherBetter), in.Source, deref(in.Weight))
	}
	return b.String()
}

func deref[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

// The Kazakh headers in another order, and the English ones, read as the
// Russian ones do.
func TestReadProgrammePlanHeaders(t *testing.T) {
	ru := readPlan(t, workbook(t, sheet{"Индикаторы", ruIndicators()}, sheet{"Мероприятия", ruMeasures()}))

	kkHead := map[string]string{
		"Направление": "Бағыт", "Индикатор": "Индикатор", "Индикатор (каз.)": "Индикатор (қаз.)", "Единица": "Өлшем бірлігі",
		"Базовое значение": "Базалық мән", "Дата базового значения": "Базалық мән күні", "Целевое значение": "Мақсатты мән",
		"Срок": "Мерзім", "Больше — лучше": "Көп болса - жақсы", "Источник": "Дереккөз", "Вес": "Салмақ",
		"Мероприятие": "Іс-шара", "Ответственный орган": "Жауапты орган",
	}
	enHead := map[string]string{
		"Направление": "direction", "Индикатор": "INDICATOR", "Индикатор (каз.)": "Indicator (kk)", "Единица": "Unit",
		"Базовое значение": "Baseline", "Дата базового значения": "Baseline date", "Целевое значение": "Target",
		"Срок": "Target date", "Больше — лучше": "Higher is better", "Источник": "Source", "Вес": " Weight ",
		"Мероприятие": "Measure", "Ответственный орган": "Responsible body",
	}
	// translate renames the header and moves the columns: the last first,
	// the rest reversed.
	translate := func(rows [][]any, head map[string]string, measures bool) [][]any {
		out := make([][]any, len(rows))
		for r, row := range rows {
			row = slices.Clone(row)
			if r == 0 {
				for i, h := range row {
					row[i] = head[h.(string)]
					if measures && h == "Срок" && head["Срок"] == "Target date" {
						row[i] = "Deadline"
					}
				}
			}
			if len(row) > 0 {
				slices.Reverse(row)
			}
			out[r] = row
		}
		return out
	}
	for name, c := range map[string]struct {
		head   map[string]string
		sheets [2]string
	}{
		"kk": {kkHead, [2]string{"Индикаторлар", "Іс-шаралар"}},
		"en": {enHead, [2]string{"Whatever", "measures"}},
	} {
		got := readPlan(t, workbook(t,
			sheet{c.sheets[0], translate(ruIndicators(), c.head, false)},
			sheet{"Notes", [][]any{{"anything"}}},
			sheet{c.sheets[1], translate(ruMeasures(), c.head, true)}))
		if !reflect.DeepEqual(got, ru) {
			t.Errorf("%s headers: got %+v\nwant %+v", name, got, ru)
		}
	}
}

// fieldErrors returns "field key" of every fault of an error.
func fieldErrors(t *testing.T, err error) []string {
	t.Helper()
	var e *senim.Error
	if !errors.As(err, &e) {
		t.Fatalf("not a domain error: %v", err)
	}
	var out []string
	for _, d := range e.FieldErrors() {
		s := d.Field + " " + d.Key
		if c, ok := d.Args["column"]; ok {
			s += fmt.Sprintf(" %v@%v", c, d.Args["sheet"])
		}
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

func TestReadProgrammePlanBadCells(t *testing.T) {
	ind := ruIndicators()
	ind[1][3] = "попугаи"    // unit
	ind[1][4] = "много"      // baseline
	ind[2][7] = "31.02.2027" // target date: no such day
	ind[2][8] = "наверное"   // higher is better
	ind[4][0] = ""           // direction
	ind[4][10] = "1,2,3"     // weight
	ind = append(ind, []any{"Жильё", "", nil, "", nil, "", "7", "", "", "", ""})
	ms := ruMeasures()
	ms[1][3] = "скоро" // deadline
	ms[2][1] = ""      // text
	_, err := ReadProgrammePlan(bytes.NewReader(workbook(t, sheet{"Индикаторы", ind}, sheet{"Мероприятия", ms})))
	want := []string{
		"line.2.baseline.value number",
		"line.2.deadline date",
		"line.2.unit unit.unknown",
		"line.3.higher_is_better xlsx.yes_no",
		"line.3.target.date date",
		"line.3.text required",
		"line.5.direction required",
		"line.5.weight number",
		"line.6.baseline.date required",
		"line.6.baseline.value required",
		"line.6.higher_is_better required",
		"line.6.name.ru required",
		"line.6.target.date required",
		"line.6.unit required",
	}
	if got := fieldErrors(t, err); !slices.Equal(got, want) {
		t.Errorf("faults\n got %q\nwant %q", got, want)
	}
	var e *senim.Error
	errors.As(err, &e)
	for _, d := range e.Details {
		if d.Field == "line.2.unit" && d.Args["unit"] != "попугаи" {
			t.Errorf("the unknown unit is not named: %v", d.Args)
		}
	}
}

// The rules of the domain name the file's lines too.
func TestReadProgrammePlanDomainFaults(t *testing.T) {
	ind := ruIndicators()
	ind[2][7] = "2031-01-01" // after the period
	ind[4][3] = "%"
	ind[4][4] = "50"
	ind[4][6] = 150 // more than 100%
	plan := readPlan(t, workbook(t, sheet{"Индикаторы", ind}))
	plan.Programme = programmeInput()
	_, err := senim.PlanProgramme(plan, planDay)
	want := []string{"line.3.target.date programme.outside", "line.5.target.value value.range"}
	if got := fieldErrors(t, err); !slices.Equal(got, want) {
		t.Errorf("faults %q, want %q", got, want)
	}

	plan = readPlan(t, workbook(t, sheet{"Индикаторы", ruIndicators()}, sheet{"Мероприятия", ruMeasures()}))
	plan.Directions[2].Measures[0].Body = "Управление погоды"
	err = ResolveBodies(&plan, bodyID)
	if got := fieldErrors(t, err); !slices.Equal(got, []string{"line.3.body body.unknown"}) {
		t.Errorf("unknown body: %q", got)
	}
}

func TestReadProgrammePlanColumns(t *testing.T) {
	ind := ruIndicators()
	ind[0] = slices.Clone(ind[0])
	ind[0][7] = "Цвет"               // the target date's column replaced
	ind[0][10] = "Источник"          // given twice
	ind[0] = append(ind[0], "")      // a column without a header …
	ind[2] = append(ind[2], "x")     // … that has data,
	ind[4] = append(ind[4], "", "y") // and data beyond the header
	ms := ruMeasures()
	for i := range ms {
		ms[i] = slices.Delete(slices.Clone(ms[i]), 2, 3)
	}
	_, err := ReadProgrammePlan(bytes.NewReader(workbook(t, sheet{"Индикаторы", ind}, sheet{"Мероприятия", ms})))
	want := []string{
		"columns xlsx.column_missing Ответственный орган@Мероприятия",
		"columns xlsx.column_missing Срок@Индикаторы",
		"columns xlsx.column_twice Источник@Индикаторы",
		"columns xlsx.column_unknown L@Индикаторы",
		"columns xlsx.column_unknown M@Индикаторы",
		"columns xlsx.column_unknown Цвет@Индикаторы",
	}
	if got := fieldErrors(t, err); !slices.Equal(got, want) {
		t.Errorf("faults\n got %q\nwant %q", got, want)
	}

	// A missing column is named in the language of the file's headers.
	_, err = ReadProgrammePlan(bytes.NewReader(workbook(t, sheet{"Sheet", [][]any{
		{"Direction", "Indicator", "Unit", "Baseline", "Baseline date", "Target", "Higher is better"},
		{"Health", "Doctors", "people", 1, "2025-01-01", 2, "yes"},
	}})))
	if got := fieldErrors(t, err); !slices.Equal(got, []string{"columns xlsx.column_missing Target date@Sheet"}) {
		t.Errorf("missing in English: %q", got)
	}
}

func TestReadProgrammePlanNotAForm(t *testing.T) {
	for name, c := range map[string]struct {
		file []byte
		key  string
	}{
		"text":        {[]byte("Направление;Индикатор\n"), "xlsx.unreadable"},
		"nothing":     {nil, "xlsx.unreadable"},
		"blank sheet": {workbook(t, sheet{"Индикаторы", nil}), "xlsx.empty"},
		"header only": {workbook(t, sheet{"Индикаторы", ruIndicators()[:1]}, sheet{"Мероприятия", ruMeasures()[:1]}), "xlsx.empty"},
	} {
		_, err := ReadProgrammePlan(bytes.NewReader(c.file))
		var e *senim.Error
		if !errors.As(err, &e) || e.Key != c.key || e.Field != "file" || e.Code != senim.EINVALID {
			t.Errorf("%s: %v, want %s", name, err, c.key)
		}
	}
	// Measures alone make a plan; the indicators' sheet may be blank.
	plan := readPlan(t, workbook(t, sheet{"Индикаторы", nil}, sheet{"Іс-шаралар", ruMeasures()}))
	if len(plan.Directions) != 2 || len(plan.Directions[1].Measures) != 1 {
		t.Errorf("measures only: %+v", plan)
	}
}

// A direction written once in cells merged down beside its indicators, and a
// share in a cell formatted as a percentage.
func TestReadProgrammePlanMergedAndPercent(t *testing.T) {
	rows := [][]any{
		ruIndicatorHead,
		{"Образование", "Охват детей дошкольным образованием", nil, "%", pct(0.855), "2024-12-31", pct(0.98), "2028-12-31", "да"},
		{nil, "Школы в три смены", nil, "ед.", 4, "2024-12-31", 0, "2027-12-31", "0"},
	}
	f, err := excelize.OpenReader(bytes.NewReader(workbook(t, sheet{"Индикаторы", rows})))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.MergeCell("Индикаторы", "A2", "A3"); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := f.Write(&out); err != nil {
		t.Fatal(err)
	}
	plan := readPlan(t, out.Bytes())
	if len(plan.Directions) != 1 || len(plan.Directions[0].Indicators) != 2 {
		t.Fatalf("plan %+v", plan)
	}
	in := plan.Directions[0].Indicators
	if *in[0].Baseline.Value != 85.5 || *in[0].Target.Value != 98 || *in[1].HigherBetter || in[1].Unit != "count" {
		t.Errorf("indicators %s", showIndicators(in))
	}
	adopt(t, plan)
}

// Writing a stored programme and reading the file back gives the same
// indicators and measures, in every language of the form.
func TestProgrammeXLSXRoundTrip(t *testing.T) {
	plan := readPlan(t, workbook(t, sheet{"Индикаторы", ruIndicators()}, sheet{"Мероприятия", ruMeasures()}))
	plan.Directions[0].Title.KK, plan.Directions[0].Title.EN = "Денсаулық сақтау", "Health care"
	plan.Directions[1].Indicators[0].Name.EN = "Housing built"
	plan.Directions[1].Indicators[0].Weight = nil
	pr := adopt(t, plan)
	pr.Directions = append(pr.Directions, &senim.Direction{Title: senim.Names{RU: "Пустое"}}) // written as nothing
	for _, lang := range []string{"ru", "kk", "en"} {
		var b bytes.Buffer
		if err := WriteProgrammeXLSX(&b, pr, bodyName, lang); err != nil {
			t.Fatal(err)
		}
		back := adopt(t, readPlan(t, b.Bytes()))
		if got, want := formTree(back), formTree(pr); got != want {
			t.Errorf("%s: read back\n%s\nwant\n%s", lang, got, want)
		}
	}
}

// formTree prints what a programme's form holds, without ids.
func formTree(pr *senim.Programme) string {
	var b strings.Builder
	for _, d := range pr.Directions {
		if len(d.Indicators)+len(d.Measures) == 0 {
			continue
		}
		fmt.Fprintf(&b, "%+v\n", d.Title)
		for _, ind := range d.Indicators {
			fmt.Fprintf(&b, "  %d %+v %s %v@%s %v@%s %v %q %v\n", ind.Position, ind.Name, ind.Unit, ind.Baseline.Value, ind.Baseline.On,
				ind.Target.Value, ind.Target.On, ind.HigherBetter, ind.Source, ind.Weight)
		}
		for _, m := range d.Measures {
			fmt.Fprintf(&b, "  %d %q %s %s\n", m.Position, m.Text, m.BodyID, m.Deadline)
		}
	}
	return b.String()
}

func TestProgrammeTemplate(t *testing.T) {
	for _, lang := range []string{"ru", "kk", "en"} {
		var b bytes.Buffer
		if err := WriteProgrammeTemplate(&b, lang); err != nil {
			t.Fatal(err)
		}
		plan, err := ReadProgrammePlan(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		if len(plan.Directions) != 1 || len(plan.Directions[0].Indicators) != 1 || len(plan.Directions[0].Measures) != 1 {
			t.Fatalf("%s: the example rows: %+v", lang, plan)
		}
		ind := plan.Directions[0].Indicators[0]
		if ind.Unit != "percent" || ind.Line != 2 || ind.Name.KK == "" || plan.Directions[0].Title.EN != "Health care" {
			t.Errorf("%s: example %s", lang, showIndicators([]senim.IndicatorPlan{ind}))
		}
		body := plan.Directions[0].Measures[0].Body
		if err := ResolveBodies(&plan, func(name string) string { return "b-" + name }); err != nil {
			t.Fatal(err)
		}
		plan.Programme = programmeInput()
		if _, err := senim.PlanProgramme(plan, planDay); err != nil {
			t.Errorf("%s: the example does not pass: %v", lang, err)
		}

		f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		sheets := f.GetSheetList()
		units, _ := f.GetRows(sheets[2])
		f.Close()
		want := map[string][]string{
			"ru": {"Индикаторы", "Мероприятия", "Единицы"},
			"kk": {"Индикаторлар", "Іс-шаралар", "Өлшем бірліктері"},
			"en": {"Indicators", "Measures", "Units"},
		}[lang]
		if !slices.Equal(sheets, want) || len(units) != len(senim.Units)+1 || units[1][0] != "percent" || units[1][4] != "0 – 100" {
			t.Errorf("%s: sheets %q, units %q", lang, sheets, units)
		}
		if lang == "kk" && body != "Облыстың денсаулық сақтау басқармасы" {
			t.Errorf("kk: the example's body %q", body)
		}
	}
}

// Every unit is found by its code and by each of its names, and no name
// stands for two units.
func TestUnitNames(t *testing.T) {
	seen := map[string]string{}
	for _, u := range senim.Units {
		for _, n := range []string{u.Code, u.Names.RU, u.Names.KK, u.Names.EN, strings.ToUpper(u.Names.RU)} {
			if unitCodes[unitKey(n)] != u.Code {
				t.Errorf("%q finds %q, want %q", n, unitCodes[unitKey(n)], u.Code)
			}
			if other, ok := seen[unitKey(n)]; ok && other != u.Code {
				t.Errorf("%q names both %s and %s", n, other, u.Code)
			}
			seen[unitKey(n)] = u.Code
		}
	}
	for n, code := range map[string]string{"чел": "people", "тыс. м2": "thousand_sq_m", "млн. тг.": "mln_tenge", "per 1000 residents": "per_1000"} {
		if unitCodes[unitKey(n)] != code {
			t.Errorf("%q finds %q, want %q", n, unitCodes[unitKey(n)], code)
		}
	}
}

// A direction's translations may stand on any of its rows, but not
// differently on two; a title too long is named at its line.
func TestReadProgrammePlanDirectionTitles(t *testing.T) {
	head := append(slices.Clone(ruIndicatorHead[:9]), "Направление (каз.)", "Direction (en)")
	row := func(dir, kk, en string) []any {
		return []any{dir, "Индикатор", nil, "%", 10, "2024-12-31", 20, "2028-12-31", "да", kk, en}
	}
	plan := readPlan(t, workbook(t, sheet{"Индикаторы", [][]any{head,
		row("Образование", "", ""),
		row("Образование", "Білім беру", ""),
		row("Образование", "Білім беру", "Education"),
	}}))
	if want := (senim.Names{RU: "Образование", KK: "Білім беру", EN: "Education"}); len(plan.Directions) != 1 || plan.Directions[0].Title != want {
		t.Errorf("directions %+v", plan.Directions)
	}

	_, err := ReadProgrammePlan(bytes.NewReader(workbook(t, sheet{"Индикаторы", [][]any{head,
		row("Образование", "Білім беру", ""),
		row("Образование", "Білім", ""),
		row(strings.Repeat("Я", senim.MaxTitleLen+1), "", ""),
	}})))
	want := []string{"line.3.direction.kk xlsx.direction_differs", "line.4.direction too_long"}
	if got := fieldErrors(t, err); !slices.Equal(got, want) {
		t.Errorf("faults %q, want %q", got, want)
	}
	var e *senim.Error
	if errors.As(err, &e); e.Details[0].Args["line"] != 2 {
		t.Errorf("the line the translation was first given on: %v", e.Details[0].Args)
	}
}
