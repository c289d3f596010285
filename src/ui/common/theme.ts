/**
 * The design tokens (custom properties set on `<lawdiff-app>`, inherited through
 * every shadow root) and the few rules every element shares: links, focus, badges.
 */
import { css } from 'lit';

/** Tokens; light by default, dark when the system asks for it. */
export const tokens = css`
  :host {
    --ld-font-ui: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial,
      'Noto Sans CJK SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', sans-serif;
    --ld-font-text: Charter, 'Bitstream Charter', 'Sitka Text', Cambria, 'Noto Serif', 'DejaVu Serif', Georgia, 'Noto Serif CJK SC',
      'Songti SC', serif;
    --ld-font-cjk: 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', sans-serif;
    --ld-font-cjk-hant: 'Noto Sans CJK TC', 'Source Han Sans TC', 'PingFang TC', 'Microsoft JhengHei', sans-serif;
    --ld-font-mono: ui-monospace, 'SFMono-Regular', 'DejaVu Sans Mono', Menlo, Consolas, monospace;

    --ld-bg: #f7f6f3;
    --ld-surface: #ffffff;
    --ld-text: #1d1d1f;
    --ld-muted: #5c5f66;
    --ld-faint: #676a71;
    --ld-border: #dcdad4;
    --ld-rule: #ebe9e4;
    --ld-accent: #1d4f91;
    --ld-accent-soft: #e6eef8;
    /** Text on an accent background (a primary button). */
    --ld-on-accent: #fff;
    --ld-focus: #2563c9;
    --ld-warn: #8a5a00;
    --ld-warn-bg: #fff6e0;
    --ld-warn-border: #e9cf8f;
    --ld-error: #9b1c1c;
    --ld-error-bg: #fdeeee;
    --ld-error-border: #efc0c0;
    --ld-badge: #6b3fa0;
    --ld-badge-bg: #f2ecfa;

    --ld-radius: 6px;
    --ld-space: 1rem;
    --ld-measure: 46rem;

    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --ld-bg: #17181b;
      --ld-surface: #1f2024;
      --ld-text: #e6e6e3;
      --ld-muted: #a8abb2;
      --ld-faint: #80838a;
      --ld-border: #3a3c42;
      --ld-rule: #2c2e33;
      --ld-accent: #8ab4f0;
      --ld-accent-soft: #22324a;
      --ld-on-accent: #10213a;
      --ld-focus: #8ab4f0;
      --ld-warn: #f0c56a;
      --ld-warn-bg: #2e2614;
      --ld-warn-border: #5c4a1f;
      --ld-error: #f2a3a3;
      --ld-error-bg: #331b1b;
      --ld-error-border: #6b3030;
      --ld-badge: #cdb2ef;
      --ld-badge-bg: #2d2340;
    }
  }
`;

/** Links, focus rings, badges and hidden labels, shared by all elements. */
export const base = css`
  :host {
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--ld-accent);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 2px solid var(--ld-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .section-label {
    margin: 0 0 0.4rem;
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--ld-muted);
  }
  code {
    font-family: var(--ld-font-mono);
    font-size: 0.9em;
  }
  :lang(zh),
  :lang(ja) {
    font-family: var(--ld-font-cjk);
  }
  :lang(zh-Hant),
  :lang(zh-TW),
  :lang(zh-HK) {
    font-family: var(--ld-font-cjk-hant);
  }
  .badge {
    display: inline-block;
    padding: 0.05rem 0.45rem;
    border-radius: 999px;
    font-size: 0.75rem;
    font-weight: 600;
    line-height: 1.4;
    letter-spacing: 0.01em;
    white-space: nowrap;
    color: var(--ld-badge);
    background: var(--ld-badge-bg);
    border: 1px solid color-mix(in srgb, var(--ld-badge) 30%, transparent);
    vertical-align: 0.1em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
