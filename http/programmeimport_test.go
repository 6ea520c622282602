package http_test

import (
	"bytes"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store/storetest"
)

// TestProgrammeImport downloads a stored programme in its XLSX form and
// adopts it again from that file, over the API and on the staff page; a
// file with bad cells and an unknown body is refused line by line and
// nothing is stored.
func TestProgrammeImport(t *testing.T) {
	e := newEnv(t)
	u := e.srv.URL
	pr := storetest.NewProgramme(t, e.db, "350000000", e.body)

	res, err := http.Get(u + "/programmes/" + pr.ID + "/form.xlsx")
	if err != nil || res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Disposition"), "programme.xlsx") {
		t.Fatalf("export: %v %v", res.StatusCode, err)
	}
	form, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res, err := http.Get(u + "/programmes/form.xlsx?lang=kk"); err != nil || res.StatusCode != 200 {
		t.Fatalf("the empty form: %v %v", res.StatusCode, err)
	}

	fields := map[string]string{"territory": "350000000", "title_ru": "Дорожная карта, загруженная из файла", "from": "2026-01-01",
		"to": "2030-12-31", "adopted": "2026-02-01"}
	branch := bearer(e.key(senim.RoleBranch, "350000000"))
	r := e.upload("/api/v1/programmes/import", fields, "roadmap.xlsx", string(form), branch)
	if r.status != 201 {
		t.Fatalf("import: %d %s", r.status, r.body)
	}
	var got struct {
		Directions []struct {
			Title      struct{ RU string }
			Indicators []struct {
				Name   struct{ RU string }
				Target struct{ Value float64 }
			}
			Measures []struct{ Body string }
		}
	}
	r.json(t, &got)
	want := pr.Directions[0]
	if len(got.Directions) != 1 || got.Directions[0].Title.RU != want.Title.RU || len(got.Directions[0].Indicators) != len(want.Indicators) ||
		got.Directions[0].Indicators[0].Name.RU != want.Indicators[0].Name.RU || got.Directions[0].Indicators[0].Target.Value != want.Indicators[0].Target.Value ||
		len(got.Directions[0].Measures) != 1 || got.Directions[0].Measures[0].Body != e.body.ID {
		t.Errorf("the imported programme: %s", r.body)
	}
	if r := e.upload("/api/v1/programmes/import", fields, "roadmap.xlsx", string(form), bearer(e.keyKar)); r.status != 403 {
		t.Errorf("an operator imports: %d", r.status)
	}

	// Spoil the file: a baseline that is not a number on line 2, an unknown
	// unit on line 3, an unknown body on the measures' line 2.
	bad := spoil(t, form, map[string]map[string]string{
		"Индикаторы":  {"Базовое значение/2": "много", "Единица/3": "парсек"},
		"Мероприятия": {"Ответственный орган/2": "Управление несуществующих дел"},
	})
	r = e.upload("/api/v1/programmes/import", fields, "roadmap.xlsx", string(bad), branch, "Accept-Language: en")
	if r.status != 422 || !hasFields(r.problem(t), "line.2.baseline.value", "line.3.unit", "line.2.body") {
		t.Errorf("a spoilt file: %d %s", r.status, r.body)
	}
	if r := e.upload("/api/v1/programmes/import", fields, "notes.pdf", "%PDF-1.4\n", branch); r.status != 422 {
		t.Errorf("a PDF as the form: %d %s", r.status, r.body)
	}
	var list []struct{ ID string }
	e.do("GET", "/api/v1/programmes?territory=350000000", "").json(t, &list)
	if len(list) != 2 {
		t.Fatalf("programmes after the refusals: %d", len(list))
	}

	// The staff page takes the same file with the adopt form.
	storetest.NewUser(t, e.db, "kar_branch", senim.RoleBranch, "350000000")
	c := e.signIn("kar_branch")
	_, page := get(t, c, u+"/staff/programmes")
	m := csrfField.FindStringSubmatch(page)
	if m == nil || !strings.Contains(page, `href="/programmes/form.xlsx"`) {
		t.Fatalf("the adopt form: %s", page)
	}
	values := url.Values{"csrf": {m[1]}}
	for k, v := range fields {
		values.Set(k, v)
	}
	status, body := postFile(t, c, u+"/staff/programmes", values, "roadmap.xlsx", string(bad))
	if status != 422 || !strings.Contains(body, "Строка 2: Введите число") || !strings.Contains(body, "Строка 3: Неизвестная единица измерения «парсек»") ||
		!strings.Contains(body, "Строка 2: Такого исполнительного органа не существует") {
		t.Errorf("a spoilt file on the page: %d\n%s", status, body)
	}
	if status, _ := postFile(t, c, u+"/staff/programmes", values, "roadmap.xlsx", string(form)); status != 303 {
		t.Errorf("the file on the page: %d", status)
	}
	e.do("GET", "/api/v1/programmes?territory=350000000", "").json(t, &list)
	if len(list) != 3 {
		t.Errorf("programmes after the page's import: %d", len(list))
	}
}

// spoil sets cells of an XLSX file, sheet by sheet, each named by its
// column's header and its line: "Единица/3".
func spoil(t *testing.T, data []byte, cells map[string]map[string]string) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	for sheet, set := range cells {
		rows, err := f.GetRows(sheet)
		if err != nil || len(rows) == 0 {
			t.Fatalf("sheet %s: %v", sheet, err)
		}
		for at, v := range set {
			header, line, _ := strings.Cut(at, "/")
			col := slices.Index(rows[0], header)
			if col < 0 {
				t.Fatalf("sheet %s has no column %q: %q", sheet, header, rows[0])
			}
			cell, _ := excelize.CoordinatesToCellName(col+1, atoi(t, line))
			if err := f.SetCellStr(sheet, cell, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	var out bytes.Buffer
	if err := f.Write(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
