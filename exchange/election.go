package exchange

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	senim "github.com/senim-kz/senim"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
)

// electionColumns are the columns of a file of election results, as the
// JSON API names the fields (senim.ElectionResultInput), with their
// headers in Russian, Kazakh and English; the field's own name is a header
// too, and is what WriteElectionResults writes.
var electionColumns = []formColumn{
	{"constituency", [3]string{"Округ", "Округ", "Constituency"}, true, []string{"constituency", "Избирательный округ", "Сайлау округі"}},
	{"territory", [3]string{"КАТО", "ҚАТО", "Territory"}, true, []string{"territory", "KATO", "Территория", "Аумақ"}},
	{"candidate", [3]string{"Кандидат", "Кандидат", "Candidate"}, true, []string{"candidate", "ФИО", "Аты-жөні", "Full name"}},
	{"iin", [3]string{"ИИН", "ЖСН", "IIN"}, false, []string{"iin"}},
	{"birth_date", [3]string{"Дата рождения", "Туған күні", "Date of birth"}, false, []string{"birth_date", "Birth date"}},
	{"sex", [3]string{"Пол", "Жынысы", "Sex"}, false, []string{"sex"}},
	{"party", [3]string{"Партия", "Партия", "Party"}, true, []string{"party"}},
	{"votes", [3]string{"Голоса", "Дауыстар", "Votes"}, true, []string{"votes", "Голосов", "Число голосов", "Дауыс саны"}},
	{"elected", [3]string{"Избран", "Сайланды", "Elected"}, true, []string{"elected", "Избран(а)", "Избрана"}},
	{"incumbent", [3]string{"Из прежнего состава", "Бұрынғы құрамнан", "Incumbent"}, false, []string{"incumbent", "Действующий"}},
}

// ElectionColumns are the header WriteElectionResults writes: the fields'
// names, in the order of the columns.
var ElectionColumns = func() []string {
	out := make([]string, len(electionColumns))
	for i, c := range electionColumns {
		out[i] = c.key
	}
	return out
}()

// maxElectionFaults bounds the faults ReadElectionResults lists: past it,
// the reading stops with one more fault saying so.
const maxElectionFaults = 1000

