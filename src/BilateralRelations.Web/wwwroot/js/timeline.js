// Progressive enhancement of /timeline: the axis works, links and prints without this file.
(function () {
  "use strict";
  var axis = document.querySelector(".tl-axis");
  var readout = document.querySelector(".tl-readout");
  if (!axis || !readout) { return; }
  // Name the mark or bar under the pointer or the keyboard focus just below the axis, where it stays readable.
  function show(event) {
    var link = event.target.closest ? event.target.closest("a") : null;
    if (!link || !axis.contains(link)) { return; }
    var title = link.querySelector("title");
    if (!title) { return; }
    readout.textContent = title.textContent;
    readout.hidden = false;
  }
  axis.addEventListener("mouseover", show);
  axis.addEventListener("focusin", show);
  // The hint to scroll sideways only where the axis is wider than its frame.
  var frame = axis.parentElement, hint = document.querySelector(".tl-scroll-hint");
  function fit() { if (hint) { hint.hidden = frame.scrollWidth <= frame.clientWidth; } }
  window.addEventListener("resize", fit);
  fit();
})();
