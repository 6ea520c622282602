package exchange

import (
	"fmt"
	"io"
	"iter"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	senim "github.com/senim-kz/senim"

	"github.com/xuri/excelize/v2"
)

// ReadProgrammePlan reads the programme form the branches keep: a workbook
// of a programme's indicators and measures. The programme's own fields
// (territory, title, period, adoption date) are not in the form: the caller
// sets plan.Programme before adopting the plan.
//
// # The form
//
// The first sheet, whatever its name ("Индикаторы" / "Индикаторлар" /
// "Indicators" when written here), holds one indicator per row. A second
// sheet named "Мероприятия", "Іс-шаралар" or "Measures" holds the measures,
// one per row; it may be left out. Any other sheet (the template's list of
// units) is ignored.
//
// On each sheet the first non-empty row is the header; the rows below it are
// the data, and empty rows are skipped. Columns are found by their header,
// in any order, in Russian, Kazakh or English (case, spaces, dots and the
// kind of dash do not matter). A column the form does not know, a column
// given twice and a required column missing are errors.
//
// Sheet 1, indicators; each column by its Russian, Kazakh and English
// header, with the field its faults are named by:
//
//   - Направление / Бағыт / Direction (direction): the direction's title in
//     Russian;
//   - Направление (каз.) / Бағыт (қаз.) / Direction (kk) (direction.kk),
//     optional: its title in Kazakh;
//   - Направление (англ.) / Бағыт (ағылш.) / Direction (en) (direction.en),
//     optional: its title in English;
//   - Индикатор / Индикатор / Indicator (name.ru): the indicator's name in
//     Russian;
//   - Индикатор (каз.) / Индикатор (қаз.) / Indicator (kk) (name.kk),
//     optional: its name in Kazakh;
//   - Индикатор (англ.) / Индикатор (ағылш.) / Indicator (en) (name.en),
//     optional: its name in English;
//   - Единица / Өлшем бірлігі / Unit (unit): a code of senim.Units
//     ("percent") or a unit's short name in any of the three languages
//     ("%", "чел.", "адам", "people");
//   - Базовое значение / Базалық мән / Baseline (baseline.value): a number;
//   - Дата базового значения / Базалық мән күні / Baseline date
//     (baseline.date): a date;
//   - Целевое значение / Мақсатты мән / Target (target.value): a number;
//   - Срок / Мерзім / Target date (target.date): a date;
//   - Больше — лучше / Көп болса — жақсы / Higher is better
//     (higher_is_better): да/нет, иә/жоқ, yes/no, 1/0 or true/false;
//   - Источник / Дереккөз / Source (source), optional: where the values
//     come from;
//   - Вес / Салмақ / Weight (weight), optional: a number, 1 when empty.
//
// Sheet 2, measures:
//
//   - Направление / Бағыт / Direction (direction): the direction's title in
//     Russian;
//   - Мероприятие / Іс-шара / Measure (text): what is to be done;
//   - Ответственный орган / Жауапты орган / Responsible body (body): the
//     executive body's name as written;
//   - Срок / Мерзім / Deadline (deadline): a date.
//
// Every column not marked optional is required, and so is its cell on every
// data row.
//
// Directions are made in the order in which their Russian titles first
// appear, the indicators' sheet read first; rows of one direction need not
// be together, and titles that differ only in case or spacing are one
// direction. The translations of a direction's title may be given on any of
// its rows, but not differently on two. Cells merged over several rows (a
// direction written once beside its indicators) count on each of them.
//
// Numbers are written as people type them ("1 250,5", "1250.5") or are
// number cells; a cell formatted as a percentage counts as the percentage
// it shows. Dates are YYYY-MM-DD or DD.MM.YYYY, or date cells. Line breaks
// within a text cell become spaces.
//
// # Errors
//
// Faults are reported as a *senim.Error (one error, or EINVALID with
// Details). Faults of the columns come first, all at once, with Field
// "columns", the key xlsx.column_missing, xlsx.column_unknown or
// xlsx.column_twice and the args "column" and "sheet"; the rows are not read
// then. Otherwise every fault of the cells is reported at once, each with
// Field "line.N.<field>", N the row as the spreadsheet numbers it (the
// header is usually row 1) on the sheet the field belongs to, the field as
// the JSON API names it — "direction", "direction.kk", "name.ru", "unit",
// "baseline.value", "baseline.date", "target.value", "target.date",
// "higher_is_better", "weight", "text", "body", "deadline" — and the key
// required, number, date, unit.unknown, xlsx.yes_no, too_long or
// xlsx.direction_differs. A file that is not a workbook is refused with
// Field "file" and xlsx.unreadable, one without a data row with xlsx.empty.
// The rest of the rules (values the unit admits, dates in the period, a
// target on the better side) are checked by
// senim.PlanProgramme, which names faults of the plan's indicators and
// measures by the same "line.N." fields through their Line.
//
// Each measure's Body holds the responsible body's name as written in the
// file, not an id: ResolveBodies turns the names into ids.
func ReadProgrammePlan(r io.Reader) (senim.ProgrammePlan, error) {
	var plan senim.ProgrammePlan
	f, err := excelize.OpenReader(io.LimitReader(r, MaxFileSize))
	if err != nil {
		e := senim.Invalid("file", "xlsx.unreadable")
		e.Err = err
		return plan, e
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return plan, senim.Invalid("file", "xlsx.empty")
	}
	var date1904 bool
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		date1904 = *props.Date1904
	}
	read := func(name string) (*sheetRows, error) {
		s, err := readSheet(f, name)
		if err != nil {
			e := senim.Invalid("file", "xlsx.unreadable")
			e.Err = err
			return nil, e
		}
		s.date1904 = date1904
		return s, nil
	}
	indicators, err := read(sheets[0])
	if err != nil {
		return plan, err
	}
	var measures *sheetRows
	for _, name := range sheets[1:] {
		if isMeasureSheet(name) {
			if measures, err = read(name); err != nil {
				return plan, err
			}
			break
		}
	}

	var p senim.Problems
	iCols := indicators.columns(indicatorColumns, &p)
	var mCols map[string]int
	if measures != nil {
		mCols = measures.columns(measureColumns, &p)
	}
	if err := p.Err(); err != nil {
		return plan, err
	}

	b := &planBuilder{index: map[string]int{}}
	rows := 0
	for i := range indicators.data() {
		rows++
		c := &rowCells{s: indicators, cols: iCols, row: i, p: &p}
		d := b.direction(c, true)
		ip := senim.IndicatorPlan{Line: i + 1}
		in := &ip.IndicatorInput
		in.Name = senim.Names{RU: c.text("name.ru", true), KK: c.text("name.kk", false), EN: c.text("name.en", false)}
		in.Unit = c.unit("unit")
		in.Baseline = senim.PointInput{Value: c.number("baseline.value", true), On: c.date("baseline.date")}
		in.Target = senim.PointInput{Value: c.number("target.value", true), On: c.date("target.date")}
		in.HigherBetter = c.yesNo("higher_is_better")
		in.Source = c.text("source", false)
		in.Weight = c.number("weight", false)
		if d != nil {
			d.Indicators = append(d.Indicators, ip)
		}
	}
	if measures != nil {
		for i := range measures.data() {
			rows++
			c := &rowCells{s: measures, cols: mCols, row: i, p: &p}
			d := b.direction(c, false)
			mp := senim.MeasurePlan{Line: i + 1, MeasureInput: senim.MeasureInput{
				Text:     c.text("text", true),
				Body:     c.text("body", true),
				Deadline: c.date("deadline"),
			}}
			if d != nil {
				d.Measures = append(d.Measures, mp)
			}
		}
	}
	plan.Directions = b.dirs // with bad cells too, so that a caller can report the rest's faults at once
	if err := p.Err(); err != nil {
		return plan, err
	}
	if rows == 0 {
		return plan, senim.Invalid("file", "xlsx.empty")
	}
	return plan, nil
}

