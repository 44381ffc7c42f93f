/**
 * `npx tsx bench/fetch.ts` (wrap in `flock -x /tmp/claimtrack-bench.lock`): how long one check
 * of a cited page takes in the fetcher (lib/fetch) — fetch + extraction — for a typical 100 KB
 * news article in HTML and a 1 MB PDF, served by a local HTTP server on loopback (allow-listed
 * here only), so the network adds next to nothing and the figure is the fetcher's own cost.
 * Extraction alone (no HTTP) is timed beside it. Reports median and worst of --runs runs after
 * one warm-up (the first run loads jsdom / pdf.js and compiles them).
 *
 *   --runs N    runs per case (default 15)
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parseContentType } from '@/lib/fetch/content-type';
import { extractText } from '@/lib/fetch/extract';
import { fetchPage } from '@/lib/fetch/safe-fetch';
import { makePdf } from '../tests/unit/fetch/make-pdf';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const runs = Number(values.runs);

/** A news page as sites send them: navigation, an article, related links, inline scripts. */
function articleHtml(targetBytes: number): string {
  const sentence =
    'The council met on Tuesday and agreed, after a long debate about the budget, that the ' +
    'library would stay open on Sundays, a spokesperson said. ';
  const nav = Array.from({ length: 60 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`);
  const related = Array.from(
    { length: 40 },
    (_, i) =>
      `<li class="related"><a href="/r/${i}"><img src="/i/${i}.jpg" alt="">Related ${i}</a></li>`,
  );
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council keeps library open | News</title>' +
    `<style>${'.c{color:#333;margin:0 auto}'.repeat(200)}</style>` +
    `<script>${'window.dataLayer=window.dataLayer||[];'.repeat(300)}</script></head><body>` +
    `<header><nav><ul>${nav.join('')}</ul></nav></header><main><article><h1>Council keeps library open</h1>`;
  const tail = `</article><aside><ul>${related.join('')}</ul></aside></main><footer>© News</footer></body></html>`;
  let body = '';
  let n = 0;
  while (head.length + body.length + tail.length < targetBytes) {
    n += 1;
    body += `<p>${n}. ${sentence.repeat(4)}<a href="/more/${n}">more</a> “quoted words ${n}”.</p>\n`;
  }
  return head + body + tail;
}

function pdfOfSize(targetBytes: number): Buffer {
  const line = 'Revenue rose by four per cent in the third quarter, the board said in its report.';
  const pages: string[][] = [];
  let pdf = makePdf({ title: 'Annual report', pages });
  while (pdf.length < targetBytes) {
    for (let i = 0; i < 20; i++)
      pages.push(Array.from({ length: 50 }, (_, l) => `${l + 1}. ${line}`));
    pdf = makePdf({ title: 'Annual report', pages });
  }
  return pdf;
}

async function time(label: string, fn: () => Promise<unknown>) {
  await fn();
  // How long the event loop was held at a stretch: what a request served by the same process
  // (the worker runs inside the app servers by default) would wait behind a check.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
    await new Promise((resolve) => setImmediate(resolve));
  }
  loop.disable();
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  console.log(
    `${label.padEnd(30)} median ${median.toFixed(0).padStart(5)} ms   worst ${samples.at(-1)!.toFixed(0).padStart(5)} ms` +
      `   longest event-loop block ${(loop.max / 1e6).toFixed(0).padStart(4)} ms`,
  );
}

async function main() {
  const html = Buffer.from(articleHtml(100 * 1024));
  const pdf = pdfOfSize(1024 * 1024);
  const server = createServer((request, response) => {
    if (request.url === '/article')
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else response.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const options = { allowList: [`127.0.0.1:${port}`] };

  console.log(
    `HTML ${(html.length / 1024).toFixed(0)} KB, PDF ${(pdf.length / 1024).toFixed(0)} KB (${pdf.toString('latin1').match(/\/Type \/Page /g)?.length} pages), ${runs} runs each`,
  );
  const htmlResult = await fetchPage(`http://127.0.0.1:${port}/article`, options);
  const pdfResult = await fetchPage(`http://127.0.0.1:${port}/report.pdf`, options);
  if (!htmlResult.ok || !pdfResult.ok) throw new Error('bench pages did not fetch');
  console.log(
    `text: HTML ${(htmlResult.text.length / 1024).toFixed(0)} KB, PDF ${(pdfResult.text.length / 1024).toFixed(0)} KB`,
  );

  await time('HTML 100 KB: fetch + extract', () =>
    fetchPage(`http://127.0.0.1:${port}/article`, options),
  );
  await time('HTML 100 KB: extract only', () =>
    extractText(parseContentType('text/html')!, html, 'https://x.invalid/'),
  );
  await time('PDF 1 MB: fetch + extract', () =>
    fetchPage(`http://127.0.0.1:${port}/report.pdf`, options),
  );
  await time('PDF 1 MB: extract only', () =>
    extractText(parseContentType('application/pdf')!, pdf, 'https://x.invalid/'),
  );
  const memory = process.memoryUsage();
  console.log(
    `process memory after: rss ${(memory.rss / 1024 / 1024).toFixed(0)} MB, heap ${(memory.heapUsed / 1024 / 1024).toFixed(0)} MB`,
  );
  server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
