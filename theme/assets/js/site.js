// Progressive enhancements only: every page reads fully without this file.
(function () {
  'use strict';
  // Copy buttons: <button data-copy-target="ID"> copies the text of element ID.
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-copy-target]') : null;
    if (!button) return;
    var source = document.getElementById(button.getAttribute('data-copy-target'));
    if (!source || !navigator.clipboard) return;
    navigator.clipboard.writeText(source.textContent.trim()).then(function () {
      var done = button.getAttribute('data-copied-label') || '已复制';
      var original = button.textContent;
      button.textContent = done;
      setTimeout(function () { button.textContent = original; }, 2000);
    });
  });
  // Copy buttons are hidden until script runs, since they do nothing without it.
  var buttons = document.querySelectorAll('[data-copy-target][hidden]');
  for (var i = 0; i < buttons.length; i++) buttons[i].hidden = false;
})();
