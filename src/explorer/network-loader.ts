import { ApiError, type ApiClient } from './api';
import { networkVariables, placed, type ExplorerState, type Positions } from './explorer-state';
import { NETWORK, POSITIONS, type NetworkView, type PositionsAnswer } from './queries';

/**
 * Fetches the network to draw, placed: the whole network and an ego network by their own layout, a
 * filtered one where its actors stand in the whole network (whose positions are kept per revision).
 */
export class NetworkLoader {
  /** The whole network's positions, at the revision they were laid out for. */
  private whole: { revision: number; positions: Positions } | undefined;

  constructor(private readonly api: ApiClient) {}

  async fetch(state: ExplorerState): Promise<NetworkView> {
    const variables = networkVariables(state);
    const { network } = await this.api.query<{ network: NetworkView }>(NETWORK, variables);
    if (variables.layout) {
      if (variables.ego === undefined)
        this.whole = { revision: network.revision, positions: positionsOf(network.nodes) };
      return network;
    }
    const whole = await this.wholePositions(network.revision);
    const nodes = whole && placed(network.nodes, whole);
    if (nodes) return { ...network, nodes };
    // The whole network is too large to lay out (over 10 000 actors), or an actor its layout does not
    // know was written in between: lay this view out on its own.
    return (await this.api.query<{ network: NetworkView }>(NETWORK, { ...variables, layout: true })).network;
  }

  /** The whole network's positions at `revision`, or undefined where the server will not lay it out. */
  private async wholePositions(revision: number): Promise<Positions | undefined> {
    if (this.whole?.revision === revision) return this.whole.positions;
    try {
      const { network } = await this.api.query<PositionsAnswer>(POSITIONS);
      this.whole = { revision: network.revision, positions: positionsOf(network.nodes) };
      return this.whole.positions;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'ANALYTICS_LIMIT_EXCEEDED') return undefined;
      throw error;
    }
  }
}

function positionsOf(nodes: readonly { id: string; x: number | null; y: number | null }[]): Positions {
  return new Map(nodes.map((node) => [node.id, { x: node.x ?? 0, y: node.y ?? 0 }]));
}
