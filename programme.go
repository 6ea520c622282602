package senim

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Names is a short text in the interface's three languages. Russian is
// required; Kazakh and English fall back to it when left empty.
type Names struct {
	RU string `json:"ru"`
	KK string `json:"kk,omitempty"`
	EN string `json:"en,omitempty"`
}

// In returns the text in lang.
func (n Names) In(lang string) string { return pickName(lang, n.RU, n.KK, n.EN) }

// clean trims the three texts and checks them: Russian required, each at
// most max letters, no control characters. Errors name field.ru etc.
func (n *Names) clean(field string, max int, p *Problems) {
	for _, v := range []struct {
		lang string
		s    *string
	}{{"ru", &n.RU}, {"kk", &n.KK}, {"en", &n.EN}} {
		f := field + "." + v.lang
		if err := checkChars(f, *v.s); err != nil {
			p.Add(err)
			continue
		}
		*v.s = strings.Join(strings.Fields(*v.s), " ")
		switch c := utf8.RuneCountInString(*v.s); {
		case c == 0 && v.lang == "ru":
			p.Add(Invalid(f, "required"))
		case c > max:
			p.Add(Invalid(f, "too_long", "max", max))
		}
	}
}

// Unit is a unit of measure of an indicator, with the values it admits:
// a share cannot pass 100%, a count cannot be negative.
type Unit struct {
	Code  string `json:"code"`
	Names Names  `json:"names"`
	Min   float64
	Max   float64 // +Inf when unbounded
}

// Units is the catalogue of units an indicator may be measured in.
var Units = []Unit{
	{"percent", Names{"%", "%", "%"}, 0, 100},
	{"count", Names{"ед.", "бірлік", "units"}, 0, math.Inf(1)},
	{"people", Names{"чел.", "адам", "people"}, 0, math.Inf(1)},
	{"places", Names{"мест", "орын", "places"}, 0, math.Inf(1)},
	{"km", Names{"км", "км", "km"}, 0, math.Inf(1)},
	{"thousand_sq_m", Names{"тыс. м²", "мың м²", "thousand m²"}, 0, math.Inf(1)},
	{"ha", Names{"га", "га", "ha"}, 0, math.Inf(1)},
	{"mln_tenge", Names{"млн тг", "млн теңге", "mln tenge"}, 0, math.Inf(1)},
	{"days", Names{"дн.", "күн", "days"}, 0, math.Inf(1)},
	{"per_1000", Names{"на 1000 жителей", "1000 тұрғынға", "per 1,000 residents"}, 0, 1000},
	{"per_100k", Names{"на 100 тыс. жителей", "100 мың тұрғынға", "per 100,000 residents"}, 0, 100000},
}

// FindUnit returns the unit with the code, or nil.
func FindUnit(code string) *Unit {
	for i := range Units {
		if Units[i].Code == code {
			return &Units[i]
		}
	}
	return nil
}

// check reports a value the unit cannot take.
func (u *Unit) check(field string, v float64) error {
	if v < u.Min || v > u.Max {
		if math.IsInf(u.Max, 1) {
			return Invalid(field, "value.min", "min", u.Min)
		}
		return Invalid(field, "value.range", "min", u.Min, "max", u.Max)
	}
	return nil
}

// ParseNumber reads a number as people type it: "1 250,5" or "1250.5".
func ParseNumber(s string) (float64, bool) {
	s = strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\u00a0', '\u202f':
			return -1
		case ',':
			return '.'
		}
		return r
	}, s)
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

// Programme is an election programme of a territory — the country's, an
// oblast's, a city's or a district's — or a roadmap of one: what was
// promised for a period, in directions, with indicators to measure it by
// and measures to get there.
type Programme struct {
	ID         string       `json:"id"`
	Territory  KATO         `json:"territory"`
	Title      Names        `json:"title"`
	From       Date         `json:"from"` // the period
	To         Date         `json:"to"`
	Adopted    Date         `json:"adopted"`
	Version    int          `json:"version"`
	Directions []*Direction `json:"directions,omitempty"`
}

// Covers reports whether day d lies in the programme's period.
func (p *Programme) Covers(d Date) bool { return !d.Before(p.From) && !d.After(p.To) }

