/*
 * app.js - the dyad dashboard: reads the JSON API of dyad serve
 * (/api/v1/, docs/api.md) and draws the map (Leaflet, clustered, borders
 * from Natural Earth), the timeline (uPlot), top dyads and actors, the
 * events table, an event's evidence and coded pasted text. Every string
 * from the store or the coder goes into the page through textContent:
 * no data is ever parsed as HTML.
 */
'use strict';

const API = 'api/v1/';
const QUAD_NAMES = ['verbal cooperation', 'material cooperation',
                    'verbal conflict', 'material conflict'];
const QUAD_COLORS = ['#2b8cbe', '#31a354', '#fd8d3c', '#d7301f'];
const PAGE = 25;
const POLL_MS = 5000;

const state = { offset: 0, total: 0, selected: null, events: 0,
                markers: new Map(), map: null, cluster: null, plot: null };

/* ---------------------------------------------------------------- DOM */

function $(id) { return document.getElementById(id); }

/* an element with a class and text (text as text, never as HTML) */
function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

function showError(msg) {
  const p = $('error');
  p.textContent = msg || '';
  p.hidden = !msg;
}

/* ---------------------------------------------------------------- API */

async function getJSON(path) {
  const r = await fetch(API + path, { credentials: 'same-origin' });
  const body = await r.json();
  if (!r.ok) {
    const e = body && body.error ? body.error : {};
    throw new Error((e.parameter ? e.parameter + ': ' : '') +
                    (e.message || ('HTTP ' + r.status)));
  }
  return body;
}

/* the filter form as query parameters (empty fields left out) */
function filterParams() {
  const p = new URLSearchParams();
  const form = new FormData($('filters'));
  for (const [k, v] of form.entries()) {
    const s = String(v).trim();
    if (s) p.set(k, s);
  }
  return p;
}

function withParams(path, extra) {
  const p = filterParams();
  for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
  const q = p.toString();
  return q ? path + '?' + q : path;
}

/* ---------------------------------------------------------- highlight */

/* Writes text into node with <mark>s over the evidence spans, given as
 * byte offsets [start, len] into the UTF-8 text (the API's unit). */
function highlight(node, text, spans) {
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  const toIndex = (b) => dec.decode(bytes.slice(0, b)).length;
  const marks = spans
    .filter((s) => s.start >= 0 && s.len > 0 && s.start + s.len <= bytes.length)
    .map((s) => ({ from: toIndex(s.start), to: toIndex(s.start + s.len), kind: s.kind }))
    .sort((a, b) => a.from - b.from || b.to - a.to);
  let at = 0;
  for (const m of marks) {
    if (m.from < at) continue; /* overlaps an earlier mark */
    node.appendChild(document.createTextNode(text.slice(at, m.from)));
    const mark = el('mark', 'ev-' + m.kind, text.slice(m.from, m.to));
    mark.title = m.kind;
    mark.dataset.kind = m.kind;
    node.appendChild(mark);
    at = m.to;
  }
  node.appendChild(document.createTextNode(text.slice(at)));
}

function keyLegend() {
  const p = el('p', 'keys');
  for (const k of ['source', 'trigger', 'target', 'place', 'fatalities']) {
    p.appendChild(el('mark', 'ev-' + k, k));
  }
  return p;
}

/* ---------------------------------------------------------------- map */

function quadColor(q) { return QUAD_COLORS[(q || 1) - 1] || '#777'; }

/* a cluster's icon: its size, coloured by its most frequent QuadClass */
function clusterIcon(cluster) {
  const counts = [0, 0, 0, 0];
  for (const m of cluster.getAllChildMarkers()) counts[(m.options.quad || 1) - 1]++;
  const q = counts.indexOf(Math.max(...counts)) + 1;
  const n = cluster.getChildCount();
  const size = n < 10 ? 26 : n < 100 ? 32 : 40;
  const div = el('div', 'cluster', n);
  div.style.background = quadColor(q);
  div.style.width = div.style.height = size + 'px';
  return L.divIcon({ html: div, className: '', iconSize: [size, size] });
}

