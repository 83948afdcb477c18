// wiclint HTML report: filtering and search over findings the page already holds, plus a
// self-check (open the file with #selftest) that the browser test reads back from the DOM.
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

  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }

  function setup() {
    var items = all('#finding-list > li.finding');
    var boxes = all('#filters input[name=sev]');
    var rule = document.getElementById('f-rule');
    var file = document.getElementById('f-file');
    var text = document.getElementById('f-text');
    var count = document.getElementById('shown-count');
    var none = document.getElementById('no-match');
    var haystack = items.map(function (li) { return li.textContent.toLowerCase(); });

    function apply() {
      var sevs = {};
      boxes.forEach(function (b) { sevs[b.value] = b.checked; });
      var q = text ? text.value.trim().toLowerCase() : '';
      var shown = 0;
      items.forEach(function (li, i) {
        var ok = sevs[li.getAttribute('data-sev')] !== false &&
          (!rule || !rule.value || li.getAttribute('data-rule') === rule.value) &&
          (!file || !file.value || li.getAttribute('data-file') === file.value) &&
          (!q || haystack[i].indexOf(q) >= 0);
        li.hidden = !ok;
        if (ok) shown++;
      });
      if (count) count.textContent = shown === items.length ? String(items.length) : shown + ' of ' + items.length;
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
    boxes.forEach(function (b) { b.addEventListener('change', apply); });
    [rule, file].forEach(function (s) { if (s) s.addEventListener('change', apply); });
    if (text) text.addEventListener('input', apply);
    var form = document.getElementById('filters');
    if (form) form.addEventListener('submit', function (e) { e.preventDefault(); });
    // The files table filters the findings to one file.
    all('a[data-filter-file]').forEach(function (a) {
      a.addEventListener('click', function () { reset(); if (file) { file.value = a.getAttribute('data-filter-file'); apply(); } });
    });
    // A link to a finding the filters hide shows everything again first.
    function reveal() {
      var id = decodeURIComponent(location.hash.slice(1));
      var el = id && document.getElementById(id);
      var li = el && el.closest ? el.closest('li.finding') : null;
      if (li && li.hidden) { reset(); el.scrollIntoView(); }
    }
    window.addEventListener('hashchange', reveal);

    // After load, so errors and policy violations from the whole page have been reported.
    if (location.hash === '#selftest') {
      var later = function () { setTimeout(function () { selftest(items, boxes, text, apply, reset); }, 50); };
      if (document.readyState === 'complete') later();
      else window.addEventListener('load', later);
    }
  }

  function selftest(items, boxes, text, apply, reset) {
    var checks = [];
    function check(ok, what) { checks.push((ok ? 'ok   ' : 'FAIL ') + what); return ok; }
    check(items.length > 0, 'findings rendered: ' + items.length);
    check(items.every(function (li) { return li.querySelector('.msg') && li.querySelector('pre.line, .noline'); }),
      'every finding shows its message and source');
    check(all('#finding-list mark').length > 0, 'spans highlighted');
    var rows = all('#claims-matrix tbody tr');
    check(rows.length > 0, 'claims matrix rows: ' + rows.length);
    check(all('#claims-matrix .v.conflict').length > 0, 'matrix marks disagreements');
    check(!!document.getElementById('timeline-svg'), 'timeline drawn');
    var bySev = {};
    items.forEach(function (li) { var s = li.getAttribute('data-sev'); bySev[s] = (bySev[s] || 0) + 1; });
    boxes.forEach(function (b) { b.checked = b.value === 'error'; });
    var shown = apply();
    var visible = items.filter(function (li) { return !li.hidden; });
    check(shown === (bySev.error || 0) && visible.every(function (li) { return li.getAttribute('data-sev') === 'error'; }),
      'severity filter shows only errors: ' + shown + ' of ' + items.length);
    check(items.length === shown || items.some(function (li) { return li.hidden; }), 'severity filter hides the rest');
    reset();
    if (text) {
      text.value = 'zz-no-such-text-zz';
      check(apply() === 0 && !document.getElementById('no-match').hidden, 'search with no match hides every finding');
    }
    check(reset() === items.length, 'reset shows all findings again');
    check(typeof window.PWNED === 'undefined', 'no injected script ran (window.PWNED unset)');
    check(!document.getElementById('pwned') && document.title.indexOf('PWNED') < 0, 'no injected markup ran');
    check(all('main img, main script, main iframe').length === 0, 'no element came from article text');
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