// ResolveBodies replaces the body names that the measures of a plan read by
// ReadProgrammePlan carry with the bodies' ids; id returns "" for a name it
// does not know. Every unknown name is reported at once at its line
// ("line.N.body", body.unknown, arg "name"); the plan must not be adopted
// then.
func ResolveBodies(plan *senim.ProgrammePlan, id func(name string) string) error {
	var p senim.Problems
	for i := range plan.Directions {
		ms := plan.Directions[i].Measures
		for j := range ms {
			name := ms[j].Body
			if name == "" {
				continue // the plan reports it as required
			}
			if ms[j].Body = id(name); ms[j].Body == "" {
				field := fmt.Sprintf("directions[%d].measures[%d].body", i, j)
				if ms[j].Line > 0 {
					field = fmt.Sprintf("line.%d.body", ms[j].Line)
				}
				p.Add(senim.Invalid(field, "body.unknown", "name", name))
			}
		}
	}
	return p.Err()
}

// WriteProgrammeXLSX writes a stored programme (its directions with their
// indicators and measures, as the store finds them) in the form that
// ReadProgrammePlan reads, with the headers, sheet names, units and yes/no
// in lang (ru, kk or en; Russian otherwise). bodyName names a measure's
// executive body by its id (nil writes the ids). Reading the file back gives
// the programme's indicators and measures again; a direction with neither
// has no row and is not written.
func WriteProgrammeXLSX(w io.Writer, pr *senim.Programme, bodyName func(id string) string, lang string) error {
	if bodyName == nil {
		bodyName = func(id string) string { return id }
	}
	fw, err := newFormWriter(lang)
	if err != nil {
		return err
	}
	defer fw.f.Close()
	var inds, ms [][]any
	for _, d := range pr.Directions {
		for _, ind := range d.Indicators {
			inds = append(inds, fw.indicatorRow(d.Title, ind.Name, ind.Unit, ind.Baseline, ind.Target, ind.HigherBetter, ind.Source, ind.Weight))
		}
		for _, m := range d.Measures {
			ms = append(ms, []any{d.Title.RU, m.Text, bodyName(m.BodyID), m.Deadline})
		}
	}
	if err := fw.sheets(inds, ms); err != nil {
		return err
	}
	return fw.f.Write(w)
}

