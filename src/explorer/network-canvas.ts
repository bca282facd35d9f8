import Graph from 'graphology';
import Sigma from 'sigma';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import { LABEL_GAP, placeLabels, type LabelCandidate, type PlacedLabel } from './label-layout';
import { LOST_TIE, tieKey } from './marks';
import type { NetworkView } from './queries';

const DIMMED = '#e4e4e4';
const EDGE = '#c9c9c9';
/** Above this many ties, ties are hidden while the view moves, so panning a 5k-actor network stays fluid. */
const HIDE_EDGES_WHILE_MOVING = 3000;
/** Labels are planned again once the camera has stopped for this long (a zoom changes what overlaps). */
const REPLAN_AFTER_MS = 120;

/** What a "what if" scenario marks on the drawing: the actors leaving, those cut off, the ties left. */
export interface ScenarioMarks {
  removed: readonly string[];
  cutOff: readonly string[];
  /** The ties of the network without the scenario's actors: a drawn tie not among them is lost. */
  remaining: readonly { source: string; target: string }[];
}

/** Sigma's label, where the label plan put it (right of its node, as sigma draws it, by default). */
const drawPlacedLabel: NodeLabelDrawingFunction = (context, data, settings) => {
  if (!data.label) return;
  context.fillStyle = settings.labelColor.color ?? '#000';
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const offset = (data as { labelOffset?: { dx: number; dy: number } }).labelOffset;
  if (offset) context.fillText(data.label, data.x + offset.dx, data.y + offset.dy);
  else context.fillText(data.label, data.x + data.size + LABEL_GAP, data.y + settings.labelSize / 3);
};

/**
 * The network drawn with sigma.js (WebGL) over a graphology graph: positions are the server's ForceAtlas2
 * layout, colour is the sector, size the chosen metric. Clicking an actor selects it: it and its partners
 * stay in colour, the rest fade.
 */
export class NetworkCanvas {
  private readonly graph = new Graph({ type: 'undirected', multi: false });
  private readonly renderer: Sigma;
  private selected: string | undefined;
  private neighbours = new Set<string>();
  /** A scenario's marks: the actors kept in colour, and the lost ties (by graph edge key). */
  private marks: { lit: Set<string>; lost: Set<string> } | undefined;
  /** Where each label is drawn (placeLabels): a node not in it has no label drawn. */
  private labels = new Map<string, PlacedLabel>();
  private replanTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly measure = document.createElement('canvas').getContext('2d');
  private readonly dashes: HTMLCanvasElement;

  constructor(container: HTMLElement, onSelect: (actorId: string) => void) {
    this.renderer = new Sigma(this.graph, container, {
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 7,
      labelFont: 'system-ui, sans-serif',
      labelSize: 12,
      zIndex: true,
      // The network may arrive while its tab is hidden (no size); `resize` draws it when shown.
      allowInvalidContainer: true,
      defaultEdgeColor: EDGE,
      defaultDrawNodeLabel: drawPlacedLabel,
      nodeReducer: (node, data) => {
        const placed = this.labels.get(node);
        // The label plan, not sigma's label grid, says which labels are drawn: forceLabel draws them all.
        const label = {
          label: placed ? data.label : null,
          forceLabel: placed !== undefined,
          labelOffset: placed && { dx: placed.dx, dy: placed.dy },
        };
        if (!this.isLit(node)) return { ...data, color: DIMMED, label: null, zIndex: 0 };
        return { ...data, ...label, zIndex: 1 };
      },
      edgeReducer: (edge, data) => {
        // A tie not documented is hidden here and drawn dashed by drawDashes.
        const hidden = data.evidence !== 'DOCUMENTED';
        if (this.marks) {
          const lost = this.marks.lost.has(edge);
          return {
            ...data,
            color: lost ? LOST_TIE : DIMMED,
            size: lost ? 3 : data.size,
            hidden,
            zIndex: +lost,
          };
        }
        const visible = this.selected === undefined || this.graph.hasExtremity(edge, this.selected);
        const colour = this.selected === undefined ? data.color : '#888888';
        return { ...data, color: colour, hidden: !visible || hidden };
      },
    });
    // Ties not documented are drawn dashed over the WebGL layer (sigma draws solid lines only).
    this.dashes = this.renderer.createCanvas('dashed-edges', { afterLayer: 'edges' });
    this.dashes.style.pointerEvents = 'none';
    this.renderer.on('afterRender', () => this.drawDashes());
    this.renderer.on('clickNode', ({ node }) => onSelect(node));
    this.renderer.on('clickStage', () => this.select(undefined));
    this.renderer.on('enterNode', () => container.classList.add('pointing'));
    this.renderer.on('leaveNode', () => container.classList.remove('pointing'));
    this.renderer.getCamera().on('updated', () => {
      clearTimeout(this.replanTimer);
      this.replanTimer = setTimeout(() => this.planLabels(), REPLAN_AFTER_MS);
    });
  }

  /**
   * The renderer, for what reads the drawing as sigma made it (label positions and sizes: the browser
   * test checks from them that no two labels overlap).
   */
  get sigma(): Sigma {
    return this.renderer;
  }

  /** Whether a node is drawn in colour: all are, unless a scenario or a selection picks some out. */
  private isLit(node: string): boolean {
    if (this.marks) return this.marks.lit.has(node);
    return this.selected === undefined || node === this.selected || this.neighbours.has(node);
  }

