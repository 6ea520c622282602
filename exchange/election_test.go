package exchange

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	senim "github.com/senim-kz/senim"

	"golang.org/x/text/encoding/charmap"
)

var electionToday = senim.MustDate("2026-03-01")

// electionIIN is a valid IIN of someone born on birth.
func electionIIN(t *testing.T, birth string, sex senim.Sex) string {
	t.Helper()
	for serial := 1; serial < 100; serial++ {
		if s, ok := senim.MakeIIN(senim.MustDate(birth), sex, serial); ok {
			return s
		}
	}
	t.Fatalf("no IIN for %s", birth)
	return ""
}

func readElection(t *testing.T, b []byte, format string) []*senim.ElectionResult {
	t.Helper()
	rs, err := ReadElectionResults(bytes.NewReader(b), format, electionToday)
	if err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return rs
}

// showResults writes rows one a line, for comparing.
func showResults(rs []*senim.ElectionResult) string {
	var b strings.Builder
	for _, r := range rs {
		fmt.Fprintf(&b, "%d|%s|%s|%s|%s|%s|%s|%s|%d|%v|%v\n", r.Line, r.Constituency, r.Territory, r.Candidate, r.IIN,
			r.BirthDate, r.Sex, r.Party, r.Votes, r.Elected, r.Incumbent)
	}
	return b.String()
}

func TestReadElectionResultsCSV(t *testing.T) {
	iin := electionIIN(t, "1975-05-20", senim.Female)
	file := "\ufeffconstituency,territory,candidate,iin,birth_date,sex,party,votes,elected,incumbent\n" +
		"Округ 1,351010000,Ахметова Айгуль," + iin + ",,,Nur-Otan,1200,yes,no\n" +
		"Округ 1,351010000,Иванов Иван,,1980-01-02,м,,800,no,\n" +
		"\n" +
		"\"Округ 2,\nсело Ақтоғай\",351020000,Серіков Ерлан,,02.03.1990,ер,auyl,\"1 500\",да,иә\n" +
		"list,350000000,,,,,nur-otan,409500,,\n"
	rs := readElection(t, []byte(file), "csv")
	want := "2|Округ 1|351010000|Ахметова Айгуль|" + iin + "|1975-05-20|f|nur-otan|1200|true|false\n" +
		"3|Округ 1|351010000|Иванов Иван||1980-01-02|m||800|false|false\n" +
		"5|Округ 2, село Ақтоғай|351020000|Серіков Ерлан||1990-03-02|m|auyl|1500|true|true\n" +
		"7|list|350000000|||||nur-otan|409500|false|false\n"
	if got := showResults(rs); got != want {
		t.Errorf("got\n%swant\n%s", got, want)
	}

	// Russian headers in another order, semicolons, Windows-1251.
	ru := "Партия;Кандидат;Округ;КАТО;Голоса;Избран;Пол;Дата рождения\n" +
		"nur-otan;Ахметов Серик;№ 12;351010000;12 345;Да;Ж;1970-01-01\n"
	cp, err := charmap.Windows1251.NewEncoder().String(ru)
	if err != nil {
		t.Fatal(err)
	}
	rs = readElection(t, []byte(cp), "csv")
	if got := showResults(rs); got != "2|№ 12|351010000|Ахметов Серик||1970-01-01|f|nur-otan|12345|true|false\n" {
		t.Errorf("Windows-1251: %s", got)
	}
}

func TestReadElectionResultsXLSX(t *testing.T) {
	iin := electionIIN(t, "1988-02-29", senim.Male)
	iinNumber, err := strconv.ParseInt(electionIIN(t, "1961-07-04", senim.Male), 10, 64) // a number cell, as spreadsheets make of IINs
	if err != nil {
		t.Fatal(err)
	}
	b := workbook(t, sheet{"Итоги", [][]any{
		nil, // a blank first row: the header is the first non-empty one
		{"Округ", "ҚАТО", "Кандидат", "ЖСН", "Туған күні", "Жынысы", "Партия", "Дауыстар", "Сайланды", "Бұрынғы құрамнан"},
		{"Ақтоғай ауылдық округі", "351010000", "Серіков Ерлан", iin, nil, nil, "auyl", 700, "иә", true},
		{"Ақтоғай ауылдық округі", "351010000", "Петрова Анна", nil, xlDay(1979, time.December, 31), "әйел", nil, 300, false, nil},
		{"Қарасу ауылдық округі", 351020000, "Омаров Нұрлан", iinNumber, "1961-07-04", "Е", "Nur-Otan", 1234.0, 1, 0},
	}})
	rs := readElection(t, b, "xlsx")
	want := "3|Ақтоғай ауылдық округі|351010000|Серіков Ерлан|" + iin + "|1988-02-29|m|auyl|700|true|true\n" +
		"4|Ақтоғай ауылдық округі|351010000|Петрова Анна||1979-12-31|f||300|false|false\n" +
		fmt.Sprintf("5|Қарасу ауылдық округі|351020000|Омаров Нұрлан|%d|1961-07-04|m|nur-otan|1234|true|false\n", iinNumber)
	if got := showResults(rs); got != want {
		t.Errorf("got\n%swant\n%s", got, want)
	}
}

