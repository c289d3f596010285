/**
 * Moving through a comparison's rows: which rows a filter shows, where
 * next/previous change and the search's matches stop, and which row a step
 * goes to. Pure; the comparison view keeps one per model and asks it.
 */
import { articleNumberQuery, rowsNumbered } from './article-query.js';
import { filterRows, isChange, searchRows, stepTarget, type CompareModel, type Filter, type Row } from './compare-model.js';

export class CompareNavigation {
  /** The rows the filter shows. */
  readonly visible: Row[];
  /** Indices (in `visible`) of the rows next/previous change stops at. */
  readonly changes: number[] = [];
  /** Rows the search goes to: the article the term numbers (if any), then the rows whose text has it, in order. */
  private searchHits: number[] = [];
  /** The rows of the article the search term numbers, newer reading first. */
  private numberHits: number[] = [];
  private searchedFor: string | undefined;

  constructor(
    readonly model: CompareModel,
    readonly filter: Filter,
  ) {
    this.visible = filterRows(model.rows, filter);
    this.visible.forEach((row, i) => {
      if (isChange(row)) this.changes.push(i);
    });
  }

  /** The rows the search for `term` goes to, in order (computed once per term). */
  matches(term: string): readonly number[] {
    if (term !== this.searchedFor) {
      // An article number (`§ 312g`, `第一百零六条`, `106`) goes to that article first, in either reading; then to where the text has the term.
      const num = articleNumberQuery(term);
      this.numberHits = num ? rowsNumbered(this.visible, num) : [];
      this.searchHits = [...this.numberHits, ...searchRows(this.visible, term).filter((i) => !this.numberHits.includes(i))];
      this.searchedFor = term;
    }
    return this.searchHits;
  }

  /** The index of the row with `key` among the visible rows (−1 when it is not one). */
  indexOf(key: string | undefined): number {
    return key ? this.visible.findIndex((r) => r.key === key) : -1;
  }

  /**
   * The row a step from row `at` goes to: the next or previous change, or
   * search match for `term` — the numbered article first, then the text
   * matches in order; a term just typed (`fresh`) starts at the numbered
   * article, wherever the focus is.
   */
  step(what: 'change' | 'match', at: number, delta: 1 | -1, term: string, fresh: boolean): number | undefined {
    if (what === 'change') return stepTarget(this.changes, at, delta);
    const inOrder = this.matches(term) && this.numberHits.length > 0;
    return stepTarget(this.searchHits, at, delta, { inOrder, restart: inOrder && fresh });
  }
}
