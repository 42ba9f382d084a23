/**
 * `read`, remembering its last `keep` results by the exact key (most recently used kept): the
 * readers of one file ask for the same YAML, and the uses of one component for the same
 * template, without holding every text a long check has seen.
 */
export function lastFew<T>(read: (key: string) => T, keep: number): (key: string) => T {
  const recent = new Map<string, T>();
  return (key) => {
    let result: T;
    if (recent.has(key)) {
      result = recent.get(key)!;
      recent.delete(key); // most recently used last
    } else {
      result = read(key);
      if (recent.size >= keep) recent.delete(recent.keys().next().value!);
    }
    recent.set(key, result);
    return result;
  };
}