// WriteProgrammeTemplate writes the empty form in lang: the two sheets with
// their headers and one example row each, and a third sheet listing the
// units with their codes, names and the values they admit.
func WriteProgrammeTemplate(w io.Writer, lang string) error {
	fw, err := newFormWriter(lang)
	if err != nil {
		return err
	}
	defer fw.f.Close()
	ex := templateExample[fw.lang]
	dir := senim.Names{RU: "Здравоохранение", KK: "Денсаулық сақтау", EN: "Health care"}
	ind := fw.indicatorRow(dir,
		senim.Names{
			RU: "Доля сёл с доступом к первичной медико-санитарной помощи",
			KK: "Алғашқы медициналық-санитариялық көмекке қолжетімді ауылдардың үлесі",
			EN: "Share of villages with access to primary health care",
		}, "percent",
		senim.Point{Value: 62.5, On: senim.NewDate(2024, time.December, 31)},
		senim.Point{Value: 90, On: senim.NewDate(2028, time.December, 31)},
		true, ex.source, 1)
	measure := []any{dir.RU, ex.measure, ex.body, senim.NewDate(2027, time.December, 31)}
	if err := fw.sheets([][]any{ind}, [][]any{measure}); err != nil {
		return err
	}
	if err := fw.unitSheet(); err != nil {
		return err
	}
	return fw.f.Write(w)
}

// templateExample holds the texts of the template's example rows that are
// written in one language only, by the language's index.
var templateExample = [3]struct{ source, measure, body string }{
	{"Данные управления здравоохранения области", "Открыть 12 медицинских пунктов в сёлах, где их нет", "Управление здравоохранения области"},
	{"Облыстың денсаулық сақтау басқармасының деректері", "Медициналық пункті жоқ ауылдарда 12 медициналық пункт ашу", "Облыстың денсаулық сақтау басқармасы"},
	{"Data of the regional health department", "Open 12 medical posts in villages that have none", "Regional health department"},
}

// formColumn is a column of the form: the field it fills, as the JSON API
// names it, and its headers in Russian, Kazakh and English.
type formColumn struct {
	key      string
	heads    [3]string
	required bool
	aliases  []string // other headers accepted
}