// Direction finds one of the programme's directions.
func (p *Programme) Direction(id string) *Direction {
	for _, d := range p.Directions {
		if d.ID == id {
			return d
		}
	}
	return nil
}

// Indicator finds one of the programme's indicators.
func (p *Programme) Indicator(id string) *Indicator {
	for _, d := range p.Directions {
		for _, ind := range d.Indicators {
			if ind.ID == id {
				return ind
			}
		}
	}
	return nil
}

// Measure finds one of the programme's measures.
func (p *Programme) Measure(id string) *Measure {
	for _, d := range p.Directions {
		for _, m := range d.Measures {
			if m.ID == id {
				return m
			}
		}
	}
	return nil
}

// Direction is a section of a programme ("Health care", "Housing").
type Direction struct {
	ID         string       `json:"id"`
	Position   int          `json:"position"`
	Title      Names        `json:"title"`
	Indicators []*Indicator `json:"indicators"`
	Measures   []*Measure   `json:"measures"`
}

// Limits of a programme's texts and period.
const (
	MaxTitleLen        = 300
	MaxMeasureLen      = 1000
	MaxSourceLen       = 300
	MaxLinkLen         = 2000
	MaxProgrammeYears  = 10
	MaxBaselineYears   = 3 // how long before the period a baseline may be measured
	MaxIndicatorWeight = 100
	MaxProgrammeParts  = 200 // directions of a programme, indicators and measures of a direction
)

// ProgrammeInput is what a caller sends to adopt a programme.
type ProgrammeInput struct {
	Territory string `json:"territory"`
	Title     Names  `json:"title"`
	From      string `json:"from"`
	To        string `json:"to"`
	Adopted   string `json:"adopted"`
}

// NewProgramme checks the input; the store checks that the territory exists.
func NewProgramme(in ProgrammeInput, today Date) (*Programme, error) {
	var p Problems
	pr := &Programme{Title: in.Title}
	pr.Title.clean("title", MaxTitleLen, &p)
	if k, err := ParseKATO(in.Territory); err != nil {
		p.Add(err)
	} else {
		pr.Territory = k
	}
	pr.From = requiredDate("from", in.From, &p)
	pr.To = requiredDate("to", in.To, &p)
	pr.Adopted = requiredDate("adopted", in.Adopted, &p)
	if !pr.From.IsZero() && !pr.To.IsZero() {
		switch {
		case !pr.To.After(pr.From):
			p.Add(Invalid("to", "period.order"))
		case pr.To.After(pr.From.AddMonths(12 * MaxProgrammeYears)):
			p.Add(Invalid("to", "programme.long", "max", MaxProgrammeYears))
		}
	}
	if !pr.Adopted.IsZero() {
		switch {
		case pr.Adopted.After(today):
			p.Add(Invalid("adopted", "date.future"))
		case !pr.To.IsZero() && pr.Adopted.After(pr.To):
			p.Add(Invalid("adopted", "programme.adopted_late"))
		}
	}
	return pr, p.Err()
}

// requiredDate reads a YYYY-MM-DD date that must be given.
func requiredDate(field, s string, p *Problems) Date {
	s = strings.TrimSpace(s)
	if s == "" {
		p.Add(Invalid(field, "required"))
		return Date{}
	}
	d, err := ParseDate(s)
	if err != nil {
		p.Add(Invalid(field, "date"))
	}
	return d
}

// NewDirection checks a direction's title.
func NewDirection(title Names) (*Direction, error) {
	var p Problems
	d := &Direction{Title: title}
	d.Title.clean("title", MaxTitleLen, &p)
	return d, p.Err()
}

// Point is a value at a date: a baseline or a target.
type Point struct {
	Value float64 `json:"value"`
	On    Date    `json:"date"`
}

