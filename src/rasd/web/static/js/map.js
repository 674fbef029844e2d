// The map: the bundled MENA outline (no tile server needed), optional XYZ tiles, event markers.
/* global L */
import { el, fmt } from "./dom.js";

const TYPE_CLASS = {
  "Battles": "battles",
  "Explosions/Remote violence": "remote",
  "Violence against civilians": "civilians",
  "Protests": "protests",
  "Riots": "riots",
  "Strategic developments": "strategic",
};

export function typeClass(event) {
  return TYPE_CLASS[event.event_type] || "political";
}

export class EventMap {
  constructor(container, config, onSelect) {
    this.onSelect = onSelect;
    this.map = L.map(container, { attributionControl: false, worldCopyJump: true, preferCanvas: false })
      .setView([27, 32], 4);
    if (config.tiles_url) {
      L.tileLayer(config.tiles_url, { maxZoom: 18, crossOrigin: false }).addTo(this.map);
    }
    this.markers = L.layerGroup().addTo(this.map);
    this.byId = new Map();
    this.selected = null;
  }

  async loadOutline(url) {
    const response = await fetch(url);
    if (!response.ok) return;
    const outline = await response.json();
    L.geoJSON(outline, { interactive: false, className: "outline" }).addTo(this.map).bringToBack();
  }

  /** One circle marker per event that has coordinates; returns how many were drawn. */
  show(events) {
    this.markers.clearLayers();
    this.byId.clear();
    const points = [];
    for (const event of events) {
      if (event.latitude === null || event.longitude === null) continue;
      const latlng = [event.latitude, event.longitude];
      const marker = L.circleMarker(latlng, {
        radius: 5 + Math.min(event.corroboration - 1, 5),
        className: `rasd-marker type-${typeClass(event)}`,
        weight: 1,
        fillOpacity: 0.75,
      });
      // tooltip content is a DOM node built with textContent, never an HTML string
      marker.bindTooltip(el("span", {
        text: `${fmt(event.date, "undated")} · ${event.sub_event_type || event.plover_type || event.family} · ${fmt(event.location, "")}`,
      }));
      marker.on("click", () => this.onSelect(event.event_id));
      marker.addTo(this.markers);
      this.byId.set(event.event_id, marker);
      points.push(latlng);
    }
    if (points.length) this.map.fitBounds(L.latLngBounds(points).pad(0.2), { maxZoom: 7, animate: false });
    return points.length;
  }

  highlight(eventId) {
    if (this.selected) this.selected.getElement()?.classList.remove("selected");
    this.selected = this.byId.get(eventId) || null;
    if (this.selected) {
      this.selected.getElement()?.classList.add("selected");
      this.selected.bringToFront();
    }
  }

  resize() {
    this.map.invalidateSize();
  }
}