var indicatorColumns = []formColumn{
	{"direction", [3]string{"Направление", "Бағыт", "Direction"}, true, nil},
	{"direction.kk", [3]string{"Направление (каз.)", "Бағыт (қаз.)", "Direction (kk)"}, false, nil},
	{"direction.en", [3]string{"Направление (англ.)", "Бағыт (ағылш.)", "Direction (en)"}, false, nil},
	{"name.ru", [3]string{"Индикатор", "Индикатор", "Indicator"}, true, []string{"Indicator (ru)"}},
	{"name.kk", [3]string{"Индикатор (каз.)", "Индикатор (қаз.)", "Indicator (kk)"}, false, nil},
	{"name.en", [3]string{"Индикатор (англ.)", "Индикатор (ағылш.)", "Indicator (en)"}, false, nil},
	{"unit", [3]string{"Единица", "Өлшем бірлігі", "Unit"}, true, []string{"Единица измерения"}},
	{"baseline.value", [3]string{"Базовое значение", "Базалық мән", "Baseline"}, true, nil},
	{"baseline.date", [3]string{"Дата базового значения", "Базалық мән күні", "Baseline date"}, true, nil},
	{"target.value", [3]string{"Целевое значение", "Мақсатты мән", "Target"}, true, nil},
	{"target.date", [3]string{"Срок", "Мерзім", "Target date"}, true, nil},
	{"higher_is_better", [3]string{"Больше — лучше", "Көп болса — жақсы", "Higher is better"}, true, nil},
	{"source", [3]string{"Источник", "Дереккөз", "Source"}, false, nil},
	{"weight", [3]string{"Вес", "Салмақ", "Weight"}, false, nil},
}

var measureColumns = []formColumn{
	{"direction", [3]string{"Направление", "Бағыт", "Direction"}, true, nil},
	{"text", [3]string{"Мероприятие", "Іс-шара", "Measure"}, true, nil},
	{"body", [3]string{"Ответственный орган", "Жауапты орган", "Responsible body"}, true, nil},
	{"deadline", [3]string{"Срок", "Мерзім", "Deadline"}, true, nil},
}

// The sheets' names by language; the measures' sheet is found by any of
// its names.
var (
	indicatorSheet = [3]string{"Индикаторы", "Индикаторлар", "Indicators"}
	measureSheet   = [3]string{"Мероприятия", "Іс-шаралар", "Measures"}
	unitSheet      = [3]string{"Единицы", "Өлшем бірліктері", "Units"}
	unitHeads      = [3][5]string{
		{"Код", "Обозначение (рус.)", "Обозначение (каз.)", "Обозначение (англ.)", "Допустимые значения"},
		{"Код", "Белгіленуі (орыс.)", "Белгіленуі (қаз.)", "Белгіленуі (ағылш.)", "Рұқсат етілген мәндер"},
		{"Code", "Name (ru)", "Name (kk)", "Name (en)", "Allowed values"},
	}
	yesNoText = [3][2]string{{"да", "нет"}, {"иә", "жоқ"}, {"yes", "no"}}
)

func isMeasureSheet(name string) bool {
	for _, n := range measureSheet {
		if foldName(n) == foldName(name) {
			return true
		}
	}
	return false
}

// langIndex is the index of a language in the forms' arrays: ru, kk, en.
func langIndex(lang string) int {
	switch lang {
	case "kk":
		return 1
	case "en":
		return 2
	}
	return 0
}

