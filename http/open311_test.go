package http_test

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store/storetest"
)

// The Open311 GeoReport v2 conformance tests go through every endpoint in
// both formats as an outside client would, over real HTTP, with bad input.

// o311 sends a request and returns the status, the content type and the body.
func o311(t *testing.T, method, u string, form url.Values) (int, string, []byte) {
	t.Helper()
	var res *http.Response
	var err error
	if method == "POST" {
		res, err = http.PostForm(u, form)
	} else {
		res, err = http.Get(u)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, res.Header.Get("Content-Type"), b
}

type o311Req struct {
	ID            string `json:"service_request_id" xml:"service_request_id"`
	Token         string `json:"token" xml:"token"`
	ServiceNotice string `json:"service_notice" xml:"service_notice"`
	Status        string `json:"status" xml:"status"`
	StatusNotes   string `json:"status_notes" xml:"status_notes"`
	ServiceCode   string `json:"service_code" xml:"service_code"`
	ServiceName   string `json:"service_name" xml:"service_name"`
	Description   string `json:"description" xml:"description"`
	Agency        string `json:"agency_responsible" xml:"agency_responsible"`
	Requested     string `json:"requested_datetime" xml:"requested_datetime"`
	Expected      string `json:"expected_datetime" xml:"expected_datetime"`
	AddressID     string `json:"address_id" xml:"address_id"`
}

// decode311 reads a list answer of either format.
func decode311[T any](t *testing.T, format string, body []byte) []T {
	t.Helper()
	var out []T
	if format == "json" {
		if err := json.Unmarshal(body, &out); err != nil {
			t.Fatalf("not a JSON list: %v\n%s", err, body)
		}
		return out
	}
	var root struct {
		Items []T `xml:",any"`
	}
	if err := xml.Unmarshal(body, &root); err != nil {
		t.Fatalf("not XML: %v\n%s", err, body)
	}
	return root.Items
}

type o311Err struct {
	Code        int    `json:"code" xml:"code"`
	Description string `json:"description" xml:"description"`
}

func TestOpen311(t *testing.T) {
	e := newEnv(t)
	if _, err := e.db.ImportTerritories(storetest.System(), []*senim.Territory{
		{Code: "351000000", NameRU: "Караганда", NameKK: "Қарағанды"}, {Code: "352400000", NameRU: "Темиртау", NameKK: "Теміртау"},
	}); err != nil {
		t.Fatal(err)
	}
	near := &senim.Office{Code: "KRG", Territory: "351000000", NameRU: "Приёмная в Караганде", NameKK: "Қарағандыдағы қабылдау бөлмесі",
		Address: "пр. Бухар-Жырау, 1", Hours: "Пн–Пт 9:00–18:00", Lat: 49.8047, Lon: 73.1094}
	if err := e.db.CreateOffice(storetest.System(), near); err != nil {
		t.Fatal(err)
	}
	if err := e.db.CreateOffice(storetest.System(), &senim.Office{Code: "TMR", Territory: "352400000", NameRU: "Приёмная в Темиртау",
		NameKK: "Теміртаудағы қабылдау бөлмесі", Lat: 50.0547, Lon: 72.9647}); err != nil {
		t.Fatal(err)
	}
	private := e.submit(strings.Replace(validAppeal, `"consent_publish": true`, `"consent_publish": false`, 1))
	u := e.srv.URL + "/open311"

	posted := 0
	for _, format := range []string{"json", "xml"} {
		t.Run(format, func(t *testing.T) {
			ct := map[string]string{"json": "application/json", "xml": "text/xml"}[format]
			// Discovery names the endpoint and both formats.
			status, typ, body := o311(t, "GET", u+"/discovery."+format, nil)
			if status != 200 || !strings.HasPrefix(typ, ct) || !strings.Contains(string(body), e.srv.URL+"/open311/v2") ||
				!strings.Contains(string(body), "http://wiki.open311.org/GeoReport_v2") {
				t.Fatalf("discovery: %d %s\n%s", status, typ, body)
			}
			// Services are the categories, named in the request's language.
			status, typ, body = o311(t, "GET", u+"/v2/services."+format+"?jurisdiction_id=senim.kz&lang=en", nil)
			type svc struct {
				Code string `json:"service_code" xml:"service_code"`
				Name string `json:"service_name" xml:"service_name"`
			}
			services := decode311[svc](t, format, body)
			if status != 200 || !strings.HasPrefix(typ, ct) || len(services) != len(senim.DefaultCategories) || services[6].Code != "roads" || services[6].Name != "Roads and transport" {
				t.Fatalf("services: %d %v", status, services)
			}
			status, _, body = o311(t, "GET", u+"/v2/services/roads."+format, nil)
			if status != 200 || !strings.Contains(string(body), "iin") || !strings.Contains(string(body), "service_code") {
				t.Fatalf("service definition: %d\n%s", status, body)
			}

			// A request by coordinates goes to the nearest office's
			// territory; one by a KATO code and one by a place named in
			// the address go where they say.
			post := func(want int, form url.Values) []byte {
				t.Helper()
				status, typ, body := o311(t, "POST", u+"/v2/requests."+format, form)
				if status != want || !strings.HasPrefix(typ, ct) {
					t.Fatalf("POST %v: %d %s\n%s", form, status, typ, body)
				}
				return body
			}
			form := func(extra ...string) url.Values {
				f := url.Values{"api_key": {e.keyKar}, "jurisdiction_id": {"senim.kz"}, "service_code": {"roads"}, "first_name": {"Ержан"}, "last_name": {"Ахметов"},
					"phone": {"87015551234"}, "email": {"erzhan@mail.kz"}, "attribute[iin]": {"900115400018"},
					"description": {"Яма на дороге у дома 12 по улице Ерубаева, второй месяц не заделывают."}}
				for i := 0; i+1 < len(extra); i += 2 {
					f.Set(extra[i], extra[i+1])
				}
				return f
			}
			byPoint := decode311[o311Req](t, format, post(201, form("lat", "49.81", "long", "73.10", "media_url", "https://example.kz/yama.jpg")))
			byCode := decode311[o311Req](t, format, post(201, form("address_id", "351000000")))
			byName := decode311[o311Req](t, format, post(201, form("address_string", "Темиртау, ул. Ленина 5")))
			nearTemirtau := decode311[o311Req](t, format, post(201, form("lat", "50.07", "long", "72.95")))
			posted += 4
			status, _, body = o311(t, "GET", u+"/v2/requests/"+nearTemirtau[0].ID+"."+format, nil)
			if got := decode311[o311Req](t, format, body); status != 200 || got[0].AddressID != "352400000" {
				t.Errorf("a point by Temirtau went to %+v, not to the Temirtau office's territory", got)
			}
			if len(byPoint) != 1 || byPoint[0].ID == "" || byPoint[0].Token == "" || !strings.Contains(byPoint[0].ServiceNotice, "ответ будет дан до") {
				t.Fatalf("POST answer: %+v", byPoint)
			}

			// GET one request, by id and by token; no personal data.
			status, _, body = o311(t, "GET", u+"/v2/requests/"+byPoint[0].ID+"."+format, nil)
			one := decode311[o311Req](t, format, body)
			if status != 200 || len(one) != 1 || one[0].AddressID != "351000000" || one[0].Status != "open" || one[0].ServiceCode != "roads" ||
				!strings.HasSuffix(one[0].Requested, "+05:00") || !strings.HasSuffix(one[0].Expected, "+05:00") || !strings.Contains(one[0].Description, "yama.jpg") || one[0].Agency != "Приёмная в Караганде" {
				t.Fatalf("GET one: %d %+v", status, one)
			}
			for _, secret := range []string{"Ахметов", "Ержан", "87015551234", "7015551234", "erzhan@", "900115400018"} {
				if strings.Contains(string(body), secret) {
					t.Fatalf("GET shows personal data %q:\n%s", secret, body)
				}
			}
			// Once forwarded, the body answers for it.
			storetest.Change(t, e.db, byCode[0].Token, senim.Change{Action: senim.ActTake})
			storetest.Change(t, e.db, byCode[0].Token, senim.Change{Action: senim.ActForward, Body: e.body.ID, LetterNo: "7", LetterDate: senim.MustDate("2026-03-02")})
			status, _, body = o311(t, "GET", u+"/v2/requests/"+byCode[0].ID+"."+format, nil)
			if got := decode311[o311Req](t, format, body); status != 200 || got[0].Agency != e.body.NameRU || got[0].Status != "open" {
				t.Fatalf("a forwarded request: %+v", got)
			}
			status, _, body = o311(t, "GET", u+"/v2/tokens/"+byPoint[0].Token+"."+format, nil)
			if tok := decode311[o311Req](t, format, body); status != 200 || len(tok) != 1 || tok[0].ID != byPoint[0].ID {
				t.Fatalf("GET token: %d %+v", status, tok)
			}
			status, _, body = o311(t, "GET", u+"/v2/requests/"+byName[0].ID+"."+format, nil)
			if got := decode311[o311Req](t, format, body); status != 200 || got[0].AddressID != "352400000" {
				t.Fatalf("located by name: %+v", got)
			}

			// Lists with the specification's filters; an appeal without
			// consent is never listed.
			ids := byPoint[0].ID + "," + byCode[0].ID + "," + private.Number
			for _, c := range []struct {
				query string
				want  int
			}{
				{"service_request_id=" + ids, 2},
				{"service_request_id=" + ids + "&status=open", 2},
				{"service_request_id=" + ids + "&status=closed", 0},
				{"service_request_id=" + ids + "&service_code=housing", 0},
				{"start_date=2026-03-02T00:00:00%2B05:00&end_date=2026-03-02T23:59:59%2B05:00&service_code=roads", posted},
				{"start_date=2026-03-03T00:00:00%2B05:00", 0},
				{"", posted},
			} {
				status, _, body := o311(t, "GET", u+"/v2/requests."+format+"?"+c.query, nil)
				if got := decode311[o311Req](t, format, body); status != 200 || len(got) != c.want {
					t.Errorf("GET requests?%s: %d, %d requests, want %d", c.query, status, len(got), c.want)
				}
				if strings.Contains(string(body), private.Number) {
					t.Errorf("GET requests?%s lists an appeal without consent", c.query)
				}
			}

			// Bad input: the specification's error shape and codes.
			for _, c := range []struct {
				method, path string
				form         url.Values
				want         int
				says         string
			}{
				{"POST", "/v2/requests." + format, form("api_key", "snm_nonsense"), 403, "api_key"},
				{"POST", "/v2/requests." + format, form("api_key", ""), 403, "api_key"},
				{"POST", "/v2/requests." + format, form("service_code", "potholes"), 400, "potholes"},
				{"POST", "/v2/requests." + format, form(), 400, "address_id (код КАТО)"},
				{"POST", "/v2/requests." + format, form("lat", "north", "long", "73"), 400, "от -90 до 90"},
				{"POST", "/v2/requests." + format, form("address_string", "где-то на районе"), 400, "не найден известный населённый пункт"},
				{"POST", "/v2/requests." + format, form("address_id", "270000000"), 403, ""},
				{"POST", "/v2/requests." + format, form("address_id", "351000000", "media_url", "javascript:alert(1)"), 400, "media_url"},
				{"POST", "/v2/requests." + format, form("address_id", "351000000", "description", "коротко"), 400, ""},
				{"GET", "/v2/requests." + format + "?start_date=02.03.2026", nil, 400, "start_date"},
				{"GET", "/v2/requests." + format + "?status=pending", nil, 400, "status"},
				{"GET", "/v2/requests/" + private.Number + "." + format, nil, 404, private.Number},
				{"GET", "/v2/services/potholes." + format, nil, 404, "potholes"},
				{"GET", "/v2/tokens/" + senim.NewID() + "." + format, nil, 404, ""},
				{"GET", "/v2/nothing." + format, nil, 404, ""},
			} {
				status, typ, body := o311(t, c.method, u+c.path, c.form)
				errs := decode311[o311Err](t, format, body)
				if status != c.want || !strings.HasPrefix(typ, ct) || len(errs) != 1 || errs[0].Code != c.want || !strings.Contains(errs[0].Description, c.says) {
					t.Errorf("%s %s %v: %d %s %+v, want %d mentioning %q", c.method, c.path, c.form, status, typ, errs, c.want, c.says)
				}
			}
		})
	}
	if status, _, _ := o311(t, "GET", u+"/v2/services.csv", nil); status != 404 {
		t.Errorf("an unknown format: %d", status)
	}
}
