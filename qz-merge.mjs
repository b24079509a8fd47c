// Temporary helper (not committed): builds src/content/quizzes/ar/<id>.yaml from the English
// structure plus a translation file keyed by question and option id.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
const [, , id] = process.argv;
const en = parse(readFileSync(`src/content/quizzes/en/${id}.yaml`, 'utf8'));
const tr = parse(readFileSync(`/tmp/qz/ar/${id}.yaml`, 'utf8'));
const iso = (s) =>
  s.replace(/[A-Za-z@][\w@.:/#\-–·']*[A-Za-z0-9]|[A-Za-z]/g, (m) => `\u2068${m}\u2069`).trim();
const out = { title: iso(tr.title), questions: [] };
for (const q of en.questions) {
  const t = tr.questions[q.id];
  if (!t) throw new Error(`${id}: no translation for ${q.id}`);
  const aq = { id: q.id, type: q.type };
  for (const k of ['skill', 'asks', 'case']) if (q[k] !== undefined) aq[k] = q[k];
  if (q.scenario !== undefined) {
    if (!t.scenario) throw new Error(`${id}/${q.id}: no scenario`);
    aq.scenario = iso(t.scenario);
  } else if (t.scenario) throw new Error(`${id}/${q.id}: extra scenario`);
  aq.prompt = iso(t.prompt);
  aq.options = q.options.map((o) => {
    const to = t.options[o.id];
    if (!to) throw new Error(`${id}/${q.id}: no option ${o.id}`);
    const ao = { id: o.id, text: iso(to[0]), correct: o.correct };
    if (o.technique !== undefined) ao.technique = o.technique;
    ao.feedback = iso(to[1]);
    return ao;
  });
  const extra = Object.keys(t.options).filter((k) => !q.options.some((o) => o.id === k));
  if (extra.length) throw new Error(`${id}/${q.id}: extra options ${extra}`);
  aq.explanation = iso(t.explanation);
  out.questions.push(aq);
}
const extraQ = Object.keys(tr.questions).filter((k) => !en.questions.some((q) => q.id === k));
if (extraQ.length) throw new Error(`${id}: extra questions ${extraQ}`);
writeFileSync(
  `src/content/quizzes/ar/${id}.yaml`,
  stringify(out, { lineWidth: 100, minContentWidth: 40, blockQuote: 'literal' }).replace(/(?<!questions:)\n  - id: /g, '\n\n  - id: '),
);
console.log(`${id}: ${out.questions.length} questions`);
