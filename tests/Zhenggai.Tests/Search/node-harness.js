// Drives the real theme/assets/js/search.js under Node for the xunit tests and the benchmark.
// Reads one JSON request on stdin, writes one JSON answer on stdout.
//   { "index": "<folder holding search/>", "queries": [{ "q": "…", "theme": "", "status": "" }],
//     "excerpts": 5, "cold": true }  → per query: total, ranked results, the files it fetched, time
//   { "fold": true }                 → every code point whose folding is not itself, and class ranges
'use strict';
const fs = require('fs');
const path = require('path');
const { performance } = require('perf_hooks');
// ZG_SEARCH_JS: another client to drive instead (the benchmark's --client, to compare two versions).
const search = require(process.env.ZG_SEARCH_JS || path.join(__dirname, '..', '..', '..', 'theme', 'assets', 'js', 'search.js'));

function readStdin() {
  return fs.readFileSync(0, 'utf8');
}

function foldReport() {
  const mapped = [];
  const classes = [];
  let last = -1;
  for (let cp = 0; cp <= 0x10FFFF; cp++) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const f = search.foldCodePoint(cp);
    if (f.length !== 1 || f[0] !== cp) mapped.push([cp].concat(f));
    const c = search.classify(cp);
    if (c !== last) { classes.push([cp, c]); last = c; }
  }
  return { mapped, classes };
}

async function runQueries(request) {
  const root = path.join(request.index, 'search');
  let fetched = [];
  const loader = (p) => {
    fetched.push(p);
    return JSON.parse(fs.readFileSync(path.join(root, p), 'utf8'));
  };
  let engine = search.createEngine(loader);
  const answers = [];
  for (const query of request.queries) {
    if (request.cold !== false) engine = search.createEngine(loader);
    fetched = [];
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const outcome = await engine.search(query.q, { theme: query.theme || '', status: query.status || '' });
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const excerpts = [];
    const shown = outcome.results.slice(0, request.excerpts || 0);
    const docs = await Promise.all(shown.map((r) => engine.loadDocument(r.number)));
    const msWithDocs = performance.now() - t0;
    docs.forEach((doc, i) => {
      const e = search.makeExcerpt(doc, outcome.words);
      excerpts.push({
        number: shown[i].number,
        label: doc.label,
        title: doc.title,
        url: doc.url,
        part: e && e.label,
        anchor: e && e.anchor,
        segments: e ? e.segments : [],
        titleMarks: search.findMatches(doc.title, outcome.words).map((r) => doc.title.slice(r[0], r[1])),
      });
    });
    answers.push({
      q: query.q,
      total: outcome.total,
      words: outcome.words.map((w) => w.text),
      results: outcome.results.map((r) => [r.number, r.titleWords, r.hits]),
      fetched: fetched.slice(),
      ms,
      cpuMs,
      msWithDocs,
      excerpts,
    });
  }
  return answers;
}

(async () => {
  const request = JSON.parse(readStdin());
  const answer = request.fold ? foldReport() : await runQueries(request);
  process.stdout.write(JSON.stringify(answer));
})().catch((e) => {
  process.stderr.write(String(e && e.stack || e));
  process.exit(1);
});
