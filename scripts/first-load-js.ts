/** Prints the first-load JavaScript (gzipped) of the bench's routes: `npx tsx scripts/first-load-js.ts [.next]`. */
import { FIRST_LOAD_ROUTES, firstLoadJs } from '../bench/first-load-js';

const distDir = process.argv[2] ?? '.next';
const names = Object.keys(FIRST_LOAD_ROUTES) as (keyof typeof FIRST_LOAD_ROUTES)[];
const results = firstLoadJs(distDir, names.map((name) => FIRST_LOAD_ROUTES[name]));
const kB = (n: number) => (n / 1000).toFixed(1).padStart(7);
const landing = results[0]!.gzipped;
console.log(`${'route'.padEnd(14)} ${'gzip kB'.padStart(7)} ${'raw kB'.padStart(7)} ${'+landing'.padStart(8)}  path`);
results.forEach((r, i) => console.log(`${names[i]!.padEnd(14)} ${kB(r.gzipped)} ${kB(r.bytes)} ${kB(r.gzipped - landing).padStart(8)}  ${r.route}`));
