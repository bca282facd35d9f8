import { describeAudit } from './audit.contract';
import { contractContext, type StoreHarness } from './context';
import { describeDeletes } from './deletes.contract';
import { describeEntities } from './entities.contract';
import { describeIdentifiers } from './identifiers.contract';
import { describeLifecycle } from './lifecycle.contract';
import { describeLookups } from './lookups.contract';
import { describeActorListing } from './listing-actors.contract';
import { describePartnershipListing } from './listing-partnerships.contract';
import { describeProvenance } from './provenance.contract';
import { describeValidation } from './validation.contract';
import { describeWrites } from './writes.contract';

export type { StoreHarness } from './context';

/**
 * The NetworkStore contract: every adapter runs this suite unchanged, through the port only (no peeking
 * at files or databases). Each test opens its own store and builds its own small network.
 */
export function describeNetworkStoreContract(name: string, harness: StoreHarness): void {
  describe(`NetworkStore contract: ${name}`, () => {
    const ctx = contractContext(harness);
    describeEntities(ctx);
    describeWrites(ctx);
    describeValidation(ctx);
    describeDeletes(ctx);
    describeActorListing(ctx);
    describePartnershipListing(ctx);
    describeLookups(ctx);
    describeLifecycle(ctx);
    describeIdentifiers(ctx);
    describeAudit(ctx);
    describeProvenance(ctx);
  });
}
