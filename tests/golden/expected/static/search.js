// The search page (/tim-kiem/): reads the site's own index (output/search-index/, written by
// sitegen/searchindex.py; the format is described there), no server, no CDN, no framework.
//
// A query fetches meta.json once, then one shard per word and per chosen filter, and one
// small chunk of records per result shown. Words are folded as the index folds them
// (sitegen/searchtext.py): lower case, marks removed, đ → d. Results are ranked by BM25;
// "quoted words" must also come in that order. Excerpts are cut from each result's real
// text and only whole words of the query are highlighted.

const PAGE = 10; // results shown per "more"
const EXCERPT = 32; // words
const K1 = 1.2;
const WORD = /[\p{L}\p{N}]+/gu;

const root = document.getElementById("search");
if (root) start(root);

export function fold(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
}

function wordsOf(text) {
  return fold(text.toLowerCase()).match(WORD) || [];
}

function fnv1a(text) {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function parseQuery(query) {
  // Words (each once) and phrases: the words of each "quoted part", in order.
  const phrases = [];
  for (const m of query.matchAll(/["“”]([^"“”]+)["“”]?/g)) {
    const words = wordsOf(m[1]);
    if (words.length > 1) phrases.push(words);
  }
  const sequence = wordsOf(query);
  return { words: [...new Set(sequence)], sequence, phrases };
}

function say(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? ""));
}

class Index {
  constructor(base, meta) {
    this.base = base;
    this.meta = meta;
    this.shards = new Map();
    this.chunks = new Map();
  }

  fetchBytes(path) {
    return fetch(new URL(path, this.base)).then((r) => {
      if (!r.ok) throw new Error(`${path}: ${r.status}`);
      return r.arrayBuffer();
    });
  }

  shard(term) {
    const n = fnv1a(term) % this.meta.shards;
    if (!this.shards.has(n)) this.shards.set(n, this.fetchBytes(`w/${n}.bin`));
    return this.shards.get(n);
  }

  async postings(term) {
    // {slots: Uint32Array, payload: Uint8Array|Uint16Array} of one term, or null.
    const buffer = await this.shard(term);
    const view = new DataView(buffer);
    const bytes = new Uint8Array(buffer);
    const want = new TextEncoder().encode(term);
    const nslots = this.meta.slots;
    const width = nslots <= 65536 ? 2 : 3;
    let at = 4;
    const count = view.getUint32(0, true);
    for (let i = 0; i < count; i++) {
      const len = bytes[at];
      const name = bytes.subarray(at + 1, at + 1 + len);
      const kind = bytes[at + 1 + len];
      const df = view.getUint32(at + 2 + len, true);
      at += 6 + len;
      const size = kind === 0 ? df * width : nslots / 8;
      const filter = name.includes(0x3a); // "name:value": 16-bit dates, not 4-bit weights
      const paySize = filter ? 2 * df : (df + 1) >> 1;
      if (len === want.length && name.every((b, j) => b === want[j])) {
        const slots = new Uint32Array(df);
        if (kind === 0) {
          for (let j = 0; j < df; j++) {
            const p = at + j * width;
            slots[j] = bytes[p] | (bytes[p + 1] << 8) | (width === 3 ? bytes[p + 2] << 16 : 0);
          }
        } else {
          let j = 0;
          for (let b = 0; b < size; b++) {
            let byte = bytes[at + b];
            while (byte) {
              const low = byte & -byte;
              slots[j++] = b * 8 + 31 - Math.clz32(low);
              byte ^= low;
            }
          }
        }
        const p = at + size;
        let payload;
        if (filter) {
          payload = new Uint16Array(df);
          for (let j = 0; j < df; j++) payload[j] = view.getUint16(p + 2 * j, true);
        } else {
          payload = new Uint8Array(df);
          for (let j = 0; j < df; j++) payload[j] = j % 2 ? bytes[p + (j >> 1)] & 15 : bytes[p + (j >> 1)] >> 4;
        }
        return { slots, payload };
      }
      at += size + paySize;
    }
    return null;
  }

  async record(slot) {
    const per = this.meta.records;
    const n = Math.floor(slot / per);
    if (!this.chunks.has(n)) this.chunks.set(n, this.fetchBytes(`d/${n}.bin`));
    const buffer = await this.chunks.get(n);
    const view = new DataView(buffer);
    const count = view.getUint32(0, true);
    let at = 4 + 8 * count;
    for (let i = 0; i < count; i++) {
      const s = view.getUint32(4 + 8 * i, true);
      const length = view.getUint32(8 + 8 * i, true);
      if (s === slot) {
        const blob = new Blob([new Uint8Array(buffer, at, length)]);
        const text = await new Response(blob.stream().pipeThrough(new DecompressionStream("deflate-raw"))).text();
        return JSON.parse(text);
      }
      at += length;
    }
    throw new Error(`no record for ${slot}`);
  }

