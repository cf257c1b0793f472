// Solves a batch of LPs over one set of constraints with GLPK (glpk.js is an ES module, which Jest's
// CommonJS runtime cannot load, so the audit runs it here, in a child process).
// stdin: { subjectTo, bounds, objectives: [{ name, direction: 'min' | 'max' }] }; stdout: [z | 'inf' | '-inf'].
import GLPK from 'glpk.js/node';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const problem = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const glpk = await GLPK();
const out = problem.objectives.map(({ name, direction }) => {
  const max = direction === 'max';
  const result = glpk.solve(
    { name: 'audit', objective: { direction: max ? glpk.GLP_MAX : glpk.GLP_MIN, name: 'z', vars: [{ name, coef: 1 }] }, subjectTo: problem.subjectTo, bounds: problem.bounds },
    { msglev: glpk.GLP_MSG_OFF, presol: false },
  );
  if (result.result.status === glpk.GLP_UNBND) return max ? 'inf' : '-inf';
  if (result.result.status !== glpk.GLP_OPT) return `status ${result.result.status}`;
  return result.result.z;
});
process.stdout.write(JSON.stringify(out));
