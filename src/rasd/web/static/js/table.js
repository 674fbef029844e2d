// The filterable event table (filters live in the form above; this draws one page of results).
import { el, fmt } from "./dom.js";
import { typeClass } from "./map.js";

const COLUMNS = ["Date", "Type", "Actor 1", "Actor 2", "Location", "Country", "Deaths", "Sources"];

export function drawTable(container, page, onSelect) {
  container.replaceChildren();
  const body = el("tbody");
  for (const e of page.items) {
    const row = el("tr", { tabindex: 0, dataset: { eventId: e.event_id }, class: `type-${typeClass(e)}` },
      el("td", { text: fmt(e.date) }),
      el("td", { text: e.sub_event_type || e.plover_type || e.family, title: fmt(e.event_type, e.family) }),
      el("td", { text: fmt(e.actor1), title: fmt(e.actor1_side, "") }),
      el("td", { text: fmt(e.actor2), title: fmt(e.actor2_side, "") }),
      el("td", { text: fmt(e.location) }),
      el("td", { text: fmt(e.country) }),
      el("td", { class: "num", text: fmt(e.fatalities) }),
      el("td", { class: "num", text: e.corroboration, title: e.outlets.join(", ") }),
    );
    row.addEventListener("click", () => onSelect(e.event_id));
    row.addEventListener("keydown", (ev) => { if (ev.key === "Enter") onSelect(e.event_id); });
    body.append(row);
  }
  const more = page.total > page.items.length
    ? el("p", { class: "note", text: `showing ${page.items.length} of ${page.total}: narrow the filters to see the rest` })
    : null;
  // append(null) would insert the text "null": only real nodes go in
  container.append(...[
    el("table", { class: "events", id: "events-table" },
      el("thead", {}, el("tr", {}, COLUMNS.map((c) => el("th", { scope: "col", text: c })))),
      body),
    more,
  ].filter(Boolean));
}

export function markRow(container, eventId) {
  for (const row of container.querySelectorAll("tr.selected")) row.classList.remove("selected");
  const row = container.querySelector(`tr[data-event-id="${CSS.escape(eventId)}"]`);
  if (row) {
    row.classList.add("selected");
    row.scrollIntoView({ block: "nearest" });
  }
}
