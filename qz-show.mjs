import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
const q = parse(readFileSync(process.argv[2], 'utf8'));
for (const x of q.questions) {
  console.log(`## ${x.id}`);
  if (x.scenario) console.log('S: ' + x.scenario);
  console.log('P: ' + x.prompt);
  for (const o of x.options) console.log(` ${o.id}${o.correct ? '*' : ' '} ${o.text}\n     ${o.feedback}`);
  console.log('E: ' + x.explanation);
}
