package http

import (
	"cmp"
	"encoding/xml"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/i18n"
)

// Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2), under /open311/v2,
// with service discovery at /open311/discovery.{json,xml}: existing
// civic-reporting clients submit and follow appeals through it. Services
// are the appeal categories; a service request is an appeal, named by its
// number. Every answer comes in JSON or XML, by the address's extension,
// and errors in the specification's own shape with its HTTP codes. No
// answer of a GET carries personal data; only appeals published with the
// applicant's consent are listed, and an appeal posted here is published
// (without its personal data).

const open311Spec = "http://wiki.open311.org/GeoReport_v2"

// open311Changeset is when the interface last changed, as discovery says.
const open311Changeset = "2026-11-24T00:00:00+05:00"

type o311Error struct {
	XMLName     xml.Name `json:"-" xml:"error"`
	Code        int      `json:"code" xml:"code"`
	Description string   `json:"description" xml:"description"`
}

type o311Service struct {
	XMLName     xml.Name `json:"-" xml:"service"`
	Code        string   `json:"service_code" xml:"service_code"`
	Name        string   `json:"service_name" xml:"service_name"`
	Description string   `json:"description" xml:"description"`
	Metadata    bool     `json:"metadata" xml:"metadata"`
	Type        string   `json:"type" xml:"type"`
	Keywords    string   `json:"keywords" xml:"keywords"`
	Group       string   `json:"group" xml:"group"`
}

type o311Definition struct {
	XMLName    xml.Name        `json:"-" xml:"service_definition"`
	Code       string          `json:"service_code" xml:"service_code"`
	Attributes []o311Attribute `json:"attributes" xml:"attributes>attribute"`
}

type o311Attribute struct {
	Variable            bool   `json:"variable" xml:"variable"`
	Code                string `json:"code" xml:"code"`
	Datatype            string `json:"datatype" xml:"datatype"`
	Required            bool   `json:"required" xml:"required"`
	DatatypeDescription string `json:"datatype_description" xml:"datatype_description"`
	Order               int    `json:"order" xml:"order"`
	Description         string `json:"description" xml:"description"`
}

// o311Request is a service request as GET answers show it: no personal
// data, and the location as its territory.
type o311Request struct {
	XMLName           xml.Name `json:"-" xml:"request"`
	ID                string   `json:"service_request_id" xml:"service_request_id"`
	Status            string   `json:"status" xml:"status"`
	StatusNotes       string   `json:"status_notes" xml:"status_notes"`
	ServiceName       string   `json:"service_name" xml:"service_name"`
	ServiceCode       string   `json:"service_code" xml:"service_code"`
	Description       string   `json:"description" xml:"description"`
	AgencyResponsible string   `json:"agency_responsible" xml:"agency_responsible"`
	ServiceNotice     string   `json:"service_notice" xml:"service_notice"`
	Requested         string   `json:"requested_datetime" xml:"requested_datetime"`
	Updated           string   `json:"updated_datetime" xml:"updated_datetime"`
	Expected          string   `json:"expected_datetime" xml:"expected_datetime"`
	Address           string   `json:"address" xml:"address"`
	AddressID         string   `json:"address_id" xml:"address_id"`
	Zipcode           string   `json:"zipcode" xml:"zipcode"`
	MediaURL          string   `json:"media_url" xml:"media_url"`
}

// o311Created is the answer to a POST, and to GET tokens/….
type o311Created struct {
	XMLName       xml.Name `json:"-" xml:"request"`
	ID            string   `json:"service_request_id" xml:"service_request_id"`
	Token         string   `json:"token,omitempty" xml:"token,omitempty"`
	ServiceNotice string   `json:"service_notice,omitempty" xml:"service_notice,omitempty"`
	AccountID     string   `json:"account_id,omitempty" xml:"account_id,omitempty"`
}

type o311Discovery struct {
	XMLName    xml.Name       `json:"-" xml:"discovery"`
	Changeset  string         `json:"changeset" xml:"changeset"`
	Contact    string         `json:"contact" xml:"contact"`
	KeyService string         `json:"key_service" xml:"key_service"`
	Endpoints  []o311Endpoint `json:"endpoints" xml:"endpoints>endpoint"`
}