// foldName reduces a header, a unit's or a sheet's name to what identifies it:
// lower case, no dots, "ё" as "е", every dash the same, spaces collapsed.
func foldName(s string) string {
	s = strings.NewReplacer("ё", "е", "Ё", "е", ".", "", "—", " - ", "–", " - ", "-", " - ", "²", "2").Replace(s)
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// unitCodes finds a unit's code by its code or any of its names, folded.
var unitCodes = func() map[string]string {
	m := map[string]string{}
	for _, u := range senim.Units {
		for _, n := range []string{u.Code, u.Names.RU, u.Names.KK, u.Names.EN} {
			m[unitKey(n)] = u.Code
		}
	}
	for n, code := range map[string]string{
		"человек": "people", "единиц": "count", "шт": "count", "млн тенге": "mln_tenge", "дней": "days", "процент": "percent",
	} {
		m[unitKey(n)] = code
	}
	return m
}()

func unitKey(s string) string { return strings.ReplaceAll(foldName(s), ",", "") }

// yesNoWords are the answers a "higher is better" cell may hold.
var yesNoWords = map[string]bool{
	"да": true, "нет": false, "иә": true, "ия": true, "жоқ": false, "yes": true, "no": false,
	"1": true, "0": false, "true": true, "false": false, "истина": true, "ложь": false,
}

// sheetRows is a sheet as read: each cell as the sheet shows it and the
// value behind it (a number or a date serial unformatted).
type sheetRows struct {
	name     string
	text     [][]string
	raw      [][]string
	header   int    // the header's row index; -1 on a blank sheet
	blank    []bool // rows with nothing in them, before merged cells are spread
	date1904 bool
	// valuesOnly: the cells were read as their values only (a date cell
	// as its serial number), not also as the sheet shows them.
	valuesOnly bool
}

func readSheet(f *excelize.File, name string) (*sheetRows, error) {
	text, err := f.GetRows(name)
	if err != nil {
		return nil, err
	}
	raw, err := f.GetRows(name, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, err
	}
	s := &sheetRows{name: name, text: text, raw: raw, header: -1, blank: make([]bool, len(text))}
	for i, row := range text {
		s.blank[i] = strings.TrimSpace(strings.Join(row, "")) == ""
		if !s.blank[i] && s.header < 0 {
			s.header = i
		}
	}
	if s.header < 0 {
		return s, nil
	}
	// A merged cell holds its value in its top left corner only: spread it
	// over the data rows it covers, within the header's width.
	merged, err := f.GetMergeCells(name, true)
	if err != nil {
		return nil, err
	}
	width := len(text[s.header])
	for _, m := range merged {
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 != nil || err2 != nil || r1-1 <= s.header {
			continue
		}
		tv, rv := sheetCell(text, r1-1, c1-1), sheetCell(raw, r1-1, c1-1)
		for r := r1 - 1; r < min(r2, len(text)); r++ {
			for c := c1 - 1; c < min(c2, width); c++ {
				setCell(text, r, c, tv)
				setCell(raw, r, c, rv)
			}
		}
	}
	return s, nil
}

func sheetCell(rows [][]string, r, c int) string {
	if r < 0 || r >= len(rows) || c < 0 || c >= len(rows[r]) {
		return ""
	}
	return rows[r][c]
}

func setCell(rows [][]string, r, c int, v string) {
	if r >= len(rows) {
		return
	}
	for len(rows[r]) <= c {
		rows[r] = append(rows[r], "")
	}
	rows[r][c] = v
}

// data yields the indices of the sheet's non-empty rows below the header.
func (s *sheetRows) data() iter.Seq[int] {
	return func(yield func(int) bool) {
		if s.header < 0 {
			return
		}
		for i := s.header + 1; i < len(s.text); i++ {
			if !s.blank[i] && !yield(i) {
				return
			}
		}
	}
}

// columns finds the form's columns in the sheet's header, reporting
// unknown, repeated and missing ones.
func (s *sheetRows) columns(form []formColumn, p *senim.Problems) map[string]int {
	idx := map[string]int{}
	if s.header < 0 {
		return idx // a blank sheet: no rows to read
	}
	header := s.header
	heads := s.text[header]
	var langs [3]int // how many headers each language matched, to name missing ones in the file's language
	width := len(heads)
	for r := range s.data() {
		width = max(width, len(s.text[r]))
	}
	for i := range width {
		h := strings.TrimSpace(sheetCell(s.text, header, i))
		if h == "" {
			if s.columnUsed(i) {
				name, _ := excelize.ColumnNumberToName(i + 1)
				p.Add(senim.Invalid("columns", "xlsx.column_unknown", "column", name, "sheet", s.name))
			}
			continue
		}
		col := findColumn(form, h, &langs)
		switch {
		case col == nil:
			p.Add(senim.Invalid("columns", "xlsx.column_unknown", "column", h, "sheet", s.name))
		case hasKey(idx, col.key):
			p.Add(senim.Invalid("columns", "xlsx.column_twice", "column", h, "sheet", s.name))
		default:
			idx[col.key] = i
		}
	}
	lang := 0
	for l := range langs {
		if langs[l] > langs[lang] {
			lang = l
		}
	}
	for _, c := range form {
		if _, ok := idx[c.key]; c.required && !ok {
			p.Add(senim.Invalid("columns", "xlsx.column_missing", "column", c.heads[lang], "sheet", s.name))
		}
	}
	return idx
}

func hasKey(m map[string]int, k string) bool { _, ok := m[k]; return ok }

func findColumn(form []formColumn, h string, langs *[3]int) *formColumn {
	h = foldName(h)
	for i := range form {
		c := &form[i]
		found := false
		for l, n := range c.heads {
			if foldName(n) == h {
				langs[l]++
				found = true
			}
		}
		for _, n := range c.aliases {
			found = found || foldName(n) == h
		}
		if found {
			return c
		}
	}
	return nil
}

// columnUsed reports whether any data row has something in column i.
func (s *sheetRows) columnUsed(i int) bool {
	for r := range s.data() {
		if strings.TrimSpace(sheetCell(s.text, r, i)) != "" {
			return true
		}
	}
	return false
}

// rowCells reads the cells of one data row, reporting what is wrong with
// them at the row's line.
type rowCells struct {
	s    *sheetRows
	cols map[string]int
	row  int
	p    *senim.Problems
}

func (c *rowCells) field(key string) string { return fmt.Sprintf("line.%d.%s", c.row+1, key) }

// cell returns the cell of the column: as shown, trimmed, and its value.
func (c *rowCells) cell(key string) (text, raw string) {
	i, ok := c.cols[key]
	if !ok {
		return "", ""
	}
	return strings.TrimSpace(sheetCell(c.s.text, c.row, i)), strings.TrimSpace(sheetCell(c.s.raw, c.row, i))
}

// text reads a one-line text: line breaks and runs of spaces become one space.
func (c *rowCells) text(key string, required bool) string {
	t, _ := c.cell(key)
	t = strings.Join(strings.Fields(t), " ")
	if t == "" && required {
		c.p.Add(senim.Invalid(c.field(key), "required"))
	}
	return t
}

func (c *rowCells) number(key string, required bool) *float64 {
	t, raw := c.cell(key)
	if t == "" {
		if required {
			c.p.Add(senim.Invalid(c.field(key), "required"))
		}
		return nil
	}
	v, ok := cellNumber(t, raw)
	if !ok {
		c.p.Add(senim.Invalid(c.field(key), "number"))
		return nil
	}
	return &v
}

// cellNumber reads a number cell, or a number typed as text.
func cellNumber(text, raw string) (float64, bool) {
	if v, ok := senim.ParseNumber(raw); ok {
		if strings.HasSuffix(text, "%") {
			// a cell formatted as a percentage holds a share: 0.455 shown as 45.5%
			v, _ = strconv.ParseFloat(strconv.FormatFloat(v*100, 'g', 15, 64), 64)
		}
		return v, true
	}
	return senim.ParseNumber(strings.TrimSpace(strings.TrimSuffix(text, "%")))
}

// date reads a required date and returns it as YYYY-MM-DD.
func (c *rowCells) date(key string) string {
	t, raw := c.cell(key)
	if t == "" {
		c.p.Add(senim.Invalid(c.field(key), "required"))
		return ""
	}
	d, ok := cellDate(t, raw, c.s.date1904)
	if !ok && c.s.valuesOnly {
		d, ok = cellDate("", raw, c.s.date1904) // a date cell, read as its serial number
	}
	if !ok {
		c.p.Add(senim.Invalid(c.field(key), "date"))
		return ""
	}
	return d.String()
}

// cellDate reads a date cell (a number shown as a date) or a date typed as
// YYYY-MM-DD or DD.MM.YYYY.
func cellDate(text, raw string, date1904 bool) (senim.Date, bool) {
	if v, err := strconv.ParseFloat(raw, 64); err == nil && raw != text {
		if v < 1 || v >= 2958466 { // 9999-12-31
			return senim.Date{}, false
		}
		t, err := excelize.ExcelDateToTime(v, date1904)
		if err != nil {
			return senim.Date{}, false
		}
		return senim.NewDate(t.Year(), t.Month(), t.Day()), true
	}
	for _, layout := range []string{"2006-1-2", "2.1.2006"} {
		if t, err := time.Parse(layout, text); err == nil && t.Year() >= 1000 {
			return senim.NewDate(t.Year(), t.Month(), t.Day()), true
		}
	}
	return senim.Date{}, false
}

// yesNo reads a required yes or no.
func (c *rowCells) yesNo(key string) *bool {
	t, _ := c.cell(key)
	if t == "" {
		c.p.Add(senim.Invalid(c.field(key), "required"))
		return nil
	}
	v, ok := yesNoWords[strings.ToLower(t)]
	if !ok {
		c.p.Add(senim.Invalid(c.field(key), "xlsx.yes_no"))
		return nil
	}
	return &v
}

// unit reads a required unit by its code or name and returns its code.
func (c *rowCells) unit(key string) string {
	t := c.text(key, true)
	if t == "" {
		return ""
	}
	code, ok := unitCodes[unitKey(t)]
	if !ok {
		c.p.Add(senim.Invalid(c.field(key), "unit.unknown", "unit", t))
	}
	return code
}

// planBuilder gathers the directions of a plan as their rows come.
type planBuilder struct {
	dirs  []senim.DirectionPlan
	index map[string]int // by the folded Russian title
	lines [][2]int       // the lines that gave each direction's Kazakh and English titles
}

// direction returns the direction of a row, made when its title is first
// seen, or nil when the row has none. Translations are read when asked.
func (b *planBuilder) direction(c *rowCells, translations bool) *senim.DirectionPlan {
	title := c.text("direction", true)
	var tr [2]string
	if translations {
		tr = [2]string{c.text("direction.kk", false), c.text("direction.en", false)}
	}
	for k, t := range append([]string{title}, tr[:]...) {
		if utf8.RuneCountInString(t) > senim.MaxTitleLen {
			c.p.Add(senim.Invalid(c.field([]string{"direction", "direction.kk", "direction.en"}[k]), "too_long", "max", senim.MaxTitleLen))
		}
	}
	if title == "" {
		return nil
	}
	key := foldName(title)
	i, ok := b.index[key]
	if !ok {
		i = len(b.dirs)
		b.index[key] = i
		b.dirs = append(b.dirs, senim.DirectionPlan{Title: senim.Names{RU: title}})
		b.lines = append(b.lines, [2]int{})
	}
	d := &b.dirs[i]
	for k, have := range []*string{&d.Title.KK, &d.Title.EN} {
		switch {
		case tr[k] == "":
		case *have == "":
			*have, b.lines[i][k] = tr[k], c.row+1
		case *have != tr[k]:
			c.p.Add(senim.Invalid(c.field([]string{"direction.kk", "direction.en"}[k]), "xlsx.direction_differs", "line", b.lines[i][k]))
		}
	}
	return d
}

// formWriter builds a workbook of the form in one language.
type formWriter struct {
	f    *excelize.File
	lang int
	head int // the headers' style
	date int // dates' style: YYYY-MM-DD
	wrap int // long texts' style
	yes  string
	no   string
}

func newFormWriter(lang string) (*formWriter, error) {
	fw := &formWriter{f: excelize.NewFile(), lang: langIndex(lang)}
	fw.yes, fw.no = yesNoText[fw.lang][0], yesNoText[fw.lang][1]
	var err error
	dateFmt := "yyyy-mm-dd"
	if fw.head, err = fw.f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}); err != nil {
		fw.f.Close()
		return nil, err
	}
	if fw.date, err = fw.f.NewStyle(&excelize.Style{CustomNumFmt: &dateFmt, Alignment: &excelize.Alignment{Vertical: "top"}}); err != nil {
		fw.f.Close()
		return nil, err
	}
	if fw.wrap, err = fw.f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}); err != nil {
		fw.f.Close()
		return nil, err
	}
	return fw, nil
}

