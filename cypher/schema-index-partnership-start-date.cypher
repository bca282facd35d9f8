// asOf filter (active-at) on the start date.
CREATE INDEX partnership_start_date IF NOT EXISTS
FOR (n:Partnership) ON (n.startDate)