type o311Endpoint struct {
	Specification string   `json:"specification" xml:"specification"`
	URL           string   `json:"url" xml:"url"`
	Changeset     string   `json:"changeset" xml:"changeset"`
	Type          string   `json:"type" xml:"type"`
	Formats       []string `json:"formats" xml:"formats>format"`
}

// o311 answers an Open311 address: the name without its extension, the
// format, and a writer of answers and errors in that format.
type o311 struct {
	s      *Server
	w      http.ResponseWriter
	r      *http.Request
	format string // "json" or "xml"
}

// open311 splits "services.json" into "services" and its format, or answers
// 404 in JSON for an unknown format.
func (s *Server) open311(w http.ResponseWriter, r *http.Request, file string) (*o311, string, bool) {
	name, format, _ := strings.Cut(file, ".")
	o := &o311{s: s, w: w, r: r, format: "json"}
	if format != "json" && format != "xml" {
		o.fail(http.StatusNotFound, "open311.format")
		return nil, "", false
	}
	o.format = format
	return o, name, true
}

// write sends v: a JSON array or object, or XML under root (items wrapped
// in it when v is a list).
func (o *o311) write(status int, root string, v any) {
	o.w.Header().Set("Cache-Control", "no-store")
	if o.format == "json" {
		writeJSON(o.w, status, v)
		return
	}
	o.w.Header().Set("Content-Type", "text/xml; charset=utf-8")
	o.w.WriteHeader(status)
	o.w.Write([]byte(xml.Header))
	enc := xml.NewEncoder(o.w)
	if root != "" {
		enc.Encode(struct {
			XMLName xml.Name
			Items   any
		}{xml.Name{Local: root}, v})
	} else {
		enc.Encode(v)
	}
}

// fail answers an error in the specification's shape, in the request's
// language.
func (o *o311) fail(status int, key string, args ...any) {
	o.write(status, "errors", []o311Error{{Code: status, Description: i18n.T(lang(o.r), key, dict(args...))}})
}

// failWith answers a domain error with its status and message.
func (o *o311) failWith(err error) {
	e, ok := err.(*senim.Error)
	status := statusOf[senim.ErrorCode(err)]
	if !ok || status == 0 || e.Code == senim.EINTERNAL {
		o.s.log.Error("open311", "path", o.r.URL.Path, "err", err)
		o.fail(http.StatusInternalServerError, "internal")
		return
	}
	if e.Code == senim.EINVALID {
		status = http.StatusBadRequest // as the specification has it
	}
	o.write(status, "errors", []o311Error{{Code: status, Description: pageMessage(lang(o.r), e)}})
}

// open311NoRoute answers an Open311 address no route takes.
func (s *Server) open311NoRoute(w http.ResponseWriter, r *http.Request) {
	o := &o311{s: s, w: w, r: r, format: "json"}
	if strings.HasSuffix(r.URL.Path, ".xml") {
		o.format = "xml"
	}
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		o.fail(http.StatusMethodNotAllowed, "method")
		return
	}
	o.fail(http.StatusNotFound, "open311.route")
}

func (s *Server) open311Discovery(w http.ResponseWriter, r *http.Request) {
	o, name, ok := s.open311(w, r, r.PathValue("file"))
	if !ok {
		return
	}
	if name != "discovery" {
		o.fail(http.StatusNotFound, "open311.route")
		return
	}
	scheme := "http"
	if r.TLS != nil || (s.cfg.TrustProxy && r.Header.Get("X-Forwarded-Proto") == "https") {
		scheme = "https"
	}
	l := lang(r)
	o.write(http.StatusOK, "", o311Discovery{
		Changeset: open311Changeset, Contact: i18n.T(l, "open311.contact", nil), KeyService: i18n.T(l, "open311.key_service", nil),
		Endpoints: []o311Endpoint{{Specification: open311Spec, URL: scheme + "://" + r.Host + "/open311/v2", Changeset: open311Changeset,
			Type: "production", Formats: []string{"application/json", "text/xml"}}},
	})
}

