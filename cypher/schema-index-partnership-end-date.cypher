// asOf filter (active-at) on the end date.
CREATE INDEX partnership_end_date IF NOT EXISTS
FOR (n:Partnership) ON (n.endDate)
