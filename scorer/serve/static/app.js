// fzscore serve: progressive enhancements only; every page works without this file.
(function () {
  "use strict";
  // Drag and drop files onto an upload form (or onto the draft's text box).
  document.querySelectorAll("form.drop, textarea[data-drop]").forEach(function (zone) {
    var input = zone.tagName === "FORM" ? zone.querySelector("input[type=file]") : document.getElementById(zone.dataset.drop);
    if (!input) return;
    zone.addEventListener("dragover", function (e) { e.preventDefault(); zone.classList.add("over"); });
    zone.addEventListener("dragleave", function () { zone.classList.remove("over"); });
    zone.addEventListener("drop", function (e) {
      e.preventDefault(); zone.classList.remove("over");
      if (!e.dataTransfer || !e.dataTransfer.files.length) return;
      input.files = e.dataTransfer.files;
      if (zone.tagName === "FORM") zone.requestSubmit(); else input.form.requestSubmit();
    });
  });
  // A round's page: follow scoring progress (an upload here, or a batch run in the terminal) and
  // reload when new scorecards appear, unless the reader is typing in a form.
  var progress = document.getElementById("progress");
  if (!progress) return;
  var url = progress.dataset.status, last = null;
  function busy() { var a = document.activeElement; return a && /^(INPUT|SELECT|TEXTAREA)$/.test(a.tagName); }
  function poll() {
    fetch(url, {credentials: "same-origin", cache: "no-store"}).then(function (r) { return r.json(); }).then(function (s) {
      var running = s.jobs.filter(function (j) { return j.state === "queued" || j.state === "running"; });
      progress.querySelectorAll("progress").forEach(function (bar, i) {
        var j = running[i]; if (!j) return;
        bar.max = j.total; bar.value = j.done;
        var c = bar.parentNode.querySelector(".job-count"); if (c) c.textContent = j.done + " / " + j.total;
      });
      var key = s.files + ":" + s.stamp + ":" + running.length;
      if (last !== null && key !== last && !busy()) { location.reload(); return; }
      last = key;
      setTimeout(poll, running.length ? 1000 : 3000);
    }).catch(function () { setTimeout(poll, 5000); });
  }
  poll();
})();
