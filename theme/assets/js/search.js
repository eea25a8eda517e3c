/*
 * Zhenggai full-text search: plain ES2017, no framework, no eval, no inline script or style,
 * so it runs under Content-Security-Policy default-src 'self'. It reads the static index that
 * src/Zhenggai/Render/Search/SearchIndexBuilder.cs writes under search/ and never asks any host
 * but the one it came from.
 *
 * DOM contract (rendered by the search page template; without JavaScript the form still submits):
 *
 *   <form id="search-form" role="search" action="{search page url}" method="get"
 *         data-search-root="{relative url of the site root, e.g. ../}">
 *     <input id="search-q" name="q" type="search">
 *     <select id="search-theme" name="theme"><option value="">全部主题</option>…</select>
 *     <select id="search-status" name="status"><option value="">全部状态</option>…</select>
 *   </form>
 *   <p id="search-status-line" role="status" aria-live="polite"></p>
 *   <ol id="search-results"></ol>
 *
 * The selects need only their empty "all" option: the script adds the themes and statuses the
 * index lists (meta.json), keeping any option the template already rendered with the same value.
 * The index is found at {site root}search/, the site root being data-search-root resolved against
 * the page, or else two folders above this script (assets/js/). The query and filters live in the
 * address (?q=…&theme=…&status=…, history.replaceState) so a search can be shared and reloaded.
 * The small header box on every page is a separate <form class="site-search" action="{search page}">
 * with <input name="q">; it needs no script.
 *
 * Each result the script renders into the list (classes for the theme's CSS):
 *
 *   <li class="search-result">
 *     <h2 class="search-result-title"><a href="{finding page}">title with <mark>hits</mark></a></h2>
 *     <p class="search-result-meta"><span class="search-result-label">序号…</span> ·
 *        <span class="search-result-themes">水、大气</span> · <span class="search-result-status">已完成</span></p>
 *     <p class="search-result-excerpt"><span class="search-result-part">完成情况：</span>…text <mark>hit</mark> text…</p>
 *   </li>
 *
 * followed, after the list, by <button type="button" class="search-more"> while more results remain.
 * Official text is only ever set with textContent.
 *
 * A result's title, 序号 label, address and excerpt come from the finding's open-data file
 * (meta.document, e.g. findings/25/index.json), which the site publishes beside each finding page.
 *
 * The same file runs under Node (module.exports) so tests drive the real query code.
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------------------------------
  // Folding and character classes: must match SearchText.cs (tests compare every code point).

  var LETTER = 1;
  var DIGIT = 2;
  var OTHER = 3;
  var SPACE = 0;
  var IGNORABLE = [0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF];
  var foldCache = new Map();

  /** Folds one code point: NFKC, lower case where that stays one code point, ignorables removed. */
  function foldCodePoint(cp) {
    if (cp < 0x80) {
      return cp >= 0x41 && cp <= 0x5A ? [cp + 32] : [cp];
    }
    if (cp >= 0x4E00 && cp <= 0x9FFF) return [cp];
    var hit = foldCache.get(cp);
    if (hit) return hit;
    var out = [];
    if (IGNORABLE.indexOf(cp) < 0) {
      var normalized = String.fromCodePoint(cp).normalize('NFKC');
      for (var ch of normalized) {
        var lower = ch.toLowerCase();
        var c = Array.from(lower).length === 1 ? lower : ch;
        out.push(c.codePointAt(0));
      }
    }
    foldCache.set(cp, out);
    return out;
  }

  function classify(cp) {
    if (cp < 0x80) {
      if (cp >= 0x30 && cp <= 0x39) return DIGIT;
      if ((cp >= 0x61 && cp <= 0x7A) || (cp >= 0x41 && cp <= 0x5A)) return LETTER;
      if ((cp >= 0x09 && cp <= 0x0D) || cp === 0x20) return SPACE;
      return OTHER;
    }
    if (cp >= 0xC0 && cp <= 0x24F && cp !== 0xD7 && cp !== 0xF7) return LETTER;
    if (cp >= 0x370 && cp <= 0x4FF) return LETTER;
    if (cp === 0x85 || cp === 0xA0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
        cp === 0x2028 || cp === 0x2029 || cp === 0x202F || cp === 0x205F || cp === 0x3000) return SPACE;
    return OTHER;
  }

  function isWord(cls) { return cls === LETTER || cls === DIGIT; }

  /**
   * Folds text and remembers, for each folded UTF-16 unit, the original UTF-16 range it came
   * from, so that a match found in folded text can be shown in the original wording.
   */
  function foldText(text) {
    var units = [];
    var from = [];
    var to = [];
    for (var i = 0; i < text.length;) {
      var unit = text.charCodeAt(i);
      // Han and ASCII other than capitals fold to themselves: most of the text, and excerpts fold every part.
      if ((unit >= 0x4E00 && unit <= 0x9FFF) || (unit < 0x80 && (unit < 0x41 || unit > 0x5A))) {
        units.push(text[i]);
        from.push(i);
        to.push(i + 1);
        i++;
        continue;
      }
      var cp = text.codePointAt(i);
      var width = cp > 0xFFFF ? 2 : 1;
      var folded = foldCodePoint(cp);
      for (var k = 0; k < folded.length; k++) {
        var s = String.fromCodePoint(folded[k]);
        for (var u = 0; u < s.length; u++) {
          units.push(s[u]);
          from.push(i);
          to.push(i + width);
        }
      }
      i += width;
    }
    return { text: units.join(''), from: from, to: to };
  }

  // Characters that fold to themselves without a table lookup (Han, ASCII other than capitals).
  var NOT_PLAIN = /[^\u4E00-\u9FFF\x00-\x40\x5B-\x7F]/g;

  /**
   * The folded text when folding keeps every UTF-16 unit where it was (full-width punctuation,
   * capitals: one unit for one unit), else null. Then an offset in the folded text is the same
   * offset in the original, and no map is needed: the usual case for Chinese text, found by one
   * native replace instead of a step per character.
   */
  function foldInPlace(text) {
    var same = true;
    var folded = text.replace(NOT_PLAIN, function (ch) {
      var unit = ch.charCodeAt(0);
      var f = unit >= 0xD800 && unit <= 0xDFFF ? null : foldCodePoint(unit);
      if (!f || f.length !== 1 || f[0] > 0xFFFF) {
        same = false;
        return ch;
      }
      return String.fromCharCode(f[0]);
    });
    return same ? folded : null;
  }

  function codePoints(text) {
    var cps = [];
    for (var ch of text) cps.push(ch.codePointAt(0));
    return cps;
  }

  function fromCodePoints(cps) {
    var s = '';
    for (var i = 0; i < cps.length; i++) s += String.fromCodePoint(cps[i]);
    return s;
  }

  // ---------------------------------------------------------------------------------------
  // Queries: words separated by white space must all match; each word must occur whole.

  /**
   * Splits a query into words and, for each word, the tokens whose positions prove it: every
   * letter or digit run (whole), and the pairs of neighbours that are not both letters/digits.
   * A word that is itself one token (one or three characters of Han and the like, two such
   * characters, one letter/digit run, or a frequent phrase the index lists) needs only that
   * token's counts; phrases inside a longer word may stand in for its pairs (chooseCover).
   */
  function parseQuery(query) {
    var folded = [];
    for (var cp of codePoints(String(query || ''))) {
      var f = foldCodePoint(cp);
      for (var k = 0; k < f.length; k++) folded.push(f[k]);
    }
    var words = [];
    var seen = new Set();
    var current = [];
    var flush = function () {
      if (current.length === 0) return;
      var text = fromCodePoints(current);
      if (!seen.has(text)) {
        seen.add(text);
        words.push(makeWord(current));
      }
      current = [];
    };
    for (var i = 0; i < folded.length; i++) {
      if (classify(folded[i]) === SPACE) flush();
      else current.push(folded[i]);
    }
    flush();
    return words;
  }

  function makeWord(cps) {
    var classes = cps.map(classify);
    var runs = [];
    var pairs = [];
    for (var i = 0; i < cps.length; i++) {
      var c = classes[i];
      if (isWord(c) && (i === 0 || classes[i - 1] !== c)) {
        var end = i;
        while (end + 1 < cps.length && classes[end + 1] === c) end++;
        runs.push({ token: fromCodePoints(cps.slice(i, end + 1)), offset: i, positional: true });
      }
      if (i + 1 < cps.length && !(isWord(c) && isWord(classes[i + 1]))) {
        pairs.push({ token: fromCodePoints([cps[i], cps[i + 1]]), offset: i, length: 2, positional: true });
      }
    }
    var word = { text: fromCodePoints(cps), cps: cps, classes: classes, runs: runs, pairs: pairs, single: null, phrase: null };
    var allOther = classes.every(function (c) { return c === OTHER; });
    // One and three characters of Han, punctuation and the like are tokens with counts only.
    if ((cps.length === 1 || cps.length === 3) && allOther) word.single = { token: word.text, offset: 0, positional: false };
    // Four or more may be a frequent phrase with a token of its own (PhraseTable.cs); meta.json lists
    // the phrases, and a word that is one needs only its counts. Any other is proved by positions.
    if (cps.length >= 4 && allOther) word.phrase = { token: word.text, offset: 0, length: cps.length, positional: true };
    else if (runs.length === 1 && pairs.length === 0) word.single = runs[0];
    else if (runs.length === 0 && pairs.length === 1) word.single = pairs[0];
    return word;
  }

  /** Every token a word needs to be looked up (all must exist for the word to occur at all). */
  function wordTokens(word) {
    return word.single ? [word.single] : word.runs.concat(word.pairs);
  }

  /**
   * Picks the tokens whose positions are fetched: all letter/digit runs (they prove whole-word
   * boundaries), and the cheapest set of pairs and phrases (spans of 2 to 8 characters) that covers
   * every other character. Together they fix every character of the word at a known offset, so a
   * match is exact. cost(span) is the size of its positions; phrases are optional extra spans.
   */
  function chooseCover(word, cost, phrases) {
    var m = word.cps.length;
    var spans = word.pairs.concat(phrases || []);
    // best[p]: the cheapest spans that cover every character before p that needs covering.
    var best = new Array(m + 1).fill(null);
    best[0] = { cost: 0, picks: [] };
    for (var p = 0; p < m; p++) {
      var here = best[p];
      if (!here) continue;
      var relax = function (to, extra, pick) {
        var total = here.cost + extra;
        if (!best[to] || total < best[to].cost) best[to] = { cost: total, picks: pick ? here.picks.concat([pick]) : here.picks };
      };
      if (word.classes[p] !== OTHER) relax(p + 1, 0, null);
      for (var k = 0; k < spans.length; k++) {
        var span = spans[k];
        if (span.offset <= p && p < span.offset + span.length) relax(span.offset + span.length, cost(span), span);
      }
    }
    return word.runs.concat(best[m] ? best[m].picks : word.pairs);
  }

  // ---------------------------------------------------------------------------------------
  // Index files.

  function fnv1a(token) {
    var h = 0x811C9DC5;
    for (var i = 0; i < token.length; i++) {
      h ^= token.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  }

  function bucketPath(meta, token) {
    var h = fnv1a(token);
    var partitions = meta.partitions;
    var p = h & (partitions - 1);
    var buckets = meta.buckets[p];
    if (!buckets) return null;
    var shift = Math.round(Math.log2(partitions));
    var b = (h >>> shift) % buckets;
    return 'k/' + p + '-' + b + '.json';
  }

  /** A finding's open-data file, relative to search/ (meta.document is relative to the site root). */
  function documentPath(meta, number) {
    return '../' + meta.document.split('{n}').join(String(number));
  }

  /**
   * The parts of an open-data file that results show: { number, label, title, url, parts: [[heading,
   * anchor, text]] } in meta.parts order. The file has every field of the finding; each part's text is
   * under its anchor's key (problem, target, measures, result).
   */
  function documentView(meta, data) {
    var parts = [];
    for (var i = 0; i < meta.parts.length; i++) {
      var text = data[meta.parts[i][0]];
      parts.push([meta.parts[i][1], meta.parts[i][0], typeof text === 'string' ? text : '']);
    }
    return { number: data.number, label: data.label, title: data.title, url: data.path, parts: parts };
  }

  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGIT_VALUE = new Int8Array(128).fill(-1);
  for (var d = 0; d < DIGITS.length; d++) DIGIT_VALUE[DIGITS.charCodeAt(d)] = d;

  /** One number as PostingString.cs writes it (for warmUp's made-up postings). */
  function encodeNumber(value) {
    var out = '';
    while (value >= 32) {
      out += DIGITS[32 + value % 32];
      value = Math.floor(value / 32);
    }
    return out + DIGITS[value];
  }

  /** Decodes numbers written by PostingString.cs: 5 bits a character, values 32–63 mean more follow. */
  function decodeNumbers(text) {
    var out = [];
    var value = 0;
    var scale = 1;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      var digit = c < 128 ? DIGIT_VALUE[c] : -1;
      if (digit < 0) throw new Error('corrupt search index');
      if (digit >= 32) {
        value += (digit - 32) * scale;
        scale *= 32;
      } else {
        out.push(value + digit * scale);
        value = 0;
        scale = 1;
      }
    }
    return out;
  }

  /**
   * Decodes postings into parallel typed arrays: documents (ascending), counts, and when kept the
   * absolute positions of each document's hits, flat, from starts[k] on; most: the largest count. One pass over the string,
   * no call per number and no growing arrays: on a cold page this runs before the code is optimized,
   * for postings of up to hundreds of thousands of numbers. Every number takes at least one
   * character and a document at least two numbers, which bounds the arrays.
   */
  function decodePostings(text, hasPositions, keepPositions) {
    var n = text.length;
    var room = (n >> 1) + 1;
    var docs = new Int32Array(room);
    var counts = new Int32Array(room);
    var starts = keepPositions ? new Int32Array(room) : null;
    var most = 0;
    var positions = keepPositions ? new Int32Array(n) : null;
    var d = 0;
    var kept = 0;
    var doc = 0;
    // What the next number is: 0 a document gap, 1 its count, 2 one of its position gaps (left of them remain).
    var state = 0;
    var left = 0;
    var p = 0;
    var value = 0;
    var scale = 1;
    for (var i = 0; i < n; i++) {
      var c = text.charCodeAt(i);
      var digit = c < 128 ? DIGIT_VALUE[c] : -1;
      if (digit < 0) throw new Error('corrupt search index');
      if (digit >= 32) {
        value += (digit - 32) * scale;
        scale *= 32;
        continue;
      }
      value += digit * scale;
      if (state === 0) {
        doc += value;
        docs[d] = doc;
        state = 1;
      } else if (state === 1) {
        counts[d] = value;
        if (value > most) most = value;
        if (keepPositions) starts[d] = kept;
        if (hasPositions && value > 0) {
          left = value;
          p = 0;
          state = 2;
        } else {
          d++;
          state = 0;
        }
      } else {
        p += value;
        if (keepPositions) positions[kept++] = p;
        if (--left === 0) {
          d++;
          state = 0;
        }
      }
      value = 0;
      scale = 1;
    }
    if (state !== 0 || scale !== 1) throw new Error('corrupt search index');
    return {
      docs: docs.subarray(0, d), counts: counts.subarray(0, d),
      starts: keepPositions ? starts.subarray(0, d) : null, positions: keepPositions ? positions.subarray(0, kept) : null,
      most: most,
    };
  }

  /** First index in sorted[from..to) whose value is at least value. */
  function lowerBound(sorted, value, from, to) {
    var lo = from;
    var hi = to;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /**
   * Counts, per document, the places where every constraint holds at once: token k at base + offset k.
   * constraints: [{ offset, postings: decodePostings(…, true, true) }]. Adds each document's hits
   * to into[doc] (an array indexed by document) and returns how many documents had any.
   */
  function verify(constraints, into) {
    var found = 0;
    if (constraints.length === 0) return found;
    var ordered = constraints.slice().sort(function (a, b) { return a.postings.docs.length - b.postings.docs.length; });
    var cursor = ordered.map(function () { return 0; });
    var rows = new Array(ordered.length);
    var smallest = ordered[0].postings;
    outer:
    for (var r = 0; r < smallest.docs.length; r++) {
      var doc = smallest.docs[r];
      rows[0] = r;
      for (var j = 1; j < ordered.length; j++) {
        var docs = ordered[j].postings.docs;
        var at = lowerBound(docs, doc, cursor[j], docs.length);
        cursor[j] = at;
        if (at === docs.length) break outer;
        if (docs[at] !== doc) continue outer;
        rows[j] = at;
      }
      var anchor = 0;
      for (var a = 1; a < ordered.length; a++) {
        if (ordered[a].postings.counts[rows[a]] < ordered[anchor].postings.counts[rows[anchor]]) anchor = a;
      }
      var ap = ordered[anchor].postings;
      var aStart = ap.starts[rows[anchor]];
      var aEnd = aStart + ap.counts[rows[anchor]];
      var hits = 0;
      for (var k = aStart; k < aEnd; k++) {
        var base = ap.positions[k] - ordered[anchor].offset;
        if (base < 0) continue;
        var ok = true;
        for (var c = 0; c < ordered.length && ok; c++) {
          if (c === anchor) continue;
          var cp = ordered[c].postings;
          var from = cp.starts[rows[c]];
          var to = from + cp.counts[rows[c]];
          var want = base + ordered[c].offset;
          var found = lowerBound(cp.positions, want, from, to);
          ok = found < to && cp.positions[found] === want;
        }
        if (ok) hits++;
      }
      if (hits > 0) {
        into[doc] += hits;
        found++;
      }
    }
    return found;
  }

  // ---------------------------------------------------------------------------------------
  // The engine: pure apart from loadJson(path relative to search/) → Promise of parsed JSON.

  // Pairs whose positions total more than this make a longer word worth planning with the phrases inside it.
  var PHRASE_PLAN_BYTES = 32768;
  // What fetching one more bucket file costs, about, in the same units as positions' sizes (an inline
  // phrase is read from its bucket; a large one only from its x/ file, which large.json names).
  var BUCKET_BYTES = 32768;
  // Above this many bytes of x/ files, a word's proof first makes sure that its other tokens occur at all.
  var CHECK_FIRST_BYTES = 65536;

  function createEngine(loadJson) {
    var cache = new Map();
    var metaPromise = null;

    function load(path) {
      if (!cache.has(path)) {
        var promise = Promise.resolve().then(function () { return loadJson(path); });
        promise.catch(function () { cache.delete(path); });
        cache.set(path, promise);
      }
      return cache.get(path);
    }

    function meta() {
      if (!metaPromise) {
        metaPromise = load('meta.json').then(function (m) {
          var gaps = decodeNumbers(m.numbers);
          var numbers = new Array(m.documents);
          var n = 0;
          for (var i = 0; i < m.documents; i++) { n += gaps[i]; numbers[i] = n; }
          m.numberOf = numbers;
          m.themeMasks = decodeNumbers(m.themeMasks);
          m.statusIndexes = decodeNumbers(m.statusIndexes);
          return m;
        });
        metaPromise.catch(function () { metaPromise = null; });
      }
      return metaPromise;
    }

    /**
     * A token's entry, for reading its counts: meta.json names every token whose counts are in a
     * c/ file of their own, and such a token's file is read at once, without its bucket.
     */
    function countsEntryOf(m, token) {
      var files = m.countFiles;
      if (files && Object.prototype.hasOwnProperty.call(files, token)) return Promise.resolve({ f: files[token], c: -1 });
      return entryOf(m, token);
    }

    async function entryOf(m, token) {
      var path = bucketPath(m, token);
      if (!path) return null;
      var bucket = await load(path);
      return Object.prototype.hasOwnProperty.call(bucket, token) ? bucket[token] : null;
    }

    /**
     * Postings of one token: body and title maps, with positions when asked and the token has them.
     * An inline entry holds positions (for positional tokens). A large token's entry holds its
     * counts inline (c, an array) or says they are in its c/ file; its x/ file holds counts with positions.
     */
    async function postingsOf(entry, constraint, withPositions) {
      var keep = withPositions && constraint.positional;
      if (Array.isArray(entry)) {
        return {
          body: decodePostings(entry[0], constraint.positional, keep),
          title: decodePostings(entry[1], constraint.positional, keep),
        };
      }
      if (!keep && Array.isArray(entry.c)) {
        return { body: decodePostings(entry.c[0], false, false), title: decodePostings(entry.c[1], false, false) };
      }
      var data = await load((keep ? 'x/' : 'c/') + entry.f + '.json');
      return { body: decodePostings(data[0], keep, keep), title: decodePostings(data[1], keep, keep) };
    }

    /**
     * Hit counts of one word in every document: { body, title } arrays indexed by document, and
     * docs, the documents with any hit in ascending order. Arrays rather than maps: a common word
     * is in nearly every document, and this is the hot path of a query.
     */
    function newHits(m) {
      return { body: new Int32Array(m.documents), title: new Int32Array(m.documents), docs: null };
    }

    function listDocs(hits) {
      var docs = new Int32Array(hits.body.length);
      var n = 0;
      for (var d = 0; d < hits.body.length; d++) if (hits.body[d] + hits.title[d] > 0) docs[n++] = d;
      hits.docs = docs.subarray(0, n);
      return hits;
    }

    /** Whether a word is a phrase token: meta.json lists every phrase, so no file is read to learn it. */
    function isPhrase(m, word) {
      return !!word.phrase && word.cps.length <= (m.phraseMax || 0) && Object.prototype.hasOwnProperty.call(m.phrases || {}, word.phrase.token);
    }

    /**
     * A word's hits in every document. { counts: postings } when the word is one token read from its
     * counts alone (search ranks a lone such word straight from them), else hit arrays (newHits).
     */
    async function evaluateWord(m, word) {
      if (isPhrase(m, word)) {
        var phraseEntry = await countsEntryOf(m, word.phrase.token);
        if (phraseEntry) return { counts: await postingsOf(phraseEntry, word.phrase, false) };
      }
      if (word.single) {
        var singleEntry = await countsEntryOf(m, word.single.token);
        return singleEntry ? { counts: await postingsOf(singleEntry, word.single, false) } : listDocs(newHits(m));
      }
      // A proof by positions. large.json lists every token with a positions file of its own, with the
      // file and its size; any other token of the word has its positions inline in its bucket, or is in
      // no document. So the cheapest proof is chosen before any bucket is read, and the chosen tokens'
      // buckets and x/ files are then read together: one round (the page reads large.json when it opens).
      var large = await load('large.json');
      var cover = planProof(m, word, large);
      // When the cover's x/ files are large, the word's other tokens are looked up first: one that is in
      // no document (a word that occurs nowhere) then costs a bucket, not those files.
      var first = checkFirst(word, cover, large);
      if (first.length) {
        var found = await Promise.all(first.map(function (c) { return entryOf(m, c.token); }));
        if (found.some(function (e) { return !e; })) return listDocs(newHits(m));
      }
      // Every character of the word is fixed by the cover, so a token of it that is in no document
      // (no entry) means the word is in none either.
      var loaded = await Promise.all(cover.map(function (c) {
        var entry = isLarge(large, c.token) ? { f: large[c.token][0], x: large[c.token][1] } : entryOf(m, c.token);
        return Promise.resolve(entry).then(function (e) { return e ? postingsOf(e, c, true) : null; });
      }));
      if (loaded.some(function (l) { return l === null; })) return listDocs(newHits(m));
      var hits = newHits(m);
      verify(cover.map(function (c, k) { return { offset: c.offset, postings: loaded[k].body }; }), hits.body);
      verify(cover.map(function (c, k) { return { offset: c.offset, postings: loaded[k].title }; }), hits.title);
      return listDocs(hits);
    }

    function isLarge(large, token) { return Object.prototype.hasOwnProperty.call(large, token); }

    /**
     * The word's tokens to look up before its cover's x/ files are read: none when those files are small
     * (the usual case: one round for the whole proof), else the tokens without x/ files of their own,
     * whose buckets say whether they occur at all.
     */
    function checkFirst(word, cover, large) {
      var bytes = 0;
      for (var i = 0; i < cover.length; i++) if (isLarge(large, cover[i].token)) bytes += large[cover[i].token][1];
      if (bytes <= CHECK_FIRST_BYTES) return [];
      return wordTokens(word).filter(function (c) { return !isLarge(large, c.token); });
    }

    /**
     * The tokens whose positions prove a word (chooseCover), planned from large.json alone: a token it
     * lists costs the size of its x/ file, any other is inline in its bucket (or in no document) and
     * costs nothing more than that bucket, which is read anyway.
     */
    function planProof(m, word, large) {
      var cost = function (span) {
        if (span.size !== undefined) return span.size;
        return isLarge(large, span.token) ? large[span.token][1] : 0;
      };
      var cover = chooseCover(word, cost);
      // When pairs alone would be costly, the phrases inside the word may prove it for less.
      var planned = cover.reduce(function (n, c) { return n + (c.length === 2 ? cost(c) : 0); }, 0);
      if (planned > PHRASE_PLAN_BYTES && word.cps.length > 4 && (m.phraseMax || 0) >= 4) {
        var inside = phrasesIn(word, m.phrases || {}, m.phraseMax);
        if (inside.length) cover = chooseCover(word, cost, inside);
      }
      return cover;
    }

    /**
     * The phrases (meta.json's phrases: text → size of positions, 0 when inline in the bucket) that
     * stand inside the word, as spans. An inline phrase costs its bucket file, a large one its x/ file.
     */
    function phrasesIn(word, listed, longest) {
      var spans = [];
      for (var i = 0; i + 4 <= word.cps.length; i++) {
        for (var n = 4; n <= longest && i + n <= word.cps.length; n++) {
          if (i === 0 && n === word.cps.length) continue;
          var text = fromCodePoints(word.cps.slice(i, i + n));
          if (!Object.prototype.hasOwnProperty.call(listed, text)) break; // phrases are closed under prefixes
          spans.push({ token: text, offset: i, length: n, positional: true, size: listed[text] > 0 ? listed[text] : BUCKET_BYTES });
        }
      }
      return spans;
    }

    /** Hits from a counts-only reading of one token. */
    function countsOf(m, p) {
      var hits = newHits(m);
      var body = p.body.docs;
      var title = p.title.docs;
      for (var k = 0; k < body.length; k++) hits.body[body[k]] += p.body.counts[k];
      for (var t = 0; t < title.length; t++) hits.title[title[t]] += p.title.counts[t];
      // The documents are the union of two ascending lists: merged, not found by a scan of every document.
      var docs = new Int32Array(body.length + title.length);
      var n = 0;
      var i = 0;
      var j = 0;
      while (i < body.length || j < title.length) {
        var next = j >= title.length || (i < body.length && body[i] < title[j]) ? body[i++] : title[j++];
        if (i < body.length && body[i] === next) i++;
        if (j < title.length && title[j] === next) j++;
        docs[n++] = next;
      }
      hits.docs = docs.subarray(0, n);
      return hits;
    }

    function facetIndex(list, key) {
      if (!key) return -1;
      for (var i = 0; i < list.length; i++) if (list[i][0] === key) return i;
      return -2;
    }

    /**
     * Runs a query with optional filters { theme, status } (keys). Returns every matching
     * document, ranked: more query words in the title first, then more hits, then lower number
     * (see ranking: page(from, to), or results for all of them).
     * options.prefetch: how many of the first results' documents to start loading as soon as they
     * are known, before the rest is ranked, so that the files are on their way meanwhile.
     */
    async function search(query, filters, options) {
      var m = await meta();
      filters = filters || {};
      var prefetch = options && options.prefetch > 0 ? options.prefetch : 0;
      var words = parseQuery(query);
      var theme = facetIndex(m.themes, filters.theme);
      var status = facetIndex(m.statuses, filters.status);
      var filtered = theme !== -1 || status !== -1;
      var passes = function (doc) {
        if (theme === -2 || status === -2) return false;
        if (theme >= 0 && (m.themeMasks[doc] & (1 << theme)) === 0) return false;
        if (status >= 0 && m.statusIndexes[doc] !== status) return false;
        return true;
      };
      var results = [];
      if (words.length === 0) {
        if (!filtered) {
          var none = ranking(words, 0, null, function () { return results; });
          none.empty = true;
          return none;
        }
        for (var d = 0; d < m.documents; d++) {
          if (passes(d)) results.push({ doc: d, number: m.numberOf[d], titleWords: 0, hits: 0 });
        }
        loadFirst(m, results, prefetch);
        return ranking(words, results.length, null, function () { return results; });
      }
      var perWord = await Promise.all(words.map(function (w) { return evaluateWord(m, w); }));
      var n = m.documents;
      var ranked = perWord.length === 1 && perWord[0].counts ? rankCounts(n, perWord[0].counts, filtered, passes) : null;
      if (!ranked) ranked = rankHits(n, perWord.map(function (w) { return w.counts ? countsOf(m, w.counts) : w; }), filtered, passes);
      // Each result's key: ((words − words in the title) · span + (span − 1 − hits)) · documents + document,
      // so ascending keys are the ranking: more words in the title, then more hits, then the lower number
      // (documents are in number order). Sorting one number per result natively is several times faster
      // than a comparator over objects, and exact while every key is under 2^53 (checked; else a comparator).
      var keys = ranked.keys;
      var span = ranked.span;
      if (keys) {
        var resultOf = function (key) {
          var which = key % n;
          var rank = (key - which) / n;
          return { doc: which, number: m.numberOf[which], titleWords: words.length - Math.floor(rank / span), hits: span - 1 - rank % span };
        };
        // The first page is the few smallest keys, found in one pass; its documents are sent for at once.
        // The full sort, and a result object for each of the many, wait until a later page is asked for.
        var first = prefetch > 0 ? smallest(keys, prefetch).map(resultOf) : null;
        if (first) loadFirst(m, first, prefetch);
        var all = null;
        var allResults = function () {
          if (!all) {
            keys.sort();
            all = [];
            for (var r = 0; r < keys.length; r++) all.push(resultOf(keys[r]));
          }
          return all;
        };
        return ranking(words, keys.length, first, allResults);
      }
      var found = ranked.found;
      var titleWordsOf = ranked.titleWordsOf;
      var hitsOf = ranked.hitsOf;
      var order = [];
      for (var o = 0; o < found.length; o++) order.push(o);
      order.sort(function (a, b) {
        return (titleWordsOf[b] - titleWordsOf[a]) || (hitsOf[b] - hitsOf[a]) || (found[a] - found[b]);
      });
      for (var q = 0; q < order.length; q++) {
        var k = order[q];
        results.push({ doc: found[k], number: m.numberOf[found[k]], titleWords: titleWordsOf[k], hits: hitsOf[k] });
      }
      loadFirst(m, results, prefetch);
      return ranking(words, results.length, null, function () { return results; });
    }

    /**
     * A query's outcome: { words, total, empty, page(from, to), results }. page gives results from..to
     * in rank order; results (all of them, ranked) is made when first read. first: the first results,
     * when known without ranking the rest.
     */
    function ranking(words, total, first, all) {
      var outcome = {
        words: words, total: total, empty: false,
        page: function (from, to) {
          return first && (to <= first.length || first.length === total) ? first.slice(from, to) : all().slice(from, to);
        },
      };
      Object.defineProperty(outcome, 'results', { enumerable: true, get: all });
      return outcome;
    }

    var EXACT = 9007199254740992;

    /**
     * One word read from its counts (the commonest query): its keys straight from the body and title
     * postings, merged in one pass. The span is the largest body count plus the largest title count,
     * at least any document's hits. Null when the keys could exceed 2^53.
     */
    function rankCounts(n, p, filtered, passes) {
      var span = p.body.most + p.title.most + 1;
      if (2 * span * n >= EXACT) return null;
      var bd = p.body.docs;
      var bc = p.body.counts;
      var td = p.title.docs;
      var tc = p.title.counts;
      var keys = new Float64Array(bd.length + td.length);
      var count = 0;
      var i = 0;
      var j = 0;
      while (i < bd.length || j < td.length) {
        var doc;
        var h;
        var inTitle = 0;
        if (j >= td.length || (i < bd.length && bd[i] < td[j])) {
          doc = bd[i];
          h = bc[i++];
        } else if (i >= bd.length || td[j] < bd[i]) {
          doc = td[j];
          h = inTitle = tc[j++];
        } else {
          doc = bd[i];
          inTitle = tc[j];
          h = bc[i++] + tc[j++];
        }
        if (filtered && !passes(doc)) continue;
        keys[count++] = ((inTitle > 0 ? 0 : 1) * span + (span - 1 - h)) * n + doc;
      }
      return { keys: keys.subarray(0, count), span: span };
    }

    /** Several words, or one proved by positions: the documents that hold every word, from their hit arrays. */
    function rankHits(n, perWord, filtered, passes) {
      perWord.sort(function (a, b) { return a.docs.length - b.docs.length; });
      var candidates = perWord[0].docs;
      var found = new Int32Array(candidates.length);
      var titleWordsOf = new Int32Array(candidates.length);
      var hitsOf = new Int32Array(candidates.length);
      var count = 0;
      var most = 0;
      next:
      for (var c = 0; c < candidates.length; c++) {
        var doc = candidates[c];
        if (filtered && !passes(doc)) continue;
        var titleWords = 0;
        var hits = 0;
        for (var i = 0; i < perWord.length; i++) {
          var inTitle = perWord[i].title[doc];
          var h = perWord[i].body[doc] + inTitle;
          if (h === 0) continue next;
          if (inTitle > 0) titleWords++;
          hits += h;
        }
        found[count] = doc;
        titleWordsOf[count] = titleWords;
        hitsOf[count] = hits;
        count++;
        if (hits > most) most = hits;
      }
      var words = perWord.length;
      var span = most + 1;
      if ((words + 1) * span * n >= EXACT) {
        return { keys: null, span: span, found: found.subarray(0, count), titleWordsOf: titleWordsOf.subarray(0, count), hitsOf: hitsOf.subarray(0, count) };
      }
      var keys = new Float64Array(count);
      for (var f = 0; f < count; f++) keys[f] = ((words - titleWordsOf[f]) * span + (most - hitsOf[f])) * n + found[f];
      return { keys: keys, span: span };
    }

    /** The how many smallest values, ascending: one pass keeping a short sorted list. */
    function smallest(values, how) {
      var best = [];
      for (var i = 0; i < values.length; i++) {
        var v = values[i];
        if (best.length === how && v >= best[how - 1]) continue;
        var at = best.length === how ? how - 1 : best.length;
        while (at > 0 && best[at - 1] > v) {
          best[at] = best[at - 1];
          at--;
        }
        best[at] = v;
      }
      return best;
    }

    /** Starts loading the documents of the first results (errors are left to loadDocument). */
    function loadFirst(m, results, how) {
      for (var i = 0; i < how && i < results.length; i++) load(documentPath(m, results[i].number)).catch(function () {});
    }

    /**
     * Starts loading the files a query will read first, without running it: for each word, its own
     * token's bucket (a phrase or one-token word), or else large.json and then the buckets of its
     * tokens that have no positions file. The page calls this as the reader types, so that the
     * first round is under way, or over, when the pause after the last keystroke ends. Errors are
     * left for the search itself to meet.
     */
    function prefetch(query) {
      var ignore = function () {};
      var proof = function (m, word) {
        load('large.json').then(function (large) {
          var cover = planProof(m, word, large);
          cover.concat(checkFirst(word, cover, large)).forEach(function (c) {
            if (!isLarge(large, c.token)) entryOf(m, c.token).catch(ignore);
          });
        }, ignore);
      };
      meta().then(function (m) {
        parseQuery(query).forEach(function (word) {
          var own = isPhrase(m, word) ? word.phrase : word.single;
          if (!own) return proof(m, word);
          countsEntryOf(m, own.token).then(function (entry) {
            // A large token's counts may be in a c/ file of their own; a word that is no phrase is proved.
            if (entry && !Array.isArray(entry) && !Array.isArray(entry.c)) load('c/' + entry.f + '.json').catch(ignore);
            else if (!entry && !word.single) proof(m, word);
          }, ignore);
        });
      }, ignore);
    }

    /** A result's finding as documentView gives it, from its open-data file. */
    async function loadDocument(number) {
      var m = await meta();
      return documentView(m, await load(documentPath(m, number)));
    }

    /**
     * What the page reads once it has opened, while the reader types: large.json, which a word proved
     * by positions needs before it can choose its files (13 KB gzip at 10,000 findings).
     */
    function prepare() {
      return meta().then(function () { return load('large.json'); }).then(function () {}, function () {});
    }

    /**
     * Runs the hot path once on made-up postings, touching no file, so that V8 has compiled it and
     * gathered its type feedback before the reader's first query: on a cold page each pass over
     * thousands of documents otherwise starts in the interpreter. The page calls it once it has opened.
     */
    function warmUp() {
      var n = 1000;
      var body = [];
      var title = [];
      for (var d = 0; d < n; d++) {
        body.push(encodeNumber(d === 0 ? 0 : 1), encodeNumber(3), encodeNumber(5 + d % 7), encodeNumber(40), encodeNumber(1));
        if (d % 9 === 0) title.push(encodeNumber(d === 0 ? 0 : 9), encodeNumber(1), encodeNumber(2));
      }
      body = body.join('');
      title = title.join('');
      var m = { documents: n };
      var counts = { body: decodePostings(body, true, false), title: decodePostings(title, true, false) };
      var ranked = rankCounts(n, counts, false, null);
      smallest(ranked.keys, 10);
      var a = { body: decodePostings(body, true, true), title: decodePostings(title, true, true) };
      var hits = newHits(m);
      verify([{ offset: 0, postings: a.body }, { offset: 1, postings: a.body }], hits.body);
      verify([{ offset: 0, postings: a.title }, { offset: 1, postings: a.title }], hits.title);
      var both = rankHits(n, [countsOf(m, counts), listDocs(hits)], false, null);
      smallest(both.keys, 10);
      var words = parseQuery('秸秆 COD');
      var text = '';
      for (var k = 0; k < 20; k++) text += '加强秸秆综合利用，（ＣＯＤ）浓度达标。';
      makeExcerpt({ parts: [['问题', 'problem', '没有'], ['完成情况', 'result', text]] }, words);
    }

    return { meta: meta, search: search, prefetch: prefetch, loadDocument: loadDocument, prepare: prepare, warmUp: warmUp };
  }

  // ---------------------------------------------------------------------------------------
  // Excerpts and highlighting, computed on the original text.

  /** Original UTF-16 ranges [start, end) where any of the words occurs whole, sorted, merged. */
  function findMatches(text, words) {
    var inPlace = foldInPlace(text);
    var folded = inPlace !== null ? { text: inPlace, from: null, to: null } : foldText(text);
    var ranges = [];
    for (var w = 0; w < words.length; w++) {
      var word = words[w];
      if (word.text.length === 0) continue;
      var firstClass = word.classes[0];
      var lastClass = word.classes[word.classes.length - 1];
      for (var at = folded.text.indexOf(word.text); at >= 0; at = folded.text.indexOf(word.text, at + 1)) {
        var end = at + word.text.length;
        if (isWord(firstClass) && at > 0 && classify(folded.text.codePointAt(at - 1)) === firstClass) continue;
        if (isWord(firstClass) && at > 1 && isLowSurrogateAt(folded.text, at - 1) && classify(folded.text.codePointAt(at - 2)) === firstClass) continue;
        if (isWord(lastClass) && end < folded.text.length && classify(folded.text.codePointAt(end)) === lastClass) continue;
        ranges.push(folded.from ? [folded.from[at], folded.to[end - 1]] : [at, end]);
      }
    }
    ranges.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var merged = [];
    for (var i = 0; i < ranges.length; i++) {
      var last = merged[merged.length - 1];
      if (last && ranges[i][0] <= last[1]) last[1] = Math.max(last[1], ranges[i][1]);
      else merged.push(ranges[i].slice());
    }
    return merged;
  }

  function isLowSurrogateAt(s, i) {
    var c = s.charCodeAt(i);
    return c >= 0xDC00 && c <= 0xDFFF;
  }

  /** Cuts [start, end) of text into plain and marked segments. */
  function segments(text, start, end, ranges) {
    var out = [];
    var at = start;
    for (var i = 0; i < ranges.length; i++) {
      var r0 = Math.max(ranges[i][0], start);
      var r1 = Math.min(ranges[i][1], end);
      if (r1 <= r0) continue;
      if (r0 > at) out.push({ text: text.slice(at, r0), mark: false });
      out.push({ text: text.slice(r0, r1), mark: true });
      at = r1;
    }
    if (at < end) out.push({ text: text.slice(at, end), mark: false });
    return out;
  }

  function safeCut(text, i) {
    var c = text.charCodeAt(i);
    return i > 0 && i < text.length && c >= 0xDC00 && c <= 0xDFFF ? i - 1 : i;
  }

  /**
   * The excerpt for a document: the first part (in reading order) that contains a match, cut
   * around its first match. Returns { label, anchor, segments, clippedStart, clippedEnd, count }.
   */
  function makeExcerpt(doc, words, before, after) {
    before = before || 30;
    after = after || 80;
    var fields = doc.parts || [];
    for (var i = 0; i < fields.length; i++) {
      var text = fields[i][2];
      var ranges = findMatches(text, words);
      if (ranges.length === 0) continue;
      var start = safeCut(text, Math.max(0, ranges[0][0] - before));
      var end = safeCut(text, Math.min(text.length, ranges[0][1] + after));
      return {
        label: fields[i][0], anchor: fields[i][1], segments: segments(text, start, end, ranges),
        clippedStart: start > 0, clippedEnd: end < text.length, count: ranges.length,
      };
    }
    // No hit in the text (the title matched): the start of the first part that has any text.
    var shown = fields.filter(function (f) { return f[2] !== ''; })[0];
    if (!shown) return null;
    var first = shown[2];
    var cut = safeCut(first, Math.min(first.length, before + after));
    return {
      label: shown[0], anchor: shown[1], segments: [{ text: first.slice(0, cut), mark: false }],
      clippedStart: false, clippedEnd: cut < first.length, count: 0,
    };
  }

  /** A document's address made absolute against the site root; null unless it stays inside the site. */
  function resolveDocumentUrl(url, rootHref) {
    if (typeof url !== 'string' || url === '' || /^[\/\\]|[:\\\s]/.test(url)) return null;
    var resolved = new URL(url, rootHref).href;
    return resolved.indexOf(rootHref) === 0 ? resolved : null;
  }

  var api = {
    foldCodePoint: foldCodePoint, classify: classify, foldText: foldText, parseQuery: parseQuery,
    chooseCover: chooseCover, fnv1a: fnv1a, bucketPath: bucketPath, decodeNumbers: decodeNumbers, decodePostings: decodePostings,
    verify: verify, createEngine: createEngine, findMatches: findMatches, makeExcerpt: makeExcerpt,
    resolveDocumentUrl: resolveDocumentUrl, documentPath: documentPath, documentView: documentView,
  };

  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  if (typeof document !== 'undefined' && typeof window !== 'undefined') {
    var scriptSrc = document.currentScript ? document.currentScript.src : null;
    var start = function () { initPage(scriptSrc); };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
  }

  // ---------------------------------------------------------------------------------------
  // The search page.

  function initPage(scriptSrc) {
    var form = document.getElementById('search-form');
    var input = document.getElementById('search-q');
    var list = document.getElementById('search-results');
    var statusLine = document.getElementById('search-status-line');
    if (!form || !input || !list || !statusLine) return;
    var themeSelect = document.getElementById('search-theme');
    var statusSelect = document.getElementById('search-status');
    // The no-JavaScript explanation is only for readers without this script.
    var fallback = document.getElementById('search-fallback');
    if (fallback) fallback.hidden = true;

    var rootAttr = form.getAttribute('data-search-root');
    var rootHref = rootAttr !== null
      ? new URL(rootAttr || './', document.baseURI).href
      : new URL('../../', scriptSrc || document.baseURI).href;
    var indexHref = new URL('search/', rootHref).href;
    var engine = createEngine(function (path) {
      return fetch(new URL(path, indexHref).href, { credentials: 'same-origin' }).then(function (r) {
        if (!r.ok) throw new Error(r.status + ' ' + path);
        return r.json();
      });
    });

    var PAGE = 10;
    var sequence = 0;
    var timer = 0;
    var shown = 0;
    var current = null;
    var more = document.createElement('button');
    more.type = 'button';
    more.className = 'search-more';
    more.hidden = true;
    list.parentNode.insertBefore(more, list.nextSibling);

    var params = new URLSearchParams(window.location.search);
    input.value = params.get('q') || input.value || '';

    engine.meta().then(function (m) {
      fillSelect(themeSelect, m.themes, params.get('theme'));
      fillSelect(statusSelect, m.statuses, params.get('status'));
      // A query in the address goes first; the rest is read once it is shown.
      // Then the hot path runs once on made-up data, in idle time, so the first query is not its first run.
      run().then(engine.prepare).then(function () {
        var later = window.requestIdleCallback || function (f) { return setTimeout(f, 0); };
        later(function () { engine.warmUp(); });
      });
    }, function () {
      statusLine.textContent = '搜索索引无法加载。请稍后再试，或通过主题索引浏览全部整改事项。';
    });

    // While an input method is composing (pinyin, wubi…) the field holds Latin keystrokes, not the
    // words being typed: wait for the composition to end.
    var schedule = function () {
      clearTimeout(timer);
      timer = setTimeout(run, 250);
    };
    // The query's first files are fetched at once, so that the first round is over, or nearly, when
    // the pause ends; the search itself still waits for the pause.
    var typed = function () {
      engine.prefetch(input.value);
      schedule();
    };
    input.addEventListener('input', function (e) { if (!e.isComposing) typed(); });
    input.addEventListener('compositionend', typed);
    [themeSelect, statusSelect].forEach(function (s) { if (s) s.addEventListener('change', run); });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(timer);
      run();
    });
    more.addEventListener('click', function () {
      var next = list.children.length;
      showPage().then(function () {
        var item = list.children[next];
        var link = item && item.querySelector('a');
        if (link) link.focus();
      });
    });

    function fillSelect(select, facets, wanted) {
      if (!select) return;
      var have = new Set(Array.prototype.map.call(select.options, function (o) { return o.value; }));
      facets.forEach(function (f) {
        if (have.has(f[0])) return;
        var option = document.createElement('option');
        option.value = f[0];
        option.textContent = f[1];
        select.appendChild(option);
      });
      if (wanted && (have.has(wanted) || facets.some(function (f) { return f[0] === wanted; }))) select.value = wanted;
    }

    function value(select) { return select ? select.value : ''; }

    function selectedLabel(select) {
      return select && select.value && select.selectedIndex >= 0 ? select.options[select.selectedIndex].textContent : '';
    }

    function keepInAddress(q, theme, status) {
      var p = new URLSearchParams();
      if (q) p.set('q', q);
      if (theme) p.set('theme', theme);
      if (status) p.set('status', status);
      var search = p.toString();
      history.replaceState(null, '', window.location.pathname + (search ? '?' + search : '') + window.location.hash);
    }

    // The address is updated once the results are shown and painted: replaceState costs the main
    // thread a few milliseconds (and a style pass) that the reader would otherwise wait for.
    async function run() {
      var mine = ++sequence;
      var q = input.value.trim();
      var theme = value(themeSelect);
      var status = value(statusSelect);
      var outcome;
      try {
        // The first page's documents are sent for as soon as they are known, before the rest is ranked.
        outcome = await engine.search(q, { theme: theme, status: status }, { prefetch: PAGE });
      } catch (e) {
        if (mine === sequence) {
          statusLine.textContent = '搜索索引无法加载。请稍后再试，或通过主题索引浏览全部整改事项。';
          keepInAddress(q, theme, status);
        }
        return;
      }
      if (mine !== sequence) return;
      current = { outcome: outcome, meta: await engine.meta(), sequence: mine };
      shown = 0;
      if (outcome.empty) {
        list.textContent = '';
        more.hidden = true;
        statusLine.textContent = '';
        keepInAddress(q, theme, status);
        return;
      }
      // The old results stay until the new ones replace them, in one change to the list.
      await showPage(true);
      if (mine !== sequence) return;
      var filtered = theme || status ? '（已按' + [selectedLabel(themeSelect), selectedLabel(statusSelect)].filter(Boolean).join('、') + '筛选）' : '';
      if (outcome.total === 0) {
        statusLine.textContent = (q ? '没有找到包含“' + q + '”的整改事项' : '没有符合条件的整改事项') + filtered + '。';
      } else {
        statusLine.textContent = (q ? '找到 ' + outcome.total + ' 项包含“' + q + '”的整改事项' : '共 ' + outcome.total + ' 项整改事项') + filtered + '。';
      }
      // After the frame that shows the results: the address is for sharing and reloading, not for reading.
      afterPaint(function () { if (mine === sequence) keepInAddress(q, theme, status); });
    }

    function afterPaint(task) {
      requestAnimationFrame(function () { setTimeout(task, 0); });
    }

    /**
     * Shows the next page of results (replace: instead of the list's). Each result is built as soon as
     * its document arrives, and results go into the list in rank order as soon as those before them
     * are in: the building, style and layout of the first overlap the wait for the last document,
     * which would otherwise all come after it. The old list stays until the first new result replaces it.
     */
    async function showPage(replace) {
      var state = current;
      if (!state) return;
      var page = state.outcome.page(shown, shown + PAGE);
      shown += page.length;
      var items = new Array(page.length);
      var placed = 0;
      var cleared = !replace;
      var place = function () {
        var batch = null;
        while (placed < page.length && items[placed]) {
          (batch = batch || document.createDocumentFragment()).appendChild(items[placed]);
          placed++;
        }
        if (!batch) return;
        if (!cleared) {
          list.textContent = '';
          cleared = true;
        }
        list.appendChild(batch);
      };
      await Promise.all(page.map(function (r, i) {
        return engine.loadDocument(r.number).catch(function () { return null; }).then(function (doc) {
          if (state.sequence !== sequence) return;
          items[i] = renderResult(r, doc, state);
          place();
        });
      }));
      if (state.sequence !== sequence) return;
      if (!cleared) list.textContent = '';
      var left = state.outcome.total - shown;
      more.hidden = left <= 0;
      more.textContent = '显示更多结果（还有 ' + left + ' 项）';
    }

    function renderResult(result, doc, state) {
      var m = state.meta;
      var words = state.outcome.words;
      var li = document.createElement('li');
      li.className = 'search-result';
      var heading = document.createElement('h2');
      heading.className = 'search-result-title';
      var href = doc ? resolveDocumentUrl(doc.url, rootHref) : null;
      var title = doc ? doc.title : '序号 ' + result.number;
      var target = heading;
      if (href) {
        target = document.createElement('a');
        target.href = href;
        heading.appendChild(target);
      }
      appendMarked(target, title, doc ? findMatches(title, words) : []);
      li.appendChild(heading);

      var facts = document.createElement('p');
      facts.className = 'search-result-meta';
      var themes = [];
      for (var t = 0; t < m.themes.length; t++) if (m.themeMasks[result.doc] & (1 << t)) themes.push(m.themes[t][1]);
      var statusEntry = m.statuses[m.statusIndexes[result.doc]];
      [doc ? doc.label : '', themes.join('、'), statusEntry ? statusEntry[1] : ''].forEach(function (text, k) {
        if (!text) return;
        var span = document.createElement('span');
        span.className = ['search-result-label', 'search-result-themes', 'search-result-status'][k];
        span.textContent = text;
        if (facts.childNodes.length) facts.appendChild(document.createTextNode(' · '));
        facts.appendChild(span);
      });
      li.appendChild(facts);

      var excerpt = doc && words.length ? makeExcerpt(doc, words) : null;
      if (excerpt) {
        var p = document.createElement('p');
        p.className = 'search-result-excerpt';
        var label = document.createElement('span');
        label.className = 'search-result-part';
        label.textContent = excerpt.label + '：';
        p.appendChild(label);
        if (excerpt.clippedStart) p.appendChild(document.createTextNode('…'));
        appendSegments(p, excerpt.segments);
        if (excerpt.clippedEnd) p.appendChild(document.createTextNode('…'));
        li.appendChild(p);
      }
      return li;
    }

    function appendMarked(parent, text, ranges) {
      appendSegments(parent, segments(text, 0, text.length, ranges));
    }

    function appendSegments(parent, list) {
      list.forEach(function (s) {
        var node = s.mark ? document.createElement('mark') : document.createTextNode(s.text);
        if (s.mark) node.textContent = s.text;
        parent.appendChild(node);
      });
    }
  }
})();
