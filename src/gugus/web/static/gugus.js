// Progressive enhancement only: every page works without this file.
// Hovering or focusing a marked sentence outlines the same fact in the other outlets' columns.
(function () {
  "use strict";
  function link(claim, on) {
    if (!claim) return;
    document.querySelectorAll('.mark[data-claim="' + CSS.escape(claim) + '"]').forEach(function (el) {
      el.classList.toggle("linked", on);
    });
  }
  document.addEventListener("mouseover", function (e) {
    var m = e.target.closest && e.target.closest(".mark[data-claim]");
    if (m) link(m.dataset.claim, true);
  });
  document.addEventListener("mouseout", function (e) {
    var m = e.target.closest && e.target.closest(".mark[data-claim]");
    if (m) link(m.dataset.claim, false);
  });
})();