// open311Get answers GET services.{f}, requests.{f}.
func (s *Server) open311Get(w http.ResponseWriter, r *http.Request) {
	o, name, ok := s.open311(w, r, r.PathValue("file"))
	if !ok {
		return
	}
	switch name {
	case "services":
		s.o311Services(o)
	case "requests":
		s.o311Requests(o, nil)
	default:
		o.fail(http.StatusNotFound, "open311.route")
	}
}

func (s *Server) o311Services(o *o311) {
	cats, err := s.db.FindCategories(o.r.Context())
	if err != nil {
		o.failWith(err)
		return
	}
	l := lang(o.r)
	out := make([]o311Service, 0, len(cats))
	for _, c := range cats {
		out = append(out, o311Service{Code: c.Code, Name: c.Name(l), Metadata: true, Type: "realtime",
			Description: i18n.N(l, "open311.service", c.Days(), map[string]any{"name": c.Name(l), "n": c.Days()})})
	}
	o.write(http.StatusOK, "services", out)
}

// open311Service answers GET services/{code}.{f}: the attributes a request
// of the service may carry besides the specification's own fields.
func (s *Server) open311Service(w http.ResponseWriter, r *http.Request) {
	o, code, ok := s.open311(w, r, r.PathValue("file"))
	if !ok {
		return
	}
	_, names, err := s.categories(r)
	if err != nil {
		o.failWith(err)
		return
	}
	if names[code] == "" {
		o.fail(http.StatusNotFound, "open311.service_unknown", "code", code)
		return
	}
	l := lang(r)
	o.write(http.StatusOK, "", o311Definition{Code: code, Attributes: []o311Attribute{{
		Variable: true, Code: "iin", Datatype: "string", Required: false, Order: 1,
		DatatypeDescription: i18n.T(l, "ui.f.iin_hint", nil), Description: i18n.T(l, "open311.attr_iin", nil),
	}}})
}

// open311Request answers GET requests/{id}.{f}: one published appeal.
func (s *Server) open311Request(w http.ResponseWriter, r *http.Request) {
	o, id, ok := s.open311(w, r, r.PathValue("file"))
	if !ok {
		return
	}
	s.o311Requests(o, []string{id})
}

// o311Requests lists published appeals by the specification's filters
// (service_request_id, service_code, start_date, end_date, status), the
// last 90 days by default, at most 1,000; ids, when given, are the one
// request of requests/{id}.
func (s *Server) o311Requests(o *o311, ids []string) {
	q := o.r.URL.Query()
	f := senim.PublishedFilter{Numbers: ids}
	one := len(ids) > 0
	if v := q.Get("service_request_id"); v != "" && !one {
		f.Numbers = strings.Split(v, ",")
	}
	if v := q.Get("service_code"); v != "" {
		f.Category = &v
	}
	switch q.Get("status") {
	case "", "open,closed", "closed,open":
	case "open":
		f.Open = ptrTo(true)
	case "closed":
		f.Open = ptrTo(false)
	default:
		o.fail(http.StatusBadRequest, "open311.status")
		return
	}
	bad := ""
	periodParamsNamed(q, "start_date", "end_date", func(v string) (senim.Date, error) {
		t, err := time.Parse(time.RFC3339, v)
		return senim.DateOf(t), err
	}, &f.From, &f.To, func(name string) { bad = cmp.Or(bad, name) })
	if bad != "" {
		o.fail(http.StatusBadRequest, "open311.datetime", "param", bad)
		return
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		o.fail(http.StatusBadRequest, "period.order")
		return
	}
	if len(f.Numbers) == 0 && f.From.IsZero() && f.To.IsZero() {
		f.From = senim.DateOf(s.db.Now()).AddDays(-90)
	}
	appeals, err := s.db.FindPublishedAppeals(o.r.Context(), f)
	if err != nil {
		o.failWith(err)
		return
	}
	if one && len(appeals) == 0 {
		o.fail(http.StatusNotFound, "open311.request_unknown", "id", ids[0])
		return
	}
	out, err := s.o311View(o.r, appeals)
	if err != nil {
		o.failWith(err)
		return
	}
	o.write(http.StatusOK, "service_requests", out)
}

