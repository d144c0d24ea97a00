// Marks the end of one phase of an export, a check or an import on the
// page's performance timeline ("reinstate:export:evidence"…), so bench:scale
// can print where the time goes without a profiler. Plain JavaScript: the
// Node verifier runs it too; a runtime without marks just skips them.

/** @param {string} name @param {unknown} [detail] what the phase counted (bench:scale prints it) */
export function phase(name, detail) {
  globalThis.performance?.mark?.(`reinstate:${name}`, detail === undefined ? undefined : { detail });
}
