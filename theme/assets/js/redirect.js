// Used only by redirect pages: go to the new address and keep the old link's #fragment
// (#result, #整改措施 …), which a meta refresh would drop.
(function () {
  'use strict';
  var link = document.querySelector('link[rel="canonical"]');
  if (link) location.replace(link.href + location.hash);
})();
