// The page's only style sheet and script, inlined: the file must open offline, on a locked-down
// laptop, years later. The Content-Security-Policy allows exactly these two blocks by hash.

export const STYLE = `
:root{--critical:#7f1d1d;--high:#c2410c;--medium:#b45309;--low:#15803d;--info:#1d4ed8;--ink:#1f2328;--muted:#59636e;--line:#d0d7de;--soft:#f6f8fa}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1100px;padding:24px;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--ink);background:#fff}
h1{font-size:22px;margin:0 0 4px;overflow-wrap:anywhere}h2{font-size:19px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
h3{font-size:16px;margin:22px 0 8px}h4{margin:14px 0 6px}h5{font-size:15px;margin:0 0 4px}
code{font:13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--soft);padding:0 3px;border-radius:3px;overflow-wrap:anywhere}
a{color:#0550ae}.muted{color:var(--muted)}.ok{color:var(--low)}.cid{color:var(--muted);font-weight:normal}
header.page{border-bottom:3px solid var(--ink);padding-bottom:8px;margin-bottom:16px}
header.page p{margin:2px 0;color:var(--muted);overflow-wrap:anywhere}
.verdict{display:grid;grid-template-columns:auto auto 1fr;align-items:center;gap:6px 14px;padding:12px 16px;border-radius:8px;border-left:10px solid;background:var(--soft);margin:8px 0 16px}
.verdict .grade{font-size:24px;font-weight:800;letter-spacing:.04em}.verdict .score{color:var(--muted)}
.verdict .reason{grid-column:1/-1;margin:0;font-size:16px;overflow-wrap:anywhere}
.risk-critical{border-color:var(--critical)}.risk-critical .grade{color:var(--critical)}
.risk-high{border-color:var(--high)}.risk-high .grade{color:var(--high)}
.risk-medium{border-color:var(--medium)}.risk-medium .grade{color:var(--medium)}
.risk-low{border-color:var(--low)}.risk-low .grade{color:var(--low)}
.badge{display:inline-block;padding:0 7px;border-radius:10px;font-size:12px;font-weight:700;text-transform:uppercase;color:#fff;background:var(--muted);white-space:nowrap}
.badge.risk-critical,.badge.sev-critical{background:var(--critical)}.badge.risk-high,.badge.sev-high{background:var(--high)}
.badge.risk-medium,.badge.sev-medium{background:var(--medium)}.badge.risk-low,.badge.sev-low{background:var(--low)}
.badge.sev-info{background:var(--info)}.badge.error{background:#6e7781}
.sev-head{text-transform:uppercase;font-size:13px;letter-spacing:.06em}.sev-head .count{color:var(--muted)}
.sev-head.sev-critical{color:var(--critical)}.sev-head.sev-high{color:var(--high)}.sev-head.sev-medium{color:var(--medium)}.sev-head.sev-low{color:var(--low)}.sev-head.sev-info{color:var(--info)}
.finding{border:1px solid var(--line);border-left:6px solid var(--muted);border-radius:6px;padding:10px 14px;margin:8px 0;break-inside:avoid}
.finding.sev-critical{border-left-color:var(--critical)}.finding.sev-high{border-left-color:var(--high)}.finding.sev-medium{border-left-color:var(--medium)}
.finding.sev-low{border-left-color:var(--low)}.finding.sev-info{border-left-color:var(--info)}
.finding .meta{margin:0 0 6px;color:var(--muted);font-size:13px}
.finding dl,.photo dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}
.finding dt,.photo dt{color:var(--muted);font-size:13px}.finding dd,.photo dd{margin:0;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;margin:6px 0}th,td{text-align:left;vertical-align:top;padding:5px 8px;border-bottom:1px solid var(--line);overflow-wrap:anywhere}
thead th{background:var(--soft);font-size:13px}
table.places tr.odd{background:#fff4e5}table.places tr.odd td:first-of-type{font-weight:700}
.odd-mark{display:inline-block;margin-left:6px;padding:0 6px;border-radius:8px;background:var(--high);color:#fff;font-size:12px;font-weight:700}
.band svg,.graph svg{width:100%;height:auto;display:block}
.band text,.graph text{font:12px system-ui,sans-serif;fill:var(--ink)}
.band .tick{fill:var(--muted);font-size:11px}.band .grid{stroke:var(--line)}
.band .day{fill:#fff;stroke:var(--line)}.band .business{fill:#e8f1fb}.band .night{fill:#d5d8de}
.band .offered{fill:#2563eb;fill-opacity:.75}.band .activity{stroke:#c2410c;stroke-width:2}.band .commit{fill:#7c3aed}
.band figcaption{margin-top:6px}.band figcaption p{margin:4px 0}
.key{display:inline-flex;align-items:center;gap:4px;margin-right:14px;font-size:13px;color:var(--muted)}
.key i{display:inline-block;width:14px;height:10px;border:1px solid var(--line)}
.k-offered{background:#2563eb}.k-activity{background:#c2410c}.k-commit{background:#7c3aed}.k-business{background:#e8f1fb}.k-night{background:#d5d8de}
figure{margin:0}.chip{display:inline-block;padding:0 8px;margin:2px;border-radius:10px;background:var(--soft);border:1px solid var(--line);font-size:13px}
.chip.misfit{border-color:var(--high);background:#fff4e5}
.photos{display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:12px}
.photo{border:1px solid var(--line);border-radius:6px;padding:10px;break-inside:avoid}
.photo img,.no-picture{display:block;max-width:160px;max-height:160px;margin:0 auto 8px;border-radius:4px}
.no-picture{width:160px;height:100px;display:flex;align-items:center;justify-content:center;background:var(--soft);color:var(--muted);font-size:13px}
.verdicts{margin:6px 0 0;padding-left:0;list-style:none;font-size:13px}
.skipped table td:first-child{white-space:nowrap}.skipped summary{cursor:pointer}.skipped summary h3{display:inline}
.controls{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center;margin:8px 0}
.controls input[type=search]{padding:4px 8px;min-width:240px;border:1px solid var(--line);border-radius:4px}
table.candidates th button{all:unset;cursor:pointer;font-weight:700}
table.candidates th[aria-sort=ascending] button::after{content:" ▲"}table.candidates th[aria-sort=descending] button::after{content:" ▼"}
table.candidates td.why{font-size:13px;color:var(--muted)}
table.links ul{margin:0;padding-left:18px}
.graph .group{fill:none;stroke:var(--line)}.graph .col-head{fill:var(--muted);font-size:11px;text-transform:uppercase}
.graph .edge{fill:none;stroke-width:2;stroke:var(--muted);stroke-opacity:.7}
.graph .edge.sev-critical{stroke:var(--critical)}.graph .edge.sev-high{stroke:var(--high)}.graph .edge.sev-medium{stroke:var(--medium)}.graph .edge.sev-low{stroke:var(--low)}
.graph .value rect{fill:var(--ink)}.graph .node circle{fill:#fff;stroke:var(--muted);stroke-width:3}
.graph .node.risk-critical circle{fill:var(--critical);stroke:var(--critical)}.graph .node.risk-high circle{fill:var(--high);stroke:var(--high)}
.graph .node.risk-medium circle{fill:var(--medium);stroke:var(--medium)}.graph .node.risk-low circle{fill:var(--low);stroke:var(--low)}
.graph .node-grade{fill:var(--muted);font-size:11px}
details.candidate{border:1px solid var(--line);border-radius:8px;margin:10px 0;padding:0 14px}
details.candidate>summary{cursor:pointer;padding:10px 0;font-weight:700;overflow-wrap:anywhere}
details.candidate[open]>summary{border-bottom:1px solid var(--line);margin-bottom:8px}
nav.contents{margin:-6px 0 10px;font-size:14px}
footer.page{margin-top:32px;padding-top:8px;border-top:1px solid var(--line);color:var(--muted);font-size:13px}
@media print{
  body{max-width:none;padding:0;font-size:11pt}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .controls,nav.contents,table.candidates th button::after{display:none}
  a{color:inherit;text-decoration:none}
  h2,h3,h4{break-after:avoid}
  .finding,.photo,figure,tr{break-inside:avoid}
  details.candidate{border:none;padding:0;break-before:page}
  details.candidate>summary{list-style:none;font-size:16pt}
}
@page{margin:14mm}
`;

