// Package exchange reads and writes the tables people exchange with Senim:
// CSV (UTF-8 or Windows-1251, comma or semicolon) and XLSX, and the files
// built on them, such as the official classifier of territories (KATO).
package exchange

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	senim "github.com/senim-kz/senim"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
)

// MaxFileSize is the largest file read, so that a wrong file cannot eat the
// server's memory.
const MaxFileSize = 256 << 20

// ReadTable reads the rows of a CSV or XLSX file (by its extension; the first
// sheet of a workbook).
func ReadTable(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if strings.EqualFold(filepath.Ext(path), ".xlsx") {
		return ReadXLSX(f)
	}
	return ReadCSV(f)
}

// ReadCSV reads CSV in UTF-8 (with or without a byte-order mark) or, when
// the bytes are not UTF-8, Windows-1251; the delimiter is a semicolon when
// the first line has more semicolons than commas.
func ReadCSV(r io.Reader) ([][]string, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxFileSize {
		return nil, fmt.Errorf("the file is larger than %d MiB", MaxFileSize>>20)
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(b) {
		if b, err = charmap.Windows1251.NewDecoder().Bytes(b); err != nil {
			return nil, errors.New("the file is neither UTF-8 nor Windows-1251 text")
		}
	}
	first, _, _ := bytes.Cut(b, []byte("\n"))
	cr := csv.NewReader(bytes.NewReader(b))
	if bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		cr.Comma = ';'
	}
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	rows, err := cr.ReadAll()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("line %d: %v", pe.Line, pe.Err)
		}
		return nil, err
	}
	return rows, nil
}

// ReadXLSX reads the first sheet of a workbook.
func ReadXLSX(r io.Reader) ([][]string, error) {
	f, err := excelize.OpenReader(io.LimitReader(r, MaxFileSize))
	if err != nil {
		return nil, fmt.Errorf("not a readable XLSX workbook: %w", err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, errors.New("the workbook has no sheets")
	}
	return f.GetRows(sheets[0])
}

// XLSXWriter writes one sheet a row at a time: rows go to a temporary file
// as they come, not into memory; Finish zips the workbook in memory (about
// a tenth of the rows' XML) and writes it out. Dates (senim.Date) are real
// dates of the sheet, shown as dd.mm.yyyy.
type XLSXWriter struct {
	f         *excelize.File
	sw        *excelize.StreamWriter
	n         int
	dateStyle int
	head      int
}

// NewXLSXWriter starts a workbook with one sheet and its header row, bold
// and frozen.
func NewXLSXWriter(sheet string, header []string) (*XLSXWriter, error) {
	f := excelize.NewFile()
	x := &XLSXWriter{f: f}
	fail := func(err error) (*XLSXWriter, error) { f.Close(); return nil, err }
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return fail(err)
	}
	var err error
	fmtDate := "dd.mm.yyyy"
	if x.dateStyle, err = f.NewStyle(&excelize.Style{CustomNumFmt: &fmtDate}); err != nil {
		return fail(err)
	}
	if x.head, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}}); err != nil {
		return fail(err)
	}
	if x.sw, err = f.NewStreamWriter(sheet); err != nil {
		return fail(err)
	}
	if err := x.sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return fail(err)
	}
	h := make([]any, len(header))
	for i, v := range header {
		h[i] = excelize.Cell{Value: v, StyleID: x.head}
	}
	if err := x.Row(h); err != nil {
		return fail(err)
	}
	return x, nil
}

// Row appends a row.
func (x *XLSXWriter) Row(row []any) error {
	cells := make([]any, len(row))
	for i, v := range row {
		switch d := v.(type) {
		case senim.Date:
			if d.IsZero() {
				cells[i] = nil
			} else {
				cells[i] = excelize.Cell{Value: d.Start(), StyleID: x.dateStyle}
			}
		default:
			cells[i] = v
		}
	}
	cell, err := excelize.CoordinatesToCellName(1, x.n+1)
	if err == nil {
		err = x.sw.SetRow(cell, cells)
	}
	if err == nil {
		x.n++
	}
	return err
}

// Finish finishes the workbook and writes it to w.
func (x *XLSXWriter) Finish(w io.Writer) error {
	defer x.f.Close()
	if err := x.sw.Flush(); err != nil {
		return err
	}
	return x.f.Write(w)
}

// Discard drops an unfinished workbook and its temporary files.
func (x *XLSXWriter) Discard() { x.f.Close() }
