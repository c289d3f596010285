/**
 * `cssVars({ '--depth': '2' })`: sets custom properties on an element through
 * the CSSOM (`element.style.setProperty`), never through a `style` attribute,
 * so the Content Security Policy needs no `'unsafe-inline'` for styles
 * (lit's `styleMap` writes an attribute on its first render).
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class CssVarsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssVars() goes on an element: <p ${cssVars({...})}>');
  }

  render(_vars: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [vars]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (!(name in vars)) style.removeProperty(name);
    for (const [name, value] of Object.entries(vars)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(vars));
    return noChange;
  }
}

export const cssVars = directive(CssVarsDirective);