// ReadElectionResults reads an official result by constituency from a file
// in format "csv" (UTF-8 with or without a byte-order mark, or
// Windows-1251; comma or semicolon, as ReadCSV) or "xlsx" (the first
// sheet). Any other format is a caller's mistake, returned as a plain
// error.
//
// The first non-empty row is the header; each column is found by its
// header in any order, in English (the field's name, as written by
// WriteElectionResults: constituency, territory, candidate, iin,
// birth_date, sex, party, votes, elected, incumbent, or "Constituency",
// "Date of birth" …), Russian or Kazakh ("Округ", "КАТО", "Кандидат",
// "ИИН"/"ЖСН", "Дата рождения", "Пол", "Партия", "Голоса", "Избран",
// "Из прежнего состава" …). The columns iin, birth_date, sex and incumbent
// may be left out; an unknown or repeated column, or a required one
// missing, refuses the file (Field "columns", xlsx.column_unknown,
// xlsx.column_twice, xlsx.column_missing, args "column" and "sheet").
//
// Each row below is one senim.ElectionResult (see there for the two
// shapes of a row); empty rows are skipped. Cells: a KATO code; the IIN as
// 12 digits; a date as YYYY-MM-DD, DD.MM.YYYY or a date cell; the sex as
// m/f, м/ж, муж/жен, ер/әйел, male/female (as NewElectionResult reads
// it); the party's code, empty for the self-nominated; votes a whole
// number ("12 345" too), empty for 0; elected and incumbent as yes/no,
// да/нет, иә/жоқ, 1/0, true/false, empty for no.
//
// Nothing is returned partly: either every row, or an error. Every fault
// of every row is reported at once (up to 1000; then the reading stops
// with a fault of Field "file", key election.faults, arg "max") as a
// *senim.Error, each fault with Field "line.N.<field>", N the line of the
// file (the row of the sheet, the header usually being 1), the field as
// senim.NewElectionResult names it, and its key: the cell's (date,
// election.votes, xlsx.yes_no) or the rule's (NewElectionResult's). A file
// that cannot be read is refused with Field "file" and xlsx.unreadable or
// csv.unreadable (arg "reason"), one too large with file.large (arg "max",
// MB), one without a row with xlsx.empty or file.empty.
//
// today bounds the birth dates. Whether the rows lie within an election's
// territory is checked by senim.Election.CheckResults, by the same line
// numbers (ElectionResult.Line).
func ReadElectionResults(r io.Reader, format string, today senim.Date) ([]*senim.ElectionResult, error) {
	if format != "csv" && format != "xlsx" {
		return nil, fmt.Errorf("exchange: unknown format %q", format)
	}
	b, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxFileSize {
		return nil, senim.Invalid("file", "file.large", "max", MaxFileSize>>20)
	}
	var s *sheetRows
	empty := "file.empty"
	if format == "xlsx" {
		empty = "xlsx.empty"
		if s, err = electionSheet(b); err != nil {
			return nil, err
		}
	} else if s, err = electionCSV(b); err != nil {
		return nil, err
	}

	var p senim.Problems
	cols := s.columns(electionColumns, &p)
	if err := p.Err(); err != nil {
		return nil, err
	}
	var out []*senim.ElectionResult
	var faults []*senim.Error
	for i := range s.data() {
		var rp senim.Problems
		c := &rowCells{s: s, cols: cols, row: i, p: &rp}
		in := senim.ElectionResultInput{
			Constituency: c.text("constituency", false),
			Territory:    c.text("territory", false),
			Candidate:    c.text("candidate", false),
			IIN:          c.electionIIN("iin"),
			BirthDate:    c.electionDate("birth_date"),
			Sex:          c.text("sex", false),
			Party:        c.text("party", false),
			Votes:        c.electionVotes("votes"),
			Elected:      c.electionYesNo("elected"),
			Incumbent:    c.electionYesNo("incumbent"),
		}
		res, err := senim.NewElectionResult(in, today)
		rp.Add(senim.PrefixField(err, fmt.Sprintf("line.%d.", i+1)))
		if err := rp.Err(); err != nil {
			var e *senim.Error
			if errors.As(err, &e) {
				faults = append(faults, e.FieldErrors()...)
			} else {
				return nil, err
			}
			if len(faults) >= maxElectionFaults {
				faults = append(faults[:maxElectionFaults], senim.Invalid("file", "election.faults", "max", maxElectionFaults))
				break
			}
			continue
		}
		res.Line = i + 1
		out = append(out, res)
	}
	if len(faults) > 0 {
		for _, f := range faults {
			p.Add(f)
		}
		return nil, p.Err()
	}
	if len(out) == 0 {
		return nil, senim.Invalid("file", empty)
	}
	return out, nil
}

// electionSheet reads the first sheet of a workbook.
func electionSheet(b []byte) (*sheetRows, error) {
	unreadable := func(err error) error {
		e := senim.Invalid("file", "xlsx.unreadable")
		e.Err = err
		return e
	}
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		return nil, unreadable(err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, senim.Invalid("file", "xlsx.empty")
	}
	s, err := readSheet(f, sheets[0])
	if err != nil {
		return nil, unreadable(err)
	}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		s.date1904 = *props.Date1904
	}
	return s, nil
}

// electionCSV reads CSV by the rules of ReadCSV, each record placed at the
// line of the file it starts on, so that faults name the lines an editor
// shows (encoding/csv skips empty lines, and a quoted cell may span
// several).
func electionCSV(b []byte) (*sheetRows, error) {
	unreadable := func(err error) error {
		e := senim.Invalid("file", "csv.unreadable", "reason", err.Error())
		e.Err = err
		return e
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(b) {
		var err error
		if b, err = charmap.Windows1251.NewDecoder().Bytes(b); err != nil {
			return nil, unreadable(errors.New("the file is neither UTF-8 nor Windows-1251 text"))
		}
	}
	first, _, _ := bytes.Cut(b, []byte("\n"))
	cr := csv.NewReader(bytes.NewReader(b))
	if bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		cr.Comma = ';'
	}
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	var rows [][]string
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, unreadable(fmt.Errorf("line %d: %v", pe.Line, pe.Err))
			}
			return nil, unreadable(err)
		}
		line, _ := cr.FieldPos(0)
		for len(rows) < line-1 {
			rows = append(rows, nil)
		}
		rows = append(rows, rec)
	}
	s := &sheetRows{name: "CSV", text: rows, raw: rows, header: -1, blank: make([]bool, len(rows))}
	for i, row := range rows {
		s.blank[i] = strings.TrimSpace(strings.Join(row, "")) == ""
		if !s.blank[i] && s.header < 0 {
			s.header = i
		}
	}
	return s, nil
}

