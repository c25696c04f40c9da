// The analysts' page: map + timeline + event list over /api, and the review form.
// All text from articles and events goes in through textContent, never innerHTML.
"use strict";

const TYPE_COLORS = {
  "Battles": "#d32f2f",
  "Explosions/Remote violence": "#f57c00",
  "Violence against civilians": "#7b1fa2",
  "Protests": "#1976d2",
  "Riots": "#00897b",
  "Strategic developments": "#5d4037",
};
const OTHER_COLOR = "#757575";
const PAGE_SIZE = 5000;
const EDITABLE = [
  ["event_date", "date"], ["time_precision", "number"], ["event_type", "select"], ["sub_event_type", "select"],
  ["actor1", "text"], ["actor2", "text"], ["location", "text"], ["admin1", "text"], ["admin2", "text"],
  ["country", "text"], ["latitude", "number"], ["longitude", "number"], ["geo_precision", "number"],
  ["fatalities", "number"], ["reported_as", "text"], ["notes", "textarea"],
];

const state = { events: [], markers: new Map(), selected: null, facets: null, stats: null, taxonomy: null };
const $ = (id) => document.getElementById(id);

function colorOf(type) { return TYPE_COLORS[type] || OTHER_COLOR; }
function radiusOf(fatalities) { return Math.min(30, 5 + 3 * Math.sqrt(fatalities || 0)); }

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null) node.setAttribute(key, value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

async function getJSON(url, options) {
  const response = await fetch(url, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = typeof body.detail === "string" ? body.detail
      : Array.isArray(body.detail) ? body.detail.map((d) => `${(d.loc || []).join(".")}: ${d.msg}`).join("; ")
      : response.statusText;
    throw new Error(detail);
  }
  return body;
}

// ---- map ---------------------------------------------------------------------------

const map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 12 }).setView([25, 30], 3);
map.attributionControl.addAttribution("Boundaries: Natural Earth");
const eventLayer = L.featureGroup().addTo(map);
const admin1Layer = L.layerGroup().addTo(map);

async function loadBaseMap() {
  try {
    const countries = await getJSON("/api/boundaries/countries");
    L.geoJSON(countries, {
      style: { color: "#8d8d8d", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 },
      interactive: false,
    }).addTo(map).bringToBack();
    document.body.dataset.basemap = "loaded";
  } catch (err) {
    document.body.dataset.basemap = "missing";
    const note = L.control({ position: "bottomleft" });
    note.onAdd = () => el("div", { class: "map-note", text: `Base map unavailable: ${err.message}` });
    note.addTo(map);
  }
}

async function loadAdmin1(isoCodes) {
  for (const iso of isoCodes) {
    try {
      const regions = await getJSON(`/api/boundaries/admin1/${iso}`);
      L.geoJSON(regions, {
        style: { color: "#a1887f", weight: 0.6, dashArray: "3 3", fill: false },
        onEachFeature: (f, layer) => layer.bindTooltip(f.properties.name || "", { sticky: true }),
      }).addTo(admin1Layer);
    } catch (err) { /* no admin1 file for this country: countries layer is enough */ }
  }
  eventLayer.bringToFront();
}

function drawMarkers(events, fit) {
  eventLayer.clearLayers();
  state.markers.clear();
  // Events at the same point share a click: the list shows all of them.
  const here = new Map();
  for (const event of events) {
    const key = `${event.latitude},${event.longitude}`;
    here.set(key, [...(here.get(key) || []), event]);
  }
  // Deadliest first, so smaller markers stay on top and clickable.
  const byDeaths = [...events].sort((a, b) => (b.fatalities || 0) - (a.fatalities || 0));
  for (const event of byDeaths) {
    if (event.latitude == null || event.longitude == null) continue;
    const group = here.get(`${event.latitude},${event.longitude}`);
    const marker = L.circleMarker([event.latitude, event.longitude], {
      radius: radiusOf(event.fatalities),
      color: "#222", weight: 1, fillColor: colorOf(event.event_type), fillOpacity: 0.8,
      className: "event-marker",
    });
    const more = group.length > 1 ? ` (+${group.length - 1} more here)` : "";
    marker.bindTooltip(`${event.event_date || "undated"} · ${event.event_type} · ${event.location || event.admin1} · ${event.fatalities} killed${more}`);
    marker.on("click", () => (group.length > 1 ? showGroup(group) : openEvent(event.event_id)));
    marker.addTo(eventLayer);
    state.markers.set(event.event_id, marker);
  }
  if (fit && state.markers.size) map.fitBounds(eventLayer.getBounds().pad(0.3), { maxZoom: 8 });
}

