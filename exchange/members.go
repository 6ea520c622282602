package exchange

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	senim "github.com/senim-kz/senim"

	"github.com/xuri/excelize/v2"
)

// memberColumns are the columns of a members' file, as the JSON API names
// the fields, with their headers in Russian, Kazakh and English. The
// columns an export adds (sex, date of birth, status, territory) are read
// and ignored, so that an export imports back: sex and the date of birth
// follow from the IIN.
var memberColumns = []formColumn{
	{"iin", [3]string{"ИИН", "ЖСН", "IIN"}, true, nil},
	{"name", [3]string{"ФИО", "Аты-жөні", "Full name"}, true, []string{"Name", "Имя"}},
	{"phone", [3]string{"Телефон", "Телефон", "Phone"}, false, nil},
	{"email", [3]string{"Эл. почта", "Эл. пошта", "E-mail"}, false, []string{"Email", "Электронная почта"}},
	{"address", [3]string{"Адрес", "Мекенжай", "Address"}, false, nil},
	{"organisation", [3]string{"Первичная организация", "Бастауыш ұйым", "Primary organisation"}, true, []string{"organisation", "Код первичной организации"}},
	{"joined", [3]string{"Дата вступления", "Кірген күні", "Joined"}, false, nil},
	{"youth_wing", [3]string{"Молодёжное крыло", "Жастар қанаты", "Youth wing"}, false, nil},
	{"left", [3]string{"Дата выхода", "Шыққан күні", "Left"}, false, nil},
	{"left_reason", [3]string{"Причина выхода", "Шығу себебі", "Reason for leaving"}, false, nil},
	{"left_note", [3]string{"Примечание", "Ескерту", "Note"}, false, nil},
	{"sex", [3]string{"Пол", "Жынысы", "Sex"}, false, nil},
	{"birth_date", [3]string{"Дата рождения", "Туған күні", "Date of birth"}, false, nil},
	{"status", [3]string{"Статус", "Мәртебесі", "Status"}, false, nil},
	{"territory", [3]string{"КАТО", "ҚАТО", "KATO"}, false, nil},
}

// ReadMembers reads a members' file, CSV or XLSX (told apart by their
// bytes: a workbook is a zip archive). The first non-empty row is the
// header, in any of the three languages. A cell that cannot be read — a
// date that is not one, a yes/no that is neither — goes with its line's
// record as a fault at its line ("line.N.joined"), so that the import
// reports it together with what the values mean (a valid IIN, a known
// organisation); a file whose columns are wrong is refused here.
func ReadMembers(r io.Reader) ([]senim.MemberRecord, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxFileSize {
		return nil, senim.Invalid("file", "file.large", "max", MaxFileSize>>20)
	}
	var s *sheetRows
	if bytes.HasPrefix(b, []byte("PK\x03\x04")) {
		f, err := excelize.OpenReader(bytes.NewReader(b))
		if err != nil {
			e := senim.Invalid("file", "xlsx.unreadable")
			e.Err = err
			return nil, e
		}
		defer f.Close()
		sheets := f.GetSheetList()
		if len(sheets) == 0 {
			return nil, senim.Invalid("file", "xlsx.empty")
		}
		// One pass over the sheet's values, streamed: a members' sheet is
		// large and plain (no merged cells to spread).
		rows, err := f.Rows(sheets[0])
		if err != nil {
			e := senim.Invalid("file", "xlsx.unreadable")
			e.Err = err
			return nil, e
		}
		var all [][]string
		for rows.Next() {
			cols, err := rows.Columns(excelize.Options{RawCellValue: true})
			if err != nil {
				rows.Close()
				e := senim.Invalid("file", "xlsx.unreadable")
				e.Err = err
				return nil, e
			}
			all = append(all, cols)
		}
		rows.Close()
		s = tableRows(sheets[0], all)
		s.valuesOnly = true
		if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
			s.date1904 = *props.Date1904
		}
	} else {
		rows, err := ReadCSV(bytes.NewReader(b))
		if err != nil {
			e := senim.Invalid("file", "csv.unreadable", "reason", err.Error())
			e.Err = err
			return nil, e
		}
		s = tableRows("CSV", rows)
	}
	var p senim.Problems
	cols := s.columns(memberColumns, &p)
	if err := p.Err(); err != nil {
		return nil, err
	}
	var out []senim.MemberRecord
	for i := range s.data() {
		var rp senim.Problems // this line's cells that cannot be read
		c := &rowCells{s: s, cols: cols, row: i, p: &rp}
		rec := senim.MemberRecord{Line: i + 1}
		rec.In = senim.MemberInput{
			IIN: memberIIN(c.text("iin", false)), Name: unquote(c.text("name", false)), Phone: unquote(c.text("phone", false)),
			Email: unquote(c.text("email", false)), Address: unquote(c.text("address", false)), Org: c.text("organisation", false),
			Joined: c.optionalDate("joined"),
		}
		rec.Status = c.text("status", false)
		if t, _ := c.cell("youth_wing"); t != "" {
			if v := c.yesNo("youth_wing"); v != nil {
				rec.In.YouthWing = *v
			}
		}
		rec.Leave = senim.Departure{On: c.optionalDate("left"), Reason: c.text("left_reason", false), Note: unquote(c.text("left_note", false))}
		if err := rp.Err(); err != nil {
			rec.Faults = err.(*senim.Error).FieldErrors()
		}
		out = append(out, rec)
	}
	return out, nil
}

