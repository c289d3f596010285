/**
 * The filters a reader can pick over a comparison's rows. On their own so the router (in the first
 * load) can read a URL's filter without the comparison's model and the engine's text diff.
 */
export const Filters = ['all', 'changed', 'inserted', 'deleted', 'reworded', 'moved', 'renumbered'] as const;
export type Filter = (typeof Filters)[number];
