// DOM building from data that must never be parsed as HTML: article text is written by others.
// Everything goes through textContent, text nodes and setAttribute with names fixed in this code.

const SVG_NS = "http://www.w3.org/2000/svg";

function put(node, props) {
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.setAttribute("class", value);
    else if (key === "text") node.textContent = String(value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "href") node.setAttribute("href", safeHref(value));
    else node.setAttribute(key, value === true ? "" : String(value));
  }
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element: el("td", {class: "num", text: 5}) or el("p", {}, "text", childNode). */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  put(node, props);
  append(node, children);
  return node;
}

/** An SVG element, same conventions. */
export function svg(tag, props = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  put(node, props);
  append(node, children);
  return node;
}

/** Only http(s) links (or same-page anchors) are ever made live; anything else becomes "#". */
export function safeHref(url) {
  const text = String(url);
  if (text.startsWith("#")) return text;
  try {
    const parsed = new URL(text, window.location.href);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : "#";
  } catch {
    return "#";
  }
}

/** Arabic text, right to left, in the Arabic font stack. */
export function arabic(tag, text, extraClass = "") {
  return el(tag, { class: `ar ${extraClass}`.trim(), dir: "rtl", lang: "ar", text });
}

/**
 * Text with ranges wrapped in <mark>. Offsets count Unicode code points (as Python does), not
 * UTF-16 units, so they stay right past characters outside the BMP.
 */
export function highlighted(text, ranges) {
  const chars = Array.from(text);
  const sorted = ranges
    .map(([a, b]) => [Math.max(0, a), Math.min(chars.length, b)])
    .filter(([a, b]) => a < b)
    .sort((x, y) => x[0] - y[0]);
  const nodes = [];
  let pos = 0;
  for (const [a, b] of sorted) {
    const start = Math.max(a, pos);
    if (start >= b) continue;
    if (start > pos) nodes.push(document.createTextNode(chars.slice(pos, start).join("")));
    nodes.push(el("mark", { text: chars.slice(start, b).join("") }));
    pos = b;
  }
  if (pos < chars.length) nodes.push(document.createTextNode(chars.slice(pos).join("")));
  return nodes;
}

export function fmt(value, fallback = "—") {
  return value === null || value === undefined || value === "" ? fallback : String(value);
}