// Indicator is a measurable promise: from the baseline to the target by the
// target date, in a unit, where higher (or lower) is better. Its status is
// never typed: Assess works it out from the measurements.
type Indicator struct {
	ID           string       `json:"id"`
	ProgrammeID  string       `json:"programme"`
	DirectionID  string       `json:"direction"`
	Position     int          `json:"position"`
	Name         Names        `json:"name"`
	Unit         string       `json:"unit"`
	Baseline     Point        `json:"baseline"`
	Target       Point        `json:"target"`
	HigherBetter bool         `json:"higher_is_better"`
	Source       string       `json:"source,omitempty"`
	Weight       float64      `json:"weight"`
	Last         *Measurement `json:"last,omitempty"` // the measurement with the latest as-of date
	Version      int          `json:"version"`
	// Measurements, oldest first, where the caller asked for them.
	Measurements []*Measurement `json:"measurements,omitempty"`
}

// PointInput is a baseline or a target as a caller sends it.
type PointInput struct {
	Value *float64 `json:"value"`
	On    string   `json:"date"`
}

// IndicatorInput is what a caller sends to add an indicator.
type IndicatorInput struct {
	Direction    string     `json:"direction"`
	Name         Names      `json:"name"`
	Unit         string     `json:"unit"`
	Baseline     PointInput `json:"baseline"`
	Target       PointInput `json:"target"`
	HigherBetter *bool      `json:"higher_is_better"`
	Source       string     `json:"source"`
	Weight       *float64   `json:"weight"`
}

// NewIndicator checks an indicator against its programme: a known unit,
// values the unit admits, a target that differs from the baseline in the
// direction that is better, the target date inside the programme's period
// and the baseline before it.
func NewIndicator(in IndicatorInput, pr *Programme) (*Indicator, error) {
	var p Problems
	ind := &Indicator{ProgrammeID: pr.ID, DirectionID: strings.TrimSpace(in.Direction), Name: in.Name, Weight: 1}
	ind.Name.clean("name", MaxTitleLen, &p)
	if ind.DirectionID == "" {
		p.Add(Invalid("direction", "required"))
	} else if pr.Direction(ind.DirectionID) == nil {
		p.Add(Invalid("direction", "direction.unknown"))
	}
	ind.Unit = strings.TrimSpace(in.Unit)
	unit := FindUnit(ind.Unit)
	if ind.Unit == "" {
		p.Add(Invalid("unit", "required"))
	} else if unit == nil {
		p.Add(Invalid("unit", "unit.unknown", "unit", ind.Unit))
	}
	point := func(field string, in PointInput) (Point, bool) {
		var pt Point
		ok := true
		if in.Value == nil {
			p.Add(Invalid(field+".value", "required"))
			ok = false
		} else if unit != nil {
			if err := unit.check(field+".value", *in.Value); err != nil {
				p.Add(err)
				ok = false
			}
			pt.Value = *in.Value
		}
		pt.On = requiredDate(field+".date", in.On, &p)
		return pt, ok && !pt.On.IsZero()
	}
	var bOK, tOK bool
	ind.Baseline, bOK = point("baseline", in.Baseline)
	ind.Target, tOK = point("target", in.Target)
	if tOK && !pr.Covers(ind.Target.On) {
		p.Add(Invalid("target.date", "programme.outside", "from", pr.From.String(), "to", pr.To.String()))
		tOK = false
	}
	if bOK {
		switch {
		case ind.Baseline.On.Before(pr.From.AddMonths(-12 * MaxBaselineYears)):
			p.Add(Invalid("baseline.date", "indicator.baseline_old", "max", MaxBaselineYears))
		case tOK && !ind.Baseline.On.Before(ind.Target.On):
			p.Add(Invalid("baseline.date", "indicator.baseline_late"))
		}
	}
	if in.HigherBetter == nil {
		p.Add(Invalid("higher_is_better", "required"))
	} else {
		ind.HigherBetter = *in.HigherBetter
		if bOK && tOK {
			switch {
			case ind.Target.Value == ind.Baseline.Value:
				p.Add(Invalid("target.value", "indicator.target_equal"))
			case ind.HigherBetter && ind.Target.Value < ind.Baseline.Value:
				p.Add(Invalid("target.value", "indicator.target_lower"))
			case !ind.HigherBetter && ind.Target.Value > ind.Baseline.Value:
				p.Add(Invalid("target.value", "indicator.target_higher"))
			}
		}
	}
	ind.Source = checkLine("source", in.Source, MaxSourceLen, false, &p)
	if in.Weight != nil {
		if w := *in.Weight; !(w > 0 && w <= MaxIndicatorWeight) {
			p.Add(Invalid("weight", "indicator.weight", "max", MaxIndicatorWeight))
		} else {
			ind.Weight = w
		}
	}
	return ind, p.Err()
}

