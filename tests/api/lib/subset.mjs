// "Expected is a deep subset of actual": objects by key, arrays as ordered subsequences
// (every expected element matches a later actual element than the one before), scalars equal.
export function subsetMismatch(expected, actual, path = '$') {
  if (expected === null || typeof expected !== 'object') {
    if (expected === actual) return null;
    return `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: expected an array, got ${JSON.stringify(actual)}`;
    let from = 0;
    for (let i = 0; i < expected.length; i++) {
      let found = -1;
      for (let j = from; j < actual.length; j++) {
        if (subsetMismatch(expected[i], actual[j], `${path}[${j}]`) === null) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        const near = from < actual.length ? subsetMismatch(expected[i], actual[from], `${path}[${from}]`) : `${path}: array ends`;
        return `${path}: no element (in order, from index ${from}) matches expected[${i}] ${JSON.stringify(expected[i])}; nearest: ${near}`;
      }
      from = found + 1;
    }
    return null;
  }
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
    return `${path}: expected an object, got ${JSON.stringify(actual)}`;
  }
  for (const [k, v] of Object.entries(expected)) {
    if (!(k in actual)) return `${path}.${k}: missing`;
    const m = subsetMismatch(v, actual[k], `${path}.${k}`);
    if (m) return m;
  }
  return null;
}

/** Reads a dotted path ("user.id", "items.0.name") out of a JSON value. */
export function pick(value, path) {
  if (path === '$') return value;  // the whole answer
  let v = value;
  for (const part of path.split('.')) {
    if (v === null || v === undefined) return undefined;
    v = v[/^\d+$/.test(part) && Array.isArray(v) ? Number(part) : part];
  }
  return v;
}
