// Reading aids, both optional: every page reads fully without this file.
// 1. 大字 (larger text) switch for elderly readers, remembered across pages. This file loads in
//    <head> without defer so a remembered choice applies before the first paint; the button
//    stays hidden when scripts are off, since the browser's own zoom does the same job then.
// 2. The table of contents marks the part being read (aria-current="location").
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
    } catch (e) { /* storage off (private mode, some file:// pages): the switch still works on this page */ }
  }
  if (stored() === 'large') root.classList.add('text-large');

  function textSizeSwitch() {
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
  }

  function tocPosition() {
    var links = document.querySelectorAll('.toc a[href^="#"]');
    var items = [];
    for (var i = 0; i < links.length; i++) {
      var target = document.getElementById(decodeURIComponent(links[i].hash.slice(1)));
      if (target) items.push({ link: links[i], section: target.closest('section') || target });
    }
    if (items.length === 0) return;
    var pending = false;
    function update() {
      pending = false;
      var line = window.innerHeight * 0.3;
      var current = null;
      for (var j = 0; j < items.length; j++) {
        if (items[j].section.getBoundingClientRect().top <= line) current = items[j].section;
      }
      for (var k = 0; k < items.length; k++) {
        if (items[k].section === current) items[k].link.setAttribute('aria-current', 'location');
        else items[k].link.removeAttribute('aria-current');
      }
    }
    window.addEventListener('scroll', function () {
      if (!pending) { pending = true; window.requestAnimationFrame(update); }
    }, { passive: true });
    update();
  }

  document.addEventListener('DOMContentLoaded', function () {
    textSizeSwitch();
    tocPosition();
  });
})();
