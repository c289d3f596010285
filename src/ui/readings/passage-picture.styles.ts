/** Styles of `<lawdiff-passage-picture>` (see passage-picture.ts): the grid, the marks by kind, the legend and the caption. */
import { css } from 'lit';

/** Distance between cells, and the size of a mark inside one. */
export const PITCH = 10;
export const MARK = 8;
/** The reading numbers' column, the chapter band above each block, the space between blocks. */
export const LABEL_W = 20;
export const BAND_H = 14;
export const BLOCK_GAP = 10;

export const passagePictureStyles = css`
  :host {
    display: block;
    --pic-ins: var(--ld-ins, #0b6b3a);
    --pic-del: var(--ld-del, #b3261e);
    --pic-move: var(--ld-move, #4b2fa0);
    --pic-change: #8a5a00;
    --pic-band-a: var(--ld-rule);
    --pic-band-b: var(--ld-accent-soft);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --pic-ins: var(--ld-ins, #8fd9a8);
      --pic-del: var(--ld-del, #ffb4ab);
      --pic-move: var(--ld-move, #cdbdff);
      --pic-change: #f0c56a;
    }
  }
  h2 { font-size: 1rem; margin: 0 0 0.2rem; }
  .hint, .keys { margin: 0 0 0.5rem; font-size: 0.85rem; color: var(--ld-muted); }
  .readings { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; margin: 0 0 0.5rem; padding: 0; list-style: none; font-size: 0.85rem; }
  .readings .n { display: inline-block; min-width: 1.3em; font-weight: 700; font-variant-numeric: tabular-nums; }
  .readings .gap { color: var(--ld-muted); }
  .legend { display: flex; flex-wrap: wrap; gap: 0.25rem 0.9rem; margin: 0 0 0.6rem; padding: 0; list-style: none; font-size: 0.8rem; }
  .legend li { display: inline-flex; align-items: center; gap: 0.3rem; white-space: nowrap; }
  .legend svg { flex: none; }
  /* contain: the picture's width follows the host's, never the other way round (it is drawn for the width measured). */
  .picture { position: relative; max-width: 100%; overflow-x: auto; border-radius: 4px; contain: inline-size; }
  .picture:focus-visible { outline: 2px solid var(--ld-focus); outline-offset: 2px; }
  /* Sizes and places come in as custom properties (cssVars): the CSP allows no style attributes. */
  .canvas { position: relative; overflow: hidden; width: calc(var(--w) * var(--zoom)); height: calc(var(--h) * var(--zoom)); }
  .units { position: absolute; left: 0; top: 0; width: var(--w); height: var(--h); transform: scale(var(--zoom)); transform-origin: 0 0; }
  svg.grid { display: block; cursor: pointer; touch-action: manipulation; }
  .band-title {
    position: absolute; left: var(--x); top: var(--y); max-width: var(--w); height: ${BAND_H - 2}px; line-height: ${BAND_H - 2}px; padding: 0 3px; font-size: 10px;
    color: var(--ld-text); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; pointer-events: none;
  }
  .num { position: absolute; left: 0; top: var(--y); width: ${LABEL_W - 4}px; text-align: right; font-size: 9px; line-height: ${PITCH}px; color: var(--ld-text); font-variant-numeric: tabular-nums; pointer-events: none; }
  .ring { position: absolute; left: var(--x); top: var(--y); width: ${PITCH + 4}px; height: ${PITCH + 4}px; border: 2px solid var(--ld-focus); border-radius: 2px; pointer-events: none; }
  .caption { min-height: 2.6em; margin: 0.4rem 0 0; font-size: 0.88rem; }
  .caption .excerpt { display: block; color: var(--ld-muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .k-first, .k-unchanged { fill: var(--ld-faint); }
  .k-unchanged { fill: color-mix(in srgb, var(--ld-faint) 55%, transparent); }
  .k-renumbered, .k-references { fill: var(--ld-muted); }
  .k-reworded { fill: var(--pic-change); }
  .k-inserted { fill: var(--pic-ins); }
  .k-moved { fill: var(--pic-move); }
  .k-deleted, .k-merged-away { fill: none; stroke: var(--pic-del); stroke-width: 1.6; }
  .k-split, .k-merged { fill: none; stroke: var(--ld-accent); stroke-width: 1.6; }
  .k-gap { fill: url(#ld-pic-hatch); }
  .hatch { stroke: var(--ld-faint); }
  .band-a { fill: var(--pic-band-a); }
  .band-b { fill: var(--pic-band-b); }
  .l-split, .l-merge { fill: none; stroke: var(--ld-accent); stroke-width: 1; opacity: 0.8; }
  .l-move { fill: none; stroke: var(--pic-move); stroke-width: 1; stroke-dasharray: 2 1.5; }
  .focus-row { fill: var(--ld-accent-soft); stroke: var(--ld-accent); stroke-width: 1; }
  @media print {
    :host { --pic-ins: #000; --pic-del: #000; --pic-move: #000; --pic-change: #000; --pic-band-a: #eee; --pic-band-b: #fff; --ld-accent: #000; --ld-muted: #333; --ld-faint: #555; }
    .keys, .caption { display: none; }
    .picture { overflow: visible; }
    .ring { display: none; }
  }
`;