func TestReadElectionResultsFaults(t *testing.T) {
	iin := electionIIN(t, "1975-05-20", senim.Female)
	bad := iin[:11] + string('0'+(iin[11]-'0'+1)%10)
	file := "constituency;territory;candidate;iin;birth_date;sex;party;votes;elected;incumbent\n" +
		"Округ 1;351010000;Верный Ряд;;;;;10;yes;no\n" +
		"Округ 1;35101;;" + bad + ";;;;-3;может быть;\n" +
		"Округ 2;351020000;Третий;" + iin + ";1975-05-21;x;Nur Otan;10,5;;нет\n" +
		"list;350000000;;;30.02.1990;;;abc;yes;\n" +
		"Округ 3;351030000;Пятый;;2027-01-01;;;1e12;;\n"
	_, err := ReadElectionResults(strings.NewReader(file), "csv", electionToday)
	want := []string{
		"line.3.candidate required", "line.3.elected xlsx.yes_no", "line.3.iin iin.checksum", "line.3.territory kato.length",
		"line.3.votes election.votes",
		"line.4.birth_date election.iin_differs", "line.4.party party.code", "line.4.sex election.sex", "line.4.votes election.votes",
		"line.5.birth_date date", "line.5.elected election.list_row", "line.5.party election.list_party", "line.5.votes election.votes",
		"line.6.birth_date date.future", "line.6.votes election.votes",
	}
	if got := fieldErrors(t, err); !slices.Equal(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}

	// A thousand faults are listed, and the reading stops.
	var b strings.Builder
	b.WriteString("constituency,territory,candidate,party,votes,elected\n")
	for i := range 1500 {
		fmt.Fprintf(&b, "Округ %d,351010000,Кандидат,,minus,\n", i)
	}
	_, err = ReadElectionResults(strings.NewReader(b.String()), "csv", electionToday)
	got := fieldErrors(t, err)
	if len(got) != 1001 || !slices.Contains(got, "file election.faults") || !slices.Contains(got, "line.1001.votes election.votes") ||
		slices.Contains(got, "line.1002.votes election.votes") {
		t.Errorf("%d faults: %v …", len(got), got[:3])
	}
}

func TestReadElectionResultsFile(t *testing.T) {
	for _, c := range []struct {
		why, format, file string
		want              []string
	}{
		{"no columns", "csv", "Округ,КАТО,Кандидат,Партия,Голоса,Избран,Примечание,Голоса\n1,2,3,4,5,6,7,8\n",
			[]string{"columns xlsx.column_twice Голоса@CSV", "columns xlsx.column_unknown Примечание@CSV"}},
		{"a column missing", "csv", "constituency,territory,candidate,party,elected\n",
			[]string{"columns xlsx.column_missing Votes@CSV"}},
		{"no rows", "csv", "\ufeffconstituency,territory,candidate,party,votes,elected\n\n", []string{"file file.empty"}},
		{"nothing", "csv", "", []string{"file file.empty"}},
		{"not a workbook", "xlsx", "constituency", []string{"file xlsx.unreadable"}},
	} {
		_, err := ReadElectionResults(strings.NewReader(c.file), c.format, electionToday)
		if got := fieldErrors(t, err); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.why, got, c.want)
		}
	}
	if _, err := ReadElectionResults(strings.NewReader(""), "ods", electionToday); err == nil || senim.ErrorCode(err) != senim.EINTERNAL {
		t.Errorf("unknown format: %v", err)
	}
	b := workbook(t, sheet{"Sheet1", [][]any{{"constituency", "territory", "candidate", "party", "votes", "elected"}}})
	if _, err := ReadElectionResults(bytes.NewReader(b), "xlsx", electionToday); !slices.Equal(fieldErrors(t, err), []string{"file xlsx.empty"}) {
		t.Errorf("an empty workbook: %v", err)
	}
}

// An import exported and imported again gives the same rows, in CSV and
// in XLSX, and the same figures.
func TestElectionResultsRoundTrip(t *testing.T) {
	iinF := electionIIN(t, "2000-01-15", senim.Female) // born in the 2000s: the IIN begins with 00
	iinM := electionIIN(t, "1961-07-04", senim.Male)
	file := "constituency,territory,candidate,iin,birth_date,sex,party,votes,elected,incumbent\n" +
		"№ 1,351010000,Ахметова Айгуль," + iinF + ",,,nur-otan,1200,yes,no\n" +
		"№ 1,351010000,\"Иванов, Иван\",,1980-01-02,m,,800,no,no\n" +
		"№ 2,351020000,Серіков Ерлан," + iinM + ",1961-07-04,m,auyl,0,yes,yes\n" +
		"№ 3,351030000,Безымянный,,,,,5,yes,no\n" +
		"list,000000000,,,,,nur-otan,409500,no,no\n"
	first := readElection(t, []byte(file), "csv")
	for _, format := range []string{"csv", "xlsx"} {
		var out bytes.Buffer
		if err := WriteElectionResults(&out, format, append(first, nil)); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		if format == "csv" && !bytes.HasPrefix(out.Bytes(), []byte("\ufeffconstituency,territory,candidate,iin,")) {
			t.Errorf("csv header: %q", out.Bytes()[:40])
		}
		again := readElection(t, out.Bytes(), format)
		if !reflect.DeepEqual(again, first) {
			t.Errorf("%s round trip:\n%s\nwant\n%s", format, showResults(again), showResults(first))
		}
		on := senim.MustDate("2021-01-10")
		if f1, f2 := senim.ElectionFiguresOf(first, "nur-otan", 35, on), senim.ElectionFiguresOf(again, "nur-otan", 35, on); !reflect.DeepEqual(f1, f2) {
			t.Errorf("%s figures: %+v, %+v", format, f1, f2)
		}
	}
	if err := WriteElectionResults(&bytes.Buffer{}, "pdf", first); err == nil {
		t.Error("pdf written")
	}

	// The rows keep their lines for the checks against the election.
	e := &senim.Election{Kind: senim.ElectionDistrict, Territory: "351010000"}
	if got := fieldErrors(t, e.CheckResults(first)); !slices.Equal(got, []string{
		"line.4.territory election.outside", "line.5.territory election.outside", "line.6.territory election.outside"}) {
		t.Errorf("CheckResults: %v", got)
	}
}
