// The page of `stakemap share`: the map drawn by sigma.js (WebGL) from the data
// stakemap wrote into the page, with search, filters, the ego view, details,
// the legend, the coverage heat map, the gaps in words and the suggestions.
// Every text from the map goes in through textContent, never as HTML.
import Graph from "graphology";
import Sigma from "sigma";
import { EdgeLineProgram, EdgeRectangleProgram } from "sigma/rendering";
import { element, normalised } from "./page_text.js";

const data = JSON.parse(document.getElementById("stakemap-data").textContent);
const byId = (id) => document.getElementById(id);


// --- the graph ------------------------------------------------------------
const graph = new Graph({ type: "undirected", multi: true, allowSelfLoops: false });
data.nodes.forEach((node, index) => {
  graph.addNode(String(index), {
    x: node.x, y: node.y, size: 4 + 10 * node.size, label: node.label, color: node.colour, index,
  });
});
data.edges.forEach(([source, target, colour]) => {
  if (source !== target) graph.addEdge(String(source), String(target), { color: colour, size: 1 });
});
const suggestionEdges = data.suggestions.map((s, rank) =>
  graph.addEdge(String(s.source), String(s.target), { color: "#D55E00", size: 3, suggestion: rank + 1, label: String(rank + 1), forceLabel: true, hidden: true, type: "thick" }));

// --- what is shown -----------------------------------------------------------
const state = { query: "", filters: { type: "", theme: "", region: "", country: "" }, ego: null, selected: null, hovered: null, suggestions: false };

const searchable = data.nodes.map((node) => normalised([node.label, node.id, node.acronym || ""].join(" ")));

function passesFilters(index) {
  const node = data.nodes[index];
  const f = state.filters;
  if (f.type && node.type !== f.type) return false;
  if (f.theme && !node.themes.includes(f.theme)) return false;
  if (f.region && node.region !== f.region) return false;
  if (f.country && node.country !== f.country) return false;
  return true;
}

let egoSet = null;
function computeEgo() {
  egoSet = null;
  if (state.ego === null) return;
  egoSet = new Set([String(state.ego)]);
  graph.forEachNeighbor(String(state.ego), (neighbour, attributes) => {
    if (!attributes.suggestion) egoSet.add(neighbour);
  });
}

let shown = [];
function updateShown() {
  computeEgo();
  const words = normalised(state.query).split(/\s+/).filter(Boolean);
  shown = data.nodes.map((_, index) => passesFilters(index) && (!egoSet || egoSet.has(String(index))));
  const matches = [];
  data.nodes.forEach((_, index) => {
    if (words.length && shown[index] && words.every((w) => searchable[index].includes(w))) matches.push(index);
  });
  byId("shown-count").textContent = `${shown.filter(Boolean).length} of ${data.nodes.length} organisations shown`;
  showMatches(matches);
  suggestionEdges.forEach((edge) => graph.setEdgeAttribute(edge, "hidden", !state.suggestions));
  renderer.refresh();
}

function showMatches(matches) {
  const list = byId("matches");
  list.replaceChildren();
  matches.slice(0, 20).forEach((index) => {
    const item = element("li");
    const button = element("button", data.nodes[index].label, "match");
    button.addEventListener("click", () => select(index, true));
    item.append(button);
    list.append(item);
  });
  if (matches.length > 20) list.append(element("li", `and ${matches.length - 20} more`, "explain"));
  if (state.query && !matches.length) list.append(element("li", "No organisation matches.", "explain"));
}

