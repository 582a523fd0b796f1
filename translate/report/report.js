// Filters for the editors' report: by language, article and check. State lives in the URL hash
// (#lang=az&article=…&check=…) so a filtered view can be bookmarked or shared.
(function () {
  "use strict";
  var selects = document.querySelectorAll("select[data-filter]");
  function state() {
    var s = {};
    selects.forEach(function (el) { s[el.dataset.filter] = el.value; });
    return s;
  }
  function matches(row, s) {
    if (s.lang && row.dataset.lang && row.dataset.lang !== s.lang) return false;
    if (s.article && row.dataset.article !== undefined &&
        (" " + row.dataset.article + " ").indexOf(" " + s.article + " ") < 0) return false;
    if (s.check && row.dataset.check !== undefined &&
        (" " + row.dataset.check + " ").indexOf(" " + s.check + " ") < 0) return false;
    return true;
  }
  function apply() {
    var s = state();
    var shown = 0;
    document.querySelectorAll("tr[data-row]").forEach(function (row) {
      var ok = matches(row, s);
      row.hidden = !ok;
      if (ok && row.dataset.row === "finding") shown++;
    });
    var counter = document.getElementById("shown-findings");
    if (counter) counter.textContent = String(shown);
    var parts = [];
    Object.keys(s).forEach(function (k) { if (s[k]) parts.push(k + "=" + encodeURIComponent(s[k])); });
    var hash = parts.join("&");
    if (location.hash.slice(1) !== hash) history.replaceState(null, "", hash ? "#" + hash : location.pathname);
  }
  function fromHash() {
    location.hash.slice(1).split("&").forEach(function (kv) {
      var i = kv.indexOf("=");
      if (i < 0) return;
      var key = kv.slice(0, i), value;
      // a hand-edited or truncated link (#lang=%E0%A4%A) must not stop the filters: skip the
      // part that does not decode, keep the others
      try { value = decodeURIComponent(kv.slice(i + 1)); } catch (e) { return; }
      selects.forEach(function (el) {
        if (el.dataset.filter === key) {
          for (var j = 0; j < el.options.length; j++) if (el.options[j].value === value) el.value = value;
        }
      });
    });
  }
  selects.forEach(function (el) { el.addEventListener("change", apply); });
  fromHash();
  apply();
  document.documentElement.setAttribute("data-filters-ready", "1");
})();
