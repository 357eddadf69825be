/** The inspect view's stylesheet and script, inlined so the file needs nothing else. */

/** Type of the script element a page not drawn yet waits in, as markup text. */
export const LAZY_PAGE = 'text/x-inspect-page';

/** Filter value that shows only the text no field holds. */
export const UNUSED = '(unused)';

export const STYLE = `
body{margin:0;font-family:"Noto Sans CJK JP","IPAexGothic",sans-serif;font-size:13px;color:#222;background:#eee}
header{background:#223;color:#fff;padding:6px 12px}header h1{font-size:16px;margin:0 0 4px}
header dl{display:flex;flex-wrap:wrap;gap:2px 14px;margin:0}header dt{opacity:.7}header dd{margin:0 0 0 -10px}
.main{display:flex;align-items:flex-start}
main{flex:1;min-width:0;padding:8px}
aside{width:360px;position:sticky;top:0;max-height:100vh;overflow:auto;background:#fff;border-left:1px solid #ccc;padding:6px 10px;box-sizing:border-box}
aside h2{font-size:13px;margin:10px 0 4px}aside ul{list-style:none;margin:0;padding:0}
.rec{cursor:pointer;padding:1px 3px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.rec:hover{background:#eef}.rec.sel{background:#fd6}
.records{max-height:28vh;overflow:auto}
#json{max-height:34vh;overflow:auto;background:#f6f6f6;font-size:11px;white-space:pre-wrap;margin:0}
#json .v.found{cursor:pointer;text-decoration:underline dotted #66a}#json .v.found:hover{background:#eef}
#json .v.unfound{color:#999}#json .v.src{background:#fd6;outline:1px solid #000}
#origin li{font-size:11px;margin:2px 0}#origin li.none{color:#a00}
#field{width:100%;margin-bottom:4px}
.legend li{cursor:pointer}.legend li:hover{background:#eef}
.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;opacity:.6}.legend i.missing{border-bottom:2px dotted #d00;opacity:1}
.warning{margin-bottom:3px}
.page h3{font-size:12px;margin:6px 0 2px;color:#555}
.sheet{background:#fff;box-shadow:0 1px 3px #999}.sheet svg{display:block;width:100%;height:auto}
svg .paper{fill:#fff}svg .cell{fill:none;stroke:#99a;stroke-width:.5}svg .rule{stroke:#ccc;stroke-width:.5;stroke-dasharray:2 1}
svg .ln{fill:#111;font-family:inherit}svg .ln.furn{fill:#aaa}
svg .hit{fill:var(--c);fill-opacity:.28;cursor:pointer}svg .hit.sel{fill-opacity:.7;stroke:#000;stroke-width:.8}
svg .hit.src{fill-opacity:.8;stroke:#d00;stroke-width:1.2}
svg .miss{stroke:#d00;stroke-width:.8;stroke-dasharray:1 1}
svg text.lbl{font-size:4px;fill:#335;pointer-events:none}
.textpage{background:#fff;padding:6px;font-family:monospace;box-shadow:0 1px 3px #999}
.tl{display:flex;gap:12px;white-space:pre-wrap;min-height:1.2em}.tl .tx{flex:1}.tl.furn{color:#aaa}
.tl .lbl{color:#557;font-size:10px;white-space:nowrap}
span.hit{background:color-mix(in srgb,var(--c) 28%,transparent);cursor:pointer}span.hit.sel{background:color-mix(in srgb,var(--c) 70%,transparent);outline:1px solid #000}
span.hit.src{outline:2px solid #d00}
span.miss{text-decoration:underline dotted #d00}
`;

/**
 * Lazy pages; selection of a record (its spans and list entry highlighted, its JSON shown
 * with each value clickable); a value's source (its page and text, its spans marked); the
 * field filter. `?select=`, `?value=` and `?field=` in the address do the same on opening.
 */