// checkLine cleans a one-line text: no control characters, spaces
// collapsed, at most max letters, required when asked.
func checkLine(field, s string, max int, required bool, p *Problems) string {
	if err := checkChars(field, s); err != nil {
		p.Add(err)
		return ""
	}
	s = strings.Join(strings.Fields(s), " ")
	switch n := utf8.RuneCountInString(s); {
	case n == 0 && required:
		p.Add(Invalid(field, "required"))
	case n > max:
		p.Add(Invalid(field, "too_long", "max", max))
	}
	return s
}

// File is an uploaded document kept by the store: a measurement's evidence,
// a council meeting's minutes.
type File struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Type   string `json:"type"`
	Size   int    `json:"size"`
	SHA256 string `json:"sha256"`
	Data   []byte `json:"-"`
}

// MaxFileSize bounds an uploaded file.
const MaxFileSize = 10 << 20

// fileTypes are the documents we keep, by the type their bytes show, with
// the name endings each may carry.
var fileTypes = map[string][]string{
	"application/pdf": {".pdf"},
	"image/png":       {".png"},
	"image/jpeg":      {".jpg", ".jpeg"},
	"image/webp":      {".webp"},
	"application/zip": {".xlsx", ".docx"}, // office documents are zip archives
}

// NewFile checks an upload: not empty, at most MaxFileSize, a PDF, an
// image or an office document by its content (not by what its name says),
// and names it safely. field is the form's or the API's name for it.
func NewFile(field, name string, data []byte) (*File, error) {
	switch {
	case len(data) == 0:
		return nil, Invalid(field, "file.empty")
	case len(data) > MaxFileSize:
		return nil, Invalid(field, "file.large", "max", MaxFileSize>>20)
	}
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || strings.ContainsRune(`/\:*?"<>|`, r) {
			return '_'
		}
		return r
	}, strings.TrimSpace(name))
	if utf8.RuneCountInString(name) > 200 || !utf8.ValidString(name) {
		name = "file"
	}
	typ := http.DetectContentType(data)
	if i := strings.IndexByte(typ, ';'); i >= 0 {
		typ = typ[:i]
	}
	ends, ok := fileTypes[typ]
	ext := strings.ToLower(path.Ext(name))
	if !ok || (typ == "application/zip" && !slices.Contains(ends, ext)) {
		return nil, Invalid(field, "file.type")
	}
	if !slices.Contains(ends, ext) {
		name += ends[0] // a PDF called "report" is saved as "report.pdf"
	}
	if typ == "application/zip" {
		typ = map[string]string{
			".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
		}[ext]
	}
	sum := sha256.Sum256(data)
	return &File{Name: name, Type: typ, Size: len(data), SHA256: hex.EncodeToString(sum[:]), Data: data}, nil
}

// Measurement is a value of an indicator as of a date, with its source and
// evidence, entered by a member of staff. Measurements are never changed:
// a correction is a new measurement as of the same date, and the latest
// entered counts.
type Measurement struct {
	ID          string    `json:"id"`
	IndicatorID string    `json:"indicator"`
	Value       float64   `json:"value"`
	AsOf        Date      `json:"as_of"`
	Source      string    `json:"source"`
	Link        string    `json:"link,omitempty"`
	File        *File     `json:"file,omitempty"`
	By          string    `json:"by,omitempty"` // who entered it; hidden on public pages
	At          time.Time `json:"at"`
}

// MeasurementInput is what a caller sends to report a value.
type MeasurementInput struct {
	Value  *float64 `json:"value"`
	Unit   string   `json:"unit"` // must be the indicator's; empty means it
	AsOf   string   `json:"as_of"`
	Source string   `json:"source"`
	Link   string   `json:"link"`
	File   *File    `json:"-"` // an uploaded evidence file, already checked
}

