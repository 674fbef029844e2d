// Stored articles: a list, and one article's text with every extracted event's evidence marked.
import { arabic, el, fmt, highlighted } from "./dom.js";

export function drawArticleList(container, page, onOpen) {
  const rows = page.items.map((a) => {
    const row = el("tr", { tabindex: 0, dataset: { articleId: a.article_id } },
      el("td", { text: fmt(a.published) }),
      el("td", { text: fmt(a.outlet) }),
      el("td", { text: a.doc_id }),
      el("td", { text: fmt(a.stance) }),
      el("td", { class: "num", text: a.events }),
      el("td", { class: "num", text: a.quotes }));
    row.addEventListener("click", () => onOpen(a.article_id));
    row.addEventListener("keydown", (e) => { if (e.key === "Enter") onOpen(a.article_id); });
    return row;
  });
  container.replaceChildren(
    el("p", { class: "meta", text: `${page.total} stored article${page.total === 1 ? "" : "s"}` }),
    el("table", { class: "articles" },
      el("thead", {}, el("tr", {}, ["Published", "Outlet", "Document", "Stance", "Events", "Quotes"].map((c) => el("th", { text: c })))),
      el("tbody", {}, rows)),
  );
}

export function drawArticle(container, detail, onBack) {
  const { article, document: doc } = detail;
  const ranges = doc.events.map((e) => [e.evidence_start, e.evidence_end]);
  const link = article.url ? el("a", { href: article.url, rel: "noopener noreferrer nofollow", target: "_blank", text: article.url }) : null;
  // replaceChildren(null) would insert the text "null": only real nodes go in
  container.replaceChildren(...[
    el("button", { type: "button", class: "back", text: "← articles", onclick: onBack }),
    el("h2", { text: `${fmt(article.outlet, "unknown outlet")} · ${fmt(article.published, "undated")}` }),
    el("p", { class: "meta" }, `document ${doc.doc_id} · stance ${doc.stance ? doc.stance.label : "—"} · `,
      `${doc.events.length} events · ${doc.quotes.length} quotes `, link),
    doc.stance && doc.stance.evidence.length
      ? el("p", { class: "meta" }, "framing terms: ", doc.stance.evidence.map((t) => arabic("span", t, "term")))
      : null,
    el("article", { class: "ar article-text", dir: "rtl", lang: "ar", id: "article-text" }, highlighted(article.text, ranges)),
    el("h3", { text: "Events" }),
    el("ol", { class: "article-events" }, doc.events.map((e) => el("li", {},
      `${e.sub_event_type || e.plover_type || e.family} · ${fmt(e.date, "undated")} · ${fmt(e.location, "no place")} — `,
      arabic("span", e.evidence)))),
  ].filter(Boolean));
}
