// 大字 (larger text) switch for elderly readers. Loaded in <head> without defer so a remembered
// choice applies before the first paint; the button stays hidden when scripts are off, since
// the browser's own zoom does the same job then.
(function () {
  'use strict';
  var KEY = 'zhenggai-text-size';
  var root = document.documentElement;
  function stored() {
    try { return window.localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function store(value) {
    try {
      if (value) window.localStorage.setItem(KEY, value); else window.localStorage.removeItem(KEY);
    } catch (e) { /* storage off (private mode, file://): the switch still works for this page */ }
  }
  if (stored() === 'large') root.classList.add('text-large');
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.querySelector('.text-size');
    var button = box && box.querySelector('button');
    if (!button) return;
    var sync = function () { button.setAttribute('aria-pressed', root.classList.contains('text-large') ? 'true' : 'false'); };
    button.addEventListener('click', function () {
      var large = root.classList.toggle('text-large');
      store(large ? 'large' : null);
      sync();
    });
    sync();
    box.hidden = false;
  });
})();