async function initMap() {
  const map = L.map('map', { worldCopyJump: true, minZoom: 1, maxZoom: 12,
                             zoomSnap: 0.5 }).setView([30, 20], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Borders: Natural Earth');
  state.map = map;
  state.cluster = L.markerClusterGroup({ iconCreateFunction: clusterIcon,
                                         showCoverageOnHover: false,
                                         maxClusterRadius: 40 });
  map.addLayer(state.cluster);
  const legend = $('legend');
  QUAD_NAMES.forEach((name, i) => {
    const item = el('span');
    item.appendChild(el('span', 'swatch q' + (i + 1)));
    item.appendChild(document.createTextNode(name));
    legend.appendChild(item);
  });
  legend.appendChild(el('span', '', 'size: fatalities'));
  try {
    const r = await fetch('vendor/countries-50m.json');
    const world = await r.json();
    const land = topojson.feature(world, world.objects.countries);
    L.geoJSON(land, { style: () => ({ className: 'country' }),
                      interactive: false }).addTo(map);
  } catch (e) {
    showError('Country borders could not be loaded: ' + e.message);
  }
}

function markerFor(f) {
  const p = f.properties;
  const [lon, lat] = f.geometry.coordinates;
  const deaths = p.fatalities || 0;
  const m = L.circleMarker([lat, lon], {
    radius: 5 + Math.min(15, Math.sqrt(deaths) * 2), quad: p.quad_class,
    color: '#fff', weight: 1, fillColor: quadColor(p.quad_class),
    fillOpacity: 0.85,
  });
  const tip = [p.date || 'undated', (p.source || '?') + ' → ' +
               (p.target || '—'), 'CAMEO ' + p.cameo, p.place || ''];
  m.bindTooltip(tip.join(' · '));
  m.on('click', () => selectEvent(p.id));
  return m;
}

async function loadMap() {
  const g = await getJSON(withParams('events.geojson', { limit: 5000 }));
  state.cluster.clearLayers();
  state.markers.clear();
  const layers = g.features.map((f) => {
    const m = markerFor(f);
    state.markers.set(f.properties.id, m);
    return m;
  });
  state.cluster.addLayers(layers);
  $('map-count').textContent = layers.length + ' placed events';
  $('map').dataset.markers = String(layers.length);
}

/* the map follows a chosen event */
function focusMarker(id) {
  const m = state.markers.get(id);
  if (!m || !state.cluster.hasLayer(m)) return;
  /* not markercluster's zoomToShowLayer: its handler outlives a reload of
   * the markers (a filter changed mid-animation) and then throws */
  const map = state.map;
  map.once('moveend', () => {
    if (state.markers.get(id) !== m) return; /* the markers were reloaded */
    const shown = state.cluster.getVisibleParent(m);
    if (shown === m) m.openTooltip();
    else if (shown && shown.spiderfy) shown.spiderfy();
  });
  map.setView(m.getLatLng(), Math.max(map.getZoom(), 8));
}

/* ----------------------------------------------------------- timeline */

function toSeconds(key) {
  const iso = key.length === 7 ? key + '-01' : key;
  return Date.parse(iso + 'T00:00:00Z') / 1000;
}

function isoDay(sec) { return new Date(sec * 1000).toISOString().slice(0, 10); }

/* the dragged range becomes the date filter */
function onSelect(u) {
  if (u.select.width < 5) return;
  const from = u.posToVal(u.select.left, 'x');
  const to = u.posToVal(u.select.left + u.select.width, 'x');
  const f = $('filters');
  f.elements.from.value = isoDay(from);
  f.elements.to.value = isoDay(to);
  u.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
  refresh();
}

function drawTimeline(series) {
  const x = series.map((p) => toSeconds(p.key));
  const data = [x];
  for (let q = 0; q < 4; q++) data.push(series.map((p) => p.quad_class[q]));
  data.push(series.map((p) => p.goldstein_mean));
  const opts = {
    width: $('timeline').clientWidth || 500, height: 240,
    cursor: { drag: { x: true, y: false } },
    scales: { g: { range: [-10, 10] } },
    axes: [{}, { label: 'events' }, { scale: 'g', side: 1, label: 'Goldstein', grid: { show: false } }],
    series: [{ label: 'period' }]
      .concat(QUAD_NAMES.map((n, i) => ({ label: n, stroke: QUAD_COLORS[i], width: 2,
                                          points: { show: series.length < 60 } })))
      .concat([{ label: 'mean Goldstein', scale: 'g', stroke: '#555', dash: [4, 4] }]),
    hooks: { setSelect: [onSelect] },
  };
  const box = $('timeline');
  if (state.plot) state.plot.destroy();
  clear(box);
  state.plot = new uPlot(opts, data, box);
  box.dataset.periods = String(series.length);
}

/* ------------------------------------------------------- top lists */

function fillTop(table, rows, onPick) {
  const body = table.tBodies[0];
  clear(body);
  for (const r of rows) {
    const tr = el('tr');
    tr.appendChild(el('td', '', r.key));
    tr.appendChild(el('td', 'num', r.events));
    tr.appendChild(el('td', 'num', r.goldstein_mean === null ? '' : r.goldstein_mean.toFixed(1)));
    tr.addEventListener('click', () => onPick(r.key));
    body.appendChild(tr);
  }
}

async function loadStats() {
  const period = $('period').value;
  const st = await getJSON(withParams('stats', { by: period, top: 10 }));
  drawTimeline(st.series);
  const f = $('filters').elements;
  fillTop($('top-dyads'), st.top_dyads, (key) => {
    f.dyad.value = key.replace(' > ', ',');
    refresh();
  });
  fillTop($('top-actors'), st.top_actors, (key) => {
    f.actor.value = key;
    refresh();
  });
}

/* ---------------------------------------------------------- table */

function actorText(a) {
  if (!a) return '—';
  return a.code ? a.code + (a.text ? ' (' + a.text + ')' : '') : a.text;
}

function eventRow(e) {
  const tr = el('tr');
  tr.dataset.id = String(e.id);
  const cells = [e.date || '', actorText(e.source),
                 e.cameo + (e.plover ? ' ' + e.plover.type : ''),
                 actorText(e.target), e.location ? e.location.name : '',
                 e.fatalities ? e.fatalities.value : '', e.num_mentions, e.status];
  cells.forEach((c, i) => tr.appendChild(el('td', i === 5 || i === 6 ? 'num' : '', c)));
  tr.style.borderLeft = '4px solid ' + quadColor(e.quad_class);
  if (e.id === state.selected) tr.classList.add('selected');
  tr.addEventListener('click', () => { selectEvent(e.id); focusMarker(e.id); });
  return tr;
}

async function loadTable() {
  const page = await getJSON(withParams('events', { limit: PAGE, offset: state.offset }));
  const body = $('events').tBodies[0];
  clear(body);
  page.events.forEach((e) => body.appendChild(eventRow(e)));
  state.total = page.total;
  const more = page.total_exact ? '' : '+';
  $('table-count').textContent = page.total + more + ' matching';
  const last = Math.min(state.offset + page.events.length, page.total);
  $('page-info').textContent = page.events.length
    ? (state.offset + 1) + '–' + last + ' of ' + page.total + more : 'none';
  $('prev').disabled = state.offset === 0;
  $('next').disabled = state.offset + PAGE >= page.total;
}

/* --------------------------------------------------------- detail */

function facts(pairs) {
  const dl = el('dl', 'facts');
  for (const [k, v] of pairs) {
    if (v === null || v === undefined || v === '') continue;
    dl.appendChild(el('dt', '', k));
    dl.appendChild(el('dd', '', v));
  }
  return dl;
}

function reportNode(r) {
  const div = el('div', 'report');
  const meta = [r.publisher, r.date, r.status + (r.attributed_to ? ' by ' + r.attributed_to : '')];
  div.appendChild(el('div', 'meta', meta.filter(Boolean).join(' · ')));
  if (r.title) div.appendChild(el('div', 'title', r.title));
  const p = el('p', 'sentence');
  highlight(p, r.sentence.text || '', r.evidence);
  div.appendChild(p);
  if (r.url && /^https?:\/\//.test(r.url)) {
    const a = el('a', '', r.url);
    a.href = r.url;
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    div.appendChild(a);
  }
  return div;
}

async function selectEvent(id) {
  state.selected = id;
  for (const tr of $('events').tBodies[0].rows) {
    tr.classList.toggle('selected', tr.dataset.id === String(id));
  }
  const box = $('detail');
  try {
    const d = await getJSON('events/' + encodeURIComponent(id));
    const e = d.event;
    clear(box);
    box.appendChild(el('h3', '', actorText(e.source) + ' → ' + actorText(e.target)));
    box.appendChild(facts([
      ['Event', e.cameo + (e.plover ? ' · ' + e.plover.type +
                           (e.plover.mode ? ' (' + e.plover.mode + ')' : '') : '')],
      ['Date', e.date], ['QuadClass', e.quad_class + ' ' + QUAD_NAMES[e.quad_class - 1]],
      ['Goldstein', Number(e.goldstein).toFixed(1)], ['Status', e.status],
      ['Place', e.location ? e.location.name + (e.location.country ? ', ' + e.location.country : '') : ''],
      ['Fatalities', e.fatalities ? e.fatalities.value : ''],
      ['Reports', e.num_mentions + ' from ' + e.num_sources + ' outlet(s)'],
      ['Outlets', [...new Set(d.reports.map((r) => r.publisher))].join(', ')],
    ]));
    box.appendChild(keyLegend());
    d.reports.forEach((r) => box.appendChild(reportNode(r)));
    box.dataset.event = String(id);
  } catch (err) {
    clear(box);
    box.appendChild(el('p', 'hint', err.message));
  }
}

/* ------------------------------------------------------------ code */

function codedSpans(e) {
  const spans = [];
  const add = (kind, s) => { if (s) spans.push({ kind, start: s[0], len: s[1] }); };
  if (e.source) add('source', e.source.span);
  if (e.target) add('target', e.target.span);
  if (e.evidence && e.evidence.trigger) add('trigger', e.evidence.trigger.span);
  if (e.location) add('place', e.location.span);
  if (e.fatalities) add('fatalities', e.fatalities.span);
  return spans;
}

/* a coded event: its codes, and its sentence with the evidence marked
 * (the spans are document offsets: made relative to the sentence) */
function codedNode(e) {
  const div = el('div', 'coded');
  div.appendChild(el('strong', '', actorText(e.source) + ' → ' + actorText(e.target) +
                      ' · CAMEO ' + e.cameo + ' ' + (e.cameo_name || '') + ' · ' + e.status));
  const s0 = e.sentence.span ? e.sentence.span[0] : 0;
  const spans = codedSpans(e).map((s) => ({ kind: s.kind, start: s.start - s0, len: s.len }));
  const p = el('p', 'sentence');
  highlight(p, e.sentence.text || '', spans);
  div.appendChild(p);
  return div;
}

async function codeText(ev) {
  ev.preventDefault();
  const out = $('code-result');
  const date = $('code-date').value;
  clear(out);
  try {
    const r = await fetch(API + 'code?explain=1' + (date ? '&date=' + date : ''),
                          { method: 'POST', body: $('code-text').value,
                            headers: { 'Content-Type': 'text/plain' } });
    const d = await r.json();
    if (!r.ok) throw new Error(d.error ? d.error.message : 'HTTP ' + r.status);
    for (const doc of d.documents) {
      out.appendChild(el('p', 'hint', doc.events.length + ' event(s)'));
      out.appendChild(keyLegend());
      doc.events.forEach((e) => out.appendChild(codedNode(e)));
      if (doc.explain) out.appendChild(el('pre', 'explain', doc.explain));
    }
    for (const bad of d.rejected) out.appendChild(el('p', 'hint', 'Rejected: ' + bad.message));
    out.dataset.coded = String(d.documents.reduce((n, doc) => n + doc.events.length, 0));
  } catch (err) {
    out.appendChild(el('p', 'hint', err.message));
  }
}

/* --------------------------------------------------------- refresh */

async function refresh(keepPage) {
  if (!keepPage) state.offset = 0;
  showError('');
  document.body.dataset.loading = '1';
  const results = await Promise.allSettled([loadMap(), loadStats(), loadTable()]);
  const bad = results.find((r) => r.status === 'rejected');
  if (bad) showError(bad.reason.message);
  document.body.dataset.loading = '0';
  document.body.dataset.ready = '1';
}

/* the store grows while dyad ingest or dyad watch writes to it */
async function poll() {
  try {
    const st = await getJSON('status');
    const txt = st.events + ' events · ' + st.documents + ' documents';
    $('store-status').textContent = txt;
    if (state.events && st.events !== state.events) refresh(true);
    state.events = st.events;
  } catch (err) {
    $('store-status').textContent = 'server unreachable';
  }
}

async function main() {
  const f = $('filters');
  f.addEventListener('submit', (ev) => { ev.preventDefault(); refresh(); });
  f.addEventListener('reset', () => setTimeout(() => refresh(), 0));
  $('period').addEventListener('change', () => loadStats().catch((e) => showError(e.message)));
  $('prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); loadTable(); });
  $('next').addEventListener('click', () => { state.offset += PAGE; loadTable(); });
  $('code-form').addEventListener('submit', codeText);
  await initMap();
  await poll();
  await refresh();
  setInterval(poll, POLL_MS);
}

main();
