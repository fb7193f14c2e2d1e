/** A copy of a typed array at a larger size, its values first (flat per-row tables that grow as they are filled). */
export function grown<T extends Float64Array | Int32Array | Uint8Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