  async search(words, filters) {
    // Slots of the documents holding every word and every filter, best first.
    const nslots = this.meta.slots;
    const n = this.meta.documents;
    const lists = await Promise.all([...words, ...filters].map((t) => this.postings(t)));
    if (lists.some((l) => !l)) return [];
    const hits = new Uint8Array(nslots);
    const score = new Float64Array(nslots);
    const day = new Uint16Array(nslots);
    lists.forEach((list, i) => {
      const { slots, payload } = list;
      if (i < words.length) {
        const idf = Math.log(1 + (n - slots.length + 0.5) / (slots.length + 0.5));
        for (let j = 0; j < slots.length; j++) {
          hits[slots[j]]++;
          score[slots[j]] += (idf * payload[j] * (K1 + 1)) / 15;
        }
      } else {
        for (let j = 0; j < slots.length; j++) {
          hits[slots[j]]++;
          day[slots[j]] = payload[j];
        }
      }
    });
    const all = lists.length;
    const found = [];
    // The shortest list holds every result: walk it, not every slot.
    const shortest = lists.reduce((a, b) => (b.slots.length < a.slots.length ? b : a)).slots;
    for (const s of shortest) if (hits[s] === all) found.push(s);
    if (words.length) found.sort((a, b) => score[b] - score[a] || a - b);
    else found.sort((a, b) => day[b] - day[a] || a - b);
    return found;
  }
}

function hasPhrase(words, phrase) {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

async function start(root) {
  const t = root.dataset;
  const form = root.querySelector("form");
  const input = root.querySelector("#search-q");
  const status = root.querySelector("#search-status");
  const list = root.querySelector(".results");
  const more = root.querySelector(".search-more");
  const selects = [...root.querySelectorAll("select[data-filter]")];
  const tagBox = root.querySelector(".filter-tag-list");
  root.hidden = false;

  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";

  const base = new URL(root.dataset.index, document.baseURI);
  const siteRoot = new URL(root.dataset.root, document.baseURI);
  let index;
  try {
    const r = await fetch(new URL("meta.json", base));
    if (!r.ok) throw new Error(String(r.status));
    index = new Index(base, await r.json());
  } catch (err) {
    status.textContent = t.tFailed;
    root.querySelector(".search-failed").hidden = false;
    form.hidden = true;
    root.dataset.done = "failed";
    return;
  }

  const available = index.meta.filters;
  const collator = new Intl.Collator("vi");
  for (const select of selects) {
    const name = select.dataset.filter;
    const values = Object.keys(available[name] || {});
    values.sort(name === "year" ? (a, b) => b.localeCompare(a) : collator.compare);
    for (const value of values) select.add(new Option(`${value} (${available[name][value]})`, value));
    const wanted = params.get(name);
    if (wanted && values.includes(wanted)) select.value = wanted;
  }
  const wantedTags = new Set(params.getAll("tag"));
  Object.keys(available.tag || {})
    .sort(collator.compare)
    .forEach((value, i) => {
      const id = `filter-tag-${i}`;
      const box = Object.assign(document.createElement("input"), { type: "checkbox", id, name: "tag", value });
      box.checked = wantedTags.has(value);
      const label = Object.assign(document.createElement("label"), { htmlFor: id, textContent: value });
      const item = document.createElement("span");
      item.append(box, " ", label);
      tagBox.append(item);
    });
  const tagBoxes = [...tagBox.querySelectorAll("input")];

  let found = []; // candidate slots, best first
  let next = 0; // the next candidate to look at
  let shown = 0;
  let query = { words: [], sequence: [], phrases: [] };
  let run = 0;
  let timer;

  function chosenFilters() {
    const filters = {};
    for (const select of selects) if (select.value) filters[select.dataset.filter] = select.value;
    const tags = tagBoxes.filter((b) => b.checked).map((b) => b.value);
    if (tags.length) filters.tag = tags; // every chosen tag
    return filters;
  }

  function remember(text, filters) {
    const nextParams = new URLSearchParams();
    if (text) nextParams.set("q", text);
    for (const [name, value] of Object.entries(filters)) {
      for (const v of [].concat(value)) nextParams.append(name, v);
    }
    const qs = nextParams.toString();
    history.replaceState(null, "", qs ? `?${qs}` : location.pathname);
  }

  async function search() {
    const mine = ++run;
    list.setAttribute("aria-busy", "true");
    try {
      await searchNow(mine);
    } catch (err) {
      console.error(err); // a broken index: say so, and keep the page usable
      if (mine === run) status.textContent = t.tFailed;
    } finally {
      if (mine === run) {
        list.setAttribute("aria-busy", "false");
        root.dataset.done = String(mine); // for tests: the search with this number is shown
      }
    }
  }

  async function searchNow(mine) {
    const text = input.value.trim().normalize("NFC");
    const filters = chosenFilters();
    remember(text, filters);
    list.replaceChildren();
    more.hidden = true;
    found = [];
    next = shown = 0;
    if (!text && !Object.keys(filters).length) {
      status.textContent = "";
      return;
    }
    status.textContent = t.tSearching;
    query = parseQuery(text);
    const terms = [];
    for (const [name, value] of Object.entries(filters)) for (const v of [].concat(value)) terms.push(`${name}:${v}`);
    const slots = text && !query.words.length ? [] : await index.search(query.words, terms);
    if (mine !== run) return;
    found = slots;
    if (!found.length) {
      status.textContent = t.tNone;
      return;
    }
    await showMore(false, mine);
  }

  async function showMore(moveFocus, mine = run) {
    const first = list.children.length;
    // Records in the order found; a phrase query drops those whose words are not in that order.
    while (list.children.length < first + PAGE && next < found.length) {
      const batch = found.slice(next, next + PAGE);
      next += batch.length;
      const records = await Promise.all(batch.map((s) => index.record(s)));
      if (mine !== run) return;
      for (const record of records) {
        const words = query.phrases.length ? wordsOf(`${record.title} ${record.locality} ${record.text}`) : null;
        if (words && !query.phrases.every((p) => hasPhrase(words, p))) continue;
        list.append(render(record));
        shown++;
      }
    }
    more.hidden = next >= found.length;
    const exact = !query.phrases.length || next >= found.length;
    const n = exact && query.phrases.length ? shown : found.length;
    if (!shown && next >= found.length) status.textContent = t.tNone;
    else if (exact) status.textContent = say(t.tResults, { n }) + (n > shown ? " " + say(t.tShown, { shown, n }) : "");
    else status.textContent = say(t.tResults, { n: `${shown}+` });
    if (moveFocus && list.children[first]) list.children[first].querySelector("a").focus();
  }

  function render(record) {
    const li = document.createElement("li");
    const article = document.createElement("article");
    const h2 = document.createElement("h2");
    const a = document.createElement("a");
    a.href = new URL(record.url, siteRoot).href;
    highlight(a, record.title || t.tUntitled, query);
    h2.append(a);
    const facts = document.createElement("p");
    facts.className = "result-facts";
    const time = document.createElement("time");
    time.dateTime = record.datetime;
    time.textContent = record.date;
    facts.append(time);
    if (record.locality) facts.append(" · ", record.locality);
    const excerpt = document.createElement("p");
    excerpt.className = "result-excerpt";
    highlight(excerpt, cut(record.text, query), query);
    article.append(h2, facts, excerpt);
    li.append(article);
    return li;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    search();
  });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(search, 300);
  });
  for (const control of [...selects, ...tagBoxes]) control.addEventListener("change", search);
  more.addEventListener("click", () => showMore(true));

  if (input.value || Object.keys(chosenFilters()).length) await search();
  else root.dataset.done = "0";
}

