package http

import (
	"cmp"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"slices"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/exchange"
	"github.com/senim-kz/senim/i18n"
)

// The staff statistics: the figures of a territory of the staff member's
// subtree for any period, drawn as SVG by month, category, channel, status
// and territory; every row leads to the list of its appeals.

type statsView struct {
	*figuresView
	From, To    string // the period as typed (YYYY-MM)
	Territories []crumb
	Problem     string
	Errors      map[string]string
	ByCategory  []share
	ByChannel   []share
	ByStatus    []share
	Export      string // the address of the export
	Chosen      senim.KATO
}

// Ready reports whether there are figures to show.
func (v statsView) Ready() bool { return v.figuresView != nil }

// share is one row of a breakdown: a count, its share of the total and
// the length of its bar (0–100, the largest row is 100).
type share struct {
	Label, Href string
	N           int64
	Share       float64
	Bar         int
}

// shares turns counts into rows, the largest first (then by label, so the
// order does not change between two looks).
func shares(total int64, rows []share) []share {
	var top int64
	for _, r := range rows {
		top = max(top, r.N)
	}
	for i := range rows {
		if total > 0 {
			rows[i].Share = float64(rows[i].N) / float64(total)
		}
		if top > 0 {
			rows[i].Bar = int(rows[i].N * 100 / top)
		}
	}
	slices.SortStableFunc(rows, func(a, b share) int { return cmp.Or(cmp.Compare(b.N, a.N), cmp.Compare(a.Label, b.Label)) })
	return rows
}

// statsQuery reads the period and territory of the statistics pages: the
// staff member's own territory when none is asked for, and none outside it.
func (s *Server) statsQuery(r *http.Request) (senim.StatsFilter, error) {
	actor := senim.ActorFrom(r.Context())
	f, err := statsFilter(r, senim.DateOf(s.db.Now()), actor.Territory)
	if err == nil && !actor.Territory.Contains(f.Territory) {
		err = senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(f.Territory))
	}
	return f, err
}

func (s *Server) statsPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	l := lang(r)
	q := r.URL.Query()
	v := &statsView{From: q.Get("from"), To: q.Get("to"), Errors: map[string]string{}}
	f, err := s.statsQuery(r)
	v.Chosen = f.Territory
	var choicesErr error
	if v.Territories, choicesErr = s.territoryChoices(r, &f.Territory); choicesErr != nil {
		s.pageError(w, r, choicesErr)
		return
	}
	if senim.ErrorCode(err) == senim.EINVALID {
		v.Problem, v.Errors = formErrors(l, err, nil)
		s.render(w, r, http.StatusUnprocessableEntity, "stats", "ui.stats.title", v)
		return
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v.From, v.To = f.From.String(), f.To.String()
	period := url.Values{"territory": {string(f.Territory)}, "from": {v.From}, "to": {v.To}}
	if v.figuresView, err = s.territoryFigures(r, f, func(k senim.KATO) string {
		p := cloneValues(period)
		p.Set("territory", string(k))
		return "/staff/stats?" + p.Encode()
	}); err != nil {
		s.pageError(w, r, err)
		return
	}
	v.Export = "/staff/stats.xlsx?" + period.Encode()
	list := func(key, value string) string {
		u := url.Values{"from": {f.From.First().String()}, "to": {f.To.Last().String()}, key: {value}}
		if f.Territory != senim.ActorFrom(ctx).Territory {
			u.Set("territory", string(f.Territory))
		}
		return "/staff/appeals?" + u.Encode()
	}
	st := v.Stats
	_, names, err := s.categories(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	for code, n := range st.ByCategory {
		v.ByCategory = append(v.ByCategory, share{Label: cmp.Or(names[code], code), N: n, Href: list("category", code)})
	}
	v.ByCategory = shares(st.Received, v.ByCategory)
	for _, ch := range senim.Channels {
		if n := st.ByChannel[string(ch)]; n > 0 {
			v.ByChannel = append(v.ByChannel, share{Label: i18n.T(l, "channel."+string(ch), nil), N: n, Href: list("channel", string(ch))})
		}
	}
	v.ByChannel = shares(st.Received, v.ByChannel)
	for _, stt := range senim.Statuses {
		if n := st.ByStatus[string(stt)]; n > 0 {
			v.ByStatus = append(v.ByStatus, share{Label: i18n.T(l, "status."+string(stt), nil), N: n, Href: list("status", string(stt))})
		}
	}
	v.ByStatus = shares(st.Received, v.ByStatus)
	s.render(w, r, http.StatusOK, "stats", "ui.stats.title", v)
}

// exportStats writes the figures of the territory and of each territory
// right below it for the period, one row each, as XLSX.
func (s *Server) exportStats(w http.ResponseWriter, r *http.Request) {
	l := lang(r)
	t := func(key string) string { return i18n.T(l, key, nil) }
	f, err := s.statsQuery(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v, err := s.territoryFigures(r, f, func(senim.KATO) string { return "" })
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	x, err := exchange.NewXLSXWriter(t("ui.stats.sheet"), []string{
		t("ui.territory"), "KATO", t("ui.received"), t("ui.solved"), t("ui.stats.solved_pct"), t("ui.under_control"), t("ui.overdue"),
		t("ui.answered_on_time"), t("ui.avg_days"),
	})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	row := func(name string, code senim.KATO, st *senim.Stats) error {
		return x.Row([]any{name, string(code), st.Received, st.Solved, math.Round(st.SolvedShare*1000) / 10, st.UnderControl, st.Overdue,
			st.AnsweredOnTime, math.Round(st.AvgAnswerDays*10) / 10})
	}
	err = row(v.Name, f.Territory, v.Stats)
	for _, p := range v.Parts {
		if err == nil {
			err = row(p.Name, p.Code, p.Stats)
		}
	}
	if err != nil {
		x.Discard()
		s.pageError(w, r, err)
		return
	}
	s.sendXLSX(w, x, fmt.Sprintf("stats-%s-%s-%s.xlsx", f.Territory, f.From, f.To))
}
