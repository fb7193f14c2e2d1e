/**
 * A bounded memo for pure functions of a key: a sheet repeats the same few texts
 * ("25%", "21,25 %", "-") thousands of times. When full it starts again empty,
 * so a long-lived process (task pane, batch CLI) neither grows without bound nor
 * keeps an old workbook's keys forever.
 */
export class BoundedMemo<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  set(key: K, value: V): V {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}
