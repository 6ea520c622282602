package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/exchange"
	"github.com/senim-kz/senim/store"
)

// ratingCompute computes a period's scores and prints them as the scores
// download (CSV): from the store, or from a downloaded inputs file and a
// methodology version's JSON, with no store at all.
func (m *Main) ratingCompute(ctx context.Context, args []string) error {
	fs, dsn := m.flags("rating compute", `Computes the public rating of deputies for a period and prints the scores as
CSV, the same figures the pages and the scores download show.

From the store (--db): the period's records as they are now; with --store the
result is kept as the period's next revision (published if the methodology
version is). From the files anyone can download (--inputs and --method-file):
no store is needed.`)
	period := fs.String("period", "", "the period: 2025Q1 (a quarter), 2025H1 (a half-year) or 2025 (a year)")
	version := fs.Int("method", 0, "the methodology version (default: the newest published, or the newest)")
	inputs := fs.String("inputs", "", "an inputs file (CSV) downloaded from the rating's page, instead of the store")
	methodFile := fs.String("method-file", "", "with --inputs: the methodology version as JSON (/api/v1/rating/methods/N)")
	keep := fs.Bool("store", false, "keep the result as the period's next revision")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *inputs != "" {
		if *methodFile == "" || *keep {
			return usageError("with --inputs, give --method-file (and no --store)")
		}
		return m.computeFromFiles(*inputs, *methodFile, *period)
	}
	p, err := senim.ParseRatingPeriod(*period)
	if err != nil {
		return usageError("give --period: 2025Q1, 2025H1 or 2025")
	}
	return m.withStore(ctx, *dsn, func(ctx context.Context, db *store.DB) error {
		methods, err := db.FindMethods(ctx)
		if err != nil {
			return err
		}
		method, err := senim.ChooseMethod(methods, *version)
		if err != nil {
			return err
		}
		v := method.Version
		var run *senim.RatingRun
		var rows []senim.Scored
		if *keep {
			if run, err = db.ComputeRating(ctx, p, v); err == nil {
				rows, err = db.RunScores(ctx, run)
			}
		} else {
			run, rows, err = db.ScoreRating(ctx, p, v)
		}
		if err != nil {
			return err
		}
		deputies, err := db.FindDeputies(ctx, senim.DeputyFilter{})
		if err != nil {
			return err
		}
		assemblies, err := db.FindAssemblies(ctx)
		if err != nil {
			return err
		}
		if *keep {
			fmt.Fprintf(m.Stderr, "kept as revision %d of %s by version %d: %d deputies, %d scores changed\n",
				run.Revision, run.Period, run.Method, run.Deputies, run.Changed)
		}
		return exchange.WriteRatingScores(m.Stdout, run, rows, exchange.NewRoster(deputies, assemblies))
	})
}

func (m *Main) computeFromFiles(inputs, methodFile, period string) error {
	b, err := os.ReadFile(methodFile)
	if err != nil {
		return err
	}
	var method senim.Method
	if err := json.Unmarshal(b, &method); err != nil {
		return fmt.Errorf("%s: not a methodology version's JSON: %w", methodFile, err)
	}
	if err := method.Validate(); err != nil {
		return fmt.Errorf("%s: %s", methodFile, describe(err))
	}
	f, err := os.Open(inputs)
	if err != nil {
		return err
	}
	defer f.Close()
	in, err := exchange.ReadRatingInputs(f)
	if err != nil {
		return fmt.Errorf("%s: %w", inputs, err)
	}
	p := in.Period
	if period != "" {
		if want, err := senim.ParseRatingPeriod(period); err != nil || want != p {
			return fmt.Errorf("%s holds the period %s, not %s", inputs, p, period)
		}
	}
	priors, scores := method.Compute(in.Deputies, in.Counts)
	rows := make([]senim.Scored, len(scores))
	for i := range scores {
		rows[i] = senim.Scored{Score: scores[i], Records: in.Counts[i]}
	}
	senim.SortScores(rows)
	run := &senim.RatingRun{Period: p, Method: method.Version, Priors: priors, Deputies: len(rows)}
	return exchange.WriteRatingScores(m.Stdout, run, rows, in.Roster)
}