/** Sorting and filtering the candidates table, and every section open when printing. Nothing loads, nothing is sent. */
export const SCRIPT = `
(function () {
  'use strict';
  var table = document.getElementById('candidates');
  if (table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name=grade]'));
    var allBox = boxes.filter(function (b) { return b.value === 'all'; })[0];
    var text = document.getElementById('filter-text');
    var shown = document.getElementById('shown-count');
    var apply = function () {
      var picked = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      var needle = text.value.trim().toLowerCase();
      var count = 0;
      rows.forEach(function (row) {
        var visible = (allBox.checked || picked.indexOf(row.getAttribute('data-risk')) >= 0) &&
          (!needle || row.textContent.toLowerCase().indexOf(needle) >= 0);
        row.hidden = !visible;
        if (visible) count++;
      });
      shown.textContent = count + ' of ' + rows.length + ' shown';
    };
    boxes.forEach(function (box) {
      box.addEventListener('change', function () {
        if (box === allBox && box.checked) boxes.forEach(function (b) { if (b !== allBox) b.checked = false; });
        else if (box.checked) allBox.checked = false;
        if (!boxes.some(function (b) { return b.checked; })) allBox.checked = true;
        apply();
      });
    });
    text.addEventListener('input', apply);
    table.tHead.addEventListener('click', function (event) {
      var th = event.target.closest('th');
      if (!th) return;
      var column = th.cellIndex;
      var numeric = th.getAttribute('data-type') === 'num';
      var current = th.getAttribute('aria-sort');
      // Numbers start with the largest (riskiest first), text with A.
      var ascending = current ? current !== 'ascending' : !numeric;
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var key = function (row) {
        var cell = row.cells[column];
        var value = cell.hasAttribute('data-v') ? cell.getAttribute('data-v') : cell.textContent.trim().toLowerCase();
        return numeric ? Number(value) : value;
      };
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        var order = x < y ? -1 : x > y ? 1 : 0;
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
    apply();
  }
  var opened = [];
  window.addEventListener('beforeprint', function () {
    opened = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
    opened.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
  });
})();
`;