// indicatorRow is an indicator's row, in the order of indicatorColumns.
func (fw *formWriter) indicatorRow(dir, name senim.Names, unit string, base, target senim.Point, higher bool, source string, weight float64) []any {
	if u := senim.FindUnit(unit); u != nil {
		unit = u.Names.In([]string{"ru", "kk", "en"}[fw.lang])
	}
	hb := fw.no
	if higher {
		hb = fw.yes
	}
	return []any{dir.RU, dir.KK, dir.EN, name.RU, name.KK, name.EN, unit,
		base.Value, base.On, target.Value, target.On, hb, source, weight}
}

// sheets writes the indicators' and the measures' sheets.
func (fw *formWriter) sheets(inds, ms [][]any) error {
	name := indicatorSheet[fw.lang]
	if err := fw.f.SetSheetName(fw.f.GetSheetName(0), name); err != nil {
		return err
	}
	widths := []float64{28, 28, 28, 48, 48, 48, 12, 14, 14, 14, 14, 12, 32, 8}
	if err := fw.table(name, indicatorColumns, widths, inds); err != nil {
		return err
	}
	yn := excelize.NewDataValidation(true)
	yn.SetSqref(columnCells(indicatorColumns, "higher_is_better"))
	if err := yn.SetDropList([]string{fw.yes, fw.no}); err != nil {
		return err
	}
	if err := fw.f.AddDataValidation(name, yn); err != nil {
		return err
	}
	if _, err := fw.f.NewSheet(measureSheet[fw.lang]); err != nil {
		return err
	}
	return fw.table(measureSheet[fw.lang], measureColumns, []float64{28, 60, 40, 14}, ms)
}