// o311View shows appeals as service requests, with their subjects' names
// and the body (or, before it, the office) responsible, in the request's
// language.
func (s *Server) o311View(r *http.Request, appeals []*senim.Appeal) ([]o311Request, error) {
	l := lang(r)
	_, names, err := s.categories(r)
	if err != nil {
		return nil, err
	}
	places := map[senim.KATO]string{}
	if err := s.placeNames(r, places, appeals); err != nil {
		return nil, err
	}
	agencies, err := s.agencies(r, appeals)
	if err != nil {
		return nil, err
	}
	out := make([]o311Request, 0, len(appeals))
	for _, a := range appeals {
		agency := agencies[a.BodyID]
		if a.BodyID == "" {
			agency = agencies[a.OfficeID]
		}
		status, notes := "open", i18n.T(l, "status."+string(a.Status), nil)
		if a.Status == senim.StatusClosed {
			status = "closed"
			if a.Outcome != "" {
				notes += ": " + i18n.T(l, "outcome."+string(a.Outcome), nil)
			}
		}
		out = append(out, o311Request{
			ID: a.Number, Status: status, StatusNotes: notes, ServiceName: names[a.Category], ServiceCode: a.Category,
			Description: a.Text, AgencyResponsible: agency, Requested: a.CreatedAt.In(senim.KZ).Format(rfc3339),
			Updated: a.UpdatedAt.In(senim.KZ).Format(rfc3339), Expected: a.Deadline.Start().Add(18 * time.Hour).Format(rfc3339),
			Address: places[a.Territory], AddressID: string(a.Territory),
		})
	}
	return out, nil
}

// agencies names, in the request's language, the bodies the appeals were
// forwarded to and the offices of the others, by id: two queries in all.
func (s *Server) agencies(r *http.Request, appeals []*senim.Appeal) (map[string]string, error) {
	var bodies, offices []string
	for _, a := range appeals {
		if a.BodyID != "" {
			bodies = append(bodies, a.BodyID)
		} else {
			offices = append(offices, a.OfficeID)
		}
	}
	out := map[string]string{}
	if len(bodies) > 0 {
		bs, err := s.db.FindBodies(r.Context(), senim.BodyFilter{IDs: slices.Compact(slices.Sorted(slices.Values(bodies)))})
		if err != nil {
			return nil, err
		}
		for _, b := range bs {
			out[b.ID] = b.Name(lang(r))
		}
	}
	if len(offices) > 0 {
		os, err := s.db.FindOffices(r.Context(), senim.OfficeFilter{IDs: slices.Compact(slices.Sorted(slices.Values(offices)))})
		if err != nil {
			return nil, err
		}
		for _, o := range os {
			out[o.ID] = o.Name(lang(r))
		}
	}
	return out, nil
}

// open311Token answers GET tokens/{token}.{f}: the request a POST's token
// stands for.
func (s *Server) open311Token(w http.ResponseWriter, r *http.Request) {
	o, token, ok := s.open311(w, r, r.PathValue("file"))
	if !ok {
		return
	}
	number, err := s.db.AppealNumberOf(r.Context(), token)
	if err != nil {
		o.fail(http.StatusNotFound, "open311.token_unknown")
		return
	}
	o.write(http.StatusOK, "service_requests", []o311Created{{ID: number, Token: token}})
}