export function marked(text, query) {
  // The words of text (offsets and folded form) and which of them to highlight: where the
  // query's words come in the query's order, those runs only ("dan van kheo" marks "dân vận
  // khéo", not a "văn" elsewhere); where they never do, every whole word of the query.
  const tokens = [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    word: fold(m[0].toLowerCase()),
  }));
  const seq = query.sequence;
  const marks = new Set();
  if (seq.length > 1) {
    for (let i = 0; i + seq.length <= tokens.length; i++) {
      if (seq.every((w, j) => tokens[i + j].word === w)) for (let j = 0; j < seq.length; j++) marks.add(i + j);
    }
  }
  if (!marks.size) tokens.forEach((tok, i) => query.words.includes(tok.word) && marks.add(i));
  return { tokens, marks };
}

export function cut(text, query) {
  // EXCERPT words of the real text around the most highlighted words.
  const { tokens, marks } = marked(text, query);
  if (tokens.length <= EXCERPT) return text;
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    count += marks.has(i) ? 1 : 0;
    if (i >= EXCERPT) count -= marks.has(i - EXCERPT) ? 1 : 0;
    if (i >= EXCERPT - 1 && count > bestCount) {
      bestCount = count;
      best = i - EXCERPT + 1;
    }
  }
  const from = bestCount > 0 ? Math.max(0, best - 3) : 0;
  const to = from + EXCERPT;
  const slice = text.slice(tokens[from].start, to < tokens.length ? tokens[to].start : text.length).trim();
  return (from > 0 ? "… " : "") + slice + (to < tokens.length ? " …" : "");
}

function highlight(element, text, query) {
  // Text nodes and <mark> only: nothing from the index is ever parsed as HTML.
  const { tokens, marks } = marked(text, query);
  let at = 0;
  tokens.forEach((tok, i) => {
    if (!marks.has(i)) return;
    if (tok.start > at) element.append(text.slice(at, tok.start));
    element.append(Object.assign(document.createElement("mark"), { textContent: text.slice(tok.start, tok.end) }));
    at = tok.end;
  });
  if (at < text.length) element.append(text.slice(at));
}