// electionIIN reads an IIN: the digits as typed, or the number behind a number
// cell that shows it in exponent form (9,00101E+11).
func (c *rowCells) electionIIN(key string) string {
	t, raw := c.cell(key)
	if strings.ContainsAny(t, "Ee") && raw != "" && strings.Trim(raw, "0123456789") == "" {
		return raw
	}
	return t
}

// electionDate reads a date that may be empty, as YYYY-MM-DD.
func (c *rowCells) electionDate(key string) string {
	t, raw := c.cell(key)
	if t == "" {
		return ""
	}
	d, ok := cellDate(t, raw, c.s.date1904)
	if !ok {
		c.p.Add(senim.Invalid(c.field(key), "date"))
		return ""
	}
	return d.String()
}

// electionVotes reads a whole number of votes, 0 when empty; a fault is reported
// here and 0 passed on.
func (c *rowCells) electionVotes(key string) int {
	t, raw := c.cell(key)
	if t == "" {
		return 0
	}
	v, ok := cellNumber(t, raw)
	if !ok || v < 0 || v > senim.MaxVotes || v != math.Trunc(v) {
		c.p.Add(senim.Invalid(c.field(key), "election.votes", "max", senim.MaxVotes))
		return 0
	}
	return int(v)
}

// electionYesNo reads a yes or no, no when empty.
func (c *rowCells) electionYesNo(key string) bool {
	t, _ := c.cell(key)
	if t == "" {
		return false
	}
	v, ok := yesNoWords[strings.ToLower(t)]
	if !ok {
		c.p.Add(senim.Invalid(c.field(key), "xlsx.yes_no"))
	}
	return v
}

// WriteElectionResults writes rows of a result in format "csv" (UTF-8
// with a byte-order mark, comma-separated) or "xlsx" (one sheet,
// "Results"), with the header ElectionColumns: the file
// ReadElectionResults reads back to the same rows. Birth dates are
// YYYY-MM-DD in CSV and date cells in a workbook; elected and incumbent
// are yes or no. Nil rows are skipped.
func WriteElectionResults(w io.Writer, format string, results []*senim.ElectionResult) error {
	row := func(r *senim.ElectionResult) []any {
		return []any{r.Constituency, string(r.Territory), r.Candidate, r.IIN, r.BirthDate, string(r.Sex), r.Party, r.Votes,
			electionWord(r.Elected), electionWord(r.Incumbent)}
	}
	switch format {
	case "csv":
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return err
		}
		cw := csv.NewWriter(w)
		if err := cw.Write(ElectionColumns); err != nil {
			return err
		}
		for _, r := range results {
			if r == nil {
				continue
			}
			cells := row(r)
			rec := make([]string, len(cells))
			for i, v := range cells {
				switch v := v.(type) {
				case senim.Date:
					rec[i] = v.String()
				case int:
					rec[i] = strconv.Itoa(v)
				default:
					rec[i] = v.(string)
				}
			}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	case "xlsx":
		x, err := NewXLSXWriter("Results", ElectionColumns)
		if err != nil {
			return err
		}
		for _, r := range results {
			if r == nil {
				continue
			}
			if err := x.Row(row(r)); err != nil {
				x.Discard()
				return err
			}
		}
		return x.Finish(w)
	}
	return fmt.Errorf("exchange: unknown format %q", format)
}

// electionWord is how WriteElectionResults writes a yes or no.
func electionWord(v bool) string {
	if v {
		return "yes"
	}
	return "no"
}
