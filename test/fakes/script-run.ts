/**
 * What `google.script.run` carries between the page and the server, in one place: the bundle
 * loader (callJson), the sandbox server and its browser bridge all use it.
 *
 * Legal: primitives (Number, Boolean, String, null) and objects/arrays made of them; a Date,
 * a Function, a DOM element or another prohibited type, even nested, makes the request fail;
 * so does a circular object; `undefined` in an array becomes null. Return values have the same
 * restrictions: https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)
 * How the failure shows (failure handler, or success with null) is not documented
 * (platform-facts 8.3): the fake fails, the stricter of the two.
 *
 * Self-contained (no imports, no outer names): the bridge sends its source to the browser.
 */
export function scriptRunCopy(value: unknown, what: string): unknown {
  const seen: unknown[] = [];
  const copy = (v: unknown, where: string): unknown => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    if (v === undefined) return undefined;
    const kind = Object.prototype.toString.call(v).slice(8, -1);
    if (typeof v !== 'object' || (kind !== 'Object' && kind !== 'Array')) {
      throw new Error(
        `google.script.run: ${what} holds a ${typeof v === 'function' ? 'Function' : kind} at ${where}; only primitives, plain objects and arrays can be passed.`,
      );
    }
    if (seen.includes(v)) throw new Error(`google.script.run: ${what} is circular at ${where}.`);
    seen.push(v);
    let out: unknown;
    if (Array.isArray(v)) {
      out = v.map((item, i) => {
        const c = copy(item, `${where}[${i}]`);
        return c === undefined ? null : c;
      });
    } else {
      const obj: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(v as Record<string, unknown>)) {
        const c = copy(item, `${where}.${k}`);
        if (c !== undefined) obj[k] = c;
      }
      out = obj;
    }
    seen.pop();
    return out;
  };
  return copy(value, what);
}
