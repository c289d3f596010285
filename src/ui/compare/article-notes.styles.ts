/** Styles of `<lawdiff-article-notes>`: the notes under an article, the editor and its questions; read-only and without controls in print. */
import { css } from 'lit';

export const articleNotesStyles = css`
  :host { display: block; margin-top: 0.45rem; font-family: var(--ld-font-ui); font-size: 0.88rem; }
  h4 { margin: 0 0 0.3rem; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--ld-muted); font-weight: 600; }
  ul { list-style: none; margin: 0; padding: 0; }
  li { margin: 0 0 0.4rem; padding: 0.35rem 0.6rem; border-left: 3px solid var(--ld-badge); background: var(--ld-badge-bg); border-radius: 0 var(--ld-radius) var(--ld-radius) 0; }
  .text { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.55; }
  .meta { margin: 0.15rem 0 0; display: flex; flex-wrap: wrap; gap: 0.2rem 0.7rem; align-items: baseline; color: var(--ld-muted); font-size: 0.78rem; }
  button { font: inherit; cursor: pointer; }
  button.link { font-size: 0.8rem; background: none; border: 0; padding: 0; color: var(--ld-accent); text-decoration: underline; text-underline-offset: 2px; }
  button.link.danger { color: var(--ld-error); }
  form { margin: 0.3rem 0 0.4rem; }
  label { display: block; font-size: 0.78rem; color: var(--ld-muted); margin-bottom: 0.2rem; }
  textarea {
    display: block; width: 100%; min-height: 4.5rem; resize: vertical; font: inherit; font-size: 0.9rem; line-height: 1.5;
    padding: 0.4rem 0.5rem; border: 1px solid var(--ld-border); border-radius: var(--ld-radius); background: var(--ld-surface); color: var(--ld-text);
  }
  .buttons { display: flex; gap: 0.5rem; align-items: center; margin-top: 0.35rem; flex-wrap: wrap; }
  .buttons button:not(.link) { font-size: 0.82rem; padding: 0.25rem 0.7rem; border: 1px solid var(--ld-border); border-radius: var(--ld-radius); background: var(--ld-surface); color: var(--ld-text); }
  .buttons button.primary { background: var(--ld-accent); border-color: var(--ld-accent); color: var(--ld-surface); }
  .buttons .hint { color: var(--ld-muted); font-size: 0.75rem; }
  .confirm { display: flex; gap: 0.6rem; align-items: baseline; margin-top: 0.2rem; }
  .buttons.discard-question { padding: 0.3rem 0.6rem; border: 1px solid var(--ld-warn-border); background: var(--ld-warn-bg); border-radius: var(--ld-radius); }
  .discard-question span { font-weight: 600; }
  .buttons button.danger { color: var(--ld-error); border-color: var(--ld-error-border); }
  .held { margin: 0.3rem 0; padding: 0.35rem 0.6rem; border: 1px solid var(--ld-warn-border); background: var(--ld-warn-bg); border-radius: var(--ld-radius); color: var(--ld-text); }
  .tag { font-size: 0.75rem; padding: 0 0.35rem; border: 1px solid var(--ld-warn-border); border-radius: var(--ld-radius); color: var(--ld-text); }
  .problem { margin: 0.3rem 0; padding: 0.35rem 0.6rem; border: 1px solid var(--ld-error-border); background: var(--ld-error-bg); border-radius: var(--ld-radius); color: var(--ld-text); }
  @media print {
    :host([readonly]) li { background: none; border-left-color: #000; }
    button, form, .problem { display: none !important; }
  }
`;
