package demo

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/google/uuid"
	senim "github.com/senim-kz/senim"
)

// Shares of categories (seed 002: mostly social and housing issues) and channels.
var (
	categoryShare = []share{{"social", 22}, {"housing", 25}, {"land", 9}, {"employment", 7}, {"health", 9}, {"education", 6},
		{"roads", 9}, {"law_order", 4}, {"business", 3}, {"ecology", 3}, {"other", 3}}
	channelShare = []share{{"visit", 45}, {"phone", 15}, {"letter", 8}, {"web", 20}, {"reception", 10}, {"api", 2}}
	outcomeShare = []share{{"solved", 45}, {"explained", 38}, {"refused", 9}, {"not_competent", 4}, {"withdrawn", 4}}
	ratingShare  = []share{{"5", 35}, {"4", 30}, {"3", 15}, {"2", 10}, {"1", 10}}
)

type share struct {
	v string
	w int
}

func (g *gen) pick(s []share) string {
	total := 0
	for _, x := range s {
		total += x.w
	}
	n := g.rng.IntN(total)
	for _, x := range s {
		if n < x.w {
			return x.v
		}
		n -= x.w
	}
	return s[len(s)-1].v
}

func (g *gen) chance(p float64) bool { return g.rng.Float64() < p }

func pickOne[T any](g *gen, s []T) T { return s[g.rng.IntN(len(s))] }

// id returns a UUIDv7 for the instant t drawn from the generator's random
// source, so that the same seed gives the same ids.
func (g *gen) id(t time.Time) string {
	var u uuid.UUID
	ms := uint64(t.UnixMilli())
	for i := 0; i < 6; i++ {
		u[i] = byte(ms >> (40 - 8*i))
	}
	r1, r2 := g.rng.Uint64(), g.rng.Uint64()
	for i := 6; i < 16; i++ {
		if i < 11 {
			u[i] = byte(r1 >> (8 * (i - 6)))
		} else {
			u[i] = byte(r2 >> (8 * (i - 11)))
		}
	}
	u[6] = u[6]&0x0f | 0x70
	u[8] = u[8]&0x3f | 0x80
	return u.String()
}

// secret returns a tracking code drawn from the generator's random source.
func (g *gen) secret() string {
	b := make([]byte, 10)
	for i := range b {
		b[i] = senim.SecretAlphabet[g.rng.IntN(len(senim.SecretAlphabet))]
	}
	return string(b)
}

// at returns a moment of office hours on the n-th working day after d.
func (g *gen) at(d senim.Date, n int) time.Time {
	if n > 0 {
		d = g.cal.AddWorkingDays(d, n)
	} else {
		d = g.cal.NextWorkingDay(d)
	}
	return d.Start().Add(9*time.Hour + time.Duration(g.rng.IntN(9*3600))*time.Second)
}

func (g *gen) person() (name string, sex senim.Sex, kazakh bool) {
	kazakh = g.chance(0.7)
	sex = senim.Male
	if g.chance(0.55) { // women appeal somewhat more often
		sex = senim.Female
	}
	var given string
	var sur Surname
	if kazakh {
		sur = pickOne(g, KazakhSurnames)
		given = pickOne(g, KazakhMale)
		if sex == senim.Female {
			given = pickOne(g, KazakhFemale)
		}
	} else {
		sur = pickOne(g, RussianSurnames)
		given = pickOne(g, RussianMale)
		if sex == senim.Female {
			given = pickOne(g, RussianFemale)
		}
	}
	pat := pickOne(g, Patronymics)
	if sex == senim.Female {
		return sur.F + " " + given + " " + pat.F, sex, kazakh
	}
	return sur.M + " " + given + " " + pat.M, sex, kazakh
}

func (g *gen) fill(text string, place *Place, kazakh bool) string {
	street := pickOne(g, Streets)
	name, st := place.RU, street.RU
	if kazakh {
		name, st = place.KK, street.KK
	}
	return strings.NewReplacer("{place}", name, "{street}", st,
		"{n}", fmt.Sprint(1+g.rng.IntN(40)), "{years}", fmt.Sprint(2+g.rng.IntN(11))).Replace(text)
}

