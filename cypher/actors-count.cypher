// totalCount of an actor listing: the actors passing the filter.
MATCH (a:Actor)
// include: actor-filter
RETURN count(a) AS total
