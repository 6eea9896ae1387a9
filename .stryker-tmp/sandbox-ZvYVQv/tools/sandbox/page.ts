/**
 * The sandbox's home page: the sidebar at its real width (300 px) beside a live view of the
 * sheets, as in Google Sheets. Cells are shown as text; a double click types into a cell the
 * way a colleague editing by hand would (to try conflicts).
 */
// @ts-nocheck

export const SANDBOX_PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>CTCL Planner – sandbox</title>
<link rel="icon" href="data:,">
<style>
  body { margin: 0; font: 13px/1.4 Roboto, Arial, sans-serif; color: #202124; display: flex; height: 100vh; }
  #sheets { flex: 1; display: flex; flex-direction: column; min-width: 0; border-right: 1px solid #dadce0; }
  header { padding: 6px 10px; background: #f1f3f4; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
  header b { margin-right: auto; }
  #grid { flex: 1; overflow: auto; }
  table { border-collapse: collapse; font-size: 12px; }
  th, td { border: 1px solid #e0e0e0; padding: 2px 4px; vertical-align: top; max-width: 260px; white-space: pre-wrap; }
  th { background: #f8f9fa; color: #5f6368; font-weight: 400; position: sticky; top: 0; }
  td.rn { background: #f8f9fa; color: #5f6368; text-align: right; }
  td.f { color: #1a73e8; }
  tr.h td { font-weight: 600; }
  nav { display: flex; gap: 2px; padding: 4px 10px; background: #f8f9fa; border-top: 1px solid #dadce0; }
  nav button { border: 0; background: none; padding: 4px 10px; cursor: pointer; }
  nav button[aria-current] { background: #fff; color: #1a73e8; font-weight: 600; }
  aside { width: 300px; flex: none; display: flex; flex-direction: column; }
  aside p { margin: 0; padding: 6px 10px; background: #f1f3f4; font-weight: 600; }
  iframe { border: 0; flex: 1; width: 300px; }
  #dialog { position: fixed; inset: 40px 340px 40px 40px; background: #fff; border: 1px solid #999; box-shadow: 0 4px 20px #0004; display: none; flex-direction: column; }
  #dialog iframe { width: 100%; }
  #dialog button { align-self: flex-end; margin: 6px; }
</style>
</head>
<body>
<section id="sheets">
  <header>
    <b>CTCL Planner – sandbox (dữ liệu giả lập, không cần tài khoản Google)</b>
    <button id="check">Kiểm tra kế hoạch</button>
    <a href="/preview" target="_blank">Xem bản xuất (Google Tài liệu)</a>
    <button id="reset">Đặt lại dữ liệu mẫu</button>
  </header>
  <div id="grid"></div>
  <nav id="tabs"></nav>
</section>
<aside><p>Thanh bên: Kế hoạch CTCL</p><iframe id="sidebar" src="/sidebar" title="Thanh bên"></iframe></aside>
<div id="dialog"><iframe id="dialogFrame" title="Hộp thoại"></iframe><button id="close">Đóng</button></div>
<script>
(function () {
  var current = 'Kế hoạch', revision = 0, sheets = [];
  function el(tag, text, cls) { var e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
  function col(n) { var s = ''; while (n > 0) { var r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); } return s; }
  function draw() {
    var tabs = document.getElementById('tabs'); tabs.replaceChildren();
    sheets.forEach(function (s) {
      var b = el('button', s.name); if (s.name === current) b.setAttribute('aria-current', 'page');
      b.onclick = function () { current = s.name; draw(); }; tabs.append(b);
    });
    var sheet = sheets.find(function (s) { return s.name === current; }) || sheets[0];
    if (!sheet) return; current = sheet.name;
    var table = el('table'), head = el('tr'); head.append(el('th', ''));
    var width = Math.max.apply(null, sheet.values.map(function (r) { return r.length; }).concat([1]));
    for (var c = 1; c <= width; c++) head.append(el('th', col(c)));
    table.append(head);
    sheet.values.forEach(function (row, r) {
      var tr = el('tr', undefined, r === 0 ? 'h' : ''); tr.append(el('td', String(r + 1), 'rn'));
      for (var c = 0; c < width; c++) {
        var f = sheet.formulas[r] && sheet.formulas[r][c];
        var td = el('td', f ? f : (row[c] === undefined ? '' : row[c]), f ? 'f' : '');
        td.title = col(c + 1) + (r + 1) + ' – nhấp đúp để sửa';
        td.ondblclick = (function (a1, text) { return function () {
          var next = prompt('Sửa ô ' + a1 + ' (như một người khác sửa trực tiếp trong bảng tính):', text);
          if (next === null) return;
          fetch('/api/cell', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sheet: current, a1: a1, text: next }) }).then(refresh);
        }; })(col(c + 1) + (r + 1), String(row[c] === undefined ? '' : row[c]));
        tr.append(td);
      }
      table.append(tr);
    });
    document.getElementById('grid').replaceChildren(table);
  }
  function refresh() {
    return fetch('/api/sheets').then(function (r) { return r.json(); }).then(function (d) { revision = d.revision; sheets = d.sheets; draw(); });
  }
  function poll() {
    fetch('/api/revision').then(function (r) { return r.json(); }).then(function (d) { if (d.revision !== revision) return refresh(); })
      .catch(function () {}).then(function () { setTimeout(poll, 1000); });
  }
  document.getElementById('check').onclick = function () {
    fetch('/api/run/checkPlan', { method: 'POST', body: '[]' }).then(function (r) { return r.json(); }).then(function (res) {
      var d = res.dialogs && res.dialogs[res.dialogs.length - 1];
      if (!d) return;
      document.getElementById('dialogFrame').srcdoc = d.html;
      document.getElementById('dialog').style.display = 'flex';
    });
  };
  document.getElementById('close').onclick = function () { document.getElementById('dialog').style.display = 'none'; };
  document.getElementById('reset').onclick = function () {
    if (!confirm('Đặt lại toàn bộ dữ liệu về kế hoạch mẫu?')) return;
    fetch('/api/reset', { method: 'POST' }).then(function () { document.getElementById('sidebar').src = '/sidebar'; return refresh(); });
  };
  refresh().then(poll);
})();
</script>
</body>
</html>
`;
