// One merged event: its fields, contested values, and every source's sentence with the evidence marked.
import { arabic, el, fmt, highlighted } from "./dom.js";
import { outletHref } from "./outlets.js";

function field(label, value, title) {
  return [el("dt", { text: label }), el("dd", { text: fmt(value), title })];
}

function side(id) {
  return id ? ` (${id})` : "";
}

function framing(f) {
  if (!f) return el("p", { class: "framing none", text: "framing: not analysed" });
  return el("div", { class: `framing stance-${f.label === "neutral" ? "neutral" : "partisan"}` },
    el("span", { class: "stance", text: f.label, title: "which side the outlet's own narration favours" }),
    f.terms.length
      ? el("span", { class: "terms" }, "terms: ", f.terms.map((t) => arabic("span", t, "term")))
      : el("span", { class: "terms none", text: "no partisan terms" }),
  );
}

function source(m, onArticle) {
  const ev = m.evidence;
  const sentence = el("p", { class: "ar sentence", dir: "rtl", lang: "ar" },
    highlighted(ev.sentence, [[ev.highlight_start, ev.highlight_end]]));
  const link = m.url ? el("a", { href: m.url, rel: "noopener noreferrer nofollow", target: "_blank", text: "original" }) : null;
  return el("li", { class: "source", dataset: { articleId: m.article_id } },
    el("header", {},
      m.outlet
        ? el("strong", { class: "outlet" }, el("a", { href: outletHref(m.outlet), text: m.outlet, title: "the outlet's framing profile" }))
        : el("strong", { class: "outlet", text: "unknown outlet" }),
      m.outlet_side ? el("span", { class: "outlet-side", text: m.outlet_side }) : null,
      el("span", { class: "published", text: fmt(m.published, "") }),
      el("a", { href: `#article/${encodeURIComponent(m.article_id)}`, text: "article",
        onclick: (e) => { e.preventDefault(); onArticle(m.article_id); } }),
      link,
    ),
    sentence,
    el("p", { class: "meta" },
      `evidence ${ev.evidence_start}–${ev.evidence_end}`,
      m.fatalities !== null ? ` · deaths reported: ${m.fatalities}` : "",
      m.claimed_by ? ` · claimed by ${m.claimed_by}` : ""),
    framing(m.framing),
  );
}

export function drawEvent(container, e, { onClose, onArticle }) {
  container.replaceChildren(
    el("button", { class: "close", type: "button", "aria-label": "close", text: "×", onclick: onClose }),
    el("h2", { text: `${e.sub_event_type || e.plover_type || e.family} · ${fmt(e.date, "undated")}` }),
    el("p", { class: "where", text: [e.location, e.admin1, e.country].filter(Boolean).join(", ") || "no place" }),
    el("dl", { class: "fields" },
      field("Event type", e.event_type || e.family),
      field("PLOVER", e.plover_type),
      field("Actor 1", e.actor1 ? e.actor1 + side(e.actor1_side) : null, e.actor1_id),
      field("Actor 2", e.actor2 ? e.actor2 + side(e.actor2_side) : null, e.actor2_id),
      field("Associated", e.assoc_actor_ids.join(", ")),
      field("Deaths (lowest reported)", e.fatalities),
      field("Sources", `${e.corroboration} outlet${e.corroboration === 1 ? "" : "s"}`, e.outlets.join(", ")),
      field("Outlet sides", e.outlet_sides.join(", ")),
      field("Precision", `time ${fmt(e.time_precision)} · geo ${fmt(e.geo_precision)}`),
      field("Event id", e.event_id),
    ),
    el("h3", { text: "Contested" }),
    e.contested.length
      ? el("ul", { class: "contested" }, e.contested.map((c) => el("li", {}, el("strong", { text: c.field }), ": ", c.detail)))
      : el("p", { class: "none", text: "the sources agree on every field" }),
    el("h3", { text: `Sources (${e.mentions.length})` }),
    el("ol", { class: "sources" }, e.mentions.map((m) => source(m, onArticle))),
  );
  container.hidden = false;
  container.scrollTop = 0;
}