// --- drawing ------------------------------------------------------------------
const container = byId("map");
const renderer = new Sigma(graph, container, {
  // Suggested partners carry their number from the list; sigma's label grid keeps names from piling up.
  renderEdgeLabels: true,
  edgeLabelColor: { color: "#D55E00" },
  edgeLabelSize: 13,
  labelRenderedSizeThreshold: 5,
  labelDensity: 0.7,
  labelGridCellSize: 140,
  labelFont: "Noto Sans, DejaVu Sans, sans-serif",
  zIndex: true,
  // Ties as one-pixel lines (cheap without a GPU); suggested partners thick.
  defaultEdgeType: "line",
  edgeProgramClasses: { line: EdgeLineProgram, thick: EdgeRectangleProgram },
  // Big maps stay fluid while panning and zooming without a GPU: ties and names reappear when the map stops.
  hideEdgesOnMove: graph.size > 5000,
  hideLabelsOnMove: graph.order > 2000,
  nodeReducer(node, attributes) {
    const index = attributes.index;
    const result = { ...attributes };
    if (!shown[index]) return { ...result, hidden: true };
    const focus = state.hovered ?? state.selected;
    if (focus !== null && focus !== index && !graph.areNeighbors(String(focus), node)) {
      result.color = "#DDDDDD";
      result.label = "";
    }
    if (egoSet) result.forceLabel = true;  // an ego network is small: every name shown
    if (index === state.selected) {
      result.highlighted = true;
      result.zIndex = 1;
    }
    return result;
  },
  edgeReducer(edge, attributes) {
    const [source, target] = graph.extremities(edge);
    if (!shown[graph.getNodeAttribute(source, "index")] || !shown[graph.getNodeAttribute(target, "index")]) return { ...attributes, hidden: true };
    const focus = state.hovered ?? state.selected;
    if (focus !== null && source !== String(focus) && target !== String(focus)) return { ...attributes, color: "#EEEEEE" };
    return attributes;
  },
});

renderer.on("enterNode", ({ node }) => {
  state.hovered = Number(node);
  renderer.refresh({ skipIndexation: true });
  showDetails(Number(node), byId("hover"));
});
renderer.on("leaveNode", () => {
  state.hovered = null;
  byId("hover").replaceChildren();
  renderer.refresh({ skipIndexation: true });
});
renderer.on("clickNode", ({ node }) => select(Number(node), false));
renderer.on("clickStage", () => {
  state.selected = null;
  byId("details").replaceChildren(element("p", "Click an organisation to see its details.", "explain"));
  renderer.refresh({ skipIndexation: true });
});

function select(index, centre) {
  state.selected = index;
  showDetails(index, byId("details"));
  showTab("details");
  if (centre) {
    const position = renderer.getNodeDisplayData(String(index));
    if (position) renderer.getCamera().animate({ x: position.x, y: position.y, ratio: 0.4 }, { duration: 300 });
  }
  renderer.refresh({ skipIndexation: true });
}

function showDetails(index, target) {
  const node = data.nodes[index];
  const box = element("div", undefined, "organisation");
  box.append(element("h3", node.label));
  const table = element("table");
  const row = (key, value) => {
    if (value === undefined || value === null || value === "") return;
    const tr = element("tr");
    tr.append(element("th", key), element("td", value));
    table.append(tr);
  };
  row("type", node.typeWords);
  row("themes", node.themeWords.join(", "));
  row("country", node.country);
  row("region", node.region);
  Object.entries(node.measures).forEach(([name, value]) => row(name, value));
  Object.entries(node.fields || {}).forEach(([name, value]) => row(name, value));
  box.append(table);
  if (node.sources && node.sources.length) {
    box.append(element("h4", "Sources"));
    const list = element("ul");
    node.sources.forEach((source) => list.append(element("li", source)));
    box.append(list);
  }
  const partners = [];
  graph.forEachEdge(String(index), (edge, attributes, source, target) => {
    if (attributes.suggestion) return;
    partners.push(data.nodes[Number(source === String(index) ? target : source)].label);
  });
  const named = [...new Set(partners)];  // two ties to one partner name it once
  box.append(element("h4", `Works with (${named.length})`));
  box.append(element("p", named.sort((a, b) => a.localeCompare(b)).join(", ") || "no one on this map", "explain"));
  if (target.id === "details") {
    const ego = element("button", state.ego === index ? "Show the whole map" : "Show only its partners (ego view)", "ego");
    ego.addEventListener("click", () => {
      state.ego = state.ego === index ? null : index;
      updateShown();
      renderer.getCamera().animatedReset({ duration: 300 });
      showDetails(index, target);
    });
    box.append(ego);
  }
  target.replaceChildren(box);
}

