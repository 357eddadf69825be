/** The inspect view's stylesheet and script, inlined so the file needs nothing else. */

export const STYLE = `
body{margin:0;font-family:"Noto Sans CJK JP","IPAexGothic",sans-serif;font-size:13px;color:#222;background:#eee}
header{background:#223;color:#fff;padding:6px 12px}header h1{font-size:16px;margin:0 0 4px}
header dl{display:flex;flex-wrap:wrap;gap:2px 14px;margin:0}header dt{opacity:.7}header dd{margin:0 0 0 -10px}
.main{display:flex;align-items:flex-start}
main{flex:1;min-width:0;padding:8px}
aside{width:340px;position:sticky;top:0;max-height:100vh;overflow:auto;background:#fff;border-left:1px solid #ccc;padding:6px 10px;box-sizing:border-box}
aside h2{font-size:13px;margin:10px 0 4px}aside ul{list-style:none;margin:0;padding:0}
.rec{cursor:pointer;padding:1px 3px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.rec:hover{background:#eef}.rec.sel{background:#fd6}
#json{max-height:30vh;overflow:auto;background:#f6f6f6;font-size:11px;white-space:pre-wrap;margin:0}
.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;opacity:.6}.legend i.missing{border-bottom:2px dotted #d00;opacity:1}
.warning{margin-bottom:3px}
.page h3{font-size:12px;margin:6px 0 2px;color:#555}
.sheet{background:#fff;box-shadow:0 1px 3px #999}.sheet svg{display:block;width:100%;height:auto}
svg .paper{fill:#fff}svg .cell{fill:none;stroke:#bbb;stroke-width:.5}
svg .ln{fill:#111;font-family:inherit}svg .ln.furn{fill:#aaa}
svg .hit{fill-opacity:.28;cursor:pointer}svg .hit.sel{fill-opacity:.7;stroke:#000;stroke-width:.8}
svg .miss{stroke:#d00;stroke-width:.8;stroke-dasharray:1 1}
svg .lbl{font-size:4px;fill:#335;pointer-events:none}
.textpage{background:#fff;padding:6px;font-family:monospace;box-shadow:0 1px 3px #999}
.tl{display:flex;gap:12px;white-space:pre-wrap;min-height:1.2em}.tl .tx{flex:1}.tl.furn{color:#aaa}
.tl .lbl{color:#557;font-size:10px;white-space:nowrap}
span.hit{background:color-mix(in srgb,var(--c) 28%,transparent);cursor:pointer}span.hit.sel{background:color-mix(in srgb,var(--c) 70%,transparent);outline:1px solid #000}
span.miss{text-decoration:underline dotted #d00}
`;

/** Lazy pages, selection of a record (its spans and list entry highlighted, its JSON shown). */
export const SCRIPT = `
(() => {
  const records = JSON.parse(document.getElementById('records').textContent);
  const draw = (sheet) => {
    const t = sheet.querySelector('template');
    if (!t) return;
    sheet.appendChild(t.content.cloneNode(true));
    t.remove();
    sheet.removeAttribute('data-lazy');
  };
  const lazy = document.querySelectorAll('.sheet[data-lazy]');
  if ('IntersectionObserver' in window) {
    const io = new IntersectionObserver((entries) => {
      for (const e of entries) if (e.isIntersecting) { draw(e.target); io.unobserve(e.target); }
    }, { rootMargin: '400px' });
    lazy.forEach((s) => io.observe(s));
  } else lazy.forEach(draw);
  const sel = (id) => '[data-rec="' + CSS.escape(id) + '"]';
  const select = (id) => {
    document.querySelectorAll('.sheet[data-lazy]').forEach((s) => {
      const t = s.querySelector('template');
      if (t && t.content.querySelector(sel(id))) draw(s);
    });
    document.querySelectorAll('.sel').forEach((e) => e.classList.remove('sel'));
    const hits = document.querySelectorAll('main .hit' + sel(id));
    hits.forEach((e) => e.classList.add('sel'));
    document.querySelectorAll('aside .rec' + sel(id)).forEach((e) => e.classList.add('sel'));
    document.getElementById('json').textContent = JSON.stringify(records[id], null, 2);
    document.body.setAttribute('data-selected', id);
    if (hits[0]) hits[0].scrollIntoView({ block: 'center' });
    else {
      const li = document.querySelector('aside .rec' + sel(id));
      const page = li && li.dataset.page && document.getElementById('page-' + li.dataset.page);
      if (page) page.scrollIntoView();
    }
  };
  document.addEventListener('click', (ev) => {
    const target = ev.target instanceof Element ? ev.target.closest('[data-rec]') : null;
    if (target) select(target.getAttribute('data-rec'));
  });
  const first = new URLSearchParams(location.search).get('select');
  if (first && records[first] !== undefined) select(first);
  document.body.setAttribute('data-inspect', 'ready');
})();
`;
