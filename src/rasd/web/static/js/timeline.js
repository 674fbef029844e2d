// Events per day as an SVG bar chart on a true time axis (gaps between reporting periods show).
import { svg, el } from "./dom.js";

const DAY = 86400000;
const HEIGHT = 110;
const PAD = { left: 28, right: 8, top: 8, bottom: 20 };

function dayNumber(iso) {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

export function drawTimeline(container, perDay, onPick) {
  container.replaceChildren();
  if (!perDay.length) {
    container.append(el("p", { class: "empty", text: "no dated events" }));
    return;
  }
  const width = Math.max(container.clientWidth || 600, 300);
  const first = dayNumber(perDay[0].date);
  const last = dayNumber(perDay[perDay.length - 1].date);
  const span = last - first + 1;
  const plotW = width - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const max = Math.max(...perDay.map((d) => d.count));
  const barW = Math.max(2, Math.min(24, plotW / span - 1));
  const x = (day) => PAD.left + ((day - first) / Math.max(span - 1, 1)) * (plotW - barW);
  const chart = svg("svg", { class: "timeline-svg", width, height: HEIGHT, role: "img",
    "aria-label": `events per day from ${perDay[0].date} to ${perDay[perDay.length - 1].date}` });
  chart.append(
    svg("line", { x1: PAD.left, x2: width - PAD.right, y1: PAD.top + plotH, y2: PAD.top + plotH, class: "axis" }),
    svg("text", { x: PAD.left - 4, y: PAD.top + 8, class: "tick", "text-anchor": "end", text: max }),
    svg("text", { x: PAD.left, y: HEIGHT - 4, class: "tick", text: perDay[0].date }),
    svg("text", { x: width - PAD.right, y: HEIGHT - 4, class: "tick", "text-anchor": "end", text: perDay[perDay.length - 1].date }),
  );
  for (const d of perDay) {
    const h = Math.max(1, (d.count / max) * plotH);
    const bar = svg("rect", {
      x: x(dayNumber(d.date)), y: PAD.top + plotH - h, width: barW, height: h, class: "bar",
      tabindex: 0, dataset: { date: d.date },
    }, svg("title", { text: `${d.date}: ${d.count} event${d.count === 1 ? "" : "s"}` }));
    bar.addEventListener("click", () => onPick(d.date));
    bar.addEventListener("keydown", (e) => { if (e.key === "Enter") onPick(d.date); });
    chart.append(bar);
  }
  container.append(chart);
}