// NewMeasurement checks a reported value: the indicator's unit, a value the
// unit admits, a date inside the programme's period, not before the
// baseline and not in the future, a source, and evidence — a link or a file.
func (ind *Indicator) NewMeasurement(in MeasurementInput, pr *Programme, today Date) (*Measurement, error) {
	var p Problems
	m := &Measurement{IndicatorID: ind.ID, File: in.File}
	unit := FindUnit(ind.Unit)
	if u := strings.TrimSpace(in.Unit); u != "" && u != ind.Unit {
		p.Add(Invalid("unit", "unit.mismatch", "unit", u, "want", ind.Unit))
	}
	switch {
	case in.Value == nil:
		p.Add(Invalid("value", "required"))
	case unit != nil:
		p.Add(unit.check("value", *in.Value))
		m.Value = *in.Value
	}
	if m.AsOf = requiredDate("as_of", in.AsOf, &p); !m.AsOf.IsZero() {
		switch {
		case m.AsOf.After(today):
			p.Add(Invalid("as_of", "date.future"))
		case !pr.Covers(m.AsOf):
			p.Add(Invalid("as_of", "programme.outside", "from", pr.From.String(), "to", pr.To.String()))
		case m.AsOf.Before(ind.Baseline.On):
			p.Add(Invalid("as_of", "measurement.before_baseline", "date", ind.Baseline.On.String()))
		}
	}
	m.Source = checkLine("source", in.Source, MaxSourceLen, true, &p)
	m.Link = checkLine("link", in.Link, MaxLinkLen, false, &p)
	if m.Link != "" {
		if u, err := url.Parse(m.Link); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			p.Add(Invalid("link", "link"))
		}
	}
	if m.Link == "" && m.File == nil {
		p.Add(Invalid("link", "measurement.evidence"))
	}
	return m, p.Err()
}

// IndicatorStatus is where an indicator stands, worked out from its data.
type IndicatorStatus string

const (
	IndicatorAchieved IndicatorStatus = "achieved"
	IndicatorOnTrack  IndicatorStatus = "on_track"
	IndicatorAtRisk   IndicatorStatus = "at_risk"
	IndicatorBehind   IndicatorStatus = "behind"
	IndicatorFailed   IndicatorStatus = "failed"
	IndicatorNoData   IndicatorStatus = "no_data"
)

// IndicatorStatuses lists the statuses from best to worst, no data last.
var IndicatorStatuses = []IndicatorStatus{IndicatorAchieved, IndicatorOnTrack, IndicatorAtRisk, IndicatorBehind, IndicatorFailed, IndicatorNoData}

// The tolerances of the methodology, as shares of the whole way from the
// baseline to the target: an indicator no more than ToleranceOnTrack behind
// its straight line is on track, no more than ToleranceAtRisk at risk, and
// behind beyond that.
const (
	ToleranceOnTrack = 0.05
	ToleranceAtRisk  = 0.15
)

// Assessment is an indicator's status with the figures it came from.
// Progress is the share of the way from the baseline to the target covered
// by the last measurement (0 at the baseline, 1 at the target, clamped to
// 0–1); Expected is the share the straight line asks for by the date of that
// measurement.
type Assessment struct {
	Status   IndicatorStatus `json:"status"`
	Progress float64         `json:"progress"`
	Expected float64         `json:"expected"`
}

// Assess works out the indicator's status on day today from its last
// measurement:
//   - no measurement: no data;
//   - the target reached (at or beyond it, on the better side): achieved,
//     whenever that happens;
//   - the target date passed without it: failed;
//   - otherwise the measurement is compared with the straight line from the
//     baseline to the target at the measurement's date: on track when it is
//     behind the line by no more than ToleranceOnTrack of the whole way, at
//     risk within ToleranceAtRisk, behind beyond.
func (ind *Indicator) Assess(today Date) Assessment {
	m := ind.Last
	if m == nil {
		return Assessment{Status: IndicatorNoData}
	}
	b, t := ind.Baseline, ind.Target
	way := t.Value - b.Value
	done := (m.Value - b.Value) / way
	a := Assessment{Progress: clamp01(done)}
	span := float64(b.On.DaysUntil(t.On))
	a.Expected = clamp01(float64(b.On.DaysUntil(m.AsOf)) / span)
	switch {
	case done >= 1:
		a.Status = IndicatorAchieved
	case today.After(t.On):
		a.Status = IndicatorFailed
	case a.Expected-done <= ToleranceOnTrack+1e-9:
		a.Status = IndicatorOnTrack
	case a.Expected-done <= ToleranceAtRisk+1e-9:
		a.Status = IndicatorAtRisk
	default:
		a.Status = IndicatorBehind
	}
	return a
}

