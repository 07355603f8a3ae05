(function () {
  "use strict";
  function marks(id) {
    return document.querySelectorAll('[data-event="' + id + '"]');
  }
  function select(id) {
    document.querySelectorAll(".selected").forEach(function (el) {
      el.classList.remove("selected");
    });
    marks(id).forEach(function (el) {
      el.classList.add("selected");
    });
    var card = document.getElementById("e" + id);
    if (card) {
      card.scrollIntoView({ block: "nearest", behavior: "smooth" });
    }
  }
  document.querySelectorAll("[data-event]").forEach(function (el) {
    el.addEventListener("click", function () {
      select(el.getAttribute("data-event"));
    });
    el.addEventListener("keydown", function (e) {
      if (e.key === "Enter") {
        select(el.getAttribute("data-event"));
      }
    });
  });
  document.querySelectorAll("input[data-type]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.getAttribute("data-type"), !box.checked);
    });
  });
  var map = document.getElementById("map");
  var zoom = document.getElementById("zoom");
  if (map && zoom) {
    var focus = map.getAttribute("viewBox");
    var world = map.getAttribute("data-world");
    if (focus === world) {
      zoom.hidden = true;
    }
    zoom.addEventListener("click", function () {
      var wide = map.getAttribute("viewBox") === world;
      map.setAttribute("viewBox", wide ? focus : world);
      zoom.textContent = wide ? "World" : "Events";
    });
  }
  document.body.setAttribute("data-ready", "yes");
})();
