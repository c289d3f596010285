/**
 * `<lawdiff-passage-picture>`: every article of a law × every reading, one
 * mark per cell saying what that reading did to the article (by shape and
 * pattern, not colour alone), the chapters as bands, splits, merges and moves
 * as links between the readings' lines. Answers "where did this law change,
 * and in which reading?" in one look.
 *
 * The grid wraps: a block shows as many consecutive articles as the width
 * holds, one line per reading. For speed (the BGB has 2,500 articles × 3
 * readings) each kind of mark is ONE `<path>` whose `d` is built here, and the
 * pointer is hit-tested by coordinates: no element per cell. This is why the
 * file is long.
 */
import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { passagePicture, pictureKinds, type PassagePicture, type PictureKind } from '../../present/passage-model.js';
import type { History } from '../../diff/index.js';
import type { VersionDoc, VersionInfo } from '../../model/types.js';
import { strings, formatCount } from '../../present/strings.js';
import { pictureStrings } from '../../present/locales/picture/index.js';
import { isolate } from '../../model/bidi.js';
import { OpenHistoryEvent } from '../common/events.js';
import { base } from '../common/theme.js';
import { cssVars } from '../common/css-vars.js';
import { BAND_H, BLOCK_GAP, LABEL_W, MARK, PITCH, passagePictureStyles } from './passage-picture.styles.js';


/** The marks drawn, and the links. */
type Drawn = Exclude<PictureKind, 'absent'>;

