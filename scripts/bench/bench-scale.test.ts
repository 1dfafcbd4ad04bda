// The scale entry's arithmetic and the Starlight comparison's content (scripts/bench/): what
// `npm run bench -- --scale --compare-starlight` reports is only as good as these. No build,
// no network: the runs are made-up figures and the pages are strings.
import { describe, expect, it } from 'vitest';
import { generatedPage, generatedPages, medianRun, scaleFigures } from './scale.mjs';
import { starlightPage } from './starlight.mjs';

/** A scale run whose build took `cpu` CPU seconds and one more second on the clock. */
const run = (extraPages: number, pages: number, cpu: number) => ({
  extraPages,
  pages,
  seconds: cpu + 1,
  cpuSeconds: cpu,
  indexSeconds: null,
  indexBytes: 1000,
});

describe('scaleFigures', () => {
  it('charges each added page the CPU the build gained over the run without added pages', () => {
    const [base, plus250, plus1000] = scaleFigures([run(0, 25, 10), run(250, 275, 20), run(1000, 1025, 50)]);
    expect(base?.marginalCpuMsPerPage).toBeNull();
    expect(plus250?.marginalCpuMsPerPage).toBeCloseTo(40);
    expect(plus1000?.marginalCpuMsPerPage).toBeCloseTo(40);
  });

  it('divides the build’s CPU by the pages built', () => {
    const [figure] = scaleFigures([run(0, 25, 10)]);
    expect(figure?.cpuSeconds).toBe(10);
    expect(figure?.cpuMsPerPage).toBeCloseTo(400);
  });
});

describe('medianRun', () => {
  it('keeps the median wall and CPU seconds of builds of one size, each on its own, and every build’s', () => {
    const builds = [run(1000, 1025, 18), { ...run(1000, 1025, 25), seconds: 14 }, run(1000, 1025, 17)];
    expect(medianRun(builds)).toMatchObject({
      extraPages: 1000,
      pages: 1025,
      seconds: 18,
      cpuSeconds: 18,
      samples: [
        { seconds: 19, cpuSeconds: 18 },
        { seconds: 14, cpuSeconds: 25 },
        { seconds: 18, cpuSeconds: 17 },
      ],
    });
  });
});

describe('starlightPage', () => {
  const ours = `---
title: "Lupus nephritis"
description: An overview.
summary: A summary Starlight has no field for.
topic: lupus-nephritis
order: 1
lastReviewed: 2026-11-22
---

Kidney disease <Cite id="a" />.

<Callout kind="investigational">

Text inside <Cite id="b" />.

</Callout>
`;

  it('keeps only the frontmatter Starlight’s schema knows: title and description', () => {
    const page = starlightPage(ours, '../components/Stub.astro');
    expect(page.startsWith('---\ntitle: "Lupus nephritis"\ndescription: "An overview."\n---\n')).toBe(true);
    expect(page).not.toContain('summary');
    expect(page).not.toContain('lastReviewed');
  });

  it('imports every component the body uses, once each, from the stub', () => {
    const imports = starlightPage(ours, '../components/Stub.astro')
      .split('\n')
      .filter((line) => line.startsWith('import '));
    expect(imports).toEqual(["import Callout from '../components/Stub.astro';", "import Cite from '../components/Stub.astro';"]);
  });

  it('keeps the body as it is', () => {
    expect(starlightPage(ours, './Stub.astro')).toContain(ours.slice(ours.indexOf('Kidney disease')));
  });

  it('refuses a page without frontmatter', () => {
    expect(() => starlightPage('# No frontmatter', './Stub.astro')).toThrow('starlightPage: the page has no frontmatter');
  });

  it('turns a generated scale page into a Starlight page with the same text', () => {
    const generated = generatedPage(7, 'some-source');
    const page = starlightPage(generated, './Stub.astro');
    expect(page).toContain('title: "Generated page 0007"');
    expect(page).toContain("import Cite from './Stub.astro';");
    expect(page).toContain(generated.slice(generated.indexOf('This generated paragraph 0007')));
  });
});

describe('generatedPages', () => {
  it('numbers the pages from 1 and cites the first source of content/sources.yaml', () => {
    const pages = generatedPages(process.cwd(), 3);
    expect(pages.map(([file]) => file)).toEqual(['page-0001.mdx', 'page-0002.mdx', 'page-0003.mdx']);
    expect(pages[2]?.[1]).toMatch(/<Cite id="[^"]+" \/>/);
    expect(generatedPages(process.cwd(), 0)).toEqual([]);
  });
});
