-- The queue of an oblast or a district: its waiting appeals by deadline.
-- Without these the planner either walks every waiting appeal of the
-- country in deadline order, or sorts every appeal of the subtree.
CREATE INDEX appeals_region_deadline ON appeals (substr(territory, 1, 2), deadline, id)
	WHERE status IN ('registered', 'in_work', 'forwarded');
CREATE INDEX appeals_district_deadline ON appeals (substr(territory, 1, 4), deadline, id)
	WHERE status IN ('registered', 'in_work', 'forwarded');
