// wiclint HTML report: filtering and search over the findings, rendering a group's further
// findings on request from the page's JSON (#findings-data, every finding once), plus a
// self-check (open the file with #selftest) that the browser test reads back from the DOM.
// Text from the JSON only ever reaches the page through textContent, never as markup.
// Runs from <head>, so its listeners also see errors raised while the body is parsed.
(function () {
  'use strict';
  var problems = [];
  window.addEventListener('error', function (e) {
    var what = e.message || (e.target && e.target.tagName ? 'failed to load <' + e.target.tagName.toLowerCase() + '>' : 'error');
    problems.push('error: ' + what);
  }, true);
  document.addEventListener('securitypolicyviolation', function (e) {
    problems.push('blocked by the content security policy: ' + e.violatedDirective);
  });

  var SEV = { 3: 'error', 2: 'warning', 1: 'note' };
  var PAGE = 100;

  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // The data: rows[i] is finding f-(i+1); groups[g] = [rule, begin, end].
  function load() {
    var node = document.getElementById('findings-data');
    var d = node ? JSON.parse(node.textContent) : { rules: [], strings: [], groups: [], rows: [] };
    d.rowGroup = [];
    d.groups.forEach(function (g, gi) { for (var i = g[1]; i < g[2]; i++) d.rowGroup[i] = gi; });
    d.hay = [];
    return d;
  }

  function where(d, r, at) {
    var line = r[at + 1], col = r[at + 2];
    return d.strings[r[at]] + (line > 0 ? ':' + line + ':' + col : '');
  }

  // A finding beyond a group's first ones: message, location and notes, without source lines.
  function renderRow(d, i) {
    var r = d.rows[i], sev = SEV[r[0]] || 'note', id = 'f-' + (i + 1);
    var li = el('li', 'finding compact sev-' + sev);
    li.id = id;
    li.setAttribute('data-sev', sev);
    li.setAttribute('data-rule', d.rules[d.groups[d.rowGroup[i]][0]]);
    li.setAttribute('data-file', d.strings[r[1]]);
    var head = el('div', 'fhead');
    head.appendChild(el('span', 'badge sev-' + sev, sev));
    head.appendChild(el('p', 'msg', d.strings[r[4]]));
    var link = el('a', 'permalink', '#' + (i + 1));
    link.href = '#' + id;
    head.appendChild(link);
    li.appendChild(head);
    var loc = el('p', 'where');
    loc.appendChild(el('span', 'loc', where(d, r, 1)));
    li.appendChild(loc);
    if (r.length > 5) {
      var notes = el('ul', 'notes');
      for (var k = 5; k + 3 < r.length; k += 4) {
        var n = el('li');
        n.appendChild(el('span', 'note-label', 'note'));
        n.appendChild(document.createTextNode(' ' + d.strings[r[k + 3]] + ' '));
        n.appendChild(el('span', 'loc', where(d, r, k)));
        notes.appendChild(n);
      }
      li.appendChild(notes);
    }
    return li;
  }

  function setup() {
    var d = load();
    var boxes = all('#filters input[name=sev]');
    var rule = document.getElementById('f-rule');
    var file = document.getElementById('f-file');
    var text = document.getElementById('f-text');
    var count = document.getElementById('shown-count');
    var none = document.getElementById('no-match');
    var groups = all('#finding-list > details.group');

    function hay(i) {
      if (d.hay[i] === undefined) {
        var r = d.rows[i], s = d.rules[d.groups[d.rowGroup[i]][0]];
        for (var k = 1; k < r.length; k += 4) s += '\n' + d.strings[r[k]] + '\n' + d.strings[r[k + 3]];
        d.hay[i] = s.toLowerCase();
      }
      return d.hay[i];
    }
    function filters() {
      var f = { sevs: {}, rule: rule ? rule.value : '', file: file ? file.value : '', q: text ? text.value.trim().toLowerCase() : '' };
      boxes.forEach(function (b) { f.sevs[b.value] = b.checked; });
      return f;
    }
    function matches(f, i) {
      var r = d.rows[i];
      return f.sevs[SEV[r[0]]] !== false && (!f.rule || d.rules[d.groups[d.rowGroup[i]][0]] === f.rule) &&
        (!f.file || d.strings[r[1]] === f.file) && (!f.q || hay(i).indexOf(f.q) >= 0);
    }
    function rowOf(li) { return parseInt(li.id.slice(2), 10) - 1; }

    function apply() {
      var f = filters(), shown = 0;
      groups.forEach(function (g) {
        var gr = d.groups[+g.getAttribute('data-group')], n = 0;
        for (var i = gr[1]; i < gr[2]; i++) if (matches(f, i)) n++;
        all('li.finding', g).forEach(function (li) { li.hidden = !matches(f, rowOf(li)); });
        g.hidden = n === 0;
        var c = g.querySelector('.gcount');
        if (c) c.textContent = n === gr[2] - gr[1] ? String(n) : n + ' of ' + (gr[2] - gr[1]);
        shown += n;
      });
      if (count) count.textContent = shown === d.rows.length ? String(shown) : shown + ' of ' + d.rows.length;
      if (none) none.hidden = shown !== 0;
      return shown;
    }
    function reset() {
      boxes.forEach(function (b) { b.checked = true; });
      if (rule) rule.value = '';
      if (file) file.value = '';
      if (text) text.value = '';
      return apply();
    }
    // Renders a group's findings up to row `upto` (exclusive), at least one more page.
    function more(g, upto) {
      var gr = d.groups[+g.getAttribute('data-group')], list = g.querySelector('ol.findings');
      var have = gr[1] + list.children.length, to = Math.min(gr[2], Math.max(upto || 0, have + PAGE));
      var f = filters(), frag = document.createDocumentFragment();
      for (var i = have; i < to; i++) {
        var li = renderRow(d, i);
        li.hidden = !matches(f, i);
        frag.appendChild(li);
      }
      list.appendChild(frag);
      var btn = g.querySelector('button.more');
      if (btn) {
        if (to >= gr[2]) btn.remove();
        else btn.textContent = 'Show more (' + (gr[2] - to) + ' not shown)';
      }
    }
    all('button.more').forEach(function (b) {
      b.addEventListener('click', function () { more(b.closest('details.group')); });
    });
    boxes.forEach(function (b) { b.addEventListener('change', apply); });
    [rule, file].forEach(function (s) { if (s) s.addEventListener('change', apply); });
    if (text) text.addEventListener('input', apply);
    var form = document.getElementById('filters');
    if (form) form.addEventListener('submit', function (e) { e.preventDefault(); });
    // The files table filters the findings to one file (by the search box when the page has
    // too many files for a file list).
    all('a[data-filter-file]').forEach(function (a) {
      a.addEventListener('click', function () {
        reset();
        if (file) file.value = a.getAttribute('data-filter-file');
        else if (text) text.value = a.getAttribute('data-filter-file').toLowerCase();
        apply();
      });
    });
    // A link to a finding not rendered yet renders its group that far; one the filters hide
    // shows everything again first.
    function reveal() {
      var id = decodeURIComponent(location.hash.slice(1));
      var m = /^f-(\d+)/.exec(id), el0 = id && document.getElementById(id);
      if (!el0 && m && d.rows[+m[1] - 1]) {
        var g = document.getElementById('g-' + (d.rowGroup[+m[1] - 1] + 1));
        if (g) { more(g, +m[1]); el0 = document.getElementById(id); }
      }
      var li = el0 && el0.closest ? el0.closest('li.finding') : null;
      if (!li) return;
      var grp = li.closest('details.group');
      if (grp) grp.open = true;
      if (li.hidden || (grp && grp.hidden)) reset();
      el0.scrollIntoView();
    }
    window.addEventListener('hashchange', reveal);
    if (location.hash && location.hash !== '#selftest') reveal();

    // After load, so errors and policy violations from the whole page have been reported.
    if (location.hash === '#selftest') {
      var api = { d: d, boxes: boxes, text: text, apply: apply, reset: reset, more: more, groups: groups };
      var later = function () { setTimeout(function () { selftest(api); }, 50); };
      if (document.readyState === 'complete') later();
      else window.addEventListener('load', later);
    }
  }

  function selftest(t) {
    var checks = [];
    function check(ok, what) { checks.push((ok ? 'ok   ' : 'FAIL ') + what); return ok; }
    var items = all('#finding-list li.finding');
    check(items.length > 0 && t.d.rows.length >= items.length, 'findings rendered: ' + items.length + ' of ' + t.d.rows.length);
    check(items.every(function (li) { return li.querySelector('.msg') && li.querySelector('pre.line, .noline, .loc'); }),
      'every finding shows its message and source');
    check(all('#finding-list mark').length > 0, 'spans highlighted');
    var sevs = t.d.rows.map(function (r) { return r[0]; });
    check(sevs.every(function (s, i) { return i === 0 || t.d.rowGroup[i] !== t.d.rowGroup[i - 1] || s <= sevs[i - 1]; }),
      'findings most severe first within each group');
    var rows = all('#claims-matrix tbody tr');
    check(rows.length > 0, 'claims matrix rows: ' + rows.length);
    check(all('#claims-matrix .v.conflict').length > 0, 'matrix marks disagreements');
    check(!!document.getElementById('timeline-svg'), 'timeline drawn');
    var errors = sevs.filter(function (s) { return s === 3; }).length;
    t.boxes.forEach(function (b) { b.checked = b.value === 'error'; });
    var shown = t.apply();
    var visible = all('#finding-list li.finding').filter(function (li) { return !li.hidden && !li.closest('details').hidden; });
    check(shown === errors && visible.every(function (li) { return li.getAttribute('data-sev') === 'error'; }),
      'severity filter shows only errors: ' + shown + ' of ' + t.d.rows.length);
    t.reset();
    if (t.text) {
      t.text.value = 'zz-no-such-text-zz';
      check(t.apply() === 0 && !document.getElementById('no-match').hidden, 'search with no match hides every finding');
    }
    check(t.reset() === t.d.rows.length, 'reset shows all findings again');
    var btn = document.querySelector('button.more');
    if (btn) {
      var g = btn.closest('details.group'), before = all('li.finding', g).length;
      btn.click();
      check(all('li.finding', g).length > before, 'a group shows more findings on request');
    }
    var width = document.documentElement.clientWidth;
    check(document.documentElement.scrollWidth <= width + 1,
      'no sideways scroll at ' + width + ' px (page ' + document.documentElement.scrollWidth + ' px)');
    var nav = performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : null;
    var ms = nav ? Math.round(nav.loadEventStart) : 0;
    check(ms < 3000, 'page loaded in ' + ms + ' ms');
    check(typeof window.PWNED === 'undefined', 'no injected script ran (window.PWNED unset)');
    check(!document.getElementById('pwned') && document.title.indexOf('PWNED') < 0, 'no injected markup ran');
    check(all('main img, main script:not([type="application/json"]), main iframe').length === 0, 'no element came from article text');
    check(problems.length === 0, 'no page errors' + (problems.length ? ': ' + problems.join('; ') : ''));
    var ok = checks.every(function (c) { return c.indexOf('ok') === 0; });
    var out = document.createElement('pre');
    out.id = 'selftest-result';
    out.setAttribute('data-status', ok ? 'pass' : 'fail');
    out.textContent = 'selftest: ' + (ok ? 'pass' : 'fail') + '\n' + checks.join('\n');
    document.body.insertBefore(out, document.body.firstChild);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setup);
  else setup();
})();
