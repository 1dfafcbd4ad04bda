import { readFileSync } from 'node:fs';
import { parse } from 'parse5';
const f = process.argv[2];
const html = readFileSync(f, 'utf8');
const doc = parse(html);
let total=0;
const tally = new Map();
function walk(n, path){ for (const c of n.childNodes||[]) { if (c.tagName){ total++; const cls=(c.attrs.find(a=>a.name==='class')||{}).value||''; const key=c.tagName+(cls?'.'+cls.split(' ')[0]:''); tally.set(key,(tally.get(key)||0)+1);} walk(c.content||c, path);} }
walk(doc);
console.log('total', total, 'bytes', html.length);
console.log([...tally].sort((a,b)=>b[1]-a[1]).slice(0,45).map(x=>x.join(':')).join('  '));
