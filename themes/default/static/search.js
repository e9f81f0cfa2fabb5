// The search page (/tim-kiem/): a small UI over Pagefind's JS API, no CDN, no framework.
//
// The bundle is output/pagefind/ (data-bundle, a relative URL), so the site works under any
// sub-path. Each indexed document ends with "⁂" and its đ-words spelled with d (see
// sitegen/search.py); queries get the same đ → d, and excerpts are cut and highlighted here
// from the real text, with or without marks.

const MARK = "⁂";
const PAGE = 10; // results shown per "more"
const EXCERPT = 32; // words

const root = document.getElementById("search");
if (root) start(root);

function fold(text) {
  // Lower case, tone and letter marks removed, đ → d: for matching, never for display.
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
}

function queryTerms(query) {
  return fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function say(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? ""));
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

  const bundle = new URL(root.dataset.bundle, document.baseURI);
  const siteRoot = new URL(root.dataset.root, document.baseURI);
  let pagefind;
  try {
    pagefind = await import(new URL("pagefind.js", bundle).href);
    // Result URLs are stored from the site's root ("/2024/07/slug/"); make them this site's.
    await pagefind.options({ baseUrl: siteRoot.pathname, excerptLength: EXCERPT });
    await pagefind.init();
  } catch (err) {
    status.textContent = t.tFailed;
    root.querySelector(".search-failed").hidden = false;
    form.hidden = true;
    root.dataset.done = "failed";
    return;
  }

  // Filters: the values and counts the index holds.
  const available = await pagefind.filters();
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
  Object.keys(available.tag || {}).sort(collator.compare).forEach((value, i) => {
    const id = `filter-tag-${i}`;
    const box = Object.assign(document.createElement("input"), { type: "checkbox", id, name: "tag", value });
    box.checked = wantedTags.has(value);
    const label = Object.assign(document.createElement("label"), { htmlFor: id, textContent: value });
    const item = document.createElement("span");
    item.append(box, " ", label);
    tagBox.append(item);
  });
  const tagBoxes = [...tagBox.querySelectorAll("input")];

  let results = [];
  let shown = 0;
  let terms = [];
  let run = 0;
  let timer;

  function chosenFilters() {
    const filters = {};
    for (const select of selects) if (select.value) filters[select.dataset.filter] = select.value;
    const tags = tagBoxes.filter((b) => b.checked).map((b) => b.value);
    if (tags.length) filters.tag = tags; // every chosen tag
    return filters;
  }

  function remember(query, filters) {
    const next = new URLSearchParams();
    if (query) next.set("q", query);
    for (const [name, value] of Object.entries(filters)) {
      for (const v of [].concat(value)) next.append(name, v);
    }
    const qs = next.toString();
    history.replaceState(null, "", qs ? `?${qs}` : location.pathname);
  }

  async function search() {
    const mine = ++run;
    list.setAttribute("aria-busy", "true");
    try {
      await searchNow(mine);
    } finally {
      if (mine === run) {
        list.setAttribute("aria-busy", "false");
        root.dataset.done = String(mine); // for tests: the search with this number is shown
      }
    }
  }

  async function searchNow(mine) {
    const query = input.value.trim().normalize("NFC");
    const filters = chosenFilters();
    remember(query, filters);
    list.replaceChildren();
    more.hidden = true;
    results = [];
    if (!query && !Object.keys(filters).length) {
      status.textContent = "";
      return;
    }
    status.textContent = t.tSearching;
    // đ → d: the index holds each đ-word both ways; Pagefind folds the tone marks itself.
    const term = query ? query.replace(/đ/g, "d").replace(/Đ/g, "D") : null;
    const found = await pagefind.search(term, { filters });
    if (mine !== run) return; // a newer search started meanwhile
    results = found ? found.results : [];
    terms = queryTerms(query);
    shown = 0;
    if (!results.length) {
      status.textContent = t.tNone;
      return;
    }
    await showMore(false);
  }

  async function showMore(moveFocus) {
    const mine = run;
    const batch = results.slice(shown, shown + PAGE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== run) return;
    const first = list.children.length;
    for (const item of data) list.append(render(item));
    shown += batch.length;
    more.hidden = shown >= results.length;
    const n = results.length;
    status.textContent = say(t.tResults, { n }) + (n > shown ? " " + say(t.tShown, { shown, n }) : "");
    if (moveFocus && list.children[first]) list.children[first].querySelector("a").focus();
  }

  function render(item) {
    const li = document.createElement("li");
    const article = document.createElement("article");
    const h2 = document.createElement("h2");
    const a = document.createElement("a");
    a.href = item.url;
    highlight(a, item.meta.title || t.tUntitled, terms);
    h2.append(a);
    const facts = document.createElement("p");
    facts.className = "result-facts";
    if (item.meta.date) {
      const time = document.createElement("time");
      if (item.meta.datetime) time.dateTime = item.meta.datetime;
      time.textContent = item.meta.date;
      facts.append(time);
    }
    if (item.meta.locality) {
      if (facts.childNodes.length) facts.append(" · ");
      facts.append(item.meta.locality);
    }
    const excerpt = document.createElement("p");
    excerpt.className = "result-excerpt";
    highlight(excerpt, cut(item.content, terms), terms);
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

function matches(word, terms) {
  const w = fold(word).replace(/[^\p{L}\p{N}]+/gu, "");
  return w !== "" && terms.some((term) => w.startsWith(term));
}

function cut(content, terms) {
  // The real text (without the folded tail), EXCERPT words around the most matches.
  const text = content.split(MARK)[0].trim();
  const words = text.split(/\s+/);
  if (words.length <= EXCERPT) return text;
  const hits = words.map((w) => (matches(w, terms) ? 1 : 0));
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    count += hits[i];
    if (i >= EXCERPT) count -= hits[i - EXCERPT];
    if (i >= EXCERPT - 1 && count > bestCount) {
      bestCount = count;
      best = i - EXCERPT + 1;
    }
  }
  const start = bestCount > 0 ? Math.max(0, best - 3) : 0;
  const slice = words.slice(start, start + EXCERPT).join(" ");
  return (start > 0 ? "… " : "") + slice + (start + EXCERPT < words.length ? " …" : "");
}

function highlight(element, text, terms) {
  // Text nodes and <mark> only: nothing from the index is ever parsed as HTML.
  for (const part of text.split(/(\s+)/)) {
    if (part && !/^\s+$/.test(part) && terms.length && matches(part, terms)) {
      element.append(Object.assign(document.createElement("mark"), { textContent: part }));
    } else if (part) {
      element.append(part);
    }
  }
}