/** A mark's outline at (x, y) (its box's top left corner), as path data; `s` is its size. */
export function markPath(kind: PictureKind, x: number, y: number, s = MARK): string {
  const cx = x + s / 2;
  const cy = y + s / 2;
  const ring = `M${x} ${y}h${s}v${s}h${-s}ZM${x + 1.25} ${y + 1.25}v${s - 2.5}h${s - 2.5}v${-(s - 2.5)}Z`;
  switch (kind) {
    case 'first':
    case 'unchanged':
      return ring;
    case 'renumbered': {
      // The outline with a dot: same text, another number.
      const r = 1.6;
      return `${ring}M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
    }
    case 'references':
      // The outline with a bar: only cross-references changed.
      return `${ring}M${x + 2.25} ${cy - 0.75}h${s - 4.5}v1.5h${-(s - 4.5)}Z`;
    case 'reworded':
      // Half filled: the outline and its lower right triangle.
      return `${ring}M${x + 1.25} ${y + s - 1.25}L${x + s - 1.25} ${y + 1.25}V${y + s - 1.25}Z`;
    case 'inserted': {
      // Filled, with a plus cut out (even-odd).
      const a = 1.75;
      const w = 0.9;
      return (
        `M${x} ${y}h${s}v${s}h${-s}Z` +
        `M${cx - w} ${y + a}H${cx + w}V${cy - w}H${x + s - a}V${cy + w}H${cx + w}V${y + s - a}H${cx - w}V${cy + w}H${x + a}V${cy - w}H${cx - w}Z`
      );
    }
    case 'moved':
      return `M${cx} ${y - 0.5}L${x + s + 0.5} ${cy}L${cx} ${y + s + 0.5}L${x - 0.5} ${cy}Z`;
    case 'deleted':
      return `M${x + 0.5} ${y + 0.5}L${x + s - 0.5} ${y + s - 0.5}M${x + s - 0.5} ${y + 0.5}L${x + 0.5} ${y + s - 0.5}`;
    case 'merged-away':
      return `M${x + 1} ${y + 0.5}L${x + s - 1} ${cy}L${x + 1} ${y + s - 0.5}M${x + s - 0.5} ${y + 0.5}V${y + s - 0.5}`;
    case 'split':
      return `M${x} ${cy}H${cx}M${x + s} ${y + 0.5}L${cx} ${cy}L${x + s} ${y + s - 0.5}`;
    case 'merged':
      return `M${x} ${y + 0.5}L${cx} ${cy}L${x} ${y + s - 0.5}M${cx} ${cy}H${x + s}`;
    case 'gap':
      return `M${x} ${y}h${s}v${s}h${-s}Z`;
    case 'absent':
      return '';
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** Where the grid puts things, for a picture at a width. */
interface Layout {
  /** Articles per block. */
  perBlock: number;
  /** How much larger than its units the picture is drawn: a short law gets larger marks. */
  zoom: number;
  blocks: number;
  blockH: number;
  width: number;
  height: number;
}

function layoutOf(p: PassagePicture, width: number): Layout {
  const fit = (width - 2) / (LABEL_W + p.rows.length * PITCH + 2);
  const zoom = p.rows.length <= 400 ? Math.min(1.8, Math.max(1.4, fit)) : 1;
  const perBlock = Math.max(8, Math.floor((width / zoom - LABEL_W - 2) / PITCH));
  const blocks = Math.max(1, Math.ceil(p.rows.length / perBlock));
  const blockH = BAND_H + p.columns.length * PITCH + BLOCK_GAP;
  return { perBlock, zoom, blocks, blockH, width: LABEL_W + Math.min(perBlock, p.rows.length) * PITCH + 2, height: blocks * blockH };
}

/** The top left corner of a cell's box. */
function cellXY(l: Layout, row: number, column: number): [number, number] {
  const block = Math.floor(row / l.perBlock);
  return [LABEL_W + (row % l.perBlock) * PITCH, block * l.blockH + BAND_H + column * PITCH];
}

/** The drawing: path data per mark kind, per link kind, for the bands and gaps. */
interface Drawing {
  marks: Record<Drawn, string>;
  bands: [string, string];
  links: { split: string; merge: string; move: string };
  /** Chapter titles where a band starts in a block (and at each block's start). */
  titles: { x: number; y: number; w: number; title: string }[];
}

/** Builds every path of the picture in one pass over its cells. */
export function drawPicture(p: PassagePicture, l: Layout): Drawing {
  const parts = Object.fromEntries(pictureKinds.map((k) => [k, [] as string[]])) as Record<PictureKind, string[]>;
  const inset = (PITCH - MARK) / 2;
  p.rows.forEach((r, i) => {
    r.kinds.forEach((k, c) => {
      if (k === 'absent' || k === 'gap') return;
      const [x, y] = cellXY(l, i, c);
      parts[k].push(markPath(k, x + inset, y + inset));
    });
  });
  // Gaps: one hatched strip per block and gap reading.
  p.columns.forEach((col, c) => {
    if (col.index >= 0) return;
    for (let b = 0; b < l.blocks; b++) {
      const n = Math.min(l.perBlock, p.rows.length - b * l.perBlock);
      const [x, y] = cellXY(l, b * l.perBlock, c);
      parts.gap.push(`M${x} ${y + 0.5}h${n * PITCH}v${PITCH - 1}h${-n * PITCH}Z`);
    }
  });
  const bands: [string[], string[]] = [[], []];
  const titles: Drawing['titles'] = [];
  p.bands.forEach((band, b) => {
    for (let start = band.start; start < band.end; ) {
      const block = Math.floor(start / l.perBlock);
      const end = Math.min(band.end, (block + 1) * l.perBlock);
      const [x] = cellXY(l, start, 0);
      const y = block * l.blockH;
      const w = (end - start) * PITCH;
      bands[b % 2]!.push(`M${x} ${y + 2}h${w}v${BAND_H - 3}h${-w}Z`);
      if (band.title && w >= 3 * PITCH) titles.push({ x, y, w, title: band.title });
      start = end;
    }
  });
  const links = { split: [] as string[], merge: [] as string[], move: [] as string[] };
  const centre = (row: number, column: number): [number, number] => {
    const [x, y] = cellXY(l, row, column);
    return [x + PITCH / 2, y + PITCH / 2];
  };
  const sameBlock = (a: number, b: number) => Math.floor(a / l.perBlock) === Math.floor(b / l.perBlock);
  const curve = (x1: number, y1: number, x2: number, y2: number) => `M${x1} ${y1}C${x1} ${(y1 + y2) / 2} ${x2} ${(y1 + y2) / 2} ${x2} ${y2}`;
  /** A short stroke from a cell towards a place in another block (up when it is before). */
  const stub = (row: number, column: number, towards: number) => {
    const [x, y] = centre(row, column);
    const d = towards < row ? -1 : 1;
    return `M${x} ${y}l${d * 4} -6`;
  };
  for (const link of p.links) {
    if (link.kind === 'move') {
      const after = link.from.after;
      const to = link.to;
      if (sameBlock(Math.max(after, 0), to.row)) {
        const [x2, y2] = centre(to.row, to.column);
        const [cx, cy] = cellXY(l, Math.max(after, 0), link.from.column);
        const x1 = after < 0 ? cx : cx + PITCH;
        const y1 = cy + PITCH / 2;
        links.move.push(`M${x1} ${y1 - 4}V${y1 + 4}` + curve(x1, y1, x2, y2));
      } else links.move.push(stub(to.row, to.column, after));
      continue;
    }
    const { from, to } = link;
    const out = link.kind === 'split' ? links.split : links.merge;
    if (sameBlock(from.row, to.row)) out.push(curve(...centre(from.row, from.column), ...centre(to.row, to.column)));
    else out.push(stub(to.row, to.column, from.row));
  }
  const marks = Object.fromEntries(pictureKinds.filter((k) => k !== 'absent').map((k) => [k, parts[k].join('')])) as Record<Drawn, string>;
  return { marks, bands: [bands[0].join(''), bands[1].join('')], links: { split: links.split.join(''), merge: links.merge.join(''), move: links.move.join('') }, titles };
}

/** A cell's caption: the article, the reading, what happened to it there (and its number before, and its chapter). */
function captionOf(p: PassagePicture, row: number, column: number): string {
  const r = p.rows[row]!;
  const cell = r.cells[column]!;
  const reading = p.columns[column]!.version.label;
  let text: string;
  switch (cell.kind) {
    case 'gap':
      text = pictureStrings().cell(r.label, reading, strings.entryStatus[cell.reason] ?? cell.reason);
      break;
    case 'absent':
      text = pictureStrings().cell(r.label, reading, strings.entryStatus.absent ?? '');
      break;
    case 'ended':
      text = pictureStrings().cell(
        previousLabel(p, row, column)?.label ?? r.label,
        reading,
        cell.how === 'merged' && cell.into ? strings.concordanceMergedInto(cell.into.label) : (strings.entryStatus.deleted ?? ''),
      );
      break;
    case 'present': {
      const kind = r.kinds[column]!;
      let what = kind === 'moved' ? pictureStrings().movedAnd(strings.entryStatus[cell.status] ?? cell.status) : (strings.entryStatus[kind] ?? kind);
      if (cell.from) what = pictureStrings().withNote(what, strings.concordanceSplitFrom(cell.from.label));
      text = pictureStrings().cell(cell.label, reading, what);
      const before = previousLabel(p, row, column);
      if (before && before.label !== cell.label) text = pictureStrings().withNote(text, pictureStrings().was(before.label, before.reading));
      break;
    }
    default: {
      const never: never = cell;
      return never;
    }
  }
  const band = p.bands[r.band]!.title;
  return band ? pictureStrings().inDivision(text, band) : text;
}

/** The article's number in the nearest earlier reading that has it. */
function previousLabel(p: PassagePicture, row: number, column: number): { label: string; reading: string } | undefined {
  const r = p.rows[row]!;
  for (let c = column - 1; c >= 0; c--) {
    const cell = r.cells[c]!;
    if (cell.kind === 'present') return { label: cell.label, reading: p.columns[c]!.version.label };
    if (cell.kind !== 'gap') return undefined;
  }
  return undefined;
}

@customElement('lawdiff-passage-picture')
export class LawdiffPassagePicture extends LitElement {
  static override styles = [base, passagePictureStyles];

  @property({ attribute: false }) history: History | undefined;
  @property({ attribute: false }) docs: Readonly<Record<string, VersionDoc>> = {};
  @property({ attribute: false }) versions: readonly VersionInfo[] = [];
  /** A lineage key to mark (the article whose history is open). */
  @property() focusKey = '';

  /** The host's width (ResizeObserver). */
  @state() private width = 0;
  /** The cell named in the caption, and where the keyboard is. */
  @state() private active: { row: number; column: number } | undefined;
  @state() private focused = false;

  private picture: PassagePicture | undefined;
  private layout: Layout | undefined;
  private drawing: Drawing | undefined;
  private readonly resize = new ResizeObserver((entries) => {
    const w = Math.floor(entries[entries.length - 1]?.contentRect.width ?? 0);
    if (w && w !== this.width) this.width = w;
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
    this.width = Math.floor(this.getBoundingClientRect().width);
  }

  override disconnectedCallback(): void {
    this.resize.disconnect();
    super.disconnectedCallback();
  }

  /** The picture's model (built when its inputs change; for the page and tests). */
  get model(): PassagePicture | undefined {
    return this.picture;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    let rebuilt = false;
    if ((changed.has('history') || changed.has('docs') || changed.has('versions')) && this.history) {
      this.picture = passagePicture(this.history, this.docs, this.versions);
      this.active = undefined;
      rebuilt = true;
    }
    if (!this.picture) return;
    const layout = layoutOf(this.picture, this.width || 720);
    if (rebuilt || !this.layout || layout.perBlock !== this.layout.perBlock || layout.zoom !== this.layout.zoom) {
      this.layout = layout;
      this.drawing = drawPicture(this.picture, layout);
    }
    if (changed.has('focusKey') && this.focusKey && !this.active) {
      const row = this.picture.rowOf.get(this.focusKey);
      if (row !== undefined) this.active = { row, column: this.picture.columns.length - 1 };
    }
  }

  override render() {
    const p = this.picture;
    const l = this.layout;
    const d = this.drawing;
    if (!p || !l || !d) return nothing;
    const lang = this.docs[this.history?.versionIds[0] ?? '']?.language ?? '';
    const t = pictureStrings();
    return html`<h2 id="picture-heading">${t.heading}</h2>
      <p class="hint">${t.hint}</p>
      <p class="section-label" id="picture-readings">${t.readings}</p>
      <ol class="readings" aria-labelledby="picture-readings">
        ${p.columns.map(
          (c, i) =>
            html`<li class=${c.index < 0 ? 'gap' : ''}><span class="n">${formatCount(i + 1)}</span>
              <span translate="no">${c.index < 0 ? t.readingGap(c.version.label) : isolate(c.version.label)}</span></li>`,
        )}
      </ol>
      ${this.renderLegend(p)}
      <p class="keys" id="picture-keys">${t.keys}</p>
      <div
        class="picture"
        tabindex="0"
        role="application"
        aria-label=${this.summary(p)}
        aria-describedby="picture-keys"
        @keydown=${this.onKey}
        @focus=${() => {
          this.focused = true;
          this.active ??= { row: 0, column: p.columns.length - 1 };
        }}
        @blur=${() => (this.focused = false)}
      >
        <div class="canvas" ${cssVars({ '--w': `${l.width}px`, '--h': `${l.height}px`, '--zoom': String(l.zoom) })}>
        <div class="units">
        <svg
          class="grid"
          aria-hidden="true"
          width=${l.width}
          height=${l.height}
          viewBox="0 0 ${l.width} ${l.height}"
          @pointermove=${this.onPointer}
          @pointerleave=${() => !this.focused && (this.active = undefined)}
          @click=${this.onClick}
        >
          <defs>
            <pattern id="ld-pic-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line class="hatch" x1="0" y1="0" x2="0" y2="4" stroke-width="1.5"></line>
            </pattern>
          </defs>
          <path class="band-a" d=${d.bands[0] || 'M0 0'}></path>
          <path class="band-b" d=${d.bands[1] || 'M0 0'}></path>
          ${this.renderFocusRow(p, l)}
          ${pictureKinds.map((k) =>
            k === 'absent'
              ? svg`<path data-kind="absent" data-count=${this.total(p, k)} d="M0 0"></path>`
              : svg`<path class="k-${k}" data-kind=${k} data-count=${this.total(p, k)} fill-rule="evenodd" d=${d.marks[k] || 'M0 0'}></path>`,
          )}
          <path class="l-split" data-kind="link-split" data-count=${p.links.filter((x) => x.kind === 'split').length} d=${d.links.split || 'M0 0'}></path>
          <path class="l-merge" data-kind="link-merge" data-count=${p.links.filter((x) => x.kind === 'merge').length} d=${d.links.merge || 'M0 0'}></path>
          <path class="l-move" data-kind="link-move" data-count=${p.links.filter((x) => x.kind === 'move').length} d=${d.links.move || 'M0 0'}></path>
        </svg>
        ${d.titles.map(
          (b) =>
            html`<span class="band-title" ${cssVars({ '--x': `${b.x}px`, '--y': `${b.y + 2}px`, '--w': `${b.w}px` })} lang=${lang} translate="no" aria-hidden="true">${b.title}</span>`,
        )}
        ${Array.from({ length: l.blocks }, (_, b) =>
          p.columns.map(
            (_c, c) => html`<span class="num" ${cssVars({ '--y': `${b * l.blockH + BAND_H + c * PITCH}px` })} aria-hidden="true">${formatCount(c + 1)}</span>`,
          ),
        )}
        ${this.renderRing(l)}
        </div>
        </div>
      </div>
      ${this.renderCaption(p, lang)}`;
  }

  private renderLegend(p: PassagePicture) {
    const t = pictureStrings();
    const glyph = (k: PictureKind) =>
      html`<svg width="12" height="12" viewBox="-2 -2 12 12" aria-hidden="true"><path class="k-${k}" fill-rule="evenodd" d=${markPath(k, 0, 0)}></path></svg>`;
    const line = (cls: string) => html`<svg width="18" height="12" viewBox="0 0 18 12" aria-hidden="true"><path class=${cls} d="M1 10C1 5 17 7 17 2"></path></svg>`;
    return html`<p class="section-label" id="picture-legend">${t.legend}</p>
      <ul class="legend" aria-labelledby="picture-legend">
        ${pictureKinds
          .filter((k) => k !== 'absent' && this.total(p, k) > 0)
          .map((k) => html`<li data-kind=${k}>${glyph(k)}<span>${t.legendEntry(this.kindName(k), this.total(p, k))}</span></li>`)}
        ${p.links.some((x) => x.kind !== 'move') ? html`<li>${line('l-split')}<span>${t.linkSplitMerge}</span></li>` : nothing}
        ${p.links.some((x) => x.kind === 'move') ? html`<li>${line('l-move')}<span>${t.linkMove}</span></li>` : nothing}
      </ul>`;
  }

  private renderFocusRow(p: PassagePicture, l: Layout) {
    const row = this.focusKey ? p.rowOf.get(this.focusKey) : undefined;
    if (row === undefined) return nothing;
    const [x, y] = cellXY(l, row, 0);
    return svg`<path class="focus-row" data-kind="focus-row" d="M${x} ${y}h${PITCH}v${p.columns.length * PITCH}h${-PITCH}Z"></path>`;
  }

  private renderRing(l: Layout) {
    if (!this.active) return nothing;
    const [x, y] = cellXY(l, this.active.row, this.active.column);
    return html`<span class="ring" ${cssVars({ '--x': `${x - 2}px`, '--y': `${y - 2}px` })}></span>`;
  }

  private renderCaption(p: PassagePicture, lang: string) {
    const a = this.active;
    const row = a ? p.rows[a.row] : undefined;
    return html`<p class="caption" aria-live="polite">
      ${a && row
        ? html`<span>${captionOf(p, a.row, a.column)}</span>
            ${row.excerpt ? html`<span class="excerpt" lang=${row.lang || lang} translate="no">${row.excerpt}</span>` : nothing}`
        : pictureStrings().idle}
    </p>`;
  }

  /** What a kind is called (the history's words for a status; the comparison's for a move). */
  private kindName(k: PictureKind): string {
    if (k === 'moved') return strings.kinds.moved ?? k;
    if (k === 'gap') return strings.entryStatus.unpublished ?? k;
    return strings.entryStatus[k] ?? k;
  }

  private total(p: PassagePicture, k: PictureKind): number {
    return p.counts.reduce((n, c) => n + c[k], 0);
  }

  private summary(p: PassagePicture): string {
    const t = pictureStrings();
    const changes = (['inserted', 'reworded', 'moved', 'deleted', 'merged-away', 'split', 'merged', 'renumbered', 'references'] as const)
      .filter((k) => this.total(p, k) > 0)
      .map((k) => t.summaryCount(this.kindName(k), this.total(p, k)))
      .join('; ');
    return t.summary(p.rows.length, p.columns.length, changes || t.noChanges);
  }

  /** The cell under a pointer, by coordinates. */
  private cellAt(e: MouseEvent): { row: number; column: number } | undefined {
    const p = this.picture;
    const l = this.layout;
    if (!p || !l) return undefined;
    const box = (e.currentTarget as SVGSVGElement).getBoundingClientRect();
    const x = (e.clientX - box.left) / l.zoom - LABEL_W;
    const y = (e.clientY - box.top) / l.zoom;
    const block = Math.floor(y / l.blockH);
    const column = Math.floor((y - block * l.blockH - BAND_H) / PITCH);
    const k = Math.floor(x / PITCH);
    const row = block * l.perBlock + k;
    if (x < 0 || k >= l.perBlock || column < 0 || column >= p.columns.length || row >= p.rows.length) return undefined;
    return { row, column };
  }

  private onPointer = (e: PointerEvent): void => {
    const cell = this.cellAt(e);
    if (cell && (cell.row !== this.active?.row || cell.column !== this.active.column)) this.active = cell;
  };

  private onClick = (e: MouseEvent): void => {
    const cell = this.cellAt(e);
    if (!cell) return;
    this.active = cell;
    this.open();
  };

  private open(): void {
    const row = this.active && this.picture?.rows[this.active.row];
    if (row) this.dispatchEvent(new OpenHistoryEvent(row.key));
  }

  private onKey = (e: KeyboardEvent): void => {
    const p = this.picture;
    const l = this.layout;
    if (!p || !l) return;
    const a = this.active ?? { row: 0, column: p.columns.length - 1 };
    const last = p.rows.length - 1;
    let { row, column } = a;
    switch (e.key) {
      case 'ArrowRight':
        row = Math.min(last, row + 1);
        break;
      case 'ArrowLeft':
        row = Math.max(0, row - 1);
        break;
      case 'ArrowDown':
        column = Math.min(p.columns.length - 1, column + 1);
        break;
      case 'ArrowUp':
        column = Math.max(0, column - 1);
        break;
      case 'PageDown':
        row = Math.min(last, row + l.perBlock);
        break;
      case 'PageUp':
        row = Math.max(0, row - l.perBlock);
        break;
      case 'Home':
        row = e.ctrlKey ? 0 : Math.floor(row / l.perBlock) * l.perBlock;
        break;
      case 'End':
        row = e.ctrlKey ? last : Math.min(last, Math.floor(row / l.perBlock) * l.perBlock + l.perBlock - 1);
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.active = a;
        this.open();
        return;
      default:
        return;
    }
    e.preventDefault();
    this.active = { row, column };
    void this.updateComplete.then(() => this.renderRoot.querySelector('.ring')?.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lawdiff-passage-picture': LawdiffPassagePicture;
  }
}