// ---- filters, list, timeline --------------------------------------------------------

function filterParams() {
  const params = new URLSearchParams();
  for (const name of ["country", "type", "since", "until", "actor", "review_status"]) {
    const value = $(`f-${name}`).value.trim();
    if (value) params.set(name, value);
  }
  if ($("f-rejected").checked) params.set("include_rejected", "true");
  return params;
}

async function loadFacets() {
  state.facets = await getJSON("/api/facets");
  const fill = (select, items) => {
    for (const item of items) select.append(el("option", { value: item.value, text: `${item.value} (${item.count})` }));
  };
  fill($("f-country"), state.facets.countries);
  fill($("f-type"), state.facets.event_types);
  loadAdmin1(state.facets.countries.map((c) => c.iso).filter((iso) => iso != null));
}

async function refresh({ fit = true } = {}) {
  const params = filterParams();
  $("status").textContent = "Loading…";
  try {
    const [page, stats] = await Promise.all([
      getJSON(`/api/events?${params}&limit=${PAGE_SIZE}&compact=true`),
      getJSON(`/api/stats?${params}`),
    ]);
    state.events = page.events;
    state.total = page.total;
    state.stats = stats;
    drawMarkers(page.events, fit);
    if (state.selected) state.markers.get(state.selected)?.setStyle({ weight: 3, color: "#000" });
    drawList(page.events, page.total);
    drawTimeline(stats);
    const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
    $("summary").textContent = `${plural(page.total, "event", "events")} · ${plural(stats.fatalities, "reported fatality", "reported fatalities")}`;
  } catch (err) {
    $("status").textContent = `Error: ${err.message}`;
    $("status").className = "error";
  }
}

function showGroup(group) {
  showList();
  const place = group[0].location || group[0].admin1 || "this point";
  drawList(group, group.length);
  $("status").replaceChildren(`${group.length} events at ${place} `,
    el("button", { type: "button", id: "show-all", text: "show all", onclick: () => drawList(state.events, state.total) }));
}

function drawList(events, total) {
  const list = $("event-list");
  list.replaceChildren();
  $("status").className = "muted";
  $("status").textContent = total > events.length ? `Showing ${events.length} of ${total}` : `${total} events`;
  for (const event of events) {
    const item = el("li", { "data-event-id": event.event_id, onclick: () => openEvent(event.event_id) },
      el("span", { class: "swatch", style: `background:${colorOf(event.event_type)}` }),
      el("span", { class: "event-line" },
        el("strong", { text: `${event.event_date || "undated"} · ${event.sub_event_type || event.event_type}` }),
        el("span", { class: `badge ${event.review_status}`, text: event.review_status }),
        el("small", { text: `${[event.location, event.admin1, event.country].filter(Boolean).join(", ")} · ${event.fatalities} fatalities` })));
    list.append(item);
  }
}

function mondayAfter(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7);
  return d.toISOString().slice(0, 10);
}