func clamp01(x float64) float64 { return min(max(x, 0), 1) }

// Line is the value the straight line from the baseline to the target asks
// for on day d (the baseline before it starts, the target after it ends).
func (ind *Indicator) Line(d Date) float64 {
	span := float64(ind.Baseline.On.DaysUntil(ind.Target.On))
	f := clamp01(float64(ind.Baseline.On.DaysUntil(d)) / span)
	return ind.Baseline.Value + f*(ind.Target.Value-ind.Baseline.Value)
}

// Rollup sums up the state of many indicators: a direction's, a
// programme's, a territory's. The rule, stated on the methodology page:
//   - a direction's and a programme's progress is the mean of their
//     indicators' progress weighted by the indicators' weights, over the
//     indicators that have data (those without are counted apart);
//   - a territory's progress is the plain mean of the progress of the
//     programmes in its subtree that have data — each programme counts once,
//     so a district with many indicators does not outweigh its oblast.
//
// Counts are plain sums of the indicators by status at every level.
type Rollup struct {
	Counts     map[IndicatorStatus]int `json:"counts"`
	Indicators int                     `json:"indicators"`
	Programmes int                     `json:"programmes,omitempty"`
	weight     float64                 // of the children with data
	done       float64                 // Σ weight × progress
	expected   float64                 // Σ weight × expected
}

// AddIndicator counts one indicator with its assessment.
func (r *Rollup) AddIndicator(a Assessment, weight float64) {
	if r.Counts == nil {
		r.Counts = map[IndicatorStatus]int{}
	}
	r.Counts[a.Status]++
	r.Indicators++
	if a.Status == IndicatorNoData {
		return
	}
	r.weight += weight
	r.done += weight * a.Progress
	r.expected += weight * a.Expected
}

// AddProgramme counts a programme's roll-up into a territory's, the
// programme weighing one.
func (r *Rollup) AddProgramme(c *Rollup) {
	if r.Counts == nil {
		r.Counts = map[IndicatorStatus]int{}
	}
	for s, n := range c.Counts {
		r.Counts[s] += n
	}
	r.Indicators += c.Indicators
	r.Programmes++
	if c.weight > 0 {
		r.weight++
		r.done += c.done / c.weight
		r.expected += c.expected / c.weight
	}
}

// HasData reports whether any indicator counted has a measurement.
func (r *Rollup) HasData() bool { return r.weight > 0 }

// Progress is the share of the way covered, 0–1; zero without data.
func (r *Rollup) Progress() float64 {
	if r.weight == 0 {
		return 0
	}
	return r.done / r.weight
}

// Expected is the share of the way the straight lines ask for, 0–1.
func (r *Rollup) Expected() float64 {
	if r.weight == 0 {
		return 0
	}
	return r.expected / r.weight
}

// Status judges the whole as an indicator is judged: achieved when every
// indicator is, no data when none has data, otherwise by how far the
// progress is behind the expected with the same tolerances.
func (r *Rollup) Status() IndicatorStatus {
	switch gap := r.Expected() - r.Progress(); {
	case r.weight == 0:
		return IndicatorNoData
	case r.Counts[IndicatorAchieved] == r.Indicators:
		return IndicatorAchieved
	case gap <= ToleranceOnTrack+1e-9:
		return IndicatorOnTrack
	case gap <= ToleranceAtRisk+1e-9:
		return IndicatorAtRisk
	}
	return IndicatorBehind
}

// MeasureStatus is where a measure of a roadmap stands. It is set by staff;
// overdue is worked out from the deadline.
type MeasureStatus string