// appeal makes one appeal received on day, with the history it would have by now.
func (g *gen) appeal(day senim.Date) (*senim.Appeal, string) {
	i := sort.SearchFloat64s(g.cum, g.rng.Float64()*g.cum[len(g.cum)-1])
	o := g.offices[min(i, len(g.offices)-1)]
	place := pickOne(g, o.places)
	where := place
	if len(place.Children) > 0 && g.chance(0.7) {
		where = &place.Children[g.rng.IntN(len(place.Children))]
	}
	cat := g.pick(categoryShare)
	channel := senim.Channel(g.pick(channelShare))
	var reception heldReception
	if channel == senim.ChannelReception {
		// A visitor's appeal is received on the day of the reception.
		var ok bool
		if reception, ok = g.receptionOn(o.ID, day); ok {
			day = reception.day
		} else {
			channel = senim.ChannelVisit
		}
	}
	name, sex, kazakh := g.person()
	// The texts name a settlement: a district is named by its centre, a
	// part of a city by the city.
	named := where
	switch {
	case where.Kind == "district" && len(where.Children) > 0:
		named = &where.Children[0]
	case where.Kind == "cityDistrict" && place.Kind == "city":
		named = place
	}
	texts := AppealTexts[cat]
	writeKazakh := kazakh && g.chance(0.55)
	var text string
	if writeKazakh {
		text = g.fill(pickOne(g, texts.KK), named, true)
	} else {
		text = g.fill(pickOne(g, texts.RU), named, false)
	}
	in := senim.AppealInput{
		Applicant: senim.Applicant{Name: name},
		Territory: where.KATO, Category: cat, Text: text, Channel: string(channel), ConsentPublish: g.chance(0.6),
	}
	if g.chance(0.7) {
		birth := senim.NewDate(1950+g.rng.IntN(55), time.Month(1+g.rng.IntN(12)), 1+g.rng.IntN(28))
		if iin, ok := senim.MakeIIN(birth, sex, 1+g.rng.IntN(9000)); ok {
			in.Applicant.IIN = iin
		}
	}
	if g.chance(0.85) {
		in.Applicant.Phone = fmt.Sprintf("+77%s%07d", pickOne(g, []string{"01", "02", "05", "07", "08", "47", "71", "75", "76", "77"}), g.rng.IntN(10_000_000))
	}
	if g.chance(0.15) {
		in.Applicant.Email = fmt.Sprintf("user%d@mail.kz", g.rng.IntN(1_000_000))
	}
	if g.chance(0.8) {
		st := pickOne(g, Streets)
		in.Applicant.Address = fmt.Sprintf("%s, %s, %d", where.RU, st.RU, 1+g.rng.IntN(150))
	}
	received := g.at(day, 0)
	if channel == senim.ChannelWeb || channel == senim.ChannelAPI {
		received = day.Start().Add(time.Duration(g.rng.IntN(24*3600)) * time.Second)
	}
	if received.After(g.now) {
		received = g.now.Add(-time.Duration(g.rng.IntN(3600)) * time.Second)
	}
	operator := &senim.Actor{Kind: senim.ActorUser, Name: "operator." + strings.ToLower(o.Code), Role: senim.RoleOperator, Territory: senim.CountryKATO}
	days := g.terms[cat]
	a, err := senim.NewAppeal(in, senim.System, received, g.cal, days)
	if err != nil {
		panic(fmt.Sprintf("demo: a generated appeal is invalid: %v (%+v)", err, in))
	}
	a.ID = g.id(received)
	a.OfficeID = o.ID
	a.ReceptionID, a.OfficialID = reception.id, reception.official
	a.Version = 1
	y := fmt.Sprintf("%s-%d", o.Code, a.ReceivedOn.Year())
	g.numbers[y]++
	a.Number = senim.AppealNumber(o.Code, a.ReceivedOn.Year(), g.numbers[y])
	first := a.RegisterEvent(operator)
	first.ID = g.id(received)
	a.Events = []*senim.Event{first}
	g.history(a, o, place, operator)
	return a, g.secret()
}