// table writes a sheet's header, in the form's language, and rows.
func (fw *formWriter) table(sheet string, cols []formColumn, widths []float64, rows [][]any) error {
	for i, c := range cols {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		if err := fw.f.SetCellStr(sheet, cell, c.heads[fw.lang]); err != nil {
			return err
		}
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := fw.f.SetColWidth(sheet, col, col, widths[i]); err != nil {
			return err
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(cols), 1)
	if err := fw.f.SetCellStyle(sheet, "A1", last, fw.head); err != nil {
		return err
	}
	if err := fw.f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	for r, row := range rows {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+2)
			style := fw.wrap
			var err error
			switch v := v.(type) {
			case senim.Date:
				if v.IsZero() {
					continue
				}
				style = fw.date
				err = fw.f.SetCellValue(sheet, cell, time.Date(v.Year(), v.Month(), v.Day(), 0, 0, 0, 0, time.UTC))
			case string:
				if v == "" {
					continue
				}
				err = fw.f.SetCellStr(sheet, cell, v)
			default:
				err = fw.f.SetCellValue(sheet, cell, v)
			}
			if err == nil {
				err = fw.f.SetCellStyle(sheet, cell, cell, style)
			}
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// unitSheet writes the list of units and offers their names in the form's
// language as a drop-down list in the indicators' unit column.
func (fw *formWriter) unitSheet() error {
	sheet := unitSheet[fw.lang]
	if _, err := fw.f.NewSheet(sheet); err != nil {
		return err
	}
	for i, h := range unitHeads[fw.lang] {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		if err := fw.f.SetCellStr(sheet, cell, h); err != nil {
			return err
		}
	}
	if err := fw.f.SetCellStyle(sheet, "A1", "E1", fw.head); err != nil {
		return err
	}
	if err := fw.f.SetColWidth(sheet, "A", "E", 24); err != nil {
		return err
	}
	for r, u := range senim.Units {
		allowed := fmt.Sprintf("%s – %s", formatNumber(u.Min), formatNumber(u.Max))
		if math.IsInf(u.Max, 1) {
			allowed = "≥ " + formatNumber(u.Min)
		}
		row := []any{u.Code, u.Names.RU, u.Names.KK, u.Names.EN, allowed}
		cell, _ := excelize.CoordinatesToCellName(1, r+2)
		if err := fw.f.SetSheetRow(sheet, cell, &row); err != nil {
			return err
		}
	}
	col := string(rune('B' + fw.lang))
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(columnCells(indicatorColumns, "unit"))
	dv.SetSqrefDropList(fmt.Sprintf("'%s'!$%s$2:$%s$%d", sheet, col, col, len(senim.Units)+1))
	return fw.f.AddDataValidation(indicatorSheet[fw.lang], dv)
}

// columnCells is the range of a column's cells below the header.
func columnCells(cols []formColumn, key string) string {
	for i, c := range cols {
		if c.key == key {
			name, _ := excelize.ColumnNumberToName(i + 1)
			return fmt.Sprintf("%s2:%s%d", name, name, excelize.TotalRows)
		}
	}
	panic("no column " + key)
}

func formatNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