// memberIIN restores the leading zero a spreadsheet drops when it keeps an
// IIN as a number (everyone born in 2000–2009): 11 digits get a 0 in
// front, and the IIN's check digit still guards the result.
func memberIIN(s string) string {
	if len(s) == 11 && strings.Trim(s, "0123456789") == "" {
		return "0" + s
	}
	return s
}

// formulaStart are the first characters that make a spreadsheet read a
// cell as a formula.
const formulaStart = "=+-@\t\r"

// quote keeps a cell that a spreadsheet would read as a formula ("=HYPERLINK(…)",
// or a phone "+7…") as text, with an apostrophe in front; unquote drops it.
func quote(s string) string {
	if s != "" && strings.ContainsRune(formulaStart, rune(s[0])) {
		return "'" + s
	}
	return s
}

func unquote(s string) string {
	if len(s) > 1 && s[0] == '\'' && strings.ContainsRune(formulaStart, rune(s[1])) {
		return s[1:]
	}
	return s
}

// tableRows wraps rows read from CSV as a sheet: what a cell shows is its value.
func tableRows(name string, rows [][]string) *sheetRows {
	s := &sheetRows{name: name, text: rows, raw: rows, header: -1, blank: make([]bool, len(rows))}
	for i, row := range rows {
		s.blank[i] = strings.TrimSpace(strings.Join(row, "")) == ""
		if !s.blank[i] && s.header < 0 {
			s.header = i
		}
	}
	return s
}

// optionalDate reads a date that may be empty and returns it as YYYY-MM-DD.
func (c *rowCells) optionalDate(key string) string {
	if t, _ := c.cell(key); t == "" {
		return ""
	}
	return c.date(key)
}

// memberSheet is the export's sheet name by language.
var memberSheet = [3]string{"Члены партии", "Партия мүшелері", "Members"}

// MemberHeader is the header of an export, in lang.
func MemberHeader(lang string) []string {
	l := langIndex(lang)
	keys := []string{"iin", "name", "sex", "birth_date", "phone", "email", "address", "organisation", "territory",
		"joined", "youth_wing", "status", "left", "left_reason", "left_note"}
	out := make([]string, len(keys))
	for i, k := range keys {
		for _, c := range memberColumns {
			if c.key == k {
				out[i] = c.heads[l]
			}
		}
	}
	return out
}

// memberRow is a member as a row of an export, the organisation by its code.
func memberRow(m *senim.Member, lang string) []any {
	yes := yesNoText[langIndex(lang)]
	youth := yes[1]
	if m.YouthWing {
		youth = yes[0]
	}
	return []any{m.IIN, m.Name, string(m.Sex), m.BirthDate, m.Phone, m.Email, m.Address, m.OrgCode, string(m.Territory),
		m.Joined, youth, string(m.Status), m.Left, string(m.LeftReason), m.LeftNote}
}

// MemberWriter writes members to a CSV or an XLSX file a row at a time.
type MemberWriter struct {
	lang string
	csv  *csv.Writer
	xlsx *XLSXWriter
	w    io.Writer
}

// NewMemberWriter starts an export in format "csv" or "xlsx".
func NewMemberWriter(w io.Writer, format, lang string) (*MemberWriter, error) {
	mw := &MemberWriter{lang: lang, w: w}
	switch format {
	case "csv":
		// A byte-order mark, so that a spreadsheet opens the file as UTF-8.
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return nil, err
		}
		mw.csv = csv.NewWriter(w)
		return mw, mw.csv.Write(MemberHeader(lang))
	case "xlsx":
		x, err := NewXLSXWriter(memberSheet[langIndex(lang)], MemberHeader(lang))
		mw.xlsx = x
		return mw, err
	}
	return nil, fmt.Errorf("exchange: unknown format %q", format)
}

// Write adds one member.
func (mw *MemberWriter) Write(m *senim.Member) error {
	row := memberRow(m, mw.lang)
	if mw.xlsx != nil {
		return mw.xlsx.Row(row)
	}
	rec := make([]string, len(row))
	for i, v := range row {
		rec[i] = quote(fmt.Sprint(v))
		if d, ok := v.(senim.Date); ok && d.IsZero() {
			rec[i] = ""
		}
	}
	return mw.csv.Write(rec)
}

// Finish completes the file.
func (mw *MemberWriter) Finish() error {
	if mw.xlsx != nil {
		return mw.xlsx.Finish(mw.w)
	}
	mw.csv.Flush()
	return mw.csv.Error()
}

// Discard drops an unfinished file.
func (mw *MemberWriter) Discard() {
	if mw.xlsx != nil {
		mw.xlsx.Discard()
	}
}
