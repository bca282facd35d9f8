import type { ApiClient } from './api';
import { byId, el, fill } from './dom';
import { exportSearch, selectsNothing, type ExplorerState } from './explorer-state';

/** The export formats of GET /export/network.<format>, with what each is for. */
const FORMATS: [format: string, label: string][] = [
  ['gexf', 'GEXF (Gephi)'],
  ['graphml', 'GraphML (yEd, Cytoscape, networkx)'],
  ['json', 'JSON (graphology, sigma.js)'],
  ['csv', 'CSV (nodes and edges, zipped)'],
  ['cypher', 'Cypher (Neo4j)'],
];

/**
 * The download menu: the network on screen as a file, with the same filters, ego network and node-size
 * metric, and the positions drawn. Fetched with the API key (a plain link could not send it) and saved
 * under the name the server gives.
 */
export class DownloadMenu {
  constructor(
    private readonly api: ApiClient,
    private readonly state: () => ExplorerState,
    private readonly fail: (error: unknown) => void,
  ) {
    fill(
      byId('download-list'),
      FORMATS.map(([format, label]) => {
        const button = el('button', { type: 'button', class: 'link', 'data-format': format }, label);
        button.addEventListener('click', () => void this.download(format, button));
        return el('div', {}, button);
      }),
    );
  }

  private async download(format: string, button: HTMLButtonElement): Promise<void> {
    const state = this.state();
    if (selectsNothing(state.filter)) {
      this.fail(new Error('The filters leave nothing to download: tick at least one sector and one kind.'));
      return;
    }
    button.disabled = true;
    try {
      const { blob, fileName } = await this.api.download(this.api.exportUrl(format, exportSearch(state)));
      const url = URL.createObjectURL(blob);
      const link = el('a', { href: url, download: fileName });
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      this.fail(error);
    } finally {
      button.disabled = false;
    }
  }
}