function drawTimeline(stats) {
  const svg = $("timeline-svg");
  svg.replaceChildren();
  const NS = "http://www.w3.org/2000/svg";
  const make = (tag, attrs, text) => {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    svg.append(node);
    return node;
  };
  const rows = stats.by_week;
  const legend = $("legend");
  legend.replaceChildren();
  const typeTotals = {};
  for (const r of rows) typeTotals[r.event_type] = (typeTotals[r.event_type] || 0) + r.count;
  for (const [type, count] of Object.entries(typeTotals).sort((a, b) => b[1] - a[1])) {
    legend.append(el("div", {}, el("span", { class: "swatch", style: `background:${colorOf(type)}` }), `${type} (${count})`));
  }
  if (!rows.length) { make("text", { x: 10, y: 20 }, "No dated events for these filters"); return; }
  // Every week between the first and last, so gaps show as gaps.
  const weeks = [];
  for (let w = rows[0].week_start; w <= rows[rows.length - 1].week_start; w = mondayAfter(w)) weeks.push(w);
  const byWeek = new Map(weeks.map((w) => [w, []]));
  for (const r of rows) byWeek.get(r.week_start).push(r);
  const width = svg.clientWidth || 800, height = svg.clientHeight || 160;
  const left = 30, bottom = 20, top = 8;
  const max = Math.max(...weeks.map((w) => byWeek.get(w).reduce((s, r) => s + r.count, 0)));
  const step = Math.min(48, (width - left - 10) / weeks.length);
  const scale = (height - bottom - top) / max;
  make("line", { x1: left, x2: left + step * weeks.length, y1: height - bottom, y2: height - bottom, stroke: "#999" });
  make("text", { x: 2, y: top + 8 }, String(max));
  make("text", { x: 2, y: height - bottom }, "0");
  const labelEvery = Math.max(1, Math.ceil(70 / step));  // a label needs ~70px
  weeks.forEach((week, i) => {
    let y = height - bottom;
    for (const r of byWeek.get(week)) {
      const h = r.count * scale;
      y -= h;
      const bar = make("rect", {
        class: "bar", x: left + i * step + 1, y, width: Math.max(1, step - 2), height: h,
        fill: colorOf(r.event_type), "data-week": r.week, "data-type": r.event_type,
      });
      const title = document.createElementNS(NS, "title");
      title.textContent = `${r.week} (from ${r.week_start}) · ${r.event_type}: ${r.count} events, ${r.fatalities} fatalities — click to filter to this week`;
      bar.append(title);
      bar.addEventListener("click", () => {
        $("f-since").value = week;
        const end = new Date(`${week}T00:00:00Z`); end.setUTCDate(end.getUTCDate() + 6);
        $("f-until").value = end.toISOString().slice(0, 10);
        refresh();
      });
    }
    if (i % labelEvery === 0) make("text", { x: left + i * step, y: height - 6 }, week);
  });
}

// ---- event panel and review ----------------------------------------------------------