// --- the side panel -----------------------------------------------------------
function fillSelect(id, values) {
  const select = byId(id);
  values.forEach(([value, words]) => {
    const option = element("option", words);
    option.value = value;
    select.append(option);
  });
  select.addEventListener("change", () => {
    state.filters[id.replace("filter-", "")] = select.value;
    updateShown();
  });
}
fillSelect("filter-type", data.filters.types);
fillSelect("filter-theme", data.filters.themes);
fillSelect("filter-region", data.filters.regions.map((r) => [r, r]));
fillSelect("filter-country", data.filters.countries.map((c) => [c, c]));

byId("search").addEventListener("input", (event) => {
  state.query = event.target.value;
  updateShown();
});
byId("show-suggestions").addEventListener("change", (event) => {
  state.suggestions = event.target.checked;
  updateShown();
});

function showTab(name) {
  document.querySelectorAll("[data-tab]").forEach((tab) => { tab.hidden = tab.dataset.tab !== name; });
  document.querySelectorAll("[data-show]").forEach((button) => button.classList.toggle("on", button.dataset.show === name));
}
document.querySelectorAll("[data-show]").forEach((button) => button.addEventListener("click", () => showTab(button.dataset.show)));

function legend() {
  const list = byId("legend");
  data.legend.forEach(([words, colour]) => {
    const item = element("li");
    const swatch = element("span", undefined, "swatch");
    swatch.style.background = colour;
    item.append(swatch, element("span", words));
    list.append(item);
  });
  list.append(element("li", "Size: betweenness (how often it lies between two others)", "explain"));
}

function coverage() {
  const table = byId("coverage");
  const head = element("tr");
  head.append(element("th", "type"));
  data.coverage.themes.forEach((theme) => head.append(element("th", theme)));
  const thead = element("thead");
  thead.append(head);
  table.append(thead);
  data.coverage.types.forEach((type, row) => {
    const tr = element("tr");
    tr.append(element("th", type));
    data.coverage.cells[row].forEach(([have, need]) => {
      const cell = element("td", have, "n");
      if (need > have) cell.classList.add("gap");
      else if (have >= 5) cell.classList.add("ok3");
      else if (have >= 2) cell.classList.add("ok2");
      else if (have >= 1) cell.classList.add("ok1");
      if (need > have) cell.title = `below the ${need} the profile asks for`;
      tr.append(cell);
    });
    table.append(tr);
  });
  const gaps = byId("gaps");
  data.gaps.forEach((gap) => gaps.append(element("li", gap)));
  if (!data.gaps.length) gaps.append(element("li", "The profile finds no gap.", "explain"));
}

function suggestions() {
  const list = byId("suggestions");
  data.suggestions.forEach((s) => {
    const item = element("li");
    item.append(element("b", data.nodes[s.source].label), document.createTextNode(" and "), element("b", data.nodes[s.target].label));
    const reasons = element("ul", undefined, "reasons");
    s.closes.forEach((gap) => reasons.append(element("li", `closes a gap: ${gap}`)));
    s.reasons.forEach((reason) => reasons.append(element("li", reason)));
    item.append(reasons);
    list.append(item);
  });
}

byId("title").textContent = data.title;
byId("subtitle").textContent = data.subtitle;
legend();
coverage();
suggestions();
showTab("details");
updateShown();
// For tests and scripts: where an organisation is drawn on the screen, in CSS pixels.
window.stakemapShare = {
  viewportPosition(id) {
    const index = data.nodes.findIndex((node) => node.id === id);
    const attributes = renderer.getNodeDisplayData(String(index));
    return attributes ? renderer.framedGraphToViewport(attributes) : null;
  },
  renderer,
  ready: true,
};
