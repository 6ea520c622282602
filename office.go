package senim

import (
	"context"
	"math"
	"regexp"
	"strings"
)

// Office is a public reception office of the party.
type Office struct {
	ID        string  `json:"id"`
	Code      string  `json:"code"` // short, unique, part of appeal numbers: "3501"
	Territory KATO    `json:"territory"`
	NameRU    string  `json:"name_ru"`
	NameKK    string  `json:"name_kk"`
	NameEN    string  `json:"name_en,omitempty"`
	Address   string  `json:"address"`
	Hours     string  `json:"hours"` // opening hours as people write them: "Пн–Пт 9:00–18:00"
	Phone     string  `json:"phone,omitempty"`
	Lat       float64 `json:"lat,omitempty"`
	Lon       float64 `json:"lon,omitempty"`
}

// Name returns the office's name in lang.
func (o *Office) Name(lang string) string { return pickName(lang, o.NameRU, o.NameKK, o.NameEN) }

var officeCode = regexp.MustCompile(`^[A-Z0-9]{2,8}$`)

// Validate checks an office before it is stored.
func (o *Office) Validate() error {
	var p Problems
	o.Code = strings.ToUpper(strings.TrimSpace(o.Code))
	if !officeCode.MatchString(o.Code) {
		p.Add(Invalid("code", "office.code"))
	}
	if _, err := ParseKATO(string(o.Territory)); err != nil {
		p.Add(err)
	}
	o.NameRU, o.NameKK = strings.TrimSpace(o.NameRU), strings.TrimSpace(o.NameKK)
	if o.NameRU == "" && o.NameKK == "" {
		p.Add(Invalid("name_ru", "required"))
	}
	if o.Phone != "" {
		ph, err := NormalizePhone(o.Phone)
		p.Add(err)
		o.Phone = ph
	}
	if o.Lat < -90 || o.Lat > 90 || o.Lon < -180 || o.Lon > 180 {
		p.Add(Invalid("lat", "coordinates"))
	}
	return p.Err()
}

// Body is an executive body that answers appeals forwarded to it.
type Body struct {
	ID        string `json:"id"`
	Territory KATO   `json:"territory"`
	NameRU    string `json:"name_ru"`
	NameKK    string `json:"name_kk"`
	NameEN    string `json:"name_en,omitempty"`
}

// Name returns the body's name in lang.
func (b *Body) Name(lang string) string { return pickName(lang, b.NameRU, b.NameKK, b.NameEN) }

// Validate checks a body before it is stored.
func (b *Body) Validate() error {
	var p Problems
	if _, err := ParseKATO(string(b.Territory)); err != nil {
		p.Add(err)
	}
	b.NameRU, b.NameKK = strings.TrimSpace(b.NameRU), strings.TrimSpace(b.NameKK)
	if b.NameRU == "" && b.NameKK == "" {
		p.Add(Invalid("name_ru", "required"))
	}
	return p.Err()
}

func pickName(lang, ru, kk, en string) string {
	switch {
	case lang == "kk" && kk != "":
		return kk
	case lang == "en" && en != "":
		return en
	case ru != "":
		return ru
	}
	return kk
}

// OfficeFilter selects offices: those inside Territory's subtree.
type OfficeFilter struct {
	ID        *string
	IDs       []string // any of these
	Code      *string
	Territory *KATO
}

// BodyFilter selects executive bodies.
type BodyFilter struct {
	ID        *string
	IDs       []string // any of these
	Territory *KATO    // the subtree
}

// OfficeService keeps reception offices and executive bodies.
type OfficeService interface {
	CreateOffice(ctx context.Context, o *Office) error
	FindOffices(ctx context.Context, f OfficeFilter) ([]*Office, error)
	// OfficeFor returns the office that serves territory k: the office whose
	// territory is the nearest ancestor of k (or k itself).
	OfficeFor(ctx context.Context, k KATO) (*Office, error)
	CreateBody(ctx context.Context, b *Body) error
	FindBodies(ctx context.Context, f BodyFilter) ([]*Body, error)
}

// NearestOffice returns the office nearest to a point (great-circle
// distance), among those whose coordinates are known, or nil.
func NearestOffice(offices []*Office, lat, lon float64) *Office {
	var best *Office
	bestD := math.Inf(1)
	for _, o := range offices {
		if o.Lat == 0 && o.Lon == 0 {
			continue
		}
		if d := distance(lat, lon, o.Lat, o.Lon); d < bestD {
			best, bestD = o, d
		}
	}
	return best
}

// distance is the haversine distance between two points, in kilometres.
func distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}