// open311Post answers POST requests.{f}: an appeal through the key's
// actor, located by address_id (a KATO code), by lat/long (the territory
// of the nearest reception office) or by a place named in address_string.
func (s *Server) open311Post(w http.ResponseWriter, r *http.Request) {
	o, name, ok := s.open311(w, r, r.PathValue("file"))
	if !ok {
		return
	}
	if name != "requests" {
		o.fail(http.StatusNotFound, "open311.route")
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	if err := r.ParseMultipartForm(maxBody); err != nil && err != http.ErrNotMultipart {
		o.fail(http.StatusBadRequest, "open311.form")
		return
	}
	ctx := r.Context()
	actor, err := s.db.APIKeyActor(ctx, r.FormValue("api_key"))
	if senim.ErrorCode(err) == senim.EUNAUTHORIZED {
		o.fail(http.StatusForbidden, "open311.api_key")
		return
	} else if err != nil {
		o.failWith(err) // the store, not the key, failed
		return
	}
	ctx = senim.WithActor(ctx, actor)
	r = r.WithContext(ctx)
	code := r.FormValue("service_code")
	if code == "" {
		o.fail(http.StatusBadRequest, "open311.required", "param", "service_code")
		return
	}
	if _, names, err := s.categories(r); err != nil {
		o.failWith(err)
		return
	} else if names[code] == "" {
		o.fail(http.StatusBadRequest, "open311.service_unknown", "code", code)
		return
	}
	territory, err := s.o311Locate(r)
	if err != nil {
		o.failWith(err)
		return
	}
	text := strings.TrimSpace(r.FormValue("description"))
	if place := strings.TrimSpace(r.FormValue("address_string")); place != "" {
		text += "\n\n" + i18n.T(lang(r), "open311.where", nil) + ": " + place
	}
	if m := strings.TrimSpace(r.FormValue("media_url")); m != "" {
		if u, err := url.Parse(m); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || len(m) > 2000 {
			o.fail(http.StatusBadRequest, "open311.media_url")
			return
		}
		text += "\n" + m
	}
	in := senim.AppealInput{
		Applicant: senim.Applicant{Name: strings.TrimSpace(r.FormValue("first_name") + " " + r.FormValue("last_name")),
			Phone: r.FormValue("phone"), Email: r.FormValue("email"), IIN: r.FormValue("attribute[iin]")},
		Territory: string(territory), Category: code, Text: text, Channel: string(senim.ChannelAPI), ConsentPublish: true,
	}
	a, _, err := s.db.CreateAppeal(ctx, in)
	if err != nil {
		o.failWith(err)
		return
	}
	notice := i18n.T(lang(r), "open311.notice", map[string]any{"deadline": a.Deadline.Start().Format("02.01.2006")})
	o.write(http.StatusCreated, "service_requests", []o311Created{{ID: a.Number, Token: a.ID, ServiceNotice: notice, AccountID: r.FormValue("account_id")}})
}

// o311Locate finds the territory of a request: address_id, then lat/long,
// then address_string; each bad or missing location is refused clearly.
func (s *Server) o311Locate(r *http.Request) (senim.KATO, error) {
	ctx := r.Context()
	if v := strings.TrimSpace(r.FormValue("address_id")); v != "" {
		k, err := senim.ParseKATO(v)
		if err != nil {
			return "", senim.Invalid("address_id", "open311.address_id")
		}
		return k, nil
	}
	lat, long := strings.TrimSpace(r.FormValue("lat")), strings.TrimSpace(r.FormValue("long"))
	if lat != "" || long != "" {
		la, err1 := strconv.ParseFloat(lat, 64)
		lo, err2 := strconv.ParseFloat(long, 64)
		if err1 != nil || err2 != nil || math.IsNaN(la) || math.IsNaN(lo) || la < -90 || la > 90 || lo < -180 || lo > 180 {
			return "", senim.Invalid("lat", "open311.latlong")
		}
		near, err := s.db.NearestOffice(ctx, la, lo)
		if senim.ErrorCode(err) == senim.ENOTFOUND {
			return "", senim.Invalid("lat", "open311.no_office")
		} else if err != nil {
			return "", err
		}
		return near.Territory, nil
	}
	if place := strings.TrimSpace(r.FormValue("address_string")); place != "" {
		t, err := s.db.TerritoryNamedIn(ctx, place)
		if senim.ErrorCode(err) == senim.ENOTFOUND {
			return "", senim.Invalid("address_string", "open311.address_unknown")
		} else if err != nil {
			return "", err
		}
		return t.Code, nil
	}
	return "", senim.Invalid("lat", "open311.location")
}