const (
	MeasurePlanned    MeasureStatus = "planned"
	MeasureInProgress MeasureStatus = "in_progress"
	MeasureDone       MeasureStatus = "done"
	MeasureCancelled  MeasureStatus = "cancelled"
)

// MeasureStatuses lists every status of a measure.
var MeasureStatuses = []MeasureStatus{MeasurePlanned, MeasureInProgress, MeasureDone, MeasureCancelled}

// Measure is an item of a roadmap: what is to be done, by which executive
// body, by when.
type Measure struct {
	ID          string        `json:"id"`
	ProgrammeID string        `json:"programme"`
	DirectionID string        `json:"direction"`
	Position    int           `json:"position"`
	Text        string        `json:"text"`
	BodyID      string        `json:"body"`
	Deadline    Date          `json:"deadline"`
	Status      MeasureStatus `json:"status"`
	Note        string        `json:"note,omitempty"` // why it was cancelled, what was done
	Version     int           `json:"version"`
}

// Overdue reports whether the measure is neither done nor cancelled after
// its deadline.
func (m *Measure) Overdue(today Date) bool {
	return (m.Status == MeasurePlanned || m.Status == MeasureInProgress) && today.After(m.Deadline)
}

// MeasureInput is what a caller sends to add a measure.
type MeasureInput struct {
	Direction string `json:"direction"`
	Text      string `json:"text"`
	Body      string `json:"body"`
	Deadline  string `json:"deadline"`
}

// NewMeasure checks a measure against its programme; the store checks that
// the body exists.
func NewMeasure(in MeasureInput, pr *Programme) (*Measure, error) {
	var p Problems
	m := &Measure{ProgrammeID: pr.ID, DirectionID: strings.TrimSpace(in.Direction), BodyID: strings.TrimSpace(in.Body), Status: MeasurePlanned}
	if m.DirectionID == "" {
		p.Add(Invalid("direction", "required"))
	} else if pr.Direction(m.DirectionID) == nil {
		p.Add(Invalid("direction", "direction.unknown"))
	}
	m.Text = checkLine("text", in.Text, MaxMeasureLen, true, &p)
	if m.BodyID == "" {
		p.Add(Invalid("body", "required"))
	}
	if m.Deadline = requiredDate("deadline", in.Deadline, &p); !m.Deadline.IsZero() && !pr.Covers(m.Deadline) {
		p.Add(Invalid("deadline", "programme.outside", "from", pr.From.String(), "to", pr.To.String()))
	}
	return m, p.Err()
}

