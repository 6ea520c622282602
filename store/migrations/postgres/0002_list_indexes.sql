-- Staff lists of an oblast or a district, newest first: an equality on the
-- code's leading digits walks the index in order, where a range of codes
-- would have to sort every appeal of the subtree.
CREATE INDEX appeals_region_received ON appeals (substr(territory, 1, 2), received_on);
CREATE INDEX appeals_district_received ON appeals (substr(territory, 1, 4), received_on);
