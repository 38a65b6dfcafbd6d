/* Similar topics while a title is typed: asks GET /api/v1/bodies/{slug}/similar?title= after a
   pause in typing and lists up to five threads of the body. Without JavaScript the form's
   "check for similar topics" button does the same with a round trip. */
(function () {
  var box = document.getElementById('similar');
  var title = document.getElementById('title');
  if (!box || !title || !window.fetch) return;
  var slug = box.getAttribute('data-slug');
  var timer = null;
  var asked = '';
  function render(threads) {
    while (box.firstChild) box.removeChild(box.firstChild);
    if (!threads.length) { box.hidden = true; return; }
    var h = document.createElement('h2');
    h.textContent = box.getAttribute('data-heading');
    var p = document.createElement('p');
    p.textContent = box.getAttribute('data-lead');
    var ul = document.createElement('ul');
    threads.forEach(function (t) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = '/threads/' + encodeURIComponent(t.id);
      a.textContent = t.title;
      li.appendChild(a);
      ul.appendChild(li);
    });
    box.appendChild(h); box.appendChild(p); box.appendChild(ul);
    box.hidden = false;
  }
  function ask() {
    var text = title.value.trim();
    if (text === asked) return;
    asked = text;
    if (text.length < 3) { render([]); return; }
    fetch('/api/v1/bodies/' + encodeURIComponent(slug) + '/similar?title=' + encodeURIComponent(text),
          { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (threads) { if (title.value.trim() === text) render(threads); })
      .catch(function () {});
  }
  title.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 300);
  });
})();