export const SCRIPT = `
(() => {
  const UNUSED = ${JSON.stringify(UNUSED)};
  const data = (id) => JSON.parse(document.getElementById(id).textContent);
  const records = data('records');
  const sources = data('sources');
  const recordPages = data('record-pages');
  const all = (s) => document.querySelectorAll(s);
  const is = (name, value) => '[' + name + '="' + CSS.escape(value) + '"]';
  // a page not drawn yet waits deflated and in base64: drawn once, by one promise
  const drawn = new Map();
  const inflate = (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'))).text();
  };
  const draw = (sheet) => {
    if (!drawn.has(sheet)) {
      const markup = sheet.querySelector('script');
      drawn.set(sheet, markup ? inflate(markup.textContent).then((svg) => { sheet.innerHTML = svg; sheet.removeAttribute('data-lazy'); }) : Promise.resolve());
    }
    return drawn.get(sheet);
  };
  const lazy = all('.sheet[data-lazy]');
  if ('IntersectionObserver' in window) {
    const io = new IntersectionObserver((entries) => {
      for (const e of entries) if (e.isIntersecting) { draw(e.target); io.unobserve(e.target); }
    }, { rootMargin: '400px' });
    lazy.forEach((s) => io.observe(s));
  } else lazy.forEach(draw);
  const drawPages = (numbers) => Promise.all((numbers || []).map((n) => {
    const sheet = document.querySelector('#page-' + n + ' .sheet');
    return sheet ? draw(sheet) : undefined;
  }));
  // a tint's tooltip, made when first pointed at: its record and path
  document.addEventListener('mouseover', (ev) => {
    const hit = ev.target instanceof SVGElement ? ev.target.closest('.hit') : null;
    if (!hit || hit.firstChild) return;
    const rec = document.querySelector('aside .rec' + is('data-rec', hit.dataset.rec) + ' b');
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = (rec ? rec.textContent + ': ' : '') + hit.dataset.path;
    hit.append(title);
  });
  const unmark = (cls) => all('.' + cls).forEach((e) => e.classList.remove(cls));

  // a record's JSON as JSON.stringify lays it out, each string and number naming its path
  const json = document.getElementById('json');
  const leaf = (value, path, key) => {
    const s = document.createElement('span');
    s.textContent = JSON.stringify(value);
    if ((typeof value === 'string' && value !== '') || typeof value === 'number') {
      if (key === 'page') return s;
      s.dataset.path = path;
      const found = sources[path];
      s.className = found ? 'v found' : 'v unfound';
      s.title = found ? path + ': page ' + found.map((f) => f[0]).join(', ') : path + ': not in the text as such (worked out, or normalized beyond recognition)';
    }
    return s;
  };
  const tree = (value, path, key, indent, out) => {
    if (value === null || typeof value !== 'object') { out.append(leaf(value, path, key)); return; }
    const list = Array.isArray(value);
    const entries = list ? value.map((v, i) => [i, v]) : Object.entries(value);
    if (entries.length === 0) { out.append(list ? '[]' : '{}'); return; }
    out.append(list ? '[\\n' : '{\\n');
    entries.forEach(([k, v], n) => {
      out.append(indent + '  ' + (list ? '' : JSON.stringify(k) + ': '));
      tree(v, list ? path + '[' + k + ']' : path === '' ? k : path + '.' + k, k, indent + '  ', out);
      out.append(n + 1 < entries.length ? ',\\n' : '\\n');
    });
    out.append(indent + (list ? ']' : '}'));
  };

  const origin = document.getElementById('origin');
  const showSource = async (path, scroll) => {
    await drawPages((sources[path] || []).map((f) => f[0]));
    unmark('src');
    const sel = is('data-path', path);
    const spans = all('main ' + sel);
    spans.forEach((e) => e.classList.add('src'));
    const value = json.querySelector(sel);
    if (value) { value.classList.add('src'); value.scrollIntoView({ block: 'nearest' }); }
    origin.replaceChildren(...(sources[path] || [null]).map((found) => {
      const li = document.createElement('li');
      if (!found) { li.className = 'none'; li.textContent = path + ': not found in the text'; return li; }
      const a = document.createElement('a');
      a.href = '#page-' + found[0];
      a.textContent = 'page ' + found[0];
      li.append(a, ' \\u300c' + found[1] + '\\u300d');
      return li;
    }));
    document.body.dataset.value = path;
    if (scroll && spans[0]) spans[0].scrollIntoView({ block: 'center' });
  };

  const select = async (id, scroll) => {
    await drawPages(recordPages[id]);
    const sel = is('data-rec', id);
    unmark('sel');
    unmark('src');
    origin.replaceChildren();
    const hits = all('main .hit' + sel);
    hits.forEach((e) => e.classList.add('sel'));
    all('aside .rec' + sel).forEach((e) => e.classList.add('sel'));
    json.replaceChildren();
    tree(records[id], id === 'document' ? '' : id, null, '', json);
    document.body.dataset.selected = id;
    if (!scroll) return;
    if (hits[0]) hits[0].scrollIntoView({ block: 'center' });
    else {
      const li = document.querySelector('aside .rec' + sel);
      const page = li && li.dataset.page && document.getElementById('page-' + li.dataset.page);
      if (page) page.scrollIntoView();
    }
  };

  // only one field's tints (and the fields it holds), or only the text no field holds
  const fieldSelect = document.getElementById('field');
  const filterStyle = document.getElementById('filter');
  const filter = (field) => {
    fieldSelect.value = field;
    if (field === '') { filterStyle.textContent = ''; delete document.body.dataset.field; return; }
    document.body.dataset.field = field;
    const other = field === UNUSED ? '' : ':not(' + is('data-field', field) + '):not([data-field^="' + CSS.escape(field + '.') + '"])';
    filterStyle.textContent = 'main svg .hit' + other + ',main svg .lbl' + other + '{display:none}main span.hit' + other + '{background:none;outline:none}'
      + (field === UNUSED ? 'svg .miss{stroke-width:1.6}span.miss{background:#fdd}' : 'svg .miss,span.miss{display:none}');
  };
  fieldSelect.addEventListener('change', () => filter(fieldSelect.value));

  document.addEventListener('click', (ev) => {
    const target = ev.target instanceof Element ? ev.target : null;
    if (!target) return;
    const value = target.closest('#json .v.found');
    if (value) return showSource(value.dataset.path, true);
    const legend = target.closest('.legend [data-field]');
    if (legend) return filter(legend.dataset.field === fieldSelect.value ? '' : legend.dataset.field);
    const rec = target.closest('[data-rec]');
    if (!rec) return;
    const onPage = rec.closest('main');
    select(rec.getAttribute('data-rec'), !onPage).then(() => onPage && rec.dataset.path && showSource(rec.dataset.path, false));
  });
  (async () => {
    const query = new URLSearchParams(location.search);
    const first = query.get('select');
    if (first && records[first] !== undefined) await select(first, true);
    if (query.get('value')) await showSource(query.get('value'), true);
    if (query.get('field') !== null) filter(query.get('field'));
    document.body.setAttribute('data-inspect', 'ready');
  })();
})();
`;
