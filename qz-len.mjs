import { parse } from 'yaml';
import { readFileSync, readdirSync } from 'node:fs';
for (const loc of ['en','ar']) for (const f of readdirSync(`src/content/quizzes/${loc}`)) {
  const q = parse(readFileSync(`src/content/quizzes/${loc}/${f}`, 'utf8'));
  for (const x of q.questions) {
    if (x.type !== 'single') continue;
    const c = x.options.find(o => o.correct).text.length;
    const others = x.options.filter(o => !o.correct).map(o => o.text.length);
    if (c > Math.max(...others) * 1.2) console.log(loc, f, x.id, c, others.join(','));
  }
}