  /**
   * Chooses the labels to draw where they stand now (placeLabels: the largest nodes first, none over
   * another), then redraws. Run when the network, the selection or the camera change.
   */
  private planLabels(): void {
    const { width, height } = this.renderer.getDimensions();
    const settings = this.renderer.getSettings();
    const context = this.measure;
    const candidates: LabelCandidate[] = [];
    if (context && width > 0 && height > 0) {
      context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
      this.graph.forEachNode((node, attributes) => {
        const data = this.renderer.getNodeDisplayData(node);
        if (!data || data.hidden || !this.isLit(node) || typeof attributes.label !== 'string') return;
        const size = this.renderer.scaleSize(data.size);
        // The selected actor is named whatever its size; the others as sigma would (big enough).
        if (node !== this.selected && size < settings.labelRenderedSizeThreshold) return;
        const { x, y } = this.renderer.framedGraphToViewport(data);
        if (x < -width / 2 || x > width * 1.5 || y < -height / 2 || y > height * 1.5) return;
        const labelWidth = context.measureText(attributes.label).width;
        const weight = node === this.selected ? Infinity : size;
        candidates.push({ key: node, x, y, size, width: labelWidth, weight });
      });
    }
    this.labels = placeLabels(candidates, settings.labelSize, {
      left: 0,
      top: 0,
      right: width,
      bottom: height,
    });
    this.renderer.refresh();
  }

  /** Draws `view` in place of what was drawn; the selection stays if its actor is still there. */
  show(view: NetworkView): void {
    this.graph.clear();
    for (const node of view.nodes)
      this.graph.addNode(node.id, {
        label: node.name,
        x: node.x ?? 0,
        y: node.y ?? 0,
        size: node.size,
        color: node.colour,
      });
    for (const edge of view.edges)
      this.graph.addEdge(edge.source, edge.target, {
        size: Math.min(0.5 + edge.weight, 4),
        color: EDGE,
        evidence: edge.evidence,
      });
    this.renderer.setSetting('hideEdgesOnMove', view.edgeCount > HIDE_EDGES_WHILE_MOVING);
    if (this.selected !== undefined && !this.graph.hasNode(this.selected)) this.selected = undefined;
    this.marks = undefined;
    this.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    // Sigma places the new nodes on screen (it would at the next frame): the label plan needs them there.
    this.renderer.refresh();
    this.select(this.selected, false);
  }

  /**
   * Marks a scenario on the drawing (undefined: none): the actors leaving and those cut off stay in
   * colour, the ties lost are red, the rest fades. Returns how many drawn ties are lost.
   */
  mark(scenario: ScenarioMarks | undefined): number {
    if (scenario === undefined) {
      this.marks = undefined;
    } else {
      const remaining = new Set(scenario.remaining.map((tie) => tieKey(tie.source, tie.target)));
      const lost = new Set(this.graph.filterEdges((_edge, _data, a, b) => !remaining.has(tieKey(a, b))));
      const lit = new Set([...scenario.removed, ...scenario.cutOff]);
      for (const edge of lost) for (const end of this.graph.extremities(edge)) lit.add(end);
      this.marks = { lit, lost };
    }
    this.planLabels();
    return this.marks?.lost.size ?? 0;
  }

  /** The ties that are not documented, dashed, on their own canvas above sigma's edges. */
  private drawDashes(): void {
    const { width, height } = this.renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (
      this.dashes.width !== Math.round(width * ratio) ||
      this.dashes.height !== Math.round(height * ratio)
    ) {
      this.dashes.width = Math.round(width * ratio);
      this.dashes.height = Math.round(height * ratio);
      this.dashes.style.width = `${width}px`;
      this.dashes.style.height = `${height}px`;
    }
    const context = this.dashes.getContext('2d');
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    context.setLineDash([5, 4]);
    this.graph.forEachEdge((edge, data, source, target) => {
      if (data.evidence === 'DOCUMENTED') return;
      const lost = this.marks?.lost.has(edge) ?? false;
      if (this.marks && !lost) return;
      if (!this.marks && this.selected !== undefined && source !== this.selected && target !== this.selected)
        return;
      const a = this.renderer.getNodeDisplayData(source);
      const b = this.renderer.getNodeDisplayData(target);
      if (!a || !b) return;
      const from = this.renderer.framedGraphToViewport(a);
      const to = this.renderer.framedGraphToViewport(b);
      context.strokeStyle = lost ? LOST_TIE : this.selected === undefined ? EDGE : '#888888';
      context.lineWidth = lost ? 2.5 : Math.max(1, Math.min(0.5 + (data.size as number), 4) / 2);
      context.beginPath();
      context.moveTo(from.x, from.y);
      context.lineTo(to.x, to.y);
      context.stroke();
    });
  }

  /** Fits the drawing to its container again, once that is shown. */
  resize(): void {
    this.renderer.resize();
    this.planLabels();
  }

  /** The actor's name as drawn, or its id when it is not drawn. */
  nameOf(actorId: string): string {
    return this.graph.hasNode(actorId) ? String(this.graph.getNodeAttribute(actorId, 'label')) : actorId;
  }

  has(actorId: string): boolean {
    return this.graph.hasNode(actorId);
  }

  /** Highlights an actor and its partners (undefined: none) and, with `focus`, moves the view onto it. */
  select(actorId: string | undefined, focus = true): void {
    this.selected = actorId !== undefined && this.graph.hasNode(actorId) ? actorId : undefined;
    this.neighbours = new Set(this.selected === undefined ? [] : this.graph.neighbors(this.selected));
    this.planLabels();
    if (focus && this.selected !== undefined) {
      const position = this.renderer.getNodeDisplayData(this.selected);
      if (position)
        void this.renderer
          .getCamera()
          .animate({ x: position.x, y: position.y, ratio: 0.6 }, { duration: 400 });
    }
  }

  kill(): void {
    clearTimeout(this.replanTimer);
    this.renderer.kill();
  }
}
