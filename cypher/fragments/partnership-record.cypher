// The one projection of a whole partnership `p` with its links and each link's position (ord) in the list it
// came from (records.ts FROM_ROW reads it), included wherever partnerships are read.
p {
  .id, .title, .kind, .startDate, .endDate, .description, .source, .provenance, .tags,
  .startDatePrecision, .endDatePrecision, .startDateProvenance, .endDateProvenance,
  .currency, .totalCommitment, .totalDisbursement,
  participants: [(x:Actor)-[r:PARTICIPATES_IN]->(p) | {actorId: x.id, role: r.role, ord: r.ord, provenance: r.provenance}],
  areaIds: [(p)-[r:IN_AREA]->(area:Area) | {id: area.id, ord: r.ord, provenance: r.provenance}],
  themeIds: [(p)-[r:ON_THEME]->(theme:Theme) | {id: theme.id, ord: r.ord}],
  targetGroups: [
    (p)-[r:FOR_GROUP]->(g:TargetGroup) |
    {targetGroupId: g.id, targeted: r.targeted, reached: r.reached, ord: r.ord}
  ]
}