// history moves the appeal along its life as far as the demo's today.
func (g *gen) history(a *senim.Appeal, o *office, place *Place, operator *senim.Actor) {
	t := a.CreatedAt
	step := func(c senim.Change, when time.Time, actor *senim.Actor) bool {
		if when.After(g.now) {
			return false
		}
		if when.Before(t) {
			when = t.Add(time.Minute)
		}
		ev, err := a.Apply(c, actor, when, g.cal, g.terms[a.Category])
		if err != nil {
			panic(fmt.Sprintf("demo: %s on %s: %v", c.Action, a.Status, err))
		}
		ev.ID, ev.Seq = g.id(when), a.Version
		a.Events = append(a.Events, ev)
		t = when
		return true
	}
	day := func() senim.Date { return senim.DateOf(t) }
	wko := strings.HasPrefix(o.Code, "27")
	if !step(senim.Change{Action: senim.ActTake}, g.at(day(), g.rng.IntN(2)), operator) {
		return
	}
	if !wko && g.chance(0.12) { // settled at the office: explained on the spot or withdrawn
		out := senim.OutcomeExplained
		if g.chance(0.25) {
			out = senim.OutcomeWithdrawn
		}
		step(senim.Change{Action: senim.ActClose, Outcome: out}, g.at(day(), g.rng.IntN(3)), operator)
		g.rate(a, step)
		return
	}
	body := g.bodyFor(o, place, a.Category)
	fwd := 1 + g.rng.IntN(3)
	if g.chance(0.05) {
		fwd += 3
	}
	when := g.at(day(), fwd)
	if !step(senim.Change{Action: senim.ActForward, Body: body.ID, BodyName: body.NameRU, LetterNo: fmt.Sprintf("%s-%d", o.Code, g.rng.IntN(9000)+100),
		LetterDate: senim.DateOf(when)}, when, operator) {
		return
	}
	if wko && !g.chance(0.30) {
		// Seed 001: in West Kazakhstan 30% are solved, the rest stay under control.
		if g.chance(0.3) {
			step(senim.Change{Action: senim.ActAnswer, Text: pickOne(g, AnswerTexts["explained"].RU)}, g.at(day(), 5+g.rng.IntN(10)), operator)
		}
		return
	}
	outcome := senim.Outcome(g.pick(outcomeShare))
	if wko {
		outcome = senim.OutcomeSolved
	}
	answerIn := 3 + g.rng.IntN(12)
	if g.chance(0.1) { // late answers
		answerIn = 15 + g.rng.IntN(10)
	}
	if outcome == senim.OutcomeWithdrawn {
		step(senim.Change{Action: senim.ActClose, Outcome: outcome}, g.at(day(), answerIn), operator)
		return
	}
	answer := pickOne(g, AnswerTexts[string(outcome)].RU)
	if !step(senim.Change{Action: senim.ActAnswer, Text: answer, LetterNo: fmt.Sprintf("%d-%d", 1+g.rng.IntN(30), g.rng.IntN(5000))},
		g.at(senim.DateOf(a.CreatedAt), answerIn), operator) {
		return
	}
	if !step(senim.Change{Action: senim.ActClose, Outcome: outcome}, g.at(day(), g.rng.IntN(3)), operator) {
		return
	}
	if outcome != senim.OutcomeSolved && g.chance(0.08) {
		if !step(senim.Change{Action: senim.ActReopen, Text: "Не согласен с ответом, проблема не решена."}, g.at(day(), 1+g.rng.IntN(10)), senim.Citizen) {
			return
		}
		if !step(senim.Change{Action: senim.ActAnswer, Text: pickOne(g, AnswerTexts["solved"].RU)}, g.at(day(), 5+g.rng.IntN(10)), operator) {
			return
		}
		if !step(senim.Change{Action: senim.ActClose, Outcome: senim.OutcomeSolved}, g.at(day(), 1), operator) {
			return
		}
	}
	g.rate(a, step)
}

func (g *gen) rate(a *senim.Appeal, step func(senim.Change, time.Time, *senim.Actor) bool) {
	if a.Status != senim.StatusClosed || a.Outcome == senim.OutcomeWithdrawn || !g.chance(0.35) {
		return
	}
	r := int(g.pick(ratingShare)[0] - '0')
	if a.Outcome == senim.OutcomeRefused && r > 3 {
		r = 2
	}
	step(senim.Change{Action: senim.ActRate, Rating: r}, g.at(senim.DateOf(a.UpdatedAt), g.rng.IntN(5)), senim.Citizen)
}

// bodyFor returns the executive body an appeal of this category goes to:
// the district's department when there is one, the oblast's otherwise.
func (g *gen) bodyFor(o *office, place *Place, category string) *senim.Body {
	for _, key := range []string{place.KATO + "/" + category, o.region.KATO + "/" + category} {
		if bs := g.bodies[key]; len(bs) > 0 {
			return pickOne(g, bs)
		}
	}
	for _, k := range []string{place.KATO, o.region.KATO} {
		if b := g.anyBody[k]; b != nil {
			return b
		}
	}
	panic("demo: no executive bodies")
}
