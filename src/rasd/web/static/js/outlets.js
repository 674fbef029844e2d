// Outlet framing profiles: the list (/api/outlets) and one outlet's view (/api/outlets/{name}):
// stance labels of its articles, the terms its narration uses for each side, whose events it reports.
import { arabic, el } from "./dom.js";

export function outletHref(name) {
  return `#outlet/${encodeURIComponent(name)}`;
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function terms(list) {
  return list.map((t) => el("span", { class: `term-use ${t.valence > 0 ? "legit" : "delegit"}`,
    title: `${t.valence > 0 ? "legitimising" : "delegitimising"}, ${t.count}×` },
  el("span", { class: "valence", text: t.valence > 0 ? "+" : "−" }),
  arabic("span", t.term),
  el("span", { class: "count", text: `×${t.count}` })));
}

function counts(map, cls) {
  return Object.entries(map).map(([label, n]) => el("span", { class: cls, text: `${label} ×${n}` }));
}

function sideTerms(o) {
  return o.sides.length
    ? el("dl", { class: "side-terms" }, o.sides.flatMap((s) => [el("dt", { text: s.side }), el("dd", {}, terms(s.terms))]))
    : el("p", { class: "none", text: "no partisan terms in its narration" });
}

function otherTerms(o) {
  return o.unattributed_terms.length
    ? el("p", { class: "meta" }, "other terms: ", o.unattributed_terms.map((t) => arabic("span", t, "term")))
    : null;
}

export function drawOutlets(container, list) {
  container.replaceChildren();
  if (!list.items.length) {
    container.append(el("p", { class: "empty", text: "no stored articles" }));
    return;
  }
  for (const o of list.items) {
    container.append(el("section", { class: "outlet-card", dataset: { outlet: o.outlet } },
      el("h3", {}, el("a", { href: outletHref(o.outlet), text: o.outlet })),
      el("p", { class: "meta" }, `${plural(o.articles, "article")} · `, counts(o.stances, "stance")),
      sideTerms(o),
      otherTerms(o),
    ));
  }
}

/** One outlet's profile, from GET /api/outlets/{name}. */
export function drawOutlet(container, o) {
  const field = (label, ...value) => [el("dt", { text: label }), el("dd", {}, ...value)];
  const none = (map) => (Object.keys(map).length ? null : "—");
  container.replaceChildren(
    el("p", { class: "back" }, el("a", { href: "#outlets", text: "← all outlets" })),
    el("section", { class: "outlet-card outlet-detail", dataset: { outlet: o.outlet } },
      el("h2", { text: o.outlet }),
      el("dl", { class: "outlet-facts" },
        field("Reports", `${plural(o.articles, "article")} · ${plural(o.events, "event record")} · `
          + `${plural(o.merged_events, "merged event")}`),
        field("Stance of its articles", counts(o.stances, "stance"), none(o.stances)),
        field("Declared side", counts(o.outlet_sides, "outlet-side"), none(o.outlet_sides)),
        field("Sides in its events", counts(o.reported_sides, "reported-side"), none(o.reported_sides)),
      ),
      el("h3", { text: "Terms its own narration uses for each side" }),
      sideTerms(o),
      otherTerms(o),
    ),
  );
}
