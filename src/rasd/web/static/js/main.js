// rasd analyst UI: filters → /api/events + /api/stats → map, timeline, table; event, outlet and
// article views. No framework; every piece of data is inserted as text (see dom.js).
import { ApiError, apiUrl, download, getJSON, hasKey, setKey } from "./api.js";
import { drawArticle, drawArticleList } from "./articles.js";
import { el } from "./dom.js";
import { drawEvent } from "./event.js";
import { EventMap } from "./map.js";
import { drawOutlet, drawOutlets } from "./outlets.js";
import { drawTable, markRow } from "./table.js";
import { drawTimeline } from "./timeline.js";

const $ = (id) => document.getElementById(id);
const FILTERS = ["date_from", "date_to", "event_type", "country", "side", "actor", "q", "min_corroboration"];
const ui = { config: null, map: null, page: null, limit: 1000 };

function status(text, state) {
  $("status").textContent = text;
  if (state) document.body.dataset.state = state;
}

function filters() {
  const form = $("filters");
  const values = {};
  for (const name of FILTERS) {
    const value = form.elements[name].value.trim();
    if (value) values[name] = value;
  }
  return values;
}

function setFilters(values) {
  const form = $("filters");
  for (const name of FILTERS) form.elements[name].value = values[name] || "";
}

function fail(error) {
  if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
    $("key-form").hidden = false;
  }
  status(`error: ${error.message}${error.code ? ` (${error.code})` : ""}`, "error");
}

function updateExports(params) {
  for (const [id, path] of [["export-csv", "events.csv"], ["export-geojson", "events.geojson"], ["export-jsonl", "events.jsonl"]]) {
    const url = apiUrl(`/api/export/${path}`, params);
    $(id).setAttribute("href", url.pathname + url.search);
  }
}

function fillCountries(items) {
  const seen = new Map();
  for (const e of items) if (e.country) seen.set(e.country, e.country_code || "");
  const list = $("countries");
  if (list.children.length) return;
  list.replaceChildren(...[...seen].sort().map(([name, code]) => el("option", { value: code || name, text: name })));
}

async function refresh() {
  const params = filters();
  status("loading…", "loading");
  document.body.dataset.markers = "";
  try {
    const [page, stats] = await Promise.all([
      getJSON("/api/events", { ...params, limit: ui.limit }),
      getJSON("/api/stats", params),
    ]);
    ui.page = page;
    const onMap = ui.map.show(page.items);
    drawTable($("table-box"), page, select);
    drawTimeline($("timeline"), stats.per_day, (day) => {
      setFilters({ ...filters(), date_from: day, date_to: day });
      refresh();
    });
    fillCountries(page.items);
    updateExports(params);
    const query = new URLSearchParams(params).toString();
    history.replaceState(null, "", `${query ? `?${query}` : window.location.pathname}${window.location.hash}`);
    document.body.dataset.markers = String(onMap);
    status(`${page.total} event${page.total === 1 ? "" : "s"} match · ${page.items.length} listed · ${onMap} on the map`, "ready");
  } catch (error) {
    fail(error);
  }
}

async function select(eventId) {
  try {
    const event = await getJSON(`/api/events/${encodeURIComponent(eventId)}`);
    drawEvent($("detail"), event, { onClose: closeDetail, onArticle: openArticle });
    ui.map.highlight(eventId);
    markRow($("table-box"), eventId);
    history.replaceState(null, "", `${window.location.search}#event/${encodeURIComponent(eventId)}`);
    document.body.dataset.event = eventId;
  } catch (error) {
    fail(error);
  }
}

function closeDetail() {
  $("detail").hidden = true;
  $("detail").replaceChildren();
  ui.map.highlight(null);
  delete document.body.dataset.event;
  history.replaceState(null, "", `${window.location.search}#events`);
}

function show(view) {
  for (const name of ["events", "outlets", "articles"]) {
    $(`view-${name}`).hidden = name !== view;
    document.querySelector(`.views a[data-view="${name}"]`).classList.toggle("active", name === view);
  }
  $("filters").hidden = view !== "events";
  if (view === "events") ui.map.resize();
}

async function openOutlets() {
  show("outlets");
  try {
    drawOutlets($("outlets"), await getJSON("/api/outlets"));
  } catch (error) {
    fail(error);
  }
}

async function openOutlet(name) {
  show("outlets");
  try {
    drawOutlet($("outlets"), await getJSON(`/api/outlets/${encodeURIComponent(name)}`));
  } catch (error) {
    fail(error);
  }
}

async function openArticles() {
  show("articles");
  try {
    drawArticleList($("articles"), await getJSON("/api/articles", { limit: 1000 }), openArticle);
  } catch (error) {
    fail(error);
  }
}

async function openArticle(articleId) {
  show("articles");
  try {
    const detail = await getJSON(`/api/articles/${encodeURIComponent(articleId)}`);
    drawArticle($("articles"), detail, () => { window.location.hash = "#articles"; });
    history.replaceState(null, "", `${window.location.search}#article/${encodeURIComponent(articleId)}`);
  } catch (error) {
    fail(error);
  }
}

function route() {
  const hash = decodeURIComponent(window.location.hash.slice(1));
  if (hash === "outlets") return openOutlets();
  if (hash.startsWith("outlet/")) return openOutlet(hash.slice("outlet/".length));
  if (hash === "articles") return openArticles();
  if (hash.startsWith("article/")) return openArticle(hash.slice("article/".length));
  show("events");
  if (hash.startsWith("event/")) return select(hash.slice("event/".length));
  return null;
}

async function init() {
  try {
    ui.config = await getJSON("/api/config");
    const types = $("filters").elements.event_type;
    if (types.options.length === 1) {
      for (const name of Object.keys(ui.config.event_types)) types.append(el("option", { value: name, text: name }));
    }
    ui.limit = ui.config.limit_max;
    if (ui.config.tiles_attribution) $("attribution").textContent = `Map tiles: ${ui.config.tiles_attribution} · Leaflet`;
    else $("attribution").textContent = "Outline: Natural Earth (public domain) via world-atlas · Leaflet";
    const sides = await getJSON("/api/sides");
    const sideSelect = $("filters").elements.side;
    if (sideSelect.options.length === 1) {
      for (const s of sides) sideSelect.append(el("option", { value: s.id, text: s.id, title: s.name_en }));
    }
  } catch (error) {
    fail(error);
    return;
  }
  if (!ui.map) {
    ui.map = new EventMap($("map"), ui.config, select);
    ui.map.loadOutline("/static/geo/mena.geojson").catch(() => {});
  }
  const initial = new URLSearchParams(window.location.search);
  setFilters(Object.fromEntries(FILTERS.map((f) => [f, initial.get(f) || ""])));
  await refresh();
  route();
}

$("key-form").addEventListener("submit", (e) => {
  e.preventDefault();
  setKey($("key-input").value);
  $("key-input").value = "";
  $("key-form").hidden = true;
  init();
});
$("filters").addEventListener("submit", (e) => { e.preventDefault(); refresh(); });
for (const id of ["export-csv", "export-geojson", "export-jsonl"]) {
  $(id).addEventListener("click", (e) => {
    if (!hasKey()) return; // open server: the plain link downloads
    e.preventDefault();
    const href = $(id).getAttribute("href");
    download(href, `rasd-events.${href.split("?")[0].split(".").pop()}`).catch(fail);
  });
}
$("filters").addEventListener("reset", () => { setTimeout(refresh, 0); });
window.addEventListener("hashchange", route);
init();
