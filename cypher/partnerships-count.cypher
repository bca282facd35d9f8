// totalCount of a partnership listing: the partnerships passing the filter.
MATCH (p:Partnership)
// include: partnership-filter
RETURN count(p) AS total
