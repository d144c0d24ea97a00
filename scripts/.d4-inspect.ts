import { readFileSync } from 'node:fs';
import { loadDetector } from '../utils/detection/model/model';
import { featureVector, RULE_FEATURES } from '../utils/detection/model/features';
import { classifyByRules } from '../utils/detection/rules';
const d = loadDetector(JSON.parse(readFileSync('utils/detection/model/weights.json', 'utf8')));
const w = (i: number) => d.notice.weights[i]! * d.notice.scale;
if (process.argv[2]) {
  const text = process.argv[2];
  const v = featureVector(text, classifyByRules({ text }), d.hashBits);
  let named = 0, hashed = 0;
  for (let k = 0; k < v.index.length; k++) { const i = v.index[k]!; const c = w(i) * v.value[k]!; if (i < RULE_FEATURES.length) { named += c; console.log(RULE_FEATURES[i], c.toFixed(2)); } else hashed += c; }
  console.log('bias', d.notice.bias, 'named', named.toFixed(2), 'hashed', hashed.toFixed(2));
} else RULE_FEATURES.forEach((n, i) => console.log(n.padEnd(40), w(i).toFixed(2)));
