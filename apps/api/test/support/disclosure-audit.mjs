// LP audit of a statistics release (docs/decisions/0020), run by Node itself (glpk.js is an ES module
// with WebAssembly that Jest's module system cannot load). Reads the attacker's knowledge as JSON on
// stdin — every published cell as an equality, hidden cells >= 0, every additive equation of every
// grouping, each row's income total = sum of models and persons max(models) <= total <= sum — and
// (hidden cells bounded by 10^12, read back as unbounded) writes, for every hidden cell, the min and max of its persons and of its income.
import GLPK from 'glpk.js/node';

const input = JSON.parse(await new Promise((resolve) => { let s = ''; process.stdin.on('data', (d) => (s += d)); process.stdin.on('end', () => resolve(s)); }));
const glpk = await GLPK();
const { cells, equations, rows } = input; // cells: {id: {persons, income, hidden}}
const out = {};
for (const measure of ['persons', 'income']) {
  const name = (id) => id.replace(/[^A-Za-z0-9]/g, '_');
  const term = (id, coef) => (cells[id].hidden ? { v: [{ name: name(id), coef }], k: 0 } : { v: [], k: coef * cells[id][measure] });
  const subjectTo = [];
  const add = (terms, type, lb, ub) => {
    const vars = terms.flatMap((t) => t.v);
    const k = terms.reduce((a, t) => a + t.k, 0);
    if (vars.length === 0) return;
    subjectTo.push({ name: `c${subjectTo.length}`, vars, bnds: { type, lb: lb - k, ub: ub - k } });
  };
  for (const [whole, parts] of equations) add([term(whole, 1), ...parts.map((p) => term(p, -1))], glpk.GLP_FX, 0, 0);
  for (const [total, models] of rows) {
    if (measure === 'income') add([term(total, 1), ...models.map((m) => term(m, -1))], glpk.GLP_FX, 0, 0);
    else {
      add([term(total, 1), ...models.map((m) => term(m, -1))], glpk.GLP_UP, 0, 0);
      for (const m of models) add([term(total, 1), term(m, -1)], glpk.GLP_LO, 0, 0);
    }
  }
  const hidden = Object.keys(cells).filter((id) => cells[id].hidden);
  const bounds = hidden.map((id) => ({ name: name(id), type: glpk.GLP_DB, lb: 0, ub: 1e12 }));
  for (const id of hidden) {
    const range = [];
    for (const direction of [glpk.GLP_MIN, glpk.GLP_MAX]) {
      const r = glpk.solve({ name: 'audit', objective: { direction, name: 'obj', vars: [{ name: name(id), coef: 1 }] }, subjectTo, bounds }, { msglev: glpk.GLP_MSG_OFF });
      range.push(r.result.z >= 1e12 - 1 ? Infinity : r.result.z);
      if (r.result.status !== glpk.GLP_OPT) throw new Error(`LP status ${r.result.status} for ${id}`);
    }
    (out[id] ??= {})[measure] = range;
  }
}
process.stdout.write(JSON.stringify(out, (_, v) => (v === Infinity ? 'Infinity' : v)));
