// Compares two builds' CSS bundles when a change moves rules between stylesheets (the bundle then
// differs from the one before): `node scripts/css-order.mjs BEFORE.css AFTER.css`. It prints the
// declarations found in one bundle only (layer, conditions, single selector, property, value), then
// every pair of declarations in one layer, on one property (or its shorthand), whose order flipped
// and whose order could decide between them: same specificity, same pseudo-element, and subjects
// that are not two different component classes. Those left are for a person to read. ALL=1 lists
// the component-class pairs too.
import { readFileSync } from 'node:fs';
import postcss from 'postcss';
const spec = (sel) => {
  let s = sel,
    inner = 0;
  // :not()/:has()/:is() count as their argument (taken whole here); :where() counts nothing
  s = s.replace(/:where\([^()]*\)/g, '');
  const ids = (s.match(/#[\w-]+/g) || []).length;
  const cls = (s.match(/\.[\w-]+|\[[^\]]*\]|:(?!:)(?!not|has|is)[\w-]+/g) || []).length;
  const els = (s.replace(/\[[^\]]*\]|\([^()]*\)/g, '').match(/(^|[\s>+~(])[a-z][\w-]*|::[\w-]+/g) || []).length;
  return [ids, cls + inner, els].join(',');
};
const decls = (file) => {
  const out = [];
  postcss.parse(readFileSync(file, 'utf8')).walkDecls((d) => {
    if (d.parent.type !== 'rule') return;
    let ctx = [],
      layer = '',
      n = d.parent.parent;
    while (n && n.type !== 'root') {
      if (n.name === 'layer') layer = n.params;
      else ctx.unshift(`@${n.name} ${n.params}`);
      n = n.parent;
    }
    for (const sel of d.parent.selectors)
      out.push({ layer, ctx: ctx.join(' '), sel: sel.replace(/\s+/g, ' '), prop: d.prop, value: d.value + (d.important ? '!' : '') });
  });
  return out;
};
const key = (x) => [x.layer, x.ctx, x.sel, x.prop, x.value].join(' | ');
const [a, b] = [decls(process.argv[2]), decls(process.argv[3])];
const count = (list) => list.reduce((m, x) => m.set(key(x), (m.get(key(x)) ?? 0) + 1), new Map());
const [ca, cb] = [count(a), count(b)];
const missing = [...ca].filter(([k, n]) => (cb.get(k) ?? 0) < n).map(([k, n]) => `${k} (${n - (cb.get(k) ?? 0)}×)`);
const added = [...cb].filter(([k, n]) => (ca.get(k) ?? 0) < n).map(([k, n]) => `${k} (${n - (ca.get(k) ?? 0)}×)`);
console.log('declarations', a.length, b.length, 'only before:', missing, 'only after:', added);
const posB = new Map();
b.forEach((x, i) => {
  const k = key(x);
  if (!posB.has(k)) posB.set(k, []);
  posB.get(k).push(i);
});
const pos = (x) => posB.get(key(x))?.[0] ?? -1;
// longhand families: a shorthand and its longhands decide together
const family = (p) =>
  p.replace(/^(border|margin|padding|background|outline|font|overflow|break|text-decoration|grid|flex|inset|list-style|transition|animation)(-.*)?$/, '$1');
let flips = 0,
  bem = 0;
const risky = [];
for (let i = 0; i < a.length; i++)
  for (let j = i + 1; j < a.length; j++) {
    const x = a[i],
      y = a[j];
    if (x.layer !== y.layer || family(x.prop) !== family(y.prop)) continue;
    if (pos(x) < pos(y)) continue;
    flips++;
    if (x.value === y.value && x.prop === y.prop) continue;
    const sx = spec(x.sel),
      sy = spec(y.sel);
    if (sx !== sy) continue; // specificity decides, not order
    const subject = (sel) =>
      sel
        .replace(/\([^()]*\)/g, '')
        .split(/[\s>+~]+/)
        .pop();
    const pe = (sel) => (subject(sel).match(/::?(before|after|marker)$/) || [''])[0].replace(/^::?/, '');
    if (pe(x.sel) !== pe(y.sel)) continue; // a pseudo-element and its element never compete
    const cls = (sel) => new Set(subject(sel).match(/\.[\w-]+/g) || []);
    const cx = cls(x.sel),
      cy = cls(y.sel);
    if (cx.size && cy.size && ![...cx].some((c) => cy.has(c)) && !process.env.ALL) {
      bem++;
      continue;
    } // different component classes on the subject
    risky.push(`${x.layer} [${x.ctx}] ${x.sel} {${x.prop}: ${x.value}} (${sx}) was before [${y.ctx}] ${y.sel} {${y.prop}: ${y.value}} (${sy})`);
  }
console.log(
  'pairs in the same layer and property family whose order flipped:',
  flips,
  '; same specificity, same pseudo-element, but subjects with different component classes:',
  bem,
  '; left to read:',
  risky.length,
);
for (const r of risky) console.log(' -', r);
