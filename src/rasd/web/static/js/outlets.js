// Outlet framing profiles: stance labels per outlet and the terms it uses for each side.
import { arabic, el } from "./dom.js";

function terms(list) {
  return list.map((t) => el("span", { class: `term-use ${t.valence > 0 ? "legit" : "delegit"}`,
    title: `${t.valence > 0 ? "legitimising" : "delegitimising"}, ${t.count}×` },
  el("span", { class: "valence", text: t.valence > 0 ? "+" : "−" }),
  arabic("span", t.term),
  el("span", { class: "count", text: `×${t.count}` })));
}

export function drawOutlets(container, list) {
  container.replaceChildren();
  if (!list.items.length) {
    container.append(el("p", { class: "empty", text: "no stored articles" }));
    return;
  }
  for (const o of list.items) {
    container.append(el("section", { class: "outlet-card", dataset: { outlet: o.outlet } },
      el("h3", { text: o.outlet }),
      el("p", { class: "meta" }, `${o.articles} article${o.articles === 1 ? "" : "s"} · `,
        Object.entries(o.stances).map(([label, n]) => el("span", { class: "stance", text: `${label} ×${n}` }))),
      o.sides.length
        ? el("dl", { class: "side-terms" }, o.sides.flatMap((s) => [el("dt", { text: s.side }), el("dd", {}, terms(s.terms))]))
        : el("p", { class: "none", text: "no partisan terms in its narration" }),
      o.unattributed_terms.length
        ? el("p", { class: "meta" }, "other terms: ", o.unattributed_terms.map((t) => arabic("span", t, "term")))
        : null,
    ));
  }
}
