package exchange_test

import (
	"bytes"
	"strings"
	"testing"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/exchange"
)

// A members' file as spreadsheets write it: an IIN kept as a number loses
// its leading zero and gets it back; a cell quoted against formulas reads
// as its text; the status column and the columns an export adds are read.
func TestReadMembers(t *testing.T) {
	iin, _ := senim.MakeIIN(senim.MustDate("2003-04-05"), senim.Female, 17)
	file := "ИИН;ФИО;Телефон;Первичная организация;Статус;Пол;Дата вступления;Молодёжное крыло\n" +
		iin[1:] + ";'=Айгуль Серикова;'+77011234567;35-0001;suspended;f;05.03.2021;да\n"
	recs, err := exchange.ReadMembers(strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	r := recs[0]
	if r.Line != 2 || r.In.IIN != iin || r.In.Name != "=Айгуль Серикова" || r.In.Phone != "+77011234567" || r.Status != "suspended" ||
		r.In.Joined != "2021-03-05" || !r.In.YouthWing {
		t.Fatalf("read %+v", r)
	}
	// Cells that cannot be read go with their lines, for the import to
	// report with everything else.
	recs, err = exchange.ReadMembers(strings.NewReader("IIN,Full name,Primary organisation,Joined,Youth wing\n1,a,b,yesterday,maybe\n2,c,d,2021-13-01,\n"))
	if err != nil || len(recs) != 2 || len(recs[0].Faults) != 2 || recs[0].Faults[0].Field != "line.2.joined" ||
		recs[0].Faults[1].Field != "line.2.youth_wing" || len(recs[1].Faults) != 1 || recs[1].Faults[0].Field != "line.3.joined" {
		t.Fatalf("bad cells: %+v, %v", recs, err)
	}
	// A file without a required column says which.
	if _, err := exchange.ReadMembers(strings.NewReader("IIN,Full name\n1,a\n")); err == nil || !strings.Contains(err.Error(), "xlsx.column_missing") {
		t.Fatalf("no organisation column: %v", err)
	}
	// A CSV export keeps formula-like cells as text, and reads back the same.
	var buf bytes.Buffer
	w, err := exchange.NewMemberWriter(&buf, "csv", "en")
	if err != nil {
		t.Fatal(err)
	}
	m := &senim.Member{OrgCode: "35-0001", IIN: iin, Name: "=HYPERLINK(\"http://x\")", Phone: "+77011234567", Sex: senim.Female, Status: senim.MemberActive, Joined: senim.MustDate("2021-03-05")}
	if err := w.Write(m); err != nil || w.Finish() != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `'=HYPERLINK`) {
		t.Fatalf("a formula written as is:\n%s", buf.String())
	}
	back, err := exchange.ReadMembers(&buf)
	if err != nil || back[0].In.Name != m.Name || back[0].In.Phone != m.Phone || back[0].In.IIN != iin {
		t.Fatalf("read back %+v, %v", back, err)
	}
}