function highlighted(text, evidence) {
  // Split the text at every span boundary; each piece is marked with the fields covering it.
  const spans = evidence.filter((e) => e.span && e.span.end <= text.length && text.slice(e.span.start, e.span.end) === e.span.text);
  const cuts = new Set([0, text.length]);
  for (const e of spans) { cuts.add(e.span.start); cuts.add(e.span.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const box = el("div", { class: "article" });
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const fields = spans.filter((e) => e.span.start <= a && e.span.end >= b).map((e) => e.field);
    const piece = text.slice(a, b);
    box.append(fields.length
      ? el("mark", { class: fields.map((f) => `field-${f}`).join(" "), title: fields.join(", "), "data-fields": fields.join(" "), text: piece })
      : piece);
  }
  return box;
}

function showList() {
  $("event-view").hidden = true;
  $("list-view").hidden = false;
  state.selected = null;
  for (const m of state.markers.values()) m.setStyle({ weight: 1, color: "#222" });
}

async function openEvent(eventId) {
  let detail;
  try {
    detail = await getJSON(`/api/events/${encodeURIComponent(eventId)}`);
  } catch (err) {
    $("status").textContent = `Error: ${err.message}`;
    return;
  }
  state.selected = eventId;
  for (const [id, m] of state.markers) m.setStyle(id === eventId ? { weight: 3, color: "#000" } : { weight: 1, color: "#222" });
  document.querySelectorAll("#event-list li").forEach((li) => li.classList.toggle("selected", li.dataset.eventId === eventId));
  renderEvent(detail);
}

function renderEvent(detail) {
  const { event, documents, evidence, reviews } = detail;
  const view = $("event-view");
  view.replaceChildren();
  view.hidden = false;
  $("list-view").hidden = true;
  view.append(
    el("button", { type: "button", id: "back", onclick: showList, text: "← All events" }),
    el("h3", {}, el("span", { class: "swatch", style: `background:${colorOf(event.event_type)}` }), ` ${event.event_type} — ${event.sub_event_type}`,
      el("span", { class: `badge ${event.review_status}`, id: "review-status", text: event.review_status })));
  const facts = [
    ["Date", `${event.event_date || "unknown"} (precision ${event.time_precision ?? "?"})`],
    ["Where", [event.location, event.admin2, event.admin1, event.country].filter(Boolean).join(", ")],
    ["Coordinates", event.latitude == null ? "—" : `${event.latitude}, ${event.longitude} (precision ${event.geo_precision ?? "?"})`],
    ["Actor 1", event.actor1 || "—"], ["Actor 2", event.actor2 || "—"],
    ["Fatalities", String(event.fatalities)],
    ["Reported as", `${event.reported_as}${event.hedged ? " (hedged)" : ""}`],
    ["Confidence", String(event.confidence)], ["Notes", event.notes || "—"],
  ];
  const dl = el("dl");
  for (const [k, v] of facts) dl.append(el("dt", { text: k }), el("dd", { text: v }));
  view.append(dl);

  for (const doc of documents) {
    view.append(el("h4", {}, `${doc.title || "Article"} `,
      el("small", { class: "muted", text: `${doc.source || ""} ${doc.published || ""}` })));
    if (doc.url) view.append(el("a", { href: doc.url, target: "_blank", rel: "noopener noreferrer", text: doc.url }));
    view.append(highlighted(doc.text, doc.id === event.document_id ? evidence : []));
  }
  view.append(el("h4", { text: "Evidence" }));
  const evList = el("ul", { class: "evidence-list" });
  for (const e of evidence) {
    const item = el("li", { text: `${e.field}: “${e.span ? e.span.text : e.sentence}”${e.note ? ` — ${e.note}` : ""}` });
    item.addEventListener("mouseenter", () => document.querySelectorAll(`mark.field-${CSS.escape(e.field)}`).forEach((m) => m.classList.add("active")));
    item.addEventListener("mouseleave", () => document.querySelectorAll("mark.active").forEach((m) => m.classList.remove("active")));
    evList.append(item);
  }
  view.append(evList);

  view.append(reviewForm(event, reviews));
}

function reviewForm(event, reviews) {
  const box = el("section", { class: "review" }, el("h4", { text: "Review" }));
  const form = el("form", { id: "review-form" });
  const reviewer = el("input", { id: "r-reviewer", name: "reviewer", required: "", placeholder: "your name" });
  reviewer.value = localStorage.getItem("frontlines.reviewer") || "";
  form.append(el("label", { for: "r-reviewer", text: "Reviewer" }), reviewer);
  const inputs = {};
  for (const [field, kind] of EDITABLE) {
    const input = kind === "textarea" ? el("textarea", { rows: 2 })
      : kind === "select" ? el("select")
      : el("input", { type: kind, step: kind === "number" ? "any" : undefined });
    input.id = `r-${field}`;
    input.name = field;
    inputs[field] = input;
    form.append(el("label", { for: input.id, text: field }), input);
  }
  // Type and sub-type come from the ACLED taxonomy; sub-types follow the chosen type.
  const setOptions = (select, values, current) => {
    const all = values.includes(current) ? values : [current, ...values];  // keep a non-ACLED legacy value visible
    select.replaceChildren(...all.map((v) => el("option", { value: v, text: v || "—" })));
    select.value = current;
  };
  const taxonomy = state.taxonomy || { event_types: [], sub_event_types: [] };
  const subTypesOf = (type) => ["", ...taxonomy.sub_event_types.filter((s) => s.event_type === type).map((s) => s.sub_event_type)];
  setOptions(inputs.event_type, taxonomy.event_types, event.event_type);
  setOptions(inputs.sub_event_type, subTypesOf(event.event_type), event.sub_event_type);
  inputs.event_type.addEventListener("change", () => {
    const subs = subTypesOf(inputs.event_type.value);
    setOptions(inputs.sub_event_type, subs, subs.includes(inputs.sub_event_type.value) ? inputs.sub_event_type.value : "");
  });
  for (const [field, kind] of EDITABLE) if (kind !== "select") inputs[field].value = event[field] ?? "";
  const comment = el("input", { id: "r-comment", name: "comment", placeholder: "why (optional)" });
  form.append(el("label", { for: "r-comment", text: "Comment" }), comment);
  const message = el("p", { class: "message", id: "review-message" });
  const seenReviewId = reviews.length ? reviews[reviews.length - 1].id : 0;
  const send = async (action) => {
    const name = reviewer.value.trim();
    if (!name) { message.className = "message error"; message.textContent = "Enter your name as reviewer first."; reviewer.focus(); return; }
    localStorage.setItem("frontlines.reviewer", name);
    const changes = {};
    if (action === "edit") {
      for (const [field, kind] of EDITABLE) {
        const raw = inputs[field].value;
        if (raw === String(event[field] ?? "")) continue;
        changes[field] = kind === "number" ? (raw === "" ? null : Number(raw)) : raw;
      }
      if (!Object.keys(changes).length) { message.className = "message error"; message.textContent = "Change a field before saving an edit."; return; }
    }
    try {
      const saved = await getJSON(`/api/events/${encodeURIComponent(event.event_id)}/review`, {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ action, changes, reviewer: name, comment: comment.value, seen_review_id: seenReviewId }),
      });
      await refresh({ fit: false });
      await openEvent(event.event_id);
      const msg = $("review-message");
      msg.className = "message ok";
      msg.textContent = `Saved: ${saved.review.action} by ${saved.review.reviewer}`;
    } catch (err) {
      message.className = "message error";
      message.textContent = `Not saved: ${err.message}`;
    }
  };
  form.append(message, el("div", { class: "buttons" },
    el("button", { type: "button", id: "r-confirm", onclick: () => send("confirm"), text: "Confirm" }),
    el("button", { type: "button", id: "r-edit", onclick: () => send("edit"), text: "Save edits" }),
    el("button", { type: "button", id: "r-reject", onclick: () => send("reject"), text: "Reject" })));
  form.addEventListener("submit", (e) => e.preventDefault());
  box.append(form);
  if (reviews.length) {
    const history = el("ol", { class: "history", id: "review-history" });
    for (const r of reviews) {
      const changed = describeChanges(r.previous, r.changes).join("; ");
      history.append(el("li", { text: `${r.created_at.slice(0, 16).replace("T", " ")} UTC · ${r.reviewer} ${r.action}${changed ? ` (${changed})` : ""}${r.comment ? ` — ${r.comment}` : ""}` }));
    }
    box.append(el("h4", { text: "History" }), history);
  }
  return box;
}

function describeChanges(before, after, prefix = "") {
  // Nested values (counts) list only the keys that changed: "counts.fatalities: 2 → 3".
  const lines = [];
  for (const key of Object.keys(after)) {
    const [a, b] = [before ? before[key] : undefined, after[key]];
    if (a && b && typeof a === "object" && typeof b === "object") lines.push(...describeChanges(a, b, `${prefix}${key}.`));
    else if (JSON.stringify(a) !== JSON.stringify(b)) lines.push(`${prefix}${key}: ${JSON.stringify(a ?? null)} → ${JSON.stringify(b)}`);
  }
  return lines;
}

// ---- start ---------------------------------------------------------------------------

$("filters").addEventListener("submit", (e) => { e.preventDefault(); showList(); refresh(); });
$("f-reset").addEventListener("click", () => { $("filters").reset(); showList(); refresh(); });
window.addEventListener("resize", () => { if (state.stats) drawTimeline(state.stats); });
loadBaseMap();
getJSON("/api/taxonomy").then((t) => { state.taxonomy = t; }).catch(() => {});
loadFacets().catch((err) => { $("status").textContent = `Error: ${err.message}`; });
refresh();
