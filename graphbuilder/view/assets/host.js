// graphbuilder network page: hosts ipysigma's own widget bundle (inlined above this script)
// without Jupyter, and lists the statements of the actor clicked.
//
// ipysigma's bundle is an AMD module that asks for "@jupyter-widgets/base". The page gives it
// the few parts of that API the widget uses (a model with get/set/on, a view with el, touch and
// displayed), feeds it the widget state written by Python, and listens to "selected_node".
"use strict";
(function () {
  const factory = window.__graphbuilderSigmaFactory;
  const state = JSON.parse(document.getElementById("gb-widget-state").textContent);
  const cards = JSON.parse(document.getElementById("gb-statements").textContent);
  const panel = document.getElementById("gb-panel");
  const hint = panel.innerHTML;

  class Model {
    constructor(values) { this.values = values; this.handlers = {}; }
    get(key) { return this.values[key]; }
    set(key, value) {
      const old = this.values[key];
      this.values[key] = value;
      if (old !== value) (this.handlers["change:" + key] || []).forEach((h) => h(this, value));
    }
    on(event, handler) { (this.handlers[event] = this.handlers[event] || []).push(handler); }
    save_changes() {}
    send() {}
  }
  class DOMWidgetModel extends Model { defaults() { return {}; } }
  DOMWidgetModel.serializers = {};
  class DOMWidgetView {
    constructor(options) {
      this.model = options.model;
      this.el = options.el;
      this.displayed = new Promise((resolve) => { this._displayed = resolve; });
    }
    render() {}
    touch() {}
    send() {}
    remove() {}
  }

  const widgets = factory({ DOMWidgetModel, DOMWidgetView });
  const model = new Model(state);
  const el = document.getElementById("gb-graph");
  const view = new widgets.SigmaView({ model, el });
  view.render();
  view._displayed(view);

  function el_(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function showActor(id) {
    panel.replaceChildren();
    if (!id || !cards.actors[id]) { panel.innerHTML = hint; return; }
    const actor = cards.actors[id];
    const list = cards.statements[id] || [];
    panel.append(el_("h2", "gb-actor", actor.label));
    panel.append(el_("p", "gb-meta", `${actor.type}` + (actor.country !== "unknown" ? ` \u00b7 ${actor.country}` : "")
      + ` \u00b7 ${list.length} statement${list.length === 1 ? "" : "s"}`));
    const ol = el_("ol", "gb-statements");
    for (const st of list) {
      const li = el_("li", "gb-statement");
      li.dataset.statement = st.id;
      const head = el_("div", "gb-triple");
      head.append(el_("b", null, st.subject), " ", el_("span", "gb-predicate",
        (st.negated ? "not " : "") + st.predicate), " ", el_("b", null, st.object));
      if (st.event_type) {
        const tag = el_("span", "gb-event", st.event_type);
        tag.style.background = st.color;
        tag.title = st.quad_class || "";
        head.append(" ", tag);
      }
      li.append(head);
      for (const ev of st.evidence) {
        const q = el_("blockquote", "gb-sentence", ev.sentence);
        const src = el_("div", "gb-source");
        if (ev.url) {
          const a = el_("a", null, ev.title);
          a.href = ev.url; a.target = "_blank"; a.rel = "noopener noreferrer";
          src.append(a);
        } else {
          src.append(el_("span", null, ev.title));
        }
        if (ev.date) src.append(` \u00b7 ${ev.date}`);
        if (ev.speaker) src.append(` \u00b7 said by ${ev.speaker}`);
        li.append(q, src);
      }
      ol.append(li);
    }
    panel.append(ol);
  }

  model.on("change:selected_node", (_, id) => showActor(id));
  window.graphbuilderView = { model, view, showActor };
  document.body.dataset.ready = "true";
})();
