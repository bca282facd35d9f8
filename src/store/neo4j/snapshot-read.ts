import { UnavailableError, withEvidence, type NetworkFilter } from '../../domain';
import { networkSelection } from '../listing/filters';
import type { NetworkSnapshot } from '../network-store';
import { narrowedSnapshot } from '../snapshot-filter';
import { actorFilterParams, partnershipFilterParams } from './listing-queries';
import { currentRevision, pagedRecords, type Query } from './reads';

/** A snapshot re-reads when a write landed while it was read; after this many tries it gives up. */
const SNAPSHOT_ATTEMPTS = 5;

/**
 * What reads the selected network, page by page (`pageSize` rows per round trip, every kind at once), in
 * the read transaction it is given.
 * Neo4j reads are read-committed, so a write committing meanwhile could tear the snapshot: the revision
 * is read before and after, and the snapshot is read again when it moved. Analytics cache results by
 * revision, so a torn snapshot must never be labelled with one.
 */
export function snapshotReader(
  filter: NetworkFilter,
  pageSize: number,
): (query: Query) => Promise<NetworkSnapshot> {
  // Worked out before the transaction opens: a bad filter costs no round trip.
  const select = networkSelection(filter);
  const actorParams = actorFilterParams(select.actors, null);
  const partnershipParams = partnershipFilterParams(select.partnerships);
  return async (query) => {
    for (let attempt = 1; attempt <= SNAPSHOT_ATTEMPTS; attempt++) {
      // Every kind at once: the driver pipelines the statements of the transaction, and the server runs
      // them in the order sent, so the revision is read before any record.
      const page = pageSize;
      const [before, actors, partnerships, areas, themes, targetGroups] = await Promise.all([
        currentRevision(query),
        pagedRecords(query, 'actors', 'actors-page-id-asc', actorParams, page),
        pagedRecords(query, 'partnerships', 'partnerships-page-id-asc', partnershipParams, page),
        pagedRecords(query, 'areas', 'areas-ids-page', {}, page),
        pagedRecords(query, 'themes', 'themes-ids-page', {}, page),
        pagedRecords(query, 'targetGroups', 'target-groups-ids-page', {}, page),
      ]);
      const snapshot: NetworkSnapshot = {
        revision: before,
        actors,
        // Seen through the evidence filter, as the embedded store gives them (withEvidence).
        partnerships: partnerships.map((p) => withEvidence(p, filter.evidence)!),
        areas,
        themes,
        targetGroups,
      };
      if ((await currentRevision(query)) === before) return narrowedSnapshot(snapshot, filter);
    }
    throw new UnavailableError('the network kept changing while a snapshot was read; try again');
  };
}