// SetStatus returns the measure in its new status. A note is required to
// cancel; a done or cancelled measure may be taken back into work.
func (m *Measure) SetStatus(s MeasureStatus, note string, version int) (*Measure, error) {
	if version != 0 && version != m.Version {
		return nil, Errorf(ECONFLICT, "version")
	}
	var p Problems
	note = checkLine("note", note, MaxMeasureLen, s == MeasureCancelled, &p)
	if !slices.Contains(MeasureStatuses, s) {
		p.Add(Invalid("status", "measure.status", "status", string(s)))
	} else if s == m.Status {
		p.Add(Errorf(ECONFLICT, "measure.same"))
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	next := *m
	next.Status, next.Note = s, note
	next.Version++
	return &next, nil
}

// ProgrammeEvent is one entry in a programme's history: the programme
// adopted, a direction, indicator or measure added, a measurement entered,
// a measure's status changed. Subject is the indicator's or measure's id.
type ProgrammeEvent struct {
	Seq     int       `json:"seq"`
	Subject string    `json:"subject,omitempty"`
	Action  string    `json:"action"`
	Actor   string    `json:"actor,omitempty"`
	At      time.Time `json:"at"`
	Note    string    `json:"note,omitempty"`
}

// Programme actions in the history.
const (
	ProgrammeActAdopt     = "adopt"
	ProgrammeActDirection = "direction"
	ProgrammeActIndicator = "indicator"
	ProgrammeActMeasure   = "measure"
	ProgrammeActMeasured  = "measured"
	ProgrammeActStatus    = "status"
)

// ProgrammeFilter selects programmes.
type ProgrammeFilter struct {
	ID        *string
	Territory *KATO // the programme's territory lies in this subtree
	On        *KATO // the programmes that cover this place: its own and its ancestors'
}

// ProgrammePlan is a whole programme given at once — an import from the
// form the branches keep, the demo country — with its directions, their
// indicators (and any measurements already known) and measures.
type ProgrammePlan struct {
	Programme  ProgrammeInput  `json:"programme"`
	Directions []DirectionPlan `json:"directions"`
}

// DirectionPlan is a direction of a plan.
type DirectionPlan struct {
	Title      Names           `json:"title"`
	Indicators []IndicatorPlan `json:"indicators"`
	Measures   []MeasurePlan   `json:"measures"`
}

// IndicatorPlan is an indicator of a plan; Line, when set, is its line in
// the imported file, and errors name it ("line.12.target.value").
type IndicatorPlan struct {
	Line int `json:"-"`
	IndicatorInput
	Measurements []MeasurementInput `json:"measurements"`
}

// MeasurePlan is a measure of a plan.
type MeasurePlan struct {
	Line int `json:"-"`
	MeasureInput
}

// PlanProgramme checks a whole plan and returns the programme with its tree
// and new ids, the measurements attached to their indicators and each
// indicator's Last set. Every fault is reported at once, each at its place:
// "directions[0].indicators[2].unit", or "line.12.unit" for a file's line.
func PlanProgramme(plan ProgrammePlan, today Date) (*Programme, error) {
	var p Problems
	pr, err := NewProgramme(plan.Programme, today)
	p.Add(PrefixField(err, "programme.")) // where it sits in the plan, as the store names the territory

	pr.ID = NewID()
	if len(plan.Directions) > MaxProgrammeParts {
		p.Add(Invalid("directions", "programme.parts", "max", MaxProgrammeParts))
		return nil, p.Err()
	}
	for i, dp := range plan.Directions {
		at := fmt.Sprintf("directions[%d].", i)
		d, err := NewDirection(dp.Title)
		p.Add(PrefixField(err, at))
		d.ID, d.Position = NewID(), i+1
		pr.Directions = append(pr.Directions, d)
		if len(dp.Indicators) > MaxProgrammeParts || len(dp.Measures) > MaxProgrammeParts {
			p.Add(Invalid(at+"indicators", "programme.parts", "max", MaxProgrammeParts))
			continue
		}
	}
	if err := p.Err(); err != nil && pr.From.IsZero() {
		return nil, err // without a period nothing below can be checked
	}
	for i, dp := range plan.Directions {
		d := pr.Directions[i]
		for j, ip := range dp.Indicators {
			at := fmt.Sprintf("directions[%d].indicators[%d].", i, j)
			if ip.Line > 0 {
				at = fmt.Sprintf("line.%d.", ip.Line)
			}
			in := ip.IndicatorInput
			in.Direction = d.ID
			ind, err := NewIndicator(in, pr)
			if err != nil {
				p.Add(PrefixField(err, at))
				continue
			}
			ind.ID, ind.Position, ind.Version = NewID(), j+1, 1
			for k, mi := range ip.Measurements {
				m, err := ind.NewMeasurement(mi, pr, today)
				if err != nil {
					p.Add(PrefixField(err, fmt.Sprintf("%smeasurements[%d].", at, k)))
					continue
				}
				m.ID = NewID()
				ind.Measurements = append(ind.Measurements, m)
				if ind.Last == nil || !m.AsOf.Before(ind.Last.AsOf) {
					ind.Last = m
				}
			}
			d.Indicators = append(d.Indicators, ind)
		}
		for j, mp := range dp.Measures {
			at := fmt.Sprintf("directions[%d].measures[%d].", i, j)
			if mp.Line > 0 {
				at = fmt.Sprintf("line.%d.", mp.Line)
			}
			in := mp.MeasureInput
			in.Direction = d.ID
			m, err := NewMeasure(in, pr)
			if err != nil {
				p.Add(PrefixField(err, at))
				continue
			}
			m.ID, m.Position, m.Version = NewID(), j+1, 1
			d.Measures = append(d.Measures, m)
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	pr.Version = 1
	return pr, nil
}
