/**
 * V8 drops optimized code that checks for an object's shape (its hidden
 * class) once the last object of that shape is collected. A class the engine
 * instantiates per comparison would then lose its optimized code at every
 * full GC between two comparisons (a worker idle between requests) and run
 * the next comparison unoptimized while it re-optimizes — measured 1.5–2.5×
 * slower (docs/decisions/005-engine-speed.md). So the first construction of
 * such a class makes one more, empty instance that lives for good. Lazily,
 * not at module load: importing a module creates nothing.
 */
const kept = new Map<unknown, unknown>();

/** Call at the end of a constructor: `keepShape(this, () => new Self())`. */
export function keepShape(instance: object, make: () => object): void {
  const cls = instance.constructor;
  if (kept.has(cls)) return;
  kept.set(cls, null);
  kept.set(cls, make());
}
